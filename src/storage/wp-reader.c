/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reads a .waypoint document. Every problem is reported with the place it is
 * at (items[12].estimate) in words a Product Owner understands, and reading
 * goes on so that `waypoint --check` can list them all. Input is checked for
 * encoding and nesting depth before json-glib sees it: json-glib 1.6 parses
 * recursively, and a hostile file nested 100,000 levels deep would overflow
 * the stack. Members the reader does not know are kept for the writer.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "wp-document-private.h"
#include "wp-entity-private.h"
#include "wp-error.h"
#include "wp-rank.h"
#include "wp-reader.h"

/* Where a value is: section[index].member[element].sub, each part optional. */
typedef struct {
  const char *section;
  int         index;
  const char *member;
  int         element;
  const char *sub;
} Where;

typedef struct {
  GPtrArray  *problems;
  WpDocument *document;
  gboolean    failed;
} Reader;

void
wp_problem_free (WpProblem *problem)
{
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * wp_problem_format:
 * @problem: a problem
 *
 * Returns: (transfer full): "path: message", or the message alone for the whole file
 */
char *
wp_problem_format (WpProblem *problem)
{
  if (problem->path == NULL || problem->path[0] == '\0')
    return g_strdup (problem->message);

  return g_strdup_printf ("%s: %s", problem->path, problem->message);
}

static char *
where_to_path (const Where *where)
{
  GString *path = g_string_new (NULL);

  if (where->section != NULL)
    g_string_append (path, where->section);
  if (where->index >= 0)
    g_string_append_printf (path, "[%d]", where->index);
  if (where->member != NULL)
    g_string_append_printf (path, "%s%s", path->len > 0 ? "." : "", where->member);
  if (where->element >= 0)
    g_string_append_printf (path, "[%d]", where->element);
  if (where->sub != NULL)
    g_string_append_printf (path, ".%s", where->sub);

  return g_string_free (path, FALSE);
}

static void G_GNUC_PRINTF (4, 5)
report (Reader      *reader,
        gboolean     fatal,
        const Where *where,
        const char  *format,
        ...)
{
  WpProblem *problem = g_new0 (WpProblem, 1);
  va_list args;

  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  problem->path = where ? where_to_path (where) : g_strdup ("");
  problem->fatal = fatal;
  reader->failed |= fatal;
  g_ptr_array_add (reader->problems, problem);
}

/* Describes a JSON value for "expected …, got …", as it was written, shortened. */
static char *
describe (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));
    case JSON_NODE_ARRAY:
      return g_strdup (_("a list"));
    case JSON_NODE_NULL:
      return g_strdup ("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);
        glong length = g_utf8_strlen (text, -1);
        g_autofree char *shown = g_utf8_substring (text, 0, MIN (length, 40));
        GString *quoted = g_string_new ("\"");

        /* As JSON would write it, so the user finds it in the file. */
        for (const char *p = shown; *p; p++)
          {
            if (*p == '"' || *p == '\\')
              g_string_append_c (quoted, '\\');
            if ((guchar) *p < 0x20)
              g_string_append_printf (quoted, "\\u%04x", (guchar) *p);
            else
              g_string_append_c (quoted, *p);
          }
        g_string_append_printf (quoted, "%s\"", length > 40 ? "…" : "");

        return g_string_free (quoted, FALSE);
      }
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
    default:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      }
    }
}

static void
report_type (Reader      *reader,
             const Where *where,
             const char  *expected,
             JsonNode    *got)
{
  g_autofree char *description = describe (got);

  /* Translators: "expected a number, got "five"" */
  report (reader, TRUE, where, _("expected %s, got %s"), expected, description);
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
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

  return is_date (date) && g_ascii_digit_value (text[11]) * 10 + g_ascii_digit_value (text[12]) < 24 &&
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
      report_type (reader, where, _("a list of texts"), node);
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!is_string (element))
        {
          Where at = *where;

          at.element = i;
          report_type (reader, &at, _("a text"), element);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  g_value_take_boxed (value, g_strv_builder_end (builder));

  return TRUE;
}

