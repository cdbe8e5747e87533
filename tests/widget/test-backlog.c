/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Backlog page, driven through its actions and its drop handler. */
#include "config.h"

#include <string.h>

#include "wp-backlog-row.h"
#include "wp-backlog-view.h"
#include "test-util.h"
#include "wp-rank.h"
#include "wp-score.h"
#include "wp-writer.h"

static WpBacklogView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpBacklogView *view = g_object_new (WP_TYPE_BACKLOG_VIEW, NULL);

  wp_backlog_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 900, 600);

  return view;
}

static WpEntity *
entry_at (WpBacklogView *view,
          guint          position)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (wp_backlog_view_get_model (view), position);

  return entity;
}

static guint
wp_list_position (GListModel *model,
                  gpointer    wanted)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == wanted)
        return i;
    }

  return G_MAXUINT;
}

static const char *
rank_of (WpEntity *entity)
{
  return wp_entity_get_string (entity, WP_IS_ITEM (entity) ? WP_ITEM_RANK : WP_RELEASE_RANK);
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LABEL (child) &&
                         strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL
                         ? child : find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_shows_open_items_and_lines_by_rank (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GListModel *model = wp_backlog_view_get_model (view);
  guint n = g_list_model_get_n_items (model), releases = 0;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      WpEntity *entity = entry_at (view, i);

      if (WP_IS_RELEASE (entity))
        releases++;
      else
        g_assert_cmpstr (wp_entity_get_string (entity, WP_ITEM_STATUS), !=, "done");
      if (i > 0)
        g_assert_cmpint (strcmp (rank_of (entry_at (view, i - 1)), rank_of (entity)), <, 0);
    }
  g_assert_cmpuint (releases, ==, 2);
  /* A legend names the figures at the end of the rows. */
  g_assert_nonnull (find_label_containing (GTK_WIDGET (view), "value/effort"));

  gtk_window_destroy (window);
}

static void
test_drop_places_between_neighbours (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  WpEntity *moved = entry_at (view, 8);
  WpEntity *third = entry_at (view, 2);
  g_autofree char *third_rank = g_strdup (rank_of (third));

  g_object_ref (moved);
  g_assert_true (wp_backlog_view_drop (view, moved, 2));
  g_assert_true (entry_at (view, 2) == moved);
  g_assert_true (entry_at (view, 3) == third);
  g_assert_cmpstr (rank_of (third), ==, third_rank);
  g_assert_true (wp_backlog_view_get_selected (view) == moved);

  /* Dropping next to itself changes nothing. */
  g_assert_false (wp_backlog_view_drop (view, moved, 2));
  g_assert_false (wp_backlog_view_drop (view, moved, 3));

  wp_document_undo (document);
  g_assert_true (entry_at (view, 8) == moved);
  g_object_unref (moved);
  gtk_window_destroy (window);
}

