/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of the Board page, driven through its actions and drop handlers. */
#include "config.h"

#include <string.h>

#include "wp-board-view.h"
#include "wp-date.h"
#include "wp-item.h"
#include "wp-page.h"
#include "wp-text-match.h"
#include "test-util.h"

static WpBoardView *
new_board (WpDocument *document,
           GtkWindow **window)
{
  WpBoardView *view = g_object_new (WP_TYPE_BOARD_VIEW, NULL);

  wp_board_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 1200, 700);

  return view;
}

static guint
n_cards (WpBoardView *view,
         guint        column)
{
  return g_list_model_get_n_items (wp_board_column_get_model (wp_board_view_get_column (view,
                                                                                        column)));
}

static WpEntity *
card (WpBoardView *view,
      guint        column,
      guint        position)
{
  g_autoptr(WpEntity) item =
    g_list_model_get_item (wp_board_column_get_model (wp_board_view_get_column (view, column)),
                           position);

  return item;
}

static void
test_columns_and_scope (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBoardView *view = new_board (document, &window);
  guint sprint_cards = 0, all_cards = 0;

  g_assert_nonnull (wp_board_view_get_column (view, 3));
  g_assert_null (wp_board_view_get_column (view, 4));
  for (guint i = 0; i < 4; i++)
    {
      sprint_cards += n_cards (view, i);
      for (guint j = 0; j < n_cards (view, i); j++)
        g_assert_cmpstr (wp_entity_get_string (card (view, i, j), WP_ITEM_SPRINT), ==, "sprint-4");
    }
  g_assert_cmpuint (sprint_cards, ==, 8);

  wp_board_view_show_all (view, TRUE);
  for (guint i = 0; i < 4; i++)
    all_cards += n_cards (view, i);
  g_assert_cmpuint (all_cards, >, sprint_cards);

  gtk_window_destroy (window);
}

static guint
all_cards (WpBoardView *view)
{
  guint n = 0;

  for (guint i = 0; wp_board_view_get_column (view, i) != NULL; i++)
    n += n_cards (view, i);

  return n;
}

/* The cards on the board whose item holds @text. */
static guint
n_cards_holding (WpBoardView *view,
                 const char  *text)
{
  g_autofree char *needle = wp_text_fold (text);
  guint n = 0;

  for (guint i = 0; wp_board_view_get_column (view, i) != NULL; i++)
    for (guint j = 0; j < n_cards (view, i); j++)
      n += wp_item_holds_text (card (view, i, j), needle);

  return n;
}

static void
test_search (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBoardView *view = new_board (document, &window);
  GtkWidget *bar = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_BAR, NULL);
  GtkWidget *entry = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL);
  guint everything, battery;

  wp_board_view_show_all (view, TRUE);
  everything = all_cards (view);
  battery = n_cards_holding (view, "BATTERY");
  g_assert_cmpuint (battery, >, 0);
  g_assert_cmpuint (battery, <, everything);

  g_assert_true (wp_page_search (WP_PAGE (view)));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "BATTERY");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (all_cards (view), ==, battery);

  /* Closing the search shows every card again. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
  g_assert_cmpuint (all_cards (view), ==, everything);

  gtk_window_destroy (window);
}

static void
test_drop_into_other_column (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBoardView *view = new_board (document, &window);
  WpEntity *moved = g_object_ref (card (view, 0, 0));
  guint todo = n_cards (view, 0), doing = n_cards (view, 1);

  g_assert_true (wp_board_column_drop (wp_board_view_get_column (view, 1), WP_ITEM (moved), 0));
  g_assert_cmpstr (wp_entity_get_string (moved, WP_ITEM_STATUS), ==, "doing");
  g_assert_cmpuint (n_cards (view, 0), ==, todo - 1);
  g_assert_cmpuint (n_cards (view, 1), ==, doing + 1);
  g_assert_true (card (view, 1, 0) == moved);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move “Battery saver mode for long hikes” to “In Progress”");

  /* Into the last column: done today. */
  g_assert_true (wp_board_column_drop (wp_board_view_get_column (view, 3), WP_ITEM (moved),
                                       WP_BOARD_KEEP_RANK));
  g_assert_nonnull (wp_entity_get_string (moved, WP_ITEM_DONE));

  wp_document_undo (document);
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (moved, WP_ITEM_STATUS), ==, "todo");
  g_assert_null (wp_entity_get_string (moved, WP_ITEM_DONE));
  g_assert_cmpuint (n_cards (view, 0), ==, todo);
  g_object_unref (moved);
  gtk_window_destroy (window);
}

