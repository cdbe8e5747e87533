/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Writes a document in its canonical form: pretty-printed with two spaces,
 * members in a fixed order (the field tables' order, then unknown members as
 * they were read), items by rank, a final newline. Reading and writing a
 * canonical file reproduces it byte for byte, so files diff and merge well.
 * json-glib's generator is not used: it writes `"key" : value` and 17 digits
 * for 0.1, which would make every file noisy in review.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"


#include "wp-json.h"
#include "wp-reader.h"
#include "wp-writer.h"

typedef struct {
  GString *out;
  guint    depth;
} Writer;

static void
newline (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
write_string (Writer     *w,
              const char *text)
{
  static const char hex[] = "0123456789abcdef";

  g_string_append_c (w->out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"': g_string_append (w->out, "\\\""); break;
        case '\\': g_string_append (w->out, "\\\\"); break;
        case '\n': g_string_append (w->out, "\\n"); break;
        case '\r': g_string_append (w->out, "\\r"); break;
        case '\t': g_string_append (w->out, "\\t"); break;
        case '\b': g_string_append (w->out, "\\b"); break;
        case '\f': g_string_append (w->out, "\\f"); break;
        default:
          if (c < 0x20)
            {
              g_string_append (w->out, "\\u00");
              g_string_append_c (w->out, hex[c >> 4]);
              g_string_append_c (w->out, hex[c & 0xF]);
            }
          else
            g_string_append_c (w->out, c);
        }
    }
  g_string_append_c (w->out, '"');
}

static void
write_number (Writer *w,
              double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  wp_json_format_number (value, buffer, sizeof buffer);
  g_string_append (w->out, buffer);
}

static void write_node (Writer *w, JsonNode *node);

static void
write_key (Writer     *w,
           const char *name,
           gboolean   *first)
{
  if (!*first)
    g_string_append_c (w->out, ',');
  *first = FALSE;
  newline (w);
  write_string (w, name);
  g_string_append (w->out, ": ");
}

static void
open_block (Writer *w,
            char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
}

static void
close_block (Writer   *w,
             char      bracket,
             gboolean  empty)
{
  w->depth--;
  if (!empty)
    newline (w);
  g_string_append_c (w->out, bracket);
}

static void
write_members (Writer     *w,
               JsonObject *object,
               gboolean   *first)
{
  g_autoptr(GList) names = object ? json_object_get_members (object) : NULL;

  for (GList *l = names; l; l = l->next)
    {
      write_key (w, l->data, first);
      write_node (w, json_object_get_member (object, l->data));
    }
}

static void
write_node (Writer   *w,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        gboolean first = TRUE;

        open_block (w, '{');
        write_members (w, json_node_get_object (node), &first);
        close_block (w, '}', first);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        open_block (w, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (w->out, ',');
            newline (w);
            write_node (w, json_array_get_element (array, i));
          }
        close_block (w, ']', n == 0);
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      /* A number the reader kept as it was written goes back the same. */
      if (wp_json_node_get_number_text (node) != NULL)
        {
          g_string_append (w->out, wp_json_node_get_number_text (node));
          break;
        }
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
        default:
          write_number (w, json_node_get_double (node));
          break;
        }
      break;
    }
}

static void
write_strv (Writer             *w,
            const char * const *strv)
{
  open_block (w, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (w->out, ',');
      newline (w);
      write_string (w, strv[i]);
    }
  close_block (w, ']', strv[0] == NULL);
}

static void
write_field (Writer        *w,
             WpEntity      *entity,
             guint          index,
             const WpField *field)
{
  switch (field->type)
    {
    case WP_FIELD_NUMBER:
      {
        double number = wp_entity_get_number (entity, index);

        if (number < 0)
          g_string_append (w->out, "null");
        else
          write_number (w, number);
      }
      break;

    case WP_FIELD_INT:
      g_string_append_printf (w->out, "%d", wp_entity_get_int (entity, index));
      break;

    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      write_strv (w, wp_entity_get_strv (entity, index));
      break;

    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
    case WP_FIELD_JSON:
      write_node (w, wp_entity_get_node (entity, index));
      break;

    case WP_FIELD_STRING:
    case WP_FIELD_CHOICE:
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    case WP_FIELD_TIMESTAMP:
    default:
      {
        const char *text = wp_entity_get_string (entity, index);

        if (text == NULL)
          g_string_append (w->out, "null");
        else
          write_string (w, text);
      }
      break;
    }
}

