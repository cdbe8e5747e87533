/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading entities: every member is checked against its field in the
 * entity's field table (type, choices, range, date form) and reported at its
 * place when it does not fit; members no field knows are kept for the
 * writer. Ids must be unique within their collection.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "wp-entity-private.h"
#include "wp-json.h"
#include "wp-reader-private.h"

gboolean
_wp_reader_is_string (JsonNode *node)
{
  return wp_json_node_is_string (node);
}

static gboolean
is_date (const char *text)
{
  unsigned year, month, day;
  char end;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

/* The form Waypoint writes, 2026-12-15T09:30:00Z, checked without GDateTime's cost. */
static gboolean
is_plain_utc_timestamp (const char *text)
{
  static const char pattern[] = "dddd-dd-ddTdd:dd:ddZ";
  char date[11];

  for (guint i = 0; i < sizeof pattern - 1; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  if (text[sizeof pattern - 1] != '\0')
    return FALSE;

  memcpy (date, text, 10);
  date[10] = '\0';

  return is_date (date) &&
         g_ascii_digit_value (text[11]) * 10 + g_ascii_digit_value (text[12]) < 24 &&
         text[14] < '6' && text[17] < '7';
}

static gboolean
is_timestamp (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) time = NULL;

  if (text[0] == '\0' || is_plain_utc_timestamp (text) || is_date (text))
    return TRUE;

  utc = g_time_zone_new_utc ();
  time = g_date_time_new_from_iso8601 (text, utc);

  return time != NULL;
}

static char *
join_choices (const char * const *choices)
{
  return g_strjoinv (", ", (char **) choices);
}

static gboolean
read_string_list (Reader       *reader,
                  const Where  *where,
                  JsonNode     *node,
                  GValue       *value)
{
  JsonArray *array;
  guint n;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _wp_reader_report_type (reader, where, _("a list of texts"), node);
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!_wp_reader_is_string (element))
        {
          Where at = *where;

          at.element = i;
          _wp_reader_report_type (reader, &at, _("a text"), element);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  g_value_take_boxed (value, g_strv_builder_end (builder));

  return TRUE;
}

/* Checks one object of a list; reports at @at and returns FALSE when it does not fit. */
typedef gboolean (*CheckObject) (Reader     *reader,
                                 Where      *at,
                                 JsonObject *object);

/* A list of objects (criteria, status changes), each checked by @check, kept as it is. */
static gboolean
read_object_list (Reader      *reader,
                  const Where *where,
                  JsonNode    *node,
                  const char  *expected_list,
                  const char  *expected_object,
                  CheckObject  check,
                  GValue      *value)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _wp_reader_report_type (reader, where, expected_list, node);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Where at = *where;

      at.element = i;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          _wp_reader_report_type (reader, &at, expected_object, element);
          return FALSE;
        }
      if (!check (reader, &at, json_node_get_object (element)))
        return FALSE;
    }

  g_value_set_boxed (value, node);

  return TRUE;
}

/* @name of @object, reported at @at as missing when it is not there. */
static JsonNode *
required_member (Reader     *reader,
                 Where      *at,
                 JsonObject *object,
                 const char *name)
{
  JsonNode *member = json_object_get_member (object, name);

  at->sub = name;
  if (member == NULL)
    _wp_reader_report (reader, TRUE, at, _("missing"));

  return member;
}

static gboolean
check_criterion (Reader     *reader,
                 Where      *at,
                 JsonObject *criterion)
{
  JsonNode *text = required_member (reader, at, criterion, "text");
  JsonNode *done = json_object_get_member (criterion, "done");

  if (text == NULL)
    return FALSE;
  if (!_wp_reader_is_string (text))
    {
      _wp_reader_report_type (reader, at, _("a text"), text);
      return FALSE;
    }
  at->sub = "done";
  if (done != NULL && !(JSON_NODE_HOLDS_VALUE (done) &&
                        json_node_get_value_type (done) == G_TYPE_BOOLEAN))
    {
      _wp_reader_report_type (reader, at, _("true or false"), done);
      return FALSE;
    }

  return TRUE;
}

