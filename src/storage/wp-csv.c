/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading comma-separated values as spreadsheets write them (RFC 4180 and
 * its relatives): fields in double quotes may hold separators, line breaks
 * and doubled quotes; the separator is a comma, a semicolon (what a
 * spreadsheet in a comma-decimal locale writes) or a tab, whichever the
 * first line uses most; lines end in LF, CRLF or CR. Text is UTF-8, with or
 * without a byte order mark; UTF-16 with a mark and, failing UTF-8, Windows-1252
 * (what older spreadsheets save) are converted.
 *
 * Written fields are quoted when they must be, and a field a spreadsheet
 * would run as a formula (it starts with = + - @, a tab or a carriage return)
 * gets a ' before it, as OWASP recommends; reading takes that ' off again.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-csv.h"
#include "wp-error.h"

static void
set_not_text (GError **error)
{
  g_set_error_literal (error, WP_ERROR, WP_ERROR_ENCODING,
                       _("The file is not text: it holds bytes that no spreadsheet writes."));
}

/* A NUL in the converted text would end it there, silently: it is refused like one in UTF-8. */
static char *
convert (const char  *data,
         gsize        length,
         const char  *from,
         GError     **error)
{
  g_autoptr(GError) conversion_error = NULL;
  gsize written = 0;
  g_autofree char *text = g_convert (data, length, "UTF-8", from, NULL, &written,
                                     &conversion_error);

  if (text == NULL)
    {
      g_set_error (error, WP_ERROR, WP_ERROR_ENCODING,
                   /* Translators: %s is an encoding, like UTF-16 */
                   _("The file is not readable text: it is neither UTF-8 nor %s."), from);
      return NULL;
    }
  if (memchr (text, '\0', written) != NULL)
    {
      set_not_text (error);
      return NULL;
    }

  return g_steal_pointer (&text);
}

/**
 * wp_csv_decode:
 * @bytes: the file's contents
 * @encoding: (out) (optional): the encoding converted from, or %NULL for UTF-8
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the text in UTF-8, without a byte order mark
 */
char *
wp_csv_decode (GBytes      *bytes,
               const char **encoding,
               GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *from = NULL;
  char *text = NULL;

  if (length == 0)
    data = "";
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    from = "UTF-16";
  else if (memchr (data, '\0', length) != NULL)
    {
      set_not_text (error);
      return NULL;
    }
  else if (g_utf8_validate_len (data, length, NULL))
    text = g_strndup (data, length);
  else
    from = "WINDOWS-1252";

  if (from != NULL)
    text = convert (data, length, from, error);
  if (encoding != NULL)
    *encoding = text != NULL ? from : NULL;
  if (text != NULL && g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);

  return text;
}

/* The separator the first line uses most, outside quotes; a comma if none. */
static char
guess_separator (const char *text)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint most = 0;

  for (const char *p = text; *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      for (guint i = 0; !quoted && i < G_N_ELEMENTS (candidates); i++)
        counts[i] += *p == candidates[i];
    }
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > most)
      {
        most = counts[i];
        best = candidates[i];
      }

  return best;
}

static void
free_row (gpointer row)
{
  g_strfreev (row);
}

static void
end_field (GPtrArray *fields,
           GString   *field)
{
  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

static void
end_row (GPtrArray *rows,
         GPtrArray *fields)
{
  g_ptr_array_add (fields, NULL);
  g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
}

/**
 * wp_csv_parse:
 * @text: UTF-8 text, as wp_csv_decode() gives it
 * @error: return location for an error
 *
 * Splits @text into rows of fields. A quote left open is an error, since
 * everything after it would end up in one field.
 *
 * Returns: (transfer full) (element-type GStrv) (nullable): the rows
 */
GPtrArray *
wp_csv_parse (const char *text,
              GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  char sep = guess_separator (text);
  gboolean quoted = FALSE, in_row = FALSE;
  guint quote_row = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
          continue;
        }

      in_row = TRUE;
      if (*p == '"' && field->len == 0)
        {
          quoted = TRUE;
          quote_row = rows->len + 1;
        }
      else if (*p == sep)
        end_field (fields, field);
      else if (*p == '\n' || *p == '\r')
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          end_field (fields, field);
          end_row (rows, fields);
          in_row = FALSE;
        }
      else
        g_string_append_c (field, *p);
    }

  if (quoted)
    {
      g_set_error (error, WP_ERROR, WP_ERROR_SYNTAX,
                   _("Row %u opens a quote that is never closed, "
                     "so the rest of the file would be one field."),
                   quote_row);
      return NULL;
    }
  if (in_row)
    {
      end_field (fields, field);
      end_row (rows, fields);
    }
  return g_steal_pointer (&rows);
}

/* Starts a field that a spreadsheet would run as a formula, after a ' or not. */
static gboolean
is_guarded_start (char c)
{
  return c != '\0' && strchr ("=+-@\t\r", c) != NULL;
}

/**
 * wp_csv_append_field:
 * @line: a line being written
 * @text: (nullable): a field's text
 *
 * Appends @text as one field: quoted if it holds a separator, a quote, a line
 * break or spaces at its ends, with a ' before it if a spreadsheet would run
 * it as a formula (or it starts with a ' that reading would take off).
 */
void
wp_csv_append_field (GString    *line,
                     const char *text)
{
  gboolean guard, quote;
  gsize length;

  text = text != NULL ? text : "";
  length = strlen (text);
  guard = is_guarded_start (text[0]) || (text[0] == '\'' && (is_guarded_start (text[1]) ||
                                                               text[1] == '\''));
  quote = strpbrk (text, ",;\"\n\r\t") != NULL ||
          (length > 0 && (g_ascii_isspace (text[0]) || g_ascii_isspace (text[length - 1])));
  if (quote)
    g_string_append_c (line, '"');
  if (guard)
    g_string_append_c (line, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote)
    g_string_append_c (line, '"');
}

/**
 * wp_csv_unguard:
 * @text: (nullable): a field as read
 *
 * Returns: (nullable): @text without the ' that wp_csv_append_field() puts before a formula
 */
const char *
wp_csv_unguard (const char *text)
{
  if (text != NULL && text[0] == '\'' && (is_guarded_start (text[1]) || text[1] == '\''))
    return text + 1;

  return text;
}
