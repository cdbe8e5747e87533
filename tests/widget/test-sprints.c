/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Widget tests of the Sprints page: sprints by state, planning one, editing
 * it, planning its items, starting and closing, each one undo step.
 */
#include "config.h"

#include <string.h>

#include "test-util.h"
#include "wp-date.h"
#include "wp-page.h"
#include "wp-sprints-view.h"
#include "wp-date-button.h"
#include "wp-date.h"
#include "wp-throughput-forecast.h"
#include "wp-velocity.h"

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

/* The sprints in the sidebar, top to bottom, as "Name (Group)" where a group begins. */
static char *
sidebar_text (WpSprintsView *view)
{
  GtkWidget *list = find_named (GTK_WIDGET (view), "sprint_list");
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *header;
      GtkWidget *name;

      if (!GTK_IS_LIST_BOX_ROW (row) || !gtk_widget_get_visible (row))
        continue;
      header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));
      name = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      if (header != NULL)
        g_string_append_printf (text, "%s%s:", text->len > 0 ? " " : "",
                                gtk_label_get_text (GTK_LABEL (header)));
      g_string_append_printf (text, " %s", gtk_label_get_text (GTK_LABEL (name)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
label_text (WpSprintsView *view,
            const char    *name)
{
  return gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (view), name)));
}

/* The titles of a planning list's rows. */
static char *
list_titles (WpSprintsView *view,
             const char    *name)
{
  GtkWidget *list = find_named (GTK_WIDGET (view), name);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_string_append_printf (titles, "%s%s", titles->len > 0 ? "|" : "",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
test_sample_by_state (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);
  g_autofree char *sidebar = sidebar_text (view);
  g_autofree char *planned = NULL;

  /* Active, planned, then closed newest first; the active one is shown. */
  g_assert_cmpstr (sidebar, ==,
                   "Active: Sprint 4 Planned: Sprint 5 Closed: Sprint 3 Sprint 2 Sprint 1");
  g_assert_cmpstr (label_text (view, "name_label"), ==, "Sprint 4");
  g_assert_cmpstr (label_text (view, "facts_label"), ==,
                   "23 Nov 2026 – 4 Dec 2026 · 5 of 28 points");
  planned = list_titles (view, "sprint_items");
  g_assert_true (g_str_has_prefix (planned, "Delete downloaded regions to free up space|"));
  /* 28 planned against 24.7, the average of 24, 26 and 24. */
  g_assert_nonnull (strstr (label_text (view, "capacity_label"), "3.3 over the capacity of 24.7"));

  gtk_window_destroy (window);
}

static WpEntity *
first_open_item (WpDocument *document)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (wp_entity_get_string (item, WP_ITEM_SPRINT) == NULL &&
          wp_entity_get_string (item, WP_ITEM_DONE) == NULL &&
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_KIND), "epic") != 0)
        return item;
    }

  return NULL;
}

/* Enter on a backlog row plans it in; on a sprint row, out again; each one undo step. */
static void
test_plan_with_keyboard (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);
  WpEntity *item = first_open_item (document);
  const char *title = wp_entity_get_display_name (item);
  GtkWidget *row;
  g_autofree char *backlog = list_titles (view, "backlog_items");

  g_assert_true (g_str_has_prefix (backlog, title));
  row = find_widget (find_named (GTK_WIDGET (view), "backlog_items"), ADW_TYPE_ACTION_ROW, title);
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "backlog_items"), "row-activated", row);
  spin ();
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_SPRINT), ==, "sprint-4");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Add “Overdue alert if I haven't checked in by my return time” to “Sprint 4”");
  g_assert_nonnull (find_widget (find_named (GTK_WIDGET (view), "sprint_items"),
                                 ADW_TYPE_ACTION_ROW, title));

  row = find_widget (find_named (GTK_WIDGET (view), "sprint_items"), ADW_TYPE_ACTION_ROW, title);
  g_signal_emit_by_name (find_named (GTK_WIDGET (view), "sprint_items"), "row-activated", row);
  spin ();
  g_assert_null (wp_entity_get_string (item, WP_ITEM_SPRINT));

  /* A new sprint has no items yet: its list says how to plan one, after every refill. */
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.add", NULL);
  spin ();
  g_assert_cmpstr (label_text (view, "name_label"), ==, "Sprint 6");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (
                                     find_named (GTK_WIDGET (view), "sprint_items")))),
                                   "Drag items here"));

  gtk_window_destroy (window);
}

