/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading CSV files (wp-csv.c) and importing feedback from them (WpFeedbackImport). */
#include "config.h"

#include <string.h>

#include "wp-csv.h"
#include "wp-error.h"
#include "wp-feedback-import.h"

static GPtrArray *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = wp_csv_parse (text, &error);

  g_assert_no_error (error);

  return rows;
}

static const char * const *
row (GPtrArray *rows,
     guint      index)
{
  return g_ptr_array_index (rows, index);
}

static void
test_csv_quotes_and_lines (void)
{
  g_autoptr(GPtrArray) rows = NULL;

  /* Quoted separators, doubled quotes, a line break inside a field, CRLF, CR and LF. */
  rows = parse ("customer,text\r\n\"Raman, Priya\",\"She said "
                "\"\"offline\"\"\nplease\"\r\nBo,plain\rCy,\"\"\n");
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstrv (row (rows, 0), ((const char *[]) { "customer", "text", NULL }));
  g_assert_cmpstrv (row (rows, 1),
                    ((const char *[]){ "Raman, Priya", "She said \"offline\"\nplease", NULL }));
  g_assert_cmpstrv (row (rows, 2), ((const char *[]) { "Bo", "plain", NULL }));
  g_assert_cmpstrv (row (rows, 3), ((const char *[]) { "Cy", "", NULL }));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* No line break at the end; empty fields kept. */
  rows = parse ("a,,c");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstrv (row (rows, 0), ((const char *[]) { "a", "", "c", NULL }));
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse ("");
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_csv_separators (void)
{
  g_autoptr(GPtrArray) semicolons = NULL;
  g_autoptr(GPtrArray) tabs = NULL;

  /* A spreadsheet in a comma-decimal locale: semicolons, commas inside fields. */
  semicolons = parse ("Kunde;Text;Wert\nJonas;Schön, aber langsam;1,5\n");
  g_assert_cmpstrv (row (semicolons, 1),
                    ((const char *[]){ "Jonas", "Schön, aber langsam", "1,5", NULL }));

  /* A quoted header with a comma does not count. */
  tabs = parse ("\"a,b,c\"\td\te\n1\t2\t3\n");
  g_assert_cmpstrv (row (tabs, 0), ((const char *[]) { "a,b,c", "d", "e", NULL }));
}

static void
test_csv_open_quote_is_an_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = wp_csv_parse ("a,b\n1,2\n3,\"never closed\n4,5\n", &error);

  g_assert_null (rows);
  g_assert_error (error, WP_ERROR, WP_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "Row 3"));
}

static char *
decode (const char  *data,
        gsize        length,
        const char **encoding,
        GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return wp_csv_decode (bytes, encoding, error);
}

static void
test_csv_encodings (void)
{
  g_autoptr(GError) error = NULL;
  const char *encoding = "unset";
  g_autofree char *bom = NULL;
  g_autofree char *windows = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *binary = NULL;

  bom = decode ("\xEF\xBB\xBF" "Kunde;Text\n", 14, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bom, ==, "Kunde;Text\n");
  g_assert_null (encoding);

  /* "Köln, 5 €" as older spreadsheets save it. */
  windows = decode ("K\xF6ln, 5 \x80", 9, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (windows, ==, "Köln, 5 €");
  g_assert_cmpstr (encoding, ==, "WINDOWS-1252");

  utf16 = decode ("\xFF\xFE" "a\0,\0b\0", 8, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (utf16, ==, "a,b");
  g_assert_cmpstr (encoding, ==, "UTF-16");

  /* A NUL inside UTF-16 would cut the text short without a word. */
  g_clear_pointer (&utf16, g_free);
  utf16 = decode ("\xFF\xFE" "a\0\n\0b\0\0\0c\0\n\0d\0", 16, &encoding, &error);
  g_assert_null (utf16);
  g_assert_error (error, WP_ERROR, WP_ERROR_ENCODING);
  g_clear_error (&error);

  /* A picture is not a spreadsheet. */
  binary = decode ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, &encoding, &error);
  g_assert_null (binary);
  g_assert_error (error, WP_ERROR, WP_ERROR_ENCODING);
}

static WpFeedbackImport *
import_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  WpFeedbackImport *import = wp_feedback_import_new (bytes, &error);

  g_assert_no_error (error);

  return import;
}

static GPtrArray *
read_all (WpFeedbackImport *import,
          GPtrArray       **problems)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = wp_feedback_import_read (import, problems, &error);

  g_assert_no_error (error);

  return entries;
}

static WpEntity *
entry (GPtrArray *entries,
       guint      index)
{
  return g_ptr_array_index (entries, index);
}

