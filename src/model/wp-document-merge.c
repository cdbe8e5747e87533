/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Merging an imported product into an open document, as one undo step.
 * Columns, sprints, releases and lanes of the same name are reused; what is
 * new is added, with its id kept unless the document already uses it. The
 * items come as one block below (or above) the backlog, in their order, with
 * the cut lines of new releases among them; every reference is translated to
 * the ids the document uses.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-document-private.h"
#include "wp-rank.h"

typedef struct {
  WpDocument *target;
  WpDocument *incoming;
  GHashTable *ids[WP_N_KINDS];   /* incoming id -> the id in the target */
} Merge;

/* The field that names entities of @kind, or -1 where names mean nothing. */
static int
name_field (WpKind kind)
{
  switch (kind)
    {
    case WP_KIND_COLUMN:
      return WP_COLUMN_TITLE;
    case WP_KIND_SPRINT:
      return WP_SPRINT_NAME;
    case WP_KIND_RELEASE:
      return WP_RELEASE_NAME;
    case WP_KIND_LANE:
      return WP_LANE_TITLE;
    default:
      return -1;
    }
}

/* The entity of @kind in the target whose name is @name, letter case aside. */
static WpEntity *
find_named (Merge      *m,
            WpKind      kind,
            const char *name)
{
  GListModel *list = wp_document_get_list (m->target, kind);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  guint n = g_list_model_get_n_items (list);

  if (name[0] == '\0')
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);
      const char *name_there = wp_entity_get_string (entity, name_field (kind));
      g_autofree char *have = g_utf8_casefold (name_there, -1);

      if (strcmp (have, wanted) == 0)
        return entity;
    }

  return NULL;
}

/* The incoming entity's id, unless the target uses it already. */
static const char *
id_for (Merge    *m,
        WpEntity *entity)
{
  WpKind kind = wp_entity_get_kind (entity);
  const char *id = wp_entity_get_id (entity);
  char *target_id = wp_document_lookup (m->target, kind, id) == NULL ? g_strdup (id)
                                                                     : g_uuid_string_random ();

  g_hash_table_insert (m->ids[kind], g_strdup (id), target_id);

  return target_id;
}

static const char *
translate (Merge      *m,
           WpKind      kind,
           const char *id)
{
  return id != NULL ? g_hash_table_lookup (m->ids[kind], id) : NULL;
}

/* Points the copy's references at the target's entities; one to nothing known is dropped. */
static void
translate_references (Merge    *m,
                      WpEntity *copy)
{
  guint n_fields;
  const WpField *fields = wp_entity_get_fields (copy, &n_fields);

  for (guint f = 0; f < n_fields; f++)
    {
      const WpField *field = &fields[f];

      if (field->type == WP_FIELD_REF)
        wp_entity_set_string (copy, f, translate (m, field->ref_kind,
                                                  wp_entity_get_string (copy, f)));
      else if (field->type == WP_FIELD_REFS)
        {
          const char * const *ids = wp_entity_get_strv (copy, f);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) translated = NULL;
          g_auto(GValue) value = G_VALUE_INIT;

          for (guint i = 0; ids[i] != NULL; i++)
            if (translate (m, field->ref_kind, ids[i]) != NULL)
              g_strv_builder_add (builder, translate (m, field->ref_kind, ids[i]));
          translated = g_strv_builder_end (builder);
          g_value_init (&value, G_TYPE_STRV);
          g_value_set_boxed (&value, translated);
          wp_entity_set_value (copy, f, &value);
        }
    }
}

/*
 * Gives every incoming entity of @kind its id in the target: the one of the
 * same name there, or its own (or a new one); returns copies of those that
 * are new, their references still to translate.
 */
static GPtrArray *
match_or_copy (Merge  *m,
               WpKind  kind)
{
  GListModel *list = wp_document_get_list (m->incoming, kind);
  GPtrArray *added = g_ptr_array_new_with_free_func (g_object_unref);
  int field = name_field (kind);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);
      WpEntity *same = field >= 0 ? find_named (m, kind, wp_entity_get_string (entity, field))
                                  : NULL;

      if (same != NULL)
        g_hash_table_insert (m->ids[kind], g_strdup (wp_entity_get_id (entity)),
                             g_strdup (wp_entity_get_id (same)));
      else
        g_ptr_array_add (added, wp_entity_copy (entity, id_for (m, entity)));
    }

  return added;
}

