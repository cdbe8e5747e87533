/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The three-way merge of two versions of a document (ours and theirs) with
 * their common ancestor, as git's merge driver needs it. Entities are
 * matched by id in every collection; each is merged field by field
 * (wp-three-way-fields.c). An entity one side added is kept; one side
 * deleted and the other left alone is deleted; one side deleted and the
 * other changed is kept, and that is a conflict too, as is an entity one
 * side deleted that the merged document still refers to. A collection's
 * order is merged as a sequence of ids; the backlog's order is its items'
 * rank keys, merged like any field, and two items that end up with the same
 * key get distinct ones. What cannot be decided is recorded as a WpConflict
 * in the document's "conflicts", with ours in place meanwhile.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-diff3.h"
#include "wp-document-private.h"
#include "wp-rank.h"
#include "wp-three-way.h"
#include "wp-three-way-private.h"

/* The merged collections, before they become the result document. */
typedef struct {
  GPtrArray  *entities[WP_N_KINDS];   /* WpEntity, in their merged order */
  GHashTable *ids[WP_N_KINDS];        /* id -> WpEntity, borrowed */
} Merged;

static char *
conflict_id (const char *collection,
             const char *id,
             const char *field)
{
  g_autofree char *key = g_strjoin ("/", collection, id ? id : "", field, NULL);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, key, -1);

  /* The same conflict gets the same id whenever the same versions are merged. */
  return g_strndup (sum, 16);
}

/**
 * _wp_three_way_conflict:
 * @tw: the merge
 * @collection: where the entity is, as wp_kind_collection() names it; "document" or
 *   "roadmap" for the document's own unknown members
 * @id: (nullable): its id; %NULL for the product and the document
 * @field: the field or unknown member both sides changed; "" for the entity itself
 * @base: the ancestor's value (null where there is none)
 * @ours: ours, which the merged document holds
 * @theirs: theirs
 *
 * Records a conflict for someone to decide.
 */
void
_wp_three_way_conflict (ThreeWay   *tw,
                        const char *collection,
                        const char *id,
                        const char *field,
                        JsonNode   *base,
                        JsonNode   *ours,
                        JsonNode   *theirs)
{
  g_autofree char *conflict_key = conflict_id (collection, id, field);
  WpEntity *conflict = wp_entity_new (WP_TYPE_CONFLICT, conflict_key);
  JsonNode *values[] = { base, ours, theirs };
  guint fields[] = { WP_CONFLICT_BASE, WP_CONFLICT_OURS, WP_CONFLICT_THEIRS };

  wp_entity_set_string (conflict, WP_CONFLICT_COLLECTION, collection);
  wp_entity_set_string (conflict, WP_CONFLICT_ENTITY, id != NULL ? id : "");
  wp_entity_set_string (conflict, WP_CONFLICT_FIELD, field);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, JSON_TYPE_NODE);
      g_value_set_boxed (&value, values[i]);
      wp_entity_set_value (conflict, fields[i], &value);
    }
  g_hash_table_replace (tw->conflicts, g_strdup (wp_entity_get_id (conflict)), conflict);
}

static JsonNode *
name_node (WpEntity *entity)
{
  JsonNode *node = json_node_alloc ();

  if (entity == NULL)
    return json_node_init_null (node);

  return json_node_init_string (node, wp_entity_get_display_name (entity));
}

/* One side deleted an entity that the other changed (or that is still referred to). */
static void
deleted_conflict (ThreeWay *tw,
                  WpEntity *base,
                  WpEntity *ours,
                  WpEntity *theirs)
{
  WpEntity *any = ours != NULL ? ours : theirs != NULL ? theirs : base;
  g_autoptr(JsonNode) b = name_node (base);
  g_autoptr(JsonNode) o = name_node (ours);
  g_autoptr(JsonNode) t = name_node (theirs);

  _wp_three_way_conflict (tw, wp_kind_collection (wp_entity_get_kind (any)),
                          wp_entity_get_id (any), "", b, o, t);
}

static GStrv
ids_of (WpDocument *document,
        WpKind      kind)
{
  GListModel *list = wp_document_get_list (document, kind);
  guint n = g_list_model_get_n_items (list);
  GStrv ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      ids[i] = g_strdup (wp_entity_get_id (entity));
    }

  return ids;
}

/* What becomes of an entity that one side has and the other does not. */
static WpEntity *
merge_one_sided (ThreeWay *tw,
                 WpEntity *base,
                 WpEntity *ours,
                 WpEntity *theirs)
{
  WpEntity *side = ours != NULL ? ours : theirs;

  if (base == NULL)
    return wp_entity_copy (side, wp_entity_get_id (side));
  if (!_wp_three_way_entity_changed (base, side))
    return NULL;
  deleted_conflict (tw, base, ours, theirs);

  return wp_entity_copy (side, wp_entity_get_id (side));
}

