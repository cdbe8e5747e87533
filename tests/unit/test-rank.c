/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rank keys: validity, betweenness, and a property test of many random moves. */
#include "config.h"

#include <string.h>

#include "wp-rank.h"

static void
test_valid (void)
{
  g_assert_true (wp_rank_is_valid ("V"));
  g_assert_true (wp_rank_is_valid ("0z"));
  g_assert_false (wp_rank_is_valid (NULL));
  g_assert_false (wp_rank_is_valid (""));
  g_assert_false (wp_rank_is_valid ("A0"));
  g_assert_false (wp_rank_is_valid ("a-b"));
  g_assert_false (wp_rank_is_valid ("é"));
}

static void
assert_between (const char *a,
                const char *b)
{
  g_autofree char *key = wp_rank_between (a, b);

  g_assert_true (wp_rank_is_valid (key));
  if (a != NULL)
    g_assert_cmpint (strcmp (a, key), <, 0);
  if (b != NULL)
    g_assert_cmpint (strcmp (key, b), <, 0);
}

static void
test_between (void)
{
  static const char *pairs[][2] = {
    { NULL, NULL }, { NULL, "V" }, { "V", NULL }, { "A", "B" }, { "A", "A1" },
    { "z", NULL }, { "zzz", NULL }, { NULL, "01" }, { NULL, "001" }, { "0001", "0002" },
    { "Az", "B" }, { "A", "Azzz1" }, { "1", "2" }, { "y", "z" }, { "zy", "zz" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    assert_between (pairs[i][0], pairs[i][1]);
}

static void
test_first_key_is_short (void)
{
  g_autofree char *key = wp_rank_between (NULL, NULL);

  g_assert_cmpuint (strlen (key), ==, 1);
}

/* Appending again and again grows keys only slowly. */
static void
test_append_many (void)
{
  g_autofree char *last = wp_rank_between (NULL, NULL);

  for (guint i = 0; i < 10000; i++)
    {
      char *next = wp_rank_between (last, NULL);

      g_assert_cmpint (strcmp (last, next), <, 0);
      g_free (last);
      last = next;
    }
  g_assert_cmpuint (strlen (last), <=, 200);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

/* 100,000 random moves keep a strict total order; report the longest key. */
static void
test_random_moves (void)
{
  const guint n_items = 1000, n_moves = 100000;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  gsize longest = 0;

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (keys, wp_rank_between (i > 0 ? keys->pdata[i - 1] : NULL, NULL));

  for (guint move = 0; move < n_moves; move++)
    {
      guint from = g_rand_int_range (rand, 0, n_items);
      guint to = g_rand_int_range (rand, 0, n_items - 1);
      char *moved = g_ptr_array_steal_index (keys, from);
      const char *before = to > 0 ? keys->pdata[to - 1] : NULL;
      const char *after = to < keys->len ? keys->pdata[to] : NULL;
      char *key = wp_rank_between (before, after);

      g_free (moved);
      g_ptr_array_insert (keys, to, key);
      longest = MAX (longest, strlen (key));
    }

  for (guint i = 1; i < keys->len; i++)
    g_assert_cmpint (strcmp (keys->pdata[i - 1], keys->pdata[i]), <, 0);

  /* Sorting the keys gives the same order: they are a strict total order. */
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_copy (keys, NULL, NULL);

    g_ptr_array_set_free_func (sorted, NULL);
    g_ptr_array_sort (sorted, compare_keys);
    for (guint i = 0; i < keys->len; i++)
      g_assert_true (sorted->pdata[i] == keys->pdata[i]);
  }

  g_test_message ("longest key after %u random moves of %u items: %" G_GSIZE_FORMAT " characters",
                  n_moves, n_items, longest);
  g_assert_cmpuint (longest, <=, 64);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rank/valid", test_valid);
  g_test_add_func ("/rank/between", test_between);
  g_test_add_func ("/rank/first-key-is-short", test_first_key_is_short);
  g_test_add_func ("/rank/append-many", test_append_many);
  g_test_add_func ("/rank/random-moves", test_random_moves);

  return g_test_run ();
}
