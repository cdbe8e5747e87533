/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Backlog page, driven through its actions and its drop handler. */
#include "config.h"

#include <string.h>

#include "wp-backlog-row.h"
#include "wp-backlog-view.h"
#include "test-backlog.h"
#include "wp-writer.h"


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

/* Spins until @done says so, or 5 s passed. */
static gboolean
spin_until (gboolean (*done) (GtkWidget *widget),
            GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (widget) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  return done (widget);
}

static gboolean
is_shown (GtkWidget *widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
is_hidden (GtkWidget *widget)
{
  return !gtk_widget_get_visible (widget);
}

/* The menu button under @root whose label is @label. */
static GtkWidget *
find_menu_button (GtkWidget  *root,
                  const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_MENU_BUTTON (child) &&
                         g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (child)), label) == 0
                         ? child : find_menu_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/*
 * Narrow, the filters go into the popover of a Filters button that counts the chosen ones;
 * wide again, they are back in the search bar.
 */
static void
test_narrow_filters (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpBacklogView *view = g_object_new (WP_TYPE_BACKLOG_VIEW, NULL);
  GtkWindow *window;
  GtkWidget *button, *filter;

  wp_backlog_view_set_document (view, document);
  window = show_in_window (GTK_WIDGET (view), 420, 600);
  gtk_widget_activate_action (GTK_WIDGET (view), "backlog.search", NULL);
  button = find_menu_button (GTK_WIDGET (view), "Filters");
  g_assert_nonnull (button);
  g_assert_true (spin_until (is_shown, button));
  filter = find_widget (gtk_popover_get_child (gtk_menu_button_get_popover (
                                                 GTK_MENU_BUTTON (button))),
                        GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (filter);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 1);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, "Filters (1)");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 0);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, "Filters");

  gtk_window_set_default_size (window, 1200, 600);
  g_assert_true (spin_until (is_hidden, button));
  g_assert_true (gtk_widget_get_ancestor (filter, GTK_TYPE_SEARCH_BAR) != NULL);
  g_assert_null (gtk_widget_get_ancestor (filter, GTK_TYPE_POPOVER));

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
  g_test_add_func ("/backlog/narrow-filters", test_narrow_filters);
  g_test_add_func ("/backlog/several-move-together", test_several_move_together);
  g_test_add_func ("/backlog/rename-in-place", test_rename_in_place);

  return g_test_run ();
}
