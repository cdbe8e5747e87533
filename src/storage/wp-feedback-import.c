/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackImport reads customer feedback from a CSV file: which column
 * holds the customer, the day, the text and so on is guessed from the
 * header row and can be changed. Reading gives the entries and a report of
 * the rows that could not be read (no text, a day or importance that is not
 * one), which are left out; applying adds all entries as one undo step, or
 * nothing at all when the file cannot be read.
 *
 * Days may be written 2026-09-14 (with or without a time), 14.09.2026, or
 * with slashes; for slashes the column decides: a first number above 12
 * anywhere means day first, a second one means month first, and otherwise
 * the locale's order counts.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "wp-csv.h"
#include "wp-error.h"
#include "wp-feedback-import.h"
#include "wp-file.h"

/* The fields a column can fill, in the order a mapping dialog lists them. */
const guint wp_feedback_import_fields[] = {
  WP_FEEDBACK_TEXT,
  WP_FEEDBACK_CUSTOMER,
  WP_FEEDBACK_RECEIVED,
  WP_FEEDBACK_SEGMENT,
  WP_FEEDBACK_SOURCE,
  WP_FEEDBACK_IMPORTANCE,
  WP_FEEDBACK_TAGS,
};
const guint wp_feedback_import_n_fields = G_N_ELEMENTS (wp_feedback_import_fields);

/* Header names that say which field a column holds, casefolded. */
static const struct {
  guint       field;
  const char *names;
} header_names[] = {
  { WP_FEEDBACK_TEXT, "text|feedback|comment|comments|message|body|description|what they said|"
                      "note|notes|request|quote|verbatim" },
  { WP_FEEDBACK_CUSTOMER, "customer|customer name|name|company|account|organisation|organization|"
                          "client|user|from|who|kunde" },
  { WP_FEEDBACK_RECEIVED, "received|date|day|created|created at|submitted|submitted at|timestamp|"
                          "time|datum" },
  { WP_FEEDBACK_SEGMENT, "segment|plan|tier|persona|group|customer segment" },
  { WP_FEEDBACK_SOURCE, "source|channel|via|origin|medium|quelle" },
  { WP_FEEDBACK_IMPORTANCE, "importance|priority|severity|urgency|impact|wichtigkeit" },
  { WP_FEEDBACK_TAGS, "tags|tag|labels|label|topics|topic|category|categories|schlagwörter" },
};

/* Words for importance, casefolded: 1 nice to have, 2 important, 3 critical. */
static const char * const importance_words[] = {
  "nice to have|nice|low|minor|trivial|could",
  "important|medium|normal|moderate|major|should",
  "critical|high|urgent|blocker|severe|must",
};

typedef enum {
  SLASH_LOCALE,
  SLASH_DAY_FIRST,
  SLASH_MONTH_FIRST,
} SlashOrder;

struct _WpFeedbackImport
{
  GObject     parent_instance;

  GPtrArray  *rows;          /* GStrv, the header included */
  const char *encoding;
  gboolean    has_header;
  guint       n_columns;
  int         columns[WP_FEEDBACK_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (WpFeedbackImport, wp_feedback_import, G_TYPE_OBJECT)

static gboolean
name_in (const char *names,
         const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) list = g_strsplit (names, "|", -1);

  g_strstrip (folded);

  return g_strv_contains ((const char * const *) list, folded);
}

static const char *
cell (GStrv row,
      int   column)
{
  if (column < 0 || column >= (int) g_strv_length (row))
    return "";

  /* Waypoint's own export puts a ' before what a spreadsheet would run as a formula. */
  return wp_csv_unguard (row[column]);
}

/* Maps columns by their header names; returns whether any name was known. */
static gboolean
map_by_header (WpFeedbackImport *self)
{
  GStrv header = g_ptr_array_index (self->rows, 0);
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    for (guint column = 0; header[column] != NULL; column++)
      if (self->columns[header_names[i].field] == WP_IMPORT_NO_COLUMN &&
          name_in (header_names[i].names, header[column]))
        {
          self->columns[header_names[i].field] = (int) column;
          known = TRUE;
          break;
        }

  return known;
}

/* Without names, what customers said is likely the column with the most to say. Each cell is
 * visited once: a file may have thousands of columns. */
static int
longest_column (WpFeedbackImport *self)
{
  g_autofree gsize *lengths = g_new0 (gsize, self->n_columns);
  int best = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (self->rows, i);

      for (guint column = 0; row[column] != NULL; column++)
        lengths[column] += strlen (row[column]);
    }
  for (guint column = 1; column < self->n_columns; column++)
    if (lengths[column] > lengths[best])
      best = (int) column;

