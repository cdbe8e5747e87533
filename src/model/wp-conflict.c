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
  const char *field = wp_entity_get_string (WP_ENTITY (self), WP_CONFLICT_FIELD);

  if (field[0] == '\0')
    /* Translators: %s is what was deleted, such as “Offline maps” */
    return g_strdup_printf (_("%s: deleted on one side, changed or still used on the other"),
                            subject);

  /* Translators: %s is what, such as “Offline maps”, then the field, such as estimate */
  return g_strdup_printf (_("%s: %s was changed on both sides"), subject, field);
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
