/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reads a .waypoint document. Every problem is reported with the place it is
 * at (items[12].estimate) in words a Product Owner understands, and reading
 * goes on so that `waypoint --check` can list them all. Input is checked for
 * NUL characters, nesting depth and encoding first, then parsed strictly
 * (wp-json.c), so that every value read can be written back as it was.
 * Members the reader does not know are kept for the writer.
 *
 * This file holds the checks before parsing, the problems and their places,
 * and the reading of the document as a whole. wp-reader-fields.c reads each
 * entity by its field table, wp-reader-checks.c checks the format version and
 * what holds across entities: references and ranks.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-document-private.h"
#include "wp-error.h"
#include "wp-json.h"
#include "wp-reader-private.h"

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

void
_wp_reader_report (Reader      *reader,
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

static char *
shorten (const char *text)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *shown = g_utf8_substring (text, 0, MIN (length, 40));

  return length > 40 ? g_strconcat (shown, "…", NULL) : g_steal_pointer (&shown);
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

  if (wp_json_node_get_number_text (node) != NULL)
    return shorten (wp_json_node_get_number_text (node));

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

void
_wp_reader_report_type (Reader      *reader,
                        const Where *where,
                        const char  *expected,
                        JsonNode    *got)
{
  g_autofree char *description = describe (got);

  /* Translators: "expected a number, got "five"" */
  _wp_reader_report (reader, TRUE, where, _("expected %s, got %s"), expected, description);
}


static void
set_nul_error (const char  *data,
               gsize        offset,
               GError     **error)
{
  guint line, column;

  wp_json_locate (data, offset, &line, &column);
  g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
               _("Line %u, column %u holds a NUL character, "
                 "which a Waypoint document cannot contain."),
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
              wp_json_locate (data, i, &line, &column);
              g_set_error (error, WP_ERROR, WP_ERROR_TOO_DEEP,
                           _("Line %u, column %u is nested more than %u levels deep; "
                             "no Waypoint document is."),
                           line, column, WP_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
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
      _wp_reader_report_type (reader, &where, _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

/* Places in the table below, for the collections read with the others in mind. */
enum {
  COLLECTION_ITEMS = 1,
  COLLECTION_RELEASES = 3,
};

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
  { WP_KIND_CONFLICT, "conflicts", "conflicts", FALSE },
};

/* A merge's conflicts are warnings: the document opens, and someone has to choose. */
static void
report_conflicts (Reader *reader)
{
  GListModel *conflicts = wp_document_get_list (reader->document, WP_KIND_CONFLICT);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(WpConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *text = wp_conflict_describe (conflict, reader->document);
      Where where = { "conflicts", (int) i, NULL, -1, NULL };

      _wp_reader_report (reader, FALSE, &where, "%s", text);
    }
}

static void
read_body (Reader     *reader,
           JsonObject *root)
{
  static const char * const top_known[] = {
    "format", "version", "product", "columns", "items", "sprints", "releases", "roadmap",
    "feedback", "conflicts", NULL
  };
  static const char * const roadmap_known[] = { "lanes", "entries", NULL };
  WpDocument *document = reader->document;
  JsonObject *product = read_section (reader, root, "product");
  JsonObject *roadmap = read_section (reader, root, "roadmap");
  Collection read[G_N_ELEMENTS (collections)] = { { 0 } };
  g_autoptr(JsonObject) top_extra = _wp_reader_collect_extra (root, top_known);
  g_autoptr(JsonObject) roadmap_extra = _wp_reader_collect_extra (roadmap, roadmap_known);

  if (product != NULL)
    {
      Where where = { "product", -1, NULL, -1, NULL };
      WpEntity *entity = WP_ENTITY (wp_document_get_product (document));

      _wp_reader_read_members (reader, &where, product, entity);
    }

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    _wp_reader_read_collection (reader, collections[i].in_roadmap ? roadmap : root,
                                collections[i].member, collections[i].section,
                                collections[i].kind, &read[i]);

  /* Even a document that failed is assembled, so that --check lists every problem. */
  _wp_reader_order_items (reader, &read[COLLECTION_ITEMS]);
  _wp_reader_place_lines (reader, &read[COLLECTION_ITEMS], &read[COLLECTION_RELEASES]);
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    _wp_document_load_entities (document, collections[i].kind, read[i].entities);
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    _wp_reader_check_references (reader, &read[i]);

  wp_document_set_extra (document, "", top_extra);
  wp_document_set_extra (document, "roadmap", roadmap_extra);
  report_conflicts (reader);

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    _wp_reader_collection_clear (&read[i]);
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
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
  g_autoptr(WpDocument) document = NULL;
  gboolean newer = FALSE;
  Reader reader = { found, NULL, FALSE };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (read_only != NULL)
    *read_only = FALSE;
  if (problems != NULL)
    *problems = NULL;

  if (!prescan (data, length, error) || !wp_json_check_text (data, length, error))
    return NULL;

  root = wp_json_parse (data, length, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_FORMAT,
                           _("This is not a Waypoint document: it does not hold a JSON object."));
      return NULL;
    }

  document = wp_document_new ();
  reader.document = document;
  if (!_wp_reader_read_header (&reader, json_node_get_object (root), &newer, error))
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
