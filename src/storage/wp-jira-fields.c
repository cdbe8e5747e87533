/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How Jira's CSV export names and writes things. Columns are found by their
 * name, never by their place, and Jira renamed them over the years ("Fix
 * Version/s", "Fix versions") and translates them into the user's language
 * (Spanish "Resumen"); custom fields are written "Custom field (Story
 * Points)", translated too. Times are "22/Sep/25 9:26 AM" with the month in
 * the user's language, or the day-first numbers a spreadsheet rewrites them
 * to, and carry no time zone.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <string.h>

#include "wp-jira-import-private.h"

/* Names of each column, casefolded; English first, then Spanish, German, French. */
static const struct {
  JiraField   field;
  const char *names;
} columns[] = {
  { JIRA_SUMMARY, "summary|resumen|zusammenfassung|résumé" },
  { JIRA_KEY, "issue key|key|clave de incidencia|clave|schlüssel|clé" },
  { JIRA_ID, "issue id|id de la incidencia|vorgangs-id|id du ticket" },
  { JIRA_TYPE, "issue type|tipo de incidencia|vorgangstyp|type de ticket" },
  { JIRA_STATUS, "status|estado|statut" },
  { JIRA_CATEGORY, "status category|categoría de estado|statuskategorie|catégorie d'état" },
  { JIRA_CATEGORY_CHANGED, "status category changed|categoría de estado modificada|"
                           "statuskategorie geändert" },
  { JIRA_PRIORITY, "priority|prioridad|priorität|priorité" },
  { JIRA_RESOLUTION, "resolution|resolución|lösung|résolution" },
  { JIRA_ASSIGNEE, "assignee|persona asignada|bearbeiter|responsable" },
  { JIRA_ASSIGNEE_ID, "assignee id" },
  { JIRA_REPORTER, "reporter|informador|autor|rapporteur" },
  { JIRA_REPORTER_ID, "reporter id" },
  { JIRA_CREATOR, "creator|creador|ersteller|créateur" },
  { JIRA_CREATOR_ID, "creator id" },
  { JIRA_CREATED, "created|creada|erstellt|création" },
  { JIRA_UPDATED, "updated|actualizada|aktualisiert|mise à jour" },
  { JIRA_RESOLVED, "resolved|resuelta|erledigt|résolu" },
  { JIRA_DUE, "due date|fecha de vencimiento|fälligkeitsdatum|date d'échéance" },
  { JIRA_DESCRIPTION, "description|descripción|beschreibung" },
  { JIRA_ENVIRONMENT, "environment|entorno|umgebung|environnement" },
  { JIRA_LABELS, "labels|etiquetas|stichwörter|étiquettes" },
  { JIRA_SPRINT, "sprint" },
  { JIRA_FIX_VERSION, "fix versions|fix version/s|versiones de corrección|lösungsversionen|"
                      "version corrigée" },
  { JIRA_COMPONENT, "components|component/s|componentes|komponenten|composants" },
  { JIRA_PARENT, "parent|principal|übergeordnet|parent id" },
  { JIRA_PARENT_KEY, "parent key|clave principal" },
  { JIRA_PARENT_SUMMARY, "parent summary|resumen principal" },
  { JIRA_COMMENT, "comment|comments|comentario|kommentar|commentaire" },
  { JIRA_ATTACHMENT, "attachment|adjunto|anhang|pièce jointe" },
  { JIRA_PROJECT, "project name|nombre del proyecto|projektname|nom du projet" },
};

/* Custom fields, by the name in the parentheses. */
static const struct {
  JiraField   field;
  const char *names;
} custom_fields[] = {
  { JIRA_POINTS, "story points|story point estimate|puntos de historia|"
                 "estimación de puntos de historia|story-points|storypoints" },
  { JIRA_RANK, "rank|clasificación|rang" },
  { JIRA_EPIC_LINK, "epic link|enlace de épica|epic-verknüpfung|lien d'epic" },
  { JIRA_EPIC_NAME, "epic name|nombre de épica|epic-name|nom d'epic" },
};

static const char * const custom_prefixes[] = {
  "custom field (", "campo personalizado (", "benutzerdefiniertes feld (",
  "champ personnalisé (",
};

