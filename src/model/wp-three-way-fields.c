/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The three-way merge of one entity, field by field, and of unknown members,
 * member by member: a change on one side only is taken; the same change on
 * both sides is taken once; different changes to the same field are merged
 * where that means something, and are a conflict (ours kept) where it does
 * not. Texts are merged line by line; labels, tags and references as sets
 * (what either side added, without what either removed); the Definition of
 * Done and acceptance criteria as sequences; status histories as the union
 * of both sides' changes, by day; an item's ratings criterion by criterion
 * (a criterion rated differently on both sides is a conflict of the
 * ratings) and a scorecard's criteria by id, as entities are; of two times of change the
 * later one wins, so that editing different fields of one item on two
 * branches is no conflict.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-diff3.h"
#include "wp-three-way-private.h"

/* What both sides made of @base: @ours and @theirs, differently. */
typedef struct {
  ThreeWay     *tw;
  WpEntity     *result;
  guint         field;
  WpEntity     *base;     /* NULL when both sides added the entity */
  const GValue *ours;
  const GValue *theirs;
} BothChanged;

static void
record_field_conflict (BothChanged *c)
{
  const WpField *fields = wp_entity_get_fields (c->result, NULL);
  g_autoptr(JsonNode) base = c->base != NULL ? wp_entity_dup_field_node (c->base, c->field)
                                             : json_node_init_null (json_node_alloc ());
  g_autoptr(JsonNode) ours = wp_entity_dup_field_node (c->result, c->field);
  g_autoptr(WpEntity) scratch = wp_entity_copy (c->result, wp_entity_get_id (c->result));
  g_autoptr(JsonNode) theirs = NULL;

  wp_entity_set_value (scratch, c->field, c->theirs);
  theirs = wp_entity_dup_field_node (scratch, c->field);
  _wp_three_way_conflict (c->tw, wp_kind_collection (wp_entity_get_kind (c->result)),
                          wp_entity_get_kind (c->result) == WP_KIND_PRODUCT
                          ? NULL : wp_entity_get_id (c->result),
                          fields[c->field].name, base, ours, theirs);
}

static void
set_strv (BothChanged *c,
          GPtrArray   *strings)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (strings->len == 0 || g_ptr_array_index (strings, strings->len - 1) != NULL)
    g_ptr_array_add (strings, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, strings->pdata);
  wp_entity_set_value (c->result, c->field, &value);
}

static const char * const *
base_strv (BothChanged *c)
{
  static const char * const empty[] = { NULL };

  return c->base != NULL ? wp_entity_get_strv (c->base, c->field) : empty;
}

/* Labels, tags, references: what either side added, in ours' order, less what either removed. */
static void
merge_set (BothChanged *c)
{
  const char * const *base = base_strv (c);
  const char * const *ours = g_value_get_boxed (c->ours);
  const char * const *theirs = g_value_get_boxed (c->theirs);
  g_autoptr(GPtrArray) merged = g_ptr_array_new ();

  for (guint i = 0; ours[i] != NULL; i++)
    if (!g_strv_contains (base, ours[i]) || g_strv_contains (theirs, ours[i]))
      g_ptr_array_add (merged, (gpointer) ours[i]);
  for (guint i = 0; theirs[i] != NULL; i++)
    if (!g_strv_contains (base, theirs[i]) && !g_strv_contains (ours, theirs[i]))
      g_ptr_array_add (merged, (gpointer) theirs[i]);
  set_strv (c, merged);
}

/* The Definition of Done: a sequence where both sides' new lines are kept. */
static void
merge_sequence (BothChanged *c)
{
  g_autoptr(GPtrArray) merged = wp_diff3 (base_strv (c), g_value_get_boxed (c->ours),
                                          g_value_get_boxed (c->theirs), FALSE,
                                          WP_DIFF3_UNION, NULL);

  set_strv (c, merged);
}

static void
merge_text (BothChanged *c)
{
  gboolean conflict = FALSE;
  g_autofree char *merged = wp_diff3_text (c->base != NULL ? wp_entity_get_string (c->base,
                                                                                   c->field)
                                                           : "",
                                           g_value_get_string (c->ours),
                                           g_value_get_string (c->theirs), &conflict);

  if (conflict)
    record_field_conflict (c);
  else
    wp_entity_set_string (c->result, c->field, merged);
}

