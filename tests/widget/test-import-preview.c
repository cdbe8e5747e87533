/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Widget tests of WpImportPreview on the real exports of ../shared/testdata/interop:
 * the format is guessed and may be changed, the importer's choices and a
 * spreadsheet's columns build the product again, into a new product or the
 * open one (one undo step, above or below the backlog), bad files show why
 * and import nothing, and closing while it reads leaves everything as it was.
 */
#include "config.h"

#include <string.h>

#include "wp-import-preview.h"
#include "wp-writer.h"
#include "test-util.h"

#define TRELLO "trello-gocd-test-drive-large.json"
#define JIRA "jira-cloud-2025-all-fields-tes.csv"
#define LINEAR "linear-export-2023.csv"

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("WP_TESTDATA"), "interop", name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
have_fixtures (void)
{
  g_autoptr(GFile) file = fixture (TRELLO);

  if (g_getenv ("WP_TESTDATA") != NULL && g_file_query_exists (file, NULL))
    return TRUE;
  g_test_skip ("../shared/testdata/interop is not there");

  return FALSE;
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the preview has built the product, or failed to. */
static void
wait_until_settled (WpImportPreview *preview,
                    gboolean         ready)
{
  guint timeout = g_timeout_add_seconds (60, on_timeout, (gpointer) "the preview");

  /* The choices are insensitive while the worker runs. */
  while (!gtk_widget_get_sensitive (find_widget (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW,
                                                 "Format")))
    g_main_context_iteration (NULL, TRUE);
  spin ();
  g_source_remove (timeout);
  g_assert_true (wp_import_preview_is_ready (preview) == ready);
}

/* The suggested button under @root: the preview's Import. */
static GtkWidget *
find_suggested (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_has_css_class (child, "suggested-action")
                         ? child : find_suggested (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
import_label (WpImportPreview *preview)
{
  GtkWidget *button = find_suggested (GTK_WIDGET (preview));

  return gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
}

static GtkWidget *
find_group (WpImportPreview *preview,
            const char      *title)
{
  GtkWidget *group = find_widget (GTK_WIDGET (preview), ADW_TYPE_PREFERENCES_GROUP, NULL);

  for (; group != NULL; group = gtk_widget_get_next_sibling (group))
    if (ADW_IS_PREFERENCES_GROUP (group) &&
        g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), title) == 0)
      return group;

  return NULL;
}

static void
choose (WpImportPreview *preview,
        const char      *row_title,
        guint            position)
{
  GtkWidget *row = find_widget (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW, row_title);

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
}

/* "title|subtitle" of each row of @list, a line each. */
static char *
list_text (GtkWidget *list)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_string_append_printf (text, "%s|%s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) ?: "");

  return g_string_free (text, FALSE);
}

typedef struct {
  WpDocument *product;
  guint       n_items;
} Imported;

static void
on_imported (WpImportPreview *preview,
             WpDocument      *product,
             guint            n_items,
             Imported        *imported)
{
  g_set_object (&imported->product, product);
  imported->n_items = n_items;
}

static WpImportPreview *
new_preview (GtkWindow  *parent,
             const char *name,
             WpDocument *document,
             Imported   *imported)
{
  g_autoptr(GFile) file = fixture (name);
  WpImportPreview *preview = wp_import_preview_new (parent, file, document);

  g_signal_connect (preview, "imported", G_CALLBACK (on_imported), imported);

  return preview;
}

static guint
n_of (WpDocument *document,
      WpKind      kind)
{
  return g_list_model_get_n_items (wp_document_get_list (document, kind));
}

/* A Trello board as a new product: archived cards as done, or left out as the user chooses. */
static void
test_trello_new_product (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  Imported imported = { NULL, 0 };
  WpImportPreview *preview;
  g_autofree char *created = NULL;
  g_autofree char *notes = NULL;

  if (!have_fixtures ())
    return;
  preview = new_preview (parent, TRELLO, NULL, &imported);
  wait_until_settled (preview, TRUE);

  g_assert_cmpstr (wp_import_preview_get_format (preview), ==, "trello");
  g_assert_false (gtk_widget_is_visible (find_widget (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW,
                                                       "Import Into")));
  g_assert_cmpstr (import_label (preview), ==, "_Import 122 Items");
  created = list_text (find_named (GTK_WIDGET (preview), "created-list"));
  g_assert_cmpstr (created, ==,
                   "6 columns|\n122 items|\n62 acceptance criteria|\n93 comments|\n");
  notes = list_text (find_named (GTK_WIDGET (preview), "notes-list"));
  g_assert_nonnull (strstr (notes, "Wireframe design|2 attachments are uploads that need a "
                                   "Trello login: kept as links\n"));
  g_assert_nonnull (strstr (notes, "Trello exports only a board's last 1,000 actions"));

  choose (preview, "Archived cards", 1);
  wait_until_settled (preview, TRUE);
  g_assert_cmpstr (import_label (preview), ==, "_Import 44 Items");

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL);
  g_assert_nonnull (imported.product);
  g_assert_cmpuint (imported.n_items, ==, 44);
  g_assert_cmpuint (n_of (imported.product, WP_KIND_ITEM), ==, 44);
  g_assert_cmpuint (n_of (imported.product, WP_KIND_COLUMN), ==, 6);

  g_clear_object (&imported.product);
  gtk_window_destroy (parent);
}