static gboolean
in_names (const char *folded,
          const char *names)
{
  g_auto(GStrv) each = g_strsplit (names, "|", -1);

  return g_strv_contains ((const char * const *) each, folded);
}

/**
 * _wp_jira_field_of:
 * @header: a column's name as the export writes it
 *
 * Returns: the #JiraField of the column, or -1 for one the import does not read
 */
int
_wp_jira_field_of (const char *header)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (header));
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);
  gsize length = strlen (folded);

  for (guint i = 0; i < G_N_ELEMENTS (custom_prefixes); i++)
    if (g_str_has_prefix (folded, custom_prefixes[i]) && length > 0 && folded[length - 1] == ')')
      {
        g_autofree char *inner = g_strndup (folded + strlen (custom_prefixes[i]),
                                            length - strlen (custom_prefixes[i]) - 1);

        for (guint j = 0; j < G_N_ELEMENTS (custom_fields); j++)
          if (in_names (inner, custom_fields[j].names))
            return custom_fields[j].field;
        return -1;
      }
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (in_names (folded, columns[i].names))
      return columns[i].field;
  /* Exports before 2020 had the story points without the wrapper on some servers. */
  for (guint j = 0; j < G_N_ELEMENTS (custom_fields); j++)
    if (custom_fields[j].field == JIRA_POINTS && in_names (folded, custom_fields[j].names))
      return JIRA_POINTS;

  return -1;
}

/**
 * _wp_jira_category:
 * @text: (nullable): a Status Category cell, in any of Jira's languages
 *
 * Returns: which it is
 */
JiraCategory
_wp_jira_category (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  g_strstrip (folded);
  if (in_names (folded, "to do|new|por hacer|zu erledigen|à faire|a fazer|da fare"))
    return JIRA_TO_DO;
  if (in_names (folded, "in progress|indeterminate|en curso|en progreso|in arbeit|en cours|"
                        "em andamento|in corso"))
    return JIRA_IN_PROGRESS;
  if (in_names (folded, "done|complete|listo|hecho|finalizado|fertig|erledigt|terminé|"
                        "concluído|completato"))
    return JIRA_DONE;

  return JIRA_UNKNOWN_CATEGORY;
}

/**
 * _wp_jira_kind:
 * @type: (nullable): an Issue Type cell
 *
 * Returns: the kind of item it is: Epic, Bug (and defects), Task (and sub-tasks), Spike, or
 *   a story for the rest
 */
const char *
_wp_jira_kind (const char *type)
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
    if (in_names (folded, months[m]))
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

/* "22/Sep/25 9:26 AM", or the "16/02/2017 15:26" of a spreadsheet that saved it again. */
static GDateTime *
parse_slashed (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 3);
  g_autofree char *year_text = NULL;
  char *rest, *end = NULL;
  gint64 day, month, year;
  int minutes = 0;

  if (g_strv_length (parts) != 3)
    return NULL;
  day = g_ascii_strtoll (parts[0], &end, 10);
  if (*end != '\0')
    return NULL;
  month = g_ascii_isdigit (parts[1][0]) ? g_ascii_strtoll (parts[1], &end, 10)
                                        : month_of (parts[1]);
  year = g_ascii_strtoll (parts[2], &rest, 10);
  if (rest == parts[2] || month < 1 || month > 12)
    return NULL;
  if (rest - parts[2] <= 2)
    year += 2000;
  g_strstrip (rest);
  if (*rest != '\0' && (minutes = minutes_of (rest)) < 0)
    return NULL;

  return day >= 1 && day <= 31 && year > 1900
         ? g_date_time_new_utc ((int) year, (int) month, (int) day, minutes / 60, minutes % 60, 0)
         : NULL;
}

/**
 * _wp_jira_parse_time:
 * @text: (nullable): a time as Jira's CSV writes it
 *
 * Reads a time of the export; it has no zone, and is taken as UTC.
 *
 * Returns: (transfer full) (nullable): the time, or %NULL for an empty cell or another text
 */
GDateTime *
_wp_jira_parse_time (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *time;

  if (trimmed[0] == '\0')
    return NULL;
  if ((time = parse_slashed (trimmed)) != NULL)
    return time;
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