static void
add_translated (Merge     *m,
                GPtrArray *added)
{
  for (guint i = 0; i < added->len; i++)
    translate_references (m, g_ptr_array_index (added, i));
  wp_document_add_all (m->target, added, NULL);
}

/*
 * The board's last column means done, in both documents: the incoming one
 * becomes the target's last, unless a column of its name exists. The other
 * new columns go before the target's last, which stays last.
 */
static void
merge_columns (Merge *m)
{
  GListModel *incoming = wp_document_get_list (m->incoming, WP_KIND_COLUMN);
  GListModel *target = wp_document_get_list (m->target, WP_KIND_COLUMN);
  guint n_target = g_list_model_get_n_items (target);
  guint n_incoming = g_list_model_get_n_items (incoming);
  g_autoptr(WpEntity) done = n_target > 0 ? g_list_model_get_item (target, n_target - 1) : NULL;
  g_autoptr(WpEntity) incoming_done = n_incoming > 0
                                      ? g_list_model_get_item (incoming, n_incoming - 1) : NULL;
  g_autoptr(GPtrArray) added = NULL;
  guint position = done != NULL ? n_target - 1 : 0;

  if (incoming_done != NULL && done != NULL &&
      find_named (m, WP_KIND_COLUMN, wp_entity_get_string (incoming_done, WP_COLUMN_TITLE)) == NULL)
    g_hash_table_insert (m->ids[WP_KIND_COLUMN], g_strdup (wp_entity_get_id (incoming_done)),
                         g_strdup (wp_entity_get_id (done)));

  added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_incoming; i++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (incoming, i);
      WpEntity *same = find_named (m, WP_KIND_COLUMN,
                                   wp_entity_get_string (column, WP_COLUMN_TITLE));

      if (g_hash_table_contains (m->ids[WP_KIND_COLUMN], wp_entity_get_id (column)))
        continue;
      if (same != NULL)
        g_hash_table_insert (m->ids[WP_KIND_COLUMN], g_strdup (wp_entity_get_id (column)),
                             g_strdup (wp_entity_get_id (same)));
      else
        g_ptr_array_add (added, wp_entity_copy (column, id_for (m, column)));
    }
  for (guint i = 0; i < added->len; i++)
    wp_document_insert (m->target, g_ptr_array_index (added, i), position++);
}

/* The highest (@top FALSE) or lowest rank key in the target's backlog, lines included. */
static const char *
edge_rank (WpDocument *document,
           gboolean    top)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  GListModel *releases = wp_document_get_list (document, WP_KIND_RELEASE);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(WpEntity) edge_item = n > 0 ? g_list_model_get_item (items, top ? 0 : n - 1) : NULL;
  const char *edge = edge_item != NULL ? wp_entity_get_string (edge_item, WP_ITEM_RANK) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      const char *line = wp_entity_get_string (release, WP_RELEASE_RANK);

      if (wp_rank_is_valid (line) &&
          (edge == NULL || (top ? strcmp (line, edge) < 0 : strcmp (line, edge) > 0)))
        edge = line;
    }

  return edge;
}

static int
compare_by_rank (gconstpointer a,
                 gconstpointer b)
{
  WpEntity *x = *(WpEntity **) a, *y = *(WpEntity **) b;
  guint fx = WP_IS_ITEM (x) ? WP_ITEM_RANK : WP_RELEASE_RANK;
  guint fy = WP_IS_ITEM (y) ? WP_ITEM_RANK : WP_RELEASE_RANK;

  return g_strcmp0 (wp_entity_get_string (x, fx), wp_entity_get_string (y, fy));
}

/* New keys for @ranked (items and release lines, in order) as a block at the top or bottom. */
static void
rank_block (WpDocument *target,
            GPtrArray  *ranked,
            gboolean    top)
{
  g_autofree char *edge = g_strdup (edge_rank (target, top));

  g_ptr_array_sort (ranked, compare_by_rank);
  for (guint k = 0; k < ranked->len; k++)
    {
      WpEntity *entity = g_ptr_array_index (ranked, top ? ranked->len - 1 - k : k);
      char *rank = top ? wp_rank_between (NULL, edge) : wp_rank_between (edge, NULL);

      wp_entity_set_string (entity, WP_IS_ITEM (entity) ? WP_ITEM_RANK : WP_RELEASE_RANK, rank);
      g_free (edge);
      edge = rank;
    }
}

