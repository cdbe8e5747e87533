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

#include "wp-backlog-view.h"
#include "wp-board-view.h"
#include "wp-document-private.h"
#include "wp-entity-private.h"
#include "wp-feedback-import.h"
#include "wp-feedback-view.h"
#include "wp-list-drop.h"
#include "wp-roadmap-view.h"
#include "wp-sprints-view.h"
#include "wp-time-scale.h"
#include "wp-rank.h"

#define N_COLUMNS 4

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
print_header (const char *title,
              const char *unit)
{
  g_print ("\n%s\n\n", title);
  g_print ("| %-34s | %-6s | p50        | p95        | max        |\n", "what", unit);
  g_print ("|------------------------------------|--------|------------|------------|------------|\n");
}

static void
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

static void
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
static WpDocument *
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
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             guint      position)
{
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();

  g_ptr_array_add (queue, root);
  for (guint i = 0; i < queue->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (queue->pdata[i]); child; child = gtk_widget_get_next_sibling (child))
      {
        if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
            (position == G_MAXUINT || wp_list_drop_row_position (child) == position))
          return child;
        g_ptr_array_add (queue, child);
      }

  return NULL;
}

/* The scrolled window around the first list view under @root. */
static GtkScrolledWindow *
find_list_scroller (GtkWidget *root)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_parent (find_widget (root, GTK_TYPE_LIST_VIEW, G_MAXUINT)));
}

static GtkWindow *
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
static void
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

/* Where (@fx, @fy), fractions of @widget's size, lies in its X window: the shadow around the frame included. */
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
  gtk_widget_translate_coordinates (widget, GTK_WIDGET (native),
                                    gtk_widget_get_width (widget) * fx, gtk_widget_get_height (widget) * fy, x, y);
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
static gboolean
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

  if (!g_spawn_async (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                      NULL, NULL, &pid, &error))
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

typedef gboolean (*DropFunc) (gpointer page,
                              guint    round);

/* From a drop to the frame that shows it, twenty times; @frames keeps the work of those frames. */
static void
measure_drops (gpointer  page,
               DropFunc  drop,
               Frames   *frames,
               GArray   *handled,
               GArray   *shown)
{
  g_array_set_size (frames->frames, 0);
  for (guint i = 0; i < 20; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      drop (page, i);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (handled, ms);
      wait_for_paint (frames);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (shown, ms);
    }
}

static void
print_drops (gpointer  page,
             DropFunc  drop,
             Frames   *frames)
{
  g_autoptr(GArray) handled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));

  measure_drops (page, drop, frames, handled, shown);
  print_row ("drop handled (model updated)", handled);
  print_row ("work of the frame after a drop", frames->frames);
  print_row ("drop to updated frame", shown);
}

/* Backlog: the last item to the top. */
static gboolean
drop_in_backlog (gpointer page,
                 guint    round)
{
  GListModel *model = wp_backlog_view_get_model (page);
  g_autoptr(WpEntity) last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);

  return wp_backlog_view_drop (page, last, 0);
}

/* Board: the first card of the first column to the top of the second, or back. */
static gboolean
drop_on_board (gpointer page,
               guint    round)
{
  WpBoardColumn *from = wp_board_view_get_column (page, round % 2);
  WpBoardColumn *to = wp_board_view_get_column (page, (round + 1) % 2);
  g_autoptr(WpItem) item = g_list_model_get_item (wp_board_column_get_model (from), 0);

  return wp_board_column_drop (to, item, 0);
}

/* The frames of a real drag on a document without history, which count only if its drop changed it. */
static void
print_real_drag (const char *what,
                 gboolean    ran,
                 WpDocument *document,
                 Frames     *frames)
{
  if (!ran)
    g_print ("| %-34s | skipped: no X display or no xdotool                    |\n", what);
  else if (!wp_history_can_undo (wp_document_get_history (document)))
    g_print ("| %-34s | the drop did not land: not measured                    |\n", what);
  else
    print_row (what, frames->frames);
}