/* Name, goal, dates and the goal's outcome, each one undo step. */
static void
test_edit_details (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT, "sprint-4");
  GtkWidget *goal = find_named (GTK_WIDGET (view), "goal_row");
  GtkWidget *start = find_named (GTK_WIDGET (view), "start_button");
  guint32 day;

  gtk_editable_set_text (GTK_EDITABLE (goal), "  Record a hike all day  ");
  g_signal_emit_by_name (goal, "apply");
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_GOAL), ==, "Record a hike all day");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Change the Sprint Goal");

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (view), "outcome_row")), 2);
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_GOAL_MET), ==, "partly");

  /* A first day after the last takes the last along. */
  g_assert_true (wp_date_parse ("2026-12-10", &day));
  g_signal_emit_by_name (start, "day-chosen", day);
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_START), ==, "2026-12-10");
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_END), ==, "2026-12-10");
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_START), ==, "2026-11-23");
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_END), ==, "2026-12-04");

  /* Showing another sprint does not edit it. */
  wp_document_undo (document);
  spin ();
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_GOAL_MET), ==, NULL);

  gtk_window_destroy (window);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
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
  g_autofree char *sidebar = NULL;
  AdwMessageDialog *dialog;
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
  g_assert_cmpstr (sidebar = sidebar_text (view), ==, "Planned: Sprint 1");
  g_clear_pointer (&sidebar, g_free);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Plan “Sprint 1”");

  /* The next follows it. */
  second = wp_sprints_view_add_sprint (view);
  g_assert_cmpstr (wp_entity_get_string (second, WP_SPRINT_NAME), ==, "Sprint 2");
  g_assert_true (wp_date_parse (wp_entity_get_string (second, WP_SPRINT_START), &start));
  g_assert_cmpuint (start, ==, end + 1);

  /* Started; a second cannot start while it runs. */
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.start", "s", wp_entity_get_id (first));
  g_assert_cmpstr (sidebar = sidebar_text (view), ==, "Active: Sprint 1 Planned: Sprint 2");
  g_clear_pointer (&sidebar, g_free);
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.start", "s", wp_entity_get_id (second));
  g_assert_cmpstr (wp_entity_get_string (second, WP_SPRINT_STATE), ==, "planned");

  /* Closed: its unfinished item leaves it; undo brings both back. */
  wp_document_add (document, item);
  wp_document_set_number (document, item, WP_ITEM_ESTIMATE, 5);
  wp_document_set_string (document, item, WP_ITEM_SPRINT, wp_entity_get_id (first));
  spin ();
  g_assert_cmpfloat (wp_sprint_committed_points (document, first), ==, 5);
  gtk_list_box_select_row (GTK_LIST_BOX (find_named (GTK_WIDGET (view), "sprint_list")),
                           gtk_list_box_get_row_at_index (
                             GTK_LIST_BOX (find_named (GTK_WIDGET (view), "sprint_list")), 0));
  g_assert_nonnull (strstr (label_text (view, "facts_label"), "of 5 points"));
  /* A hidden page counts again when it shows. */
  gtk_widget_set_visible (GTK_WIDGET (view), FALSE);
  wp_document_set_number (document, item, WP_ITEM_ESTIMATE, 8);
  spin ();
  gtk_widget_set_visible (GTK_WIDGET (view), TRUE);
  spin ();
  g_assert_nonnull (strstr (label_text (view, "facts_label"), "of 8 points"));

  /* Close asks where the unfinished item goes: the top of the backlog… */
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.close", "s", wp_entity_get_id (first));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "next"));
  adw_message_dialog_response (dialog, "backlog");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (sidebar = sidebar_text (view), ==, "Planned: Sprint 2 Closed: Sprint 1");
  g_clear_pointer (&sidebar, g_free);
  g_assert_null (wp_entity_get_string (item, WP_ITEM_SPRINT));
  wp_document_undo (document);
  spin ();
  g_assert_cmpstr (sidebar = sidebar_text (view), ==, "Active: Sprint 1 Planned: Sprint 2");
  g_clear_pointer (&sidebar, g_free);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_SPRINT), ==, wp_entity_get_id (first));

  /* …or into the next sprint. */
  gtk_widget_activate_action (GTK_WIDGET (view), "sprints.close", "s", wp_entity_get_id (first));
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "next");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_SPRINT), ==, wp_entity_get_id (second));
  g_assert_cmpstr (wp_entity_get_string (first, WP_SPRINT_STATE), ==, "closed");

  gtk_window_destroy (window);
}