static GPtrArray *
copy_items (Merge *m)
{
  GListModel *items = wp_document_get_list (m->incoming, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);
  GPtrArray *copies = g_ptr_array_new_full (n, g_object_unref);

  /* Ids first: an item may name as its epic one that comes later. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      g_ptr_array_add (copies, wp_entity_copy (item, id_for (m, item)));
    }
  for (guint i = 0; i < n; i++)
    translate_references (m, g_ptr_array_index (copies, i));

  return copies;
}

/* Releases new to the target: their lines are placed with the items, in their order. */
static void
merge_items_and_releases (Merge        *m,
                          WpMergePlace  place)
{
  g_autoptr(GPtrArray) releases = match_or_copy (m, WP_KIND_RELEASE);
  g_autoptr(GPtrArray) items = copy_items (m);
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();

  g_ptr_array_extend (ranked, items, NULL, NULL);
  for (guint i = 0; i < releases->len; i++)
    if (wp_rank_is_valid (wp_entity_get_string (g_ptr_array_index (releases, i), WP_RELEASE_RANK)))
      g_ptr_array_add (ranked, g_ptr_array_index (releases, i));
  rank_block (m->target, ranked, place == WP_MERGE_TOP);

  wp_document_add_all (m->target, releases, NULL);
  wp_document_add_items (m->target, items);
}

/**
 * wp_document_merge:
 * @self: a document
 * @incoming: an imported product, shown nowhere; it is left as it was
 * @place: whether the imported items go below or above the backlog
 * @label: what the merge does, for "Undo …"
 *
 * Adds what @incoming holds to @self as one undo step. Columns, sprints,
 * releases and lanes whose name @self has already are reused (letter case
 * aside); the incoming board's last column, which means done, becomes the
 * last column of @self. The product's own fields (name, vision) stay.
 */
void
wp_document_merge (WpDocument   *self,
                   WpDocument   *incoming,
                   WpMergePlace  place,
                   const char   *label)
{
  Merge m = { self, incoming, { NULL } };

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_DOCUMENT (incoming));

  for (guint kind = 0; kind < WP_N_KINDS; kind++)
    m.ids[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  wp_document_begin (self, label);
  merge_columns (&m);
  {
    g_autoptr(GPtrArray) sprints = match_or_copy (&m, WP_KIND_SPRINT);
    g_autoptr(GPtrArray) lanes = match_or_copy (&m, WP_KIND_LANE);

    /* Sprints name the items they left unfinished: translated once the items have ids. */
    merge_items_and_releases (&m, place);
    add_translated (&m, sprints);
    add_translated (&m, lanes);
  }
  {
    g_autoptr(GPtrArray) entries = match_or_copy (&m, WP_KIND_ENTRY);
    g_autoptr(GPtrArray) feedback = match_or_copy (&m, WP_KIND_FEEDBACK);

    /* Entries depend on entries: all have ids before any is translated. */
    add_translated (&m, entries);
    add_translated (&m, feedback);
  }
  wp_document_end (self);

  for (guint kind = 0; kind < WP_N_KINDS; kind++)
    g_hash_table_unref (m.ids[kind]);
}

/* Whether the merge maps @entity, of @incoming, to one of the target's rather than adding it. */
static gboolean
is_reused (Merge    *m,
           WpEntity *entity,
           gboolean  last)
{
  WpKind kind = wp_entity_get_kind (entity);

  /* The incoming board's done column becomes the target's, as merge_columns() does. */
  if (kind == WP_KIND_COLUMN && last &&
      g_list_model_get_n_items (wp_document_get_list (m->target, WP_KIND_COLUMN)) > 0)
    return TRUE;

  return find_named (m, kind, wp_entity_get_string (entity, name_field (kind))) != NULL;
}

/**
 * wp_document_merge_reused:
 * @self: a document
 * @incoming: a product that wp_document_merge() would bring into @self
 * @kind: columns, sprints, releases or lanes
 *
 * Says what a merge would not add, for a preview: the entities of @kind
 * that @self has already (by name, letter case aside), and the incoming
 * board's last column, which becomes the last column of @self.
 *
 * Returns: (transfer full): the names, as @incoming spells them
 */
GStrv
wp_document_merge_reused (WpDocument *self,
                          WpDocument *incoming,
                          WpKind      kind)
{
  Merge m = { self, incoming, { NULL } };
  GListModel *list = wp_document_get_list (incoming, kind);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (WP_IS_DOCUMENT (incoming), NULL);
  g_return_val_if_fail (name_field (kind) >= 0, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      if (is_reused (&m, entity, i == n - 1))
        g_strv_builder_add (names, wp_entity_get_string (entity, name_field (kind)));
    }

  return g_strv_builder_end (names);
}