static void
bench_backlog (WpDocument *document,
               int         n_items)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  WpBacklogView *view = g_object_new (WP_TYPE_BACKLOG_VIEW, NULL);
  GtkScrolledWindow *scroller;
  GtkWindow *window;
  gint64 start = g_get_monotonic_time ();
  double first_frame_ms;
  gboolean ran;

  wp_backlog_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1100, 720, &frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  scroller = find_list_scroller (GTK_WIDGET (view));

  measure_scrolling (scroller, &frames);
  g_print ("Backlog page, %d items; open page to first frame: %.1f ms", n_items, first_frame_ms);
  print_header ("(work per frame, from the frame clock's before-paint to after-paint; Xvfb, cairo renderer)", "frames");
  print_row ("scrolling", frames.frames);

  /* The third row down to the bottom edge, where the list scrolls under the drag for two seconds. */
  ran = real_drag (find_widget (GTK_WIDGET (view), g_type_from_name ("WpBacklogRow"), 2),
                   GTK_WIDGET (scroller), 0.5, 0.97, "2", &frames);
  print_real_drag ("real drag hovering, autoscrolling", ran, document, &frames);
  /* Drops land where the pointer is, in view: here at the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 0);
  wait_for_paint (&frames);
  print_drops (view, drop_in_backlog, &frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}

static void
bench_board (WpDocument *document,
             int         n_items)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  WpBoardView *view = g_object_new (WP_TYPE_BOARD_VIEW, NULL);
  GtkWidget *first_column, *third_column;
  GtkWindow *window;
  gint64 start = g_get_monotonic_time ();
  double first_frame_ms;
  gboolean ran;

  wp_board_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1400, 800, &frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  first_column = GTK_WIDGET (wp_board_view_get_column (view, 0));
  third_column = GTK_WIDGET (wp_board_view_get_column (view, 2));

  measure_scrolling (find_list_scroller (first_column), &frames);
  g_print ("\nBoard page, %d cards in %d columns; open page to first frame: %.1f ms", n_items, N_COLUMNS,
           first_frame_ms);
  print_header ("(work per frame, as above)", "frames");
  print_row ("scrolling a column", frames.frames);

  /* A card of the first column over the middle of the third, hovering a second. */
  ran = real_drag (find_widget (first_column, g_type_from_name ("WpBoardCard"), 1), third_column, 0.5, 0.5, "1",
                   &frames);
  print_real_drag ("real drag between columns", ran, document, &frames);
  print_drops (view, drop_on_board, &frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}

#define N_LANES 20

/* @n_entries roadmap entries in twenty lanes over two years, overlapping in pairs, each after the one before it. */
static WpDocument *
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

static void
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
  g_print ("\nRoadmap page, %d entries in %d lanes; open page to first frame: %.1f ms", n_entries, N_LANES,
           first_frame_ms);
  print_header ("(work per frame, as above)", "frames");
  print_row ("zooming", frames.frames);

  /* A bar dragged by its middle 200 pixels to the right, held there a second. */
  bar = grabbable_bar (timeline, document);
  if (bar != NULL &&
      gtk_widget_compute_point (bar, GTK_WIDGET (timeline),
                                &GRAPHENE_POINT_INIT (gtk_widget_get_width (bar) / 2.0 + 200, gtk_widget_get_height (bar) / 2.0),
                                &to))
    ran = real_drag (bar, GTK_WIDGET (timeline), to.x / gtk_widget_get_width (GTK_WIDGET (timeline)),
                     to.y / gtk_widget_get_height (GTK_WIDGET (timeline)), "1", &frames);
  print_real_drag ("real drag of a bar", ran, document, &frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}

/* Feedback */

static const char * const feedback_words[] = {
  "offline", "maps", "battery", "route", "export", "gpx", "elevation", "sync", "share", "club",
  "group", "hike", "trail", "weather", "alert", "download", "region", "slow", "crash", "login",
  "dark", "mode", "print", "compass", "track", "record", "photo", "waypoint", "distance", "time",
};

static const char * const feedback_segments[] = { "Solo hikers", "Hiking clubs", "Tour operators", "Trail runners", "Mountain rescue" };
static const char * const feedback_sources[] = { "Interview", "Email", "App review", "Sales call", "Support ticket" };

