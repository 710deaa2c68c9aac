/* quadrant-cli.h: the command-line tasks that need no display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* quadrant --check FILE...: one line per finding on out, read errors on err.
 * A finding line is `FILE: SEVERITY: SUBJECT: MESSAGE` where FILE is the
 * argument as given, SEVERITY is error, warning or info, and SUBJECT is
 * `party "NAME"`, `party "NAME" / requirement "STATEMENT"` or `register`
 * (names and statements on one line, ellipsized after 80 characters); the
 * words are translated, so scripts that parse the output should run it with
 * LC_ALL=C. Every file is checked even after one fails.
 * Returns the worst status over all files: 0 (no errors), 1 (errors found)
 * or 2 (a file could not be read). */
int quadrant_cli_check  (const char * const *files,
                         GString            *out,
                         GString            *err);

/* quadrant --export FORMAT --output OUT FILE. FORMAT is csv (requirements,
 * one row per requirement), parties-csv (one row per party), html (the audit
 * report), pdf-report (the printed report as a PDF on A4) or the stakeholder
 * map as png, svg or pdf (at the default size; see below). OUT is
 * required; "-" writes to standard output, any other file is replaced
 * atomically (never the input register itself).
 * Returns 0 on success; otherwise, with a message on err, 1 when exporting or
 * writing failed, or 2 for a usage error (unknown format, no --output) or an
 * input file that cannot be read. */
int quadrant_cli_export (const char         *format,
                         const char         *output,
                         const char         *file,
                         GString            *err);

/* The same, where FORMAT may also be png, svg or pdf (the stakeholder map,
 * drawn with no display) and size, if not NULL, is the map's "WIDTHxHEIGHT"
 * (pixels for png and svg, default 1600x1000; points for pdf, default A4
 * landscape). A size with any other format, or one
 * that does not parse, is a usage error (2). */
int quadrant_cli_export_with_size (const char *format,
                                   const char *output,
                                   const char *file,
                                   const char *size,
                                   GString    *err);

/* quadrant --import FORMAT --output OUT FILE: reads FILE (csv, xlsx or ods) into
 * a new register saved as OUT ("-": standard output). mapping is NULL (guess
 * from the header row) or "field=Column,..." (see quadrant-csv-import.h).
 * Rows that cannot be imported are listed on err as `FILE:LINE: reason`; then
 * nothing is written unless keep_good_rows is set.
 * Returns 0 on success, 1 when rows had errors (whether or not the good rows
 * were written) or writing failed, 2 for a usage error or a file that cannot
 * be read as CSV at all (empty, not UTF-8, no data rows, no name column). */
int quadrant_cli_import (const char         *format,
                         const char         *output,
                         const char         *file,
                         const char         *mapping,
                         gboolean            keep_good_rows,
                         GString            *err);

/* The --import command line: reads "import", "output", "mapping" and
 * "keep-good-rows" from options (GApplication's dictionary of parsed options),
 * calls quadrant_cli_import() on the one file in files, prints its messages on
 * standard error and returns its status. */
int quadrant_cli_run_import (GVariantDict       *options,
                             const char * const *files);

G_END_DECLS
