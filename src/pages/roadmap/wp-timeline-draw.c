/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How WpTimeline draws what is not a bar: lane rows in alternating shades
 * with their titles in a column that stays at the left, the axis with its
 * ticks and sprints, releases as milestones, their forecasts, today as a red
 * line, dependencies as arrows, the entry being drawn out, and a hint on how
 * to edit. Colours are libadwaita's named ones, so dark mode and high
 * contrast follow.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-roadmap-export.h"
#include "wp-timeline-private.h"
#include "wp-velocity.h"

/* Drawing */

static GdkRGBA
named_color (WpTimeline *self,
             const char *name,
             double      alpha)
{
  GdkRGBA color = { 0.5, 0.5, 0.5, 1 };

  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), name, &color);
  color.alpha *= alpha;

  return color;
}

/* Text at (x, y); with a @width, cut there with an ellipsis. */
static void
append_text (WpTimeline    *self,
             GtkSnapshot   *snapshot,
             const char    *text,
             double         x,
             double         y,
             double         width,
             const GdkRGBA *color,
             gboolean       bold)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  if (bold)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Lane rows in alternating shades, and a line at every tick of the axis. */
static void
snapshot_grid (WpTimeline  *self,
               GtkSnapshot *snapshot,
               int          width,
               int          height)
{
  GdkRGBA shade = named_color (self, "window_fg_color", 0.035);
  GdkRGBA line = named_color (self, "window_fg_color", 0.08);
  guint32 first = (guint32) MAX (floor (_wp_timeline_x_day (self, self->title_width)), 1);
  double last = _wp_timeline_x_day (self, width);

  for (guint i = 0; i < wp_roadmap_layout_get_n_rows (self->layout); i += 2)
    {
      double y = HEADER_HEIGHT + wp_roadmap_geometry_row_y (self->layout, i) - self->y_offset;
      double row_height = wp_roadmap_geometry_row_height (self->layout, i);

      gtk_snapshot_append_color (snapshot, &shade, &GRAPHENE_RECT_INIT (0, y, width, row_height));
    }
  for (guint32 day = wp_time_scale_next_tick (&self->scale, first - 1); day <= last;
       day = wp_time_scale_next_tick (&self->scale, day))
    {
      double x = floor (_wp_timeline_day_x (self, day));

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (x, HEADER_HEIGHT, 1, height));
    }
}

/* The axis: ticks with labels where they fit, sprints as bands below them. */
static void
snapshot_header (WpTimeline  *self,
                 GtkSnapshot *snapshot,
                 int          width)
{
  GdkRGBA background = named_color (self, "window_bg_color", 1);
  GdkRGBA border = named_color (self, "window_fg_color", 0.15);
  GdkRGBA text = named_color (self, "window_fg_color", 0.8);
  GdkRGBA band = named_color (self, "accent_bg_color", 0.16);
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);
  guint32 first = (guint32) MAX (floor (_wp_timeline_x_day (self, self->title_width)), 1);
  double last = _wp_timeline_x_day (self, width), label_end = -G_MAXDOUBLE;

  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, width, HEADER_HEIGHT));
  for (guint32 day = wp_time_scale_next_tick (&self->scale, first - 1); day <= last;
       day = wp_time_scale_next_tick (&self->scale, day))
    {
      g_autofree char *label = wp_time_scale_tick_label (&self->scale, day);
      double x = _wp_timeline_day_x (self, day);

      gtk_snapshot_append_color (snapshot, &border, &GRAPHENE_RECT_INIT (floor (x), 0, 1, 22));
      /* A label that would run into the one before it is left out. */
      if (x + 4 > label_end)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
          int label_width;

          pango_layout_get_pixel_size (layout, &label_width, NULL);
          append_text (self, snapshot, label, x + 4, 3, 0, &text, FALSE);
          label_end = x + 4 + label_width + 8;
        }
    }

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      guint32 start, end;
      double x0, x1;

      if (!wp_sprint_get_days (sprint, &start, &end))
        continue;
      x0 = _wp_timeline_day_x (self, start);
      x1 = _wp_timeline_day_x (self, end + 1.0);
      if (x1 < self->title_width || x0 > width)
        continue;
      gtk_snapshot_append_color (snapshot, &band,
                                 &GRAPHENE_RECT_INIT (x0 + 1, 26, MAX (x1 - x0 - 2, 1), 22));
      /* A name needs room for a few letters; narrower bands are just bands. */
      if (x1 - x0 >= 32)
        append_text (self, snapshot, wp_entity_get_display_name (sprint), x0 + 5, 28, x1 - x0 - 8,
                     &text, FALSE);
    }
  gtk_snapshot_append_color (snapshot, &border,
                             &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT - 1, width, 1));
}