static void
test_keyboard_actions (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GListModel *model = wp_backlog_view_get_model (view);
  guint n = g_list_model_get_n_items (model);
  WpEntity *item = entry_at (view, 5);

  wp_backlog_view_select (view, item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-up", NULL);
  g_assert_true (entry_at (view, 4) == item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-down", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-down", NULL);
  g_assert_true (entry_at (view, 6) == item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-top", NULL);
  g_assert_true (entry_at (view, 0) == item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-up", NULL);
  g_assert_true (entry_at (view, 0) == item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-page-down", NULL);
  g_assert_true (entry_at (view, 10) == item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-bottom", NULL);
  g_assert_true (entry_at (view, n - 1) == item);
  g_assert_true (wp_backlog_view_get_selected (view) == item);

  gtk_window_destroy (window);
}

static GtkWidget *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_quick_add_goes_to_top (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GtkWidget *entry = find_entry (GTK_WIDGET (view));

  g_assert_nonnull (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "  First idea ");
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Second idea");
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpuint (g_list_model_get_n_items (wp_backlog_view_get_model (view)), ==, 2);
  g_assert_cmpstr (wp_entity_get_string (entry_at (view, 0), WP_ITEM_TITLE), ==, "Second idea");
  g_assert_cmpstr (wp_entity_get_string (entry_at (view, 1), WP_ITEM_TITLE), ==, "First idea");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Add “Second idea”");
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (wp_backlog_view_get_model (view)), ==, 1);

  gtk_window_destroy (window);
}

static gboolean
mentions (WpEntity   *item,
          const char *word)
{
  g_autofree char *title = g_utf8_casefold (wp_entity_get_string (item, WP_ITEM_TITLE), -1);
  g_autofree char *description = g_utf8_casefold (wp_entity_get_string (item, WP_ITEM_DESCRIPTION),
                                                  -1);
  g_autofree char *labels = g_strjoinv (" ", (char **) wp_entity_get_strv (item, WP_ITEM_LABELS));

  return strstr (title, word) || strstr (description, word) || strstr (labels, word);
}

static void
test_search_narrows_and_drop_stays_exact (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GListModel *model = wp_backlog_view_get_model (view);
  guint all = g_list_model_get_n_items (model), n, items = 0;
  WpEntity *moved, *first;

  wp_backlog_view_search (view, "OFFLINE");
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, <, all);
  for (guint i = 0; i < n; i++)
    if (WP_IS_ITEM (entry_at (view, i)))
      {
        g_assert_true (mentions (entry_at (view, i), "offline"));
        items++;
      }
  g_assert_cmpuint (items, >, 2);

  /* Moving the last visible item above the first visible one, while filtered. */
  moved = g_object_ref (entry_at (view, n - 1));
  first = entry_at (view, 0);
  g_assert_true (WP_IS_ITEM (moved) && WP_IS_ITEM (first));
  g_assert_true (wp_backlog_view_drop (view, moved, 0));
  g_assert_true (entry_at (view, 0) == moved);
  g_assert_cmpstr (rank_of (moved), <, rank_of (first));

  /* Closing the search shows everything again, in the new order. */
  wp_backlog_view_search (view, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  g_object_unref (moved);
  gtk_window_destroy (window);
}

static double
value_for_effort (WpEntity *item)
{
  double value = wp_entity_get_number (item, WP_ITEM_VALUE),
         effort = wp_entity_get_number (item, WP_ITEM_EFFORT);

  return value < 0 || effort < 0 ? -1 : value / MAX (effort, 0.1);
}

static void
test_proposal_preview_apply_undo (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  g_autoptr(GPtrArray) proposed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) before = wp_write_document (document);
  g_autoptr(GBytes) after_undo = NULL;
  GListModel *proposal;
  guint n;

  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.propose", "s", "value-effort");
  proposal = wp_backlog_view_get_proposal (view);
  g_assert_nonnull (proposal);
  n = g_list_model_get_n_items (proposal);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (proposed, g_list_model_get_item (proposal, i));
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (value_for_effort (proposed->pdata[i - 1]), >=,
                       value_for_effort (proposed->pdata[i]));

  /* Previewing changes nothing, and moves wait. */
  g_assert_false (wp_document_get_modified (document));
  g_assert_false (wp_backlog_view_drop (view, proposed->pdata[n - 1], 0));

  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.apply-proposal", NULL);
  g_assert_null (wp_backlog_view_get_proposal (view));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Order by Value for Effort");
  for (guint i = 1; i < n; i++)
    g_assert_cmpstr (wp_entity_get_string (proposed->pdata[i - 1], WP_ITEM_RANK), <,
                     wp_entity_get_string (proposed->pdata[i], WP_ITEM_RANK));

  /* One undo puts everything back, byte for byte. */
  wp_document_undo (document);
  after_undo = wp_write_document (document);
  g_assert_true (g_bytes_equal (before, after_undo));

  /* Discarding a proposal leaves the backlog as it was. */
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.propose", "s", "demand");
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.discard-proposal", NULL);
  g_assert_null (wp_backlog_view_get_proposal (view));
  g_assert_true (wp_history_can_redo (wp_document_get_history (document)));

  gtk_window_destroy (window);
}

static GtkWidget *
find_done_toggle (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Show Done Items") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_done_toggle (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_done_toggle_and_move_to (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GListModel *model = wp_backlog_view_get_model (view);
  guint open = g_list_model_get_n_items (model);
  GtkWidget *toggle = find_done_toggle (GTK_WIDGET (view));
  WpEntity *item;

  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, open);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, open);

  /* Move to… above the 1.0 line: the item joins 1.0, as one step. */
  item = entry_at (view, 0);
  wp_backlog_view_select (view, item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-above-release", "s", "rel-1-0");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_RELEASE), ==, "rel-1-0");
  g_assert_true (WP_IS_RELEASE (entry_at (view, wp_list_position (model, item) + 1)));

  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-to-sprint", "s", "sprint-5");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_SPRINT), ==, "sprint-5");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Add “Offline maps” to “Sprint 5”");

  gtk_window_destroy (window);
}

/* The sample's MVP line, and where @view shows it. */
static guint
mvp_line (WpBacklogView *view,
          WpDocument    *document,
          WpEntity     **mvp)
{
  *mvp = wp_document_lookup (document, WP_KIND_RELEASE, "rel-mvp");

  return wp_list_position (wp_backlog_view_get_model (view), *mvp);
}

static void
test_release_line_moves (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  WpEntity *mvp;
  guint line = mvp_line (view, document, &mvp);
  WpEntity *below = entry_at (view, line + 1);
  WpEntity *above = entry_at (view, line - 1);

  g_assert_cmpstr (wp_entity_get_string (below, WP_ITEM_RELEASE), !=, "rel-mvp");

  /* Alt+Down on the line: the item below it comes above it and joins the MVP. */
  wp_backlog_view_select (view, mvp);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-down", NULL);
  g_assert_true (entry_at (view, line) == below);
  g_assert_true (entry_at (view, line + 1) == mvp);
  g_assert_cmpstr (wp_entity_get_string (below, WP_ITEM_RELEASE), ==, "rel-mvp");

  /* Dragged two places up: the two items it passes leave the MVP. */
  g_assert_true (wp_backlog_view_drop (view, mvp, line - 1));
  g_assert_true (entry_at (view, line - 1) == mvp);
  g_assert_cmpstr (wp_entity_get_string (above, WP_ITEM_RELEASE), !=, "rel-mvp");
  g_assert_cmpstr (wp_entity_get_string (below, WP_ITEM_RELEASE), !=, "rel-mvp");

  wp_document_undo (document);
  wp_document_undo (document);
  g_assert_true (entry_at (view, line) == mvp);
  g_assert_cmpstr (wp_entity_get_string (above, WP_ITEM_RELEASE), ==, "rel-mvp");

  gtk_window_destroy (window);
}

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

static void
select_also (WpBacklogView *view,
             guint          position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (wp_backlog_view_get_model (view)), position,
                                   FALSE);
}

