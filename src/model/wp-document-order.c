/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The order of a WpDocument's backlog: placing items and release lines by
 * rank, the release an item belongs to by the line below it, and ordering
 * many items at once while changing as few ranks as possible.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-document-private.h"
#include "wp-rank.h"

/**
 * wp_document_release_at:
 * @self: a document
 * @rank: a rank key in the backlog
 *
 * Finds the release whose cut line comes first below @rank: items above a
 * release's line belong to it.
 *
 * Returns: (transfer none) (nullable): the release, or %NULL below every line
 */
WpRelease *
wp_document_release_at (WpDocument *self,
                        const char *rank)
{
  GListModel *releases;
  WpEntity *best = NULL;
  guint n;

  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);

  releases = G_LIST_MODEL (self->lists[WP_KIND_RELEASE]);
  n = g_list_model_get_n_items (releases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      const char *line = wp_entity_get_string (release, WP_RELEASE_RANK);

      if (!wp_rank_is_valid (line) || g_strcmp0 (line, rank) <= 0)
        continue;
      if (best == NULL || strcmp (line, wp_entity_get_string (best, WP_RELEASE_RANK)) < 0)
        best = release;
    }

  return WP_RELEASE (best);
}

static gboolean
has_release_lines (WpDocument *self)
{
  GListModel *releases = G_LIST_MODEL (self->lists[WP_KIND_RELEASE]);
  guint n = g_list_model_get_n_items (releases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);

      if (wp_rank_is_valid (wp_entity_get_string (release, WP_RELEASE_RANK)))
        return TRUE;
    }

  return FALSE;
}

/* Sets the rank; with release lines, the item joins the release whose line is now below it. */
static void
set_item_rank (WpDocument *self,
               WpItem     *item,
               const char *rank)
{
  wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_RANK, rank);
  if (has_release_lines (self))
    {
      WpRelease *release = wp_document_release_at (self, rank);

      wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_RELEASE,
                              release ? wp_entity_get_id (WP_ENTITY (release)) : NULL);
    }
}

/**
 * wp_document_place_item:
 * @self: a document
 * @item: the item to move
 * @after: (nullable): the rank it should follow (an item's or a release line's), or %NULL for
 *   the top
 * @before: (nullable): the rank it should precede, or %NULL for the bottom
 *
 * Gives @item a rank between two keys; no other item changes. When the
 * backlog has release lines, the item joins the release whose line is now
 * below it, in the same undo step.
 */
void
wp_document_place_item (WpDocument *self,
                        WpItem     *item,
                        const char *after,
                        const char *before)
{
  g_autofree char *rank = NULL;
  const char *title;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_ITEM (item));
  g_return_if_fail (after == NULL || before == NULL || g_strcmp0 (after, before) < 0);

  rank = wp_rank_between (after, before);
  title = wp_entity_get_display_name (WP_ENTITY (item));

  /* Translators: %s is the title of a backlog item */
  own_step = _wp_document_begin_step (self, g_strdup_printf (_("Move “%s”"), title));
  set_item_rank (self, item, rank);
  if (own_step)
    wp_history_end (self->history);
}

/* Halving the gap for the middle item first keeps every key short: log2(n) steps deep at most. */
static void
place_range (WpDocument *self,
             GPtrArray  *items,
             guint       from,
             guint       to,
             const char *after,
             const char *before)
{
  g_autofree char *rank = NULL;
  guint middle;

  if (from >= to)
    return;

  middle = from + (to - from) / 2;
  rank = wp_rank_between (after, before);
  set_item_rank (self, g_ptr_array_index (items, middle), rank);
  place_range (self, items, from, middle, after, rank);
  place_range (self, items, middle + 1, to, rank, before);
}

/**
 * wp_document_place_items:
 * @self: a document
 * @items: (element-type WpItem): the items to move, in the order they should have
 * @after: (nullable): the rank they should follow, or %NULL for the top
 * @before: (nullable): the rank they should precede, or %NULL for the bottom
 *
 * Like wp_document_place_item() for several items at once, as one undo step:
 * they end up next to each other between the two keys, in the order of @items.
 */
void
wp_document_place_items (WpDocument *self,
                         GPtrArray  *items,
                         const char *after,
                         const char *before)
{
  char *label;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (items != NULL);
  g_return_if_fail (after == NULL || before == NULL || g_strcmp0 (after, before) < 0);

  if (items->len == 1)
    {
      wp_document_place_item (self, g_ptr_array_index (items, 0), after, before);
      return;
    }

  /* Translators: undo label for moving several backlog items */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u Item", "Move %u Items",
                                        items->len),
                           items->len);
  own_step = _wp_document_begin_step (self, label);
  place_range (self, items, 0, items->len, after, before);
  if (own_step)
    wp_history_end (self->history);
}

/**
 * wp_document_move_item:
 * @self: a document
 * @item: the item to move
 * @after: (nullable): the item it should follow, or %NULL for the top
 * @before: (nullable): the item it should precede, or %NULL for the bottom
 *
 * Like wp_document_place_item() with the ranks of two items. The neighbours
 * need not be adjacent in the whole backlog (a filtered view passes its
 * visible neighbours) but @after must rank before @before.
 */