static WpEntity *
merge_by_id (ThreeWay   *tw,
             WpKind      kind,
             const char *id)
{
  WpEntity *base = wp_document_lookup (tw->base, kind, id);
  WpEntity *ours = wp_document_lookup (tw->ours, kind, id);
  WpEntity *theirs = wp_document_lookup (tw->theirs, kind, id);

  if (ours != NULL && theirs != NULL)
    return _wp_three_way_merge_entity (tw, base, ours, theirs);
  if (ours == NULL && theirs == NULL)
    return NULL;

  return merge_one_sided (tw, base, ours, theirs);
}

static void
place (Merged   *merged,
       WpKind    kind,
       WpEntity *entity)
{
  g_ptr_array_add (merged->entities[kind], entity);
  g_hash_table_insert (merged->ids[kind], (gpointer) wp_entity_get_id (entity), entity);
}

/* Kept entities the merged order left out (deleted on one side, changed on the other). */
static void
place_left_out (ThreeWay *tw,
                Merged   *merged,
                WpKind    kind,
                GStrv     ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      WpEntity *entity;

      if (g_hash_table_contains (merged->ids[kind], ids[i]))
        continue;
      entity = merge_by_id (tw, kind, ids[i]);
      if (entity != NULL)
        place (merged, kind, entity);
    }
}

static void
merge_collection (ThreeWay *tw,
                  Merged   *merged,
                  WpKind    kind)
{
  g_auto(GStrv) base = ids_of (tw->base, kind);
  g_auto(GStrv) ours = ids_of (tw->ours, kind);
  g_auto(GStrv) theirs = ids_of (tw->theirs, kind);
  g_autoptr(GPtrArray) order = wp_diff3 ((const char * const *) base, (const char * const *) ours,
                                         (const char * const *) theirs, TRUE, WP_DIFF3_UNION,
                                         NULL);

  for (guint i = 0; g_ptr_array_index (order, i) != NULL; i++)
    {
      WpEntity *entity;

      if (g_hash_table_contains (merged->ids[kind], g_ptr_array_index (order, i)))
        continue;
      entity = merge_by_id (tw, kind, g_ptr_array_index (order, i));
      if (entity != NULL)
        place (merged, kind, entity);
    }
  place_left_out (tw, merged, kind, ours);
  place_left_out (tw, merged, kind, theirs);
}

/* The entity of @kind and @id as a side or the ancestor has it, for one the merge dropped. */
static WpEntity *
find_dropped (ThreeWay   *tw,
              WpKind      kind,
              const char *id)
{
  WpEntity *ours = wp_document_lookup (tw->ours, kind, id);
  WpEntity *theirs = wp_document_lookup (tw->theirs, kind, id);
  WpEntity *base = wp_document_lookup (tw->base, kind, id);

  return ours != NULL ? ours : theirs != NULL ? theirs : base;
}

static gboolean
restore_reference (ThreeWay   *tw,
                   Merged     *merged,
                   WpKind      kind,
                   const char *id)
{
  WpEntity *dropped;

  if (id == NULL || g_hash_table_contains (merged->ids[kind], id))
    return FALSE;
  dropped = find_dropped (tw, kind, id);
  if (dropped == NULL)
    return FALSE;
  deleted_conflict (tw, wp_document_lookup (tw->base, kind, id),
                    wp_document_lookup (tw->ours, kind, id),
                    wp_document_lookup (tw->theirs, kind, id));
  place (merged, kind, wp_entity_copy (dropped, id));

  return TRUE;
}

/* Restores what one side deleted while the other came to refer to it; TRUE if any was. */
static gboolean
restore_referenced (ThreeWay *tw,
                    Merged   *merged,
                    WpEntity *entity)
{
  guint n_fields;
  const WpField *fields = wp_entity_get_fields (entity, &n_fields);
  gboolean restored = FALSE;

  for (guint f = 0; f < n_fields; f++)
    {
      if (fields[f].type == WP_FIELD_REF)
        restored |= restore_reference (tw, merged, fields[f].ref_kind,
                                       wp_entity_get_string (entity, f));
      else if (fields[f].type == WP_FIELD_REFS)
        for (const char * const *ref = wp_entity_get_strv (entity, f); *ref; ref++)
          restored |= restore_reference (tw, merged, fields[f].ref_kind, *ref);
    }

  return restored;
}

static void
keep_referenced (ThreeWay *tw,
                 Merged   *merged)
{
  gboolean restored = TRUE;

  /* A restored entity may refer to another that was deleted. */
  while (restored)
    {
      restored = FALSE;
      for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
        for (guint i = 0; i < merged->entities[kind]->len; i++)
          restored |= restore_referenced (tw, merged,
                                          g_ptr_array_index (merged->entities[kind], i));
    }
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  WpEntity *x = *(WpEntity **) a, *y = *(WpEntity **) b;
  int by_rank = g_strcmp0 (wp_entity_get_string (x, WP_ITEM_RANK),
                           wp_entity_get_string (y, WP_ITEM_RANK));

  return by_rank != 0 ? by_rank : strcmp (wp_entity_get_id (x), wp_entity_get_id (y));
}

