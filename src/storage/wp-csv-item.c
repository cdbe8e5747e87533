/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One row of a CSV backlog as an item: numbers, labels split at commas,
 * criteria one a line ("[x] done", "[ ] not yet"), kinds and MoSCoW as
 * Waypoint writes them or as other tools name them, the sprint and release
 * by name, and what the columns mapped to no field hold, kept as text at the
 * end of the description.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <string.h>

#include "wp-choices.h"
#include "wp-csv.h"
#include "wp-csv-import-private.h"
#include "wp-import-words.h"

static WpEntity *
named (GPtrArray  *entities,
       guint       field,
       const char *name)
{
  for (guint i = 0; i < entities->len; i++)
    if (g_str_equal (wp_entity_get_string (g_ptr_array_index (entities, i), field), name))
      return g_ptr_array_index (entities, i);

  return NULL;
}

/* The sprint or release of that name, made at first sight. */
static const char *
id_of_named (GPtrArray  *entities,
             GType       type,
             guint       field,
             const char *name)
{
  WpEntity *entity;

  if (name == NULL)
    return NULL;
  if ((entity = named (entities, field, name)) == NULL)
    {
      entity = wp_entity_new (type, NULL);
      wp_entity_set_string (entity, field, name);
      g_ptr_array_add (entities, entity);
    }

  return wp_entity_get_id (entity);
}

static void
set_number (Build      *build,
            WpEntity   *item,
            guint       field,
            const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;
  char *end = NULL;
  double number = text != NULL ? g_ascii_strtod (text, &end) : -1;

  if (text == NULL)
    return;
  if (end == text || *end != '\0' || !(number >= 0))
    {
      build->bad_numbers++;
      return;
    }
  g_value_set_double (g_value_init (&value, G_TYPE_DOUBLE), number);
  wp_entity_set_value (item, field, &value);
}

static void
set_strv (WpEntity    *item,
          guint        field,
          const char  *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_auto(GValue) value = G_VALUE_INIT;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);

      if (part[0] != '\0' && !g_ptr_array_find_with_equal_func (values, part, g_str_equal, NULL))
        g_ptr_array_add (values, g_strdup (part));
    }
  g_ptr_array_add (values, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, values->pdata);
  wp_entity_set_value (item, field, &value);
}

/* One criterion a line: "[x] text" is met, "[ ] text" (or plain text) is not. */
static void
set_criteria (WpEntity   *item,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(JsonArray) criteria = json_array_new ();
  g_auto(GValue) value = G_VALUE_INIT;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      gboolean done = FALSE;
      JsonObject *criterion;

      if (g_str_has_prefix (line, "- "))
        line = g_strchug (line + 2);
      if (g_str_has_prefix (line, "[x]") || g_str_has_prefix (line, "[X]") ||
          g_str_has_prefix (line, "[ ]"))
        {
          done = line[1] != ' ';
          line = g_strchug (line + 3);
        }
      if (line[0] == '\0')
        continue;
      criterion = json_object_new ();
      json_object_set_string_member (criterion, "text", line);
      json_object_set_boolean_member (criterion, "done", done);
      json_array_add_object_element (criteria, criterion);
    }
  g_value_init (&value, JSON_TYPE_NODE);
  g_value_take_boxed (&value, json_node_init_array (json_node_alloc (), criteria));
  wp_entity_set_value (item, WP_ITEM_ACCEPTANCE, &value);
}

/* A kind as Waypoint writes it, or as another tool names it ("Bug", "Feature"). */
static const char *
kind_of (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  if (g_strv_contains (wp_kinds, folded))
    return g_intern_string (folded);

  return wp_import_kind (text);
}

static const char *
moscow_of (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  for (guint i = 0; wp_moscow[i] != NULL; i++)
    if (g_str_has_prefix (folded, wp_moscow[i]) ||
        (g_str_equal (wp_moscow[i], "wont") && g_str_has_prefix (folded, "won't")))
      return wp_moscow[i];

  return NULL;
}