  return best;
}

static void
guess_mapping (WpFeedbackImport *self)
{
  for (guint field = 0; field < WP_FEEDBACK_N_FIELDS; field++)
    self->columns[field] = WP_IMPORT_NO_COLUMN;

  self->has_header = map_by_header (self);
  if (!self->has_header)
    self->columns[WP_FEEDBACK_TEXT] = longest_column (self);
}

/**
 * wp_feedback_import_new:
 * @bytes: the contents of a CSV file
 * @error: return location for an error
 *
 * Reads the rows and guesses which column holds what.
 *
 * Returns: (transfer full) (nullable): an import, or %NULL if the file is not CSV text
 */
WpFeedbackImport *
wp_feedback_import_new (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(WpFeedbackImport) self = g_object_new (WP_TYPE_FEEDBACK_IMPORT, NULL);
  g_autofree char *text = wp_csv_decode (bytes, &self->encoding, error);

  if (text == NULL)
    return NULL;

  self->rows = wp_csv_parse (text, error);
  if (self->rows == NULL)
    return NULL;
  if (self->rows->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  /* Spreadsheets pad cells with spaces; nothing imported keeps them. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (self->rows, i);

      for (guint column = 0; row[column] != NULL; column++)
        g_strstrip (row[column]);
      self->n_columns = MAX (self->n_columns, g_strv_length (row));
    }
  guess_mapping (self);

  return g_steal_pointer (&self);
}

/**
 * wp_feedback_import_new_for_file:
 * @file: a CSV file
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): an import of @file, as wp_feedback_import_new() reads it
 */
WpFeedbackImport *
wp_feedback_import_new_for_file (GFile   *file,
                                 GError **error)
{
  g_autoptr(GBytes) bytes = wp_file_read_bytes (file, NULL, error);

  return bytes != NULL ? wp_feedback_import_new (bytes, error) : NULL;
}

/**
 * wp_feedback_import_get_encoding:
 * @self: an import
 *
 * Returns: (nullable): the encoding the file was converted from, %NULL for UTF-8
 */
const char *
wp_feedback_import_get_encoding (WpFeedbackImport *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), NULL);

  return self->encoding;
}

gboolean
wp_feedback_import_get_has_header (WpFeedbackImport *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), FALSE);

  return self->has_header;
}

/**
 * wp_feedback_import_set_has_header:
 * @self: an import
 * @has_header: whether the first row names the columns instead of holding feedback
 */
void
wp_feedback_import_set_has_header (WpFeedbackImport *self,
                                   gboolean          has_header)
{
  g_return_if_fail (WP_IS_FEEDBACK_IMPORT (self));

  self->has_header = !!has_header;
}

guint
wp_feedback_import_get_n_columns (WpFeedbackImport *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), 0);

  return self->n_columns;
}

/**
 * wp_feedback_import_dup_column_name:
 * @self: an import
 * @column: a column, from 0
 *
 * Returns: (transfer full): the column's name in the header row, or "Column 3"
 */
