/* quadrant-writer-private.h: what the parts of the writer share
 *
 * quadrant-writer.c has the public entry points and saving (atomic replace);
 * quadrant-writer-xml.c the canonical serialisation,
 * quadrant-writer-text.c the texts made fit for XML, quadrant-writer-job.c the
 * serialisation in steps;
 * quadrant-writer-check.c the checks that the file can be loaded again.
 */
#pragma once

#include <libxml/xmlwriter.h>

#include "quadrant-writer.h"

G_BEGIN_DECLS

/* Enough for the largest enum (kind, 21 values) and the number of enums. */
#define MAX_ENUM_VALUES 32
#define MAX_ENUM_TYPES  12

/* The nicks of one enum, looked up once per document rather than per value. */
typedef struct {
  GType       type;
  guint       n_values;
  const char *nicks[MAX_ENUM_VALUES];
} NickTable;

typedef struct {
  xmlTextWriterPtr  writer;
  GByteArray       *out;
  GString          *scratch;    /* cleaned copy of a text that needed it */
  GHashTable       *party_ids;  /* ids of the register's parties, for revisions */
  NickTable         nick_tables[MAX_ENUM_TYPES];
  guint             n_nick_tables;

  gboolean          has_children; /* of the root element */

  /* Checking that the file can be loaded again (only when ids is set). */
  GHashTable       *ids;        /* of every party and requirement so far */
  char             *problem;    /* the first problem found */
} Writer;

static inline gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* quadrant-writer-text.c */
void         _quadrant_writer_init_text    (void);
/* text without what XML cannot carry (in self's scratch when changed), its
 * length, and whether it needs escaping in element content. */
const char  *_quadrant_writer_clean_text   (Writer     *self,
                                            const char *text,
                                            gsize      *length,
                                            gboolean   *needs_escaping);
/* Sets self's problem when a text is longer than the reader takes. */
void         _quadrant_writer_check_length (Writer     *self,
                                            const char *name,
                                            gsize       length);

/* quadrant-writer-xml.c: the pieces of the document */
void    _quadrant_writer_open              (Writer               *self,
                                            gboolean              check);
void    _quadrant_writer_remember_size     (gsize                 size);
/* Up to the revisions; after them, up to the parties; after the parties. */
void    _quadrant_writer_write_start       (Writer               *self,
                                            QuadrantRegister     *reg);
void    _quadrant_writer_write_middle      (Writer               *self,
                                            QuadrantRegister     *reg);
void    _quadrant_writer_write_end         (Writer               *self,
                                            QuadrantRegister     *reg);
void    _quadrant_writer_write_revision    (Writer               *self,
                                            QuadrantRevision     *revision);
void    _quadrant_writer_write_party       (Writer               *self,
                                            QuadrantParty        *party,
                                            guint                 position);

/* quadrant-writer-job.c */
GBytes *_quadrant_writer_build_document    (QuadrantRegister     *reg,
                                            char                **problem);
/* The same in steps (see QuadrantWriterJob in quadrant-writer.h): new writes
 * up to the parties, step writes parties until the monotonic time until (-1:
 * all of them), finish writes the rest and frees the job. */
QuadrantWriterJob *_quadrant_writer_job_new    (QuadrantRegister  *reg,
                                                gboolean           check);
gboolean           _quadrant_writer_job_step   (QuadrantWriterJob *job,
                                                gint64             until);
GBytes            *_quadrant_writer_job_finish (QuadrantWriterJob *job,
                                                char             **problem);
void               _quadrant_writer_job_free   (QuadrantWriterJob *job);

/* quadrant-writer-check.c */
void    _quadrant_writer_check_metadata    (Writer               *self,
                                            QuadrantRegister     *reg);
void    _quadrant_writer_check_revision    (Writer               *self,
                                            QuadrantRevision     *revision);
void    _quadrant_writer_check_party       (Writer               *self,
                                            QuadrantParty        *party,
                                            guint                 position);
void    _quadrant_writer_check_requirement (Writer               *self,
                                            QuadrantParty        *party,
                                            guint                 party_position,
                                            QuadrantRequirement  *requirement);

G_END_DECLS
