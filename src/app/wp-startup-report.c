/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * With WAYPOINT_STARTUP_REPORT set in the environment, the first window
 * prints on stdout the monotonic time (µs, the clock g_get_monotonic_time()
 * reads in every process) of its first frame and of its first frame that
 * shows the document's pages, then quits. `build-aux/dev bench` starts the
 * app and a bare libadwaita window in turn and subtracts its own clock at
 * exec from these: the time a user waits for the product, not for a window.
 */
#define G_LOG_DOMAIN "waypoint"

#include "config.h"

#include "wp-startup-report.h"

typedef struct {
  gboolean   window_painted;
  gboolean   document_shown;
} Probe;

static void
on_after_paint (GdkFrameClock *clock,
                Probe         *probe)
{
  if (!probe->window_painted)
    {
      probe->window_painted = TRUE;
      g_print ("window %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
    }
  if (!probe->document_shown)
    return;

  g_print ("content %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, probe);
  g_application_quit (g_application_get_default ());
}

static void
on_document (GtkWindow  *window,
             GParamSpec *pspec,
             Probe      *probe)
{
  probe->document_shown = TRUE;
  /* The pages are filled now; the next frame is the first to show them. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

static void
on_realize (GtkWidget *window,
            Probe     *probe)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), probe);
}

/* Watches @window when the environment asks for it; does nothing otherwise. */
void
wp_startup_report_watch (GtkWindow *window)
{
  static gboolean watching = FALSE;
  Probe *probe;

  if (watching || g_getenv ("WAYPOINT_STARTUP_REPORT") == NULL)
    return;

  watching = TRUE;
  probe = g_new0 (Probe, 1);
  g_object_set_data_full (G_OBJECT (window), "wp-startup-probe", probe, g_free);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), probe);
  g_signal_connect (window, "notify::document", G_CALLBACK (on_document), probe);
}