/* @n_rows of feedback as a CSV file, with a quoted text of a dozen words each; the same every time. */
static GBytes *
generate_feedback_csv (guint n_rows,
                       guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *csv = g_string_new ("Received,Customer,Segment,Source,Importance,Feedback,Tags\n");

  for (guint i = 0; i < n_rows; i++)
    {
      g_string_append_printf (csv, "2026-%02d-%02d,Customer %u,%s,%s,%d,\"", g_rand_int_range (rand, 1, 13),
                              g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 0, MAX (n_rows / 20, 10)),
                              feedback_segments[g_rand_int_range (rand, 0, G_N_ELEMENTS (feedback_segments))],
                              feedback_sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (feedback_sources))],
                              g_rand_int_range (rand, 1, 4));
      for (guint w = 0; w < 12; w++)
        g_string_append_printf (csv, "%s%s", w ? " " : "",
                                feedback_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (feedback_words))]);
      g_string_append_printf (csv, "\",%s\n", feedback_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (feedback_words))]);
    }

  return g_string_free_to_bytes (csv);
}

static double
import_csv (WpDocument *document,
            GBytes     *csv)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(WpFeedbackImport) import = wp_feedback_import_new (csv, NULL);

  wp_feedback_import_apply (import, document, NULL, NULL);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Types @text into the search one character at a time, then takes it back; each keystroke until its frame. */
static void
type_and_erase (WpFeedbackView *view,
                const char     *text,
                Frames         *frames,
                GArray         *typed,
                GArray         *erased)
{
  guint length = strlen (text);

  for (guint i = 1; i <= 2 * length; i++)
    {
      g_autofree char *prefix = g_strndup (text, i <= length ? i : 2 * length - i);
      gint64 start = g_get_monotonic_time ();
      double ms;

      wp_feedback_view_search (view, prefix);
      wait_for_paint (frames);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (i <= length ? typed : erased, ms);
    }
}

static double
until_painted (gint64  start,
               Frames *frames)
{
  wait_for_paint (frames);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_feedback (int n_feedback)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  g_autoptr(GArray) typed = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) erased = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(WpDocument) document = wp_document_new_product ();
  g_autoptr(GBytes) csv = generate_feedback_csv (n_feedback, 1);
  g_autoptr(GBytes) more = generate_feedback_csv (n_feedback / 5, 2);
  WpFeedbackView *view = g_object_new (WP_TYPE_FEEDBACK_VIEW, NULL);
  double import_ms = import_csv (document, csv), more_ms, undo_ms;
  GtkWindow *window;
  gint64 start = g_get_monotonic_time ();
  double first_frame_ms;

  wp_feedback_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1400, 800, &frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  /* As a user would take a moment before typing: the page prepares the search meanwhile. */
  for (guint i = 0; i < 60; i++)
    wait_for_paint (&frames);

  type_and_erase (view, "offline", &frames, typed, erased);
  type_and_erase (view, "customer 12", &frames, typed, erased);
  type_and_erase (view, "gpx sync", &frames, typed, erased);

  start = g_get_monotonic_time ();
  import_csv (document, more);
  more_ms = until_painted (start, &frames);
  start = g_get_monotonic_time ();
  wp_document_undo (document);
  undo_ms = until_painted (start, &frames);

  g_print ("\nFeedback page, %d entries; importing them from CSV (%.1f MB): %.1f ms; open page to first frame: %.1f ms\n",
           n_feedback, g_bytes_get_size (csv) / 1e6, import_ms, first_frame_ms);
  g_print ("Importing %d more with the page shown, to the updated frame: %.1f ms; undoing that: %.1f ms",
           n_feedback / 5, more_ms, undo_ms);
  print_header ("(from a keystroke in the search to its updated frame)", "keys");
  print_row ("typing a letter (narrows)", typed);
  print_row ("erasing a letter (widens)", erased);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}

/* Sprints */

/*
 * @n_items as generate() makes them, estimated at 1 to 8 points, @n_sprints
 * two-week sprints of 20 items each (all closed but the last two: one
 * active, one planned; the closed ones' items done on their last day), and
 * three releases whose lines cut the backlog in quarters: each forecast
 * simulates hundreds of sprints.
 */
