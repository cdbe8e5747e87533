/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpDocument holds a whole product: the product itself and one list model per
 * collection. Every change goes through its API and is recorded in its
 * history, so every edit can be undone and the document knows when it is
 * modified. Items are kept ordered by their rank keys; moving an item changes
 * its rank and nothing else.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-demand.h"
#include "wp-document.h"
#include "wp-error.h"
#include "wp-rank.h"

struct _WpDocument
{
  GObject     parent_instance;

  WpProduct  *product;
  GListStore *lists[WP_N_KINDS];
  GHashTable *ids[WP_N_KINDS];   /* id -> entity, borrowed from the lists */
  WpHistory  *history;
  WpDemand   *demand;
  GHashTable *extra;             /* section ("" = top level) -> JsonObject of unknown members */
};

G_DEFINE_FINAL_TYPE (WpDocument, wp_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
kind_type (WpKind kind)
{
  switch (kind)
    {
    case WP_KIND_PRODUCT: return WP_TYPE_PRODUCT;
    case WP_KIND_COLUMN: return WP_TYPE_COLUMN;
    case WP_KIND_ITEM: return WP_TYPE_ITEM;
    case WP_KIND_SPRINT: return WP_TYPE_SPRINT;
    case WP_KIND_RELEASE: return WP_TYPE_RELEASE;
    case WP_KIND_LANE: return WP_TYPE_LANE;
    case WP_KIND_ENTRY: return WP_TYPE_ROADMAP_ENTRY;
    case WP_KIND_FEEDBACK: return WP_TYPE_FEEDBACK;
    case WP_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

WpDocument *
wp_document_new (void)
{
  return g_object_new (WP_TYPE_DOCUMENT, NULL);
}

/**
 * wp_document_new_product:
 *
 * Returns: (transfer full): a new product with the workflow most teams use, nothing to undo
 */
WpDocument *
wp_document_new_product (void)
{
  WpDocument *document = wp_document_new ();
  static const struct { const char *id; const char *title; } columns[] = {
    { "todo", N_("To Do") }, { "doing", N_("In Progress") }, { "done", N_("Done") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(WpEntity) column = wp_entity_new (WP_TYPE_COLUMN, columns[i].id);

      wp_document_add (document, column);
      wp_document_set_string (document, column, WP_COLUMN_TITLE, _(columns[i].title));
    }
  wp_history_clear (document->history);

  return document;
}

WpProduct *
wp_document_get_product (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);

  return self->product;
}

/**
 * wp_document_get_list:
 * @self: a document
 * @kind: a collection other than %WP_KIND_PRODUCT
 *
 * Returns: (transfer none): the collection; items come ordered by rank
 */
GListModel *
wp_document_get_list (WpDocument *self,
                      WpKind      kind)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind > WP_KIND_PRODUCT && kind < WP_N_KINDS, NULL);

  return G_LIST_MODEL (self->lists[kind]);
}

/**
 * wp_document_lookup:
 * @self: a document
 * @kind: the collection
 * @id: (nullable): an id
 *
 * Returns: (transfer none) (nullable): the entity with @id, in constant time
 */
WpEntity *
wp_document_lookup (WpDocument *self,
                    WpKind      kind,
                    const char *id)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind > WP_KIND_PRODUCT && kind < WP_N_KINDS, NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->ids[kind], id);
}

WpHistory *
wp_document_get_history (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);

  return self->history;
}

/**
 * wp_document_get_demand:
 * @self: a document
 *
 * Returns: (transfer none): how many customers asked for each item, counted
 *   once for every page that shows it
 */
WpDemand *
wp_document_get_demand (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);

  if (self->demand == NULL)
    self->demand = wp_demand_new (self);

  return self->demand;
}

gboolean
wp_document_get_modified (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), FALSE);

  return !wp_history_is_clean (self->history);
}

/**
 * wp_document_get_extra:
 * @self: a document
 * @section: "" for the top level, or "product" or "roadmap"
 *
 * Returns: (transfer none) (nullable): the members of @section the reader did not know
 */
