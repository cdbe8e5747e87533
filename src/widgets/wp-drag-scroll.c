/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Scrolling under a drag: while something is dragged over a scrolled
 * window, near its top or bottom edge it scrolls, faster the closer the
 * pointer is, so that a drop can land on what was out of view. GTK 4.8's
 * scrolled windows do not do this themselves.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include "wp-drag-scroll.h"

#define EDGE 48.0

typedef struct {
  GtkScrolledWindow *scroller;   /* owns the controller that owns this */
  guint              tick;
  double             speed;
} DragScroll;

static gboolean
scroll_a_frame (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  DragScroll *scroll = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroll->scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + scroll->speed);

  return G_SOURCE_CONTINUE;
}

static void
stop (DragScroll *scroll)
{
  if (scroll->tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (scroll->scroller), scroll->tick);
  scroll->tick = 0;
}

static void
on_motion (GtkDropControllerMotion *motion,
           double                   x,
           double                   y,
           DragScroll              *scroll)
{
  double height = gtk_widget_get_height (GTK_WIDGET (scroll->scroller));

  if (y < EDGE)
    scroll->speed = -(EDGE - y) / 2;
  else if (y > height - EDGE)
    scroll->speed = (y - (height - EDGE)) / 2;
  else
    scroll->speed = 0;

  if (scroll->speed == 0)
    stop (scroll);
  else if (scroll->tick == 0)
    scroll->tick = gtk_widget_add_tick_callback (GTK_WIDGET (scroll->scroller), scroll_a_frame,
                                                 scroll, NULL);
}

static void
drag_scroll_free (gpointer data)
{
  DragScroll *scroll = data;

  stop (scroll);
  g_free (scroll);
}

/**
 * wp_drag_scroll_attach:
 * @scroller: a scrolled window
 *
 * Makes @scroller scroll when a drag hovers near its top or bottom edge,
 * for as long as it lives.
 */
void
wp_drag_scroll_attach (GtkScrolledWindow *scroller)
{
  GtkEventController *motion = gtk_drop_controller_motion_new ();
  DragScroll *scroll = g_new0 (DragScroll, 1);

  scroll->scroller = scroller;
  g_object_set_data_full (G_OBJECT (motion), "wp-drag-scroll", scroll, drag_scroll_free);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), scroll);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (stop), scroll);
  gtk_widget_add_controller (GTK_WIDGET (scroller), motion);
}
