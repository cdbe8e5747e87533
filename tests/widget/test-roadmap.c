/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Widget tests of the Roadmap page: moving, resizing, changing lanes and
 * removing through actions; zoom and fit; the search.
 */
#include "config.h"

#include "wp-entry-editor.h"
#include "wp-roadmap-view.h"
#include "test-util.h"

static WpRoadmapView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpRoadmapView *view = g_object_new (WP_TYPE_ROADMAP_VIEW, NULL);
  WpTimeline *timeline = wp_roadmap_view_get_timeline (view);

  wp_roadmap_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 1200, 700);
  /* Allocated once, the timeline fits all entries. */
  for (int tries = 0; gtk_widget_get_width (GTK_WIDGET (timeline)) == 0 && tries < 1000; tries++)
    g_main_context_iteration (NULL, FALSE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return view;
}

static WpTimeline *
new_timeline (WpDocument *document,
              GtkWindow **window)
{
  return wp_roadmap_view_get_timeline (new_view (document, window));
}

static guint32
day_of (WpEntity *entry,
        guint     field)
{
  guint32 day = 0;

  g_assert_true (wp_date_parse (wp_entity_get_string (entry, field), &day));

  return day;
}

static void
test_keyboard_moves_keep_what_they_should (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpTimeline *timeline = new_timeline (document, &window);
  WpEntity *entry = wp_document_lookup (document, WP_KIND_ENTRY, "rm-gpx");
  guint32 start = day_of (entry, WP_ROADMAP_ENTRY_START),
          end = day_of (entry, WP_ROADMAP_ENTRY_END);
  guint step = wp_time_scale_snap_days (wp_timeline_get_scale (timeline));

  wp_timeline_select (timeline, entry);
  g_assert_true (wp_timeline_get_selected (timeline) == entry);

  /* Right: later by a snap unit, the duration kept. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "i", 1);
  g_assert_cmpuint (day_of (entry, WP_ROADMAP_ENTRY_START), ==, start + step);
  g_assert_cmpuint (day_of (entry, WP_ROADMAP_ENTRY_END), ==, end + step);

  /* Shift+Right: only the end. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.resize", "i", 1);
  g_assert_cmpuint (day_of (entry, WP_ROADMAP_ENTRY_START), ==, start + step);
  g_assert_cmpuint (day_of (entry, WP_ROADMAP_ENTRY_END), ==, end + 2 * step);

  /* Alt+Up: the lane above. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.change-lane", "i", -1);
  g_assert_cmpstr (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), ==, "lane-maps");
  /* There is none above the first. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.change-lane", "i", -1);
  g_assert_cmpstr (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), ==, "lane-maps");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move “GPX export & share links” to Another Lane");

  /* Each was one step. */
  wp_document_undo (document);
  wp_document_undo (document);
  wp_document_undo (document);
  g_assert_cmpuint (day_of (entry, WP_ROADMAP_ENTRY_START), ==, start);
  g_assert_cmpuint (day_of (entry, WP_ROADMAP_ENTRY_END), ==, end);
  g_assert_cmpstr (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), ==, "lane-planning");

  gtk_window_destroy (window);
}

static void
on_edit (WpTimeline *timeline,
         WpEntity   *entry,
         WpEntity  **edited)
{
  *edited = entry;
}

static void
test_remove_and_edit (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpTimeline *timeline = new_timeline (document, &window);
  WpEntity *entry = wp_document_lookup (document, WP_KIND_ENTRY, "rm-launch");
  WpEntity *edited = NULL;

  g_signal_connect (timeline, "edit", G_CALLBACK (on_edit), &edited);
  wp_timeline_select (timeline, entry);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.edit", NULL);
  g_assert_true (edited == entry);

  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.remove", NULL);
  g_assert_null (wp_document_lookup (document, WP_KIND_ENTRY, "rm-launch"));
  g_assert_null (wp_timeline_get_selected (timeline));
  wp_document_undo (document);
  entry = wp_document_lookup (document, WP_KIND_ENTRY, "rm-launch");
  g_assert_nonnull (entry);
  g_assert_nonnull (wp_timeline_get_bar (timeline, entry));

  gtk_window_destroy (window);
}

/* Every bar lies between the lane titles and the right edge. */
static void
assert_all_in_view (WpDocument *document,
                    WpTimeline *timeline)
{
  GListModel *entries = wp_document_get_list (document, WP_KIND_ENTRY);
  int width = gtk_widget_get_width (GTK_WIDGET (timeline));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (entries, i);
      GtkWidget *bar = wp_timeline_get_bar (timeline, entry);
      graphene_rect_t bounds;

      g_assert_nonnull (bar);
      g_assert_true (gtk_widget_get_child_visible (bar));
      g_assert_true (gtk_widget_compute_bounds (bar, GTK_WIDGET (timeline), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >, 100);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
    }
}

