/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The backlog and the feedback as CSV for spreadsheets: one row per item
 * (or entry) with every field, in the backlog's order, under the headers
 * WpCsvImport reads, so that importing the file gives the same items back:
 * ids kept, columns, sprints and releases by name, the epic by id, labels
 * joined with commas, acceptance criteria one a line as "[x] text". The file
 * starts with a byte order mark, without which Excel does not read UTF-8,
 * and its lines end in CRLF as RFC 4180 has them.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include "wp-csv.h"
#include "wp-csv-export.h"
#include "wp-csv-import.h"
#include "wp-json.h"

/* A file being written, and whether its line has a field yet. */
typedef struct {
  GString  *text;
  gboolean  in_line;
} Csv;

static void
end_line (Csv *csv)
{
  g_string_append (csv->text, "\r\n");
  csv->in_line = FALSE;
}

static void
append (Csv        *csv,
        const char *field)
{
  if (csv->in_line)
    g_string_append_c (csv->text, ',');
  wp_csv_append_field (csv->text, field);
  csv->in_line = TRUE;
}

static void
append_number (Csv *csv, 
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (value >= 0)
    wp_json_format_number (value, buffer, sizeof buffer);
  append (csv, buffer);
}

static void
append_joined (Csv                *csv, 
               const char * const *values)
{
  g_autofree char *joined = g_strjoinv (", ", (char **) values);

  append (csv, joined);
}

static const char *
name_of (WpDocument *document,
         WpKind      kind,
         const char *id)
{
  WpEntity *entity = id != NULL ? wp_document_lookup (document, kind, id) : NULL;

  return entity != NULL ? wp_entity_get_display_name (entity) : NULL;
}

static void
append_criteria (Csv      *csv, 
                 WpEntity *item)
{
  JsonArray *criteria = json_node_get_array (wp_entity_get_node (item, WP_ITEM_ACCEPTANCE));
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (criteria); i++)
    {
      JsonObject *criterion = json_array_get_object_element (criteria, i);

      g_string_append_printf (lines, "%s[%s] %s", i > 0 ? "\n" : "",
                              json_object_get_boolean_member_with_default (criterion, "done",
                                                                           FALSE) ? "x" : " ",
                              json_object_get_string_member_with_default (criterion, "text", ""));
    }
  append (csv, lines->str);
}

static void
append_item (Csv        *csv, 
             WpDocument *document,
             WpEntity   *item)
{
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT,
                                         wp_entity_get_string (item, WP_ITEM_SPRINT) ?: "");

  append (csv, wp_entity_get_id (item));
  append (csv, wp_entity_get_string (item, WP_ITEM_TITLE));
  append (csv, wp_entity_get_string (item, WP_ITEM_DESCRIPTION));
  append (csv, wp_entity_get_string (item, WP_ITEM_KIND));
  append (csv, name_of (document, WP_KIND_COLUMN, wp_entity_get_string (item, WP_ITEM_STATUS)));
  append_number (csv, wp_entity_get_number (item, WP_ITEM_ESTIMATE));
  append_number (csv, wp_entity_get_number (item, WP_ITEM_VALUE));
  append_number (csv, wp_entity_get_number (item, WP_ITEM_EFFORT));
  append (csv, wp_entity_get_string (item, WP_ITEM_MOSCOW));
  append_joined (csv, wp_entity_get_strv (item, WP_ITEM_LABELS));
  append (csv, wp_entity_get_string (item, WP_ITEM_EPIC));
  append (csv, sprint != NULL ? wp_entity_get_display_name (sprint) : NULL);
  append (csv, sprint != NULL ? wp_entity_get_string (sprint, WP_SPRINT_START) : NULL);
  append (csv, sprint != NULL ? wp_entity_get_string (sprint, WP_SPRINT_END) : NULL);
  append (csv, name_of (document, WP_KIND_RELEASE, wp_entity_get_string (item,
                                                                          WP_ITEM_RELEASE)));
  append_criteria (csv, item);
  append (csv, wp_entity_get_string (item, WP_ITEM_DONE));
  append (csv, wp_entity_get_string (item, WP_ITEM_CREATED));
  append (csv, wp_entity_get_string (item, WP_ITEM_UPDATED));
  end_line (csv);
}

static GBytes *
finish (Csv *csv)
{
  gsize length = csv->text->len;

  return g_bytes_new_take (g_string_free (csv->text, FALSE), length);
}

/**
 * wp_csv_export_items:
 * @document: a document
 *
 * Returns: (transfer full): every backlog item as a row of CSV, in the backlog's order
 */
GBytes *
wp_csv_export_items (WpDocument *document)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  Csv csv = { g_string_new ("\xEF\xBB\xBF"), FALSE };

  for (guint f = 0; f < WP_CSV_N_FIELDS; f++)
    append (&csv, wp_csv_field_name (f));
  end_line (&csv);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      append_item (&csv, document, item);
    }

  return finish (&csv);
}

/* The items an entry asks for, by title. */
static void
append_asked_items (Csv        *csv, 
                    WpDocument *document,
                    WpEntity   *entry)
{
  const char * const *ids = wp_entity_get_strv (entry, WP_FEEDBACK_ITEMS);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    if (name_of (document, WP_KIND_ITEM, ids[i]) != NULL)
      g_ptr_array_add (titles, (gpointer) name_of (document, WP_KIND_ITEM, ids[i]));
  g_ptr_array_add (titles, NULL);
  append_joined (csv, (const char * const *) titles->pdata);
}

/**
 * wp_csv_export_feedback:
 * @document: a document
 *
 * Returns: (transfer full): every feedback entry as a row of CSV, under the headers the
 *   feedback import reads
 */
GBytes *
wp_csv_export_feedback (WpDocument *document)
{
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  Csv csv = { g_string_new ("\xEF\xBB\xBF"
                            "received,customer,segment,source,text,importance,items,tags\r\n"),
              FALSE };

  for (guint i = 0; i < g_list_model_get_n_items (feedback); i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);
      int importance_value = wp_entity_get_int (entry, WP_FEEDBACK_IMPORTANCE);
      g_autofree char *importance = g_strdup_printf ("%d", importance_value);

      append (&csv, wp_entity_get_string (entry, WP_FEEDBACK_RECEIVED));
      append (&csv, wp_entity_get_string (entry, WP_FEEDBACK_CUSTOMER));
      append (&csv, wp_entity_get_string (entry, WP_FEEDBACK_SEGMENT));
      append (&csv, wp_entity_get_string (entry, WP_FEEDBACK_SOURCE));
      append (&csv, wp_entity_get_string (entry, WP_FEEDBACK_TEXT));
      append (&csv, importance);
      append_asked_items (&csv, document, entry);
      append_joined (&csv, wp_entity_get_strv (entry, WP_FEEDBACK_TAGS));
      end_line (&csv);
    }

  return finish (&csv);
}