static void
test_import_guesses_columns (void)
{
  g_autoptr(WpFeedbackImport)
    import = import_text ("Date,Customer Name,Plan,Channel,Priority,Comment,Labels\n"
                          "2026-09-14,Priya Raman,Pro,Interview,high,\"Offline maps, "
                          "please\",\"offline; maps, offline\"\n"
                          "2026-09-15 10:05,  Bo  ,,Email,2,Dark mode,\n");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *name = NULL;

  g_assert_true (wp_feedback_import_get_has_header (import));
  g_assert_cmpuint (wp_feedback_import_get_n_columns (import), ==, 7);
  g_assert_cmpuint (wp_feedback_import_get_n_rows (import), ==, 2);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_RECEIVED), ==, 0);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_CUSTOMER), ==, 1);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_SEGMENT), ==, 2);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_SOURCE), ==, 3);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_IMPORTANCE), ==, 4);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_TEXT), ==, 5);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_TAGS), ==, 6);
  name = wp_feedback_import_dup_column_name (import, 1);
  g_assert_cmpstr (name, ==, "Customer Name");

  entries = read_all (import, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_RECEIVED), ==,
                   "2026-09-14T12:00:00Z");
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_CUSTOMER), ==,
                   "Priya Raman");
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_SEGMENT), ==, "Pro");
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_SOURCE), ==, "Interview");
  g_assert_cmpint (wp_entity_get_int (entry (entries, 0), WP_FEEDBACK_IMPORTANCE), ==, 3);
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_TEXT), ==,
                   "Offline maps, please");
  g_assert_cmpstrv (wp_entity_get_strv (entry (entries, 0), WP_FEEDBACK_TAGS),
                    ((const char *[]){ "offline", "maps", NULL }));
  /* Padding goes; a time is kept; an empty tag cell gives no tags. */
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 1), WP_FEEDBACK_CUSTOMER), ==, "Bo");
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 1), WP_FEEDBACK_RECEIVED), ==,
                   "2026-09-15T10:05:00Z");
  g_assert_cmpint (wp_entity_get_int (entry (entries, 1), WP_FEEDBACK_IMPORTANCE), ==, 2);
  g_assert_cmpstrv (wp_entity_get_strv (entry (entries, 1), WP_FEEDBACK_TAGS),
                    ((const char *[]){ NULL }));
}

static void
test_import_without_header (void)
{
  g_autoptr(WpFeedbackImport)
    import = import_text ("Ann,Please add a compass to the map view\nBo,Export\n");
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *name = NULL;

  /* No known names: every row is feedback, and the longest column is the text. */
  g_assert_false (wp_feedback_import_get_has_header (import));
  g_assert_cmpuint (wp_feedback_import_get_n_rows (import), ==, 2);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_TEXT), ==, 1);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_CUSTOMER), ==,
                   WP_IMPORT_NO_COLUMN);
  name = wp_feedback_import_dup_column_name (import, 0);
  g_assert_cmpstr (name, ==, "Column 1");

  wp_feedback_import_set_column (import, WP_FEEDBACK_CUSTOMER, 0);
  entries = read_all (import, NULL);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 1), WP_FEEDBACK_CUSTOMER), ==, "Bo");

  /* Told that the first row names the columns, it is left out. */
  wp_feedback_import_set_has_header (import, TRUE);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = read_all (import, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
}

static const char *
received_of (const char *csv,
             guint       index)
{
  g_autoptr(WpFeedbackImport) import = import_text (csv);
  g_autoptr(GPtrArray) entries = read_all (import, NULL);
  static char received[64];

  g_strlcpy (received, wp_entity_get_string (entry (entries, index), WP_FEEDBACK_RECEIVED),
             sizeof received);

  return received;
}

static void
test_import_days (void)
{
  /* Day first, month first: the column tells. */
  g_assert_cmpstr (received_of ("date,text\n03/04/2026,a\n25/04/2026,b\n", 0), ==,
                   "2026-04-03T12:00:00Z");
  g_assert_cmpstr (received_of ("date,text\n03/04/2026,a\n04/25/2026,b\n", 0), ==,
                   "2026-03-04T12:00:00Z");
  /* German dots, two-digit years of this century; a time with an offset keeps the customer's
   * day and time; no day at all stays empty. */
  g_assert_cmpstr (received_of ("date,text\n14.09.2026,a\n", 0), ==, "2026-09-14T12:00:00Z");
  g_assert_cmpstr (received_of ("date,text\n14.09.26,a\n", 0), ==, "2026-09-14T12:00:00Z");
  g_assert_cmpstr (received_of ("date,text\n25/04/26,a\n", 0), ==, "2026-04-25T12:00:00Z");
  g_assert_cmpstr (received_of ("date,text\n2026-09-14T00:30:00+02:00,a\n", 0), ==,
                   "2026-09-14T00:30:00Z");
  g_assert_cmpstr (received_of ("date,text\n,a\n", 0), ==, "");
}

