/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Three-way merges of sequences of strings, as diff3 does them: each side is
 * aligned with the common ancestor by a longest common subsequence; where an
 * ancestor's element stands in both sides unchanged around it, the three
 * agree; between such places, a stretch only one side changed takes that
 * side's version, and one both changed alike takes it once; one both changed
 * differently is a conflict.
 *
 * Sequences of distinct elements (the ids of a collection) are aligned by
 * the longest increasing run of their places, in O(n log n); others (the
 * lines of a text) by the classic table, after the common beginning and end
 * are set aside. A text is merged line by line: changes to different lines
 * of a description both come through.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-diff3.h"

/* Past this many cells of the table, two texts are not aligned line by line: one conflict. */
#define MAX_TABLE_CELLS (4u * 1024 * 1024)

typedef struct {
  const char * const *tokens;
  guint               length;
} Seq;

static Seq
seq_of (const char * const *tokens)
{
  Seq seq = { tokens, tokens != NULL ? g_strv_length ((char **) tokens) : 0 };

  return seq;
}

/*
 * For distinct elements: @match[i] is the place in @side of base element i,
 * or -1, along the longest run of base elements whose places in @side increase.
 */
static void
align_unique (Seq  base,
              Seq  side,
              int *match)
{
  g_autoptr(GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree int *side_of = g_new (int, MAX (base.length, 1));
  g_autofree int *tails = g_new (int, MAX (base.length, 1) + 1);
  g_autofree int *previous = g_new (int, MAX (base.length, 1));
  int longest = 0;

  for (guint i = 0; i < side.length; i++)
    g_hash_table_insert (places, (gpointer) side.tokens[i], GINT_TO_POINTER (i + 1));
  for (guint i = 0; i < base.length; i++)
    {
      side_of[i] = GPOINTER_TO_INT (g_hash_table_lookup (places, base.tokens[i])) - 1;
      match[i] = -1;
    }

  /* Patience: tails[k] is the base element that ends the best increasing run of length k + 1. */
  for (guint i = 0; i < base.length; i++)
    {
      int low = 0, high = longest;

      if (side_of[i] < 0)
        continue;
      while (low < high)
        {
          int middle = (low + high) / 2;

          if (side_of[tails[middle]] < side_of[i])
            low = middle + 1;
          else
            high = middle;
        }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      longest = MAX (longest, low + 1);
    }
  for (int i = longest > 0 ? tails[longest - 1] : -1; i >= 0; i = previous[i])
    match[i] = side_of[i];
}

/* For any elements: the longest common subsequence by the table, for what lies between. */
static gboolean
align_table (Seq  base,
             Seq  side,
             int *match)
{
  guint start = 0, end_base = base.length, end_side = side.length;
  guint rows, columns;
  g_autofree guint32 *table = NULL;

  for (guint i = 0; i < base.length; i++)
    match[i] = -1;
  while (start < base.length && start < side.length &&
         strcmp (base.tokens[start], side.tokens[start]) == 0)
    {
      match[start] = start;
      start++;
    }
  while (end_base > start && end_side > start &&
         strcmp (base.tokens[end_base - 1], side.tokens[end_side - 1]) == 0)
    {
      end_base--;
      end_side--;
      match[end_base] = end_side;
    }

  rows = end_base - start + 1;
  columns = end_side - start + 1;
  if ((guint64) rows * columns > MAX_TABLE_CELLS)
    return FALSE;
  table = g_new0 (guint32, (gsize) rows * columns);
  for (guint i = rows - 1; i-- > 0;)
    for (guint j = columns - 1; j-- > 0;)
      table[i * columns + j] =
        strcmp (base.tokens[start + i], side.tokens[start + j]) == 0
        ? table[(i + 1) * columns + j + 1] + 1
        : MAX (table[(i + 1) * columns + j], table[i * columns + j + 1]);
  for (guint i = 0, j = 0; i + 1 < rows && j + 1 < columns;)
    {
      if (strcmp (base.tokens[start + i], side.tokens[start + j]) == 0)
        match[start + i++] = start + j++;
      else if (table[(i + 1) * columns + j] >= table[i * columns + j + 1])
        i++;
      else
        j++;
    }

  return TRUE;
}

static gboolean
stretch_equal (Seq   a,
               guint a_from,
               guint a_to,
               Seq   b,
               guint b_from,
               guint b_to)
{
  if (a_to - a_from != b_to - b_from)
    return FALSE;
  for (guint i = 0; i < a_to - a_from; i++)
    if (strcmp (a.tokens[a_from + i], b.tokens[b_from + i]) != 0)
      return FALSE;

  return TRUE;
}

static void
append_stretch (GPtrArray *out,
                Seq        seq,
                guint      from,
                guint      to)
{
  for (guint i = from; i < to; i++)
    g_ptr_array_add (out, (gpointer) seq.tokens[i]);
}

static gboolean
stretch_contains (Seq         seq,
                  guint       from,
                  guint       to,
                  const char *token)
{
  for (guint i = from; i < to; i++)
    if (strcmp (seq.tokens[i], token) == 0)
      return TRUE;

  return FALSE;
}

typedef struct {
  Seq             base, ours, theirs;
  const int      *in_ours, *in_theirs;
  WpDiff3Resolve  resolve;
  GPtrArray      *out;
  guint           conflicts;
} Merge;

/* A stretch between places where all three agree: base [b0, b1), ours [o0, o1), theirs [t0, t1). */
static void
merge_stretch (Merge *m,
               guint  b0,
               guint  b1,
               guint  o0,
               guint  o1,
               guint  t0,
               guint  t1)
{
  gboolean ours_changed = !stretch_equal (m->base, b0, b1, m->ours, o0, o1);
  gboolean theirs_changed = !stretch_equal (m->base, b0, b1, m->theirs, t0, t1);

  if (!theirs_changed || stretch_equal (m->ours, o0, o1, m->theirs, t0, t1))
    append_stretch (m->out, m->ours, o0, o1);
  else if (!ours_changed)
    append_stretch (m->out, m->theirs, t0, t1);
  else
    {
      append_stretch (m->out, m->ours, o0, o1);
      if (m->resolve == WP_DIFF3_KEEP_OURS)
        m->conflicts++;
      else
        for (guint i = t0; i < t1; i++)
          if (!stretch_contains (m->ours, o0, o1, m->theirs.tokens[i]))
            g_ptr_array_add (m->out, (gpointer) m->theirs.tokens[i]);
    }
}

static void
merge_aligned (Merge *m)
{
  guint b = 0, o = 0, t = 0;

  while (b < m->base.length || o < m->ours.length || t < m->theirs.length)
    {
      guint next = b;

      /* Where all three agree, one element after another. */
      if (b < m->base.length && m->in_ours[b] == (int) o && m->in_theirs[b] == (int) t)
        {
          g_ptr_array_add (m->out, (gpointer) m->base.tokens[b]);
          b++, o++, t++;
          continue;
        }
      while (next < m->base.length && (m->in_ours[next] < 0 || m->in_theirs[next] < 0))
        next++;
      if (next < m->base.length)
        {
          merge_stretch (m, b, next, o, m->in_ours[next], t, m->in_theirs[next]);
          b = next;
          o = m->in_ours[next];
          t = m->in_theirs[next];
        }
      else
        {
          merge_stretch (m, b, m->base.length, o, m->ours.length, t, m->theirs.length);
          break;
        }
    }
}

/**
 * wp_diff3:
 * @base: (array zero-terminated=1): the common ancestor
 * @ours: (array zero-terminated=1): one side
 * @theirs: (array zero-terminated=1): the other side
 * @unique: whether no element stands twice in a sequence (ids), for a faster alignment
 * @resolve: what to do where both sides changed the same stretch differently
 * @n_conflicts: (out) (optional): how many such stretches were kept as ours
 *
 * Returns: (transfer container) (element-type utf8): the merged sequence, borrowing the
 *   strings of the three; %NULL-terminated
 */
GPtrArray *
wp_diff3 (const char * const *base,
          const char * const *ours,
          const char * const *theirs,
          gboolean            unique,
          WpDiff3Resolve      resolve,
          guint              *n_conflicts)
{
  Merge m = { seq_of (base), seq_of (ours), seq_of (theirs), NULL, NULL, resolve,
              g_ptr_array_new (), 0 };
  g_autofree int *in_ours = g_new (int, m.base.length + 1);
  g_autofree int *in_theirs = g_new (int, m.base.length + 1);
  gboolean aligned = TRUE;

  if (unique)
    {
      align_unique (m.base, m.ours, in_ours);
      align_unique (m.base, m.theirs, in_theirs);
    }
  else
    aligned = align_table (m.base, m.ours, in_ours) && align_table (m.base, m.theirs, in_theirs);
  m.in_ours = in_ours;
  m.in_theirs = in_theirs;

  if (aligned)
    merge_aligned (&m);
  else
    merge_stretch (&m, 0, m.base.length, 0, m.ours.length, 0, m.theirs.length);

  if (n_conflicts != NULL)
    *n_conflicts = m.conflicts;
  g_ptr_array_add (m.out, NULL);

  return m.out;
}

/**
 * wp_sequence_unmoved:
 * @before: (array zero-terminated=1): distinct elements in their old order
 * @after: (array zero-terminated=1): the same elements in their new order
 *
 * Returns: (transfer container): the set of elements in the longest run that kept its
 *   order; the others moved
 */
GHashTable *
wp_sequence_unmoved (const char * const *before,
                     const char * const *after)
{
  Seq old = seq_of (before), new = seq_of (after);
  g_autofree int *match = g_new (int, old.length + 1);
  GHashTable *unmoved = g_hash_table_new (g_str_hash, g_str_equal);

  align_unique (old, new, match);
  for (guint i = 0; i < old.length; i++)
    if (match[i] >= 0)
      g_hash_table_add (unmoved, (gpointer) old.tokens[i]);

  return unmoved;
}

/**
 * wp_diff3_text:
 * @base: the common ancestor's text
 * @ours: one side's
 * @theirs: the other side's
 * @conflict: (out): set when both sides changed the same lines differently
 *
 * Returns: (transfer full): the text with the changes of both sides; with a
 *   conflict, ours in the stretches both changed
 */
char *
wp_diff3_text (const char *base,
               const char *ours,
               const char *theirs,
               gboolean   *conflict)
{
  g_auto(GStrv) base_lines = g_strsplit (base, "\n", -1);
  g_auto(GStrv) our_lines = g_strsplit (ours, "\n", -1);
  g_auto(GStrv) their_lines = g_strsplit (theirs, "\n", -1);
  guint conflicts = 0;
  g_autoptr(GPtrArray) merged = wp_diff3 ((const char * const *) base_lines,
                                          (const char * const *) our_lines,
                                          (const char * const *) their_lines,
                                          FALSE, WP_DIFF3_KEEP_OURS, &conflicts);

  *conflict = conflicts > 0;

  return g_strjoinv ("\n", (char **) merged->pdata);
}