JsonObject *
wp_document_get_extra (WpDocument *self,
                       const char *section)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);

  return g_hash_table_lookup (self->extra, section);
}

void
wp_document_set_extra (WpDocument *self,
                       const char *section,
                       JsonObject *extra)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));

  if (extra == NULL)
    g_hash_table_remove (self->extra, section);
  else
    g_hash_table_insert (self->extra, g_strdup (section), json_object_ref (extra));
}

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return g_strcmp0 (wp_entity_get_string ((WpEntity *) a, WP_ITEM_RANK),
                    wp_entity_get_string ((WpEntity *) b, WP_ITEM_RANK));
}

static guint
position_of (WpDocument *self,
             WpEntity   *entity)
{
  guint position = 0;
  gboolean found = g_list_store_find (self->lists[wp_entity_get_kind (entity)], entity, &position);

  g_assert (found);

  return position;
}

static void
attach (WpDocument *self,
        WpEntity   *entity,
        guint       position)
{
  WpKind kind = wp_entity_get_kind (entity);

  g_hash_table_insert (self->ids[kind], (gpointer) wp_entity_get_id (entity), entity);
  if (kind == WP_KIND_ITEM)
    g_list_store_insert_sorted (self->lists[kind], entity, compare_rank, NULL);
  else
    g_list_store_insert (self->lists[kind], MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]))), entity);
}

/* @hint is where the entity was recorded to be; undoing a big import finds each entry there instead of searching. */
static void
detach (WpDocument *self,
        WpEntity   *entity,
        guint       hint)
{
  WpKind kind = wp_entity_get_kind (entity);
  GListModel *list = G_LIST_MODEL (self->lists[kind]);
  g_autoptr(WpEntity) at_hint = hint < g_list_model_get_n_items (list) ? g_list_model_get_item (list, hint) : NULL;

  g_hash_table_remove (self->ids[kind], wp_entity_get_id (entity));
  g_list_store_remove (self->lists[kind], at_hint == entity ? hint : position_of (self, entity));
}

static void
move_in_list (WpDocument *self,
              WpEntity   *entity,
              guint       position)
{
  GListStore *list = self->lists[wp_entity_get_kind (entity)];

  /* The list holds the only reference while the entity is out of it. */
  g_object_ref (entity);
  g_list_store_remove (list, position_of (self, entity));
  g_list_store_insert (list, position, entity);
  g_object_unref (entity);
}

/* Items stay sorted: a new rank moves the item to its place. */
static gboolean
set_field (WpDocument   *self,
           WpEntity     *entity,
           guint         field,
           const GValue *value)
{
  GListStore *items = self->lists[WP_KIND_ITEM];
  gboolean changed;

  if (wp_entity_get_kind (entity) != WP_KIND_ITEM || field != WP_ITEM_RANK ||
      g_hash_table_lookup (self->ids[WP_KIND_ITEM], wp_entity_get_id (entity)) != entity)
    {
      changed = wp_entity_set_value (entity, field, value);
    }
  else
    {
      g_object_ref (entity);
      g_list_store_remove (items, position_of (self, entity));
      changed = wp_entity_set_value (entity, field, value);
      g_list_store_insert_sorted (items, entity, compare_rank, NULL);
      g_object_unref (entity);
    }

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0, entity, field);

  return changed;
}

static void
apply_change (const WpChange *change,
              gboolean        reverse,
              gpointer        user_data)
{
  WpDocument *self = user_data;

  switch (change->type)
    {
    case WP_CHANGE_SET:
      set_field (self, change->entity, change->field,
                 reverse ? &change->old_value : &change->new_value);
      break;

    case WP_CHANGE_INSERT:
    case WP_CHANGE_REMOVE:
      if ((change->type == WP_CHANGE_INSERT) != reverse)
        attach (self, change->entity, change->position);
      else
        detach (self, change->entity, change->position);
      break;

    case WP_CHANGE_MOVE:
      move_in_list (self, change->entity, reverse ? change->position : change->new_position);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * wp_document_begin:
 * @self: a document
 * @label: what the following changes do together, for "Undo …"
 *
 * Groups the changes until wp_document_end() into one undo step.
 */
void
wp_document_begin (WpDocument *self,
                   const char *label)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));

  wp_history_begin (self->history, label);
}

