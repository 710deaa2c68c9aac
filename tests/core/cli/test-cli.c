/* test-cli.c: `quadrant --check` and `quadrant --export` run as a user would
 *
 * Runs the real program, whose path is the first argument (meson passes it),
 * on small register files written to a temporary folder.
 */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>
#include <string.h>

#include <gio/gio.h>

static const char *quadrant_bin;
static char *tmp_dir;

#define BOM "\xEF\xBB\xBF"

#define REGISTER_HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n" \
  "  <parties>\n"
#define REGISTER_TAIL \
  "  </parties>\n" \
  "</register>\n"

/* No findings: placed low, support as desired, one addressed requirement with a reference. */
static const char good_register[] =
  REGISTER_HEAD
  "    <party id=\"0b9a3c1e-5d1f-4a43-9a59-2f5b8c1d7e01\" category=\"external\" kind=\"customers\""
  " power=\"20\" interest=\"70\" support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Customers, \"retail\"</name>\n"
  "      <requirements>\n"
  "        <requirement id=\"6c1f2d0e-8b7a-4c55-b1a2-3d4e5f607182\" type=\"contractual\" priority=\"high\" decision=\"addressed\">\n"
  "          <statement>=Data stays in the EU</statement>\n"
  "          <reference kind=\"control\">A.5.34</reference>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  REGISTER_TAIL;

/* One error (undecided), one warning (no requirements), one info (not placed). */
static const char bad_register[] =
  REGISTER_HEAD
  "    <party id=\"1d2e3f40-5162-4738-89a0-b1c2d3e4f501\" category=\"external\" kind=\"regulators\""
  " power=\"30\" interest=\"80\" support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Data protection authority</name>\n"
  "      <requirements>\n"
  "        <requirement id=\"2e3f4051-6273-4849-9ab0-c1d2e3f4a502\" type=\"legal\" priority=\"high\" decision=\"undecided\">\n"
  "          <statement>Breach notification within 72 hours</statement>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"3f405162-7384-495a-abc1-d2e3f4a5b603\" category=\"internal\" kind=\"staff\""
  " support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  REGISTER_TAIL;

/* Warnings only: a party without requirements, placed, nothing else missing. */
static const char warning_register[] =
  REGISTER_HEAD
  "    <party id=\"40516273-8495-4a6b-bcd2-e3f4a5b6c704\" category=\"internal\" kind=\"staff\""
  " power=\"10\" interest=\"10\" support=\"neutral\" desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  REGISTER_TAIL;

static const char malformed_register[] =
  REGISTER_HEAD
  "    <party id=\"x\"\n";

typedef struct {
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static char *
write_file (const char *name,
            const char *contents)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Runs quadrant with args (NULL-terminated) in tmp_dir. */
static void
run (Result     *result,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) quadrant_bin);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* Messages are compared in English; no window may open. */
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (tmp_dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);

  g_test_message ("exit %d\nstdout: %s\nstderr: %s", wait_status, result->out, result->err);

  if (g_spawn_check_wait_status (wait_status, &error))
    result->status = 0;
  else if (g_error_matches (error, G_SPAWN_EXIT_ERROR, error->code))
    result->status = error->code;
  else
    g_error ("quadrant did not exit normally: %s", error->message);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;

  return n;
}

static void
test_check_good (void)
{
  g_autofree char *path = write_file ("good.quadrant.xml", good_register);
  g_auto(Result) result = { 0 };

  run (&result, "--check", "good.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, "");
}

static void
test_check_errors (void)
{
  g_autofree char *path = write_file ("bad.quadrant.xml", bad_register);
  g_auto(Result) result = { 0 };

  run (&result, "--check", "bad.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==,
                   "bad.quadrant.xml: error: party \"Data protection authority\" / requirement "
                   "\"Breach notification within 72 hours\": Requirement \"Breach notification within 72 hours\" has no decision\n"
                   "bad.quadrant.xml: warning: party \"Staff\": Party \"Staff\" has no requirements\n"
                   "bad.quadrant.xml: info: party \"Staff\": Party \"Staff\" is not yet placed on the map\n");
  g_assert_cmpstr (result.err, ==, "");
}

static void
test_check_warnings_only (void)
{
  g_autofree char *path = write_file ("warn.quadrant.xml", warning_register);
  g_auto(Result) result = { 0 };

  /* An absolute path is printed as given, too. */
  run (&result, "--check", path, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, path));
  g_assert_nonnull (strstr (result.out, ": warning: party \"Staff\": Party \"Staff\" has no requirements\n"));
  g_assert_cmpuint (count_lines (result.out), ==, 1);
}

