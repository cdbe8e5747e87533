/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Feedback page of wp-bench-ui: importing a CSV file and each keystroke of a search. */
#include "config.h"

#include "wp-bench-ui.h"
#include "wp-feedback-import.h"
#include "wp-feedback-view.h"

static const char * const feedback_words[] = {
  "offline", "maps", "battery", "route", "export", "gpx", "elevation", "sync", "share", "club",
  "group", "hike", "trail", "weather", "alert", "download", "region", "slow", "crash", "login",
  "dark", "mode", "print", "compass", "track", "record", "photo", "waypoint", "distance", "time",
};

static const char * const feedback_segments[] = { "Solo hikers", "Hiking clubs", "Tour operators",
                                                 "Trail runners", "Mountain rescue" };
static const char * const feedback_sources[] = { "Interview", "Email", "App review", "Sales call",
                                                "Support ticket" };

/*
 * @n_rows of feedback as a CSV file, with a quoted text of a dozen words each;
 * the same every time.
 */
static GBytes *
generate_feedback_csv (guint n_rows,
                       guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *csv = g_string_new ("Received,Customer,Segment,Source,Importance,Feedback,Tags\n");

  for (guint i = 0; i < n_rows; i++)
    {
      g_string_append_printf (
        csv, "2026-%02d-%02d,Customer %u,%s,%s,%d,\"", g_rand_int_range (rand, 1, 13),
        g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 0, MAX (n_rows / 20, 10)),
        feedback_segments[g_rand_int_range (rand, 0, G_N_ELEMENTS (feedback_segments))],
        feedback_sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (feedback_sources))],
        g_rand_int_range (rand, 1, 4));
      for (guint w = 0; w < 12; w++)
        g_string_append_printf (csv, "%s%s", w ? " " : "",
                                feedback_words[g_rand_int_range (rand, 0,
                                                                 G_N_ELEMENTS (feedback_words))]);
      g_string_append_printf (csv, "\",%s\n",
                              feedback_words[g_rand_int_range (rand, 0,
                                                               G_N_ELEMENTS (feedback_words))]);
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

/*
 * Types @text into the search one character at a time, then takes it back;
 * each keystroke until its frame.
 */
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

void
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

  g_print ("\nFeedback page, %d entries; importing them from CSV (%.1f MB): %.1f ms; open page to "
           "first frame: %.1f ms\n",
           n_feedback, g_bytes_get_size (csv) / 1e6, import_ms, first_frame_ms);
  g_print (
    "Importing %d more with the page shown, to the updated frame: %.1f ms; undoing that: %.1f ms",
    n_feedback / 5, more_ms, undo_ms);
  print_header ("(from a keystroke in the search to its updated frame)", "keys");
  print_row ("typing a letter (narrows)", typed);
  print_row ("erasing a letter (widens)", erased);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}
