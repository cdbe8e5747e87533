/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the item details: every edit reaches the document and can be undone. */
#include "config.h"

#include <string.h>

#include "wp-item-details.h"
#include "wp-scorecard-dialog.h"
#include "wp-scorecard.h"
#include "test-util.h"

typedef struct {
  WpDocument    *document;
  WpEntity      *item;
  WpItemDetails *details;
  GtkWindow     *window;
} Fixture;

static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = load_sample ();
  f->item = wp_document_lookup (f->document, WP_KIND_ITEM, "item-004");
  g_assert_nonnull (f->item);
  f->details = g_object_new (WP_TYPE_ITEM_DETAILS, NULL);
  wp_item_details_set_item (f->details, f->document, f->item);
  f->window = show_in_window (GTK_WIDGET (f->details), 400, 700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->document);
}

static void
apply_entry (Fixture    *f,
             const char *title,
             const char *text)
{
  GtkWidget *row = find_titled (GTK_WIDGET (f->details), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static void
test_numbers (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *row = find_titled (GTK_WIDGET (f->details), ADW_TYPE_ENTRY_ROW, "Estimate (points)");

  apply_entry (f, "Estimate (points)", "13");
  g_assert_cmpfloat (wp_entity_get_number (f->item, WP_ITEM_ESTIMATE), ==, 13);
  apply_entry (f, "Value", "0,5");
  g_assert_cmpfloat (wp_entity_get_number (f->item, WP_ITEM_VALUE), ==, 0.5);

  /* Not a number: marked, and the document keeps its value. */
  apply_entry (f, "Estimate (points)", "five");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpfloat (wp_entity_get_number (f->item, WP_ITEM_ESTIMATE), ==, 13);

  apply_entry (f, "Effort", "");
  g_assert_cmpfloat (wp_entity_get_number (f->item, WP_ITEM_EFFORT), ==, -1);

  wp_document_undo (f->document);
  wp_document_undo (f->document);
  wp_document_undo (f->document);
  g_assert_cmpfloat (wp_entity_get_number (f->item, WP_ITEM_ESTIMATE), !=, 13);
  /* The fields follow an undo, once it is over. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), !=, "13");
}

/* What a score row says, and how its button explains it. */
static const char *
score_of (Fixture    *f,
          const char *score,
          const char **explanation)
{
  GtkWidget *row = find_titled (GTK_WIDGET (f->details), ADW_TYPE_ACTION_ROW, score);
  GtkWidget *button = find_widget (row, GTK_TYPE_MENU_BUTTON, NULL);

  *explanation = gtk_label_get_label (
    GTK_LABEL (gtk_popover_get_child (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static void
test_scores (Fixture       *f,
             gconstpointer  data)
{
  const char *how;

  apply_entry (f, "Value", "7");
  apply_entry (f, "Effort", "3");
  g_assert_cmpstr (score_of (f, "RICE", &how), ==, "Not enough numbers for a score");

  /* 120 × 2 × 80% ÷ 3 = 64, every term shown. */
  apply_entry (f, "Reach", "120");
  apply_entry (f, "Impact", "2");
  apply_entry (f, "Confidence (%)", "80");
  spin ();
  g_assert_cmpfloat (wp_entity_get_number (f->item, WP_ITEM_CONFIDENCE), ==, 80);
  g_assert_cmpstr (score_of (f, "RICE", &how), ==, "64");
  g_assert_nonnull (strstr (how, "= 120 × 2 × 80% ÷ 3"));
  g_assert_nonnull (strstr (how, "Reach 120: as typed"));

  /* (7 + 5 + 3) ÷ 3 = 5. */
  apply_entry (f, "Time Criticality", "5");
  apply_entry (f, "Risk Reduction", "3");
  spin ();
  g_assert_cmpstr (score_of (f, "WSJF", &how), ==, "5");
  g_assert_nonnull (strstr (how, "= (7 + 5 + 3) ÷ 3\n= 5"));

  /* An emptied reach counts the customers who asked, or their feedback as the product says. */
  apply_entry (f, "Reach", "");
  spin ();
  score_of (f, "RICE", &how);
  g_assert_nonnull (strstr (how, "the customers whose feedback asks for it"));
  adw_combo_row_set_selected (
    ADW_COMBO_ROW (find_titled (GTK_WIDGET (f->details), ADW_TYPE_COMBO_ROW, "Empty Reach Counts")),
    1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (f->details),
                                                           GTK_TYPE_SPIN_BUTTON, NULL)), 30);
  g_assert_cmpstr (wp_entity_get_string (WP_ENTITY (wp_document_get_product (f->document)),
                                         WP_PRODUCT_REACH_FROM), ==, "mentions");
  g_assert_cmpint (wp_entity_get_int (WP_ENTITY (wp_document_get_product (f->document)),
                                      WP_PRODUCT_REACH_DAYS), ==, 30);
  score_of (f, "RICE", &how);
  g_assert_nonnull (strstr (how, "importance of the feedback that asks for it, received in the "
                                 "last 30 days"));
  wp_document_undo (f->document);
  wp_document_undo (f->document);
  wp_document_undo (f->document);
  spin ();
  g_assert_cmpstr (score_of (f, "RICE", &how), ==, "64");
}

/*
 * The product's criteria appear as rows to rate on, rated from 0 to the scale (more counts as
 * the scale), and the scorecard's score explains itself; the rows follow a change of the
 * scorecard and its undo.
 */
static void
test_scorecard (Fixture       *f,
                gconstpointer  data)
{
  const char *how;
  g_autofree char *fit = NULL;

  g_assert_null (find_titled (GTK_WIDGET (f->details), ADW_TYPE_ACTION_ROW, "Scorecard"));
  fit = wp_scorecard_add (f->document, "Fit");
  spin ();
  g_assert_cmpstr (score_of (f, "Scorecard", &how), ==, "Not enough numbers for a score");

  apply_entry (f, "Fit (0–5)", "4");
  g_assert_cmpfloat (wp_scorecard_rating (f->item, fit), ==, 4);
  spin ();
  g_assert_cmpstr (score_of (f, "Scorecard", &how), ==, "4");
  g_assert_nonnull (strstr (how, "Fit: 1 × 4 (of 5)\n= 4"));
  apply_entry (f, "Fit (0–5)", "9");
  g_assert_cmpfloat (wp_scorecard_rating (f->item, fit), ==, 5);

  wp_scorecard_change (f->document, fit, "Fit", 10, 2);
  spin ();
  g_assert_nonnull (find_titled (GTK_WIDGET (f->details), ADW_TYPE_ENTRY_ROW, "Fit (0–10)"));
  g_assert_cmpstr (score_of (f, "Scorecard", &how), ==, "10");
  wp_document_undo (f->document);
  spin ();
  g_assert_nonnull (find_titled (GTK_WIDGET (f->details), ADW_TYPE_ENTRY_ROW, "Fit (0–5)"));
  g_assert_cmpstr (score_of (f, "Scorecard", &how), ==, "5");
}

/* The scorecard's dialog: a criterion added, renamed, scaled, weighted and removed, undone. */
static void
test_scorecard_dialog (Fixture       *f,
                       gconstpointer  data)
{
  WpScorecardDialog *dialog = wp_scorecard_dialog_new (NULL, f->document);
  GtkWidget *root = GTK_WIDGET (dialog);
  g_autoptr(GArray) criteria = NULL;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (dialog));
  spin ();
  row = find_titled (root, ADW_TYPE_ENTRY_ROW, "New Criterion");
  gtk_editable_set_text (GTK_EDITABLE (row), "Fit");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_nonnull (find_titled (root, ADW_TYPE_EXPANDER_ROW, "Fit"));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (
                                                find_titled (root, ADW_TYPE_ACTION_ROW, "Scale"),
                                                GTK_TYPE_SPIN_BUTTON, NULL)), 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (
                                                find_titled (root, ADW_TYPE_ACTION_ROW, "Weight"),
                                                GTK_TYPE_SPIN_BUTTON, NULL)), 2.5);
  row = find_titled (root, ADW_TYPE_ENTRY_ROW, "Name");
  gtk_editable_set_text (GTK_EDITABLE (row), "Strategic fit");
  g_signal_emit_by_name (row, "apply");
  criteria = wp_scorecard_criteria (f->document);
  g_assert_cmpuint (criteria->len, ==, 1);
  g_assert_cmpstr (g_array_index (criteria, WpCriterion, 0).name, ==, "Strategic fit");
  g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 0).scale, ==, 10);
  g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 0).weight, ==, 2.5);
  g_assert_nonnull (find_titled (root, ADW_TYPE_EXPANDER_ROW, "Strategic fit"));
  g_assert_nonnull (find_titled (GTK_WIDGET (f->details), ADW_TYPE_ENTRY_ROW,
                                 "Strategic fit (0–10)"));

  /* Clicks of one spin button in a row are one undo step. */
  {
    GtkSpinButton *scale = GTK_SPIN_BUTTON (find_widget (
                                              find_titled (root, ADW_TYPE_ACTION_ROW, "Scale"),
                                              GTK_TYPE_SPIN_BUTTON, NULL));
    g_autoptr(GArray) undone = NULL;

    gtk_spin_button_spin (scale, GTK_SPIN_STEP_FORWARD, 1);
    gtk_spin_button_spin (scale, GTK_SPIN_STEP_FORWARD, 1);
    wp_document_undo (f->document);
    undone = wp_scorecard_criteria (f->document);
    g_assert_cmpfloat (g_array_index (undone, WpCriterion, 0).scale, ==, 10);
  }

  g_signal_emit_by_name (find_widget (root, GTK_TYPE_BUTTON, "Remove “Strategic fit”"),
                         "clicked");
  g_assert_null (find_titled (root, ADW_TYPE_EXPANDER_ROW, "Strategic fit"));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (f->document)), ==,
                   "Remove Criterion");
  wp_document_undo (f->document);
  g_assert_nonnull (find_titled (root, ADW_TYPE_EXPANDER_ROW, "Strategic fit"));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_title_and_labels (Fixture       *f,
                       gconstpointer  data)
{
  const char *expected[] = { "maps", "offline first", NULL };

  apply_entry (f, "Title", "  Better title  ");
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_TITLE), ==, "Better title");
  apply_entry (f, "Title", "   ");
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_TITLE), ==, "Better title");
  apply_entry (f, "Labels, separated by commas", "maps, , offline first ,");
  g_assert_cmpstrv (wp_entity_get_strv (f->item, WP_ITEM_LABELS), expected);
}