static GStrv
objects_texts (JsonNode *list)
{
  JsonArray *array = json_node_get_array (list);
  GStrv texts = g_new0 (char *, json_array_get_length (array) + 1);

  for (guint i = 0; i < json_array_get_length (array); i++)
    texts[i] = json_to_string (json_array_get_element (array, i), FALSE);

  return texts;
}

/* A list of objects as a sequence of whole objects; %NULL where @mode leaves a conflict. */
static JsonArray *
merge_objects (BothChanged    *c,
               WpDiff3Resolve mode)
{
  g_autoptr(JsonNode) empty = json_from_string ("[]", NULL);
  JsonNode *base_list = c->base != NULL ? wp_entity_get_node (c->base, c->field) : NULL;
  g_auto(GStrv) base = objects_texts (base_list != NULL && JSON_NODE_HOLDS_ARRAY (base_list)
                                      ? base_list : empty);
  g_auto(GStrv) ours = objects_texts (g_value_get_boxed (c->ours));
  g_auto(GStrv) theirs = objects_texts (g_value_get_boxed (c->theirs));
  guint conflicts = 0;
  g_autoptr(GPtrArray) merged = wp_diff3 ((const char * const *) base, (const char * const *) ours,
                                          (const char * const *) theirs, FALSE, mode, &conflicts);
  JsonArray *array;

  if (conflicts > 0)
    return NULL;
  array = json_array_new ();
  for (guint i = 0; g_ptr_array_index (merged, i) != NULL; i++)
    json_array_add_element (array, json_from_string (g_ptr_array_index (merged, i), NULL));

  return array;
}

static void
set_array (BothChanged *c,
           JsonArray   *array)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, JSON_TYPE_NODE);
  g_value_take_boxed (&value, json_node_init_array (json_node_alloc (), array));
  wp_entity_set_value (c->result, c->field, &value);
}

/* Acceptance criteria as a sequence of whole criteria: a criterion both changed is a conflict. */
static void
merge_checklist (BothChanged *c)
{
  g_autoptr(JsonArray) merged = merge_objects (c, WP_DIFF3_KEEP_OURS);

  if (merged == NULL)
    record_field_conflict (c);
  else
    set_array (c, merged);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (json_object_get_string_member (json_node_get_object (*(JsonNode **) a), "day"),
                    json_object_get_string_member (json_node_get_object (*(JsonNode **) b), "day"));
}

/* A status history: the changes made on either side, by day (ours first within a day). */
static void
merge_status_history (BothChanged *c)
{
  g_autoptr(JsonArray) merged = merge_objects (c, WP_DIFF3_UNION);
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();
  JsonArray *sorted = json_array_new ();

  for (guint i = 0; i < json_array_get_length (merged); i++)
    g_ptr_array_add (changes, json_array_get_element (merged, i));
  /* Stable: changes of one day keep the order they were made in. */
  g_ptr_array_sort (changes, compare_days);
  for (guint i = 0; i < changes->len; i++)
    json_array_add_element (sorted, json_node_copy (g_ptr_array_index (changes, i)));
  set_array (c, sorted);
  json_array_unref (sorted);
}

static gboolean
node_equal (JsonNode *a,
            JsonNode *b)
{
  return (a == NULL && b == NULL) || (a != NULL && b != NULL && json_node_equal (a, b));
}

static JsonNode *
member_of (JsonObject *object,
           const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static void
add_names (GPtrArray  *names,
           JsonObject *object)
{
  g_autoptr(GList) members = object != NULL ? json_object_get_members (object) : NULL;

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_ptr_array_find_with_equal_func (names, l->data, g_str_equal, NULL))
      g_ptr_array_add (names, l->data);
}

static JsonObject *
object_of (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* An item's ratings, member by member: both rating one criterion differently is a conflict. */
static void
merge_ratings (BothChanged *c)
{
  JsonObject *base = c->base != NULL ? object_of (wp_entity_get_node (c->base, c->field)) : NULL;
  JsonObject *ours = object_of (g_value_get_boxed (c->ours));
  JsonObject *theirs = object_of (g_value_get_boxed (c->theirs));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(JsonObject) merged = json_object_new ();
  g_auto(GValue) value = G_VALUE_INIT;

  /* No ratings (null, as a file without them reads) are none: only another value conflicts. */
  if ((ours == NULL && !JSON_NODE_HOLDS_NULL ((JsonNode *) g_value_get_boxed (c->ours))) ||
      (theirs == NULL && !JSON_NODE_HOLDS_NULL ((JsonNode *) g_value_get_boxed (c->theirs))))
    {
      record_field_conflict (c);
      return;
    }
  add_names (names, ours);
  add_names (names, theirs);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      JsonNode *b = member_of (base, name), *o = member_of (ours, name);
      JsonNode *t = member_of (theirs, name), *kept = node_equal (b, o) ? t : o;

      if (!node_equal (b, o) && !node_equal (b, t) && !node_equal (o, t))
        {
          record_field_conflict (c);
          return;
        }
      if (kept != NULL)
        json_object_set_member (merged, name, json_node_copy (kept));
    }
  g_value_init (&value, JSON_TYPE_NODE);
  g_value_take_boxed (&value, json_node_init_object (json_node_alloc (), merged));
  wp_entity_set_value (c->result, c->field, &value);
}

