/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Roadmap page of wp-bench-ui: zooming and a real drag of a bar across the timeline. */
#include "config.h"

#include "wp-bench-ui.h"
#include "wp-date.h"
#include "wp-document-private.h"
#include "wp-entity-private.h"
#include "wp-roadmap-view.h"

#define N_LANES 20

/*
 * @n_entries roadmap entries in twenty lanes over two years, overlapping in
 * pairs, each after the one before it.
 */
WpDocument *
generate_roadmap (guint n_entries)
{
  WpDocument *document = wp_document_new ();
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 today = wp_date_today ();

  for (guint i = 0; i < N_LANES; i++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%u", i);
      g_autofree char *title = g_strdup_printf ("Theme %u", i + 1);
      WpEntity *lane = wp_entity_new (WP_TYPE_LANE, id);

      take_string (lane, WP_LANE_TITLE, title);
      g_ptr_array_add (lanes, lane);
    }
  _wp_document_load_entities (document, WP_KIND_LANE, lanes);

  for (guint i = 0; i < n_entries; i++)
    {
      guint per_lane = MAX (n_entries / N_LANES, 1), k = i / N_LANES;
      guint32 start = today - 180 + k * 720 / per_lane;
      g_autofree char *id = g_strdup_printf ("entry-%u", i);
      g_autofree char *lane = g_strdup_printf ("lane-%u", i % N_LANES);
      g_autofree char *title = g_strdup_printf ("Initiative %u with a realistic name", i);
      g_autofree char *first = wp_date_format (start);
      g_autofree char *last = wp_date_format (start + 2 * 720 / per_lane);
      WpEntity *entry = wp_entity_new (WP_TYPE_ROADMAP_ENTRY, id);

      take_string (entry, WP_ROADMAP_ENTRY_LANE, lane);
      take_string (entry, WP_ROADMAP_ENTRY_TITLE, title);
      take_string (entry, WP_ROADMAP_ENTRY_START, first);
      take_string (entry, WP_ROADMAP_ENTRY_END, last);
      if (i >= N_LANES)
        {
          GValue value = G_VALUE_INIT;
          g_autofree char *before = g_strdup_printf ("entry-%u", i - N_LANES);
          const char *depends[] = { before, NULL };

          g_value_init (&value, G_TYPE_STRV);
          g_value_set_boxed (&value, depends);
          _wp_entity_take_value (entry, WP_ROADMAP_ENTRY_DEPENDS_ON, &value);
        }
      g_ptr_array_add (entries, entry);
    }
  _wp_document_load_entities (document, WP_KIND_ENTRY, entries);

  return document;
}

/* The bar of a scheduled entry in view that is wide enough to grab in the middle. */
static GtkWidget *
grabbable_bar (WpTimeline *timeline,
               WpDocument *document)
{
  GListModel *entries = wp_document_get_list (document, WP_KIND_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (entries, i);
      GtkWidget *bar = wp_timeline_get_bar (timeline, entry);

      if (bar != NULL && gtk_widget_get_child_visible (bar) && gtk_widget_get_width (bar) > 30)
        return bar;
    }

  return NULL;
}

void
bench_roadmap (WpDocument *document,
               int         n_entries)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  WpRoadmapView *view = g_object_new (WP_TYPE_ROADMAP_VIEW, NULL);
  WpTimeline *timeline = wp_roadmap_view_get_timeline (view);
  GtkWindow *window;
  GtkWidget *bar;
  graphene_point_t to;
  gint64 start = g_get_monotonic_time ();
  double first_frame_ms;
  gboolean ran = FALSE;

  wp_roadmap_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1400, 800, &frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_array_set_size (frames.frames, 0);
  for (guint i = 0; i < 120; i++)
    {
      wp_timeline_zoom (timeline, i < 60 ? 1.03 : 1 / 1.03);
      wait_for_paint (&frames);
    }
  g_print ("\nRoadmap page, %d entries in %d lanes; open page to first frame: %.1f ms", n_entries,
           N_LANES, first_frame_ms);
  print_header ("(work per frame, as above)", "frames");
  print_row ("zooming", frames.frames);

  /* A bar dragged by its middle 200 pixels to the right, held there a second. */
  bar = grabbable_bar (timeline, document);
  if (bar != NULL &&
      gtk_widget_compute_point (bar, GTK_WIDGET (timeline),
                                &GRAPHENE_POINT_INIT (gtk_widget_get_width (bar) / 2.0 + 200,
                                                      gtk_widget_get_height (bar) / 2.0),
                                &to))
    ran = real_drag (bar, GTK_WIDGET (timeline),
                     to.x / gtk_widget_get_width (GTK_WIDGET (timeline)),
                     to.y / gtk_widget_get_height (GTK_WIDGET (timeline)), "1", &frames);
  print_real_drag ("real drag of a bar", ran, document, &frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}