char *
wp_feedback_import_dup_column_name (WpFeedbackImport *self,
                                    guint             column)
{
  const char *name;

  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), NULL);

  name = self->has_header ? cell (g_ptr_array_index (self->rows, 0), (int) column) : "";
  if (name[0] != '\0')
    return g_strstrip (g_strdup (name));

  /* Translators: a column of a CSV file that has no name; %u counts from 1 */
  return g_strdup_printf (_("Column %u"), column + 1);
}

/**
 * wp_feedback_import_get_n_rows:
 * @self: an import
 *
 * Returns: how many rows hold feedback, the header row not counted
 */
guint
wp_feedback_import_get_n_rows (WpFeedbackImport *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), 0);

  return self->rows->len - (self->has_header ? 1 : 0);
}

static gboolean
is_import_field (guint field)
{
  for (guint i = 0; i < wp_feedback_import_n_fields; i++)
    if (wp_feedback_import_fields[i] == field)
      return TRUE;

  return FALSE;
}

/**
 * wp_feedback_import_get_column:
 * @self: an import
 * @field: a field of #WpFeedback, one of wp_feedback_import_fields
 *
 * Returns: the column that fills @field, or %WP_IMPORT_NO_COLUMN
 */
int
wp_feedback_import_get_column (WpFeedbackImport *self,
                               guint             field)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), WP_IMPORT_NO_COLUMN);
  g_return_val_if_fail (is_import_field (field), WP_IMPORT_NO_COLUMN);

  return self->columns[field];
}

/**
 * wp_feedback_import_set_column:
 * @self: an import
 * @field: a field of #WpFeedback, one of wp_feedback_import_fields
 * @column: the column that fills it, or %WP_IMPORT_NO_COLUMN
 */
void
wp_feedback_import_set_column (WpFeedbackImport *self,
                               guint             field,
                               int               column)
{
  g_return_if_fail (WP_IS_FEEDBACK_IMPORT (self));
  g_return_if_fail (is_import_field (field));
  g_return_if_fail (column >= WP_IMPORT_NO_COLUMN && column < (int) self->n_columns);

  self->columns[field] = column;
}

/* Reading rows */

/* "3/4/2026", maybe followed by a time, which is left out. */
static gboolean
parse_slashed (const char *text,
               int        *first,
               int        *second,
               int        *year)
{
  char rest;
  int parsed = sscanf (text, "%2d/%2d/%4d%c", first, second, year, &rest);

  return parsed == 3 || (parsed == 4 && (rest == ' ' || rest == 'T'));
}

/* What the slashed days of the whole column say about their order. */
static SlashOrder
slash_order (WpFeedbackImport *self)
{
  int column = self->columns[WP_FEEDBACK_RECEIVED];
  gboolean day_first = FALSE, month_first = FALSE;

  for (guint i = self->has_header ? 1 : 0;
       column != WP_IMPORT_NO_COLUMN && i < self->rows->len; i++)
    {
      int first, second, year;

      if (parse_slashed (cell (g_ptr_array_index (self->rows, i), column), &first, &second, &year))
        {
          day_first |= first > 12;
          month_first |= second > 12;
        }
    }

  return day_first && !month_first ? SLASH_DAY_FIRST
         : month_first && !day_first ? SLASH_MONTH_FIRST
         : SLASH_LOCALE;
}

static char *
noon_of (int year,
         int month,
         int day)
{
  /* "14.09.26": spreadsheets write two digits for this century. */
  if (year >= 0 && year < 100)
    year += 2000;
  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  /* Like a day picked when capturing: noon, so that no time zone moves it to another day. */
  return g_strdup_printf ("%04d-%02d-%02dT12:00:00Z", year, month, day);
}

/*
 * A day and maybe a time as ISO 8601 writes them: "2026-09-14", "2026-09-14 10:05",
 * "2026-09-14T00:30:00+02:00". The day and time are kept as written, the offset left out:
 * converted, that last one would become 13 September, the day before the customer's.
 */