void
wp_document_end (WpDocument *self)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));

  wp_history_end (self->history);
}

/* Opens a step with @label (taken) unless a group is open. */
static gboolean
begin_step (WpDocument *self,
            char       *label)
{
  g_autofree char *owned = label;

  if (wp_history_in_group (self->history))
    return FALSE;

  wp_history_begin (self->history, owned);

  return TRUE;
}

/* A change outside of any group is a step of its own, labelled after the entity. */
static gboolean
begin_default (WpDocument *self,
               WpEntity   *entity)
{
  if (entity != WP_ENTITY (self->product))
    /* Translators: %s is the title or name of what was edited */
    return begin_step (self, g_strdup_printf (_("Edit “%s”"), wp_entity_get_display_name (entity)));

  return begin_step (self, g_strdup (_("Edit Product")));
}

/**
 * wp_document_set_value:
 * @self: a document
 * @entity: an entity of @self
 * @field: the field index
 * @value: the new value
 *
 * Changes a field, recorded for undo.
 *
 * Returns: whether the value changed
 */
gboolean
wp_document_set_value (WpDocument   *self,
                       WpEntity     *entity,
                       guint         field,
                       const GValue *value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  const GValue *current;
  gboolean own_step, changed;

  g_return_val_if_fail (WP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (WP_IS_ENTITY (entity), FALSE);

  current = wp_entity_get_value (entity, field);
  g_return_val_if_fail (current != NULL, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, G_VALUE_TYPE (current)), FALSE);

  g_value_init (&old_value, G_VALUE_TYPE (current));
  g_value_copy (current, &old_value);

  own_step = begin_default (self, entity);
  changed = set_field (self, entity, field, value);
  if (changed)
    wp_history_record_set (self->history, entity, field, &old_value, value);
  if (own_step)
    wp_history_end (self->history);

  return changed;
}

static gboolean
set_typed (WpDocument *self,
           WpEntity   *entity,
           guint       field,
           GValue     *value)
{
  gboolean changed = wp_document_set_value (self, entity, field, value);

  g_value_unset (value);

  return changed;
}

gboolean
wp_document_set_string (WpDocument *self,
                        WpEntity   *entity,
                        guint       field,
                        const char *value)
{
  GValue gvalue = G_VALUE_INIT;

  g_value_set_string (g_value_init (&gvalue, G_TYPE_STRING), value);

  return set_typed (self, entity, field, &gvalue);
}

gboolean
wp_document_set_number (WpDocument *self,
                        WpEntity   *entity,
                        guint       field,
                        double      value)
{
  GValue gvalue = G_VALUE_INIT;

  g_value_set_double (g_value_init (&gvalue, G_TYPE_DOUBLE), value);

  return set_typed (self, entity, field, &gvalue);
}

gboolean
wp_document_set_int (WpDocument *self,
                     WpEntity   *entity,
                     guint       field,
                     int         value)
{
  GValue gvalue = G_VALUE_INIT;

  g_value_set_int (g_value_init (&gvalue, G_TYPE_INT), value);

  return set_typed (self, entity, field, &gvalue);
}

gboolean
wp_document_set_strv (WpDocument         *self,
                      WpEntity           *entity,
                      guint               field,
                      const char * const *value)
{
  static const char * const empty[] = { NULL };
  GValue gvalue = G_VALUE_INIT;

  g_value_set_boxed (g_value_init (&gvalue, G_TYPE_STRV), value ? value : empty);

  return set_typed (self, entity, field, &gvalue);
}

