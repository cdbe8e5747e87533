/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Feedback page: the table, search as you type, sorting by a column. */
#include "config.h"

#include <string.h>

#include "wp-demand.h"
#include "wp-feedback-dialog.h"
#include "wp-feedback-view.h"
#include "wp-import-dialog.h"
#include "wp-item-picker.h"
#include "wp-text-area.h"
#include "test-util.h"

static WpFeedbackView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpFeedbackView *view = g_object_new (WP_TYPE_FEEDBACK_VIEW, NULL);

  wp_feedback_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 1200, 700);
  spin ();

  return view;
}

static WpEntity *
shown_at (WpFeedbackView *view,
          guint           position)
{
  g_autoptr(WpEntity)
    feedback = g_list_model_get_item (wp_feedback_view_get_model (view), position);

  return feedback;
}

static void
test_search_narrows (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GListModel *model = wp_feedback_view_get_model (view);
  guint all = g_list_model_get_n_items (model);

  g_assert_cmpuint (all, ==,
                    g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_FEEDBACK)));

  /* A customer, case does not matter. */
  wp_feedback_view_search (view, "priya");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_cmpstr (wp_entity_get_string (shown_at (view, i), WP_FEEDBACK_CUSTOMER), ==,
                     "Priya Raman");

  /* A tag. */
  wp_feedback_view_search (view, "OFFLINE");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);

  /* Nothing, then everything again. */
  wp_feedback_view_search (view, "no customer ever said this");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  wp_feedback_view_search (view, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  gtk_window_destroy (window);
}

/*
 * The table's rows keep their place when the search changes; the selection
 * stays with the entries.
 */
static void
test_selection_follows_entries (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GtkSelectionModel *rows =
    gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view),
                                                             GTK_TYPE_COLUMN_VIEW, NULL)));
  WpEntity *tom = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  guint position = 0;

  while (tom == NULL ||
         g_strcmp0 (wp_entity_get_string (tom, WP_FEEDBACK_CUSTOMER), "Tom Eriksen") != 0)
    tom = shown_at (view, ++position);
  gtk_selection_model_select_item (rows, position, TRUE);

  wp_feedback_view_search (view, "tom eriksen");
  selected = wp_feedback_view_get_selection (view);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == tom);
  g_clear_pointer (&selected, g_ptr_array_unref);

  /* Back to everything: still Tom's entry, at its place again. */
  wp_feedback_view_search (view, "");
  selected = wp_feedback_view_get_selection (view);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == tom);
  g_assert_true (gtk_selection_model_is_selected (rows, position));

  gtk_window_destroy (window);
}

static void
test_sort_by_column (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GListModel *model = wp_feedback_view_get_model (view);
  guint n = g_list_model_get_n_items (model);

  /* Importance, most important first. */
  wp_feedback_view_sort (view, 4, GTK_SORT_DESCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (wp_entity_get_int (shown_at (view, i - 1), WP_FEEDBACK_IMPORTANCE), >=,
                     wp_entity_get_int (shown_at (view, i), WP_FEEDBACK_IMPORTANCE));

  /* Received, oldest first. */
  wp_feedback_view_sort (view, 0, GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_strcmp0 (wp_entity_get_string (shown_at (view, i - 1), WP_FEEDBACK_RECEIVED),
                                wp_entity_get_string (shown_at (view, i), WP_FEEDBACK_RECEIVED)),
                     <=, 0);

  gtk_window_destroy (window);
}

static void
test_empty_document (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);

  g_assert_cmpuint (g_list_model_get_n_items (wp_feedback_view_get_model (view)), ==, 0);
  gtk_window_destroy (window);
}

static GtkWidget *
open_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  spin ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (WP_IS_FEEDBACK_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

static void
select_first (WpFeedbackView *view)
{
  GtkColumnView *table =
    GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));

  gtk_selection_model_select_item (gtk_column_view_get_model (table), 0, TRUE);
}

