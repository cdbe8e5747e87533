/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Words and times as other tools write them, read alike by every importer.
 * A status's category (to do, in progress, done) from its name in any of
 * several languages, a kind from an issue type, and times: Jira's
 * "22/Sep/25 9:26 AM" with the month in the user's language, the day-first
 * numbers a spreadsheet rewrites them to, ISO 8601, and JavaScript's
 * "Mon Feb 06 2023 05:00:00 GMT+0000 (GMT)" that Linear writes. A time
 * without a zone is taken as UTC.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <string.h>

#include "wp-import-words.h"

/**
 * wp_import_is_name:
 * @folded: a casefolded, trimmed name
 * @names: the names it may be, casefolded and separated by "|"
 *
 * Returns: whether @folded is one of @names
 */
gboolean
wp_import_is_name (const char *folded,
                   const char *names)
{
  gsize length = strlen (folded);

  /* Called for several cells of every row of a big file: no copies. */
  for (const char *name = names;; name++)
    {
      const char *end = strchr (name, '|');
      gsize name_length = end != NULL ? (gsize) (end - name) : strlen (name);

      if (name_length == length && strncmp (name, folded, length) == 0)
        return TRUE;
      if (end == NULL)
        return FALSE;
      name = end;
    }
}

/**
 * wp_import_status_category:
 * @text: (nullable): a status or its category, in one of several languages
 *
 * Returns: which it is
 */
WpStatusCategory
wp_import_status_category (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  g_strstrip (folded);
  if (wp_import_is_name (folded, "to do|todo|new|backlog|triage|open|por hacer|zu erledigen|"
                                 "à faire|a fazer|da fare"))
    return WP_STATUS_TO_DO;
  if (wp_import_is_name (folded, "in progress|indeterminate|doing|in review|started|en curso|"
                                 "en progreso|in arbeit|en cours|em andamento|in corso"))
    return WP_STATUS_IN_PROGRESS;
  if (wp_import_is_name (folded, "done|complete|completed|closed|canceled|cancelled|duplicate|"
                                 "resolved|listo|hecho|finalizado|fertig|erledigt|terminé|"
                                 "concluído|completato"))
    return WP_STATUS_DONE;

  return WP_STATUS_UNKNOWN;
}

/* @word in @folded (of @size bytes) casefolded, without copying when it is ASCII. */
static gboolean
fold_word (const char *word,
           gsize       length,
           char       *folded,
           gsize       size)
{
  g_autofree char *unicode = NULL;

  for (gsize i = 0; i < length; i++)
    if ((guchar) word[i] >= 0x80)
      {
        unicode = g_utf8_casefold (word, length);
        word = unicode;
        length = strlen (unicode);
        break;
      }
  if (length >= size)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    folded[i] = g_ascii_tolower (word[i]);
  folded[length] = '\0';

  return TRUE;
}

/**
 * wp_import_kind:
 * @type: (nullable): an Issue Type cell
 *
 * Returns: the kind of item it is: Epic, Bug (and defects), Task (and sub-tasks), Spike, or
 *   a story for the rest
 */
const char *
wp_import_kind (const char *type)
{
  char buffer[64];
  g_autofree char *long_type = NULL;
  const char *folded = buffer;

  /* Called for every row of a big file: casefolded on the stack when it fits. */
  if (type == NULL)
    type = "";
  if (!fold_word (type, strlen (type), buffer, sizeof buffer))
    folded = long_type = g_utf8_casefold (type, -1);

  if (strstr (folded, "epic") != NULL || strstr (folded, "épica") != NULL)
    return "epic";
  if (strstr (folded, "bug") != NULL || strstr (folded, "defect") != NULL ||
      strstr (folded, "error") != NULL || strstr (folded, "fehler") != NULL)
    return "bug";
  if (strstr (folded, "spike") != NULL)
    return "spike";
  if (strstr (folded, "task") != NULL || strstr (folded, "tarea") != NULL ||
      strstr (folded, "aufgabe") != NULL || strstr (folded, "tâche") != NULL)
    return "task";

  return "story";
}

/* Month names and their short forms, casefolded and without a final dot, by month. */
static const char * const months[12] = {
  "jan|january|ene|enero|janv|janvier|januar|jän|gen|gennaio",
  "feb|february|febrero|févr|février|februar|fev|fevereiro|febbraio",
  "mar|march|marzo|mars|mär|mrz|märz|março",
  "apr|april|abr|abril|avr|avril|aprile",
  "may|mayo|mai|mei|mag|maggio|maio",
  "jun|june|junio|juin|juni|giu|giugno|junho",
  "jul|july|julio|juil|juillet|juli|lug|luglio|julho",
  "aug|august|ago|agosto|août|aout",
  "sep|sept|september|septiembre|septembre|set|settembre|setembro",
  "oct|october|octubre|octobre|okt|oktober|ott|ottobre|out|outubro",
  "nov|november|noviembre|novembre|novembro",
  "dec|december|dic|diciembre|déc|décembre|dez|dezember|dicembre|dezembro",
};

