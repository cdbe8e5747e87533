/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Adding, removing and reordering the entities of a WpDocument, each recorded
 * for undo. Removing an entity clears every reference to it in the same undo
 * step; a column or lane that still holds something is not removed.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-document-private.h"
#include "wp-error.h"
#include "wp-rank.h"

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

  g_value_take_string (g_value_init (&value, G_TYPE_STRING),
                       wp_rank_between (last_rank (self), NULL));
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
  own_step = _wp_document_begin_step (self, g_strdup_printf (_("Add “%s”"),
                                                             wp_entity_get_display_name (entity)));
  _wp_document_attach (self, entity, position);
  wp_history_record_insert (self->history, entity, _wp_document_position_of (self, entity));
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
 * wp_document_add_items:
 * @self: a document
 * @items: (element-type WpItem): new items with valid ranks, in rank order, all above the
 *   backlog's first item or all below its last
 *
 * Adds the items as one block and one undo step (a step of the group that is
 * open, if one is), telling the backlog's watchers once.
 */
void
wp_document_add_items (WpDocument *self,
                       GPtrArray  *items)
{
  GListModel *list;
  guint n, position;
  const char *first, *last;
  gboolean own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (items != NULL);

  if (items->len == 0)
    return;
  list = G_LIST_MODEL (self->lists[WP_KIND_ITEM]);
  n = g_list_model_get_n_items (list);
  first = wp_entity_get_string (g_ptr_array_index (items, 0), WP_ITEM_RANK);
  last = wp_entity_get_string (g_ptr_array_index (items, items->len - 1), WP_ITEM_RANK);
  position = n == 0 || g_strcmp0 (first, last_rank (self)) > 0 ? n : 0;
  if (position == 0 && n > 0)
    {
      g_autoptr(WpEntity) top = g_list_model_get_item (list, 0);

      g_return_if_fail (g_strcmp0 (last, wp_entity_get_string (top, WP_ITEM_RANK)) < 0);
    }
  for (guint i = 0; i < items->len; i++)
    {
      WpEntity *item = g_ptr_array_index (items, i);

      g_return_if_fail (WP_IS_ITEM (item));
      g_return_if_fail (wp_rank_is_valid (wp_entity_get_string (item, WP_ITEM_RANK)));
      g_return_if_fail (i == 0 || strcmp (wp_entity_get_string (g_ptr_array_index (items, i - 1),
                                                                WP_ITEM_RANK),
                                          wp_entity_get_string (item, WP_ITEM_RANK)) < 0);
      g_return_if_fail (wp_document_lookup (self, WP_KIND_ITEM, wp_entity_get_id (item)) == NULL);
    }

  own_step = _wp_document_begin_step (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                          "Add %u Item",
                                                                          "Add %u Items",
                                                                          items->len),
                                                             items->len));
  for (guint i = 0; i < items->len; i++)
    {
      WpEntity *item = g_ptr_array_index (items, i);

      g_hash_table_insert (self->ids[WP_KIND_ITEM], (gpointer) wp_entity_get_id (item), item);
      wp_history_record_insert (self->history, item, position + i);
    }
  g_list_store_splice (self->lists[WP_KIND_ITEM], position, 0, items->pdata, items->len);
  if (own_step)
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
                                    "The column “%s” still holds %u item. "
                                    "Move it to another column first.",
                                    "The column “%s” still holds %u items. "
                                    "Move them to another column first.",
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
                                    "The lane “%s” still holds %u entry. "
                                    "Move it to another lane first.",
                                    "The lane “%s” still holds %u entries. "
                                    "Move them to another lane first.",
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
  own_step = _wp_document_begin_step (self, g_strdup_printf (_("Remove “%s”"),
                                                             wp_entity_get_display_name (entity)));
  unlink_references (self, entity);
  wp_history_record_remove (self->history, entity, _wp_document_position_of (self, entity));
  _wp_document_detach (self, entity, G_MAXUINT);
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
  from = _wp_document_position_of (self, entity);
  position = MIN (position, n - 1);
  if (from == position)
    return;

  /* Translators: %s is the title or name of what was moved */
  own_step = _wp_document_begin_step (self, g_strdup_printf (_("Move “%s”"),
                                                             wp_entity_get_display_name (entity)));
  _wp_document_move_in_list (self, entity, position);
  wp_history_record_move (self->history, entity, from, position);
  if (own_step)
    wp_history_end (self->history);
}