static void
test_capture_edit_remove (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GListModel *all = wp_document_get_list (document, WP_KIND_FEEDBACK);
  guint n = g_list_model_get_n_items (all);
  GtkWidget *dialog, *text;
  g_autoptr(WpEntity) added = NULL;

  /* Capture: received now, important by default. */
  gtk_widget_activate_action (GTK_WIDGET (view), "feedback.capture", NULL);
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  /* Nothing said, nothing to add. */
  gtk_widget_activate_action (dialog, "dialog.save", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, n);
  text = find_widget (dialog, WP_TYPE_TEXT_AREA, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)),
                            "Please add hut opening times.", -1);
  gtk_editable_set_text (GTK_EDITABLE (find_widget (dialog, ADW_TYPE_ENTRY_ROW, "Customer")),
                         "Julia Becker");
  gtk_editable_set_text (GTK_EDITABLE (find_widget (dialog, ADW_TYPE_ENTRY_ROW,
                                                    "Tags, separated by commas")),
                         "huts, planning ,");
  gtk_widget_activate_action (dialog, "dialog.save", NULL);
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, n + 1);
  added = g_list_model_get_item (all, n);
  g_assert_cmpstr (wp_entity_get_string (added, WP_FEEDBACK_TEXT), ==,
                   "Please add hut opening times.");
  g_assert_cmpint (wp_entity_get_int (added, WP_FEEDBACK_IMPORTANCE), ==, 2);
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (added, WP_FEEDBACK_TAGS)), ==, 2);
  g_assert_cmpstr (wp_entity_get_strv (added, WP_FEEDBACK_TAGS)[1], ==, "planning");
  g_assert_nonnull (wp_entity_get_string (added, WP_FEEDBACK_RECEIVED));

  /* Remove and undo. */
  wp_feedback_view_search (view, "hut opening");
  select_first (view);
  g_assert_true (wp_feedback_view_get_selected (view) == added);
  gtk_widget_activate_action (GTK_WIDGET (view), "feedback.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, n);
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, n + 1);

  /* Edit: the dialog holds the entry; importance changes as one step. */
  select_first (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "feedback.edit", NULL);
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (dialog, ADW_TYPE_COMBO_ROW,
                                                          "Importance")),
                              2);
  gtk_widget_activate_action (dialog, "dialog.save", NULL);
  g_assert_cmpint (wp_entity_get_int (wp_feedback_view_get_selected (view), WP_FEEDBACK_IMPORTANCE),
                   ==, 3);
  g_assert_cmpstr (wp_entity_get_string (wp_feedback_view_get_selected (view), WP_FEEDBACK_TEXT),
                   ==, "Please add hut opening times.");

  gtk_window_destroy (window);
}

static void
on_picked (WpItemPicker *picker,
           WpEntity     *item,
           WpEntity    **picked)
{
  *picked = item;
}