/* Every name of months[], to its month. */
static GHashTable *
month_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (int m = 0; m < 12; m++)
        {
          /* Kept for the life of the process, as the table is. */
          char **words = g_strsplit (months[m], "|", -1);

          for (guint w = 0; words[w] != NULL; w++)
            g_hash_table_insert (table, words[w], GINT_TO_POINTER (m + 1));
          g_free (words);
        }
      g_once_init_leave (&names, table);
    }

  return names;
}

/* "Sep", "sept.", "März": the month, or 0. */
static int
month_of (const char *word,
          gsize       length)
{
  char folded[32];
  gsize folded_length;

  if (!fold_word (word, length, folded, sizeof folded))
    return 0;
  folded_length = strlen (folded);
  if (folded_length > 0 && folded[folded_length - 1] == '.')
    folded[folded_length - 1] = '\0';

  return GPOINTER_TO_INT (g_hash_table_lookup (month_names (), folded));
}

/* "9:26 AM", "09:26", "4:51 p. m.": the hour and minute, or FALSE. */
static gboolean
read_clock (const char   *text,
            WpImportTime *time)
{
  char folded[32], *end = NULL;
  gint64 hour, minute;

  if (!fold_word (text, strlen (text), folded, sizeof folded))
    return FALSE;
  hour = g_ascii_strtoll (folded, &end, 10);
  if (end == folded || *end != ':')
    return FALSE;
  minute = g_ascii_strtoll (end + 1, &end, 10);
  g_strstrip (end);
  g_strdelimit (end, ". ", '\0');
  if (g_str_equal (end, "pm") || g_str_equal (end, "p"))
    hour = hour % 12 + 12;
  else if (g_str_equal (end, "am") || g_str_equal (end, "a"))
    hour %= 12;
  else if (*end != '\0' && !g_ascii_isdigit (*end))
    return FALSE;
  if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60)
    return FALSE;
  time->hour = (int) hour;
  time->minute = (int) minute;

  return TRUE;
}

/*
 * "22/Sep/25 9:26 AM", or the "16/02/2017 15:26" of a spreadsheet that saved it again. Read
 * in place: several cells of every row of a big export hold one.
 */
static gboolean
parse_slashed (const char   *text,
               WpImportTime *time)
{
  const char *first = strchr (text, '/');
  const char *second = first != NULL ? strchr (first + 1, '/') : NULL;
  char *end = NULL, *rest;
  gint64 day, month, year;

  if (second == NULL)
    return FALSE;
  day = g_ascii_strtoll (text, &end, 10);
  if (end != first)
    return FALSE;
  month = g_ascii_isdigit (first[1]) ? g_ascii_strtoll (first + 1, NULL, 10)
                                     : month_of (first + 1, second - first - 1);
  year = g_ascii_strtoll (second + 1, &rest, 10);
  if (rest == second + 1 || month < 1 || month > 12)
    return FALSE;
  if (rest - (second + 1) <= 2)
    year += 2000;
  if (year <= 1900 || year >= 10000 || day < 1 || day > g_date_get_days_in_month (month, year))
    return FALSE;
  while (g_ascii_isspace (*rest))
    rest++;
  *time = (WpImportTime) { (int) year, (int) month, (int) day, 0, 0, 0, 0 };

  return *rest == '\0' || read_clock (rest, time);
}

/* JavaScript's Date.toString(), which Linear writes: "Mon Feb 06 2023 05:00:00 GMT+0000 (GMT)". */
static gboolean
parse_javascript (const char   *text,
                  WpImportTime *time)
{
  g_auto(GStrv) words = g_strsplit (text, " ", 7);
  g_auto(GStrv) clock = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;
  gint64 day, year, offset;
  int month;

  if (g_strv_length (words) < 6 || !g_str_has_prefix (words[5], "GMT") ||
      strlen (words[5]) != 8 || (month = month_of (words[1], strlen (words[1]))) == 0)
    return FALSE;
  clock = g_strsplit (words[4], ":", 3);
  if (g_strv_length (clock) != 3)
    return FALSE;
  day = g_ascii_strtoll (words[2], NULL, 10);
  year = g_ascii_strtoll (words[3], NULL, 10);
  offset = g_ascii_strtoll (words[5] + 4, NULL, 10);
  offset = (offset / 100 * 3600 + offset % 100 * 60) * (words[5][3] == '-' ? -1 : 1);
  zone = g_time_zone_new_offset ((gint32) offset);
  local = g_date_time_new (zone, (int) year, month, (int) day,
                           (int) g_ascii_strtoll (clock[0], NULL, 10),
                           (int) g_ascii_strtoll (clock[1], NULL, 10),
                           (double) g_ascii_strtoll (clock[2], NULL, 10));
  if (local == NULL)
    return FALSE;
  wp_import_time_of (local, time);

  return TRUE;
}

/* ISO 8601 from the REST API or XML: "2025-09-22 09:26" or "2025-09-22T09:26:00.000+0000". */
static gboolean
parse_iso (char         *text,
           WpImportTime *time)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) date_time = NULL;

  g_strdelimit (text, " ", 'T');
  date_time = g_date_time_new_from_iso8601 (text, utc);
  if (date_time == NULL && strlen (text) == 10)
    {
      g_autofree char *midnight = g_strconcat (text, "T00:00:00", NULL);

      date_time = g_date_time_new_from_iso8601 (midnight, utc);
    }
  if (date_time == NULL)
    return FALSE;
  wp_import_time_of (date_time, time);

  return TRUE;
}