/* Releases as milestones: a diamond with the name at the top of the lanes, a line down. */
static void
snapshot_milestones (WpTimeline  *self,
                     GtkSnapshot *snapshot,
                     int          width,
                     int          height)
{
  GListModel *releases = wp_document_get_list (self->document, WP_KIND_RELEASE);
  GdkRGBA accent = named_color (self, "accent_color", 1);
  GdkRGBA line = named_color (self, "accent_color", 0.6);
  double lanes = height - HEADER_HEIGHT;

  for (guint i = 0, n = g_list_model_get_n_items (releases); i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      guint32 day;
      double x;

      if (!wp_date_parse (wp_entity_get_string (release, WP_RELEASE_DATE), &day))
        continue;
      /* A release ships at the end of its day. */
      x = _wp_timeline_day_x (self, day + 1.0);
      if (x < self->title_width || x > width)
        continue;
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (x - 1, HEADER_HEIGHT, 2, lanes));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, HEADER_HEIGHT + 2));
      gtk_snapshot_rotate (snapshot, 45);
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (0, 0, 8, 8));
      gtk_snapshot_restore (snapshot);
      append_text (self, snapshot, wp_entity_get_display_name (release), x + 8, HEADER_HEIGHT + 1,
                   0, &accent, TRUE);
    }
}

static void
count_forecasts (WpTimeline *self)
{
  g_autoptr(GArray) forecasts = wp_release_forecasts (self->document, wp_date_today ());

  g_array_set_size (self->forecasts, 0);
  self->forecasts_stale = FALSE;
  for (guint i = 0; i < forecasts->len; i++)
    {
      WpReleaseForecast *row = &g_array_index (forecasts, WpReleaseForecast, i);
      ForecastMark mark = { g_strdup (wp_entity_get_display_name (row->release)),
                            row->forecast.days[WP_P50], row->forecast.days[WP_P85] };

      g_array_append_val (self->forecasts, mark);
    }
}

/*
 * The release forecast (the Sprints page's): a band from the day half of the
 * simulated futures are done to the day 85 of 100 are, named at the bottom,
 * clear of the bars. Counted when drawn after a change, so that a hidden
 * roadmap never counts.
 */
static void
snapshot_forecasts (WpTimeline  *self,
                    GtkSnapshot *snapshot,
                    int          width,
                    int          height)
{
  GdkRGBA band = named_color (self, "accent_color", 0.12);
  GdkRGBA edge = named_color (self, "accent_color", 0.5);
  GdkRGBA text = named_color (self, "accent_color", 1);
  double lanes = height - HEADER_HEIGHT;

  if (self->forecasts_stale)
    count_forecasts (self);

  for (guint i = 0; i < self->forecasts->len; i++)
    {
      ForecastMark *mark = &g_array_index (self->forecasts, ForecastMark, i);
      double x0 = _wp_timeline_day_x (self, mark->p50 + 1.0);
      double x1 = _wp_timeline_day_x (self, mark->p85 + 1.0);
      /* Translators: the release forecast on the roadmap; %s is a release */
      g_autofree char *label = g_strdup_printf (_("%s forecast"), mark->release);

      if (x1 < self->title_width || x0 > width)
        continue;
      gtk_snapshot_append_color (snapshot, &band,
                                 &GRAPHENE_RECT_INIT (x0, HEADER_HEIGHT, MAX (x1 - x0, 2), lanes));
      gtk_snapshot_append_color (snapshot, &edge,
                                 &GRAPHENE_RECT_INIT (x0, HEADER_HEIGHT, 1, lanes));
      gtk_snapshot_append_color (snapshot, &edge,
                                 &GRAPHENE_RECT_INIT (x1 - 1, HEADER_HEIGHT, 1, lanes));
      append_text (self, snapshot, label, x0 + 4, height - 22, 0, &text, FALSE);
    }
}

static void
snapshot_today (WpTimeline  *self,
                GtkSnapshot *snapshot,
                int          width,
                int          height)
{
  GdkRGBA red = named_color (self, "destructive_bg_color", 1);
  double x = _wp_timeline_day_x (self, wp_date_today () + 0.5);

  if (x >= self->title_width && x <= width)
    gtk_snapshot_append_color (snapshot, &red, &GRAPHENE_RECT_INIT (x - 1, 22, 2, height - 22));
}

static void
snapshot_dependencies (WpTimeline  *self,
                       GtkSnapshot *snapshot,
                       int          width,
                       int          height)
{
  GdkRGBA normal = named_color (self, "window_fg_color", 0.45);
  GdkRGBA late = named_color (self, "destructive_color", 1);
  GHashTableIter iter;
  gpointer entry, value;
  cairo_t *cr = NULL;

  g_hash_table_iter_init (&iter, wp_roadmap_layout_get_places (self->layout));
  while (g_hash_table_iter_next (&iter, &entry, &value))
    for (const char * const *id = wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_DEPENDS_ON);
         *id; id++)
      {
        WpEntity *before = wp_document_lookup (self->document, WP_KIND_ENTRY, *id);
        const WpRoadmapPlace *other = before ? wp_roadmap_layout_lookup (self->layout, before)
                                             : NULL;
        graphene_rect_t from, to;

        if (other == NULL)
          continue;
        from = _wp_timeline_bar_rect (self, other);
        to = _wp_timeline_bar_rect (self, value);
        if (cr == NULL)
          cr = gtk_snapshot_append_cairo (snapshot,
                                          &GRAPHENE_RECT_INIT (self->title_width, HEADER_HEIGHT,
                                                               width - self->title_width,
                                                               height - HEADER_HEIGHT));
        gdk_cairo_set_source_rgba (cr, ((WpRoadmapPlace *) value)->conflict ? &late : &normal);
        wp_roadmap_draw_arrow (cr, from.origin.x + from.size.width,
                               from.origin.y + from.size.height / 2, to.origin.x,
                               to.origin.y + to.size.height / 2, to.origin.y,
                               to.origin.y + to.size.height);
      }
  g_clear_pointer (&cr, cairo_destroy);
}

