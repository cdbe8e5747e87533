/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Changing the fields of a WpDocument's entities, each change recorded in the
 * history: undo steps, their labels and groups, the typed setters, the status
 * of an item with its done date, and undo and redo.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-document-private.h"

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

/**
 * wp_document_begin_merging:
 * @self: a document
 * @label: what the step does (translated)
 * @merge_key: what it changes, the same each time
 *
 * wp_document_begin() for a step that joins the one before it when that one has the same
 * @merge_key (wp_history_begin_merging()): for the clicks of a spin button.
 */
void
wp_document_begin_merging (WpDocument *self,
                           const char *label,
                           const char *merge_key)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));

  wp_history_begin_merging (self->history, label, merge_key);
}

void
wp_document_end (WpDocument *self)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));

  wp_history_end (self->history);
}

/* Opens a step with @label (taken) unless a group is open; returns whether it did, and so
 * whether the caller ends it. */
gboolean
_wp_document_begin_step (WpDocument *self,
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
    return _wp_document_begin_step (self, g_strdup_printf (_("Edit “%s”"),
                                                           wp_entity_get_display_name (entity)));

  return _wp_document_begin_step (self, g_strdup (_("Edit Product")));
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
  changed = _wp_document_set_field (self, entity, field, value);
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

/* Adds "on @day, @item went to @column_id" to its status history, in the open step. */
static void
record_status_change (WpDocument *self,
                      WpItem     *item,
                      const char *column_id,
                      const char *day)
{
  JsonArray *history = json_node_get_array (wp_entity_get_node (WP_ENTITY (item),
                                                                 WP_ITEM_STATUS_HISTORY));
  guint n = json_array_get_length (history);
  /* A new array: the old one stays as it is in the undo history. */
  JsonArray *longer = json_array_sized_new (n + 1);
  JsonObject *change = json_object_new ();
  g_auto(GValue) value = G_VALUE_INIT;

  for (guint i = 0; i < n; i++)
    json_array_add_element (longer, json_node_copy (json_array_get_element (history, i)));
  json_object_set_string_member (change, "day", day);
  if (column_id != NULL)
    json_object_set_string_member (change, "status", column_id);
  else
    json_object_set_null_member (change, "status");
  json_array_add_object_element (longer, change);
  g_value_init (&value, JSON_TYPE_NODE);
  g_value_take_boxed (&value, json_node_init_array (json_node_alloc (), longer));
  json_array_unref (longer);
  wp_document_set_value (self, WP_ENTITY (item), WP_ITEM_STATUS_HISTORY, &value);
}

/**
 * wp_document_set_status:
 * @self: a document
 * @item: an item
 * @column_id: (nullable): the column it is in now, or %NULL for none
 *
 * Sets the item's status, and adds the change to its status history. Reaching
 * the last column of the workflow records today as its `done` date; leaving it
 * clears the date. Velocity and burndown charts count on these dates, flow
 * metrics on the history.
 */
void
wp_document_set_status (WpDocument *self,
                        WpItem     *item,
                        const char *column_id)
{
  GListModel *columns;
  guint n;
  g_autoptr(WpEntity) last = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gboolean done, own_step;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (WP_IS_ITEM (item));

  columns = G_LIST_MODEL (self->lists[WP_KIND_COLUMN]);
  n = g_list_model_get_n_items (columns);
  last = n > 0 ? g_list_model_get_item (columns, n - 1) : NULL;
  done = last != NULL && g_strcmp0 (column_id, wp_entity_get_id (last)) == 0;

  own_step = begin_default (self, WP_ENTITY (item));
  if (wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_STATUS, column_id))
    record_status_change (self, item, column_id, today);
  if (!done)
    wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_DONE, NULL);
  else if (wp_entity_get_string (WP_ENTITY (item), WP_ITEM_DONE) == NULL)
    wp_document_set_string (self, WP_ENTITY (item), WP_ITEM_DONE, today);
  if (own_step)
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