/**
 * wp_import_parse_time:
 * @text: (nullable): a time as another tool wrote it
 * @time: (out): the time read
 *
 * Reads a time; one without a zone is taken as UTC. A text of 128 bytes or more is no time.
 *
 * Returns: whether @text is a time (%FALSE for an empty cell or another text)
 */
gboolean
wp_import_parse_time (const char   *text,
                      WpImportTime *time)
{
  char trimmed[128];

  /* Called for several cells of every row of a big file: a copy on the stack. */
  if (text == NULL || strlen (text) >= sizeof trimmed)
    return FALSE;
  g_strstrip (strcpy (trimmed, text));

  return trimmed[0] != '\0' &&
         (parse_slashed (trimmed, time) || parse_javascript (trimmed, time) ||
          parse_iso (trimmed, time));
}

/**
 * wp_import_time_of:
 * @date_time: a time
 * @time: (out): the same time, in the zone of @date_time
 */
void
wp_import_time_of (GDateTime    *date_time,
                   WpImportTime *time)
{
  g_date_time_get_ymd (date_time, &time->year, &time->month, &time->day);
  time->hour = g_date_time_get_hour (date_time);
  time->minute = g_date_time_get_minute (date_time);
  time->second = g_date_time_get_second (date_time);
  time->offset = (int) (g_date_time_get_utc_offset (date_time) / G_TIME_SPAN_SECOND);
}

/* @value in @width digits at @out (values here are never negative nor wider). */
static char *
put_digits (char *out,
            int   value,
            int   width)
{
  for (int i = width - 1; i >= 0; i--, value /= 10)
    out[i] = (char) ('0' + value % 10);

  return out + width;
}

/* "2025-09-22", then @separator, the clock to @clock_parts parts (0 to 3) and @suffix. */
static char *
format (const WpImportTime *time,
        char                separator,
        int                 clock_parts,
        const char         *suffix)
{
  int clock[3] = { time->hour, time->minute, time->second };
  char text[32], *out = text;

  /* Called for several cells of every row of a big file: no printf. */
  out = put_digits (out, CLAMP (time->year, 0, 9999), 4);
  *out++ = '-';
  out = put_digits (out, time->month, 2);
  *out++ = '-';
  out = put_digits (out, time->day, 2);
  for (int i = 0; i < clock_parts; i++)
    {
      *out++ = i == 0 ? separator : ':';
      out = put_digits (out, clock[i], 2);
    }
  strcpy (out, suffix);

  return g_strdup (text);
}

/* @time in UTC. */
static WpImportTime
in_utc (const WpImportTime *time)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;
  WpImportTime in_utc = *time;

  if (time->offset == 0)
    return in_utc;
  zone = g_time_zone_new_offset (time->offset);
  local = g_date_time_new (zone, time->year, time->month, time->day, time->hour, time->minute,
                           time->second);
  utc = local != NULL ? g_date_time_to_utc (local) : NULL;
  if (utc != NULL)
    wp_import_time_of (utc, &in_utc);

  return in_utc;
}

/**
 * wp_import_format_time:
 * @time: (nullable): a time
 *
 * Returns: (transfer full): @time in UTC as a document stores it, "2025-09-22T09:26:00Z", or
 *   "" for none
 */
char *
wp_import_format_time (const WpImportTime *time)
{
  WpImportTime utc;

  if (time == NULL)
    return g_strdup ("");
  utc = in_utc (time);

  return format (&utc, 'T', 3, "Z");
}

/**
 * wp_import_format_day:
 * @time: (nullable): a time
 *
 * Returns: (transfer full) (nullable): its day where it was written, as a document stores it,
 *   "2025-09-22"
 */
char *
wp_import_format_day (const WpImportTime *time)
{
  if (time == NULL)
    return NULL;

  return format (time, 'T', 0, "");
}

/**
 * wp_import_format_minute:
 * @time: a time
 *
 * Returns: (transfer full): @time in UTC to the minute, as a comment shows it: "2025-09-22 09:26"
 */
char *
wp_import_format_minute (const WpImportTime *time)
{
  WpImportTime utc = in_utc (time);

  return format (&utc, ' ', 2, "");
}

/**
 * wp_import_time:
 * @text: (nullable): a time as another tool wrote it
 *
 * Returns: (transfer full): the time as a document stores it, or "" for none
 */
char *
wp_import_time (const char *text)
{
  WpImportTime time;

  return wp_import_format_time (wp_import_parse_time (text, &time) ? &time : NULL);
}

/**
 * wp_import_day:
 * @text: (nullable): a time as another tool wrote it
 *
 * Returns: (transfer full) (nullable): its day as a document stores it
 */
char *
wp_import_day (const char *text)
{
  WpImportTime time;

  return wp_import_format_day (wp_import_parse_time (text, &time) ? &time : NULL);
}
