/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpTimeline draws the roadmap: a time axis on top, the lanes as rows with
 * their titles at the left, each scheduled entry as a WpRoadmapBar child in
 * its lane (entries that overlap in time stack in tracks), sprints as bands
 * along the axis, releases as milestones with a line, today as a red line,
 * and dependencies as arrows. It scrolls in time and zooms itself; its
 * header and lane titles stay in place.
 *
 * Bars are edited by direct manipulation: dragging the middle moves a bar in
 * time and to another lane, dragging an end changes that date, dragging on
 * empty lane space creates an entry, dragging the axis scrolls. Each gesture
 * is one undo step. The focused bar is the selection; arrow keys move it.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-roadmap-bar.h"
#include "wp-roadmap-export.h"
#include "wp-roadmap-geometry.h"
#include "wp-roadmap-layout.h"
#include "wp-timeline.h"
#include "wp-velocity.h"

#define HEADER_HEIGHT   52.0
#define TITLE_WIDTH    168.0   /* the lane titles' column; narrower in a narrow window */
#define MIN_TITLE_WIDTH 96.0
#define EDGE             7.0   /* how far into a bar its ends can be grabbed */
#define MIN_EDGED_BAR   28.0   /* narrower bars only move */
#define WHEEL_STEP      48.0
#define ZOOM_STEP        1.25
#define DRAG_THRESHOLD   4.0

typedef enum {
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
  DRAG_CREATE,
  DRAG_PAN,
} DragMode;

typedef struct {
  DragMode  mode;
  WpEntity *entry;
  double    press_x, press_y, press_day;
  guint32   start, end;        /* the preview */
  guint     row;
  guint32   orig_start, orig_end;
  guint     orig_row;
  double    orig_origin, orig_y_offset;
  gboolean  moved;             /* past the threshold: a click is not a drag */
} Drag;

struct _WpTimeline
{
  GtkWidget    parent_instance;

  WpDocument  *document;
  WpTimeScale  scale;
  double       y_offset;
  gboolean     fitted;
  GHashTable  *bars;       /* entry → its WpRoadmapBar */
  WpRoadmapLayout *layout;
  WpEntity    *selected;
  GtkWidget   *drag_label;
  Drag         drag;
  double       pointer_x;
  double       zoom_scale;
  double       title_width;
  guint        progress_source;
  GArray      *forecasts;          /* (element-type ForecastMark) */
  gboolean     forecasts_stale;    /* counted again when next drawn */
};

/* When the work above a release's line is likely (50%) and safely (85%) done. */
typedef struct {
  char    *release;
  guint32  p50;
  guint32  p85;
} ForecastMark;

G_DEFINE_FINAL_TYPE (WpTimeline, wp_timeline, GTK_TYPE_WIDGET)

enum {
  EDIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Layout */

static const WpRoadmapPlace *
place_of (WpTimeline *self,
          WpEntity   *entry)
{
  return wp_roadmap_layout_lookup (self->layout, entry);
}

static guint
n_rows (WpTimeline *self)
{
  return wp_roadmap_layout_get_n_rows (self->layout);
}

static const WpRoadmapRow *
row_at_index (WpTimeline *self,
              guint       row)
{
  return wp_roadmap_layout_get_row (self->layout, row);
}

/* Every entry placed, the one being dragged where the drag has it. */
static void
compute_places (WpTimeline *self)
{
  WpRoadmapPlace preview = { self->drag.start, self->drag.end, self->drag.row, 0, FALSE };
  gboolean dragging = self->drag.entry != NULL && self->drag.mode != DRAG_NONE;

  wp_roadmap_layout_compute (self->layout, self->document, dragging ? self->drag.entry : NULL,
                             dragging ? &preview : NULL);
}

static guint
lane_color (WpTimeline *self,
            guint       row)
{
  return row_at_index (self, row)->lane == NULL ? 7 : row;
}

/* Bars follow the entries: one for each scheduled entry, with what it shows. */
static void
sync_bars (WpTimeline *self)
{
  GHashTableIter iter;
  gpointer entry, value;

  g_hash_table_iter_init (&iter, self->bars);
  while (g_hash_table_iter_next (&iter, &entry, &value))
    if (!g_hash_table_contains (wp_roadmap_layout_get_places (self->layout), entry))
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }

  g_hash_table_iter_init (&iter, wp_roadmap_layout_get_places (self->layout));
  while (g_hash_table_iter_next (&iter, &entry, &value))
    {
      const WpRoadmapPlace *place = value;
      GtkWidget *bar = g_hash_table_lookup (self->bars, entry);
      WpEntity *lane = row_at_index (self, place->row)->lane;
      g_autofree char *dates = wp_date_describe_span (place->start, place->end);
      /* Translators: where a roadmap bar is, for screen readers: its lane, then its dates */
      g_autofree char *where = g_strdup_printf (_("%s, %s"), lane ? wp_entity_get_display_name (lane) : _("No lane"),
                                               dates);

      if (bar == NULL)
        {
          bar = wp_roadmap_bar_new (entry);
          /* Before the drag label, which stays on top. */
          gtk_widget_insert_before (bar, GTK_WIDGET (self), self->drag_label);
          g_hash_table_insert (self->bars, entry, bar);
        }
      wp_roadmap_bar_set_facts (WP_ROADMAP_BAR (bar), where, wp_roadmap_entry_get_progress (self->document, entry),
                                place->conflict, lane_color (self, place->row));
    }
}

