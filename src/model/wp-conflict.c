/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpConflict: what a three-way merge (wp-three-way.c) could not decide. It
 * names an entity by its collection ("items") and id, or the product itself
 * ("product", no id), and one of its fields or unknown members; an empty
 * field means the entity itself: one side deleted it, the other changed it.
 * It keeps the value of the common ancestor and of both sides as JSON; the
 * document holds ours until someone chooses.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-conflict.h"
#include "wp-document.h"

struct _WpConflict
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpConflict, wp_conflict, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "collection", WP_FIELD_STRING },
  { "entity", WP_FIELD_STRING },
  { "field", WP_FIELD_STRING },
  { "base", WP_FIELD_JSON },
  { "ours", WP_FIELD_JSON },
  { "theirs", WP_FIELD_JSON },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_CONFLICT_N_FIELDS);

/* The collections as the format names them, by kind. */
static const char * const collections[WP_N_KINDS] = {
  [WP_KIND_PRODUCT] = "product",
  [WP_KIND_COLUMN] = "columns",
  [WP_KIND_ITEM] = "items",
  [WP_KIND_SPRINT] = "sprints",
  [WP_KIND_RELEASE] = "releases",
  [WP_KIND_LANE] = "roadmap.lanes",
  [WP_KIND_ENTRY] = "roadmap.entries",
  [WP_KIND_FEEDBACK] = "feedback",
  [WP_KIND_CONFLICT] = "conflicts",
};

/**
 * wp_kind_collection:
 * @kind: a kind
 *
 * Returns: where the format keeps entities of @kind: "items", "roadmap.lanes", "product"
 */
const char *
wp_kind_collection (WpKind kind)
{
  g_return_val_if_fail (kind < WP_N_KINDS, NULL);

  return collections[kind];
}

/**
 * wp_kind_from_collection:
 * @collection: a collection's name, as wp_kind_collection() gives it
 *
 * Returns: its kind, or %WP_N_KINDS for a name no collection has
 */
WpKind
wp_kind_from_collection (const char *collection)
{
  for (WpKind kind = 0; kind < WP_N_KINDS; kind++)
    if (g_strcmp0 (collections[kind], collection) == 0)
      return kind;

  return WP_N_KINDS;
}

/**
 * wp_conflict_dup_subject:
 * @self: a conflict
 * @document: the document it is in
 *
 * Returns: (transfer full): what it is about, as people call it: “Offline maps”, the product
 */
char *
wp_conflict_dup_subject (WpConflict *self,
                         WpDocument *document)
{
  WpEntity *entity = WP_ENTITY (self);
  WpKind kind = wp_kind_from_collection (wp_entity_get_string (entity, WP_CONFLICT_COLLECTION));
  const char *id = wp_entity_get_string (entity, WP_CONFLICT_ENTITY);
  WpEntity *subject = kind != WP_KIND_PRODUCT && kind < WP_N_KINDS
                      ? wp_document_lookup (document, kind, id) : NULL;
  const char *name = subject != NULL ? wp_entity_get_display_name (subject) : NULL;

  if (kind == WP_KIND_PRODUCT)
    return g_strdup (_("The product"));
  if (kind >= WP_N_KINDS)
    return g_strdup (_("The document"));
  if (name == NULL || name[0] == '\0')
    /* Translators: what a conflict is about when it has no name: a collection and an id */
    return g_strdup_printf (_("%s %s"), wp_entity_get_string (entity, WP_CONFLICT_COLLECTION), id);

  /* Translators: an item's (or column's …) name, quoted */
  return g_strdup_printf (_("“%s”"), name);
}

/**
 * wp_conflict_describe:
 * @self: a conflict
 * @document: the document it is in
 *
 * Returns: (transfer full): what happened, in a sentence: “Offline maps”: estimate was changed
 *   on both sides
 */
char *
wp_conflict_describe (WpConflict *self,
                      WpDocument *document)
{
  g_autofree char *subject = wp_conflict_dup_subject (self, document);
  g_autofree char *change = wp_conflict_describe_change (self);

  /* Translators: what a conflict is about, such as “Offline maps”, then what happened */
  return g_strdup_printf (_("%s: %s"), subject, change);
}

/**
 * wp_conflict_describe_change:
 * @self: a conflict
 *
 * Returns: (transfer full): what happened, without what to: estimate was changed on both sides
 */
char *
wp_conflict_describe_change (WpConflict *self)
{
  const char *field = wp_entity_get_string (WP_ENTITY (self), WP_CONFLICT_FIELD);

  if (field[0] == '\0')
    return g_strdup (_("deleted on one side, changed or still used on the other"));

  /* Translators: %s is the field both sides of a merge changed, such as estimate */
  return g_strdup_printf (_("%s was changed on both sides"), field);
}

/* A value the subject's field @field_name holds, in words: names for references. */
static char *
node_text (JsonNode   *node,
           WpDocument *document,
           WpEntity   *subject,
           const char *field_name);

static char *
element_text (JsonNode   *element,
              WpDocument *document,
              WpEntity   *subject,
              const char *field_name)
{
  JsonObject *criterion = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element)
                                                            : NULL;

  if (criterion != NULL && json_object_has_member (criterion, "text"))
    return g_strdup_printf ("%s %s", json_object_get_boolean_member_with_default (criterion,
                                                                                  "done", FALSE)
                                      ? "☑" : "☐",
                            json_object_get_string_member_with_default (criterion, "text", ""));

  return node_text (element, document, subject, field_name);
}

static char *
node_text (JsonNode   *node,
           WpDocument *document,
           WpEntity   *subject,
           const char *field_name)
{
  int field = subject != NULL ? wp_entity_find_field (subject, field_name) : -1;
  const WpField *table = subject != NULL ? wp_entity_get_fields (subject, NULL) : NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("None"));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *element = element_text (json_array_get_element (array, i), document,
                                                   subject, field_name);

          g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", element);
        }
      return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup (_("None"));
    }
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      WpKind ref_kind = field >= 0 ? table[field].ref_kind : WP_KIND_PRODUCT;
      WpEntity *target = field >= 0 && (table[field].type == WP_FIELD_REF ||
                                        table[field].type == WP_FIELD_REFS)
                         ? wp_document_lookup (document, ref_kind, text) : NULL;

      return g_strdup (target != NULL ? wp_entity_get_display_name (target) : text);
    }

  return json_to_string (node, FALSE);
}

/**
 * wp_conflict_dup_value_text:
 * @self: a conflict
 * @document: the document it is in
 * @which: %WP_CONFLICT_BASE, %WP_CONFLICT_OURS or %WP_CONFLICT_THEIRS
 *
 * Returns: (transfer full): that value as people read it: names for references,
 *   a line per criterion, "Deleted" for an entity a side deleted
 */
char *
wp_conflict_dup_value_text (WpConflict *self,
                            WpDocument *document,
                            guint       which)
{
  JsonNode *node = wp_entity_get_node (WP_ENTITY (self), which);
  const char *field = wp_entity_get_string (WP_ENTITY (self), WP_CONFLICT_FIELD);

  if (field[0] == '\0')
    return g_strdup (JSON_NODE_HOLDS_NULL (node) ? _("Deleted") : json_node_get_string (node));

  return node_text (node, document, wp_conflict_get_subject (self, document), field);
}

static void
wp_conflict_class_init (WpConflictClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_CONFLICT,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_conflict_init (WpConflict *self)
{
}
