/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpDocument holds a whole product: the product itself and one list model per
 * collection. Every change goes through its API and is recorded in its
 * history, so every edit can be undone and the document knows when it is
 * modified. Items are kept ordered by their rank keys; moving an item changes
 * its rank and nothing else.
 *
 * This file holds the object, its collections and the changes the history
 * records and replays. Its parts: wp-document-collections.c adds, removes and
 * reorders entities, wp-document-edits.c changes their fields and groups
 * changes into undo steps, wp-document-order.c places items and release
 * lines by rank.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-demand.h"
#include "wp-flow.h"
#include "wp-document-private.h"

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
    case WP_KIND_CONFLICT: return WP_TYPE_CONFLICT;
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

/**
 * wp_document_get_flow:
 * @self: a document
 *
 * Returns: (transfer none): the items' starts, cycle times and ages, built once for every page
 */
WpFlow *
wp_document_get_flow (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);

  if (self->flow == NULL)
    self->flow = wp_flow_new (self);

  return self->flow;
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

/* The position of @entity, which must be in its collection. */
guint
_wp_document_position_of (WpDocument *self,
                          WpEntity   *entity)
{
  guint position = 0;
  gboolean found = g_list_store_find (self->lists[wp_entity_get_kind (entity)], entity, &position);

  g_assert (found);

  return position;
}

/* Puts @entity into its collection: items where their rank says, others at @position. */
void
_wp_document_attach (WpDocument *self,
                     WpEntity   *entity,
                     guint       position)
{
  WpKind kind = wp_entity_get_kind (entity);
  GListStore *list = self->lists[kind];

  g_hash_table_insert (self->ids[kind], (gpointer) wp_entity_get_id (entity), entity);
  if (kind == WP_KIND_ITEM)
    g_list_store_insert_sorted (list, entity, compare_rank, NULL);
  else
    g_list_store_insert (list, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list))),
                         entity);
}

/* @hint is where the entity was recorded to be; undoing a big import finds each entry there
 * instead of searching. */
void
_wp_document_detach (WpDocument *self,
                     WpEntity   *entity,
                     guint       hint)
{
  WpKind kind = wp_entity_get_kind (entity);
  GListModel *list = G_LIST_MODEL (self->lists[kind]);
  g_autoptr(WpEntity) at_hint = hint < g_list_model_get_n_items (list)
                                ? g_list_model_get_item (list, hint) : NULL;

  g_hash_table_remove (self->ids[kind], wp_entity_get_id (entity));
  g_list_store_remove (self->lists[kind],
                       at_hint == entity ? hint : _wp_document_position_of (self, entity));
}

void
_wp_document_move_in_list (WpDocument *self,
                           WpEntity   *entity,
                           guint       position)
{
  GListStore *list = self->lists[wp_entity_get_kind (entity)];

  /* The list holds the only reference while the entity is out of it. */
  g_object_ref (entity);
  g_list_store_remove (list, _wp_document_position_of (self, entity));
  g_list_store_insert (list, position, entity);
  g_object_unref (entity);
}

/* Changes a field and emits ::changed, unrecorded. Items stay sorted: a new rank moves the
 * item to its place. */
/* Unknown members, which the history records as pseudo-fields holding a JsonObject or NULL. */
static gboolean
set_extra_field (WpDocument   *self,
                 WpEntity     *entity,
                 guint         field,
                 const GValue *value)
{
  JsonObject *extra = g_value_get_boxed (value);

  if (field == WP_EXTRA_FIELD)
    wp_entity_set_extra (entity, extra);
  else
    wp_document_set_extra (self, field == WP_DOCUMENT_EXTRA_FIELD ? "" : "roadmap", extra);

  return TRUE;
}

gboolean
_wp_document_set_field (WpDocument   *self,
                        WpEntity     *entity,
                        guint         field,
                        const GValue *value)
{
  GListStore *items = self->lists[WP_KIND_ITEM];
  gboolean changed;

  if (field >= WP_ROADMAP_EXTRA_FIELD)
    return set_extra_field (self, entity, field, value);
  if (wp_entity_get_kind (entity) != WP_KIND_ITEM || field != WP_ITEM_RANK ||
      g_hash_table_lookup (self->ids[WP_KIND_ITEM], wp_entity_get_id (entity)) != entity)
    {
      changed = wp_entity_set_value (entity, field, value);
    }
  else
    {
      g_object_ref (entity);
      g_list_store_remove (items, _wp_document_position_of (self, entity));
      changed = wp_entity_set_value (entity, field, value);
      g_list_store_insert_sorted (items, entity, compare_rank, NULL);
      g_object_unref (entity);
    }

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0, entity, field);

  return changed;
}

/* The history undoes and redoes each change through here. */
static void
apply_change (const WpChange *change,
              gboolean        reverse,
              gpointer        user_data)
{
  WpDocument *self = user_data;

  switch (change->type)
    {
    case WP_CHANGE_SET:
      _wp_document_set_field (self, change->entity, change->field,
                              reverse ? &change->old_value : &change->new_value);
      break;

    case WP_CHANGE_INSERT:
    case WP_CHANGE_REMOVE:
      if ((change->type == WP_CHANGE_INSERT) != reverse)
        _wp_document_attach (self, change->entity, change->position);
      else
        _wp_document_detach (self, change->entity, change->position);
      break;

    case WP_CHANGE_MOVE:
      _wp_document_move_in_list (self, change->entity,
                                 reverse ? change->position : change->new_position);
      break;

    default:
      g_assert_not_reached ();
    }
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
  g_clear_object (&self->flow);
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
