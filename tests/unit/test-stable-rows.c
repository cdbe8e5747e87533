/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpStableRows: rows that keep their place and show what the list underneath holds at it. */
#include "config.h"

#include "wp-row-slot.h"
#include "wp-stable-rows.h"
#include "test-list-mirror.h"

static void
count_notify (GObject    *slot,
              GParamSpec *pspec,
              guint      *notified)
{
  (*notified)++;
}

static void
assert_rows (WpStableRows *rows,
             GListStore   *source,
             GListStore   *mirror)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (source));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mirror)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (source), i);
      g_autoptr(WpRowSlot) slot = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_autoptr(WpRowSlot) mirrored = g_list_model_get_item (G_LIST_MODEL (mirror), i);

      g_assert_true (slot == mirrored);
      g_assert_true (wp_row_slot_get_item (slot) == item);
    }
}

static void
test_rows_keep_their_place (void)
{
  g_autoptr(GListStore) source = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GListStore) mirror = g_list_store_new (WP_TYPE_ROW_SLOT);
  g_autoptr(WpStableRows) rows = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(WpRowSlot) first = NULL;
  guint notified = 0;

  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);

      g_list_store_append (source, item);
    }
  rows = wp_stable_rows_new (G_LIST_MODEL (source));
  follow_changes (G_LIST_MODEL (rows), 0, 0, g_list_model_get_n_items (G_LIST_MODEL (rows)),
                  mirror);
  g_signal_connect (rows, "items-changed", G_CALLBACK (follow_changes), mirror);
  assert_rows (rows, source, mirror);

  /*
   * Removing the first item: the first row stays and shows the second item; the
   * list ends one sooner.
   */
  first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_signal_connect (first, "notify::item", G_CALLBACK (count_notify), &notified);
  g_list_store_remove (source, 0);
  assert_rows (rows, source, mirror);
  g_assert_cmpuint (notified, ==, 1);
  {
    g_autoptr(WpRowSlot) still_first = g_list_model_get_item (G_LIST_MODEL (rows), 0);

    g_assert_true (still_first == first);
  }

  /* Any splice, anywhere. */
  for (guint round = 0; round < 300; round++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (source));
      guint position = g_rand_int_range (rand, 0, n + 1);
      guint removed = g_rand_int_range (rand, 0, MIN (n - position, 8) + 1);
      guint added = g_rand_int_range (rand, 0, 8);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < added; i++)
        g_ptr_array_add (items, g_object_new (G_TYPE_OBJECT, NULL));
      g_list_store_splice (source, position, removed, items->pdata, added);
      assert_rows (rows, source, mirror);
    }

  g_list_store_remove_all (source);
  assert_rows (rows, source, mirror);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stable-rows/keep-their-place", test_rows_keep_their_place);

  return g_test_run ();
}