static void
test_link_several_to_a_picked_item (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GtkSelectionModel *selection =
    gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view),
                                                             GTK_TYPE_COLUMN_VIEW, NULL)));
  WpItemPicker *picker = wp_item_picker_new (window, document);
  WpEntity *picked = NULL, *first, *second;

  /* Typing part of a title and Enter picks the first match. */
  g_signal_connect (picker, "picked", G_CALLBACK (on_picked), &picked);
  wp_item_picker_search (picker, "battery SAVER");
  g_signal_emit_by_name (find_widget (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, NULL),
                         "activate");
  g_assert_nonnull (picked);
  g_assert_cmpstr (wp_entity_get_string (picked, WP_ITEM_TITLE), ==,
                   "Battery saver mode for long hikes");

  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);
  first = shown_at (view, 0);
  second = shown_at (view, 1);
  wp_feedback_view_link (view, picked);
  g_assert_true (g_strv_contains (wp_entity_get_strv (first, WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (picked)));
  g_assert_true (g_strv_contains (wp_entity_get_strv (second, WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (picked)));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Link 2 Entries to “Battery saver mode for long hikes”");

  wp_document_undo (document);
  g_assert_false (g_strv_contains (wp_entity_get_strv (first, WP_FEEDBACK_ITEMS),
                                   wp_entity_get_id (picked)));

  gtk_window_destroy (window);
}

static void
test_create_item_from_feedback (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GtkSelectionModel *selection =
    gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view),
                                                             GTK_TYPE_COLUMN_VIEW, NULL)));
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);
  WpEntity *item, *first, *second;
  g_autoptr(WpEntity) top = NULL;

  g_assert_null (wp_feedback_view_create_item (view));

  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);
  first = shown_at (view, 0);
  second = shown_at (view, 1);
  item = wp_feedback_view_create_item (view);
  g_assert_nonnull (item);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n + 1);

  /*
   * At the top, titled after the first sentence (cut at a word when long),
   * quoting both, linked to both.
   */
  top = g_list_model_get_item (items, 0);
  g_assert_true (top == item);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==,
                   "I always screenshot the map before I go because the signal dies at the…");
  g_assert_nonnull (strstr (wp_entity_get_string (item, WP_ITEM_DESCRIPTION), "— Priya Raman"));
  g_assert_nonnull (strstr (wp_entity_get_string (item, WP_ITEM_DESCRIPTION),
                            "— Pennine Ramblers"));
  g_assert_true (g_strv_contains (wp_entity_get_strv (first, WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (item)));
  g_assert_true (g_strv_contains (wp_entity_get_strv (second, WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (item)));

  /* One step. */
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Create Item from Feedback");
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);

  gtk_window_destroy (window);
}

static void
test_most_requested (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  WpDemand *demand = wp_document_get_demand (document);
  GtkListBox *list = wp_feedback_view_get_requested (view);
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (
    find_widget (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON,
                 "Most Requested: items ranked by how many customers asked for them"));
  guint previous_customers = G_MAXUINT, previous_weight = G_MAXUINT, rows = 0;

  gtk_toggle_button_set_active (button, TRUE);
  spin ();
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *id = g_object_get_data (G_OBJECT (row), "wp-id");
      guint customers = wp_demand_customers (demand, id), weight = wp_demand_weight (demand, id);

      g_assert_cmpuint (customers, >, 0);
      g_assert_true (customers < previous_customers ||
                     (customers == previous_customers && weight <= previous_weight));
      previous_customers = customers;
      previous_weight = weight;
      rows++;
    }
  g_assert_cmpuint (rows, >, 1);
  g_assert_cmpuint (rows, <=, 15);

  gtk_window_destroy (window);
}

static GtkDropDown *
dropdown (WpFeedbackView *view,
          const char     *name)
{
  return GTK_DROP_DOWN (find_named (GTK_WIDGET (view), name));
}

/* Every shown entry passes @check. */
static void
assert_shown (WpFeedbackView *view,
              gboolean      (*check) (WpEntity *feedback))
{
  GListModel *model = wp_feedback_view_get_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_true (check (shown_at (view, i)));
}

static const char *chosen_segment;

static gboolean
has_chosen_segment (WpEntity *feedback)
{
  return g_ascii_strcasecmp (wp_entity_get_string (feedback, WP_FEEDBACK_SEGMENT),
                             chosen_segment) == 0;
}

static gboolean
is_critical (WpEntity *feedback)
{
  return wp_entity_get_int (feedback, WP_FEEDBACK_IMPORTANCE) == 3;
}

static gboolean
is_unlinked (WpEntity *feedback)
{
  return wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS)[0] == NULL;
}

static gboolean
in_august (WpEntity *feedback)
{
  return g_str_has_prefix (wp_entity_get_string (feedback, WP_FEEDBACK_RECEIVED), "2026-08-");
}