static void
test_choices (Fixture       *f,
              gconstpointer  data)
{
  AdwComboRow *status =
    ADW_COMBO_ROW (find_titled (GTK_WIDGET (f->details), ADW_TYPE_COMBO_ROW, "Status"));
  AdwComboRow *moscow =
    ADW_COMBO_ROW (find_titled (GTK_WIDGET (f->details), ADW_TYPE_COMBO_ROW, "MoSCoW"));

  /* 0 is "Not on the board", then the columns in order: the last one is Done. */
  adw_combo_row_set_selected (status, 4);
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_STATUS), ==, "done");
  g_assert_nonnull (wp_entity_get_string (f->item, WP_ITEM_DONE));
  adw_combo_row_set_selected (moscow, 0);
  g_assert_null (wp_entity_get_string (f->item, WP_ITEM_MOSCOW));
}

static void
test_acceptance (Fixture       *f,
                 gconstpointer  data)
{
  JsonArray *criteria;
  guint before =
    json_array_get_length (json_node_get_array (wp_entity_get_node (f->item, WP_ITEM_ACCEPTANCE)));

  apply_entry (f, "Add a criterion", "Works offline");
  criteria = json_node_get_array (wp_entity_get_node (f->item, WP_ITEM_ACCEPTANCE));
  g_assert_cmpuint (json_array_get_length (criteria), ==, before + 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (criteria, before),
                                                  "text"),
                   ==, "Works offline");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (f->document)), ==,
                   "Add Acceptance Criterion");
  wp_document_undo (f->document);
  criteria = json_node_get_array (wp_entity_get_node (f->item, WP_ITEM_ACCEPTANCE));
  g_assert_cmpuint (json_array_get_length (criteria), ==, before);
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return GTK_TEXT_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = find_text_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Typing is kept without leaving the field: a save right after finds it. */
static void
test_description_saved_while_typing (Fixture       *f,
                                     gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (f->details)));
  gboolean waited = FALSE;

  gtk_text_buffer_set_text (buffer, "As a hiker I want", -1);
  gtk_text_buffer_insert_at_cursor (buffer, " maps offline", -1);
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_DESCRIPTION), !=,
                   "As a hiker I want maps offline");

  g_timeout_add (1500, on_timeout, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_DESCRIPTION), ==,
                   "As a hiker I want maps offline");

  /* One pause, one undo step. */
  wp_document_undo (f->document);
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_DESCRIPTION), !=,
                   "As a hiker I want maps offline");
}

