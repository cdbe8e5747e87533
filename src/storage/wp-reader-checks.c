/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What the reader checks beyond one value: the format and its version (a
 * newer one is read but not saved over), references between entities (one
 * to nothing is kept, with a warning), and the items' ranks (a missing,
 * malformed or repeated one gets a fresh key at its place, with a warning).
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "wp-error.h"
#include "wp-rank.h"
#include "wp-reader-private.h"

static const char *
kind_noun (WpKind kind)
{
  switch (kind)
    {
    case WP_KIND_COLUMN: return _("column");
    case WP_KIND_ITEM: return _("item");
    case WP_KIND_SPRINT: return _("sprint");
    case WP_KIND_RELEASE: return _("release");
    case WP_KIND_LANE: return _("lane");
    case WP_KIND_ENTRY: return _("roadmap entry");
    case WP_KIND_FEEDBACK: return _("feedback entry");
    case WP_KIND_CONFLICT: return _("conflict");
    case WP_KIND_PRODUCT:
    case WP_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* A reference to nothing is kept as it is, visible to the user, with a warning. */
void
_wp_reader_check_references (Reader     *reader,
                             Collection *collection)
{
  for (guint i = 0; i < collection->entities->len; i++)
    {
      WpEntity *entity = g_ptr_array_index (collection->entities, i);
      Where where = { collection->section, g_array_index (collection->indexes, guint, i),
                      NULL, -1, NULL };
      guint n_fields;
      const WpField *fields = wp_entity_get_fields (entity, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          where.member = fields[f].name;
          if (fields[f].type == WP_FIELD_REF)
            {
              const char *id = wp_entity_get_string (entity, f);

              if (id != NULL &&
                  wp_document_lookup (reader->document, fields[f].ref_kind, id) == NULL)
                /* Translators: "no column has the id “todo”" */
                _wp_reader_report (reader, FALSE, &where, _("no %s has the id “%s”"),
                                   kind_noun (fields[f].ref_kind), id);
            }
          else if (fields[f].type == WP_FIELD_REFS)
            {
              const char * const *ids = wp_entity_get_strv (entity, f);

              for (guint e = 0; ids[e] != NULL; e++)
                if (wp_document_lookup (reader->document, fields[f].ref_kind, ids[e]) == NULL)
                  {
                    where.element = e;
                    _wp_reader_report (reader, FALSE, &where, _("no %s has the id “%s”"),
                                       kind_noun (fields[f].ref_kind), ids[e]);
                    where.element = -1;
                  }
            }
        }
    }
}

typedef struct {
  WpEntity *item;
  guint     index;
} RankedItem;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const RankedItem *x = a, *y = b;
  const char *rx = wp_entity_get_string (x->item, WP_ITEM_RANK);
  const char *ry = wp_entity_get_string (y->item, WP_ITEM_RANK);
  gboolean vx = wp_rank_is_valid (rx), vy = wp_rank_is_valid (ry);
  int order;

  /* Items without a usable rank go last, in file order. */
  if (vx != vy)
    return vx ? -1 : 1;
  order = vx ? strcmp (rx, ry) : 0;

  return order != 0 ? order : (x->index > y->index) - (x->index < y->index);
}

static void
set_rank (WpEntity   *item,
          const char *before,
          const char *after)
{
  GValue value = G_VALUE_INIT;

  g_value_take_string (g_value_init (&value, G_TYPE_STRING), wp_rank_between (before, after));
  wp_entity_set_value (item, WP_ITEM_RANK, &value);
  g_value_unset (&value);
}

/*
 * Orders items by rank. An item with a missing, malformed or repeated rank
 * keeps its place in that order and gets a fresh key between its neighbours,
 * with a warning; no other item changes.
 */
void
_wp_reader_order_items (Reader     *reader,
                        Collection *items)
{
  guint n = items->entities->len;
  g_autofree RankedItem *ranked = NULL;

  if (n == 0)
    return;

  ranked = g_new (RankedItem, n);
  for (guint i = 0; i < n; i++)
    {
      ranked[i].item = g_ptr_array_index (items->entities, i);
      ranked[i].index = g_array_index (items->indexes, guint, i);
    }
  qsort (ranked, n, sizeof (RankedItem), compare_ranked);

  for (guint i = 0; i < n; i++)
    {
      const char *previous = i > 0 ? wp_entity_get_string (ranked[i - 1].item, WP_ITEM_RANK) : NULL;
      const char *rank = wp_entity_get_string (ranked[i].item, WP_ITEM_RANK);
      Where where = { "items", ranked[i].index, "rank", -1, NULL };

      if (wp_rank_is_valid (rank) && (previous == NULL || strcmp (previous, rank) < 0))
        {
          items->entities->pdata[i] = ranked[i].item;
          g_array_index (items->indexes, guint, i) = ranked[i].index;
          continue;
        }

      {
        const char *next = NULL;

        /* The next valid key above the previous one bounds the new key. */
        for (guint j = i + 1; j < n && next == NULL; j++)
          {
            const char *candidate = wp_entity_get_string (ranked[j].item, WP_ITEM_RANK);

            if (wp_rank_is_valid (candidate) &&
                (previous == NULL || strcmp (previous, candidate) < 0))
              next = candidate;
          }

        if (rank == NULL || rank[0] == '\0')
          _wp_reader_report (reader, FALSE, &where,
                             _("missing; the item was given a place at the end"));
        else if (wp_rank_is_valid (rank))
          _wp_reader_report (reader, FALSE, &where,
                             _("“%s” is used by another item too; "
                               "the item was given a new rank next to it"), rank);
        else
          _wp_reader_report (reader, FALSE, &where,
                             _("“%s” is not a valid rank; the item was given a new one"), rank);

        set_rank (ranked[i].item, previous, next);
      }

      items->entities->pdata[i] = ranked[i].item;
      g_array_index (items->indexes, guint, i) = ranked[i].index;
    }
}

/* The last item (in rank order) planned for @release, or -1. */
static int
last_item_of (Collection *items,
              const char *release)
{
  for (guint i = items->entities->len; i-- > 0;)
    if (g_strcmp0 (wp_entity_get_string (g_ptr_array_index (items->entities, i), WP_ITEM_RELEASE),
                   release) == 0)
      return i;

  return -1;
}

/* The highest key among the lines already placed in (@lower, @upper), or @lower. */
static const char *
after_placed_lines (Collection *releases,
                    const char *lower,
                    const char *upper)
{
  const char *highest = lower;

  for (guint i = 0; i < releases->entities->len; i++)
    {
      const char *line = wp_entity_get_string (g_ptr_array_index (releases->entities, i),
                                               WP_RELEASE_RANK);

      if (wp_rank_is_valid (line) && g_strcmp0 (line, highest) > 0 &&
          (upper == NULL || strcmp (line, upper) < 0))
        highest = line;
    }

  return highest;
}

static void
set_line (WpEntity   *release,
          const char *before,
          const char *after)
{
  GValue value = G_VALUE_INIT;

  g_value_take_string (g_value_init (&value, G_TYPE_STRING), wp_rank_between (before, after));
  wp_entity_set_value (release, WP_RELEASE_RANK, &value);
  g_value_unset (&value);
}

/* The rank of the first item after @rank, or NULL. */
static const char *
item_after (Collection *items,
            const char *rank)
{
  for (guint i = 0; i < items->entities->len; i++)
    {
      const char *key = wp_entity_get_string (g_ptr_array_index (items->entities, i),
                                              WP_ITEM_RANK);

      if (rank == NULL || strcmp (key, rank) > 0)
        return key;
    }

  return NULL;
}

/*
 * Where a release without a line gets one: right after the last item planned
 * for it; for a release nothing is planned for, right after the lines there
 * are, or at the end of the backlog when there are none.
 */
static void
place_line (Collection *items,
            Collection *releases,
            WpEntity   *release)
{
  int last = last_item_of (items, wp_entity_get_id (release));
  guint n = items->entities->len;
  const char *lower = NULL, *upper;
  g_autofree char *kept_lower = NULL;

  if (last >= 0)
    lower = wp_entity_get_string (g_ptr_array_index (items->entities, last), WP_ITEM_RANK);
  else
    lower = after_placed_lines (releases, NULL, NULL);
  if (last < 0 && lower == NULL && n > 0)
    lower = wp_entity_get_string (g_ptr_array_index (items->entities, n - 1), WP_ITEM_RANK);
  upper = item_after (items, lower);
  /* Lines placed in the same gap before this one stay above it. */
  kept_lower = g_strdup (after_placed_lines (releases, lower, upper));
  set_line (release, kept_lower, upper);
}

/*
 * A release without a cut line, as other tools write it, gets one where its
 * items say (place_line()): the items keep the release they have, and none
 * is flagged for it. The key is written only when the document is saved. A
 * key that is not a rank key is a warning. Releases with items come first, so
 * that the lines of empty ones follow theirs.
 */
void
_wp_reader_place_lines (Reader     *reader,
                        Collection *items,
                        Collection *releases)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint r = 0; r < releases->entities->len; r++)
      {
        WpEntity *release = g_ptr_array_index (releases->entities, r);
        const char *rank = wp_entity_get_string (release, WP_RELEASE_RANK);
        gboolean has_items = last_item_of (items, wp_entity_get_id (release)) >= 0;

        if (wp_rank_is_valid (rank) || has_items != (pass == 0))
          continue;
        if (rank != NULL && rank[0] != '\0')
          {
            Where where = { "releases", g_array_index (releases->indexes, guint, r), "rank", -1,
                            NULL };

            _wp_reader_report (reader, FALSE, &where,
                               _("“%s” is not a valid rank; the release line was placed anew"),
                               rank);
          }
        place_line (items, releases, release);
      }
}

gboolean
_wp_reader_read_header (Reader      *reader,
                        JsonObject  *root,
                        gboolean    *read_only,
                        GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  Where where = { NULL, -1, "version", -1, NULL };
  gint64 number;

  if (format == NULL || !_wp_reader_is_string (format) ||
      !g_str_equal (json_node_get_string (format), "waypoint"))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_FORMAT,
                           _("This is not a Waypoint document: "
                             "its “format” member is not “waypoint”."));
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    {
      if (version == NULL)
        _wp_reader_report (reader, TRUE, &where, _("missing"));
      else
        _wp_reader_report_type (reader, &where, _("a whole number of at least 1"), version);
      return TRUE;
    }

  number = json_node_get_int (version);
  if (number > WP_FORMAT_VERSION)
    {
      g_autofree char *shown = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      *read_only = TRUE;
      _wp_reader_report (reader, FALSE, &where,
                         /* Translators: %s is a format version number */
                         _("written by a newer Waypoint (format version %s); "
                           "it can be read here but not saved over"),
                         shown);
    }

  return TRUE;
}
