/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRefreshModel: passes its store through and reports one item as changed on request. */
#include "config.h"

#include "wp-refresh-model.h"

typedef struct {
  guint position, removed, added, calls;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  *change = (Change) { position, removed, added, change->calls + 1 };
}

static void
test_passes_through_and_refreshes (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_MENU_ITEM);
  g_autoptr(WpRefreshModel) model = wp_refresh_model_new (store);
  g_autoptr(GMenuItem) first = g_menu_item_new ("first", NULL);
  g_autoptr(GMenuItem) second = g_menu_item_new ("second", NULL);
  g_autoptr(GMenuItem) stranger = g_menu_item_new ("stranger", NULL);
  g_autoptr(GObject) got = NULL;
  Change change = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == G_TYPE_MENU_ITEM);

  g_list_store_append (store, first);
  g_list_store_append (store, second);
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  got = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_true (got == G_OBJECT (second));

  /* The changed item is removed and added again in place. */
  wp_refresh_model_refresh (model, second);
  g_assert_cmpuint (change.calls, ==, 3);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);

  /* An item the store does not hold: nothing to report. */
  wp_refresh_model_refresh (model, stranger);
  g_assert_cmpuint (change.calls, ==, 3);

  g_list_store_remove (store, 0);
  g_assert_cmpuint (change.calls, ==, 4);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/refresh-model/passes-through-and-refreshes",
                   test_passes_through_and_refreshes);

  return g_test_run ();
}