/* Returns the rank of the last item, owned by the item the list holds. */
static const char *
last_rank (WpDocument *self)
{
  GListModel *items = G_LIST_MODEL (self->lists[WP_KIND_ITEM]);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(WpEntity) last = n > 0 ? g_list_model_get_item (items, n - 1) : NULL;

  return last ? wp_entity_get_string (last, WP_ITEM_RANK) : NULL;
}

static void
give_rank_at_end (WpDocument *self,
                  WpEntity   *item)
{
  GValue value = G_VALUE_INIT;

  g_value_take_string (g_value_init (&value, G_TYPE_STRING), wp_rank_between (last_rank (self), NULL));
  wp_entity_set_value (item, WP_ITEM_RANK, &value);
  g_value_unset (&value);
}

/**
 * wp_document_insert:
 * @self: a document
 * @entity: a new entity, not in any document
 * @position: where in its collection; ignored for items, which go where their
 *   rank says (an item without a valid rank goes to the end)
 *
 * Adds an entity, recorded for undo.
 */
void
wp_document_insert (WpDocument *self,
                    WpEntity   *entity,
                    guint       position)
{
  WpKind kind;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_ENTITY (entity));

  kind = wp_entity_get_kind (entity);
  g_return_if_fail (kind != WP_KIND_PRODUCT);
  g_return_if_fail (wp_document_lookup (self, kind, wp_entity_get_id (entity)) == NULL);

  if (kind == WP_KIND_ITEM && !wp_rank_is_valid (wp_entity_get_string (entity, WP_ITEM_RANK)))
    give_rank_at_end (self, entity);

  /* Translators: %s is the title or name of what was added */
  own_step = begin_step (self, g_strdup_printf (_("Add “%s”"), wp_entity_get_display_name (entity)));
  attach (self, entity, position);
  wp_history_record_insert (self->history, entity, position_of (self, entity));
  if (own_step)
    wp_history_end (self->history);
}

/**
 * wp_document_add_all:
 * @self: a document
 * @entities: (element-type WpEntity): new entities of one kind, not items
 * @label: what adding them does, for "Undo …"
 *
 * Adds the entities at the end of their collection, in their order, as one
 * undo step, telling the collection's watchers once.
 */
void
wp_document_add_all (WpDocument *self,
                     GPtrArray  *entities,
                     const char *label)
{
  WpKind kind;
  guint position;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (entities != NULL);

  if (entities->len == 0)
    return;
  kind = wp_entity_get_kind (g_ptr_array_index (entities, 0));
  g_return_if_fail (kind != WP_KIND_PRODUCT && kind != WP_KIND_ITEM);

  position = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));
  for (guint i = 0; i < entities->len; i++)
    {
      WpEntity *entity = g_ptr_array_index (entities, i);

      g_return_if_fail (wp_entity_get_kind (entity) == kind);
      g_return_if_fail (wp_document_lookup (self, kind, wp_entity_get_id (entity)) == NULL);
    }

  wp_history_begin (self->history, label);
  for (guint i = 0; i < entities->len; i++)
    {
      WpEntity *entity = g_ptr_array_index (entities, i);

      g_hash_table_insert (self->ids[kind], (gpointer) wp_entity_get_id (entity), entity);
      wp_history_record_insert (self->history, entity, position + i);
    }
  g_list_store_splice (self->lists[kind], position, 0, entities->pdata, entities->len);
  wp_history_end (self->history);
}

/**
 * wp_document_add:
 * @self: a document
 * @entity: a new entity
 *
 * Adds an entity at the end of its collection (items: where their rank says).
 */
void
wp_document_add (WpDocument *self,
                 WpEntity   *entity)
{
  wp_document_insert (self, entity, G_MAXUINT);
}

static guint
count_references (WpDocument *self,
                  WpKind      kind,
                  guint       field,
                  const char *id)
{
  GListModel *list = G_LIST_MODEL (self->lists[kind]);
  guint n = g_list_model_get_n_items (list), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      if (g_strcmp0 (wp_entity_get_string (entity, field), id) == 0)
        count++;
    }

  return count;
}

