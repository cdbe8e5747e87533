/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Tab and Shift+Tab on the welcome page and every page of the sample: the
 * focus goes round the window, through the header bar and the page, and
 * stops only on widgets a user can see; nothing traps it in a part.
 */
#include "config.h"

#include "wp-application.h"
#include "wp-window.h"
#include "test-util.h"

#define MAX_STOPS 400

static WpApplication *app;

static const char * const pages[] = {
  "vision", "backlog", "board", "roadmap", "feedback", "sprints"
};

static gboolean
count_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  (*(guint *) data)++;

  return G_SOURCE_CONTINUE;
}

/* Until two frames have passed: a list scrolls to its focused row in the frame after. */
static void
wait_for_frames (GtkWindow *window)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (GTK_WIDGET (window), count_tick, &ticks, NULL);

  while (ticks < 2)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
}

static gboolean
any_transition_running (GtkWidget *widget)
{
  if (ADW_IS_SQUEEZER (widget) && adw_squeezer_get_transition_running (ADW_SQUEEZER (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (any_transition_running (child))
      return TRUE;

  return FALSE;
}

/*
 * Until the header bar's view switchers have settled: while one fades into
 * another (a product opening, a busy machine laying out the title again),
 * both are on screen and Tab meets the buttons of each.
 */
static void
wait_for_switcher (GtkWindow *window)
{
  wait_for_frames (window);
  while (any_transition_running (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
}

/* What GtkWindow does for Tab: on to the next widget, round to the first after the last. */
static GtkWidget *
step (GtkWindow        *window,
      GtkDirectionType  direction)
{
  if (!gtk_widget_child_focus (GTK_WIDGET (window), direction))
    {
      gtk_window_set_focus (window, NULL);
      gtk_widget_child_focus (GTK_WIDGET (window), direction);
    }
  wait_for_switcher (window);

  return gtk_window_get_focus (window);
}

/* A widget's type and what it shows: a row's title, a button's tooltip, a list item's child. */
static char *
describe (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  const char *label = ADW_IS_PREFERENCES_ROW (widget)
                      ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))
                      : gtk_widget_get_tooltip_text (widget);

  if (label == NULL && child != NULL)
    return g_strdup_printf ("%s in %s", G_OBJECT_TYPE_NAME (widget), G_OBJECT_TYPE_NAME (child));

  return g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (widget), label != NULL ? label : "");
}

/*
 * Moves the focus until it comes to a widget it was on before: the round it
 * then goes must take in the header bar and the page, or the focus is trapped
 * in part of the window. Every stop must be on screen.
 */
static void
go_round (GtkWindow        *window,
          const char       *page,
          gboolean          page_needed,
          GtkDirectionType  direction)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *focus = step (window, direction);
  guint start, on_page = 0, in_header = 0;

  while (focus != NULL && !g_ptr_array_find (stops, focus, &start) && stops->len < MAX_STOPS)
    {
      g_autofree char *what = describe (focus);

      if (!gtk_widget_is_drawable (focus))
        g_error ("%s: Tab stops on %s, which is not on screen", page, what);
      g_ptr_array_add (stops, g_object_ref (focus));
      focus = step (window, direction);
    }
  if (focus == NULL || stops->len == MAX_STOPS)
    g_error ("%s: Tab did not come round in %d stops", page, MAX_STOPS);

  for (guint i = start; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);

      if (gtk_widget_get_ancestor (stop, ADW_TYPE_VIEW_STACK) != NULL)
        on_page++;
      else if (gtk_widget_get_ancestor (stop, ADW_TYPE_HEADER_BAR) != NULL)
        in_header++;
    }
  if ((on_page == 0 && page_needed) || in_header == 0)
    {
      g_autoptr(GString) round = g_string_new (NULL);

      for (guint i = start; i < stops->len; i++)
        {
          g_autofree char *stop = describe (g_ptr_array_index (stops, i));

          g_string_append_printf (round, "\n  %s", stop);
        }
      g_error ("%s: Tab goes round %u widgets, %u on the page, %u in the header bar:%s",
               page, stops->len - start, on_page, in_header, round->str);
    }
  g_test_message ("%s: %u stops round, %u on the page", page, stops->len - start, on_page);
}

static void
test_tab_goes_round_the_welcome_page (void)
{
  WpWindow *window = wp_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (GTK_WINDOW (window));
  go_round (GTK_WINDOW (window), "welcome", FALSE, GTK_DIR_TAB_FORWARD);
  go_round (GTK_WINDOW (window), "welcome", FALSE, GTK_DIR_TAB_BACKWARD);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_tab_goes_round_every_page (void)
{
  WpWindow *window = wp_window_new (app);
  GtkListBox *sprints;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!wp_window_has_document (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for_switcher (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      /* The page made, filled and laid out. */
      wait_for_frames (GTK_WINDOW (window));
      spin ();
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      go_round (GTK_WINDOW (window), pages[i], TRUE, GTK_DIR_TAB_FORWARD);
      go_round (GTK_WINDOW (window), pages[i], TRUE, GTK_DIR_TAB_BACKWARD);
    }

  /* The Sprints page lays out an active, a planned and a closed sprint each its own way. */
  sprints = GTK_LIST_BOX (find_named (GTK_WIDGET (window), "sprint_list"));
  for (int i = 0; gtk_list_box_get_row_at_index (sprints, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sprints, i);
      g_autofree char *where = g_strdup_printf ("sprints, row %d", i);

      gtk_list_box_select_row (sprints, row);
      wait_for_frames (GTK_WINDOW (window));
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      go_round (GTK_WINDOW (window), where, TRUE, GTK_DIR_TAB_FORWARD);
      go_round (GTK_WINDOW (window), where, TRUE, GTK_DIR_TAB_BACKWARD);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  app = test_application_new ();

  g_test_add_func ("/focus/tab-goes-round-the-welcome-page", test_tab_goes_round_the_welcome_page);
  g_test_add_func ("/focus/tab-goes-round-every-page", test_tab_goes_round_every_page);

  return g_test_run ();
}