static void
test_filters (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GListModel *model = wp_feedback_view_get_model (view);
  guint all = g_list_model_get_n_items (model);
  GtkToggleButton *button =
    GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON,
                                    "Filter by segment, source, tag, importance, links and date"));
  GtkDropDown *segments = dropdown (view, "segment-filter");
  GtkEditable *from = GTK_EDITABLE (find_named (GTK_WIDGET (view), "from-entry"));
  GtkEditable *to = GTK_EDITABLE (find_named (GTK_WIDGET (view), "to-entry"));

  gtk_toggle_button_set_active (button, TRUE);
  spin ();

  /* The segments the entries have, after "Any segment". */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (segments)), >, 2);
  gtk_drop_down_set_selected (segments, 1);
  chosen_segment = gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (segments)),
                                               1);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  assert_shown (view, has_chosen_segment);
  gtk_drop_down_set_selected (segments, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  gtk_drop_down_set_selected (dropdown (view, "importance-filter"), 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  assert_shown (view, is_critical);
  gtk_drop_down_set_selected (dropdown (view, "linked-filter"), 2);
  assert_shown (view, is_critical);
  assert_shown (view, is_unlinked);

  /* Clearing keeps the search. */
  gtk_widget_activate_action (GTK_WIDGET (view), "feedback.clear-filters", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  /* Between two days, both counted; a day that is not one is marked and left out. */
  gtk_drop_down_set_selected (dropdown (view, "received-filter"), 5);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (from)));
  gtk_editable_set_text (from, "2026-08-01");
  gtk_editable_set_text (to, "2026-08-31");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  assert_shown (view, in_august);
  gtk_editable_set_text (to, "the end of summer");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  /* Days back from today need no days typed. */
  gtk_drop_down_set_selected (dropdown (view, "received-filter"), 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (from)));

  /* Hiding the row drops the filters; showing it again brings them back. */
  gtk_drop_down_set_selected (dropdown (view, "importance-filter"), 1);
  gtk_toggle_button_set_active (button, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  gtk_toggle_button_set_active (button, TRUE);
  assert_shown (view, is_critical);

  gtk_window_destroy (window);
}

static void
test_narrow_window_drops_columns (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpFeedbackView *view = g_object_new (WP_TYPE_FEEDBACK_VIEW, NULL);
  GtkWindow *window;
  GListModel *columns;
  const gboolean shown[] = { TRUE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE };

  wp_feedback_view_set_document (view, document);
  window = show_in_window (GTK_WIDGET (view), 380, 600);
  spin ();

  /* Received, customer and what they said stay. */
  columns =
    gtk_column_view_get_columns (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view),
                                                               GTK_TYPE_COLUMN_VIEW, NULL)));
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpint (gtk_column_view_column_get_visible (column), ==, shown[i]);
    }

  gtk_window_destroy (window);
}

