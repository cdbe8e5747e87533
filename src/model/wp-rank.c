/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Rank keys order the backlog by fractional indexing, as Jira's LexoRank does.
 * A key is a base-62 fraction written with the digits 0-9A-Za-z (ASCII order,
 * so strcmp() compares keys) without trailing zeros, so every key has one
 * spelling. A key between two neighbours always exists, which lets a move
 * change the moved item's key and nothing else.
 *
 * Between two keys the midpoint is taken. At the ends (adding to the bottom,
 * moving to the top) halving the gap again and again would grow keys by a
 * digit every few steps, so there keys are counted up or down instead, at a
 * length that grows with the number of leading 'z' (or '0') digits: n
 * appends cost O(log n) digits.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-rank.h"

#define BASE 62

static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static int
digit_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 36;
  return -1;
}

/**
 * wp_rank_is_valid:
 * @rank: (nullable): a rank key
 *
 * Returns: whether @rank is a non-empty key of base-62 digits without a trailing zero
 */
gboolean
wp_rank_is_valid (const char *rank)
{
  size_t len;

  if (rank == NULL || rank[0] == '\0')
    return FALSE;

  len = strlen (rank);
  for (size_t i = 0; i < len; i++)
    if (digit_value (rank[i]) < 0)
      return FALSE;

  return rank[len - 1] != '0';
}

/* Appends a key strictly between the fractions @a and @b (b == NULL meaning 1). */
static void
append_midpoint (GString    *out,
                 const char *a,
                 const char *b)
{
  int da, db;

  /* Keep the common prefix; a digit missing from a counts as zero. */
  if (b != NULL)
    while (*b != '\0' && (*a != '\0' ? *a : '0') == *b)
      {
        g_string_append_c (out, *b++);
        if (*a != '\0')
          a++;
      }

  g_assert (b == NULL || *b != '\0');

  da = *a != '\0' ? digit_value (*a) : 0;
  db = b != NULL ? digit_value (*b) : BASE;

  if (db - da > 1)
    {
      g_string_append_c (out, digits[(da + db) / 2]);
      return;
    }

  /* Adjacent digits. If b has more digits, its first digit alone is in between. */
  if (b != NULL && b[1] != '\0')
    {
      g_string_append_c (out, b[0]);
      return;
    }

  g_string_append_c (out, digits[da]);
  append_midpoint (out, *a != '\0' ? a + 1 : a, NULL);
}

/* The length counted keys get once @edge_digits leading edge digits were used up. */
static gsize
level_length (const char *key,
              char        edge)
{
  gsize edge_digits = 0;

  while (key[edge_digits] == edge)
    edge_digits++;

  return 2 * edge_digits + 2;
}

/* The key one step after (@step = 1) or before (@step = -1) @key at its level's length. */
static char *
count_from (const char *key,
            int         step)
{
  gsize length = level_length (key, step > 0 ? 'z' : '0');
  gsize key_length = strlen (key);
  char *result = g_malloc0 (length + 1);
  gssize i;

  for (gsize j = 0; j < length; j++)
    result[j] = j < key_length ? key[j] : '0';

  /* Add or subtract one in the last place, carrying or borrowing. */
  for (i = length - 1; i >= 0; i--)
    {
      int digit = digit_value (result[i]) + step;

      if (digit >= 0 && digit < BASE)
        {
          result[i] = digits[digit];
          break;
        }
      result[i] = digits[step > 0 ? 0 : BASE - 1];
    }
  g_assert (i >= 0);

  /* Trailing zeros change nothing but the spelling. */
  for (i = length - 1; i > 0 && result[i] == '0'; i--)
    result[i] = '\0';

  return result;
}

/**
 * wp_rank_between:
 * @before: (nullable): the key to come after, or %NULL for the start
 * @after: (nullable): the key to come before, or %NULL for the end
 *
 * Returns a short key that sorts strictly between @before and @after.
 * Both must be valid keys with @before < @after.
 *
 * Returns: (transfer full): the new key
 */
char *
wp_rank_between (const char *before,
                 const char *after)
{
  GString *out;

  g_return_val_if_fail (before == NULL || wp_rank_is_valid (before), NULL);
  g_return_val_if_fail (after == NULL || wp_rank_is_valid (after), NULL);
  g_return_val_if_fail (before == NULL || after == NULL || strcmp (before, after) < 0, NULL);

  if (before != NULL && after == NULL)
    return count_from (before, 1);
  if (before == NULL && after != NULL)
    return count_from (after, -1);

  out = g_string_new (NULL);
  append_midpoint (out, before ? before : "", after);

  return g_string_free (out, FALSE);
}
