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
  g_autofree char *folded = g_utf8_casefold (type != NULL ? type : "", -1);

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

static int
month_of (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  gsize length = strlen (folded);

  if (length > 0 && folded[length - 1] == '.')
    folded[length - 1] = '\0';
  for (int m = 0; m < 12; m++)
    if (wp_import_is_name (folded, months[m]))
      return m + 1;

  return 0;
}

/* "9:26 AM", "09:26", "4:51 p. m.": minutes of the day, or -1. */
static int
minutes_of (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  char *end = NULL;
  gint64 hour = g_ascii_strtoll (folded, &end, 10), minute;

  if (end == folded || *end != ':')
    return -1;
  minute = g_ascii_strtoll (end + 1, &end, 10);
  g_strstrip (end);
  g_strdelimit (end, ". ", '\0');
  if (g_str_equal (end, "pm") || g_str_equal (end, "p"))
    hour = hour % 12 + 12;
  else if (g_str_equal (end, "am") || g_str_equal (end, "a"))
    hour %= 12;
  else if (*end != '\0' && !g_ascii_isdigit (*end))
    return -1;

  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 ? (int) (hour * 60 + minute) : -1;
}

/*
 * "22/Sep/25 9:26 AM", or the "16/02/2017 15:26" of a spreadsheet that saved it again. Read
 * in place: several cells of every row of a big export hold one.
 */
static GDateTime *
parse_slashed (const char *text)
{
  const char *first = strchr (text, '/');
  const char *second = first != NULL ? strchr (first + 1, '/') : NULL;
  g_autofree char *month_text = NULL;
  char *end = NULL, *rest;
  gint64 day, month, year;
  int minutes = 0;

  if (second == NULL)
    return NULL;
  day = g_ascii_strtoll (text, &end, 10);
  if (end != first)
    return NULL;
  month_text = g_strndup (first + 1, second - first - 1);
  month = g_ascii_isdigit (month_text[0]) ? g_ascii_strtoll (month_text, NULL, 10)
                                          : month_of (month_text);
  year = g_ascii_strtoll (second + 1, &rest, 10);
  if (rest == second + 1 || month < 1 || month > 12)
    return NULL;
  if (rest - (second + 1) <= 2)
    year += 2000;
  while (g_ascii_isspace (*rest))
    rest++;
  if (*rest != '\0' && (minutes = minutes_of (rest)) < 0)
    return NULL;

  return day >= 1 && day <= 31 && year > 1900
         ? g_date_time_new_utc ((int) year, (int) month, (int) day, minutes / 60, minutes % 60, 0)
         : NULL;
}

/* JavaScript's Date.toString(), which Linear writes: "Mon Feb 06 2023 05:00:00 GMT+0000 (GMT)". */
static GDateTime *
parse_javascript (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", 7);
  g_auto(GStrv) clock = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;
  gint64 day, year, offset;
  int month;

  if (g_strv_length (words) < 6 || !g_str_has_prefix (words[5], "GMT") ||
      strlen (words[5]) != 8 || (month = month_of (words[1])) == 0)
    return NULL;
  clock = g_strsplit (words[4], ":", 3);
  if (g_strv_length (clock) != 3)
    return NULL;
  day = g_ascii_strtoll (words[2], NULL, 10);
  year = g_ascii_strtoll (words[3], NULL, 10);
  offset = g_ascii_strtoll (words[5] + 4, NULL, 10);
  offset = (offset / 100 * 3600 + offset % 100 * 60) * (words[5][3] == '-' ? -1 : 1);
  zone = g_time_zone_new_offset ((gint32) offset);
  local = g_date_time_new (zone, (int) year, month, (int) day,
                           (int) g_ascii_strtoll (clock[0], NULL, 10),
                           (int) g_ascii_strtoll (clock[1], NULL, 10),
                           (double) g_ascii_strtoll (clock[2], NULL, 10));

  return local != NULL ? g_date_time_to_utc (local) : NULL;
}

/**
 * wp_import_parse_time:
 * @text: (nullable): a time as another tool wrote it
 *
 * Reads a time; one without a zone is taken as UTC.
 *
 * Returns: (transfer full) (nullable): the time, or %NULL for an empty cell or another text
 */
GDateTime *
wp_import_parse_time (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GTimeZone) utc = NULL;
  GDateTime *time;

  if (trimmed[0] == '\0')
    return NULL;
  if ((time = parse_slashed (trimmed)) != NULL || (time = parse_javascript (trimmed)) != NULL)
    return time;
  utc = g_time_zone_new_utc ();
  /* ISO 8601 from the REST API or XML: "2025-09-22 09:26" or "2025-09-22T09:26:00.000+0000". */
  g_strdelimit (trimmed, " ", 'T');
  if ((time = g_date_time_new_from_iso8601 (trimmed, utc)) != NULL)
    return time;
  if (strlen (trimmed) == 10)
    {
      g_autofree char *midnight = g_strconcat (trimmed, "T00:00:00", NULL);

      return g_date_time_new_from_iso8601 (midnight, utc);
    }

  return NULL;
}

/**
 * wp_import_format_time:
 * @time: (nullable): a time in UTC
 *
 * Returns: (transfer full): @time as a document stores it, "2025-09-22T09:26:00Z", or "" for none
 */
char *
wp_import_format_time (GDateTime *time)
{
  int year, month, day;

  if (time == NULL)
    return g_strdup ("");
  /* Several times in every row of a big file: printf is several times faster than
     g_date_time_format(). */
  g_date_time_get_ymd (time, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                          g_date_time_get_hour (time), g_date_time_get_minute (time),
                          g_date_time_get_second (time));
}

/**
 * wp_import_format_day:
 * @time: (nullable): a time in UTC
 *
 * Returns: (transfer full) (nullable): its day as a document stores it, "2025-09-22"
 */
char *
wp_import_format_day (GDateTime *time)
{
  int year, month, day;

  if (time == NULL)
    return NULL;
  g_date_time_get_ymd (time, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}