/* After a change of the document: everything is placed again. */
static void
rebuild (WpTimeline *self)
{
  if (self->document == NULL)
    return;

  compute_places (self);
  sync_bars (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
refresh_progress (gpointer user_data)
{
  WpTimeline *self = user_data;

  self->progress_source = 0;
  if (self->document != NULL)
    sync_bars (self);

  return G_SOURCE_REMOVE;
}

static void
queue_progress (WpTimeline *self)
{
  if (self->progress_source == 0)
    self->progress_source = g_idle_add (refresh_progress, self);
}

static void
forget_forecasts (WpTimeline *self)
{
  self->forecasts_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_document_changed (WpTimeline *self,
                     WpEntity   *entity,
                     guint       field)
{
  /*
   * Entries and lanes move bars; an item's status or estimate only changes
   * the progress, counted once after a run of changes (a backlog drop
   * changes many items); sprints and releases change what the axis shows.
   */
  /* The forecast follows the points left above release lines and the velocity of closed sprints. */
  if (WP_IS_SPRINT (entity) || WP_IS_RELEASE (entity) ||
      (WP_IS_ITEM (entity) && (field == WP_ITEM_DONE || field == WP_ITEM_RANK || field == WP_ITEM_ESTIMATE ||
                               field == WP_ITEM_SPRINT)))
    forget_forecasts (self);
  if (WP_IS_ROADMAP_ENTRY (entity) || WP_IS_LANE (entity))
    rebuild (self);
  else if (WP_IS_ITEM (entity) && (field == WP_ITEM_STATUS || field == WP_ITEM_ESTIMATE))
    queue_progress (self);
  else if (!WP_IS_ITEM (entity))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Geometry */

static double
day_x (WpTimeline *self,
       double      day)
{
  return self->title_width + wp_time_scale_to_x (&self->scale, day);
}

static double
x_day (WpTimeline *self,
       double      x)
{
  return wp_time_scale_to_day (&self->scale, x - self->title_width);
}

static graphene_rect_t
bar_rect (WpTimeline           *self,
          const WpRoadmapPlace *place)
{
  double x0 = day_x (self, place->start), x1 = day_x (self, place->end + 1.0);
  double y = HEADER_HEIGHT + wp_roadmap_geometry_bar_y (self->layout, place) - self->y_offset;

  return GRAPHENE_RECT_INIT (x0, y, MAX (x1 - x0, 2), WP_ROADMAP_BAR_HEIGHT);
}

/* The row under a y of the widget, or G_MAXUINT. */
static guint
row_at (WpTimeline *self,
        double      y)
{
  return wp_roadmap_geometry_row_at (self->layout, y - HEADER_HEIGHT + self->y_offset);
}

static void
clamp_y_offset (WpTimeline *self)
{
  double room = gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_HEIGHT;

  self->y_offset = CLAMP (self->y_offset, 0, MAX (wp_roadmap_geometry_height (self->layout) - room, 0));
}

/* Measuring and allocating */

static void
wp_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  WpTimeline *self = WP_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_TITLE_WIDTH + 120;
      *natural = TITLE_WIDTH + 600;
    }
  else
    {
      *minimum = HEADER_HEIGHT + WP_ROADMAP_BAR_HEIGHT + 2 * WP_ROADMAP_LANE_PADDING;
      *natural = HEADER_HEIGHT + MAX (wp_roadmap_geometry_height (self->layout), 200);
    }
}

static void
allocate_drag_label (WpTimeline *self,
                     int         width)
{
  int label_width, label_height;
  double x, y;
  const WpRoadmapPlace *place;
  graphene_rect_t rect;

  if (!gtk_widget_get_visible (self->drag_label))
    return;

  gtk_widget_measure (self->drag_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &label_width, NULL, NULL);
  gtk_widget_measure (self->drag_label, GTK_ORIENTATION_VERTICAL, label_width, NULL, &label_height, NULL, NULL);
  place = self->drag.entry ? place_of (self, self->drag.entry) : NULL;
  if (place != NULL)
    {
      rect = bar_rect (self, place);
      x = rect.origin.x;
      y = rect.origin.y - label_height - 4;
    }
  else
    {
      x = MIN (self->drag.press_x, self->pointer_x);
      y = self->drag.press_y - label_height - 8;
    }
  x = CLAMP (x, self->title_width, MAX (width - label_width, self->title_width));
  y = MAX (y, HEADER_HEIGHT);
  gtk_widget_size_allocate (self->drag_label, &(GtkAllocation) { x, y, label_width, label_height }, -1);
}

static void
wp_timeline_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  WpTimeline *self = WP_TIMELINE (widget);
  GHashTableIter iter;
  gpointer entry, bar;

  self->title_width = CLAMP (width / 3.0, MIN_TITLE_WIDTH, TITLE_WIDTH);
  if (!self->fitted && self->document != NULL && width > self->title_width)
    {
      self->fitted = TRUE;
      wp_timeline_fit_all (self);
    }
  clamp_y_offset (self);

  g_hash_table_iter_init (&iter, self->bars);
  while (g_hash_table_iter_next (&iter, &entry, &bar))
    {
      graphene_rect_t rect = bar_rect (self, place_of (self, entry));
      gboolean shown = rect.origin.x + rect.size.width > self->title_width && rect.origin.x < width &&
                       rect.origin.y + rect.size.height > HEADER_HEIGHT && rect.origin.y < height;

      gtk_widget_set_child_visible (bar, shown);
      if (!shown)
        continue;
      wp_roadmap_bar_set_text_offset (WP_ROADMAP_BAR (bar), self->title_width - rect.origin.x);
      gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (bar, &(GtkAllocation) { floor (rect.origin.x), floor (rect.origin.y),
                                                        ceil (rect.size.width), rect.size.height }, -1);
    }
  allocate_drag_label (self, width);
}

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
  guint32 first = (guint32) MAX (floor (x_day (self, self->title_width)), 1);
  double last = x_day (self, width);

  for (guint i = 0; i < n_rows (self); i += 2)
    {
      double y = HEADER_HEIGHT + wp_roadmap_geometry_row_y (self->layout, i) - self->y_offset;

      gtk_snapshot_append_color (snapshot, &shade,
                                 &GRAPHENE_RECT_INIT (0, y, width,
                                                      wp_roadmap_geometry_row_height (self->layout, i)));
    }
  for (guint32 day = wp_time_scale_next_tick (&self->scale, first - 1); day <= last;
       day = wp_time_scale_next_tick (&self->scale, day))
    gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (floor (day_x (self, day)), HEADER_HEIGHT, 1, height));
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
  guint32 first = (guint32) MAX (floor (x_day (self, self->title_width)), 1);
  double last = x_day (self, width), label_end = -G_MAXDOUBLE;

  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, HEADER_HEIGHT));
  for (guint32 day = wp_time_scale_next_tick (&self->scale, first - 1); day <= last;
       day = wp_time_scale_next_tick (&self->scale, day))
    {
      g_autofree char *label = wp_time_scale_tick_label (&self->scale, day);
      double x = day_x (self, day);

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
      x0 = day_x (self, start);
      x1 = day_x (self, end + 1.0);
      if (x1 < self->title_width || x0 > width)
        continue;
      gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (x0 + 1, 26, MAX (x1 - x0 - 2, 1), 22));
      /* A name needs room for a few letters; narrower bands are just bands. */
      if (x1 - x0 >= 32)
        append_text (self, snapshot, wp_entity_get_display_name (sprint), x0 + 5, 28, x1 - x0 - 8, &text, FALSE);
    }
  gtk_snapshot_append_color (snapshot, &border, &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT - 1, width, 1));
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

  for (guint i = 0, n = g_list_model_get_n_items (releases); i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      guint32 day;
      double x;

      if (!wp_date_parse (wp_entity_get_string (release, WP_RELEASE_DATE), &day))
        continue;
      /* A release ships at the end of its day. */
      x = day_x (self, day + 1.0);
      if (x < self->title_width || x > width)
        continue;
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x - 1, HEADER_HEIGHT, 2, height - HEADER_HEIGHT));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, HEADER_HEIGHT + 2));
      gtk_snapshot_rotate (snapshot, 45);
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (0, 0, 8, 8));
      gtk_snapshot_restore (snapshot);
      append_text (self, snapshot, wp_entity_get_display_name (release), x + 8, HEADER_HEIGHT + 1, 0, &accent, TRUE);
    }
}

