/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Widget test of WpConflictsDialog: a number is resolved with Use Theirs, a
 * one-line title by typing it, a description of several lines by changing
 * it in its area; each is one undo step, and the dialog follows the
 * document, also when an undo brings a conflict back.
 */
#include "config.h"

#include <string.h>

#include "wp-conflicts-dialog.h"
#include "test-util.h"

static const char json[] =
  "{\"format\": \"waypoint\", \"version\": 1,"
  " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Ours\", \"estimate\": 5,"
  "              \"description\": \"one\\ntwo, ours\"}],"
  " \"conflicts\": ["
  "  {\"id\": \"c1\", \"collection\": \"items\", \"entity\": \"a\", \"field\": \"estimate\","
  "   \"base\": 3, \"ours\": 5, \"theirs\": 8},"
  "  {\"id\": \"c2\", \"collection\": \"items\", \"entity\": \"a\", \"field\": \"title\","
  "   \"base\": \"Maps\", \"ours\": \"Ours\", \"theirs\": \"Theirs\"},"
  "  {\"id\": \"c3\", \"collection\": \"items\", \"entity\": \"a\", \"field\": \"description\","
  "   \"base\": \"one\\ntwo\", \"ours\": \"one\\ntwo, ours\", \"theirs\": \"one\\ntwo, theirs\"}]}";

static WpDocument *
read_json (void)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_read_document (json, strlen (json), NULL, NULL, &error);

  g_assert_no_error (error);

  return document;
}

/* The button under @root labelled @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = find_button (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
n_conflicts (WpDocument *document)
{
  return g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_CONFLICT));
}

static void
test_resolving (void)
{
  g_autoptr(WpDocument) document = read_json ();
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  WpConflictsDialog *dialog = wp_conflicts_dialog_new (parent, document);
  WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, "a");
  GtkWidget *entry_row, *area_button, *view;
  GtkTextBuffer *buffer;

  g_assert_cmpuint (n_conflicts (document), ==, 3);

  /* The first group's Use Theirs: the estimate. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "Use Theirs"), "clicked");
  g_assert_cmpfloat (wp_entity_get_number (item, WP_ITEM_ESTIMATE), ==, 8);
  g_assert_cmpuint (n_conflicts (document), ==, 2);

  /* The title typed in its line. */
  entry_row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Or Type the Text");
  gtk_editable_set_text (GTK_EDITABLE (entry_row), "Typed");
  g_signal_emit_by_name (entry_row, "apply");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==, "Typed");

  /* The description changed in its area. */
  view = find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, NULL);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, "one\ntwo, both", -1);
  area_button = find_button (GTK_WIDGET (dialog), "Use This Text");
  g_signal_emit_by_name (area_button, "clicked");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_DESCRIPTION), ==, "one\ntwo, both");
  g_assert_cmpuint (n_conflicts (document), ==, 0);
  g_assert_null (find_button (GTK_WIDGET (dialog), "Use Theirs"));

  /* Undo brings the last one back, here too. */
  g_assert_true (wp_document_undo (document));
  g_assert_cmpuint (n_conflicts (document), ==, 1);
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "Use This Text"));
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_DESCRIPTION), ==, "one\ntwo, ours");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/conflicts/resolving", test_resolving);

  return g_test_run ();
}
