/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers and dates as people read them: on the pages, on slides and in exports. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "wp-date.h"
#include "wp-format.h"

/* Points as typed: 3, 0.5, 13; "" for none. */
char *
wp_format_number (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (number < 0)
    return g_strdup ("");

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", number));
}

/* A score to a tenth: 48, 0.3, 1234.5; "" for none. */
char *
wp_format_score (double score)
{
  return wp_format_number (score < 0 ? score : round (score * 10) / 10);
}

/* "2026-12-15" as people read a date. */
char *
wp_format_date (const char *date)
{
  int year, month, day;
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;
  time = g_date_time_new_local (year, month, day, 0, 0, 0);

  if (time == NULL)
    return NULL;

  /* Translators: the date of a release line, see g_date_time_format(); "15 Dec 2026" */
  return g_date_time_format (time, _("%-d %b %Y"));
}

/* A Julian day as people read it. */
char *
wp_format_day (guint32 day)
{
  g_autofree char *date = wp_date_format (day);

  return wp_format_date (date);
}

/* "1 point", "2.5 points": an estimate on a slide or in a list. */
char *
wp_format_points (double points)
{
  g_autofree char *number = wp_format_number (points);

  /* Translators: an item's estimate; plural by the whole number */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s point", "%s points", (gulong) points),
                          number);
}
