/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Days as the document holds them: the format writes a date as "2026-09-14",
 * the code counts Julian day numbers as GDate does (1 is 1 January of year
 * 1), so that days compare and subtract as numbers. Also today's day and a
 * span of days in words.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "wp-date.h"

/**
 * wp_date_parse:
 * @text: (nullable): a date as the format writes it, "2026-09-14"
 * @day: (out): its Julian day number
 *
 * Returns: whether @text is a valid date
 */
gboolean
wp_date_parse (const char *text,
               guint32    *day)
{
  g_autoptr(GDate) date = NULL;
  int year, month, mday;
  char rest;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &mday, &rest) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;

  date = g_date_new_dmy (mday, month, year);
  *day = g_date_get_julian (date);

  return TRUE;
}

/**
 * wp_date_format:
 * @day: a Julian day number
 *
 * Returns: (transfer full): the date as the format writes it
 */
char *
wp_date_format (guint32 day)
{
  g_autoptr(GDate) date = g_date_new_julian (MAX (day, 1));

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

guint32
wp_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                          g_date_time_get_month (now),
                                          g_date_time_get_year (now));

  return g_date_get_julian (date);
}

/**
 * wp_date_describe_span:
 * @start: the first day
 * @end: the last day
 *
 * Returns: (transfer full): the days in words, "14 Sep 2026 – 27 Nov 2026"
 */
char *
wp_date_describe_span (guint32 start,
                       guint32 end)
{
  g_autoptr(GDate) first = g_date_new_julian (MAX (start, 1));
  g_autoptr(GDate) last = g_date_new_julian (MAX (end, 1));
  char from[64], to[64];

  /* Translators: a date in a roadmap bar's description and drag label, see strftime();
     "14 Sep 2026" */
  g_date_strftime (from, sizeof from, _("%-d %b %Y"), first);
  g_date_strftime (to, sizeof to, _("%-d %b %Y"), last);

  /* Translators: a span of dates, "14 Sep 2026 – 27 Nov 2026" */
  return g_strdup_printf (_("%s – %s"), from, to);
}
