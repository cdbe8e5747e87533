/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How Jira's CSV export names its columns. They are found by their name,
 * never by their place, and Jira renamed them over the years ("Fix
 * Version/s", "Fix versions") and translates them into the user's language
 * (Spanish "Resumen"); custom fields are written "Custom field (Story
 * Points)", translated too.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <string.h>

#include "wp-import-words.h"
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
          if (wp_import_is_name (inner, custom_fields[j].names))
            return custom_fields[j].field;
        return -1;
      }
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (wp_import_is_name (folded, columns[i].names))
      return columns[i].field;
  /* Exports before 2020 had the story points without the wrapper on some servers. */
  for (guint j = 0; j < G_N_ELEMENTS (custom_fields); j++)
    if (custom_fields[j].field == JIRA_POINTS && wp_import_is_name (folded, custom_fields[j].names))
      return JIRA_POINTS;

  return -1;
}

/**
 * _wp_jira_is_header:
 * @header: a CSV file's first row
 *
 * Returns: whether the row names the columns as Jira's export does: a summary and a key or id
 */
gboolean
_wp_jira_is_header (const char * const *header)
{
  gboolean summary = FALSE, key = FALSE;

  for (guint i = 0; header[i] != NULL; i++)
    {
      int field = _wp_jira_field_of (header[i]);

      summary |= field == JIRA_SUMMARY;
      key |= field == JIRA_KEY || field == JIRA_ID;
    }

  return summary && key;
}