/* Switching to another item keeps what was typed for the first one. */
static void
test_description_kept_on_switch (Fixture       *f,
                                 gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (f->details)));

  gtk_text_buffer_set_text (buffer, "Typed just before switching", -1);
  wp_item_details_set_item (f->details, f->document,
                            wp_document_lookup (f->document, WP_KIND_ITEM, "item-005"));
  g_assert_cmpstr (wp_entity_get_string (f->item, WP_ITEM_DESCRIPTION), ==,
                   "Typed just before switching");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/details/numbers", Fixture, NULL, fixture_set_up, test_numbers, fixture_tear_down);
  g_test_add ("/details/scores", Fixture, NULL, fixture_set_up, test_scores, fixture_tear_down);
  g_test_add ("/details/scorecard", Fixture, NULL, fixture_set_up, test_scorecard,
              fixture_tear_down);
  g_test_add ("/details/scorecard-dialog", Fixture, NULL, fixture_set_up, test_scorecard_dialog,
              fixture_tear_down);
  g_test_add ("/details/title-and-labels", Fixture, NULL, fixture_set_up, test_title_and_labels,
              fixture_tear_down);
  g_test_add ("/details/choices", Fixture, NULL, fixture_set_up, test_choices, fixture_tear_down);
  g_test_add ("/details/acceptance", Fixture, NULL, fixture_set_up, test_acceptance,
              fixture_tear_down);
  g_test_add ("/details/description-saved-while-typing", Fixture, NULL, fixture_set_up,
              test_description_saved_while_typing, fixture_tear_down);
  g_test_add ("/details/description-kept-on-switch", Fixture, NULL, fixture_set_up,
              test_description_kept_on_switch, fixture_tear_down);

  return g_test_run ();
}