/* A new entry being drawn out with the pointer. */
static void
snapshot_ghost (WpTimeline  *self,
                GtkSnapshot *snapshot)
{
  GdkRGBA fill = named_color (self, "accent_bg_color", 0.35);
  double x0, x1, y;

  if (self->drag.mode != DRAG_CREATE ||
      self->drag.row >= wp_roadmap_layout_get_n_rows (self->layout))
    return;

  x0 = _wp_timeline_day_x (self, self->drag.start);
  x1 = _wp_timeline_day_x (self, self->drag.end + 1.0);
  y = HEADER_HEIGHT + wp_roadmap_geometry_row_y (self->layout, self->drag.row) +
      WP_ROADMAP_LANE_PADDING - self->y_offset;
  gtk_snapshot_append_color (snapshot, &fill,
                             &GRAPHENE_RECT_INIT (x0, y, x1 - x0, WP_ROADMAP_BAR_HEIGHT));
}

/* The lane titles, in a column that stays at the left. */
static void
snapshot_titles (WpTimeline  *self,
                 GtkSnapshot *snapshot,
                 int          height)
{
  GdkRGBA background = named_color (self, "window_bg_color", 1);
  GdkRGBA border = named_color (self, "window_fg_color", 0.15);
  GdkRGBA text = named_color (self, "window_fg_color", 1);
  GdkRGBA dim = named_color (self, "window_fg_color", 0.55);

  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, self->title_width, height));
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT, self->title_width - 8,
                                                         height - HEADER_HEIGHT));
  for (guint i = 0; i < wp_roadmap_layout_get_n_rows (self->layout); i++)
    {
      WpEntity *lane = _wp_timeline_lane_of_row (self, i);
      double y = HEADER_HEIGHT + wp_roadmap_geometry_row_y (self->layout, i) - self->y_offset +
                 WP_ROADMAP_LANE_PADDING + 6;

      if (lane != NULL)
        append_text (self, snapshot, wp_entity_get_display_name (lane), 12, y,
                     self->title_width - 20, &text, TRUE);
      else
        append_text (self, snapshot, _("No lane"), 12, y, self->title_width - 20, &dim, FALSE);
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &border,
                             &GRAPHENE_RECT_INIT (self->title_width - 1, 0, 1, height));
}

/* Under the lanes, while there is room, how the timeline is edited. */
static void
snapshot_hint (WpTimeline  *self,
               GtkSnapshot *snapshot,
               int          width,
               int          height)
{
  GdkRGBA dim = named_color (self, "window_fg_color", 0.55);
  double y = HEADER_HEIGHT + wp_roadmap_geometry_height (self->layout) - self->y_offset + 16;
  g_autoptr(PangoLayout) layout = NULL;

  if (y + 40 > height)
    return;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                           wp_roadmap_layout_get_n_rows (self->layout) > 0
                                           ? _("Drag a bar to move it, its ends to change dates, "
                                               "empty lane space to add an entry")
                                           : _("Add a lane with the Lanes button, "
                                               "then drag in it or press Ctrl+N to add an entry"));
  pango_layout_set_width (layout, MAX (width - self->title_width - 24, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->title_width + 12, y));
  gtk_snapshot_append_layout (snapshot, layout, &dim);
  gtk_snapshot_restore (snapshot);
}

void
_wp_timeline_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  WpTimeline *self = WP_TIMELINE (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GHashTableIter iter;
  gpointer bar;

  if (self->document == NULL)
    return;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  snapshot_grid (self, snapshot, width, height);
  snapshot_forecasts (self, snapshot, width, height);
  snapshot_milestones (self, snapshot, width, height);
  snapshot_today (self, snapshot, width, height);
  snapshot_hint (self, snapshot, width, height);
  g_hash_table_iter_init (&iter, self->bars);
  while (g_hash_table_iter_next (&iter, NULL, &bar))
    gtk_widget_snapshot_child (widget, bar, snapshot);
  snapshot_dependencies (self, snapshot, width, height);
  snapshot_ghost (self, snapshot);
  snapshot_titles (self, snapshot, height);
  snapshot_header (self, snapshot, width);
  gtk_widget_snapshot_child (widget, self->drag_label, snapshot);
  gtk_snapshot_pop (snapshot);
}
