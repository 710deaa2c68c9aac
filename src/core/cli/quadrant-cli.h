/* quadrant-cli.h: the command-line tasks that need no display */
#pragma once

#include <glib.h>
#include <stdio.h>

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

/* The same with since, if not NULL, an earlier register file: the HTML
 * report (the only format that takes it) then ends with "Changes since
 * version X", X being that register's version (else its file name). */
int quadrant_cli_export_since (const char *format,
                               const char *output,
                               const char *file,
                               const char *size,
                               const char *since,
                               GString    *err);

/* The same; labels: csv and parties-csv with translated headers and values
 * ("Manage closely") for people instead of the file's words. The reports
 * (html, pdf-report) speak lang (a language tag such as "de"), or when it
 * is NULL the register's language (quadrant_register_get_language), or the
 * user's; lang with another format is a usage error (2). */
int quadrant_cli_export_full (const char *format,
                              const char *output,
                              const char *file,
                              const char *size,
                              const char *since,
                              gboolean    labels,
                              const char *lang,
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

/* Everything --import takes; NULL strings and FALSE are the defaults. */
typedef struct {
  const char *format;
  const char *output;
  const char *file;
  const char *mapping;
  const char *sheet;       /* a sheet's name or 1-based number */
  const char *medium;      /* "high" (default) or "low" */
  const char *other_axis;  /* "none" (default), "high", "low" or 0–100 */
  const char *split;       /* "lines" (default), "semicolons", "both", "none" */
  gboolean    keep_good_rows;
  gboolean    unmapped_to_notes;
  gboolean    dry_run;     /* print the mapping and warnings, write nothing */
} QuadrantCliImportOptions;

/* As quadrant_cli_import (); the mapping used (every column, mapped or not
 * imported), the choices and the counts go to out, warnings and errors to
 * err. */
int quadrant_cli_import_with_options (const QuadrantCliImportOptions *options,
                                      GString                        *out,
                                      GString                        *err);

/* The --import command line: reads "import", "output", "mapping" and
 * "keep-good-rows" from options (GApplication's dictionary of parsed options),
 * calls quadrant_cli_import() on the one file in files, prints its messages on
 * standard error and returns its status. */
int quadrant_cli_run_import (GVariantDict       *options,
                             const char * const *files);

/* quadrant --merge BASE OURS THEIRS, git's merge driver (%O %A %B): merges
 * by id and by field and saves the result over OURS. Conflicts are recorded
 * in the register and listed on out. Returns 0 when clean, 1 when conflicts
 * were recorded, 2 when a file could not be read or written (OURS is then
 * left as it was). */
int quadrant_cli_merge     (const char         *base,
                            const char         *ours,
                            const char         *theirs,
                            GString            *out,
                            GString            *err);

/* quadrant --diff OLD NEW, or with the seven arguments git gives a diff
 * driver (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE; the
 * file /dev/null is an empty register): the changes for people on out.
 * Returns 0, or 2 for a usage error or (not from git) an unreadable file. */
int quadrant_cli_diff      (const char * const *args,
                            GString            *out,
                            GString            *err);

/* quadrant --git-setup: in the git repository around directory, adds the
 * .gitattributes line and sets the local git configuration of both drivers,
 * saying what it did on out. Returns 0, 1 when writing failed, 2 outside a
 * repository. */
int quadrant_cli_git_setup (const char         *directory,
                            GString            *out,
                            GString            *err);

/* --merge, --diff or --git-setup from GApplication's parsed options, with
 * the remaining arguments in files; -1 when options has none of them. */
int quadrant_cli_run_git   (GVariantDict       *options,
                            const char * const *files,
                            GString            *out,
                            GString            *err);

/* text with control and bidirectional characters escaped on every line (the
 * line breaks stay), so that a hostile file or party name in a message
 * cannot disguise terminal output. */
char *quadrant_cli_escape (const char *text);
/* Writes text to stream, escaped as quadrant_cli_escape () does. */
void  quadrant_cli_print  (FILE       *stream,
                           const char *text);

G_END_DECLS
