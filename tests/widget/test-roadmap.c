/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Roadmap page: moving, resizing, changing lanes and removing through actions; zoom and fit. */
#include "config.h"

#include "wp-roadmap-view.h"
#include "test-util.h"

static WpTimeline *
new_timeline (WpDocument *document,
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

  return timeline;
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
  guint32 start = day_of (entry, WP_ROADMAP_ENTRY_START), end = day_of (entry, WP_ROADMAP_ENTRY_END);
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/roadmap/keyboard-moves-keep-what-they-should", test_keyboard_moves_keep_what_they_should);
  g_test_add_func ("/roadmap/remove-and-edit", test_remove_and_edit);
  g_test_add_func ("/roadmap/zoom-and-fit", test_zoom_and_fit);

  return g_test_run ();
}