static gboolean
read_checklist (Reader      *reader,
                const Where *where,
                JsonNode    *node,
                GValue      *value)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_type (reader, where, _("a list of criteria"), node);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Where at = *where;
      JsonObject *entry;
      JsonNode *text, *done;

      at.element = i;
      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          report_type (reader, &at, _("an object with “text” and “done”"), element);
          return FALSE;
        }
      entry = json_node_get_object (element);
      text = json_object_get_member (entry, "text");
      done = json_object_get_member (entry, "done");
      at.sub = "text";
      if (text == NULL || !is_string (text))
        {
          if (text == NULL)
            report (reader, TRUE, &at, _("missing"));
          else
            report_type (reader, &at, _("a text"), text);
          return FALSE;
        }
      at.sub = "done";
      if (done != NULL && !(JSON_NODE_HOLDS_VALUE (done) &&
                            json_node_get_value_type (done) == G_TYPE_BOOLEAN))
        {
          report_type (reader, &at, _("true or false"), done);
          return FALSE;
        }
    }

  g_value_set_boxed (value, node);

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
  const char *text = is_string (node) ? json_node_get_string (node) : NULL;

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
          report_type (reader, where, _("a text"), node);
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

          report_type (reader, where, expected, node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_REF:
      if (null)
        return TRUE;
      if (text == NULL)
        {
          report_type (reader, where, _("an id or null"), node);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case WP_FIELD_DATE:
      if (null && field->nullable)
        return TRUE;
      if (text == NULL || !is_date (text))
        {
          report_type (reader, where, _("a date like 2026-12-15"), node);
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
          report_type (reader, where, _("a date and time like 2026-12-15T09:30:00Z"), node);
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
      if (!is_number (node) || !isfinite (json_node_get_double (node)) ||
          json_node_get_double (node) < 0)
        {
          report_type (reader, where, _("a number of at least 0"), node);
          return FALSE;
        }
      g_value_set_double (value, json_node_get_double (node));
      return TRUE;

    case WP_FIELD_INT:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < field->min || json_node_get_int (node) > field->max)
        {
          g_autofree char *expected = g_strdup_printf (_("a whole number from %d to %d"),
                                                       field->min, field->max);

          report_type (reader, where, expected, node);
          return FALSE;
        }
      g_value_set_int (value, (int) json_node_get_int (node));
      return TRUE;

    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      return read_string_list (reader, where, node, value);

    case WP_FIELD_CHECKLIST:
      return read_checklist (reader, where, node, value);

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
static void
read_members (Reader     *reader,
              Where      *where,
              JsonObject *object,
              WpEntity   *entity)
{
  g_autoptr(JsonObject) extra = NULL;
  gboolean has_id = wp_entity_get_kind (entity) != WP_KIND_PRODUCT && json_object_has_member (object, "id");
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

/* Entities read from one array, with their positions in the file for messages. */
typedef struct {
  const char *section;
  GPtrArray  *entities;
  GArray     *indexes;   /* of guint */
} Collection;

static void
collection_clear (Collection *collection)
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
      report (reader, TRUE, where, _("missing; every entry needs an id"));
      return NULL;
    }
  if (!is_string (id) || json_node_get_string (id)[0] == '\0')
    {
      report_type (reader, where, _("a non-empty text"), id);
      return NULL;
    }
  if (g_hash_table_lookup_extended (seen, json_node_get_string (id), NULL, &first))
    {
      report (reader, TRUE, where, _("the id “%s” is used twice (also by %s[%u])"),
              json_node_get_string (id), where->section, GPOINTER_TO_UINT (first));
      return NULL;
    }
  where->member = NULL;

  return json_node_get_string (id);
}

/* Reads one array of entities, in file order. */
static void
read_collection (Reader     *reader,
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
      report_type (reader, &where, _("a list"), node);
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
          report_type (reader, &where, _("an object"), element);
          continue;
        }

      id = read_id (reader, &where, json_node_get_object (element), seen);
      if (id == NULL)
        continue;

      entity = wp_entity_new (type, id);
      g_hash_table_insert (seen, (gpointer) wp_entity_get_id (entity), GUINT_TO_POINTER (i));
      read_members (reader, &where, json_node_get_object (element), entity);
      g_ptr_array_add (out->entities, entity);
      g_array_append_val (out->indexes, i);
    }
}