/* A column that was removed since stays named in the history: no reference is checked. */
static gboolean
check_status_change (Reader     *reader,
                     Where      *at,
                     JsonObject *change)
{
  JsonNode *day = required_member (reader, at, change, "day");
  JsonNode *status;

  if (day == NULL)
    return FALSE;
  if (!_wp_reader_is_string (day) || !is_date (json_node_get_string (day)))
    {
      _wp_reader_report_type (reader, at, _("a date like 2026-12-15"), day);
      return FALSE;
    }
  status = required_member (reader, at, change, "status");
  if (status == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_NULL (status) && !_wp_reader_is_string (status))
    {
      _wp_reader_report_type (reader, at, _("an id or null"), status);
      return FALSE;
    }

  return TRUE;
}

/* Converts one JSON member into @value, freshly initialized to the field's type;
 * reports and returns FALSE when it does not fit. */
static gboolean
read_field (Reader        *reader,
            const Where   *where,
            const WpField *field,
            JsonNode      *node,
            GValue        *value)
{
  gboolean null = JSON_NODE_HOLDS_NULL (node);
  const char *text = _wp_reader_is_string (node) ? json_node_get_string (node) : NULL;
  double number;

  switch (field->type)
    {
    case WP_FIELD_STRING:
      if (null)
        {
          g_value_set_static_string (value, "");
          return TRUE;
        }
      if (text == NULL)
        {
          _wp_reader_report_type (reader, where, _("a text"), node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_CHOICE:
      if (null && field->nullable)
        {
          g_value_set_string (value, NULL);
          return TRUE;
        }
      if (text == NULL || !g_strv_contains (field->choices, text))
        {
          g_autofree char *choices = join_choices (field->choices);
          g_autofree char *expected = g_strdup_printf (_("one of %s"), choices);

          _wp_reader_report_type (reader, where, expected, node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_REF:
      if (null)
        return TRUE;
      if (text == NULL)
        {
          _wp_reader_report_type (reader, where, _("an id or null"), node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_DATE:
      if (null && field->nullable)
        return TRUE;
      if (text == NULL || !is_date (text))
        {
          _wp_reader_report_type (reader, where, _("a date like 2026-12-15"), node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_TIMESTAMP:
      if (null)
        {
          g_value_set_static_string (value, "");
          return TRUE;
        }
      if (text == NULL || !is_timestamp (text))
        {
          _wp_reader_report_type (reader, where, _("a date and time like 2026-12-15T09:30:00Z"),
                                  node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_NUMBER:
      if (null)
        {
          g_value_set_double (value, -1);
          return TRUE;
        }
      /* 1e400 is no number a double holds: refused rather than kept as infinity. */
      if (!wp_json_node_get_number (node, &number) || number < 0)
        {
          _wp_reader_report_type (reader, where, _("a number of at least 0"), node);
          return FALSE;
        }
      g_value_set_double (value, number);
      return TRUE;

    case WP_FIELD_INT:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < field->min || json_node_get_int (node) > field->max)
        {
          g_autofree char *expected = g_strdup_printf (_("a whole number from %d to %d"),
                                                       field->min, field->max);

          _wp_reader_report_type (reader, where, expected, node);
          return FALSE;
        }
      g_value_set_int (value, (int) json_node_get_int (node));
      return TRUE;

    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      return read_string_list (reader, where, node, value);

    case WP_FIELD_CHECKLIST:
      return read_object_list (reader, where, node, _("a list of criteria"),
                               _("an object with “text” and “done”"), check_criterion, value);

    case WP_FIELD_STATUS_HISTORY:
      return read_object_list (reader, where, node, _("a list of status changes"),
                               _("an object with “day” and “status”"), check_status_change,
                               value);

    case WP_FIELD_JSON:
      g_value_take_boxed (value, json_node_copy (node));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static void
add_extra (JsonObject **extra,
           const char  *name,
           JsonNode    *node)
{
  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_member (*extra, name, json_node_copy (node));
}

/* Reads the members of @object into @entity; ids are handled by the caller. */
void
_wp_reader_read_members (Reader     *reader,
                         Where      *where,
                         JsonObject *object,
                         WpEntity   *entity)
{
  g_autoptr(JsonObject) extra = NULL;
  gboolean has_id = wp_entity_get_kind (entity) != WP_KIND_PRODUCT &&
                    json_object_has_member (object, "id");
  guint n_fields, found = 0;
  const WpField *fields = wp_entity_get_fields (entity, &n_fields);

  /* Field by field, in the format's order, so problems are listed in that order too. */
  for (guint f = 0; f < n_fields; f++)
    {
      JsonNode *node = json_object_get_member (object, fields[f].name);
      GValue value = G_VALUE_INIT;

      if (node == NULL)
        continue;

      found++;
      g_value_init (&value, G_VALUE_TYPE (wp_entity_get_value (entity, f)));
      where->member = fields[f].name;
      if (read_field (reader, where, &fields[f], node, &value))
        _wp_entity_take_value (entity, f, &value);
      else
        g_value_unset (&value);
      where->member = NULL;
    }

  /* Members nobody here knows are kept, in their order, for the writer. */
  if (json_object_get_size (object) > found + (has_id ? 1 : 0))
    {
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l; l = l->next)
        if (wp_entity_find_field (entity, l->data) < 0 && !(has_id && g_str_equal (l->data, "id")))
          add_extra (&extra, l->data, json_object_get_member (object, l->data));
    }

  wp_entity_set_extra (entity, extra);
}

void
_wp_reader_collection_clear (Collection *collection)
{
  g_clear_pointer (&collection->entities, g_ptr_array_unref);
  g_clear_pointer (&collection->indexes, g_array_unref);
}

static const char *
read_id (Reader      *reader,
         Where       *where,
         JsonObject  *object,
         GHashTable  *seen)
{
  JsonNode *id = json_object_get_member (object, "id");
  gpointer first;

  where->member = "id";
  if (id == NULL)
    {
      _wp_reader_report (reader, TRUE, where, _("missing; every entry needs an id"));
      return NULL;
    }
  if (!_wp_reader_is_string (id) || json_node_get_string (id)[0] == '\0')
    {
      _wp_reader_report_type (reader, where, _("a non-empty text"), id);
      return NULL;
    }
  if (g_hash_table_lookup_extended (seen, json_node_get_string (id), NULL, &first))
    {
      _wp_reader_report (reader, TRUE, where, _("the id “%s” is used twice (also by %s[%u])"),
                         json_node_get_string (id), where->section, GPOINTER_TO_UINT (first));
      return NULL;
    }
  where->member = NULL;

  return json_node_get_string (id);
}

/* Reads one array of entities, in file order. */
void
_wp_reader_read_collection (Reader     *reader,
                            JsonObject *parent,
                            const char *member,
                            const char *section,
                            WpKind      kind,
                            Collection *out)
{
  GType type = g_list_model_get_item_type (wp_document_get_list (reader->document, kind));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node = parent ? json_object_get_member (parent, member) : NULL;
  Where where = { section, -1, NULL, -1, NULL };
  JsonArray *array;
  guint n;

  out->section = section;
  out->entities = g_ptr_array_new_with_free_func (g_object_unref);
  out->indexes = g_array_new (FALSE, FALSE, sizeof (guint));

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _wp_reader_report_type (reader, &where, _("a list"), node);
      return;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *id;
      WpEntity *entity;

      where.index = i;
      where.member = NULL;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          _wp_reader_report_type (reader, &where, _("an object"), element);
          continue;
        }

      id = read_id (reader, &where, json_node_get_object (element), seen);
      if (id == NULL)
        continue;

      entity = wp_entity_new (type, id);
      g_hash_table_insert (seen, (gpointer) wp_entity_get_id (entity), GUINT_TO_POINTER (i));
      _wp_reader_read_members (reader, &where, json_node_get_object (element), entity);
      g_ptr_array_add (out->entities, entity);
      g_array_append_val (out->indexes, i);
    }
}

/* Keeps the members of @object that are not @known, for the writer. */
JsonObject *
_wp_reader_collect_extra (JsonObject         *object,
                          const char * const *known)
{
  JsonObject *extra = NULL;
  g_autoptr(GList) names = object ? json_object_get_members (object) : NULL;

  for (GList *l = names; l; l = l->next)
    if (!g_strv_contains (known, l->data))
      add_extra (&extra, l->data, json_object_get_member (object, l->data));

  return extra;
}
