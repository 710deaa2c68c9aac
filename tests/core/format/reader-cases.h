/* reader-cases.h: loading test registers, and failing as the reader must
 *
 * The registers of the reader's tests are loaded as "acme.quadrant.xml", so
 * that a failure's message can be checked for its file, line and column.
 */
#pragma once

#include "quadrant-reader.h"

G_BEGIN_DECLS

#define NS "urn:quadrant:register"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<register xmlns=\"" NS "\" format=\"1.0\">\n"
/* A party that is valid as it is; the tests change one thing at a time. */
#define PARTY_OPEN "    <party id=\"p1\" category=\"external\" kind=\"regulators\" power=\"80\" " \
                   "interest=\"60\" support=\"neutral\" desired-support=\"supportive\">\n"
#define PARTY_NAME "      <name>Regulator</name>\n"
#define REQUIREMENT_OPEN "        <requirement id=\"r1\" type=\"legal\" priority=\"high\" decision=\"addressed\">\n"
#define STATEMENT "          <statement>Breaches are notified</statement>\n"

/* A register with every field set, and unknown content in every place. */
extern const char full_register[];

QuadrantRegister *reader_load                     (const char  *xml,
                                                   GError     **error);
/* Fails the test unless xml loads. */
QuadrantRegister *reader_load_ok                  (const char  *xml);
/* Loads xml, which must fail with code and a message that starts with
 * "acme.quadrant.xml:LINE:COLUMN: " (line 0: any place; column 0: any column)
 * and contains what (NULL: anything). Returns the message. */
char             *reader_assert_fails_with_length (const char  *xml,
                                                   gsize        length,
                                                   int          code,
                                                   int          line,
                                                   int          column,
                                                   const char  *what);
void              reader_assert_fails             (const char  *xml,
                                                   int          code,
                                                   int          line,
                                                   int          column,
                                                   const char  *what);
/* A register of those parties (XML of <party> elements). */
char             *reader_wrap_parties             (const char  *parties);

G_END_DECLS
