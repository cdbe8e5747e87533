/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Frame-time benchmarks of the Backlog, Board, Roadmap, Feedback and Sprints pages
 * with a big product: time to the first frame, frame times while scrolling
 * (zooming, on the roadmap) and while a real drag (xdotool, as the e2e tests
 * drive it) hovers, autoscrolls or moves a bar, the time from a drop to the
 * updated frame; on the Feedback page, from a keystroke in the search to the
 * updated frame, and importing a CSV file; on the Sprints page, from
 * choosing a sprint or planning an item to the updated frame, and redrawing
 * its charts. Needs the test session's Xvfb;
 * prints tables and never fails on time.
 *
 *   wp-bench-ui [--items=10000] [--entries=1000] [--feedback=50000]
 *               [--sprints=50] [--page=backlog|board|roadmap|feedback|sprints]
 */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <stdlib.h>
#include <string.h>

#include "wp-bench-ui.h"
#include "wp-document-private.h"
#include "wp-entity-private.h"
#include "wp-list-drop.h"
#include "wp-rank.h"

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

void
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

void
print_header (const char *title,
              const char *unit)
{
  g_print ("\n%s\n\n", title);
  g_print ("| %-34s | %-6s | p50        | p95        | max        |\n", "what", unit);
  g_print (
    "|------------------------------------|--------|------------|------------|------------|\n");
}

void
print_row (const char *what,
           GArray     *samples)
{
  guint n = samples->len;

  if (n == 0)
    {
      g_print ("| %-34s | none   |            |            |            |\n", what);
      return;
    }
  g_array_sort (samples, compare_doubles);
  g_print ("| %-34s | %6u | %7.1f ms | %7.1f ms | %7.1f ms |\n", what, n,
           g_array_index (samples, double, n / 2),
           g_array_index (samples, double, MIN (n - 1, (guint) (n * 0.95))),
           g_array_index (samples, double, n - 1));
}

void
take_string (WpEntity   *entity,
             guint       field,
             const char *text)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  _wp_entity_take_value (entity, field, &value);
}

/* A workflow of four columns and @n_items open items spread over the first three. */
WpDocument *
generate (guint n_items)
{
  static const char *columns[N_COLUMNS] = { "To Do", "In Progress", "Review", "Done" };
  WpDocument *document = wp_document_new ();
  g_autoptr(GPtrArray) column_list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *rank = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autofree char *id = g_strdup_printf ("column-%u", i);
      WpEntity *column = wp_entity_new (WP_TYPE_COLUMN, id);

      take_string (column, WP_COLUMN_TITLE, columns[i]);
      g_ptr_array_add (column_list, column);
    }
  _wp_document_load_entities (document, WP_KIND_COLUMN, column_list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *title = g_strdup_printf ("Backlog item number %u with a realistic title", i);
      g_autofree char *status = g_strdup_printf ("column-%u", i % (N_COLUMNS - 1));
      WpEntity *item = wp_entity_new (WP_TYPE_ITEM, NULL);
      char *next = wp_rank_between (rank, NULL);

      g_free (rank);
      rank = next;
      take_string (item, WP_ITEM_RANK, rank);
      take_string (item, WP_ITEM_TITLE, title);
      take_string (item, WP_ITEM_STATUS, status);
      g_ptr_array_add (items, item);
    }
  _wp_document_load_entities (document, WP_KIND_ITEM, items);

  return document;
}

/* The first widget of @type under @root, breadth first; for list rows, the one at @position. */
GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             guint      position)
{
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();

  g_ptr_array_add (queue, root);
  for (guint i = 0; i < queue->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (queue->pdata[i]); child;
         child = gtk_widget_get_next_sibling (child))
      {
        if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
            (position == G_MAXUINT || wp_list_drop_row_position (child) == position))
          return child;
        g_ptr_array_add (queue, child);
      }

  return NULL;
}

/* The scrolled window around the first list view under @root. */
GtkScrolledWindow *
find_list_scroller (GtkWidget *root)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_parent (find_widget (root, GTK_TYPE_LIST_VIEW,
                                                                  G_MAXUINT)));
}

GtkWindow *
show_page (GtkWidget *page,
           int        width,
           int        height,
           Frames    *frames)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GdkFrameClock *clock;

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), frames);
  wait_for_paint (frames);

  return window;
}

/* A new scroll position every frame, as kinetic scrolling gives. */
void
measure_scrolling (GtkScrolledWindow *scroller,
                   Frames            *frames)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  g_array_set_size (frames->frames, 0);
  for (guint i = 0; i < 300; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 120);
      wait_for_paint (frames);
    }
  gtk_adjustment_set_value (adjustment, 0);
  wait_for_paint (frames);
}

static void
on_child_exit (GPid     pid,
               int      status,
               gpointer user_data)
{
  g_spawn_close_pid (pid);
  *(gboolean *) user_data = TRUE;
}

