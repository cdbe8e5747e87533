/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Frame-time benchmarks of the Backlog page with a big product: time to the
 * first frame, frame times while scrolling and while a drag hovers over the
 * list, and the time from a drop to the updated frame. Needs a display (the
 * test session's Xvfb); prints a table and never fails on time.
 *
 *   wp-bench-ui [--items=10000]
 */
#include "config.h"

#include <stdlib.h>

#include "wp-backlog-view.h"
#include "wp-rank.h"

typedef struct {
  GArray  *frames;    /* of double: milliseconds of work per frame, from before-paint to after-paint */
  gint64   last;
  gboolean painted;
} Frames;

static void
on_before_paint (GdkFrameClock *clock,
                 Frames        *frames)
{
  frames->last = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frames        *frames)
{
  double ms = (g_get_monotonic_time () - frames->last) / 1000.0;

  g_array_append_val (frames->frames, ms);
  frames->painted = TRUE;
}

static void
wait_for_paint (Frames *frames)
{
  frames->painted = FALSE;
  while (!frames->painted)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_frames (const char *what,
              GArray     *frames)
{
  guint n = frames->len;

  if (n == 0)
    {
      g_print ("| %-30s | no frames |\n", what);
      return;
    }
  g_array_sort (frames, compare_doubles);
  g_print ("| %-30s | %6u | %7.1f ms | %7.1f ms | %7.1f ms |\n", what, n,
           g_array_index (frames, double, n / 2),
           g_array_index (frames, double, MIN (n - 1, (guint) (n * 0.95))),
           g_array_index (frames, double, n - 1));
}

static WpDocument *
generate (guint n_items)
{
  WpDocument *document = wp_document_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *rank = NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *title = g_strdup_printf ("Backlog item number %u with a realistic title", i);
      WpEntity *item = wp_entity_new (WP_TYPE_ITEM, NULL);
      char *next = wp_rank_between (rank, NULL);
      GValue value = G_VALUE_INIT;

      g_free (rank);
      rank = next;
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, rank);
      _wp_entity_take_value (item, WP_ITEM_RANK, &value);
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, title);
      _wp_entity_take_value (item, WP_ITEM_TITLE, &value);
      g_ptr_array_add (items, item);
    }
  _wp_document_load_entities (document, WP_KIND_ITEM, items);

  return document;
}

static GtkScrolledWindow *
find_scroller (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scroller (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The @nth row of the list on screen, where a drag would show its marker. */
static GtkWidget *
find_row (GtkWidget *widget,
          guint      nth)
{
  GtkWidget *found = NULL;
  guint seen = 0;
  GPtrArray *queue = g_ptr_array_new ();

  g_ptr_array_add (queue, widget);
  for (guint i = 0; i < queue->len && found == NULL; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (queue->pdata[i]); child; child = gtk_widget_get_next_sibling (child))
      {
        if (G_TYPE_CHECK_INSTANCE_TYPE (child, g_type_from_name ("WpBacklogRow")) && seen++ == nth)
          found = child;
        g_ptr_array_add (queue, child);
      }
  g_ptr_array_unref (queue);

  return found;
}

int
main (int   argc,
      char *argv[])
{
  int n_items = argc > 1 && g_str_has_prefix (argv[1], "--items=") ? atoi (argv[1] + 8) : 10000;
  g_autoptr(WpDocument) document = NULL;
  WpBacklogView *view;
  GtkWindow *window;
  GdkFrameClock *clock;
  GtkAdjustment *adjustment;
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  gint64 start;
  double first_frame_ms;
  GArray *handled, *shown;
  GListModel *model;

  gtk_init ();
  adw_init ();
  document = generate (n_items);

  start = g_get_monotonic_time ();
  view = g_object_new (WP_TYPE_BACKLOG_VIEW, NULL);
  wp_backlog_view_set_document (view, document);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1100, 720);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frames);
  wait_for_paint (&frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;

  /* Scrolling: a new position every frame, as kinetic scrolling does. */
  adjustment = gtk_scrolled_window_get_vadjustment (find_scroller (GTK_WIDGET (view)));
  g_array_set_size (frames.frames, 0);
  for (guint i = 0; i < 300; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 120);
      gtk_widget_queue_draw (GTK_WIDGET (window));
      wait_for_paint (&frames);
    }
  g_print ("Backlog page, %d items (work per frame, from the frame clock's before-paint to after-paint;\n"
           "Xvfb, cairo renderer)\n\n", n_items);
  g_print ("| %-30s | frames | p50        | p95        | max        |\n", "what");
  g_print ("|--------------------------------|--------|------------|------------|------------|\n");
  print_frames ("scrolling", frames.frames);

  /* Moving items near the top while the list is scrolled: what a hovering drag redraws. */
  model = wp_backlog_view_get_model (view);
  g_array_set_size (frames.frames, 0);
  for (guint i = 0; i < 100; i++)
    {
      GtkWidget *row = find_row (GTK_WIDGET (view), i % 10);

      gtk_widget_add_css_class (row, i % 2 ? "drop-above" : "drop-below");
      gtk_widget_remove_css_class (row, i % 2 ? "drop-below" : "drop-above");
      gtk_widget_queue_draw (GTK_WIDGET (window));
      wait_for_paint (&frames);
    }
  print_frames ("drag hovering (marker moves)", frames.frames);

  /* From a drop to the frame that shows it: the last item to the top, twenty times. */
  gtk_adjustment_set_value (adjustment, 0);
  wait_for_paint (&frames);
  handled = g_array_new (FALSE, FALSE, sizeof (double));
  shown = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(WpItem) last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);
      double ms;

      start = g_get_monotonic_time ();
      wp_backlog_view_drop (view, WP_ENTITY (last), 0);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (handled, ms);
      wait_for_paint (&frames);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (shown, ms);
    }

  g_print ("\n| %-30s | %7.1f ms |\n", "open page to first frame", first_frame_ms);
  g_print ("\n| %-30s | drops  | p50        | p95        | max        |\n", "what");
  print_frames ("drop handled (model updated)", handled);
  print_frames ("drop to updated frame", shown);
  g_array_unref (handled);
  g_array_unref (shown);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);

  return 0;
}