static char *
parse_iso (const char *text)
{
  g_autofree char *normal = g_strdup (text);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;
  char rest;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &rest) == 3 && strlen (text) == 10)
    return noon_of (year, month, day);

  if (strlen (normal) > 10 && normal[10] == ' ')
    normal[10] = 'T';
  /* Without seconds, as spreadsheets often write it. */
  if (strlen (normal) == 16)
    {
      g_autofree char *minutes = g_steal_pointer (&normal);

      normal = g_strconcat (minutes, ":00", NULL);
    }
  time = g_date_time_new_from_iso8601 (normal, utc);
  if (time == NULL)
    return NULL;

  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
parse_day (const char *text,
           SlashOrder  order)
{
  int first, second, year;
  char rest;

  if (sscanf (text, "%2d.%2d.%4d%c", &first, &second, &year, &rest) == 3)
    return noon_of (year, second, first);

  if (parse_slashed (text, &first, &second, &year))
    {
      g_autoptr(GDate) date = NULL;
      g_autofree char *day_only = g_strdup (text);

      if (order == SLASH_DAY_FIRST)
        return noon_of (year, second, first);
      if (order == SLASH_MONTH_FIRST)
        return noon_of (year, first, second);

      day_only[strcspn (day_only, " T")] = '\0';
      date = g_date_new ();
      g_date_set_parse (date, day_only);

      if (!g_date_valid (date))
        return NULL;

      return noon_of (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
    }

  return parse_iso (text);
}

/* 1, 2 or 3, or a word for them; 0 if it is neither. */
static int
parse_importance (const char *text)
{
  char *end;
  gint64 number = g_ascii_strtoll (text, &end, 10);

  if (end != text && *end == '\0')
    return number >= 1 && number <= 3 ? (int) number : 0;

  for (guint i = 0; i < G_N_ELEMENTS (importance_words); i++)
    if (name_in (importance_words[i], text))
      return (int) i + 1;

  return 0;
}

/* Tags separated by commas, semicolons or bars; each once. */
static GStrv
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ",;|", -1);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (char **part = parts; *part != NULL; part++)
    {
      g_strstrip (*part);
      if (**part != '\0' && g_hash_table_add (seen, *part))
        g_strv_builder_add (tags, *part);
    }

  return g_strv_builder_end (tags);
}

static gboolean
is_blank (GStrv row)
{
  for (guint column = 0; row[column] != NULL; column++)
    if (row[column][0] != '\0')
      return FALSE;

  return TRUE;
}

/* One row as an entry, or NULL with the reason in @problem. */
static WpEntity *
read_row (WpFeedbackImport *self,
          GStrv             row,
          SlashOrder        order,
          char            **problem)
{
  const char *text = cell (row, self->columns[WP_FEEDBACK_TEXT]);
  const char *day = cell (row, self->columns[WP_FEEDBACK_RECEIVED]);
  const char *importance_text = cell (row, self->columns[WP_FEEDBACK_IMPORTANCE]);
  g_autofree char *received = day[0] != '\0' ? parse_day (day, order) : g_strdup ("");
  int importance = importance_text[0] != '\0' ? parse_importance (importance_text) : 2;
  g_autoptr(WpEntity) feedback = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GStrv) tags = NULL;

  if (text[0] == '\0')
    *problem = g_strdup (_("no text"));
  else if (received == NULL)
    /* Translators: why a row of a CSV file was left out; %s is what the file says */
    *problem = g_strdup_printf (_("“%s” is not a day"), day);
  else if (importance == 0)
    /* Translators: why a row of a CSV file was left out; %s is what the file says */
    *problem = g_strdup_printf (_("“%s” is not an importance "
                                  "(1 to 3, or nice to have, important, critical)"),
                                importance_text);
  if (*problem != NULL)
    return NULL;

  feedback = wp_entity_new (WP_TYPE_FEEDBACK, NULL);
  wp_entity_set_string (feedback, WP_FEEDBACK_TEXT, text);
  wp_entity_set_string (feedback, WP_FEEDBACK_RECEIVED, received);
  wp_entity_set_string (feedback, WP_FEEDBACK_CUSTOMER,
                        cell (row, self->columns[WP_FEEDBACK_CUSTOMER]));
  wp_entity_set_string (feedback, WP_FEEDBACK_SEGMENT,
                        cell (row, self->columns[WP_FEEDBACK_SEGMENT]));
  wp_entity_set_string (feedback, WP_FEEDBACK_SOURCE,
                        cell (row, self->columns[WP_FEEDBACK_SOURCE]));
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, importance);
  wp_entity_set_value (feedback, WP_FEEDBACK_IMPORTANCE, &value);
  g_value_unset (&value);
  tags = parse_tags (cell (row, self->columns[WP_FEEDBACK_TAGS]));
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, tags);
  wp_entity_set_value (feedback, WP_FEEDBACK_TAGS, &value);

  return g_steal_pointer (&feedback);
}