static gboolean
check_unused (WpDocument  *self,
              WpEntity    *entity,
              GError     **error)
{
  const char *id = wp_entity_get_id (entity);
  guint count;

  switch (wp_entity_get_kind (entity))
    {
    case WP_KIND_COLUMN:
      count = count_references (self, WP_KIND_ITEM, WP_ITEM_STATUS, id);
      if (count > 0)
        {
          g_set_error (error, WP_ERROR, WP_ERROR_IN_USE,
                       /* Translators: %s is a column title, %u the number of items in it */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The column “%s” still holds %u item. Move it to another column first.",
                                    "The column “%s” still holds %u items. Move them to another column first.",
                                    count),
                       wp_entity_get_display_name (entity), count);
          return FALSE;
        }
      break;

    case WP_KIND_LANE:
      count = count_references (self, WP_KIND_ENTRY, WP_ROADMAP_ENTRY_LANE, id);
      if (count > 0)
        {
          g_set_error (error, WP_ERROR, WP_ERROR_IN_USE,
                       /* Translators: %s is a lane title, %u the number of roadmap entries in it */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The lane “%s” still holds %u entry. Move it to another lane first.",
                                    "The lane “%s” still holds %u entries. Move them to another lane first.",
                                    count),
                       wp_entity_get_display_name (entity), count);
          return FALSE;
        }
      break;

    case WP_KIND_PRODUCT:
    case WP_KIND_ITEM:
    case WP_KIND_SPRINT:
    case WP_KIND_RELEASE:
    case WP_KIND_ENTRY:
    case WP_KIND_FEEDBACK:
    case WP_N_KINDS:
    default:
      break;
    }

  return TRUE;
}

static void
drop_from_list (WpDocument *self,
                WpEntity   *entity,
                guint       field,
                const char *id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) remaining = NULL;

  for (const char * const *ref = wp_entity_get_strv (entity, field); *ref; ref++)
    if (!g_str_equal (*ref, id))
      g_strv_builder_add (builder, *ref);

  remaining = g_strv_builder_end (builder);
  wp_document_set_strv (self, entity, field, (const char * const *) remaining);
}

/* Clears single references (epic, sprint, release) and drops the id from reference lists. */
static void
unlink_references (WpDocument *self,
                   WpEntity   *target)
{
  WpKind target_kind = wp_entity_get_kind (target);
  const char *id = wp_entity_get_id (target);

  for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    {
      GListModel *list = G_LIST_MODEL (self->lists[kind]);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);
          guint n_fields;
          const WpField *fields = wp_entity_get_fields (entity, &n_fields);

          for (guint f = 0; f < n_fields; f++)
            {
              if (fields[f].ref_kind != target_kind)
                continue;
              if (fields[f].type == WP_FIELD_REF &&
                  g_strcmp0 (wp_entity_get_string (entity, f), id) == 0)
                wp_document_set_string (self, entity, f, NULL);
              else if (fields[f].type == WP_FIELD_REFS &&
                       g_strv_contains (wp_entity_get_strv (entity, f), id))
                drop_from_list (self, entity, f, id);
            }
        }
    }
}

/**
 * wp_document_remove:
 * @self: a document
 * @entity: an entity of @self
 * @error: return location for a #WP_ERROR_IN_USE error
 *
 * Removes an entity and every reference to it, as one undo step. Columns and
 * lanes that still hold items or entries are not removed.
 *
 * Returns: whether the entity was removed
 */
