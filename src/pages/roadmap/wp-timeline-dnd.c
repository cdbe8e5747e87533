/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpTimeline's pointer input. A press decides what a drag does: on the
 * middle of a bar it moves the bar in time and to another lane, on an end
 * it changes that date, on empty lane space it draws out a new entry, and
 * elsewhere it pans. While dragging, the layout places the entry where the
 * pointer has it and a label shows its dates; the document changes once, at
 * the end. The wheel scrolls (with Shift, in time; with Ctrl, it zooms) and
 * a pinch zooms.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-roadmap-bar.h"
#include "wp-timeline-private.h"

#define EDGE             7.0   /* how far into a bar its ends can be grabbed */
#define MIN_EDGED_BAR   28.0   /* narrower bars only move */
#define WHEEL_STEP      48.0
#define ZOOM_STEP        1.25
#define DRAG_THRESHOLD   4.0

/* Dragging */

/* The row under a y of the widget, or G_MAXUINT. */
static guint
row_at (WpTimeline *self,
        double      y)
{
  return wp_roadmap_geometry_row_at (self->layout, y - HEADER_HEIGHT + self->y_offset);
}

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
      rect = _wp_timeline_bar_rect (self, wp_roadmap_layout_lookup (self->layout, *entry));
      if (rect.size.width >= MIN_EDGED_BAR && x < rect.origin.x + EDGE)
        return DRAG_START;
      if (rect.size.width >= MIN_EDGED_BAR && x > rect.origin.x + rect.size.width - EDGE)
        return DRAG_END;
      return DRAG_MOVE;
    }
  if (x > self->title_width && y > HEADER_HEIGHT &&
      _wp_timeline_lane_of_row (self, row_at (self, y)) != NULL)
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

  self->drag = (Drag) { mode_at (self, x, y, &entry), NULL, x, y, _wp_timeline_x_day (self, x),
                        0, 0, 0, 0, 0, 0, self->scale.origin, self->y_offset, FALSE };
  place = entry ? wp_roadmap_layout_lookup (self->layout, entry) : NULL;
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
  double day = _wp_timeline_x_day (self, x);
  gint64 delta;
  guint32 snapped;

  if (!self->drag.moved && fabs (x - self->drag.press_x) < DRAG_THRESHOLD &&
      fabs (y - self->drag.press_y) < DRAG_THRESHOLD)
    return;
  self->drag.moved = TRUE;

  switch (self->drag.mode)
    {
    case DRAG_MOVE:
      /* The start snaps; the duration is kept. */
      snapped = wp_time_scale_snap (&self->scale,
                                    self->drag.orig_start + (day - self->drag.press_day));
      delta = (gint64) snapped - self->drag.orig_start;
      self->drag.start = snapped;
      self->drag.end = self->drag.orig_end + delta;
      if (_wp_timeline_lane_of_row (self, row_at (self, y)) != NULL)
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
      self->scale.origin = self->drag.orig_origin -
                           (x - self->drag.press_x) / self->scale.day_width;
      self->y_offset = self->drag.orig_y_offset - (y - self->drag.press_y);
      _wp_timeline_clamp_y_offset (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    case DRAG_NONE:
    default:
      return;
    }

  self->pointer_x = x;
  show_drag_dates (self);
  if (self->drag.entry != NULL)
    _wp_timeline_compute_places (self);
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

void
_wp_timeline_end_drag (WpTimeline *self)
{
  g_clear_object (&self->drag.entry);
  self->drag.mode = DRAG_NONE;
  gtk_widget_set_visible (self->drag_label, FALSE);
  _wp_timeline_rebuild (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A drag on empty lane space. */
static void
create_entry (WpTimeline *self)
{
  guint32 start = self->drag.start, end = self->drag.end;
  const char *lane_id = _wp_timeline_lane_id_of_row (self, self->drag.row);

  _wp_timeline_end_drag (self);
  _wp_timeline_add_entry (self, start, end, lane_id);
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
      _wp_timeline_end_drag (self);
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
    const char *lane_id = _wp_timeline_lane_id_of_row (self, self->drag.row);

    /* The preview ends first, so that the document's change is what gets placed. */
    g_clear_object (&self->drag.entry);
    self->drag.mode = DRAG_NONE;
    _wp_timeline_schedule (self, entry, start, end, lane_id, label);
  }
  _wp_timeline_end_drag (self);
  g_object_unref (entry);
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                WpTimeline       *self)
{
  _wp_timeline_end_drag (self);
}

/* Scrolling and zooming */

static void
pan (WpTimeline *self,
     double      dx,
     double      dy)
{
  self->scale.origin += dx / self->scale.day_width;
  self->y_offset += dy;
  _wp_timeline_clamp_y_offset (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WpTimeline               *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

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

/* The controllers, in this order: the wheel, the pointer's motion, dragging, pinching. */
void
_wp_timeline_init_dnd (WpTimeline *self)
{
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();

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