static const char *
kind_noun (WpKind kind)
{
  switch (kind)
    {
    case WP_KIND_COLUMN: return _("column");
    case WP_KIND_ITEM: return _("item");
    case WP_KIND_SPRINT: return _("sprint");
    case WP_KIND_RELEASE: return _("release");
    case WP_KIND_LANE: return _("lane");
    case WP_KIND_ENTRY: return _("roadmap entry");
    case WP_KIND_FEEDBACK: return _("feedback entry");
    case WP_KIND_PRODUCT:
    case WP_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* A reference to nothing is kept as it is, visible to the user, with a warning. */
static void
check_references (Reader     *reader,
                  Collection *collection)
{
  for (guint i = 0; i < collection->entities->len; i++)
    {
      WpEntity *entity = g_ptr_array_index (collection->entities, i);
      Where where = { collection->section, g_array_index (collection->indexes, guint, i), NULL, -1, NULL };
      guint n_fields;
      const WpField *fields = wp_entity_get_fields (entity, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          where.member = fields[f].name;
          if (fields[f].type == WP_FIELD_REF)
            {
              const char *id = wp_entity_get_string (entity, f);

              if (id != NULL && wp_document_lookup (reader->document, fields[f].ref_kind, id) == NULL)
                /* Translators: "no column has the id “todo”" */
                report (reader, FALSE, &where, _("no %s has the id “%s”"), kind_noun (fields[f].ref_kind), id);
            }
          else if (fields[f].type == WP_FIELD_REFS)
            {
              const char * const *ids = wp_entity_get_strv (entity, f);

              for (guint e = 0; ids[e] != NULL; e++)
                if (wp_document_lookup (reader->document, fields[f].ref_kind, ids[e]) == NULL)
                  {
                    where.element = e;
                    report (reader, FALSE, &where, _("no %s has the id “%s”"), kind_noun (fields[f].ref_kind), ids[e]);
                    where.element = -1;
                  }
            }
        }
    }
}

typedef struct {
  WpEntity *item;
  guint     index;
} RankedItem;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const RankedItem *x = a, *y = b;
  const char *rx = wp_entity_get_string (x->item, WP_ITEM_RANK);
  const char *ry = wp_entity_get_string (y->item, WP_ITEM_RANK);
  gboolean vx = wp_rank_is_valid (rx), vy = wp_rank_is_valid (ry);
  int order;

  /* Items without a usable rank go last, in file order. */
  if (vx != vy)
    return vx ? -1 : 1;
  order = vx ? strcmp (rx, ry) : 0;

  return order != 0 ? order : (x->index > y->index) - (x->index < y->index);
}

static void
set_rank (WpEntity   *item,
          const char *before,
          const char *after)
{
  GValue value = G_VALUE_INIT;

  g_value_take_string (g_value_init (&value, G_TYPE_STRING), wp_rank_between (before, after));
  wp_entity_set_value (item, WP_ITEM_RANK, &value);
  g_value_unset (&value);
}

/*
 * Orders items by rank. An item with a missing, malformed or repeated rank
 * keeps its place in that order and gets a fresh key between its neighbours,
 * with a warning; no other item changes.
 */
static void
order_items (Reader     *reader,
             Collection *items)
{
  guint n = items->entities->len;
  g_autofree RankedItem *ranked = NULL;

  if (n == 0)
    return;

  ranked = g_new (RankedItem, n);
  for (guint i = 0; i < n; i++)
    {
      ranked[i].item = g_ptr_array_index (items->entities, i);
      ranked[i].index = g_array_index (items->indexes, guint, i);
    }
  qsort (ranked, n, sizeof (RankedItem), compare_ranked);

  for (guint i = 0; i < n; i++)
    {
      const char *previous = i > 0 ? wp_entity_get_string (ranked[i - 1].item, WP_ITEM_RANK) : NULL;
      const char *rank = wp_entity_get_string (ranked[i].item, WP_ITEM_RANK);
      Where where = { "items", ranked[i].index, "rank", -1, NULL };

      if (wp_rank_is_valid (rank) && (previous == NULL || strcmp (previous, rank) < 0))
        {
          items->entities->pdata[i] = ranked[i].item;
          g_array_index (items->indexes, guint, i) = ranked[i].index;
          continue;
        }

      {
        const char *next = NULL;

        /* The next valid key above the previous one bounds the new key. */
        for (guint j = i + 1; j < n && next == NULL; j++)
          {
            const char *candidate = wp_entity_get_string (ranked[j].item, WP_ITEM_RANK);

            if (wp_rank_is_valid (candidate) && (previous == NULL || strcmp (previous, candidate) < 0))
              next = candidate;
          }

        if (rank == NULL || rank[0] == '\0')
          report (reader, FALSE, &where, _("missing; the item was given a place at the end"));
        else if (wp_rank_is_valid (rank))
          report (reader, FALSE, &where, _("“%s” is used by another item too; the item was given a new rank next to it"), rank);
        else
          report (reader, FALSE, &where, _("“%s” is not a valid rank; the item was given a new one"), rank);

        set_rank (ranked[i].item, previous, next);
      }

      items->entities->pdata[i] = ranked[i].item;
      g_array_index (items->indexes, guint, i) = ranked[i].index;
    }
}

static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

static void
set_nul_error (const char  *data,
               gsize        offset,
               GError     **error)
{
  guint line, column;

  locate (data, offset, &line, &column);
  g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
               _("Line %u, column %u holds a NUL character, which a Waypoint document cannot contain."),
               line, column);
}

