/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Widget tests of the Vision page: the board's texts, the name and the
 * Definition of Done, with undo.
 */
#include "config.h"

#include "wp-text-area.h"
#include "wp-vision-view.h"
#include "test-util.h"

/* The @nth widget of @type under @root, depth first. */
static GtkWidget *
find_nth (GtkWidget *root,
          GType      type,
          guint     *nth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*nth)-- == 0)
        return child;
      found = find_nth (child, type, nth);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find (GtkWidget *root,
      GType      type,
      guint      nth)
{
  return find_nth (root, type, &nth);
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *row = find (root, ADW_TYPE_ENTRY_ROW, i);

      if (row == NULL ||
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return row;
    }
}

static WpVisionView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpVisionView *view = g_object_new (WP_TYPE_VISION_VIEW, NULL);

  wp_vision_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 1000, 800);
  spin ();

  return view;
}

static const char *
product_text (WpDocument *document,
              guint       field)
{
  return wp_entity_get_string (WP_ENTITY (wp_document_get_product (document)), field);
}

static void
test_texts_and_name (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpVisionView *view = new_view (document, &window);
  WpTextArea *vision = WP_TEXT_AREA (find (GTK_WIDGET (view), WP_TYPE_TEXT_AREA, 0));
  WpTextArea *goals = WP_TEXT_AREA (find (GTK_WIDGET (view), WP_TYPE_TEXT_AREA, 4));
  GtkWidget *name = find (GTK_WIDGET (view), GTK_TYPE_ENTRY, 0);
  g_autofree char *old_vision = g_strdup (product_text (document, WP_PRODUCT_VISION));
  g_autofree char *shown = wp_text_area_dup_text (vision);

  g_assert_cmpstr (shown, ==, old_vision);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (vision)),
                            "Hikers trust it offline.", -1);
  wp_text_area_commit (vision);
  g_assert_cmpstr (product_text (document, WP_PRODUCT_VISION), ==, "Hikers trust it offline.");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (goals)),
                            "Reach 50,000 hikers.", -1);
  wp_text_area_commit (goals);
  g_assert_cmpstr (product_text (document, WP_PRODUCT_BUSINESS_GOALS), ==, "Reach 50,000 hikers.");

  gtk_editable_set_text (GTK_EDITABLE (name), " Trailhead Maps ");
  g_signal_emit_by_name (name, "activate");
  g_assert_cmpstr (product_text (document, WP_PRODUCT_NAME), ==, "Trailhead Maps");

  /* Undo shows in the page. */
  wp_document_undo (document);
  wp_document_undo (document);
  wp_document_undo (document);
  spin ();
  g_clear_pointer (&shown, g_free);
  shown = wp_text_area_dup_text (vision);
  g_assert_cmpstr (shown, ==, old_vision);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Trailhead");

  gtk_window_destroy (window);
}

static void
test_definition_of_done (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpVisionView *view = new_view (document, &window);
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));
  guint n = g_strv_length ((GStrv) wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE));
  g_autofree char *first =
    g_strdup (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[0]);
  g_autofree char *second =
    g_strdup (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[1]);
  GtkWidget *add = find_row (GTK_WIDGET (view), "Add a Criterion");
  GtkWidget *row;

  g_assert_nonnull (add);
  gtk_editable_set_text (GTK_EDITABLE (add), "Release notes are written");
  g_signal_emit_by_name (add, "apply");
  spin ();
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (product,
                                                               WP_PRODUCT_DEFINITION_OF_DONE)),
                    ==, n + 1);
  g_assert_cmpstr (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[n], ==,
                   "Release notes are written");

  /* Edited in its row. */
  row = find_row (GTK_WIDGET (view), "Criterion 2");
  gtk_editable_set_text (GTK_EDITABLE (row), "Code is reviewed");
  g_signal_emit_by_name (row, "apply");
  spin ();
  g_assert_cmpstr (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[1], ==,
                   "Code is reviewed");
  wp_document_undo (document);
  spin ();

  /* Moving the first down swaps it with the second. */
  row = find_row (GTK_WIDGET (view), "Criterion 1");
  g_signal_emit_by_name (find (row, GTK_TYPE_BUTTON, 2), "clicked");
  spin ();
  g_assert_cmpstr (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[0], ==, second);
  g_assert_cmpstr (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[1], ==, first);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Reorder the Definition of Done");

  wp_document_undo (document);
  wp_document_undo (document);
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (product,
                                                               WP_PRODUCT_DEFINITION_OF_DONE)),
                    ==, n);
  g_assert_cmpstr (wp_entity_get_strv (product, WP_PRODUCT_DEFINITION_OF_DONE)[0], ==, first);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/vision/texts-and-name", test_texts_and_name);
  g_test_add_func ("/vision/definition-of-done", test_definition_of_done);

  return g_test_run ();
}