/**
 * wp_feedback_import_read:
 * @self: an import
 * @problems: (out) (optional) (element-type utf8): the rows left out, as "Row 4: no text"
 * @error: return location for an error
 *
 * Reads every row as the mapping says. Blank rows are passed over.
 *
 * Returns: (transfer full) (element-type WpEntity) (nullable): the entries, in
 *   the file's order, not in any document; %NULL if no column holds the text
 */
GPtrArray *
wp_feedback_import_read (WpFeedbackImport *self,
                         GPtrArray       **problems,
                         GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) left_out = g_ptr_array_new_with_free_func (g_free);
  SlashOrder order;

  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), NULL);

  if (self->columns[WP_FEEDBACK_TEXT] == WP_IMPORT_NO_COLUMN)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_INVALID,
                           _("Choose the column that holds what customers said."));
      return NULL;
    }

  order = slash_order (self);
  for (guint i = self->has_header ? 1 : 0; i < self->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (self->rows, i);
      g_autofree char *problem = NULL;
      WpEntity *feedback;

      if (is_blank (row))
        continue;
      feedback = read_row (self, row, order, &problem);
      if (feedback != NULL)
        g_ptr_array_add (entries, feedback);
      else
        /* Translators: a row of a CSV file that was left out: its number, as a spreadsheet
           counts, and why */
        g_ptr_array_add (left_out, g_strdup_printf (_("Row %u: %s"), i + 1, problem));
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&left_out);

  return g_steal_pointer (&entries);
}

/**
 * wp_feedback_import_apply:
 * @self: an import
 * @document: the document to add the entries to
 * @problems: (out) (optional) (element-type utf8): the rows left out
 * @error: return location for an error
 *
 * Adds every entry that could be read as one undo step; adds nothing when no
 * column holds the text or no row could be read.
 *
 * Returns: how many entries were added
 */
guint
wp_feedback_import_apply (WpFeedbackImport *self,
                          WpDocument       *document,
                          GPtrArray       **problems,
                          GError          **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (WP_IS_FEEDBACK_IMPORT (self), 0);
  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);

  entries = wp_feedback_import_read (self, problems, error);
  if (entries == NULL)
    return 0;
  if (entries->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_EMPTY,
                           _("No row of the file holds feedback that could be read."));
      return 0;
    }

  /* Translators: undo label */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Feedback Entry",
                                        "Import %u Feedback Entries", entries->len),
                           entries->len);
  wp_document_add_all (document, entries, label);

  return entries->len;
}

static void
wp_feedback_import_finalize (GObject *object)
{
  WpFeedbackImport *self = WP_FEEDBACK_IMPORT (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_feedback_import_parent_class)->finalize (object);
}

static void
wp_feedback_import_class_init (WpFeedbackImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_feedback_import_finalize;
}

static void
wp_feedback_import_init (WpFeedbackImport *self)
{
}
