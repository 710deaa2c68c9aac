/* writer-small-register.h: the small register the writer tests save, and its canonical form */
#pragma once

#include "quadrant-register.h"

G_BEGIN_DECLS

#define PARTY_A "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
#define PARTY_B "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
#define PARTY_GONE "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
#define REQUIREMENT_A "cccccccc-cccc-4ccc-8ccc-cccccccccccc"

/* Two parties, a requirement with references, a revision and the metadata. */
QuadrantRegister *build_small_register (void);
/* What the writer makes of it, byte for byte. */
extern const char small_register_xml[];

G_END_DECLS
