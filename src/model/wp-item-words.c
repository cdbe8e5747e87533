/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How items are put into words and icons, the same on every page: the names
 * of kinds and MoSCoW priorities, the name a reference shows (its id when it
 * points at nothing, so that the user can mend it), and the words a screen
 * reader says for an item.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-format.h"
#include "wp-item-words.h"

const char *
wp_item_kind_icon (const char *kind)
{
  static const struct { const char *kind; const char *icon; } icons[] = {
    { "story", "text-x-generic-symbolic" },
    { "bug", "dialog-warning-symbolic" },
    { "task", "checkbox-checked-symbolic" },
    { "spike", "applications-science-symbolic" },
    { "epic", "folder-symbolic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    if (g_strcmp0 (kind, icons[i].kind) == 0)
      return icons[i].icon;

  return "text-x-generic-symbolic";
}

const char *
wp_item_kind_name (const char *kind)
{
  if (g_strcmp0 (kind, "bug") == 0)
    return _("Bug");
  if (g_strcmp0 (kind, "task") == 0)
    return _("Task");
  if (g_strcmp0 (kind, "spike") == 0)
    return _("Spike");
  if (g_strcmp0 (kind, "epic") == 0)
    return _("Epic");

  return _("Story");
}

const char *
wp_item_moscow_name (const char *moscow)
{
  if (g_strcmp0 (moscow, "must") == 0)
    return _("Must");
  if (g_strcmp0 (moscow, "should") == 0)
    return _("Should");
  if (g_strcmp0 (moscow, "could") == 0)
    return _("Could");
  if (g_strcmp0 (moscow, "wont") == 0)
    return _("Won’t");

  return "";
}

const char *
wp_referenced_name (WpDocument *document,
                    WpKind      kind,
                    const char *id)
{
  WpEntity *entity = id ? wp_document_lookup (document, kind, id) : NULL;

  /* A reference to nothing stays visible, so the user can fix it. */
  if (id != NULL && entity == NULL)
    return id;

  return entity ? wp_entity_get_display_name (entity) : "";
}

/**
 * wp_item_describe:
 * @item: an item
 *
 * Returns: (transfer full): the accessible name of a row or card: the title first
 */
char *
wp_item_describe (WpEntity *item)
{
  const char *title = wp_entity_get_string (item, WP_ITEM_TITLE);
  const char *kind = wp_entity_get_string (item, WP_ITEM_KIND);
  g_autofree char *estimate = wp_format_number (wp_entity_get_number (item, WP_ITEM_ESTIMATE));

  /* Translators: accessible name of a backlog item: title, kind, points */
  return g_strdup_printf (_("%s, %s, %s points"), title, wp_item_kind_name (kind),
                          estimate[0] ? estimate : _("no"));
}