/* What the columns mapped to no field hold, "Name: value" a line, after the description. */
static void
fill_description (Build    *build,
                  GStrv     row,
                  WpEntity *item)
{
  GStrv header = build->header;
  const char *description = _wp_csv_value (build, row, WP_CSV_DESCRIPTION);
  g_autoptr(GString) text = g_string_new (wp_csv_unguard (description));
  g_autoptr(GString) rest = g_string_new (NULL);

  for (guint c = 0; header[c] != NULL && row[c] != NULL; c++)
    {
      gboolean mapped = FALSE;

      for (guint f = 0; f < WP_CSV_N_FIELDS; f++)
        mapped = mapped || build->mapping[f] == (int) c;
      g_strstrip (row[c]);
      if (!mapped && row[c][0] != '\0')
        g_string_append_printf (rest, "\n%s: %s", header[c][0] != '\0' ? header[c] : "?",
                                wp_csv_unguard (row[c]));
    }
  if (rest->len > 0)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", rest->str);
  wp_entity_set_string (item, WP_ITEM_DESCRIPTION, g_strstrip (text->str));
}

void
_wp_csv_fill_item (Build    *build,
           GStrv     row,
           WpEntity *item)
{
  const char *status = wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_STATUS));
  g_autofree char *folded = status != NULL ? g_utf8_casefold (status, -1) : NULL;
  WpEntity *column = folded != NULL ? g_hash_table_lookup (build->statuses, folded) : NULL;
  WpEntity *done_column = g_ptr_array_index (build->columns, build->columns->len - 1);
  g_autofree char *done = wp_import_day (_wp_csv_value (build, row, WP_CSV_DONE));
  g_autofree char *created = wp_import_time (_wp_csv_value (build, row, WP_CSV_CREATED));
  g_autofree char *updated = wp_import_time (_wp_csv_value (build, row, WP_CSV_UPDATED));
  const char *moscow = moscow_of (_wp_csv_value (build, row, WP_CSV_MOSCOW));

  wp_entity_set_string (item, WP_ITEM_KIND, kind_of (_wp_csv_value (build, row, WP_CSV_KIND)));
  /* No status: not on the board, unless it is done. */
  if (column == NULL && done != NULL)
    column = done_column;
  wp_entity_set_string (item, WP_ITEM_STATUS, column != NULL ? wp_entity_get_id (column) : NULL);
  /* The last column means done: an item there has the day it got done. */
  if (column == done_column && done == NULL)
    done = wp_import_day (_wp_csv_value (build, row, WP_CSV_UPDATED)
                          ?: _wp_csv_value (build, row, WP_CSV_CREATED));
  if (column == done_column && done == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      done = g_date_time_format (now, "%Y-%m-%d");
    }
  wp_entity_set_string (item, WP_ITEM_DONE, column == done_column ? done : NULL);
  set_number (build, item, WP_ITEM_ESTIMATE, _wp_csv_value (build, row, WP_CSV_ESTIMATE));
  set_number (build, item, WP_ITEM_VALUE, _wp_csv_value (build, row, WP_CSV_VALUE));
  set_number (build, item, WP_ITEM_EFFORT, _wp_csv_value (build, row, WP_CSV_EFFORT));
  if (moscow != NULL)
    wp_entity_set_string (item, WP_ITEM_MOSCOW, moscow);
  set_strv (item, WP_ITEM_LABELS, wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_LABELS)));
  set_criteria (item, wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_ACCEPTANCE)));
  wp_entity_set_string (item, WP_ITEM_SPRINT,
                        id_of_named (build->sprints, WP_TYPE_SPRINT, WP_SPRINT_NAME,
                                     wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_SPRINT))));
  wp_entity_set_string (item, WP_ITEM_RELEASE,
                        id_of_named (build->releases, WP_TYPE_RELEASE, WP_RELEASE_NAME,
                                     wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_RELEASE))));
  wp_entity_set_string (item, WP_ITEM_CREATED, created);
  wp_entity_set_string (item, WP_ITEM_UPDATED, updated);
  fill_description (build, row, item);
}