/* @list's objects by their "id", in its order; %NULL if one has none, or it is no list. */
static GPtrArray *
objects_by_id (JsonNode   *list,
               GHashTable *by_id)
{
  JsonArray *array;
  GPtrArray *ids;

  if (list == NULL || JSON_NODE_HOLDS_NULL (list))
    return g_ptr_array_new ();
  if (!JSON_NODE_HOLDS_ARRAY (list))
    return NULL;
  array = json_node_get_array (list);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonNode *id = JSON_NODE_HOLDS_OBJECT (element)
                     ? json_object_get_member (json_node_get_object (element), "id") : NULL;

      if (id == NULL || json_node_get_value_type (id) != G_TYPE_STRING ||
          !g_hash_table_insert (by_id, (gpointer) json_node_get_string (id), element))
        {
          g_ptr_array_unref (ids);
          return NULL;
        }
      g_ptr_array_add (ids, (gpointer) json_node_get_string (id));
    }

  return ids;
}

/*
 * A scorecard's criteria by id, as entities are merged: one changed, added or removed on one
 * side only is taken; one changed differently on both sides is a conflict of the scorecard.
 * Ours give the order, with theirs' new ones after.
 */
static void
merge_scorecard (BothChanged *c)
{
  g_autoptr(GHashTable) base = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ours = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) theirs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) base_ids = objects_by_id (c->base != NULL
                                                 ? wp_entity_get_node (c->base, c->field)
                                                 : NULL, base);
  g_autoptr(GPtrArray) ids = objects_by_id (g_value_get_boxed (c->ours), ours);
  g_autoptr(GPtrArray) their_ids = objects_by_id (g_value_get_boxed (c->theirs), theirs);
  g_autoptr(JsonArray) merged = json_array_new ();

  if (base_ids == NULL || ids == NULL || their_ids == NULL)
    {
      record_field_conflict (c);
      return;
    }
  for (guint i = 0; i < their_ids->len; i++)
    if (!g_hash_table_contains (ours, g_ptr_array_index (their_ids, i)))
      g_ptr_array_add (ids, g_ptr_array_index (their_ids, i));
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      JsonNode *b = g_hash_table_lookup (base, id), *o = g_hash_table_lookup (ours, id);
      JsonNode *t = g_hash_table_lookup (theirs, id), *kept = node_equal (b, o) ? t : o;

      if (!node_equal (b, o) && !node_equal (b, t) && !node_equal (o, t))
        {
          record_field_conflict (c);
          return;
        }
      if (kept != NULL)
        json_array_add_element (merged, json_node_copy (kept));
    }
  set_array (c, merged);
}

static void
merge_both_changed (BothChanged *c)
{
  const WpField *field = &wp_entity_get_fields (c->result, NULL)[c->field];

  switch (field->type)
    {
    case WP_FIELD_TIMESTAMP:
      if (g_strcmp0 (g_value_get_string (c->theirs), g_value_get_string (c->ours)) > 0)
        wp_entity_set_value (c->result, c->field, c->theirs);
      break;
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      if (wp_entity_get_kind (c->result) == WP_KIND_PRODUCT)
        merge_sequence (c);
      else
        merge_set (c);
      break;
    case WP_FIELD_STRING:
      merge_text (c);
      break;
    case WP_FIELD_CHECKLIST:
      merge_checklist (c);
      break;
    case WP_FIELD_STATUS_HISTORY:
      merge_status_history (c);
      break;
    case WP_FIELD_JSON:
      if (WP_IS_ITEM (c->result) && c->field == WP_ITEM_RATINGS)
        merge_ratings (c);
      else if (WP_IS_PRODUCT (c->result) && c->field == WP_PRODUCT_SCORECARD)
        merge_scorecard (c);
      else
        record_field_conflict (c);
      break;
    case WP_FIELD_CHOICE:
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    case WP_FIELD_NUMBER:
    case WP_FIELD_INT:
    default:
      record_field_conflict (c);
      break;
    }
}