static WpDocument *
generate_sprints (guint n_items,
                  guint n_sprints)
{
  WpDocument *document = generate (n_items);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(GPtrArray) sprints = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 first = wp_date_today () - 14 * (n_sprints - 2);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      GValue points = G_VALUE_INIT;

      g_value_init (&points, G_TYPE_DOUBLE);
      g_value_set_double (&points, 1 + i % 8);
      _wp_entity_take_value (item, WP_ITEM_ESTIMATE, &points);
    }

  for (guint s = 0; s < n_sprints; s++)
    {
      g_autofree char *id = g_strdup_printf ("sprint-%u", s);
      g_autofree char *name = g_strdup_printf ("Sprint %u", s + 1);
      g_autofree char *start = wp_date_format (first + 14 * s);
      g_autofree char *end = wp_date_format (first + 14 * s + 13);
      WpEntity *sprint = wp_entity_new (WP_TYPE_SPRINT, id);

      take_string (sprint, WP_SPRINT_NAME, name);
      take_string (sprint, WP_SPRINT_START, start);
      take_string (sprint, WP_SPRINT_END, end);
      take_string (sprint, WP_SPRINT_STATE, s + 2 < n_sprints ? "closed" : s + 2 == n_sprints ? "active" : "planned");
      g_ptr_array_add (sprints, sprint);
      for (guint k = 0; k < 20 && s * 20 + k < n_items; k++)
        {
          g_autoptr(WpEntity) item = g_list_model_get_item (items, n_items - 1 - (s * 20 + k));

          take_string (item, WP_ITEM_SPRINT, id);
          if (s + 2 < n_sprints)
            take_string (item, WP_ITEM_DONE, end);
        }
    }
  _wp_document_load_entities (document, WP_KIND_SPRINT, sprints);

  for (guint r = 1; r <= 3; r++)
    {
      g_autofree char *id = g_strdup_printf ("release-%u", r);
      g_autofree char *name = g_strdup_printf ("Release %u", r);
      g_autoptr(WpEntity) below = g_list_model_get_item (items, n_items * r / 4);
      WpEntity *release = wp_entity_new (WP_TYPE_RELEASE, id);

      take_string (release, WP_RELEASE_NAME, name);
      take_string (release, WP_RELEASE_RANK, wp_entity_get_string (below, WP_ITEM_RANK));
      g_ptr_array_add (releases, release);
    }
  _wp_document_load_entities (document, WP_KIND_RELEASE, releases);

  return document;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = g_str_equal (gtk_widget_get_name (child), name) ? child : find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first item the "Top of the Backlog" list offers. */
static const char *
offered_item (GtkWidget *view)
{
  GtkWidget *row = gtk_widget_get_first_child (find_named (view, "backlog_items"));

  return row != NULL ? g_object_get_data (G_OBJECT (row), "wp-id") : NULL;
}

static void
bench_sprints (WpDocument *document,
               int         n_items,
               int         n_sprints)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  g_autoptr(GArray) choose = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plan = g_array_new (FALSE, FALSE, sizeof (double));
  WpSprintsView *view = g_object_new (WP_TYPE_SPRINTS_VIEW, NULL);
  GtkListBox *list;
  GtkWindow *window;
  gint64 start = g_get_monotonic_time ();
  double first_frame_ms;

  wp_sprints_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1400, 900, &frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  list = GTK_LIST_BOX (find_named (GTK_WIDGET (view), "sprint_list"));

  for (guint i = 0; i < 30; i++)
    {
      gint64 before = g_get_monotonic_time ();
      double ms;

      gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, i % 3));
      wait_for_paint (&frames);
      ms = (g_get_monotonic_time () - before) / 1000.0;
      g_array_append_val (choose, ms);
    }
  /* Plan into the active sprint, shown first. */
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  wait_for_paint (&frames);
  for (guint i = 0; i < 30; i++)
    {
      gint64 before = g_get_monotonic_time ();
      double ms;

      gtk_widget_activate_action (GTK_WIDGET (view), "sprints.plan-item", "s", offered_item (GTK_WIDGET (view)));
      wait_for_paint (&frames);
      ms = (g_get_monotonic_time () - before) / 1000.0;
      g_array_append_val (plan, ms);
    }
  g_array_set_size (frames.frames, 0);
  for (guint i = 0; i < 60; i++)
    {
      static const char * const charts[] = { "burndown_chart", "velocity_chart", "forecast_chart" };

      for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
        gtk_widget_queue_draw (find_named (GTK_WIDGET (view), charts[c]));
      wait_for_paint (&frames);
    }

  g_print ("\nSprints page, %d items, %d sprints, 3 releases; open page to first frame: %.1f ms", n_items, n_sprints,
           first_frame_ms);
  print_header ("(from the change to its frame; redrawing: work per frame)", "times");
  print_row ("choosing a sprint", choose);
  print_row ("planning an item (Enter)", plan);
  print_row ("redrawing the three charts", frames.frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
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

  return 0;
}
