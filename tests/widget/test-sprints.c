/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Sprints page: sprints by state, planning one, starting and closing, each one undo step. */
#include "config.h"

#include <string.h>

#include "wp-sprints-view.h"
#include "wp-time-scale.h"
#include "wp-velocity.h"
#include "test-util.h"

static WpSprintsView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpSprintsView *view = g_object_new (WP_TYPE_SPRINTS_VIEW, NULL);

  wp_sprints_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 900, 700);
  spin ();

  return view;
}

/* The group a sprint's row is listed under. */
static const char *
group_of_row (WpSprintsView *view,
              const char    *name)
{
  GtkWidget *row = find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, name);

  g_assert_nonnull (row);

  return adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)));
}

static void
test_sample_by_state (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GListModel *sprints = wp_document_get_list (document, WP_KIND_SPRINT);
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);

  g_assert_cmpuint (g_list_model_get_n_items (sprints), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (sprints); i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      const char *state = wp_entity_get_string (sprint, WP_SPRINT_STATE);
      const char *group = group_of_row (view, wp_entity_get_display_name (sprint));

      g_assert_cmpstr (group, ==, g_str_equal (state, "active") ? "Active" : g_str_equal (state, "closed") ? "Closed" : "Planned");
    }
  /* The newest closed sprint first. */
  {
    GtkWidget *closed = find_widget (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP, NULL);
    GtkWidget *first_closed = NULL;

    while (closed != NULL && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (closed)), "Closed") != 0)
      closed = gtk_widget_get_next_sibling (closed);
    g_assert_nonnull (closed);
    first_closed = find_widget (closed, ADW_TYPE_ACTION_ROW, NULL);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_closed)), ==, "Sprint 3");
  }

  gtk_window_destroy (window);
}

static void
test_plan_start_close (void)
{
  g_autoptr(WpDocument) document = wp_document_new_product ();
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);
  WpEntity *first, *second;
  g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, NULL);
  g_autoptr(WpEntity) planned = NULL;
  guint32 start, end;

  /* Ctrl+N plans "Sprint 1" from today for two weeks. */
  gtk_widget_activate_action (GTK_WIDGET (view), "page.new", NULL);
  planned = g_list_model_get_item (wp_document_get_list (document, WP_KIND_SPRINT), 0);
  first = planned;
  g_assert_cmpstr (wp_entity_get_string (first, WP_SPRINT_NAME), ==, "Sprint 1");
  g_assert_true (wp_date_parse (wp_entity_get_string (first, WP_SPRINT_START), &start));
  g_assert_true (wp_date_parse (wp_entity_get_string (first, WP_SPRINT_END), &end));
  g_assert_cmpuint (start, ==, wp_date_today ());
  g_assert_cmpuint (end, ==, start + 13);
  g_assert_cmpstr (group_of_row (view, "Sprint 1"), ==, "Planned");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==, "Plan “Sprint 1”");

  /* The next follows it. */
  second = wp_sprints_view_add_sprint (view);
  g_assert_cmpstr (wp_entity_get_string (second, WP_SPRINT_NAME), ==, "Sprint 2");
  g_assert_true (wp_date_parse (wp_entity_get_string (second, WP_SPRINT_START), &start));
  g_assert_cmpuint (start, ==, end + 1);

  /* Started; a second cannot start while it runs. */
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.start", "s", wp_entity_get_id (first));
  g_assert_cmpstr (group_of_row (view, "Sprint 1"), ==, "Active");
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.start", "s", wp_entity_get_id (second));
  g_assert_cmpstr (wp_entity_get_string (second, WP_SPRINT_STATE), ==, "planned");

  /* Closed: its unfinished item leaves it; undo brings both back. */
  wp_document_add (document, item);
  wp_document_set_number (document, item, WP_ITEM_ESTIMATE, 5);
  wp_document_set_string (document, item, WP_ITEM_SPRINT, wp_entity_get_id (first));
  spin ();
  g_assert_cmpfloat (wp_sprint_committed_points (document, first), ==, 5);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW,
                                                                                      "Sprint 1"))), "of 5 points"));
  /* A hidden page counts again when it shows. */
  gtk_widget_set_visible (GTK_WIDGET (view), FALSE);
  wp_document_set_number (document, item, WP_ITEM_ESTIMATE, 8);
  spin ();
  gtk_widget_set_visible (GTK_WIDGET (view), TRUE);
  spin ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW,
                                                                                      "Sprint 1"))), "of 8 points"));
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.close", "s", wp_entity_get_id (first));
  g_assert_cmpstr (group_of_row (view, "Sprint 1"), ==, "Closed");
  g_assert_null (wp_entity_get_string (item, WP_ITEM_SPRINT));
  wp_document_undo (document);
  spin ();
  g_assert_cmpstr (group_of_row (view, "Sprint 1"), ==, "Active");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_SPRINT), ==, wp_entity_get_id (first));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sprints/sample-by-state", test_sample_by_state);
  g_test_add_func ("/sprints/plan-start-close", test_plan_start_close);

  return g_test_run ();
}
