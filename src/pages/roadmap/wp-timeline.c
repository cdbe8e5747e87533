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
 *
 * This file is the widget: its document, the layout and bars that follow
 * it, the geometry, measuring and allocating, scrolling, zooming and the
 * selection. wp-timeline-draw.c draws, wp-timeline-actions.c holds the
 * keyboard actions and the edits, wp-timeline-dnd.c the pointer gestures;
 * wp-timeline-private.h is what they share.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-roadmap-bar.h"
#include "wp-timeline-private.h"

#define TITLE_WIDTH    168.0   /* the lane titles' column; narrower in a narrow window */
#define MIN_TITLE_WIDTH 96.0

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

/* The lane of a row: NULL for the row of entries without one, or past the last row. */
WpEntity *
_wp_timeline_lane_of_row (WpTimeline *self,
                          guint       row)
{
  if (row >= wp_roadmap_layout_get_n_rows (self->layout))
    return NULL;

  return wp_roadmap_layout_get_row (self->layout, row)->lane;
}

/* The id of a row's lane, or NULL. */
const char *
_wp_timeline_lane_id_of_row (WpTimeline *self,
                             guint       row)
{
  WpEntity *lane = _wp_timeline_lane_of_row (self, row);

  return lane ? wp_entity_get_id (lane) : NULL;
}

/* Every entry placed, the one being dragged where the drag has it. */
void
_wp_timeline_compute_places (WpTimeline *self)
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
  return _wp_timeline_lane_of_row (self, row) == NULL ? 7 : row;
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
      WpEntity *lane = _wp_timeline_lane_of_row (self, place->row);
      g_autofree char *dates = wp_date_describe_span (place->start, place->end);
      const char *lane_name = lane ? wp_entity_get_display_name (lane) : _("No lane");
      /* Translators: where a roadmap bar is, for screen readers: its lane, then its dates */
      g_autofree char *where = g_strdup_printf (_("%s, %s"), lane_name, dates);

      if (bar == NULL)
        {
          bar = wp_roadmap_bar_new (entry);
          /* Before the drag label, which stays on top. */
          gtk_widget_insert_before (bar, GTK_WIDGET (self), self->drag_label);
          g_hash_table_insert (self->bars, entry, bar);
        }
      wp_roadmap_bar_set_facts (WP_ROADMAP_BAR (bar), where,
                                wp_roadmap_entry_get_progress (self->document, entry),
                                place->conflict, lane_color (self, place->row));
    }
}

/* After a change of the document: everything is placed again. */
void
_wp_timeline_rebuild (WpTimeline *self)
{
  if (self->document == NULL)
    return;

  _wp_timeline_compute_places (self);
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
      (WP_IS_ITEM (entity) && (field == WP_ITEM_DONE || field == WP_ITEM_RANK ||
                               field == WP_ITEM_ESTIMATE || field == WP_ITEM_SPRINT)))
    forget_forecasts (self);
  if (WP_IS_ROADMAP_ENTRY (entity) || WP_IS_LANE (entity))
    _wp_timeline_rebuild (self);
  else if (WP_IS_ITEM (entity) && (field == WP_ITEM_STATUS || field == WP_ITEM_ESTIMATE))
    queue_progress (self);
  else if (!WP_IS_ITEM (entity))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Geometry */

double
_wp_timeline_day_x (WpTimeline *self,
                    double      day)
{
  return self->title_width + wp_time_scale_to_x (&self->scale, day);
}

double
_wp_timeline_x_day (WpTimeline *self,
                    double      x)
{
  return wp_time_scale_to_day (&self->scale, x - self->title_width);
}

graphene_rect_t
_wp_timeline_bar_rect (WpTimeline           *self,
                       const WpRoadmapPlace *place)
{
  double x0 = _wp_timeline_day_x (self, place->start);
  double x1 = _wp_timeline_day_x (self, place->end + 1.0);
  double y = HEADER_HEIGHT + wp_roadmap_geometry_bar_y (self->layout, place) - self->y_offset;

  return GRAPHENE_RECT_INIT (x0, y, MAX (x1 - x0, 2), WP_ROADMAP_BAR_HEIGHT);
}