static void
forecast_mark_clear (gpointer data)
{
  g_free (((ForecastMark *) data)->release);
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
      ForecastMark mark = { g_strdup (wp_entity_get_display_name (row->release)), row->forecast.day_p50,
                            row->forecast.day_p85 };

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

  if (self->forecasts_stale)
    count_forecasts (self);

  for (guint i = 0; i < self->forecasts->len; i++)
    {
      ForecastMark *mark = &g_array_index (self->forecasts, ForecastMark, i);
      double x0 = day_x (self, mark->p50 + 1.0), x1 = day_x (self, mark->p85 + 1.0);
      /* Translators: the release forecast on the roadmap; %s is a release */
      g_autofree char *label = g_strdup_printf (_("%s forecast"), mark->release);

      if (x1 < self->title_width || x0 > width)
        continue;
      gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (x0, HEADER_HEIGHT, MAX (x1 - x0, 2), height - HEADER_HEIGHT));
      gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (x0, HEADER_HEIGHT, 1, height - HEADER_HEIGHT));
      gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (x1 - 1, HEADER_HEIGHT, 1, height - HEADER_HEIGHT));
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
  double x = day_x (self, wp_date_today () + 0.5);

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
    for (const char * const *id = wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_DEPENDS_ON); *id; id++)
      {
        WpEntity *before = wp_document_lookup (self->document, WP_KIND_ENTRY, *id);
        const WpRoadmapPlace *other = before ? place_of (self, before) : NULL;
        graphene_rect_t from, to;

        if (other == NULL)
          continue;
        from = bar_rect (self, other);
        to = bar_rect (self, value);
        if (cr == NULL)
          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (self->title_width, HEADER_HEIGHT, width - self->title_width,
                                                                            height - HEADER_HEIGHT));
        gdk_cairo_set_source_rgba (cr, ((WpRoadmapPlace *) value)->conflict ? &late : &normal);
        wp_roadmap_draw_arrow (cr, from.origin.x + from.size.width, from.origin.y + from.size.height / 2,
                               to.origin.x, to.origin.y + to.size.height / 2, to.origin.y, to.origin.y + to.size.height);
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

  if (self->drag.mode != DRAG_CREATE || self->drag.row >= n_rows (self))
    return;

  x0 = day_x (self, self->drag.start);
  x1 = day_x (self, self->drag.end + 1.0);
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

  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, self->title_width, height));
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT, self->title_width - 8, height - HEADER_HEIGHT));
  for (guint i = 0; i < n_rows (self); i++)
    {
      const WpRoadmapRow *row = row_at_index (self, i);
      double y = HEADER_HEIGHT + wp_roadmap_geometry_row_y (self->layout, i) - self->y_offset +
                 WP_ROADMAP_LANE_PADDING + 6;

      if (row->lane != NULL)
        append_text (self, snapshot, wp_entity_get_display_name (row->lane), 12, y, self->title_width - 20, &text, TRUE);
      else
        append_text (self, snapshot, _("No lane"), 12, y, self->title_width - 20, &dim, FALSE);
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &border, &GRAPHENE_RECT_INIT (self->title_width - 1, 0, 1, height));
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
                                           n_rows (self) > 0
                                           ? _("Drag a bar to move it, its ends to change dates, empty lane space to add an entry")
                                           : _("Add a lane with the Lanes button, then drag in it or press Ctrl+N to add an entry"));
  pango_layout_set_width (layout, MAX (width - self->title_width - 24, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->title_width + 12, y));
  gtk_snapshot_append_layout (snapshot, layout, &dim);
  gtk_snapshot_restore (snapshot);
}

