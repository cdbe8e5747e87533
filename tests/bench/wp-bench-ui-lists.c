/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Backlog and Board pages of wp-bench-ui: scrolling, a real drag and the frame after a drop. */
#include "config.h"

#include "wp-backlog-view.h"
#include "wp-bench-ui.h"
#include "wp-board-view.h"
#include "wp-list-drop.h"

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

/*
 * The frames of a real drag on a document without history, which count only if
 * its drop changed it.
 */
void
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

void
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
  print_header (
    "(work per frame, from the frame clock's before-paint to after-paint; Xvfb, cairo renderer)",
    "frames");
  print_row ("scrolling", frames.frames);

  /*
   * The third row down to the bottom edge, where the list scrolls under the drag
   * for two seconds.
   */
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

/* The longest a main-loop iteration took until @done says so, in ms (at most 10 s). */
static double
longest_stall (gboolean (*done) (WpBacklogView *view),
               WpBacklogView *view)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  double longest = 0;

  while (!done (view) && g_get_monotonic_time () < end)
    {
      gint64 start = g_get_monotonic_time ();

      g_main_context_iteration (NULL, FALSE);
      longest = MAX (longest, (g_get_monotonic_time () - start) / 1000.0);
    }

  return longest;
}

/* Whether some label under @root starts with @prefix. */
static gboolean
shows_label (GtkWidget  *root,
             const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), prefix)) ||
        shows_label (child, prefix))
      return TRUE;

  return FALSE;
}

static gboolean
shows_preview (WpBacklogView *view)
{
  return shows_label (GTK_WIDGET (view), "If dropped here");
}

static gboolean
settled (WpBacklogView *view)
{
  return !g_main_context_pending (NULL);
}

static void
print_stall (const char *what,
             double      ms)
{
  g_print ("| %-34s | %6u | %7.1f ms |            |            |\n", what, 1, ms);
}

/*
 * Release lines that know their odds: a drag resting just above the last of three lines, 7,500
 * items down (its forecast is the longest to simulate), then the drop there, then Ctrl+Z. Each
 * runs in the main loop between frames: the longest it held the loop is what a frame waits.
 */
void
bench_backlog_forecasts (WpDocument *document,
                         int         n_items)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  WpBacklogView *view = g_object_new (WP_TYPE_BACKLOG_VIEW, NULL);
  GListModel *releases = wp_document_get_list (document, WP_KIND_RELEASE);
  g_autoptr(WpEntity) line = g_list_model_get_item (releases,
                                                    g_list_model_get_n_items (releases) - 1);
  g_autoptr(GPtrArray) moving = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  GtkWindow *window;
  guint position = 0;
  double preview, drop, undo;
  gboolean ran;

  wp_backlog_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1100, 720, &frames);
  model = wp_backlog_view_get_model (view);
  while (position < g_list_model_get_n_items (model))
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (model, position);

      if (entry == line)
        break;
      position++;
    }
  g_ptr_array_add (moving, g_list_model_get_item (model, position + 1));
  wp_backlog_view_select (view, line);
  longest_stall (settled, view);
  wait_for_paint (&frames);

  wp_backlog_view_hover_entities (view, moving, position);
  preview = longest_stall (shows_preview, view);
  wp_backlog_view_hover_entities (view, NULL, 0);
  wp_backlog_view_drop_entities (view, moving, position);
  drop = longest_stall (settled, view);
  wp_document_undo (document);
  undo = longest_stall (settled, view);
  wait_for_paint (&frames);
  /* A row above the last line dragged to rest just below it for a second, then dropped. */
  ran = real_drag (find_widget (GTK_WIDGET (view), g_type_from_name ("WpBacklogRow"), position - 3),
                   find_widget (GTK_WIDGET (view), g_type_from_name ("WpBacklogRow"), position + 1),
                   0.5, 0.7, "1", &frames);

  g_print ("\nBacklog page, %d items, 3 release lines forecast from 48 closed sprints", n_items);
  print_header ("(the longest the main loop was held, so the longest a frame waited; then the "
                "work per frame of a real drag)", "runs");
  print_stall ("resting by the last line: preview", preview);
  print_stall ("the drop there (forecast kept)", drop);
  print_stall ("Ctrl+Z (forecast run again)", undo);
  print_real_drag ("real drag across the last line", ran, document, &frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}

void
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
  g_print ("\nBoard page, %d cards in %d columns; open page to first frame: %.1f ms", n_items,
           N_COLUMNS, first_frame_ms);
  print_header ("(work per frame, as above)", "frames");
  print_row ("scrolling a column", frames.frames);

  /* A card of the first column over the middle of the third, hovering a second. */
  ran = real_drag (find_widget (first_column, g_type_from_name ("WpBoardCard"), 1), third_column,
                   0.5, 0.5, "1", &frames);
  print_real_drag ("real drag between columns", ran, document, &frames);
  print_drops (view, drop_on_board, &frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}
