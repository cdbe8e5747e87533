/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Resolving the conflicts a merge left in a document (wp-three-way.c): ours
 * (the value already in place), theirs, or a value someone typed, each as one
 * undo step that also removes the conflict. A conflict about an entity one
 * side deleted is resolved by keeping or deleting it; one about an unknown
 * member sets that member, recorded for undo like a field.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-document-private.h"
#include "wp-error.h"

/* The kind a conflict's collection holds, or WP_N_KINDS for the document's own members. */
static WpKind
conflict_kind (WpConflict *conflict)
{
  return wp_kind_from_collection (wp_entity_get_string (WP_ENTITY (conflict),
                                                        WP_CONFLICT_COLLECTION));
}

/**
 * wp_conflict_get_subject:
 * @self: a conflict
 * @document: the document it is in
 *
 * Returns: (transfer none) (nullable): the entity it is about (the product for
 *   the product), or %NULL for the document's own members or an entity that is gone
 */
WpEntity *
wp_conflict_get_subject (WpConflict *self,
                         WpDocument *document)
{
  WpKind kind = conflict_kind (self);

  if (kind == WP_KIND_PRODUCT)
    return WP_ENTITY (wp_document_get_product (document));
  if (kind >= WP_N_KINDS)
    return NULL;

  return wp_document_lookup (document, kind,
                             wp_entity_get_string (WP_ENTITY (self), WP_CONFLICT_ENTITY));
}

/* The pseudo-field for the unknown members a conflict is about, on whom it is recorded. */
static guint
extra_field (WpConflict *conflict)
{
  const char *collection = wp_entity_get_string (WP_ENTITY (conflict), WP_CONFLICT_COLLECTION);

  if (g_str_equal (collection, "document"))
    return WP_DOCUMENT_EXTRA_FIELD;
  if (g_str_equal (collection, "roadmap"))
    return WP_ROADMAP_EXTRA_FIELD;

  return WP_EXTRA_FIELD;
}

static JsonObject *
current_extra (WpDocument *self,
               WpEntity   *subject,
               guint       field)
{
  if (field == WP_EXTRA_FIELD)
    return wp_entity_get_extra (subject);

  return wp_document_get_extra (self, field == WP_DOCUMENT_EXTRA_FIELD ? "" : "roadmap");
}

/* Sets (or, for a null @node, removes) an unknown member, recorded for undo. */
static void
set_member (WpDocument *self,
            WpConflict *conflict,
            WpEntity   *subject,
            JsonNode   *node)
{
  const char *name = wp_entity_get_string (WP_ENTITY (conflict), WP_CONFLICT_FIELD);
  guint field = extra_field (conflict);
  JsonObject *old = current_extra (self, subject, field);
  g_autoptr(GList) names = old != NULL ? json_object_get_members (old) : NULL;
  g_autoptr(JsonObject) members = json_object_new ();
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  /* A new object: the old one stays as it was, for undo. */
  for (GList *l = names; l != NULL; l = l->next)
    json_object_set_member (members, l->data, json_node_copy (json_object_get_member (old,
                                                                                      l->data)));
  if (JSON_NODE_HOLDS_NULL (node))
    json_object_remove_member (members, name);
  else
    json_object_set_member (members, name, json_node_copy (node));
  g_value_init (&old_value, JSON_TYPE_OBJECT);
  g_value_set_boxed (&old_value, old);
  g_value_init (&new_value, JSON_TYPE_OBJECT);
  g_value_set_boxed (&new_value, json_object_get_size (members) > 0 ? members : NULL);
  _wp_document_set_field (self, subject, field, &new_value);
  wp_history_record_set (self->history, subject, field, &old_value, &new_value);
}

static gboolean
set_field (WpDocument  *self,
           WpConflict  *conflict,
           WpEntity    *subject,
           JsonNode    *node,
           GError     **error)
{
  int field = wp_entity_find_field (subject, wp_entity_get_string (WP_ENTITY (conflict),
                                                                    WP_CONFLICT_FIELD));
  g_auto(GValue) value = G_VALUE_INIT;

  if (field < 0 || extra_field (conflict) != WP_EXTRA_FIELD)
    {
      set_member (self, conflict, subject, node);
      return TRUE;
    }
  if (!wp_entity_value_from_node (subject, field, node, &value))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_INVALID,
                           _("This value does not fit the field."));
      return FALSE;
    }
  wp_document_set_value (self, subject, field, &value);

  return TRUE;
}

/* For an entity one side deleted: deleted if the chosen side has none (null). */
static gboolean
resolve_deletion (WpDocument  *self,
                  WpEntity    *subject,
                  JsonNode    *chosen,
                  GError     **error)
{
  if (subject == NULL || !JSON_NODE_HOLDS_NULL (chosen))
    return TRUE;

  return wp_document_remove (self, subject, error);
}

static JsonNode *
chosen_value (WpConflict   *conflict,
              WpResolution  resolution,
              JsonNode     *edited)
{
  switch (resolution)
    {
    case WP_RESOLVE_THEIRS:
      return wp_entity_get_node (WP_ENTITY (conflict), WP_CONFLICT_THEIRS);
    case WP_RESOLVE_EDITED:
      return edited;
    case WP_RESOLVE_OURS:
    default:
      return wp_entity_get_node (WP_ENTITY (conflict), WP_CONFLICT_OURS);
    }
}

/**
 * wp_document_resolve_conflict:
 * @self: a document
 * @conflict: one of its conflicts
 * @resolution: which value to keep
 * @edited: (nullable): the value someone typed, for %WP_RESOLVE_EDITED
 * @error: why it cannot be done (an entity that cannot be deleted, a value that does not fit)
 *
 * Keeps the chosen value and removes the conflict, as one undo step.
 *
 * Returns: whether the conflict was resolved; nothing changed otherwise
 */
gboolean
wp_document_resolve_conflict (WpDocument    *self,
                              WpConflict    *conflict,
                              WpResolution   resolution,
                              JsonNode      *edited,
                              GError       **error)
{
  const char *field = wp_entity_get_string (WP_ENTITY (conflict), WP_CONFLICT_FIELD);
  WpEntity *subject = wp_conflict_get_subject (conflict, self);
  JsonNode *chosen = chosen_value (conflict, resolution, edited);
  g_autofree char *name = wp_conflict_dup_subject (conflict, self);
  g_autofree char *label = NULL;
  gboolean done;

  g_return_val_if_fail (WP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (WP_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (resolution != WP_RESOLVE_EDITED || edited != NULL, FALSE);

  /* Translators: what Undo undoes; %s is what the conflict was about, such as “Offline maps” */
  label = g_strdup_printf (_("Resolve the Conflict on %s"), name);
  wp_document_begin (self, label);
  if (field[0] == '\0')
    done = resolve_deletion (self, subject, chosen, error);
  else if (resolution == WP_RESOLVE_OURS)
    done = TRUE;
  else if (subject == NULL && extra_field (conflict) == WP_EXTRA_FIELD)
    done = TRUE;
  else
    done = set_field (self, conflict, subject != NULL ? subject
                                                       : WP_ENTITY (wp_document_get_product (self)),
                      chosen, error);
  /* What can fail fails before it changes anything: the step is then empty, and dropped. */
  if (done)
    done = wp_document_remove (self, WP_ENTITY (conflict), error);
  wp_document_end (self);

  return done;
}