/* The backlog in rank order; an item whose key another has already gets one after it. */
static void
order_items (GPtrArray *items)
{
  g_ptr_array_sort (items, compare_rank);
  for (guint i = 1; i < items->len; i++)
    {
      const char *previous = wp_entity_get_string (g_ptr_array_index (items, i - 1),
                                                   WP_ITEM_RANK);
      const char *rank = wp_entity_get_string (g_ptr_array_index (items, i), WP_ITEM_RANK);
      const char *next = NULL;
      g_autofree char *between = NULL;

      if (wp_rank_is_valid (rank) && strcmp (previous, rank) < 0)
        continue;
      for (guint j = i + 1; j < items->len && next == NULL; j++)
        {
          const char *later = wp_entity_get_string (g_ptr_array_index (items, j), WP_ITEM_RANK);

          if (wp_rank_is_valid (later) && strcmp (later, previous) > 0)
            next = later;
        }
      between = wp_rank_between (previous, next);
      wp_entity_set_string (g_ptr_array_index (items, i), WP_ITEM_RANK, between);
    }
}

static void
merge_document_extra (ThreeWay   *tw,
                      WpDocument *result,
                      const char *section)
{
  g_autoptr(JsonObject) extra =
    _wp_three_way_merge_extra (tw, section[0] == '\0' ? "document" : section, NULL,
                               wp_document_get_extra (tw->base, section),
                               wp_document_get_extra (tw->ours, section),
                               wp_document_get_extra (tw->theirs, section));

  wp_document_set_extra (result, section, extra);
}

static void
merge_product (ThreeWay   *tw,
               WpDocument *result)
{
  g_autoptr(WpEntity) merged =
    _wp_three_way_merge_entity (tw, WP_ENTITY (wp_document_get_product (tw->base)),
                                WP_ENTITY (wp_document_get_product (tw->ours)),
                                WP_ENTITY (wp_document_get_product (tw->theirs)));
  WpEntity *product = WP_ENTITY (wp_document_get_product (result));
  guint n_fields;

  wp_entity_get_fields (merged, &n_fields);
  for (guint f = 0; f < n_fields; f++)
    wp_entity_set_value (product, f, wp_entity_get_value (merged, f));
  wp_entity_set_extra (product, wp_entity_get_extra (merged));
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  return strcmp (wp_entity_get_id (*(WpEntity **) a), wp_entity_get_id (*(WpEntity **) b));
}

/* The conflicts of the three as merged, then the merge's own, which replace any of the same id. */
static void
add_conflicts (ThreeWay *tw,
               Merged   *merged)
{
  GHashTableIter iter;
  gpointer conflict;
  g_autoptr(GPtrArray) own = g_ptr_array_new ();

  g_hash_table_iter_init (&iter, tw->conflicts);
  while (g_hash_table_iter_next (&iter, NULL, &conflict))
    g_ptr_array_add (own, conflict);
  /* Sorted, so that the same merge writes the same file. */
  g_ptr_array_sort (own, compare_id);
  for (guint i = 0; i < own->len; i++)
    {
      WpEntity *conflict_entity = g_ptr_array_index (own, i);
      WpEntity *earlier = g_hash_table_lookup (merged->ids[WP_KIND_CONFLICT],
                                               wp_entity_get_id (conflict_entity));

      if (earlier != NULL)
        g_ptr_array_remove (merged->entities[WP_KIND_CONFLICT], earlier);
      place (merged, WP_KIND_CONFLICT, g_object_ref (conflict_entity));
    }
}

/**
 * wp_three_way_merge:
 * @base: the common ancestor (an empty document when there is none)
 * @ours: one version
 * @theirs: the other
 *
 * Merges the changes of @ours and @theirs since @base. Nothing of the three
 * changes. What both changed differently is in the result's conflicts
 * (%WP_KIND_CONFLICT), with ours in place.
 *
 * Returns: (transfer full): the merged document, with nothing to undo
 */
WpDocument *
wp_three_way_merge (WpDocument *base,
                    WpDocument *ours,
                    WpDocument *theirs)
{
  ThreeWay tw = { base, ours, theirs,
                  g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref) };
  Merged merged = { { NULL } };
  WpDocument *result = wp_document_new ();

  g_return_val_if_fail (WP_IS_DOCUMENT (base), NULL);
  g_return_val_if_fail (WP_IS_DOCUMENT (ours), NULL);
  g_return_val_if_fail (WP_IS_DOCUMENT (theirs), NULL);

  for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    {
      merged.entities[kind] = g_ptr_array_new_with_free_func (g_object_unref);
      merged.ids[kind] = g_hash_table_new (g_str_hash, g_str_equal);
      merge_collection (&tw, &merged, kind);
    }
  keep_referenced (&tw, &merged);
  order_items (merged.entities[WP_KIND_ITEM]);
  merge_product (&tw, result);
  merge_document_extra (&tw, result, "");
  merge_document_extra (&tw, result, "roadmap");
  add_conflicts (&tw, &merged);

  for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    {
      _wp_document_load_entities (result, kind, merged.entities[kind]);
      g_ptr_array_unref (merged.entities[kind]);
      g_hash_table_unref (merged.ids[kind]);
    }
  g_hash_table_unref (tw.conflicts);

  return result;
}