gboolean
wp_document_remove (WpDocument  *self,
                    WpEntity    *entity,
                    GError     **error)
{
  g_autoptr(WpEntity) ref = NULL;
  gboolean own_step;

  g_return_val_if_fail (WP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (WP_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (wp_document_lookup (self, wp_entity_get_kind (entity),
                                            wp_entity_get_id (entity)) == entity, FALSE);

  if (!check_unused (self, entity, error))
    return FALSE;

  ref = g_object_ref (entity);
  /* Translators: %s is the title or name of what was removed */
  own_step = begin_step (self, g_strdup_printf (_("Remove “%s”"), wp_entity_get_display_name (entity)));
  unlink_references (self, entity);
  wp_history_record_remove (self->history, entity, position_of (self, entity));
  detach (self, entity, G_MAXUINT);
  if (own_step)
    wp_history_end (self->history);

  return TRUE;
}

/**
 * wp_document_reorder:
 * @self: a document
 * @entity: an entity of an unranked collection (columns, lanes, …)
 * @position: its new position
 *
 * Moves an entity within its collection, recorded for undo. Items are ordered
 * by rank instead: use wp_document_move_item().
 */
void
wp_document_reorder (WpDocument *self,
                     WpEntity   *entity,
                     guint       position)
{
  guint from, n;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_ENTITY (entity));
  g_return_if_fail (wp_entity_get_kind (entity) != WP_KIND_ITEM);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->lists[wp_entity_get_kind (entity)]));
  from = position_of (self, entity);
  position = MIN (position, n - 1);
  if (from == position)
    return;

  /* Translators: %s is the title or name of what was moved */
  own_step = begin_step (self, g_strdup_printf (_("Move “%s”"), wp_entity_get_display_name (entity)));
  move_in_list (self, entity, position);
  wp_history_record_move (self->history, entity, from, position);
  if (own_step)
    wp_history_end (self->history);
}

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
 * @after: (nullable): the rank it should follow (an item's or a release line's), or %NULL for the top
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
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_ITEM (item));
  g_return_if_fail (after == NULL || before == NULL || g_strcmp0 (after, before) < 0);

  rank = wp_rank_between (after, before);

  /* Translators: %s is the title of a backlog item */
  own_step = begin_step (self, g_strdup_printf (_("Move “%s”"), wp_entity_get_display_name (WP_ENTITY (item))));
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
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (items != NULL);
  g_return_if_fail (after == NULL || before == NULL || g_strcmp0 (after, before) < 0);

  if (items->len == 1)
    {
      wp_document_place_item (self, g_ptr_array_index (items, 0), after, before);
      return;
    }

  own_step = begin_step (self, g_strdup_printf (/* Translators: undo label for moving several backlog items */
                                                g_dngettext (GETTEXT_PACKAGE, "Move %u Item", "Move %u Items", items->len),
                                                items->len));
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

/**
 * wp_document_set_status:
 * @self: a document
 * @item: an item
 * @column_id: (nullable): the column it is in now, or %NULL for none
 *
 * Sets the item's status. Reaching the last column of the workflow records
 * today as its `done` date; leaving it clears the date. Velocity and
 * burndown charts count on these dates.
 */
void
wp_document_set_status (WpDocument *self,
                        WpItem     *item,
                        const char *column_id)
{
  GListModel *columns;
  guint n;
  g_autoptr(WpEntity) last = NULL;
  gboolean done, own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_ITEM (item));

  columns = G_LIST_MODEL (self->lists[WP_KIND_COLUMN]);
  n = g_list_model_get_n_items (columns);
  last = n > 0 ? g_list_model_get_item (columns, n - 1) : NULL;
  done = last != NULL && g_strcmp0 (column_id, wp_entity_get_id (last)) == 0;

  own_step = begin_default (self, WP_ENTITY (item));
  wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_STATUS, column_id);
  if (!done)
    wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_DONE, NULL);
  else if (wp_entity_get_string (WP_ENTITY (item), WP_ITEM_DONE) == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_DONE, today);
    }
  if (own_step)
    wp_history_end (self->history);
}