static void
test_link_from_the_side_list (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpFeedbackView *view = new_view (document, &window);
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (
    find_widget (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON,
                 "Link by Dragging: drag feedback onto a backlog item (or press Ctrl+L)"));
  GtkListBox *targets = GTK_LIST_BOX (find_named (GTK_WIDGET (view), "link-targets"));
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(WpEntity) top = g_list_model_get_item (items, 0);
  GtkListBoxRow *row;
  WpEntity *feedback = shown_at (view, 0);
  GtkWidget *search;
  guint listed = 0;

  gtk_toggle_button_set_active (button, TRUE);
  spin ();

  /* The top of the backlog, one row per item, named after it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (targets)); child;
       child = gtk_widget_get_next_sibling (child))
    listed++;
  g_assert_cmpuint (listed, ==, MIN (g_list_model_get_n_items (items), 50));
  row = gtk_list_box_get_row_at_index (targets, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   wp_entity_get_display_name (top));

  /* Typing narrows it. */
  search = find_named (GTK_WIDGET (view), "item-search");
  gtk_editable_set_text (GTK_EDITABLE (search), wp_entity_get_display_name (top));
  /* Without waiting for the entry's pause. */
  g_signal_emit_by_name (search, "search-changed");
  g_assert_nonnull (gtk_list_box_get_row_at_index (targets, 0));
  g_assert_null (gtk_list_box_get_row_at_index (targets, 1));

  /* Enter on an item links the selected entries, as a drop does. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (
                                     find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL)))),
                                   0, TRUE);
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (targets, 0), "activate");
  g_assert_true (g_strv_contains (wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (top)));
  wp_document_undo (document);
  g_assert_false (g_strv_contains (wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS),
                                   wp_entity_get_id (top)));

  gtk_window_destroy (window);
}

static void
imported_count (WpImportDialog *dialog,
                guint           count,
                guint          *out)
{
  *out = count;
}

static void
test_import_dialog (void)
{
  const char *csv = "Date;Person;Comment\n2026-09-14;Ann;<b>Offline</b> maps\n2026-02-30;Bo;Not a "
                    "day\n;Cy;Dark mode\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(WpFeedbackImport) import = wp_feedback_import_new (bytes, &error);
  g_autoptr(WpDocument) document = wp_document_new_product ();
  GtkWindow *window = show_in_window (gtk_label_new (NULL), 800, 600);
  WpImportDialog *dialog;
  AdwComboRow *customer, *text;
  AdwPreferencesGroup *group;
  GtkListBox *preview;
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  g_autoptr(WpEntity) first = NULL;
  guint imported = 0;

  g_assert_no_error (error);
  dialog = wp_import_dialog_new (window, document, import, "Q&A <b>feedback</b>.csv");
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_count), &imported);
  spin ();

  /* "Person" is not a known name: the customer is not mapped yet; the bad day is left out. */
  g_assert_cmpuint (wp_import_dialog_get_n_ready (dialog), ==, 2);
  /*
   * The file's name is shown as written, though the group's title is markup (its
   * getter gives the text shown).
   */
  group =
    ADW_PREFERENCES_GROUP (find_widget (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, NULL));
  g_assert_cmpstr (adw_preferences_group_get_title (group), ==, "Q&A <b>feedback</b>.csv");
  customer = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Customer"));
  text = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "What They Said"));
  g_assert_cmpuint (adw_combo_row_get_selected (customer), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (text), ==, 3);
  adw_combo_row_set_selected (customer, 2);
  preview = GTK_LIST_BOX (find_named (GTK_WIDGET (dialog), "preview-list"));
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (preview, 0))),
                   ==, "Ann · 14 Sep 2026");
  /* Markup in the file stays text. */
  g_assert_false (adw_preferences_row_get_use_markup (
    ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (preview, 0))));

  /* Without a column for the text nothing can be imported. */
  adw_combo_row_set_selected (text, 0);
  g_assert_cmpuint (wp_import_dialog_get_n_ready (dialog), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL) &&
                  imported > 0);
  adw_combo_row_set_selected (text, 3);

  /* Import: one step, the dialog closes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_cmpuint (imported, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 2);
  first = g_list_model_get_item (feedback, 0);
  g_assert_cmpstr (wp_entity_get_string (first, WP_FEEDBACK_CUSTOMER), ==, "Ann");
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 0);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/feedback/search-narrows", test_search_narrows);
  g_test_add_func ("/feedback/sort-by-column", test_sort_by_column);
  g_test_add_func ("/feedback/selection-follows-entries", test_selection_follows_entries);
  g_test_add_func ("/feedback/empty-document", test_empty_document);
  g_test_add_func ("/feedback/capture-edit-remove", test_capture_edit_remove);
  g_test_add_func ("/feedback/link-several-to-a-picked-item", test_link_several_to_a_picked_item);
  g_test_add_func ("/feedback/create-item-from-feedback", test_create_item_from_feedback);
  g_test_add_func ("/feedback/most-requested", test_most_requested);
  g_test_add_func ("/feedback/filters", test_filters);
  g_test_add_func ("/feedback/narrow-window-drops-columns", test_narrow_window_drops_columns);
  g_test_add_func ("/feedback/link-from-the-side-list", test_link_from_the_side_list);
  g_test_add_func ("/feedback/import-dialog", test_import_dialog);

  return g_test_run ();
}
