/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Planning sprints: closing one, with its unfinished items going to the top
 * of the backlog or into the next sprint, and the dates a new sprint gets by
 * default (right after the latest one, as long as it was), and which sprint
 * is in which state (the active one, the planned one that starts first).
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-date.h"
#include "wp-sprint-plan.h"
#include "wp-velocity.h"

/* How long a first sprint is, in days, when there is none to follow. */
#define DEFAULT_SPRINT_DAYS 14

/* The first item that is not one of @moving: they go before it. */
static WpEntity *
first_other (WpDocument *document,
             GPtrArray  *moving)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (!g_ptr_array_find (moving, item, NULL))
        return g_steal_pointer (&item);
    }

  return NULL;
}

/**
 * wp_sprint_close:
 * @document: a document
 * @sprint: one of its sprints
 * @next: (nullable): the sprint the unfinished items go into, or %NULL for
 *   the top of the backlog, in their order, out of any sprint
 *
 * Closes @sprint as one undo step. The sprint keeps what it committed to
 * and which items it did not finish, for its review: they leave it.
 *
 * Returns: how many unfinished items moved
 */
guint
wp_sprint_close (WpDocument *document,
                 WpEntity   *sprint,
                 WpEntity   *next)
{
  g_autoptr(GPtrArray) unfinished = NULL;
  g_autoptr(WpEntity) other = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) unfinished_ids = NULL;
  g_autofree char *label = NULL;
  double committed;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), 0);
  g_return_val_if_fail (next == NULL || (WP_IS_SPRINT (next) && next != sprint), 0);

  unfinished = wp_sprint_items (document, sprint, FALSE);
  other = first_other (document, unfinished);
  committed = wp_sprint_committed_points (document, sprint);
  for (guint i = 0; i < unfinished->len; i++)
    g_strv_builder_add (ids, wp_entity_get_id (g_ptr_array_index (unfinished, i)));
  unfinished_ids = g_strv_builder_end (ids);

  /* Translators: undo label; %s is a sprint */
  label = g_strdup_printf (_("Close “%s”"), wp_entity_get_display_name (sprint));
  wp_document_begin (document, label);
  wp_document_set_string (document, sprint, WP_SPRINT_STATE, "closed");
  wp_document_set_number (document, sprint, WP_SPRINT_COMMITTED_POINTS, committed);
  wp_document_set_strv (document, sprint, WP_SPRINT_UNFINISHED_ITEMS,
                        (const char * const *) unfinished_ids);
  for (guint i = 0; i < unfinished->len; i++)
    wp_document_set_string (document, g_ptr_array_index (unfinished, i), WP_ITEM_SPRINT,
                            next != NULL ? wp_entity_get_id (next) : NULL);
  /* Back in the backlog, they are what to look at first. */
  if (next == NULL && unfinished->len > 0 && other != NULL)
    wp_document_place_items (document, unfinished, NULL,
                             wp_entity_get_string (other, WP_ITEM_RANK));
  wp_document_end (document);

  return unfinished->len;
}

/**
 * wp_sprint_plan_items:
 * @document: a document
 * @sprint: (nullable): one of its sprints, or %NULL to take the items out of theirs
 * @items: (element-type WpItem): items of @document
 *
 * Plans @items into @sprint, or back into the backlog, as one undo step.
 *
 * Returns: (transfer full) (nullable): the step's label, for a toast; %NULL
 *   without items
 */