/* Marks the longest run of @items whose ranks already increase: they can keep them. */
static gboolean *
longest_increasing (GPtrArray *items)
{
  guint n = items->len, length = 0;
  g_autofree guint *tails = g_new (guint, n + 1);   /* index of the smallest tail of each run length */
  g_autofree guint *previous = g_new (guint, n);
  gboolean *keep = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    {
      const char *rank = wp_entity_get_string (g_ptr_array_index (items, i), WP_ITEM_RANK);
      guint low = 0, high = length;

      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (strcmp (wp_entity_get_string (g_ptr_array_index (items, tails[middle]), WP_ITEM_RANK), rank) < 0)
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
  const char *low, *high;
  GListModel *items;
  guint n;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_RELEASE (release));
  g_return_if_fail (after == NULL || before == NULL || g_strcmp0 (after, before) < 0);

  old_rank = g_strdup (wp_entity_get_string (WP_ENTITY (release), WP_RELEASE_RANK));
  rank = wp_rank_between (after, before);

  /* Translators: %s is a release name */
  own_step = begin_step (self, g_strdup_printf (_("Move the “%s” Line"), wp_entity_get_display_name (WP_ENTITY (release))));
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
      if ((wp_rank_is_valid (old_rank) && strcmp (item_rank, low) < 0) || strcmp (item_rank, high) > 0)
        continue;
      now = wp_document_release_at (self, item_rank);
      wp_document_set_string (self, item, WP_ITEM_RELEASE, now ? wp_entity_get_id (WP_ENTITY (now)) : NULL);
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

gboolean
wp_document_undo (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), FALSE);

  return wp_history_undo (self->history);
}

gboolean
wp_document_redo (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), FALSE);

  return wp_history_redo (self->history);
}

/**
 * _wp_document_load_entities:
 * @self: a new document
 * @kind: the collection
 * @entities: (element-type WpEntity): entities in their order (items by rank)
 *
 * Fills a collection without recording history, as the reader does.
 */
void
_wp_document_load_entities (WpDocument *self,
                            WpKind      kind,
                            GPtrArray  *entities)
{
  GListStore *list = self->lists[kind];

  for (guint i = 0; i < entities->len; i++)
    {
      WpEntity *entity = g_ptr_array_index (entities, i);

      g_hash_table_insert (self->ids[kind], (gpointer) wp_entity_get_id (entity), entity);
    }

  g_list_store_splice (list, g_list_model_get_n_items (G_LIST_MODEL (list)), 0,
                       entities->pdata, entities->len);
}

static void
on_history_notify_clean (WpDocument *self,
                         GParamSpec *pspec,
                         WpHistory  *history)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
wp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WpDocument *self = WP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, wp_document_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_document_finalize (GObject *object)
{
  WpDocument *self = WP_DOCUMENT (object);

  g_clear_object (&self->demand);
  g_clear_object (&self->history);
  for (guint kind = 0; kind < WP_N_KINDS; kind++)
    {
      g_clear_pointer (&self->ids[kind], g_hash_table_unref);
      g_clear_object (&self->lists[kind]);
    }
  g_clear_object (&self->product);
  g_clear_pointer (&self->extra, g_hash_table_unref);

  G_OBJECT_CLASS (wp_document_parent_class)->finalize (object);
}

static void
wp_document_class_init (WpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wp_document_finalize;
  object_class->get_property = wp_document_get_property;

  /**
   * WpDocument:modified:
   *
   * Whether the document differs from the state it was last saved or loaded in.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpDocument::changed:
   * @self: the document
   * @entity: the entity whose field changed
   * @field: the index of the field
   *
   * Emitted after any field of any entity changed, by an edit, an undo or a
   * redo. Views that filter or group by a field listen here instead of
   * connecting to every entity.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, WP_TYPE_ENTITY, G_TYPE_UINT);
}

static void
wp_document_init (WpDocument *self)
{
  self->product = WP_PRODUCT (wp_entity_new (WP_TYPE_PRODUCT, NULL));
  for (guint kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    {
      self->lists[kind] = g_list_store_new (kind_type (kind));
      self->ids[kind] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  self->history = wp_history_new (apply_change, self);
  g_signal_connect_object (self->history, "notify::clean",
                           G_CALLBACK (on_history_notify_clean), self, G_CONNECT_SWAPPED);
  self->extra = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) json_object_unref);
}
