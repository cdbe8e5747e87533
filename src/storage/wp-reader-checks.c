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
