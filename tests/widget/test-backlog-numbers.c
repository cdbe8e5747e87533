/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Backlog page's numbers: release lines' forecasts, scores, proposals. */
#include "config.h"

#include <string.h>

#include "wp-backlog-view.h"
#include "test-backlog.h"
#include "wp-score.h"

/* The MVP's line says when the work above it is done, in red: later than the release's date. */
static void
test_release_line_forecast (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GtkWidget *forecast;

  spin ();
  forecast = find_label_containing (GTK_WIDGET (view), "85%: by Sprint ");
  g_assert_nonnull (forecast);
  g_assert_true (gtk_widget_get_visible (forecast));
  g_assert_true (gtk_widget_has_css_class (forecast, "error"));

  gtk_window_destroy (window);
}

/* The label under @root containing @text, once the main loop has shown it (or NULL after 5 s). */
static GtkWidget *
wait_for_label (GtkWidget  *root,
                const char *text)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GtkWidget *label;

  while ((label = find_label_containing (root, text)) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  return label;
}

/*
 * An item dragged from below the MVP's line rests just above it: the line shows its forecast
 * with the item's points, the forecast it has once the item is dropped there. A dragged line
 * shows its own. Leaving puts the forecast back.
 */
static void
test_release_line_preview (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  WpEntity *mvp;
  guint line = mvp_line (view, document, &mvp);
  g_autoptr(GPtrArray) moving = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *preview = NULL;
  g_autofree char *before = NULL;
  GtkWidget *label;

  for (guint i = line + 1; moving->len == 0; i++)
    if (WP_IS_ITEM (entry_at (view, i)) &&
        wp_entity_get_number (entry_at (view, i), WP_ITEM_ESTIMATE) >= 8)
      g_ptr_array_add (moving, g_object_ref (entry_at (view, i)));
  spin ();
  before = g_strdup (gtk_label_get_label (GTK_LABEL (find_label_containing (GTK_WIDGET (view),
                                                                             "85%: by Sprint "))));

  wp_backlog_view_hover_entities (view, moving, line);
  label = wait_for_label (GTK_WIDGET (view), "If dropped here: 85%: by Sprint ");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "accent"));
  preview = g_strdup (gtk_label_get_label (GTK_LABEL (label)) + strlen ("If dropped here: "));

  wp_backlog_view_hover_entities (view, NULL, 0);
  g_assert_null (find_label_containing (GTK_WIDGET (view), "If dropped here"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_label_containing (GTK_WIDGET (view),
                                                                          "85%: by Sprint "))),
                   ==, before);

  g_assert_true (wp_backlog_view_drop_entities (view, moving, line));
  spin ();
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (
                                     find_label_containing (GTK_WIDGET (view), "85%: by Sprint "))),
                                   preview));

  /* The item dragged back below the line: the line it leaves shows the forecast without it. */
  line = wp_list_position (wp_backlog_view_get_model (view), mvp);
  wp_backlog_view_hover_entities (view, moving, line + 1);
  label = wait_for_label (GTK_WIDGET (view), "If dropped here: 85%: by Sprint ");
  g_assert_nonnull (label);
  g_clear_pointer (&preview, g_free);
  preview = g_strdup (gtk_label_get_label (GTK_LABEL (label)) + strlen ("If dropped here: "));
  wp_backlog_view_hover_entities (view, NULL, 0);
  g_assert_true (wp_backlog_view_drop_entities (view, moving, line + 1));
  spin ();
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (
                                     find_label_containing (GTK_WIDGET (view), "85%: by Sprint "))),
                                   preview));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_label_containing (GTK_WIDGET (view),
                                                                          "85%: by Sprint "))),
                   ==, before);

  /* The line itself, dragged to the top: nothing is left above it. */
  g_ptr_array_add (lines, g_object_ref (mvp));
  wp_backlog_view_hover_entities (view, lines, 0);
  g_assert_nonnull (wait_for_label (GTK_WIDGET (view),
                                    "If dropped here: no work left above the line"));
  wp_backlog_view_hover_entities (view, NULL, 0);

  gtk_window_destroy (window);
}

/* The first shown widget under @root with @css_class. */
static GtkWidget *
find_shown_with_class (GtkWidget  *root,
                       const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_get_visible (child) && gtk_widget_has_css_class (child,
                                                                                       css_class)
                         ? child : find_shown_with_class (child, css_class);

      if (found != NULL && gtk_widget_get_mapped (found))
        return found;
    }

  return NULL;
}

/* The PO picks a score for the rows; each explains itself; the choice is the product's. */
static void
test_score_column (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GtkWidget *score;
  GtkPopover *popover;

  spin ();
  g_assert_null (find_shown_with_class (GTK_WIDGET (view), "score"));
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.score-column", "s", "wsjf");
  spin ();
  g_assert_cmpstr (wp_entity_get_string (product, WP_PRODUCT_SCORE_COLUMN), ==, "wsjf");
  g_assert_nonnull (find_label_containing (GTK_WIDGET (view), "estimate in points · WSJF"));
  score = find_shown_with_class (GTK_WIDGET (view), "score");
  g_assert_true (GTK_IS_MENU_BUTTON (score));
  /* The explanation is written as the popover opens. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (score));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (score));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (gtk_popover_get_child (popover))),
                            "WSJF = (value + time criticality + risk reduction) ÷ effort"));

  wp_document_undo (document);
  spin ();
  g_assert_null (wp_entity_get_string (product, WP_PRODUCT_SCORE_COLUMN));
  g_assert_null (find_shown_with_class (GTK_WIDGET (view), "score"));

  gtk_window_destroy (window);
}

/* By WSJF, applied: the open items in the order of their scores, unscored last. */
static void
test_propose_by_wsjf (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GListModel *shown = wp_backlog_view_get_model (view);
  double last = G_MAXDOUBLE;

  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.propose", "s", "wsjf");
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.apply-proposal", NULL);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Order by WSJF");
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (shown, i);
      double wsjf = WP_IS_ITEM (entity)
                    ? wp_score (WP_SCORE_WSJF, wp_document_get_demand (document), entity)
                    : last;

      g_assert_cmpfloat (wsjf, <=, last);
      last = wsjf;
    }

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/backlog/release-line-forecast", test_release_line_forecast);
  g_test_add_func ("/backlog/release-line-preview", test_release_line_preview);
  g_test_add_func ("/backlog/score-column", test_score_column);
  g_test_add_func ("/backlog/propose-by-wsjf", test_propose_by_wsjf);

  return g_test_run ();
}