static void
wp_timeline_snapshot (GtkWidget   *widget,
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

/* Scrolling and zooming */

/**
 * wp_timeline_zoom:
 * @self: a timeline
 * @factor: how much wider days get
 *
 * Zooms around the middle of what is shown.
 */
void
wp_timeline_zoom (WpTimeline *self,
                  double      factor)
{
  g_return_if_fail (WP_IS_TIMELINE (self));

  wp_time_scale_zoom (&self->scale, factor, (gtk_widget_get_width (GTK_WIDGET (self)) - self->title_width) / 2);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * wp_timeline_fit_all:
 * @self: a timeline
 *
 * Zooms and scrolls so that every scheduled entry is in view; without
 * entries, the next three months.
 */
void
wp_timeline_fit_all (WpTimeline *self)
{
  guint32 first, last;
  double width = gtk_widget_get_width (GTK_WIDGET (self)) - self->title_width;

  g_return_if_fail (WP_IS_TIMELINE (self));

  if (!wp_roadmap_layout_get_span (self->layout, &first, &last))
    {
      first = wp_date_today ();
      last = first + 90;
    }
  wp_time_scale_fit (&self->scale, first, last, width > 0 ? width : 600);
  self->y_offset = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
wp_timeline_show_today (WpTimeline *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)) - self->title_width;

  g_return_if_fail (WP_IS_TIMELINE (self));

  /* Today a third of the way in: what comes matters more than what was. */
  self->scale.origin = wp_date_today () + 0.5 - width / 3 / self->scale.day_width;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

const WpTimeScale *
wp_timeline_get_scale (WpTimeline *self)
{
  g_return_val_if_fail (WP_IS_TIMELINE (self), NULL);

  return &self->scale;
}

static void
pan (WpTimeline *self,
     double      dx,
     double      dy)
{
  self->scale.origin += dx / self->scale.day_width;
  self->y_offset += dy;
  clamp_y_offset (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WpTimeline               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    {
      wp_time_scale_zoom (&self->scale, pow (ZOOM_STEP, -dy), self->pointer_x - self->title_width);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  else if (state & GDK_SHIFT_MASK)
    pan (self, dy * WHEEL_STEP, 0);
  else
    pan (self, dx * WHEEL_STEP, dy * WHEEL_STEP);

  return GDK_EVENT_STOP;
}

static void
on_zoom_begin (GtkGesture *gesture,
               GdkEventSequence *sequence,
               WpTimeline *self)
{
  self->zoom_scale = 1;
}

static void
on_zoom_changed (GtkGestureZoom *gesture,
                 double          scale,
                 WpTimeline     *self)
{
  double x, y;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  wp_time_scale_zoom (&self->scale, scale / self->zoom_scale, x - self->title_width);
  self->zoom_scale = scale;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Selection */

WpEntity *
wp_timeline_get_selected (WpTimeline *self)
{
  g_return_val_if_fail (WP_IS_TIMELINE (self), NULL);

  return self->selected;
}

static void
set_selected (WpTimeline *self,
              WpEntity   *entry)
{
  if (self->selected == entry)
    return;

  g_set_object (&self->selected, entry);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * wp_timeline_select:
 * @self: a timeline
 * @entry: (nullable): an entry to select, scrolled into view and focused
 */
void
wp_timeline_select (WpTimeline *self,
                    WpEntity   *entry)
{
  GtkWidget *bar;
  const WpRoadmapPlace *place;

  g_return_if_fail (WP_IS_TIMELINE (self));

  set_selected (self, entry);
  place = entry ? place_of (self, entry) : NULL;
  if (place == NULL)
    return;

  /* Off screen, the bar comes into view a third of the way in. */
  {
    graphene_rect_t rect = bar_rect (self, place);
    double width = gtk_widget_get_width (GTK_WIDGET (self));

    if (rect.origin.x + rect.size.width < self->title_width || rect.origin.x > width)
      self->scale.origin = place->start - (width - self->title_width) / 3 / self->scale.day_width;
    if (rect.origin.y < HEADER_HEIGHT || rect.origin.y + rect.size.height > gtk_widget_get_height (GTK_WIDGET (self)))
      self->y_offset = wp_roadmap_geometry_row_y (self->layout, place->row);
    clamp_y_offset (self);
  }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  bar = g_hash_table_lookup (self->bars, entry);
  /* Allocated now, so that a hidden bar can take the focus. */
  gtk_widget_set_child_visible (bar, TRUE);
  gtk_widget_grab_focus (bar);
}

GtkWidget *
wp_timeline_get_bar (WpTimeline *self,
                     WpEntity   *entry)
{
  g_return_val_if_fail (WP_IS_TIMELINE (self), NULL);

  return g_hash_table_lookup (self->bars, entry);
}

static void
on_focus_changed (WpTimeline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (WP_IS_ROADMAP_BAR (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    set_selected (self, wp_roadmap_bar_get_entry (WP_ROADMAP_BAR (focus)));
}

/* Editing */

static const char *
lane_id_of_row (WpTimeline *self,
                guint       row)
{
  WpEntity *lane = row < n_rows (self) ? row_at_index (self, row)->lane : NULL;

  return lane ? wp_entity_get_id (lane) : NULL;
}

/* Dates and lane of @entry, as one undo step named @label. */
static void
schedule (WpTimeline *self,
          WpEntity   *entry,
          guint32     start,
          guint32     end,
          const char *lane_id,
          const char *label)
{
  g_autofree char *start_text = wp_date_format (start);
  g_autofree char *end_text = wp_date_format (end);

  wp_document_begin (self->document, label);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_START, start_text);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_END, end_text);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_LANE, lane_id);
  wp_document_end (self->document);
}

static WpEntity *
focused_entry (WpTimeline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (WP_IS_ROADMAP_BAR (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    return wp_roadmap_bar_get_entry (WP_ROADMAP_BAR (focus));

  return self->selected;
}

/* Left and Right: a snap unit earlier or later, the duration kept. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);
  const WpRoadmapPlace *place = entry ? place_of (self, entry) : NULL;
  int steps = g_variant_get_int32 (param);
  g_autofree char *label = NULL;
  gint64 shift;

  if (place == NULL)
    return;

  shift = (gint64) steps * wp_time_scale_snap_days (&self->scale);
  if ((gint64) place->start + shift < 1)
    return;
  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Move “%s”"), wp_entity_get_display_name (entry));
  schedule (self, entry, place->start + shift, place->end + shift,
            wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), label);
  wp_timeline_select (self, entry);
}

/* Shift+Left and Shift+Right: the end a snap unit earlier or later, never before the start. */
static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);
  const WpRoadmapPlace *place = entry ? place_of (self, entry) : NULL;
  gint64 end;
  g_autofree char *label = NULL;

  if (place == NULL)
    return;

  end = (gint64) place->end + (gint64) g_variant_get_int32 (param) * wp_time_scale_snap_days (&self->scale);
  if (end < place->start)
    return;
  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Change the End of “%s”"), wp_entity_get_display_name (entry));
  schedule (self, entry, place->start, end, wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), label);
  wp_timeline_select (self, entry);
}

/* Alt+Up and Alt+Down: into the lane above or below. */
static void
change_lane_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);
  const WpRoadmapPlace *place = entry ? place_of (self, entry) : NULL;
  gint64 row;
  g_autofree char *label = NULL;

  if (place == NULL)
    return;

  row = (gint64) place->row + g_variant_get_int32 (param);
  if (row < 0 || row >= n_rows (self) || row_at_index (self, row)->lane == NULL)
    return;
  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Move “%s” to Another Lane"), wp_entity_get_display_name (entry));
  schedule (self, entry, place->start, place->end, lane_id_of_row (self, row), label);
  wp_timeline_select (self, entry);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  g_autoptr(WpEntity) entry = focused_entry (self) ? g_object_ref (focused_entry (self)) : NULL;

  if (entry == NULL)
    return;

  set_selected (self, NULL);
  wp_document_remove (self->document, entry, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);

  if (entry != NULL)
    g_signal_emit (self, signals[EDIT], 0, entry);
}

/* Dragging */

static WpRoadmapBar *
bar_at (WpTimeline *self,
        double      x,
        double      y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  return WP_IS_ROADMAP_BAR (picked) ? WP_ROADMAP_BAR (picked) : NULL;
}

/* What a press at (x, y) would do: move or resize a bar, create an entry, or scroll. */
static DragMode
mode_at (WpTimeline *self,
         double      x,
         double      y,
         WpEntity  **entry)
{
  WpRoadmapBar *bar = bar_at (self, x, y);
  graphene_rect_t rect;

  *entry = NULL;
  if (bar != NULL)
    {
      *entry = wp_roadmap_bar_get_entry (bar);
      rect = bar_rect (self, place_of (self, *entry));
      if (rect.size.width >= MIN_EDGED_BAR && x < rect.origin.x + EDGE)
        return DRAG_START;
      if (rect.size.width >= MIN_EDGED_BAR && x > rect.origin.x + rect.size.width - EDGE)
        return DRAG_END;
      return DRAG_MOVE;
    }
  if (x > self->title_width && y > HEADER_HEIGHT && row_at (self, y) != G_MAXUINT &&
      row_at_index (self, row_at (self, y))->lane != NULL)
    return DRAG_CREATE;

  return DRAG_PAN;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WpTimeline               *self)
{
  static const char *cursors[] = {
    [DRAG_MOVE] = "grab", [DRAG_START] = "w-resize", [DRAG_END] = "e-resize",
    [DRAG_CREATE] = "crosshair", [DRAG_PAN] = "default",
  };
  WpEntity *entry;

  self->pointer_x = x;
  if (self->drag.mode == DRAG_NONE && self->document != NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursors[mode_at (self, x, y, &entry)]);
}

static void
show_drag_dates (WpTimeline *self)
{
  g_autofree char *dates = wp_date_describe_span (self->drag.start, self->drag.end);

  gtk_label_set_text (GTK_LABEL (self->drag_label), dates);
  gtk_widget_set_visible (self->drag_label, TRUE);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               WpTimeline     *self)
{
  WpEntity *entry;
  const WpRoadmapPlace *place;

  if (self->document == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->drag = (Drag) { mode_at (self, x, y, &entry), NULL, x, y, x_day (self, x), 0, 0, 0, 0, 0, 0,
                        self->scale.origin, self->y_offset, FALSE };
  place = entry ? place_of (self, entry) : NULL;
  if (place != NULL)
    {
      self->drag.entry = g_object_ref (entry);
      self->drag.start = self->drag.orig_start = place->start;
      self->drag.end = self->drag.orig_end = place->end;
      self->drag.row = self->drag.orig_row = place->row;
      wp_timeline_select (self, entry);
    }
  else if (self->drag.mode == DRAG_CREATE)
    {
      self->drag.start = self->drag.end = wp_time_scale_snap (&self->scale, self->drag.press_day);
      self->drag.row = row_at (self, y);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (entry != NULL)
    gtk_widget_grab_focus (g_hash_table_lookup (self->bars, entry));
}

static void
update_drag (WpTimeline *self,
             double      x,
             double      y)
{
  double day = x_day (self, x);
  gint64 delta;
  guint32 snapped;

  if (!self->drag.moved && fabs (x - self->drag.press_x) < DRAG_THRESHOLD && fabs (y - self->drag.press_y) < DRAG_THRESHOLD)
    return;
  self->drag.moved = TRUE;

  switch (self->drag.mode)
    {
    case DRAG_MOVE:
      /* The start snaps; the duration is kept. */
      snapped = wp_time_scale_snap (&self->scale, self->drag.orig_start + (day - self->drag.press_day));
      delta = (gint64) snapped - self->drag.orig_start;
      self->drag.start = snapped;
      self->drag.end = self->drag.orig_end + delta;
      if (row_at (self, y) != G_MAXUINT && row_at_index (self, row_at (self, y))->lane != NULL)
        self->drag.row = row_at (self, y);
      break;
    case DRAG_START:
      self->drag.start = MIN (wp_time_scale_snap (&self->scale, day), self->drag.orig_end);
      break;
    case DRAG_END:
      /* The end is the last day: the snapped boundary is the day after it. */
      snapped = wp_time_scale_snap (&self->scale, day);
      self->drag.end = MAX (snapped > 0 ? snapped - 1 : 0, self->drag.orig_start);
      break;
    case DRAG_CREATE:
      snapped = wp_time_scale_snap (&self->scale, day);
      self->drag.start = MIN (snapped, wp_time_scale_snap (&self->scale, self->drag.press_day));
      self->drag.end = MAX (snapped, wp_time_scale_snap (&self->scale, self->drag.press_day));
      self->drag.end = self->drag.end > self->drag.start ? self->drag.end - 1 : self->drag.start;
      break;
    case DRAG_PAN:
      self->scale.origin = self->drag.orig_origin - (x - self->drag.press_x) / self->scale.day_width;
      self->y_offset = self->drag.orig_y_offset - (y - self->drag.press_y);
      clamp_y_offset (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    case DRAG_NONE:
    default:
      return;
    }

  self->pointer_x = x;
  show_drag_dates (self);
  if (self->drag.entry != NULL)
    compute_places (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                WpTimeline     *self)
{
  update_drag (self, self->drag.press_x + dx, self->drag.press_y + dy);
}

static void
end_drag (WpTimeline *self)
{
  g_clear_object (&self->drag.entry);
  self->drag.mode = DRAG_NONE;
  gtk_widget_set_visible (self->drag_label, FALSE);
  rebuild (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A new entry, selected, with its editor asked for so that it gets a name. */
static WpEntity *
add_entry (WpTimeline *self,
           guint32     first_day,
           guint32     last_day,
           const char *lane_id)
{
  g_autoptr(WpEntity) entry = wp_entity_new (WP_TYPE_ROADMAP_ENTRY, NULL);
  g_autofree char *start = wp_date_format (first_day);
  g_autofree char *end = wp_date_format (last_day);
  const char *title = _("New Entry");
  g_autofree char *label = NULL;

  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Add “%s”"), title);
  wp_document_begin (self->document, label);
  wp_document_add (self->document, entry);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_TITLE, title);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_START, start);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_END, end);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_LANE, lane_id);
  wp_document_end (self->document);

  wp_timeline_select (self, entry);
  g_signal_emit (self, signals[EDIT], 0, entry);

  return entry;
}

/* A drag on empty lane space. */
static void
create_entry (WpTimeline *self)
{
  guint32 start = self->drag.start, end = self->drag.end;
  const char *lane_id = lane_id_of_row (self, self->drag.row);

  end_drag (self);
  add_entry (self, start, end, lane_id);
}

/**
 * wp_timeline_add_entry:
 * @self: a timeline
 *
 * What a drag on empty lane space does, from the keyboard: a four-week
 * entry from the next snap day on, in the selected entry's lane or the
 * first one.
 *
 * Returns: (transfer none) (nullable): the new entry, or %NULL without lanes
 */
WpEntity *
wp_timeline_add_entry (WpTimeline *self)
{
  const char *lane_id = self->selected ? wp_entity_get_string (self->selected, WP_ROADMAP_ENTRY_LANE) : NULL;
  guint32 start;

  g_return_val_if_fail (WP_IS_TIMELINE (self), NULL);

  if (self->document == NULL || n_rows (self) == 0 || row_at_index (self, 0)->lane == NULL)
    return NULL;

  if (wp_roadmap_layout_row_of_lane (self->layout, lane_id) == G_MAXUINT)
    lane_id = lane_id_of_row (self, 0);
  start = wp_time_scale_snap (&self->scale, wp_date_today () + 0.5);

  return add_entry (self, start, start + 27, lane_id);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             WpTimeline     *self)
{
  g_autofree char *label = NULL;
  WpEntity *entry = self->drag.entry;
  gboolean changed;

  update_drag (self, self->drag.press_x + dx, self->drag.press_y + dy);
  changed = self->drag.start != self->drag.orig_start || self->drag.end != self->drag.orig_end ||
            self->drag.row != self->drag.orig_row;

  if (self->drag.mode == DRAG_CREATE && self->drag.moved)
    {
      create_entry (self);
      return;
    }
  if (entry == NULL || !self->drag.moved || !changed)
    {
      end_drag (self);
      return;
    }

  if (self->drag.mode == DRAG_MOVE && self->drag.row != self->drag.orig_row)
    label = g_strdup_printf (_("Move “%s” to Another Lane"), wp_entity_get_display_name (entry));
  else if (self->drag.mode == DRAG_MOVE)
    label = g_strdup_printf (_("Move “%s”"), wp_entity_get_display_name (entry));
  else if (self->drag.mode == DRAG_START)
    /* Translators: undo label, %s is a roadmap entry */
    label = g_strdup_printf (_("Change the Start of “%s”"), wp_entity_get_display_name (entry));
  else
    label = g_strdup_printf (_("Change the End of “%s”"), wp_entity_get_display_name (entry));
  g_object_ref (entry);
  {
    guint32 start = self->drag.start, end = self->drag.end;
    const char *lane_id = lane_id_of_row (self, self->drag.row);

    /* The preview ends first, so that the document's change is what gets placed. */
    g_clear_object (&self->drag.entry);
    self->drag.mode = DRAG_NONE;
    schedule (self, entry, start, end, lane_id, label);
  }
  end_drag (self);
  g_object_unref (entry);
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                WpTimeline       *self)
{
  end_drag (self);
}

/* The document */

static void
disconnect_document (WpTimeline *self)
{
  if (self->document == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->document, self);
  g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_ENTRY), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_LANE), self);
  for (WpKind kind = WP_KIND_ITEM; kind <= WP_KIND_RELEASE; kind++)
    g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, kind), self);
}

