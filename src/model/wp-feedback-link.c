/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What customers said becomes backlog work in two ways: feedback entries
 * are linked to an item (their "items" field gets its id), and a new item is
 * made from entries: titled after the first entry's first sentence, quoting
 * each with who said it, at the top of the backlog, linked to all of them.
 * Each is one undo step.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-feedback-link.h"

/* How long a title made from feedback gets. */
#define TITLE_CHARS 72

/**
 * wp_feedback_link:
 * @document: the document
 * @entries: (element-type WpEntity): feedback entries
 * @item: the backlog item to link them to
 * @label: what the undo step is called
 *
 * Links each of @entries to @item that was not linked to it yet.
 *
 * Returns: how many entries were linked now
 */
guint
wp_feedback_link (WpDocument *document,
                  GPtrArray  *entries,
                  WpEntity   *item,
                  const char *label)
{
  guint changed = 0;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (WP_IS_ITEM (item), 0);

  wp_document_begin (document, label);
  for (guint i = 0; i < entries->len; i++)
    {
      WpEntity *feedback = g_ptr_array_index (entries, i);
      const char * const *linked = wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) items = NULL;

      if (g_strv_contains (linked, wp_entity_get_id (item)))
        continue;
      g_strv_builder_addv (builder, (const char **) linked);
      g_strv_builder_add (builder, wp_entity_get_id (item));
      items = g_strv_builder_end (builder);
      changed += wp_document_set_strv (document, feedback, WP_FEEDBACK_ITEMS,
                                       (const char * const *) items);
    }
  wp_document_end (document);

  return changed;
}

/* A title from what was said: its first sentence, cut at a word. */
static char *
title_from (const char *text)
{
  g_autofree char *first = g_strdup (text ? text : "");
  char *end = strpbrk (first, ".!?\n");

  if (end != NULL)
    *end = '\0';
  g_strstrip (first);
  if (g_utf8_strlen (first, -1) > TITLE_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (first, 0, TITLE_CHARS);
      char *space = strrchr (cut, ' ');

      if (space != NULL)
        *space = '\0';
      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&first);
}

/* Each entry quoted, with who said it, as the new item's description. */
static char *
quotes_of (GPtrArray *entries)
{
  g_autoptr(GString) quotes = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      WpEntity *feedback = g_ptr_array_index (entries, i);
      const char *customer = wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER);

      if (i > 0)
        g_string_append (quotes, "\n\n");
      /* Translators: a quote in an item made from feedback: “what they said” — customer */
      g_string_append_printf (quotes, _("“%s” — %s"),
                              wp_entity_get_string (feedback, WP_FEEDBACK_TEXT),
                              customer ? customer : _("Unknown customer"));
    }

  return g_string_free (g_steal_pointer (&quotes), FALSE);
}

/**
 * wp_feedback_create_item:
 * @document: the document
 * @entries: (element-type WpEntity): feedback entries, at least one
 *
 * Makes a backlog item from @entries, at the top of the backlog, titled
 * after the first entry, quoting all of them, linked to them: one undo step.
 *
 * Returns: (transfer none): the new item, which @document holds
 */
WpEntity *
wp_feedback_create_item (WpDocument *document,
                         GPtrArray  *entries)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(WpEntity) first = NULL;
  g_autoptr(WpEntity) item = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (entries != NULL && entries->len > 0, NULL);

  first = g_list_model_get_n_items (items) > 0 ? g_list_model_get_item (items, 0) : NULL;
  title = title_from (wp_entity_get_string (g_ptr_array_index (entries, 0), WP_FEEDBACK_TEXT));
  description = quotes_of (entries);
  item = wp_entity_new (WP_TYPE_ITEM, NULL);

  wp_document_begin (document, _("Create Item from Feedback"));
  wp_document_add (document, item);
  wp_document_set_string (document, item, WP_ITEM_TITLE,
                          title[0] ? title : _("New item from feedback"));
  wp_document_set_string (document, item, WP_ITEM_DESCRIPTION, description);
  wp_document_place_item (document, WP_ITEM (item), NULL,
                          first ? wp_entity_get_string (first, WP_ITEM_RANK) : NULL);
  wp_feedback_link (document, entries, item, NULL);
  wp_document_end (document);

  return item;
}