static void
test_search (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);
  GtkWidget *bar = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_BAR, NULL);
  GtkWidget *entry = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_autofree char *everything = sidebar_text (view);
  g_autofree char *found = NULL;
  g_autofree char *again = NULL;

  g_assert_true (wp_page_search (WP_PAGE (view)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "ROUTE");
  g_signal_emit_by_name (entry, "search-changed");
  spin ();
  found = sidebar_text (view);
  g_assert_cmpstr (found, ==, "Closed: Sprint 3 Sprint 2");

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
  spin ();
  again = sidebar_text (view);
  g_assert_cmpstr (again, ==, everything);

  gtk_window_destroy (window);
}

/* Each release's days from the items done a day, beside the velocity forecast. */
static void
test_throughput_forecast (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpSprintsView *view = new_view (document, &window);
  GtkWidget *group, *spin_button, *row;
  g_autofree char *before = NULL;

  spin ();
  group = find_widget (GTK_WIDGET (view), WP_TYPE_THROUGHPUT_FORECAST, NULL);
  g_assert_nonnull (group);
  row = find_widget (group, ADW_TYPE_ACTION_ROW, "MVP");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "items left · 85%: "));
  before = g_strdup (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)));
  g_assert_nonnull (strstr (before, "From the items done on each day from "));

  /* A shorter history: another period said, the days forecast again. */
  spin_button = find_widget (group, GTK_TYPE_SPIN_BUTTON, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin_button), 30);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), !=,
                   before);

  /* How many items by a day: four weeks on at first; a day gone by has no answer. */
  row = find_widget (group, ADW_TYPE_ACTION_ROW, "Items Done By");
  g_assert_nonnull (row);
  g_assert_true (g_regex_match_simple ("^85%: \\d+ items? or more · 50%: \\d+ or more$",
                                       adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), 0, 0));
  {
    GtkWidget *button = find_widget (row, WP_TYPE_DATE_BUTTON, NULL);
    g_autofree char *tomorrow = wp_date_format (wp_date_today () + 1);

    /* A day picked in the calendar is shown and asked about. */
    g_signal_emit_by_name (button, "day-chosen", wp_date_today () - 1);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "Pick a day from today on");
    g_signal_emit_by_name (button, "day-chosen", wp_date_today () + 1);
    g_assert_cmpstr (wp_date_button_get_date (WP_DATE_BUTTON (button)), ==, tomorrow);
    g_assert_true (g_regex_match_simple ("^85%: \\d+ items? or more · 50%: \\d+ or more$",
                                         adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), 0, 0));
  }

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
  g_test_add_func ("/sprints/plan-with-keyboard", test_plan_with_keyboard);
  g_test_add_func ("/sprints/edit-details", test_edit_details);
  g_test_add_func ("/sprints/search", test_search);
  g_test_add_func ("/sprints/throughput-forecast", test_throughput_forecast);

  return g_test_run ();
}