/*
 * Checks what json-glib cannot be trusted with: NUL characters (which C
 * strings would silently cut off) and nesting depth.
 */
static gboolean
prescan (const char  *data,
         gsize        length,
         GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line, column;

  if (is_blank (data, length))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\0')
        {
          set_nul_error (data, i, error);
          return FALSE;
        }

      if (in_string)
        {
          /* Most of a document is text: skip it quickly. */
          while (c != '"' && c != '\\' && c != '\0' && i + 1 < length)
            c = data[++i];
          if (c == '\0')
            {
              i--;
              continue;
            }
          if (c == '\\')
            {
              if (i + 6 <= length && memcmp (data + i, "\\u0000", 6) == 0)
                {
                  set_nul_error (data, i, error);
                  return FALSE;
                }
              i++;
            }
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > WP_MAX_DEPTH)
            {
              locate (data, i, &line, &column);
              g_set_error (error, WP_ERROR, WP_ERROR_TOO_DEEP,
                           _("Line %u, column %u is nested more than %u levels deep; no Waypoint document is."),
                           line, column, WP_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* json-glib says "<data>:3:14: Parse error: unexpected character"; keep the place and the reason. */
static void
set_syntax_error (GError     **error,
                  const GError *parse_error)
{
  guint line = 0, column = 0;
  const char *reason = parse_error->message;
  const char *colon;

  if (sscanf (reason, "<data>:%u:%u:", &line, &column) == 2 &&
      (colon = strstr (reason, ": ")) != NULL)
    {
      reason = colon + 2;
      if (g_str_has_prefix (reason, "Parse error: "))
        reason += strlen ("Parse error: ");
      g_set_error (error, WP_ERROR, WP_ERROR_SYNTAX,
                   _("The file is not valid JSON: line %u, column %u: %s"), line, column, reason);
      return;
    }

  g_set_error (error, WP_ERROR, WP_ERROR_SYNTAX, _("The file is not valid JSON: %s"), reason);
}

static gboolean
read_header (Reader      *reader,
             JsonObject  *root,
             gboolean    *read_only,
             GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  Where where = { NULL, -1, "version", -1, NULL };
  gint64 number;

  if (format == NULL || !is_string (format) || !g_str_equal (json_node_get_string (format), "waypoint"))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_FORMAT,
                           _("This is not a Waypoint document: its “format” member is not “waypoint”."));
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    {
      if (version == NULL)
        report (reader, TRUE, &where, _("missing"));
      else
        report_type (reader, &where, _("a whole number of at least 1"), version);
      return TRUE;
    }

  number = json_node_get_int (version);
  if (number > WP_FORMAT_VERSION)
    {
      g_autofree char *shown = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      *read_only = TRUE;
      /* Translators: %s is a format version number */
      report (reader, FALSE, &where,
              _("written by a newer Waypoint (format version %s); it can be read here but not saved over"),
              shown);
    }

  return TRUE;
}

static JsonObject *
read_section (Reader     *reader,
              JsonObject *root,
              const char *name)
{
  JsonNode *node = json_object_get_member (root, name);
  Where where = { name, -1, NULL, -1, NULL };

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report_type (reader, &where, _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

/* Keeps the members of @object that are not @known, for the writer. */
static JsonObject *
collect_extra (JsonObject         *object,
               const char * const *known)
{
  JsonObject *extra = NULL;
  g_autoptr(GList) names = object ? json_object_get_members (object) : NULL;

  for (GList *l = names; l; l = l->next)
    if (!g_strv_contains (known, l->data))
      add_extra (&extra, l->data, json_object_get_member (object, l->data));

  return extra;
}

static const struct {
  WpKind      kind;
  const char *member;
  const char *section;
  gboolean    in_roadmap;
} collections[] = {
  { WP_KIND_COLUMN, "columns", "columns", FALSE },
  { WP_KIND_ITEM, "items", "items", FALSE },
  { WP_KIND_SPRINT, "sprints", "sprints", FALSE },
  { WP_KIND_RELEASE, "releases", "releases", FALSE },
  { WP_KIND_LANE, "lanes", "roadmap.lanes", TRUE },
  { WP_KIND_ENTRY, "entries", "roadmap.entries", TRUE },
  { WP_KIND_FEEDBACK, "feedback", "feedback", FALSE },
};

static void
read_body (Reader     *reader,
           JsonObject *root)
{
  static const char * const top_known[] = {
    "format", "version", "product", "columns", "items", "sprints", "releases", "roadmap", "feedback", NULL
  };
  static const char * const roadmap_known[] = { "lanes", "entries", NULL };
  WpDocument *document = reader->document;
  JsonObject *product = read_section (reader, root, "product");
  JsonObject *roadmap = read_section (reader, root, "roadmap");
  Collection read[G_N_ELEMENTS (collections)] = { { 0 } };
  g_autoptr(JsonObject) top_extra = collect_extra (root, top_known);
  g_autoptr(JsonObject) roadmap_extra = collect_extra (roadmap, roadmap_known);

  if (product != NULL)
    {
      Where where = { "product", -1, NULL, -1, NULL };

      read_members (reader, &where, product, WP_ENTITY (wp_document_get_product (document)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    read_collection (reader, collections[i].in_roadmap ? roadmap : root,
                     collections[i].member, collections[i].section, collections[i].kind, &read[i]);

  /* Even a document that failed is assembled, so that --check lists every problem. */
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    {
      if (collections[i].kind == WP_KIND_ITEM)
        order_items (reader, &read[i]);
      _wp_document_load_entities (document, collections[i].kind, read[i].entities);
    }
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    check_references (reader, &read[i]);

  wp_document_set_extra (document, "", top_extra);
  wp_document_set_extra (document, "roadmap", roadmap_extra);

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    collection_clear (&read[i]);
}

static void
set_first_fatal (GPtrArray  *problems,
                 GError    **error)
{
  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);

      if (problem->fatal)
        {
          g_autofree char *text = wp_problem_format (problem);

          g_set_error_literal (error, WP_ERROR, WP_ERROR_INVALID, text);
          return;
        }
    }
}

/**
 * wp_read_document:
 * @data: the file's contents
 * @length: their length in bytes
 * @problems: (out) (optional) (element-type WpProblem): every problem found, fatal or not
 * @read_only: (out) (optional): set when the document must not be overwritten
 * @error: the first fatal problem
 *
 * Reads a document. Warnings (a reference to nothing, a repaired rank, a newer
 * format version) do not stop it; anything else does.
 *
 * Returns: (transfer full) (nullable): the document, with a clean history
 */
WpDocument *
wp_read_document (const char  *data,
                  gsize        length,
                  GPtrArray  **problems,
                  gboolean    *read_only,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
  g_autoptr(WpDocument) document = NULL;
  gboolean newer = FALSE;
  Reader reader = { found, NULL, FALSE };
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (read_only != NULL)
    *read_only = FALSE;
  if (problems != NULL)
    *problems = NULL;

  if (!prescan (data, length, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      const char *end = NULL;

      /* json-glib checks the encoding too, but does not say where it fails. */
      if (!g_utf8_validate_len (data, length, &end))
        {
          guint line, column;

          locate (data, end - data, &line, &column);
          g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
                       _("The file is not UTF-8 text: line %u, column %u holds bytes that are not."),
                       line, column);
        }
      else
        set_syntax_error (error, parse_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_FORMAT,
                           _("This is not a Waypoint document: it does not hold a JSON object."));
      return NULL;
    }

  document = wp_document_new ();
  reader.document = document;
  if (!read_header (&reader, json_node_get_object (root), &newer, error))
    return NULL;
  read_body (&reader, json_node_get_object (root));

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  if (reader.failed)
    {
      set_first_fatal (found, error);
      return NULL;
    }

  if (read_only != NULL)
    *read_only = newer;

  return g_steal_pointer (&document);
}