static void
allocate_now (WpTimeline *timeline)
{
  gtk_widget_queue_allocate (GTK_WIDGET (timeline));
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
test_zoom_and_fit (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpTimeline *timeline = new_timeline (document, &window);
  double width = wp_timeline_get_scale (timeline)->day_width;

  allocate_now (timeline);
  assert_all_in_view (document, timeline);

  wp_timeline_zoom (timeline, 4);
  g_assert_cmpfloat_with_epsilon (wp_timeline_get_scale (timeline)->day_width, width * 4, 1e-9);
  allocate_now (timeline);

  /* Ctrl+0 on the page fits all again. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "roadmap.fit", NULL);
  g_assert_cmpfloat_with_epsilon (wp_timeline_get_scale (timeline)->day_width, width, 1e-9);
  allocate_now (timeline);
  assert_all_in_view (document, timeline);

  gtk_window_destroy (window);
}

static void
test_editor_follows_and_edits (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpRoadmapView *view = new_view (document, &window);
  WpEntryEditor *editor =
    WP_ENTRY_EDITOR (find_widget (GTK_WIDGET (view), WP_TYPE_ENTRY_EDITOR, NULL));
  WpEntity *entry = wp_document_lookup (document, WP_KIND_ENTRY, "rm-gpx");
  GtkWidget *title_row = find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  GtkWidget *link_row = find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Link an Item");
  guint linked = g_strv_length ((GStrv) wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_ITEMS));

  wp_timeline_select (wp_roadmap_view_get_timeline (view), entry);
  g_assert_true (wp_entry_editor_get_entry (editor) == entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   "GPX export & share links");

  gtk_editable_set_text (GTK_EDITABLE (title_row), "  GPX export  ");
  g_signal_emit_by_name (title_row, "apply");
  g_assert_cmpstr (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_TITLE), ==, "GPX export");

  /* Typing part of a title and Enter links the first match. */
  gtk_editable_set_text (GTK_EDITABLE (link_row), "battery SAVER");
  g_signal_emit_by_name (link_row, "entry-activated");
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_ITEMS)), ==,
                    linked + 1);
  g_assert_cmpstr (
    wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM,
                                              wp_entity_get_strv (entry,
                                                                  WP_ROADMAP_ENTRY_ITEMS)[linked]),
                          WP_ITEM_TITLE),
    ==, "Battery saver mode for long hikes");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Link an Item to “GPX export”");

  wp_document_undo (document);
  wp_document_undo (document);
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   "GPX export & share links");

  gtk_window_destroy (window);
}

static void
test_lanes_added_and_kept_when_used (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpRoadmapView *view = new_view (document, &window);
  GListModel *lanes = wp_document_get_list (document, WP_KIND_LANE);
  GtkWidget *new_lane = find_widget (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW, "New Lane");
  GtkWidget *remove;

  g_assert_nonnull (new_lane);
  gtk_editable_set_text (GTK_EDITABLE (new_lane), "Research");
  g_signal_emit_by_name (new_lane, "apply");
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, 4);

  /* A lane with entries stays. */
  remove = find_widget (GTK_WIDGET (view), GTK_TYPE_BUTTON, "Remove “Business”");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_nonnull (wp_document_lookup (document, WP_KIND_LANE, "lane-business"));

  /* An empty one goes; up moves a lane. */
  remove = find_widget (GTK_WIDGET (view), GTK_TYPE_BUTTON, "Remove “Research”");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, 3);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (view), GTK_TYPE_BUTTON, "Move “Business” Up"),
                         "clicked");
  {
    g_autoptr(WpEntity) second = g_list_model_get_item (lanes, 1);

    g_assert_cmpstr (wp_entity_get_id (second), ==, "lane-business");
  }

  gtk_window_destroy (window);
}

static WpEntity *
add_dated_entry (WpDocument *document,
                 const char *id,
                 int         from,
                 int         to)
{
  g_autoptr(WpEntity) entry = wp_entity_new (WP_TYPE_ROADMAP_ENTRY, id);
  g_autofree char *start = wp_date_format (wp_date_today () + from);
  g_autofree char *end = wp_date_format (wp_date_today () + to);

  wp_document_add (document, entry);
  wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_TITLE, id);
  if (from != to)
    {
      wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_START, start);
      wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_END, end);
    }

  return entry;
}

static char *
column_titles (GtkWidget *list)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row;
       row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (titles, "%s ",
                            wp_entity_get_id (g_object_get_data (G_OBJECT (row), "wp-entry")));

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
test_now_next_later (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GtkWindow *window;
  WpRoadmapView *view = new_view (document, &window);
  GtkWidget *lists[3];
  g_autofree char *now = NULL, *next = NULL, *later = NULL;
  WpEntity *soon;

  add_dated_entry (document, "running", -5, 5);
  soon = add_dated_entry (document, "soon", 10, 20);
  add_dated_entry (document, "far", 200, 260);
  add_dated_entry (document, "finished", -50, -40);
  add_dated_entry (document, "unscheduled", 0, 0);
  wp_timeline_select (wp_roadmap_view_get_timeline (view), soon);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (view),
                                                                GTK_TYPE_TOGGLE_BUTTON,
                                                                "Now, Next, Later")),
                                TRUE);
  lists[0] = find_named (GTK_WIDGET (view), "horizon-now");
  lists[1] = find_named (GTK_WIDGET (view), "horizon-next");
  lists[2] = find_named (GTK_WIDGET (view), "horizon-later");
  now = column_titles (lists[0]);
  next = column_titles (lists[1]);
  later = column_titles (lists[2]);
  g_assert_cmpstr (now, ==, "running ");
  g_assert_cmpstr (next, ==, "soon ");
  g_assert_cmpstr (later, ==, "far unscheduled ");
  /* The selection is kept. */
  g_assert_true (
    g_object_get_data (G_OBJECT (gtk_list_box_get_selected_row (GTK_LIST_BOX (lists[1]))),
                       "wp-entry") == soon);

  gtk_window_destroy (window);
}