void
wp_timeline_set_document (WpTimeline *self,
                          WpDocument *document)
{
  GHashTableIter iter;
  gpointer bar;

  g_return_if_fail (WP_IS_TIMELINE (self));

  disconnect_document (self);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  set_selected (self, NULL);
  end_drag (self);
  g_hash_table_iter_init (&iter, self->bars);
  while (g_hash_table_iter_next (&iter, NULL, &bar))
    gtk_widget_unparent (bar);
  g_hash_table_remove_all (self->bars);
  /* The old layout borrows the old document's entities. */
  g_clear_object (&self->layout);
  self->layout = wp_roadmap_layout_new ();
  g_set_object (&self->document, document);
  self->fitted = FALSE;
  self->forecasts_stale = TRUE;
  if (document == NULL)
    {
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_ENTRY), "items-changed", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_LANE), "items-changed", G_CALLBACK (rebuild), self);
  for (WpKind kind = WP_KIND_ITEM; kind <= WP_KIND_RELEASE; kind++)
    g_signal_connect_swapped (wp_document_get_list (document, kind), "items-changed", G_CALLBACK (forget_forecasts), self);
  rebuild (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
wp_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WpTimeline *self = WP_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_timeline_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (wp_timeline_parent_class)->root (widget);
  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget", G_CALLBACK (on_focus_changed),
                           widget, G_CONNECT_SWAPPED);
}