static void
add_move (GPtrArray  *argv,
          const char *window,
          double      x,
          double      y)
{
  g_ptr_array_add (argv, g_strdup ("mousemove"));
  g_ptr_array_add (argv, g_strdup ("--window"));
  g_ptr_array_add (argv, g_strdup (window));
  g_ptr_array_add (argv, g_strdup_printf ("%d", (int) x));
  g_ptr_array_add (argv, g_strdup_printf ("%d", (int) y));
}

static void
add_sleep (GPtrArray  *argv,
           const char *seconds)
{
  g_ptr_array_add (argv, g_strdup ("sleep"));
  g_ptr_array_add (argv, g_strdup (seconds));
}

/*
 * Where (@fx, @fy), fractions of @widget's size, lies in its X window: the
 * shadow around the frame included.
 */
static void
window_point (GtkWidget *widget,
              double     fx,
              double     fy,
              double    *x,
              double    *y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  double shadow_x, shadow_y;

  gtk_native_get_surface_transform (native, &shadow_x, &shadow_y);
  gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), gtk_widget_get_width (widget) * fx,
                                    gtk_widget_get_height (widget) * fy, x, y);
  *x += shadow_x;
  *y += shadow_y;
}

/*
 * A real drag with xdotool: press in the middle of @from, move in small steps
 * (GTK never starts a drag on one jump) to (@fx, @fy) of @to, hover there,
 * release. Frames are recorded until xdotool is done.
 *
 * Returns: whether the drag could run (an X display and xdotool)
 */
gboolean
real_drag (GtkWidget  *from,
           GtkWidget  *to,
           double      fx,
           double      fy,
           const char *hover_seconds,
           Frames     *frames)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (from));
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *window = NULL;
  double x0, y0, x1, y1;
  gboolean done = FALSE;
  GPid pid;

  if (!GDK_IS_X11_SURFACE (surface))
    return FALSE;

  window = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  window_point (from, 0.5, 0.5, &x0, &y0);
  window_point (to, fx, fy, &x1, &y1);

  g_ptr_array_add (argv, g_strdup ("xdotool"));
  add_move (argv, window, x0, y0);
  g_ptr_array_add (argv, g_strdup ("mousedown"));
  g_ptr_array_add (argv, g_strdup ("1"));
  add_sleep (argv, "0.3");
  for (guint step = 1; step <= 40; step++)
    {
      add_move (argv, window, x0 + (x1 - x0) * step / 40, y0 + (y1 - y0) * step / 40);
      add_sleep (argv, "0.03");
    }
  add_sleep (argv, hover_seconds);
  g_ptr_array_add (argv, g_strdup ("mouseup"));
  g_ptr_array_add (argv, g_strdup ("1"));
  add_sleep (argv, "0.3");
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_async (NULL, (char **) argv->pdata, NULL,
                      G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error))
    {
      g_printerr ("No real drag: %s\n", error->message);
      return FALSE;
    }

  g_array_set_size (frames->frames, 0);
  g_child_watch_add (pid, on_child_exit, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  int n_items = 10000, n_entries = 1000, n_feedback = 50000, n_sprints = 50;
  const char *page = NULL;
  g_autoptr(WpDocument) backlog_document = NULL;
  g_autoptr(WpDocument) board_document = NULL;
  g_autoptr(WpDocument) roadmap_document = NULL;

  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--items="))
      n_items = atoi (argv[i] + strlen ("--items="));
    else if (g_str_has_prefix (argv[i], "--entries="))
      n_entries = atoi (argv[i] + strlen ("--entries="));
    else if (g_str_has_prefix (argv[i], "--feedback="))
      n_feedback = atoi (argv[i] + strlen ("--feedback="));
    else if (g_str_has_prefix (argv[i], "--sprints="))
      n_sprints = atoi (argv[i] + strlen ("--sprints="));
    else if (g_str_has_prefix (argv[i], "--page="))
      page = argv[i] + strlen ("--page=");

  gtk_init ();
  adw_init ();

  if (page == NULL || g_str_equal (page, "backlog"))
    {
      backlog_document = generate (n_items);
      bench_backlog (backlog_document, n_items);
    }
  if (page == NULL || g_str_equal (page, "board"))
    {
      board_document = generate (n_items);
      bench_board (board_document, n_items);
    }
  if (page == NULL || g_str_equal (page, "roadmap"))
    {
      roadmap_document = generate_roadmap (n_entries);
      bench_roadmap (roadmap_document, n_entries);
    }
  if (page == NULL || g_str_equal (page, "feedback"))
    bench_feedback (n_feedback);
  if (page == NULL || g_str_equal (page, "sprints"))
    {
      g_autoptr(WpDocument) sprints_document = generate_sprints (n_items, n_sprints);

      bench_sprints (sprints_document, n_items, n_sprints);
    }
  if (page == NULL || g_str_equal (page, "backlog-forecasts"))
    {
      g_autoptr(WpDocument) forecast_document = generate_sprints (n_items, n_sprints);

      bench_backlog_forecasts (forecast_document, n_items);
    }

  return 0;
}