static void
test_import_reports_bad_rows (void)
{
  g_autoptr(WpFeedbackImport)
    import = import_text ("date;customer;importance;text\n"
                          "2026-02-30;Ann;1;A day that is not one\n"
                          "2026-03-01;Bo;urgent-ish;An importance that is not one\n"
                          "2026-03-02;Cy;3;\"Two\nlines\"\n"
                          ";;;\n"
                          "2026-03-03;Di;;\n"
                          "2026-03-04;Ed;critical;Fine\n");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) entries = read_all (import, &problems);

  /*
   * Rows as a spreadsheet counts them: the header is row 1, a quoted line break
   * stays in its row, blank rows pass.
   */
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_TEXT), ==, "Two\nlines");
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 1), WP_FEEDBACK_CUSTOMER), ==, "Ed");
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "Row 2: “2026-02-30” is not a day");
  g_assert_cmpstr (
    g_ptr_array_index (problems, 1), ==,
    "Row 3: “urgent-ish” is not an importance (1 to 3, or nice to have, important, critical)");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==, "Row 6: no text");
}

static void
test_import_is_one_step_or_nothing (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpFeedbackImport) import = import_text ("customer,text\nAnn,One\nBo,Two\n");
  g_autoptr(WpFeedbackImport) nothing = import_text ("customer,text\nAnn,\n");
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_cmpuint (wp_feedback_import_apply (import, document, NULL, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 2);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Import 2 Feedback Entries");
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 0);
  wp_document_redo (document);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 2);

  /* Nothing readable: nothing added, and why. */
  g_assert_cmpuint (wp_feedback_import_apply (nothing, document, &problems, &error), ==, 0);
  g_assert_error (error, WP_ERROR, WP_ERROR_EMPTY);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_error (&error);

  /* No column for the text: nothing added. */
  wp_feedback_import_set_column (import, WP_FEEDBACK_TEXT, WP_IMPORT_NO_COLUMN);
  g_assert_cmpuint (wp_feedback_import_apply (import, document, NULL, &error), ==, 0);
  g_assert_error (error, WP_ERROR, WP_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 2);
}

static void
test_import_bad_files (void)
{
  const struct {
    const char *data;
    gsize       length;
    int         code;
  } files[] = {
    { "", 0, WP_ERROR_EMPTY },
    { "\xEF\xBB\xBF", 3, WP_ERROR_EMPTY },
    { "text\n\"open", 10, WP_ERROR_SYNTAX },
    { "GIF89a\0\0\0", 9, WP_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (files[i].data, files[i].length);
      g_autoptr(GError) error = NULL;
      g_autoptr(WpFeedbackImport) import = wp_feedback_import_new (bytes, &error);

      g_assert_null (import);
      g_assert_error (error, WP_ERROR, files[i].code);
    }
}

static void
test_import_hostile_text (void)
{
  g_autoptr(GString) csv = g_string_new ("customer,text\n");
  g_autoptr(WpFeedbackImport) import = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  /* Markup, right-to-left marks and a very long field stay text, as they were. */
  g_string_append (csv, "\"<b>Ann</b> & co\",\"\u202Egnol <span>\"\"x\"\"</span>\"\n,");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (csv, 'x');
  g_string_append_c (csv, '\n');
  import = import_text (csv->str);
  entries = read_all (import, NULL);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_CUSTOMER), ==,
                   "<b>Ann</b> & co");
  g_assert_cmpstr (wp_entity_get_string (entry (entries, 0), WP_FEEDBACK_TEXT), ==,
                   "\u202Egnol <span>\"x\"</span>");
  g_assert_cmpuint (strlen (wp_entity_get_string (entry (entries, 1), WP_FEEDBACK_TEXT)), ==,
                    100000);
}

/* A wide file without names: every cell is visited once, not once per column. */
static void
test_import_many_columns (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(WpFeedbackImport) import = NULL;

  for (guint row = 0; row < 200; row++)
    {
      for (guint column = 0; column < 5000; column++)
        g_string_append (csv, column == 4321 ? "the longest text of them all," : "x,");
      g_string_append_c (csv, '\n');
    }
  import = import_text (csv->str);
  g_assert_cmpuint (wp_feedback_import_get_n_columns (import), ==, 5001);
  g_assert_cmpint (wp_feedback_import_get_column (import, WP_FEEDBACK_TEXT), ==, 4321);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quotes-and-lines", test_csv_quotes_and_lines);
  g_test_add_func ("/csv/separators", test_csv_separators);
  g_test_add_func ("/csv/open-quote-is-an-error", test_csv_open_quote_is_an_error);
  g_test_add_func ("/csv/encodings", test_csv_encodings);
  g_test_add_func ("/feedback-import/guesses-columns", test_import_guesses_columns);
  g_test_add_func ("/feedback-import/without-header", test_import_without_header);
  g_test_add_func ("/feedback-import/days", test_import_days);
  g_test_add_func ("/feedback-import/reports-bad-rows", test_import_reports_bad_rows);
  g_test_add_func ("/feedback-import/one-step-or-nothing", test_import_is_one_step_or_nothing);
  g_test_add_func ("/feedback-import/bad-files", test_import_bad_files);
  g_test_add_func ("/feedback-import/hostile-text", test_import_hostile_text);
  g_test_add_func ("/feedback-import/many-columns", test_import_many_columns);

  return g_test_run ();
}