static void
test_check_unreadable (void)
{
  g_autofree char *path = write_file ("broken.quadrant.xml", malformed_register);

  {
    g_auto(Result) result = { 0 };

    run (&result, "--check", "missing.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpstr (result.out, ==, "");
    g_assert_nonnull (strstr (result.err, "missing.quadrant.xml"));
  }
  {
    g_auto(Result) result = { 0 };

    run (&result, "--check", "broken.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpstr (result.out, ==, "");
    g_assert_nonnull (strstr (result.err, "broken.quadrant.xml"));
  }
}

/* The worst status wins, and every file is still checked. */
static void
test_check_several (void)
{
  g_autofree char *good = write_file ("good.quadrant.xml", good_register);
  g_autofree char *bad = write_file ("bad.quadrant.xml", bad_register);
  g_autofree char *warn = write_file ("warn.quadrant.xml", warning_register);

  {
    g_auto(Result) result = { 0 };

    run (&result, "--check", "good.quadrant.xml", "warn.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_cmpuint (count_lines (result.out), ==, 1);
  }
  {
    g_auto(Result) result = { 0 };

    run (&result, "--check", "bad.quadrant.xml", "good.quadrant.xml", "warn.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_cmpuint (count_lines (result.out), ==, 4);
    g_assert_true (g_str_has_prefix (result.out, "bad.quadrant.xml: error: "));
    g_assert_nonnull (strstr (result.out, "\nwarn.quadrant.xml: warning: "));
  }
  {
    g_auto(Result) result = { 0 };

    run (&result, "--check", "missing.quadrant.xml", "bad.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpuint (count_lines (result.out), ==, 3);
    g_assert_nonnull (strstr (result.err, "missing.quadrant.xml"));
  }
  {
    g_auto(Result) result = { 0 };

    run (&result, "--check", "bad.quadrant.xml", "missing.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpuint (count_lines (result.out), ==, 3);
  }
}

static void
test_export_csv (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_autofree char *output = g_build_filename (tmp_dir, "out.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(Result) result = { 0 };

  /* An existing file is replaced. */
  g_free (write_file ("out.csv", "old contents"));

  run (&result, "--export", "csv", "--output", "out.csv", "good.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, "");

  csv = read_file (output);
  g_assert_true (g_str_has_prefix (csv, BOM "party-id,party-reference,party-name,"));
  g_assert_nonnull (strstr (csv,
                            "\r\n0b9a3c1e-5d1f-4a43-9a59-2f5b8c1d7e01,,\"Customers, \"\"retail\"\"\",external,customers,"
                            "20,70,keep-informed,neutral,neutral,,6c1f2d0e-8b7a-4c55-b1a2-3d4e5f607182,,"
                            "'=Data stays in the EU,contractual,,high,addressed,,control: A.5.34,,,\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  g_assert_cmpuint (count_lines (csv), ==, 2);
}

/* --labels: headers and values for people; only for the CSV exports. */
static void
test_export_csv_labels (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_auto(Result) result = { 0 };
  g_auto(Result) refused = { 0 };

  run (&result, "--export", "csv", "--labels", "--output", "-", "good.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, BOM "Party ID,Party reference code,Party name,Category,Kind,"));
  g_assert_nonnull (strstr (result.out, ",External,Customers,20,70,Keep informed,Neutral,Neutral,"));
  g_assert_nonnull (strstr (result.out, ",Contractual,,High,Addressed,,Control: A.5.34,"));

  run (&refused, "--export", "html", "--labels", "--output", "-", "good.quadrant.xml", NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "--labels is only used with --export csv or parties-csv"));
}

/* XLSX out and in again: the same parties and requirements, as both CSV
 * exports of the two registers show byte for byte. */
static void
test_export_xlsx_round_trip (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_auto(Result) exported = { 0 };
  g_auto(Result) imported = { 0 };

  run (&exported, "--export", "xlsx", "--output", "out.xlsx", "good.quadrant.xml", NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_cmpstr (exported.err, ==, "");
  run (&imported, "--import", "xlsx", "--output", "back.quadrant.xml", "out.xlsx", NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_cmpstr (imported.err, ==, "");
  g_assert_nonnull (strstr (imported.out, "Read sheet “Parties”"));
  g_assert_nonnull (strstr (imported.out, "Read sheet “Requirements”"));

  for (guint i = 0; i < 2; i++)
    {
      const char *format = i == 0 ? "csv" : "parties-csv";
      g_auto(Result) before = { 0 };
      g_auto(Result) after = { 0 };

      run (&before, "--export", format, "--output", "-", "good.quadrant.xml", NULL);
      run (&after, "--export", format, "--output", "-", "back.quadrant.xml", NULL);
      g_assert_cmpint (before.status, ==, 0);
      g_assert_cmpint (after.status, ==, 0);
      g_assert_cmpstr (after.out, ==, before.out);
    }
}

static void
test_export_parties_csv_stdout (void)
{
  g_autofree char *input = write_file ("bad.quadrant.xml", bad_register);
  g_auto(Result) result = { 0 };

  run (&result, "--export", "parties-csv", "--output", "-", "bad.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, BOM "party-id,reference,name,category,"));
  g_assert_nonnull (strstr (result.out, "\r\n1d2e3f40-5162-4738-89a0-b1c2d3e4f501,,Data protection authority,external,regulators,"));
  g_assert_true (g_str_has_suffix (result.out,
                                   "\r\n3f405162-7384-495a-abc1-d2e3f4a5b603,,Staff,internal,staff,,,,unplaced,"
                                   "neutral,neutral,,,,,relevant,,,,,,,,,0,0\r\n"));
  g_assert_cmpuint (count_lines (result.out), ==, 3);
}

static void
test_export_errors (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_autofree char *output = g_build_filename (tmp_dir, "never.csv", NULL);

  /* Unknown format: the message lists the valid ones. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "docx", "--output", "never.csv", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, !=, 0);
    g_assert_nonnull (strstr (result.err, "docx"));
    g_assert_nonnull (strstr (result.err, "csv, parties-csv, xlsx"));
  }

  /* No --output. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "csv", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "--output"));
    g_assert_cmpstr (result.out, ==, "");
  }

  /* A missing input: the reader's message names it. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "csv", "--output", "never.csv", "missing.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "missing.quadrant.xml"));
  }

  /* An unwritable destination. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "csv", "--output", "no-such-dir/out.csv", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_cmpstr (result.err, !=, "");
  }

  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

/* --output naming the register itself must not destroy it. */
static void
test_export_onto_input (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_autofree char *after = NULL;
  g_auto(Result) result = { 0 };

  run (&result, "--export", "csv", "--output", input, "good.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.err, !=, "");

  after = read_file (input);
  g_assert_cmpstr (after, ==, good_register);
}

/* Nor a symbolic or hard link to it, for an export or an import: the same
 * file under another name is still the input. */
static void
test_output_links_to_input (void)
{
  static const char csv[] = "name,category\nRegulator,external\n";
  g_autofree char *input = write_file ("linked.quadrant.xml", good_register);
  g_autofree char *csv_input = write_file ("linked.csv", csv);
  g_autofree char *soft = g_build_filename (tmp_dir, "soft.html", NULL);
  g_autofree char *hard = g_build_filename (tmp_dir, "hard.html", NULL);
  g_autofree char *csv_soft = g_build_filename (tmp_dir, "csv-soft.quadrant.xml", NULL);
  g_autofree char *csv_hard = g_build_filename (tmp_dir, "csv-hard.quadrant.xml", NULL);
  const char *outputs[] = { soft, hard };

  g_assert_cmpint (symlink (input, soft), ==, 0);
  g_assert_cmpint (link (input, hard), ==, 0);
  g_assert_cmpint (symlink (csv_input, csv_soft), ==, 0);
  g_assert_cmpint (link (csv_input, csv_hard), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *after = NULL;
      g_auto(Result) result = { 0 };

      run (&result, "--export", "html", "--output", outputs[i], "linked.quadrant.xml", NULL);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_nonnull (strstr (result.err, "is the register itself"));
      after = read_file (input);
      g_assert_cmpstr (after, ==, good_register);
    }

  {
    const char *csv_outputs[] = { csv_soft, csv_hard };

    for (guint i = 0; i < G_N_ELEMENTS (csv_outputs); i++)
      {
        g_autofree char *after = NULL;
        g_auto(Result) result = { 0 };

        run (&result, "--import", "csv", "--output", csv_outputs[i], "linked.csv", NULL);
        g_assert_cmpint (result.status, ==, 2);
        g_assert_nonnull (strstr (result.err, "is the file being imported"));
        after = read_file (csv_input);
        g_assert_cmpstr (after, ==, csv);
      }
  }
}

/* A hostile file name cannot drive the terminal: control and bidirectional
 * characters in it come out escaped. */
static void
test_hostile_name_escaped (void)
{
  g_auto(Result) result = { 0 };

  run (&result, "--check", "evil\xe2\x80\xaelmx.\x1b[31mquadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_null (strchr (result.err, '\x1b'));
  g_assert_null (strstr (result.err, "\xe2\x80\xae"));
  g_assert_nonnull (strstr (result.err, "\\u{202e}"));
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (tmp_dir);
}

/* ---- The stakeholder map: png, svg, pdf, with no display ---- */

static void
assert_png_size (const char *path,
                 guint32     width,
                 guint32     height)
{
  g_autofree char *data = NULL;
  gsize size = 0;
  const guchar *p;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_assert_cmpuint (size, >, 24);
  p = (const guchar *) data;
  g_assert_cmpmem (p, 8, "\x89PNG\r\n\x1a\n", 8);
  /* IHDR: width and height, big-endian, right after the chunk's type. */
  g_assert_cmpmem (p + 12, 4, "IHDR", 4);
  g_assert_cmpuint ((guint32) p[16] << 24 | p[17] << 16 | p[18] << 8 | p[19], ==, width);
  g_assert_cmpuint ((guint32) p[20] << 24 | p[21] << 16 | p[22] << 8 | p[23], ==, height);
}

static void
test_export_map (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_autofree char *png = g_build_filename (tmp_dir, "map.png", NULL);
  g_autofree char *small = g_build_filename (tmp_dir, "small.png", NULL);
  g_autofree char *svg = g_build_filename (tmp_dir, "map.svg", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "map.pdf", NULL);

  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "png", "--output", "map.png", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_cmpstr (result.err, ==, "");
    assert_png_size (png, 1600, 1000);
  }
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "png", "--size", "320x200", "--output", "small.png", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 0);
    assert_png_size (small, 320, 200);
  }
  {
    g_auto(Result) result = { 0 };
    g_autofree char *contents = NULL;

    run (&result, "--export", "svg", "--output", "map.svg", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 0);
    contents = read_file (svg);
    g_assert_true (g_str_has_prefix (contents, "<?xml"));
    /* The party's name is text, escaped. */
    g_assert_nonnull (strstr (contents, ">Customers, &quot;retail&quot;</text>"));
  }
  {
    g_auto(Result) result = { 0 };
    g_autofree char *contents = NULL;

    run (&result, "--export", "pdf", "--output", "map.pdf", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 0);
    contents = read_file (pdf);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }
  g_unlink (png);
  g_unlink (small);
  g_unlink (svg);
  g_unlink (pdf);
}

/* A register whose parties are not assessed yet exports an empty grid, and
 * says so on stderr, naming the file; the parties are listed under it. */
static void
test_export_map_unplaced (void)
{
  static const char unplaced_register[] =
    REGISTER_HEAD
    "    <party id=\"3a4b5c6d-7e8f-4a01-9b12-c3d4e5f6a701\" category=\"internal\" kind=\"staff\""
    " support=\"neutral\" desired-support=\"neutral\">\n"
    "      <name>Night shift</name>\n"
    "    </party>\n"
    REGISTER_TAIL;
  g_autofree char *input = write_file ("unplaced.quadrant.xml", unplaced_register);
  g_autofree char *svg = g_build_filename (tmp_dir, "unplaced.svg", NULL);
  g_auto(Result) result = { 0 };
  g_autofree char *contents = NULL;

  run (&result, "--export", "svg", "--output", "unplaced.svg", "unplaced.quadrant.xml", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.err, "unplaced.quadrant.xml"));
  g_assert_nonnull (strstr (result.err, "no party has a place on the map"));
  contents = read_file (svg);
  g_assert_nonnull (strstr (contents, "Not yet assessed: Night shift"));

  /* With a placed party, nothing to say. */
  {
    g_auto(Result) placed = { 0 };

    run (&placed, "--export", "svg", "--output", "unplaced.svg", "good.quadrant.xml", NULL);
    g_assert_cmpint (placed.status, ==, 0);
    g_assert_cmpstr (placed.err, ==, "");
  }
  g_unlink (svg);
}

static void
test_export_map_errors (void)
{
  g_autofree char *input = write_file ("good.quadrant.xml", good_register);
  g_autofree char *broken = write_file ("broken.quadrant.xml", malformed_register);
  g_autofree char *never = g_build_filename (tmp_dir, "never.png", NULL);

  /* A size that does not parse, or is out of range. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "png", "--size", "big", "--output", "never.png", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "--size"));
    g_assert_nonnull (strstr (result.err, "WIDTHxHEIGHT"));
  }
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "png", "--size", "100000x10", "--output", "never.png", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "100000x10"));
  }
  /* --size means nothing to a table. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "csv", "--size", "320x200", "--output", "never.csv", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "--size"));
  }
  /* An unreadable register names the file. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "svg", "--output", "never.svg", "broken.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "broken.quadrant.xml"));
  }
  /* An unwritable destination. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "pdf", "--output", "no-such-dir/map.pdf", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_nonnull (strstr (result.err, "export failed"));
  }
  /* The unknown-format message offers the map formats. */
  {
    g_auto(Result) result = { 0 };

    run (&result, "--export", "jpeg", "--output", "never.png", "good.quadrant.xml", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "png, svg, pdf"));
  }
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  quadrant_bin = argc > 1 ? argv[1] : g_getenv ("QUADRANT_BIN");
  if (quadrant_bin == NULL || !g_file_test (quadrant_bin, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("usage: test-cli PATH-TO-QUADRANT (or QUADRANT_BIN=…)\n");
      return 1;
    }

  /* Commands run in the temporary folder, so the path must not be relative. */
  if (!g_path_is_absolute (quadrant_bin))
    quadrant_bin = g_canonicalize_filename (quadrant_bin, NULL);

  tmp_dir = g_dir_make_tmp ("quadrant-test-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/check/good", test_check_good);
  g_test_add_func ("/cli/check/errors", test_check_errors);
  g_test_add_func ("/cli/check/warnings-only", test_check_warnings_only);
  g_test_add_func ("/cli/check/unreadable", test_check_unreadable);
  g_test_add_func ("/cli/check/several-files", test_check_several);
  g_test_add_func ("/cli/export/csv", test_export_csv);
  g_test_add_func ("/cli/export/parties-csv-stdout", test_export_parties_csv_stdout);
  g_test_add_func ("/cli/export/csv-labels", test_export_csv_labels);
  g_test_add_func ("/cli/export/xlsx-round-trip", test_export_xlsx_round_trip);
  g_test_add_func ("/cli/export/errors", test_export_errors);
  g_test_add_func ("/cli/export/onto-input", test_export_onto_input);
  g_test_add_func ("/cli/output-links-to-input", test_output_links_to_input);
  g_test_add_func ("/cli/hostile-name-escaped", test_hostile_name_escaped);
  g_test_add_func ("/cli/export/map", test_export_map);
  g_test_add_func ("/cli/export/map-errors", test_export_map_errors);
  g_test_add_func ("/cli/export/map-unplaced", test_export_map_unplaced);

  status = g_test_run ();

  remove_tmp_dir ();
  g_free (tmp_dir);

  return status;
}