static void
test_several_move_together (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  GListModel *model = wp_backlog_view_get_model (view);
  WpEntity *first = entry_at (view, 3), *second = entry_at (view, 6), *other = entry_at (view, 4);
  g_autofree char *other_rank = g_strdup (rank_of (other));
  g_autoptr(GPtrArray) selection = NULL;
  WpEntity *mvp = wp_document_lookup (document, WP_KIND_RELEASE, "rel-mvp");
  guint line;

  g_assert_true (WP_IS_ITEM (first) && WP_IS_ITEM (second) && WP_IS_ITEM (other));
  wp_backlog_view_select (view, first);
  select_also (view, 6);
  selection = wp_backlog_view_get_selection (view);
  g_assert_cmpuint (selection->len, ==, 2);
  /* Several selected: no details. */
  g_assert_null (wp_backlog_view_get_selected (view));

  /* Alt+Up: they gather where the first lands, in their order. */
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-up", NULL);
  g_assert_true (entry_at (view, 2) == first);
  g_assert_true (entry_at (view, 3) == second);
  g_assert_cmpstr (rank_of (other), ==, other_rank);
  g_clear_pointer (&selection, g_ptr_array_unref);
  selection = wp_backlog_view_get_selection (view);
  g_assert_cmpuint (selection->len, ==, 2);

  /* A drop at the top, then one right where they are, which changes nothing. */
  g_assert_true (wp_backlog_view_drop_entities (view, selection, 0));
  g_assert_true (entry_at (view, 0) == first);
  g_assert_true (entry_at (view, 1) == second);
  g_assert_false (wp_backlog_view_drop_entities (view, selection, 1));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move 2 Items");

  /* Below the MVP line, as one step: both leave the MVP. */
  line = wp_list_position (model, mvp);
  g_assert_true (wp_backlog_view_drop_entities (view, selection, line + 1));
  g_assert_true (entry_at (view, line - 2) == mvp);
  g_assert_true (entry_at (view, line - 1) == first);
  g_assert_true (entry_at (view, line) == second);
  g_assert_cmpstr (wp_entity_get_string (first, WP_ITEM_RELEASE), !=, "rel-mvp");
  g_assert_cmpstr (wp_entity_get_string (second, WP_ITEM_RELEASE), !=, "rel-mvp");

  /* Three steps back to where they were. */
  wp_document_undo (document);
  g_assert_true (entry_at (view, 0) == first);
  wp_document_undo (document);
  g_assert_true (entry_at (view, 2) == first);
  wp_document_undo (document);
  g_assert_true (entry_at (view, 3) == first);
  g_assert_true (entry_at (view, 6) == second);

  /* Into a sprint, all of them in one step. */
  wp_backlog_view_select (view, first);
  select_also (view, 6);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.move-to-sprint", "s", "sprint-5");
  g_assert_cmpstr (wp_entity_get_string (first, WP_ITEM_SPRINT), ==, "sprint-5");
  g_assert_cmpstr (wp_entity_get_string (second, WP_ITEM_SPRINT), ==, "sprint-5");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Add 2 items to “Sprint 5”");

  gtk_window_destroy (window);
}