static void
test_column_management (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBoardView *view = new_board (document, &window);
  WpEntity *review = wp_document_lookup (document, WP_KIND_COLUMN, "review");

  gtk_widget_activate_action (GTK_WIDGET (view), "board.move-column-left", "s", "review");
  g_assert_true (wp_board_column_get_column (wp_board_view_get_column (view, 1)) == review);

  /* A column with cards is not removed. */
  gtk_widget_activate_action (GTK_WIDGET (view), "board.remove-column", "s", "review");
  g_assert_nonnull (wp_document_lookup (document, WP_KIND_COLUMN, "review"));

  wp_document_set_int (document, wp_document_lookup (document, WP_KIND_COLUMN, "doing"),
                       WP_COLUMN_WIP_LIMIT, 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (wp_board_view_get_column (view, 2)),
                                           "over-limit"));

  wp_document_undo (document);
  wp_document_undo (document);
  g_assert_true (wp_board_column_get_column (wp_board_view_get_column (view, 2)) == review);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (wp_board_view_get_column (view, 1)),
                                            "over-limit"));

  gtk_window_destroy (window);
}

static void
test_swimlanes_by_epic (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GtkWindow *window;
  WpBoardView *view = new_board (document, &window);
  WpBoardColumn *first;
  WpEntity *moved;
  const char *lane;
  guint index = 0;

  wp_board_view_show_lanes (view, TRUE);
  first = wp_board_view_get_column (view, 0);
  g_assert_nonnull (first);
  lane = wp_board_column_get_lane (first);
  g_assert_nonnull (lane);
  for (guint i = 0; i < n_cards (view, 0); i++)
    g_assert_cmpstr (wp_entity_get_string (card (view, 0, i), WP_ITEM_EPIC), ==, lane);

  /* A card dropped into another lane joins that lane's epic. */
  while (wp_board_view_get_column (view, index) != NULL && n_cards (view, index) == 0)
    index++;
  g_assert_nonnull (wp_board_view_get_column (view, index));
  moved = g_object_ref (card (view, index, 0));
  {
    /* The "No Epic" lane is the last: its first column comes after all epics' columns. */
    guint last_lane = 0;

    for (guint i = 0; wp_board_view_get_column (view, i) != NULL; i++)
      if (wp_board_column_get_lane (wp_board_view_get_column (view, i)) == NULL)
        {
          last_lane = i;
          break;
        }
    g_assert_true (wp_board_column_drop (wp_board_view_get_column (view, last_lane),
                                         WP_ITEM (moved), WP_BOARD_KEEP_RANK));
  }
  g_assert_null (wp_entity_get_string (moved, WP_ITEM_EPIC));
  wp_document_undo (document);
  g_assert_nonnull (wp_entity_get_string (moved, WP_ITEM_EPIC));
  g_object_unref (moved);

  wp_board_view_show_lanes (view, FALSE);
  g_assert_cmpstr (wp_board_column_get_lane (wp_board_view_get_column (view, 0)), ==, "");
  gtk_window_destroy (window);
}

static void
set_history (WpDocument *document,
             WpEntity   *item,
             const char *status,
             guint32     day)
{
  g_autofree char *date = wp_date_format (day);
  g_autofree char *json = g_strdup_printf ("[{\"day\": \"%s\", \"status\": \"%s\"}]", date,
                                           status);
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, JSON_TYPE_NODE);
  g_value_set_boxed (&value, node);
  wp_document_set_value (document, item, WP_ITEM_STATUS_HISTORY, &value);
}

/* A card in progress says for how long, marked when longer than 85 of 100 items took lately. */
static void
test_aging_cards (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint32 today = wp_date_today ();
  g_autofree char *yesterday = wp_date_format (today - 1);
  WpEntity *doing = NULL;
  GtkWindow *window;
  WpBoardView *view;
  GtkLabel *age;

  for (guint i = 0, done = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *status = wp_entity_get_string (item, WP_ITEM_STATUS);

      if (g_strcmp0 (status, "doing") == 0 && doing == NULL)
        doing = item;
      /* Two items done yesterday in three days: 85 of 100 took three days or less. */
      if (g_strcmp0 (status, "done") == 0 && done++ < 2)
        {
          wp_document_set_string (document, item, WP_ITEM_DONE, yesterday);
          set_history (document, item, "doing", today - 3);
        }
    }
  g_assert_nonnull (doing);
  set_history (document, doing, "doing", today - 11);
  view = new_board (document, &window);
  spin ();

  age = GTK_LABEL (find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "12 days"));
  g_assert_nonnull (age);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (age)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (age), "warning"));
  g_assert_nonnull (strstr (g_object_get_data (G_OBJECT (age), "wp-tooltip"), "3 days or less"));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/board/columns-and-scope", test_columns_and_scope);
  g_test_add_func ("/board/search", test_search);
  g_test_add_func ("/board/drop-into-other-column", test_drop_into_other_column);
  g_test_add_func ("/board/column-management", test_column_management);
  g_test_add_func ("/board/swimlanes-by-epic", test_swimlanes_by_epic);
  g_test_add_func ("/board/aging-cards", test_aging_cards);

  return g_test_run ();
}