static void
wp_timeline_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_data (gtk_widget_get_root (widget), widget);
  GTK_WIDGET_CLASS (wp_timeline_parent_class)->unroot (widget);
}

static void
wp_timeline_dispose (GObject *object)
{
  WpTimeline *self = WP_TIMELINE (object);

  wp_timeline_set_document (self, NULL);
  g_clear_pointer (&self->drag_label, gtk_widget_unparent);
  g_clear_pointer (&self->bars, g_hash_table_unref);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->forecasts, g_array_unref);

  G_OBJECT_CLASS (wp_timeline_parent_class)->dispose (object);
}

static void
wp_timeline_class_init (WpTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_timeline_dispose;
  object_class->get_property = wp_timeline_get_property;
  widget_class->measure = wp_timeline_measure;
  widget_class->size_allocate = wp_timeline_size_allocate;
  widget_class->snapshot = wp_timeline_snapshot;
  widget_class->root = wp_timeline_root;
  widget_class->unroot = wp_timeline_unroot;

  /**
   * WpTimeline:selected:
   *
   * The entry whose bar has (or last had) the focus.
   */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, WP_TYPE_ENTITY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpTimeline::edit:
   * @self: the timeline
   * @entry: the roadmap entry
   *
   * Asks for @entry's editor: Enter on a bar, or a new entry drawn out.
   */
  signals[EDIT] =
    g_signal_new ("edit",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, WP_TYPE_ENTITY);

  gtk_widget_class_install_action (widget_class, "timeline.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "timeline.resize", "i", resize_action);
  gtk_widget_class_install_action (widget_class, "timeline.change-lane", "i", change_lane_action);
  gtk_widget_class_install_action (widget_class, "timeline.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit", NULL, edit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.resize", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.resize", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "timeline.change-lane", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "timeline.change-lane", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "timeline.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.edit", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wp_timeline_init (WpTimeline *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();

  self->bars = g_hash_table_new (NULL, NULL);
  self->layout = wp_roadmap_layout_new ();
  self->forecasts = g_array_new (FALSE, FALSE, sizeof (ForecastMark));
  g_array_set_clear_func (self->forecasts, forecast_mark_clear);
  self->scale = (WpTimeScale) { wp_date_today () - 30, 8 };
  self->title_width = TITLE_WIDTH;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Roadmap timeline"), -1);

  self->drag_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->drag_label, "drag-dates");
  gtk_widget_set_visible (self->drag_label, FALSE);
  gtk_widget_set_parent (self->drag_label, GTK_WIDGET (self));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
}