void
wp_document_move_item (WpDocument *self,
                       WpItem     *item,
                       WpItem     *after,
                       WpItem     *before)
{
  g_return_if_fail (after != item && before != item);

  wp_document_place_item (self, item,
                          after ? wp_entity_get_string (WP_ENTITY (after), WP_ITEM_RANK) : NULL,
                          before ? wp_entity_get_string (WP_ENTITY (before), WP_ITEM_RANK) : NULL);
}

/* Marks the longest run of @items whose ranks already increase: they can keep them. */
static gboolean *
longest_increasing (GPtrArray *items)
{
  guint n = items->len, length = 0;
  g_autofree guint *tails = g_new (guint, n + 1);   /* index of each run length's smallest tail */
  g_autofree guint *previous = g_new (guint, n);
  gboolean *keep = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    {
      const char *rank = wp_entity_get_string (g_ptr_array_index (items, i), WP_ITEM_RANK);
      guint low = 0, high = length;

      while (low < high)
        {
          guint middle = (low + high) / 2;
          WpEntity *tail = g_ptr_array_index (items, tails[middle]);

          if (strcmp (wp_entity_get_string (tail, WP_ITEM_RANK), rank) < 0)
            low = middle + 1;
          else
            high = middle;
        }
      previous[i] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = i;
      length = MAX (length, low + 1);
    }

  for (guint i = length > 0 ? tails[length - 1] : G_MAXUINT; i != G_MAXUINT; i = previous[i])
    keep[i] = TRUE;

  return keep;
}

/**
 * wp_document_move_release_line:
 * @self: a document
 * @release: a release
 * @after: (nullable): the rank its line should follow, or %NULL for the top
 * @before: (nullable): the rank its line should precede, or %NULL for the bottom
 *
 * Moves the release's cut line, as one undo step. Items above a line belong
 * to its release, so every item the line passes over changes release too.
 */
void
wp_document_move_release_line (WpDocument *self,
                               WpRelease  *release,
                               const char *after,
                               const char *before)
{
  g_autofree char *old_rank = NULL;
  g_autofree char *rank = NULL;
  const char *name, *low, *high;
  GListModel *items;
  guint n;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_RELEASE (release));
  g_return_if_fail (after == NULL || before == NULL || g_strcmp0 (after, before) < 0);

  old_rank = g_strdup (wp_entity_get_string (WP_ENTITY (release), WP_RELEASE_RANK));
  rank = wp_rank_between (after, before);
  name = wp_entity_get_display_name (WP_ENTITY (release));

  /* Translators: %s is a release name */
  own_step = _wp_document_begin_step (self, g_strdup_printf (_("Move the “%s” Line"), name));
  wp_document_set_string (self, WP_ENTITY (release), WP_RELEASE_RANK, rank);

  low = wp_rank_is_valid (old_rank) && strcmp (old_rank, rank) < 0 ? old_rank : rank;
  high = low == rank && wp_rank_is_valid (old_rank) ? old_rank : rank;
  items = G_LIST_MODEL (self->lists[WP_KIND_ITEM]);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *item_rank = wp_entity_get_string (item, WP_ITEM_RANK);
      WpRelease *now;

      /* A line without a place before passes over everything above it. */
      if ((wp_rank_is_valid (old_rank) && strcmp (item_rank, low) < 0) ||
          strcmp (item_rank, high) > 0)
        continue;
      now = wp_document_release_at (self, item_rank);
      wp_document_set_string (self, item, WP_ITEM_RELEASE,
                              now ? wp_entity_get_id (WP_ENTITY (now)) : NULL);
    }
  if (own_step)
    wp_history_end (self->history);
}

/**
 * wp_document_apply_order:
 * @self: a document
 * @items: (element-type WpItem): items in the order they should have
 * @label: the undo label
 *
 * Orders @items as given, as one undo step, changing as few ranks as
 * possible: the longest run that is already in order keeps its ranks, the
 * others get keys between their new neighbours. Items not in @items keep
 * their ranks.
 */
void
wp_document_apply_order (WpDocument *self,
                         GPtrArray  *items,
                         const char *label)
{
  g_autofree gboolean *keep = NULL;
  g_autofree char *previous = NULL;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (items != NULL);

  keep = longest_increasing (items);
  wp_history_begin (self->history, label);
  for (guint i = 0; i < items->len; i++)
    {
      WpEntity *item = g_ptr_array_index (items, i);
      const char *next_kept = NULL;

      if (!keep[i])
        {
          for (guint j = i + 1; j < items->len && next_kept == NULL; j++)
            if (keep[j])
              next_kept = wp_entity_get_string (g_ptr_array_index (items, j), WP_ITEM_RANK);
          wp_document_place_item (self, WP_ITEM (item), previous, next_kept);
        }
      g_free (previous);
      previous = g_strdup (wp_entity_get_string (item, WP_ITEM_RANK));
    }
  wp_history_end (self->history);
}
