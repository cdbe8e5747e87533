/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpItem: A backlog item: a story, bug, task, spike or epic, ordered by its rank key. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-item.h"
#include "wp-text-match.h"

struct _WpItem
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpItem, wp_item, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "rank", WP_FIELD_STRING },
  { "title", WP_FIELD_STRING },
  { "description", WP_FIELD_STRING },
  { "kind", WP_FIELD_CHOICE, FALSE, .choices = wp_kinds, .default_choice = "story" },
  { "status", WP_FIELD_REF, TRUE, WP_KIND_COLUMN },
  { "estimate", WP_FIELD_NUMBER, TRUE },
  { "value", WP_FIELD_NUMBER, TRUE },
  { "effort", WP_FIELD_NUMBER, TRUE },
  { "reach", WP_FIELD_NUMBER, TRUE, .optional = TRUE },
  { "impact", WP_FIELD_NUMBER, TRUE, .optional = TRUE },
  { "confidence", WP_FIELD_NUMBER, TRUE, .optional = TRUE },
  { "time_criticality", WP_FIELD_NUMBER, TRUE, .optional = TRUE },
  { "risk_reduction", WP_FIELD_NUMBER, TRUE, .optional = TRUE },
  { "ratings", WP_FIELD_JSON, .optional = TRUE },
  { "moscow", WP_FIELD_CHOICE, TRUE, .choices = wp_moscow, .default_choice = NULL },
  { "labels", WP_FIELD_STRV },
  { "epic", WP_FIELD_REF, TRUE, WP_KIND_ITEM },
  { "sprint", WP_FIELD_REF, TRUE, WP_KIND_SPRINT },
  { "release", WP_FIELD_REF, TRUE, WP_KIND_RELEASE },
  { "acceptance", WP_FIELD_CHECKLIST },
  { "done", WP_FIELD_DATE, TRUE },
  { "created", WP_FIELD_TIMESTAMP },
  { "updated", WP_FIELD_TIMESTAMP },
  { "status_history", WP_FIELD_STATUS_HISTORY, .optional = TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_ITEM_N_FIELDS);

static void
wp_item_class_init (WpItemClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_ITEM,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_item_init (WpItem *self)
{
}

/**
 * wp_item_holds_text:
 * @item: an item
 * @folded_needle: what was typed, through wp_text_fold()
 *
 * What every page's search finds: the typed text in the item's title,
 * description or one of its labels, in any case.
 *
 * Returns: whether @item holds @folded_needle
 */
gboolean
wp_item_holds_text (WpEntity   *item,
                    const char *folded_needle)
{
  g_return_val_if_fail (WP_IS_ITEM (item), FALSE);

  if (wp_text_holds (wp_entity_get_string (item, WP_ITEM_TITLE), folded_needle) ||
      wp_text_holds (wp_entity_get_string (item, WP_ITEM_DESCRIPTION), folded_needle))
    return TRUE;

  for (const char * const *label = wp_entity_get_strv (item, WP_ITEM_LABELS); *label; label++)
    if (wp_text_holds (*label, folded_needle))
      return TRUE;

  return FALSE;
}