/* Jira issues into the open product, above its backlog, as one undo step. */
static void
test_jira_into_open_product (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  g_autoptr(GBytes) before = wp_write_document (document);
  g_autoptr(GBytes) after = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  guint n_items = n_of (document, WP_KIND_ITEM);
  Imported imported = { NULL, 0 };
  WpImportPreview *preview;
  g_autofree char *created = NULL;
  g_autoptr(WpEntity) first = NULL;
  g_autoptr(WpDocument) sample = load_sample ();

  if (!have_fixtures ())
    return;
  preview = new_preview (parent, JIRA, document, &imported);
  wait_until_settled (preview, TRUE);
  g_assert_cmpstr (wp_import_preview_get_format (preview), ==, "jira-csv");
  g_assert_false (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (preview), ADW_TYPE_COMBO_ROW,
                                                         "Put the Items")));

  choose (preview, "Import Into", 1);
  choose (preview, "Put the Items", 1);
  created = list_text (find_named (GTK_WIDGET (preview), "created-list"));
  /* The sample's last column is Done: the export's done status goes there. */
  g_assert_nonnull (strstr (created, "Columns this product has already|To Do, In Progress, Done"));
  g_assert_null (strstr (created, "columns|"));
  g_assert_nonnull (strstr (created, "22 items|"));
  g_assert_cmpstr (import_label (preview), ==, "_Import 22 Items");

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL);
  g_assert_true (imported.product == document);
  g_assert_cmpuint (n_of (document, WP_KIND_ITEM), ==, n_items + 22);
  first = g_list_model_get_item (wp_document_get_list (document, WP_KIND_ITEM), 0);
  g_assert_cmpstr (wp_entity_get_string (first, WP_ITEM_TITLE), !=, "");
  g_assert_null (wp_document_lookup (sample, WP_KIND_ITEM, wp_entity_get_id (first)));

  /* One step back, byte for byte. */
  g_assert_true (wp_document_undo (document));
  after = wp_write_document (document);
  g_assert_true (g_bytes_equal (before, after));

  g_clear_object (&imported.product);
  gtk_window_destroy (parent);
}

/* A file read as the wrong format says why and imports nothing; choosing the right one reads it. */
static void
test_wrong_format (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  Imported imported = { NULL, 0 };
  WpImportPreview *preview;
  GtkWidget *error_group;

  if (!have_fixtures ())
    return;
  preview = new_preview (parent, LINEAR, NULL, &imported);
  wait_until_settled (preview, TRUE);
  g_assert_cmpstr (wp_import_preview_get_format (preview), ==, "csv");
  g_assert_cmpstr (import_label (preview), ==, "_Import 11 Items");

  choose (preview, "Format", 1);
  wait_until_settled (preview, FALSE);
  error_group = find_group (preview, "Nothing Can Be Imported");
  g_assert_true (gtk_widget_get_visible (error_group));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (
                              ADW_PREFERENCES_GROUP (error_group)), "This is not a Jira export"));
  g_assert_cmpstr (import_label (preview), ==, "_Import 0 Items");
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.import", NULL);
  g_assert_null (imported.product);

  choose (preview, "Format", 2);
  wait_until_settled (preview, TRUE);
  g_assert_cmpstr (import_label (preview), ==, "_Import 11 Items");

  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (parent);
}

/* A spreadsheet of @n_rows items, written to a new folder. */
static GFile *
write_big_csv (guint   n_rows,
               char  **folder)
{
  g_autoptr(GString) csv = g_string_new ("Title,Estimate,Status\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (csv, "Item %u,%u,%s\n", i, i % 8, i % 3 ? "To Do" : "Done");
  *folder = g_dir_make_tmp ("wp-widget-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*folder, "big.csv", NULL);
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* A long read shows its progress; closing the preview meanwhile stops it and changes nothing. */
static void
test_cancel_while_reading (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  g_autoptr(GBytes) before = wp_write_document (document);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = write_big_csv (300000, &folder);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  Imported imported = { NULL, 0 };
  WpImportPreview *preview = wp_import_preview_new (parent, file, document);
  GtkWidget *progress = find_widget (GTK_WIDGET (preview), GTK_TYPE_PROGRESS_BAR, NULL);
  guint timeout = g_timeout_add_seconds (60, on_timeout, (gpointer) "the progress bar");

  g_signal_connect (preview, "imported", G_CALLBACK (on_imported), &imported);
  /* 300,000 rows take seconds here; a machine that reads them in a moment skips to the end. */
  while (!gtk_widget_get_visible (progress) && !wp_import_preview_is_ready (preview))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  if (wp_import_preview_is_ready (preview))
    g_test_message ("read before its progress showed: closed after reading");

  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &preview);
  gtk_window_destroy (GTK_WINDOW (preview));
  /* The worker stops, and its callback lets the preview go. */
  timeout = g_timeout_add_seconds (60, on_timeout, (gpointer) "the worker to stop");
  while (preview != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_null (imported.product);
  after = wp_write_document (document);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (wp_document_get_modified (document));

  remove_folder (folder);
  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/import-preview/trello-new-product", test_trello_new_product);
  g_test_add_func ("/import-preview/jira-into-open-product", test_jira_into_open_product);
  g_test_add_func ("/import-preview/wrong-format", test_wrong_format);
  g_test_add_func ("/import-preview/cancel-while-reading", test_cancel_while_reading);

  return g_test_run ();
}