void
_wp_timeline_clamp_y_offset (WpTimeline *self)
{
  double room = gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_HEIGHT;

  self->y_offset = CLAMP (self->y_offset, 0,
                          MAX (wp_roadmap_geometry_height (self->layout) - room, 0));
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

  gtk_widget_measure (self->drag_label, GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &label_width, NULL, NULL);
  gtk_widget_measure (self->drag_label, GTK_ORIENTATION_VERTICAL, label_width,
                      NULL, &label_height, NULL, NULL);
  place = self->drag.entry ? wp_roadmap_layout_lookup (self->layout, self->drag.entry) : NULL;
  if (place != NULL)
    {
      rect = _wp_timeline_bar_rect (self, place);
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
  gtk_widget_size_allocate (self->drag_label,
                            &(GtkAllocation) { x, y, label_width, label_height }, -1);
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
  _wp_timeline_clamp_y_offset (self);

  g_hash_table_iter_init (&iter, self->bars);
  while (g_hash_table_iter_next (&iter, &entry, &bar))
    {
      const WpRoadmapPlace *place = wp_roadmap_layout_lookup (self->layout, entry);
      graphene_rect_t rect = _wp_timeline_bar_rect (self, place);
      gboolean shown = rect.origin.x + rect.size.width > self->title_width &&
                       rect.origin.x < width &&
                       rect.origin.y + rect.size.height > HEADER_HEIGHT &&
                       rect.origin.y < height;

      gtk_widget_set_child_visible (bar, shown);
      if (!shown)
        continue;
      wp_roadmap_bar_set_text_offset (WP_ROADMAP_BAR (bar), self->title_width - rect.origin.x);
      gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (bar,
                                &(GtkAllocation) { floor (rect.origin.x), floor (rect.origin.y),
                                                   ceil (rect.size.width), rect.size.height },
                                -1);
    }
  allocate_drag_label (self, width);
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

  wp_time_scale_zoom (&self->scale, factor,
                      (gtk_widget_get_width (GTK_WIDGET (self)) - self->title_width) / 2);
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

/* Selection */

WpEntity *
wp_timeline_get_selected (WpTimeline *self)
{
  g_return_val_if_fail (WP_IS_TIMELINE (self), NULL);

  return self->selected;
}

void
_wp_timeline_set_selected (WpTimeline *self,
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

  _wp_timeline_set_selected (self, entry);
  place = entry ? wp_roadmap_layout_lookup (self->layout, entry) : NULL;
  if (place == NULL)
    return;

  /* Off screen, the bar comes into view a third of the way in. */
  {
    graphene_rect_t rect = _wp_timeline_bar_rect (self, place);
    double width = gtk_widget_get_width (GTK_WIDGET (self));
    int height = gtk_widget_get_height (GTK_WIDGET (self));

    if (rect.origin.x + rect.size.width < self->title_width || rect.origin.x > width)
      self->scale.origin = place->start - (width - self->title_width) / 3 / self->scale.day_width;
    if (rect.origin.y < HEADER_HEIGHT || rect.origin.y + rect.size.height > height)
      self->y_offset = wp_roadmap_geometry_row_y (self->layout, place->row);
    _wp_timeline_clamp_y_offset (self);
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
    _wp_timeline_set_selected (self, wp_roadmap_bar_get_entry (WP_ROADMAP_BAR (focus)));
}

/* Asks for @entry's editor: see WpTimeline::edit. */
void
_wp_timeline_edit (WpTimeline *self,
                   WpEntity   *entry)
{
  g_signal_emit (self, signals[EDIT], 0, entry);
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
  _wp_timeline_set_selected (self, NULL);
  _wp_timeline_end_drag (self);
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
  g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_ENTRY), "items-changed",
                            G_CALLBACK (_wp_timeline_rebuild), self);
  g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_LANE), "items-changed",
                            G_CALLBACK (_wp_timeline_rebuild), self);
  for (WpKind kind = WP_KIND_ITEM; kind <= WP_KIND_RELEASE; kind++)
    g_signal_connect_swapped (wp_document_get_list (document, kind), "items-changed",
                              G_CALLBACK (forget_forecasts), self);
  _wp_timeline_rebuild (self);
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
  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget",
                           G_CALLBACK (on_focus_changed), widget, G_CONNECT_SWAPPED);
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
  widget_class->snapshot = _wp_timeline_snapshot;
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

  _wp_timeline_class_init_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
forecast_mark_clear (gpointer data)
{
  g_free (((ForecastMark *) data)->release);
}

static void
wp_timeline_init (WpTimeline *self)
{
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Roadmap timeline"), -1);

  self->drag_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->drag_label, "drag-dates");
  gtk_widget_set_visible (self->drag_label, FALSE);
  gtk_widget_set_parent (self->drag_label, GTK_WIDGET (self));

  _wp_timeline_init_dnd (self);
}
