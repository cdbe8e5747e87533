/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Widget tests of the sprint review: the presentation's keys, its notes, and
 * choosing the slides.
 */
#include "config.h"

#include "wp-review-window.h"
#include "wp-review.h"
#include "wp-slides-dialog.h"
#include "test-util.h"

/* A key as the window's key controller sees it. */
static void
press (WpReviewWindow *review,
       guint           keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (review));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  spin ();
}

/* A review nobody chose slides for: every kind but the two flow charts. */
#define DEFAULT_SLIDES (WP_N_SLIDE_KINDS - 2)

static void
test_keys (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT, "sprint-3");
  WpReviewWindow *review = wp_review_window_present (NULL, document, sprint);

  g_object_ref (review);
  spin ();
  g_assert_cmpuint (wp_review_window_get_n_slides (review), ==, DEFAULT_SLIDES);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 0);

  press (review, GDK_KEY_Right);
  press (review, GDK_KEY_space);
  press (review, GDK_KEY_Page_Down);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 3);
  press (review, GDK_KEY_Left);
  press (review, GDK_KEY_Page_Up);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 1);
  press (review, GDK_KEY_End);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, DEFAULT_SLIDES - 1);
  /* Past the end stays at the end. */
  press (review, GDK_KEY_Right);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, DEFAULT_SLIDES - 1);
  press (review, GDK_KEY_Home);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 0);

  /* A number then Enter; one out of range goes nowhere. */
  press (review, GDK_KEY_5);
  press (review, GDK_KEY_Return);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 4);
  press (review, GDK_KEY_9);
  press (review, GDK_KEY_9);
  press (review, GDK_KEY_Return);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 4);
  /* The keypad types too; Escape forgets a number without leaving, and so does another key. */
  press (review, GDK_KEY_KP_2);
  press (review, GDK_KEY_Escape);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (review)));
  press (review, GDK_KEY_Return);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 4);
  press (review, GDK_KEY_KP_3);
  press (review, GDK_KEY_Right);
  press (review, GDK_KEY_Return);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 5);
  press (review, GDK_KEY_KP_5);
  press (review, GDK_KEY_KP_Enter);
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 4);

  /* O and B show all slides and a blank screen; Escape comes back first, then leaves. */
  press (review, GDK_KEY_o);
  g_assert_cmpstr (wp_review_window_get_mode (review), ==, "overview");
  press (review, GDK_KEY_Escape);
  g_assert_cmpstr (wp_review_window_get_mode (review), ==, "slides");
  press (review, GDK_KEY_b);
  g_assert_cmpstr (wp_review_window_get_mode (review), ==, "blank");
  press (review, GDK_KEY_b);
  g_assert_cmpstr (wp_review_window_get_mode (review), ==, "slides");
  g_assert_cmpuint (wp_review_window_get_slide (review), ==, 4);
  press (review, GDK_KEY_Escape);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (review)));

  g_object_unref (review);
}

static void
test_notes (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT, "sprint-4");
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  guint before = g_list_model_get_n_items (feedback);
  WpReviewWindow *review = wp_review_window_present (NULL, document, sprint);
  GtkWidget *notes;
  GtkWidget *button;

  spin ();
  notes = find_named (GTK_WIDGET (review), "review-notes");
  g_assert_nonnull (notes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)),
                            "Wants a battery report\n\nAsk about Garmin", -1);
  button = find_widget (GTK_WIDGET (review), GTK_TYPE_BUTTON, "Add Notes as _Feedback");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  /* The notes are kept, each line became an entry, in one undo step. */
  g_assert_cmpstr (wp_entity_get_string (sprint, WP_SPRINT_REVIEW_NOTES), ==,
                   "Wants a battery report\n\nAsk about Garmin");
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, before + 2);
  {
    g_autoptr(WpEntity) last = g_list_model_get_item (feedback, before + 1);

    g_assert_cmpstr (wp_entity_get_string (last, WP_FEEDBACK_TEXT), ==, "Ask about Garmin");
    g_assert_cmpstr (wp_entity_get_string (last, WP_FEEDBACK_CUSTOMER), ==, "Sprint 4");
  }
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, before);

  gtk_window_destroy (GTK_WINDOW (review));
}

static void
test_choose_slides (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT, "sprint-4");
  WpSlidesDialog *dialog = wp_slides_dialog_new (NULL, document, sprint);
  GtkWidget *list = find_named (GTK_WIDGET (dialog), "slides");
  GtkWidget *velocity;
  const char * const *chosen;
  g_autoptr(GArray) kinds = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  spin ();

  /* Leave out the title; move Velocity up one. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                 ADW_ACTION_ROW (find_widget (list, ADW_TYPE_ACTION_ROW,
                                                              "Title")))),
                               FALSE);
  velocity = find_widget (list, GTK_TYPE_BUTTON, "Move “Velocity” Up");
  g_assert_nonnull (velocity);
  g_signal_emit_by_name (velocity, "clicked");
  chosen = wp_entity_get_strv (sprint, WP_SPRINT_REVIEW_SLIDES);
  g_assert_cmpstr (chosen[0], ==, "goal");
  g_assert_cmpstr (chosen[3], ==, "velocity");
  g_assert_cmpstr (chosen[4], ==, "burndown");
  kinds = wp_review_get_kinds (sprint);
  g_assert_cmpuint (kinds->len, ==, DEFAULT_SLIDES - 1);
  /* A flow chart, not shown at first, is chosen with its box: it goes last. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                 ADW_ACTION_ROW (find_widget (list, ADW_TYPE_ACTION_ROW,
                                                              "Cumulative Flow")))),
                               TRUE);
  chosen = wp_entity_get_strv (sprint, WP_SPRINT_REVIEW_SLIDES);
  g_assert_cmpuint (g_strv_length ((GStrv) chosen), ==, DEFAULT_SLIDES);
  g_assert_cmpstr (chosen[DEFAULT_SLIDES - 1], ==, "flow");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Choose Review Slides");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/review/keys", test_keys);
  g_test_add_func ("/review/notes", test_notes);
  g_test_add_func ("/review/choose-slides", test_choose_slides);

  return g_test_run ();
}