/**
 * _wp_three_way_merge_extra:
 * @tw: the merge
 * @collection: whose members they are, for a conflict: an entity's collection, "product",
 *   "document" or "roadmap"
 * @id: (nullable): the entity's id, or %NULL for the product or the document
 * @base: (nullable): the ancestor's unknown members
 * @ours: (nullable): ours
 * @theirs: (nullable): theirs
 *
 * Returns: (transfer full) (nullable): the merged members, ours first
 */
JsonObject *
_wp_three_way_merge_extra (ThreeWay   *tw,
                           const char *collection,
                           const char *id,
                           JsonObject *base,
                           JsonObject *ours,
                           JsonObject *theirs)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  JsonObject *merged = json_object_new ();

  add_names (names, ours);
  add_names (names, theirs);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      JsonNode *b = member_of (base, name), *o = member_of (ours, name);
      JsonNode *t = member_of (theirs, name), *kept = o;

      if (node_equal (b, o))
        kept = t;
      else if (!node_equal (b, t) && !node_equal (o, t))
        {
          g_autoptr(JsonNode) null = json_node_init_null (json_node_alloc ());

          _wp_three_way_conflict (tw, collection, id, name, b ? b : null, o ? o : null,
                                  t ? t : null);
        }
      if (kept != NULL)
        json_object_set_member (merged, name, json_node_copy (kept));
    }
  if (json_object_get_size (merged) == 0)
    g_clear_pointer (&merged, json_object_unref);

  return merged;
}

/**
 * _wp_three_way_entity_changed:
 * @base: an entity as the ancestor has it
 * @side: the same entity as one side has it
 *
 * Returns: whether the side changed a field or an unknown member
 */
gboolean
_wp_three_way_entity_changed (WpEntity *base,
                              WpEntity *side)
{
  guint n_fields;

  wp_entity_get_fields (base, &n_fields);
  for (guint f = 0; f < n_fields; f++)
    if (!wp_entity_values_equal (wp_entity_get_value (base, f), wp_entity_get_value (side, f)))
      return TRUE;
  if ((wp_entity_get_extra (base) == NULL) != (wp_entity_get_extra (side) == NULL))
    return TRUE;
  if (wp_entity_get_extra (base) == NULL)
    return FALSE;

  return !json_object_equal (wp_entity_get_extra (base), wp_entity_get_extra (side));
}

/**
 * _wp_three_way_merge_entity:
 * @tw: the merge
 * @base: (nullable): the ancestor's version, or %NULL when both sides added it
 * @ours: our version
 * @theirs: theirs
 *
 * Returns: (transfer full): the merged entity; conflicts are recorded in @tw
 */
WpEntity *
_wp_three_way_merge_entity (ThreeWay *tw,
                            WpEntity *base,
                            WpEntity *ours,
                            WpEntity *theirs)
{
  WpEntity *result = wp_entity_copy (ours, wp_entity_get_id (ours));
  guint n_fields;
  JsonObject *extra;

  wp_entity_get_fields (ours, &n_fields);
  for (guint f = 0; f < n_fields; f++)
    {
      const GValue *o = wp_entity_get_value (ours, f), *t = wp_entity_get_value (theirs, f);
      BothChanged changed = { tw, result, f, base, o, t };

      if (wp_entity_values_equal (o, t) ||
          (base != NULL && wp_entity_values_equal (wp_entity_get_value (base, f), t)))
        continue;
      if (base != NULL && wp_entity_values_equal (wp_entity_get_value (base, f), o))
        wp_entity_set_value (result, f, t);
      else
        merge_both_changed (&changed);
    }

  extra = _wp_three_way_merge_extra (tw, wp_kind_collection (wp_entity_get_kind (ours)),
                                     wp_entity_get_kind (ours) == WP_KIND_PRODUCT
                                     ? NULL : wp_entity_get_id (ours),
                                     base != NULL ? wp_entity_get_extra (base) : NULL,
                                     wp_entity_get_extra (ours), wp_entity_get_extra (theirs));
  wp_entity_set_extra (result, extra);
  if (extra != NULL)
    json_object_unref (extra);

  return result;
}