char *
wp_sprint_plan_items (WpDocument *document,
                      WpEntity   *sprint,
                      GPtrArray  *items)
{
  g_autofree char *label = NULL;
  const char *first_title;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (sprint == NULL || WP_IS_SPRINT (sprint), NULL);

  if (items->len == 0)
    return NULL;

  first_title = wp_entity_get_display_name (g_ptr_array_index (items, 0));

  if (sprint == NULL && items->len == 1)
    /* Translators: undo label; %s is an item */
    label = g_strdup_printf (_("Take “%s” out of its sprint"), first_title);
  else if (sprint == NULL)
    /* Translators: undo label */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Take %u item out of its sprint",
                                          "Take %u items out of their sprints", items->len),
                             items->len);
  else if (items->len == 1)
    /* Translators: undo label: Add “Offline maps” to “Sprint 5” */
    label = g_strdup_printf (_("Add “%s” to “%s”"), first_title,
                             wp_entity_get_display_name (sprint));
  else
    /* Translators: undo label: Add 3 items to “Sprint 5” */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u item to “%s”",
                                          "Add %u items to “%s”", items->len),
                             items->len, wp_entity_get_display_name (sprint));

  wp_document_begin (document, label);
  for (guint i = 0; i < items->len; i++)
    wp_document_set_string (document, g_ptr_array_index (items, i), WP_ITEM_SPRINT,
                            sprint != NULL ? wp_entity_get_id (sprint) : NULL);
  wp_document_end (document);

  return g_steal_pointer (&label);
}

/**
 * wp_sprint_next_dates:
 * @document: a document
 * @today: today, as a Julian day
 * @start: (out): the first day of a new sprint
 * @end: (out): its last day
 *
 * A new sprint starts the day after the latest sprint ends and lasts as long
 * as it did; without a sprint with dates it starts today and lasts two weeks.
 *
 * Returns: whether it follows a sprint
 */
gboolean
wp_sprint_next_dates (WpDocument *document,
                      guint32     today,
                      guint32    *start,
                      guint32    *end)
{
  GListModel *sprints;
  guint32 latest_start = 0, latest_end = 0;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);

  sprints = wp_document_get_list (document, WP_KIND_SPRINT);
  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      guint32 first, last;

      if (wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_START), &first) &&
          wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_END), &last) &&
          last >= first && last > latest_end)
        {
          latest_start = first;
          latest_end = last;
        }
    }

  if (latest_end == 0)
    {
      *start = today;
      *end = today + DEFAULT_SPRINT_DAYS - 1;
      return FALSE;
    }

  *start = latest_end + 1;
  *end = latest_end + 1 + (latest_end - latest_start);

  return TRUE;
}

/**
 * wp_sprint_new_name:
 * @document: a document
 * @ahead: 1 for the next sprint planned, 2 for the one after it…
 *
 * Returns: (transfer full): the name that sprint gets when it is planned, "Sprint N"
 */
char *
wp_sprint_new_name (WpDocument *document,
                    guint       ahead)
{
  guint n = g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_SPRINT));

  /* Translators: the name of a new sprint; %u counts the sprints */
  return g_strdup_printf (_("Sprint %u"), n + ahead);
}

/**
 * wp_sprint_get_state:
 * @sprint: a sprint
 *
 * Returns: "planned", "active" or "closed"
 */
const char *
wp_sprint_get_state (WpEntity *sprint)
{
  const char *state = wp_entity_get_string (sprint, WP_SPRINT_STATE);

  return state != NULL ? state : "planned";
}

/**
 * wp_sprint_in_state:
 * @document: a document
 * @state: a sprint state
 *
 * Returns: (transfer none) (nullable): the first sprint in @state
 */
WpEntity *
wp_sprint_in_state (WpDocument *document,
                    const char *state)
{
  GListModel *sprints = wp_document_get_list (document, WP_KIND_SPRINT);

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);

      if (g_str_equal (wp_sprint_get_state (sprint), state))
        return sprint;
    }

  return NULL;
}

static gboolean
starts_before (const char *start,
               WpEntity   *sprint)
{
  const char *other = wp_entity_get_string (sprint, WP_SPRINT_START);

  return other == NULL || strcmp (start, other) < 0;
}

/**
 * wp_sprint_next_planned:
 * @document: a document
 *
 * Where a closing sprint's unfinished items go next.
 *
 * Returns: (transfer none) (nullable): the planned sprint that starts first
 */
WpEntity *
wp_sprint_next_planned (WpDocument *document)
{
  GListModel *sprints = wp_document_get_list (document, WP_KIND_SPRINT);
  WpEntity *next = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      const char *start = wp_entity_get_string (sprint, WP_SPRINT_START);

      if (!g_str_equal (wp_sprint_get_state (sprint), "planned"))
        continue;
      if (next == NULL || (start != NULL && starts_before (start, next)))
        next = sprint;
    }

  return next;
}