static WpBacklogRow *
find_row (GtkWidget *widget,
          WpEntity  *entity)
{
  if (WP_IS_BACKLOG_ROW (widget) && wp_backlog_row_get_entity (WP_BACKLOG_ROW (widget)) == entity)
    return WP_BACKLOG_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      WpBacklogRow *row = find_row (child, entity);

      if (row != NULL)
        return row;
    }

  return NULL;
}

/* Types @text into the title entry that has the focus and ends the edit with Enter. */
static void
type_title (GtkWindow  *window,
            const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  g_signal_emit_by_name (focus, "activate");
}

static void
test_rename_in_place (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBacklogView *view = new_view (document, &window);
  WpEntity *item = entry_at (view, 1);
  g_autofree char *old_title = g_strdup (wp_entity_get_string (item, WP_ITEM_TITLE));
  WpBacklogRow *row;

  /* The list makes its rows when it is first laid out. */
  for (int tries = 0; (row = find_row (GTK_WIDGET (view), item)) == NULL && tries < 1000; tries++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (row);

  wp_backlog_view_select (view, item);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.rename", NULL);
  g_assert_true (wp_backlog_row_get_editing (row));
  type_title (window, "  Offline maps for whole regions  ");
  g_assert_false (wp_backlog_row_get_editing (row));
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==,
                   "Offline maps for whole regions");

  /* An emptied title keeps the old one. */
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.rename", NULL);
  type_title (window, "   ");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==,
                   "Offline maps for whole regions");

  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==, old_title);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/backlog/shows-open-items-and-lines-by-rank",
                   test_shows_open_items_and_lines_by_rank);
  g_test_add_func ("/backlog/drop-places-between-neighbours", test_drop_places_between_neighbours);
  g_test_add_func ("/backlog/keyboard-actions", test_keyboard_actions);
  g_test_add_func ("/backlog/quick-add-goes-to-top", test_quick_add_goes_to_top);
  g_test_add_func ("/backlog/search-narrows-and-drop-stays-exact",
                   test_search_narrows_and_drop_stays_exact);
  g_test_add_func ("/backlog/proposal-preview-apply-undo", test_proposal_preview_apply_undo);
  g_test_add_func ("/backlog/done-toggle-and-move-to", test_done_toggle_and_move_to);
  g_test_add_func ("/backlog/release-line-moves", test_release_line_moves);
  g_test_add_func ("/backlog/release-line-forecast", test_release_line_forecast);
  g_test_add_func ("/backlog/release-line-preview", test_release_line_preview);
  g_test_add_func ("/backlog/score-column", test_score_column);
  g_test_add_func ("/backlog/propose-by-wsjf", test_propose_by_wsjf);
  g_test_add_func ("/backlog/several-move-together", test_several_move_together);
  g_test_add_func ("/backlog/rename-in-place", test_rename_in_place);

  return g_test_run ();
}