static void
test_search_dims_and_goes_to_the_first (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GtkWindow *window;
  WpRoadmapView *view;
  WpTimeline *timeline;
  WpEntity *soon, *far, *running;
  GtkWidget *entry, *later;
  g_autofree char *titles = NULL;

  running = add_dated_entry (document, "running", -5, 5);
  far = add_dated_entry (document, "far maps", 200, 260);
  soon = add_dated_entry (document, "soon maps", 10, 20);
  view = new_view (document, &window);
  timeline = wp_roadmap_view_get_timeline (view);

  gtk_widget_activate_action (GTK_WIDGET (view), "page.search", NULL);
  entry = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "MAPS");
  /* Without waiting for the entry's pause after typing. */
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpfloat (gtk_widget_get_opacity (wp_timeline_get_bar (timeline, running)), <, 1.0);
  g_assert_false (gtk_widget_get_focusable (wp_timeline_get_bar (timeline, running)));
  g_assert_cmpfloat (gtk_widget_get_opacity (wp_timeline_get_bar (timeline, far)), ==, 1.0);

  /* Enter: the match that starts first. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (wp_timeline_get_selected (timeline) == soon);

  /* The columns leave out what the search does not find. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (view),
                                                                GTK_TYPE_TOGGLE_BUTTON,
                                                                "Now, Next, Later")),
                                TRUE);
  g_assert_null (gtk_widget_get_first_child (find_named (GTK_WIDGET (view), "horizon-now")));
  later = find_named (GTK_WIDGET (view), "horizon-later");
  titles = column_titles (later);
  g_assert_cmpstr (titles, ==, "far maps ");

  /* Closing the search shows everything again. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (find_widget (GTK_WIDGET (view),
                                                               GTK_TYPE_SEARCH_BAR, NULL)),
                                  FALSE);
  spin ();
  g_assert_cmpfloat (gtk_widget_get_opacity (wp_timeline_get_bar (timeline, running)), ==, 1.0);
  g_assert_nonnull (gtk_widget_get_first_child (find_named (GTK_WIDGET (view), "horizon-now")));

  gtk_window_destroy (window);
}

static void
test_add_entry_without_a_drag (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  g_autoptr(WpDocument) empty = wp_document_new ();
  GtkWindow *window;
  WpRoadmapView *view = new_view (document, &window);
  WpTimeline *timeline = wp_roadmap_view_get_timeline (view);
  GListModel *entries = wp_document_get_list (document, WP_KIND_ENTRY);
  guint n = g_list_model_get_n_items (entries);
  WpEntity *added;
  guint32 start, end;

  /* Into the selected entry's lane, four weeks long, selected. */
  wp_timeline_select (timeline, wp_document_lookup (document, WP_KIND_ENTRY, "rm-launch"));
  gtk_widget_activate_action (GTK_WIDGET (view), "page.new", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n + 1);
  added = wp_timeline_get_selected (timeline);
  g_assert_cmpstr (wp_entity_get_string (added, WP_ROADMAP_ENTRY_LANE), ==, "lane-business");
  g_assert_true (wp_roadmap_entry_get_days (added, &start, &end));
  g_assert_cmpuint (end - start, ==, 27);
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n);

  /* Without lanes there is nowhere to put it. */
  wp_roadmap_view_set_document (view, empty);
  g_assert_null (wp_timeline_add_entry (timeline));
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (empty, WP_KIND_ENTRY)), ==, 0);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/roadmap/keyboard-moves-keep-what-they-should",
                   test_keyboard_moves_keep_what_they_should);
  g_test_add_func ("/roadmap/remove-and-edit", test_remove_and_edit);
  g_test_add_func ("/roadmap/zoom-and-fit", test_zoom_and_fit);
  g_test_add_func ("/roadmap/editor-follows-and-edits", test_editor_follows_and_edits);
  g_test_add_func ("/roadmap/lanes-added-and-kept-when-used", test_lanes_added_and_kept_when_used);
  g_test_add_func ("/roadmap/now-next-later", test_now_next_later);
  g_test_add_func ("/roadmap/add-entry-without-a-drag", test_add_entry_without_a_drag);
  g_test_add_func ("/roadmap/search-dims-and-goes-to-the-first",
                   test_search_dims_and_goes_to_the_first);

  return g_test_run ();
}