/* An optional member at its default: no value, or an empty list or object. */
static gboolean
is_unset (WpEntity      *entity,
          guint          field,
          const WpField *type)
{
  if (type->type == WP_FIELD_NUMBER)
    return wp_entity_get_number (entity, field) < 0;
  if (type->type == WP_FIELD_CHOICE)
    return wp_entity_get_string (entity, field) == NULL;
  if (type->type == WP_FIELD_INT)
    return wp_entity_get_int (entity, field) == type->min;
  if (type->type == WP_FIELD_JSON)
    {
      JsonNode *node = wp_entity_get_node (entity, field);

      return JSON_NODE_HOLDS_NULL (node) ||
             (JSON_NODE_HOLDS_OBJECT (node) &&
              json_object_get_size (json_node_get_object (node)) == 0) ||
             (JSON_NODE_HOLDS_ARRAY (node) &&
              json_array_get_length (json_node_get_array (node)) == 0);
    }

  return json_array_get_length (json_node_get_array (wp_entity_get_node (entity, field))) == 0;
}

static void
write_entity (Writer   *w,
              WpEntity *entity,
              gboolean  with_id)
{
  gboolean first = TRUE;
  guint n_fields;
  const WpField *fields = wp_entity_get_fields (entity, &n_fields);

  open_block (w, '{');
  if (with_id)
    {
      write_key (w, "id", &first);
      write_string (w, wp_entity_get_id (entity));
    }
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].optional && is_unset (entity, i, &fields[i]))
        continue;
      write_key (w, fields[i].name, &first);
      write_field (w, entity, i, &fields[i]);
    }
  write_members (w, wp_entity_get_extra (entity), &first);
  close_block (w, '}', first);
}

static void
write_collection (Writer     *w,
                  WpDocument *document,
                  WpKind      kind,
                  const char *name,
                  gboolean   *first)
{
  GListModel *list = wp_document_get_list (document, kind);
  guint n = g_list_model_get_n_items (list);

  write_key (w, name, first);
  open_block (w, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      if (i > 0)
        g_string_append_c (w->out, ',');
      newline (w);
      write_entity (w, entity, TRUE);
    }
  close_block (w, ']', n == 0);
}

/**
 * wp_write_document:
 * @document: a document
 *
 * Returns: (transfer full): the canonical text of @document
 */
GBytes *
wp_write_document (WpDocument *document)
{
  Writer w = { g_string_sized_new (64 * 1024), 0 };
  gboolean first = TRUE, roadmap_first = TRUE;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  open_block (&w, '{');
  write_key (&w, "format", &first);
  write_string (&w, "waypoint");
  write_key (&w, "version", &first);
  g_string_append_printf (w.out, "%d", WP_FORMAT_VERSION);
  write_key (&w, "product", &first);
  write_entity (&w, WP_ENTITY (wp_document_get_product (document)), FALSE);
  write_collection (&w, document, WP_KIND_COLUMN, "columns", &first);
  write_collection (&w, document, WP_KIND_ITEM, "items", &first);
  write_collection (&w, document, WP_KIND_SPRINT, "sprints", &first);
  write_collection (&w, document, WP_KIND_RELEASE, "releases", &first);

  write_key (&w, "roadmap", &first);
  open_block (&w, '{');
  write_collection (&w, document, WP_KIND_LANE, "lanes", &roadmap_first);
  write_collection (&w, document, WP_KIND_ENTRY, "entries", &roadmap_first);
  write_members (&w, wp_document_get_extra (document, "roadmap"), &roadmap_first);
  close_block (&w, '}', FALSE);

  write_collection (&w, document, WP_KIND_FEEDBACK, "feedback", &first);
  /* Only while a merge's conflicts wait for someone to choose. */
  if (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_CONFLICT)) > 0)
    write_collection (&w, document, WP_KIND_CONFLICT, "conflicts", &first);
  write_members (&w, wp_document_get_extra (document, ""), &first);
  close_block (&w, '}', FALSE);
  g_string_append_c (w.out, '\n');

  return g_string_free_to_bytes (w.out);
}
