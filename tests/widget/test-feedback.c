/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Feedback page: the table, search as you type, sorting by a column. */
#include "config.h"

#include "wp-feedback-view.h"
#include "test-util.h"

static WpFeedbackView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpFeedbackView *view = g_object_new (WP_TYPE_FEEDBACK_VIEW, NULL);

  wp_feedback_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 1200, 700);
  spin ();

  return view;
}

static WpEntity *
shown_at (WpFeedbackView *view,
          guint           position)
{
  g_autoptr(WpEntity) feedback = g_list_model_get_item (wp_feedback_view_get_model (view), position);

  return feedback;
}

static void
test_search_narrows (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GListModel *model = wp_feedback_view_get_model (view);
  guint all = g_list_model_get_n_items (model);

  g_assert_cmpuint (all, ==, g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_FEEDBACK)));

  /* A customer, case does not matter. */
  wp_feedback_view_search (view, "priya");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_cmpstr (wp_entity_get_string (shown_at (view, i), WP_FEEDBACK_CUSTOMER), ==, "Priya Raman");

  /* A tag. */
  wp_feedback_view_search (view, "OFFLINE");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);

  /* Nothing, then everything again. */
  wp_feedback_view_search (view, "no customer ever said this");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  wp_feedback_view_search (view, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  gtk_window_destroy (window);
}

static void
test_sort_by_column (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GListModel *model = wp_feedback_view_get_model (view);
  guint n = g_list_model_get_n_items (model);

  /* Importance, most important first. */
  wp_feedback_view_sort (view, 4, GTK_SORT_DESCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (wp_entity_get_int (shown_at (view, i - 1), WP_FEEDBACK_IMPORTANCE), >=,
                     wp_entity_get_int (shown_at (view, i), WP_FEEDBACK_IMPORTANCE));

  /* Received, oldest first. */
  wp_feedback_view_sort (view, 0, GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_strcmp0 (wp_entity_get_string (shown_at (view, i - 1), WP_FEEDBACK_RECEIVED),
                                wp_entity_get_string (shown_at (view, i), WP_FEEDBACK_RECEIVED)), <=, 0);

  gtk_window_destroy (window);
}

static void
test_empty_document (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);

  g_assert_cmpuint (g_list_model_get_n_items (wp_feedback_view_get_model (view)), ==, 0);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/feedback/search-narrows", test_search_narrows);
  g_test_add_func ("/feedback/sort-by-column", test_sort_by_column);
  g_test_add_func ("/feedback/empty-document", test_empty_document);

  return g_test_run ();
}
