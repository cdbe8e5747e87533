/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The arithmetic of the roadmap timeline, kept apart from drawing so that
 * the widget, the exporter and the tests share it: dates to pixels and back,
 * the axis unit for a zoom, snapping (to days when days are wide, to weeks
 * otherwise) and the ticks of the axis.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "wp-time-scale.h"

/* From this many pixels per day on, the axis counts days, weeks, months; below, quarters. */
#define DAY_UNIT_WIDTH   24.0
#define WEEK_UNIT_WIDTH   5.0
#define MONTH_UNIT_WIDTH  1.2

double
wp_time_scale_to_x (const WpTimeScale *self,
                    double             day)
{
  return (day - self->origin) * self->day_width;
}

double
wp_time_scale_to_day (const WpTimeScale *self,
                      double             x)
{
  return self->origin + x / self->day_width;
}

WpTimeUnit
wp_time_scale_get_unit (const WpTimeScale *self)
{
  if (self->day_width >= DAY_UNIT_WIDTH)
    return WP_TIME_UNIT_DAY;
  if (self->day_width >= WEEK_UNIT_WIDTH)
    return WP_TIME_UNIT_WEEK;
  if (self->day_width >= MONTH_UNIT_WIDTH)
    return WP_TIME_UNIT_MONTH;
  return WP_TIME_UNIT_QUARTER;
}

/* Bars snap to days where a day is wide enough to aim at, to weeks otherwise. */
guint
wp_time_scale_snap_days (const WpTimeScale *self)
{
  return wp_time_scale_get_unit (self) == WP_TIME_UNIT_DAY ? 1 : 7;
}

/* Julian day 1 was a Monday, so Mondays are the days with (day - 1) % 7 == 0. */
static guint32
nearest_monday (double day)
{
  double weeks = floor ((day - 1) / 7.0 + 0.5);

  return (guint32) MAX (weeks * 7 + 1, 1);
}

/**
 * wp_time_scale_snap:
 * @self: a scale
 * @day: a fractional day, where the pointer is
 *
 * Returns: the nearest day, or the nearest Monday when bars snap to weeks
 */
guint32
wp_time_scale_snap (const WpTimeScale *self,
                    double             day)
{
  if (wp_time_scale_snap_days (self) == 1)
    return (guint32) MAX (floor (day + 0.5), 1);

  return nearest_monday (day);
}

/**
 * wp_time_scale_next_tick:
 * @self: a scale
 * @day: a day
 *
 * Returns: the first start of an axis unit (a day, Monday, first of a month
 *   or of a quarter) after @day
 */
guint32
wp_time_scale_next_tick (const WpTimeScale *self,
                         guint32            day)
{
  g_autoptr(GDate) date = g_date_new_julian (MAX (day, 1));
  WpTimeUnit unit = wp_time_scale_get_unit (self);
  int month;

  switch (unit)
    {
    case WP_TIME_UNIT_DAY:
      return day + 1;
    case WP_TIME_UNIT_WEEK:
      return day + 7 - (day - 1) % 7;
    case WP_TIME_UNIT_MONTH:
    case WP_TIME_UNIT_QUARTER:
    default:
      month = g_date_get_month (date);
      g_date_set_day (date, 1);
      g_date_add_months (date, unit == WP_TIME_UNIT_MONTH ? 1 : 3 - (month - 1) % 3);
      return g_date_get_julian (date);
    }
}

/**
 * wp_time_scale_zoom:
 * @self: a scale
 * @factor: how much wider a day gets (below 1: narrower)
 * @anchor_x: the x that keeps showing the same moment, such as the pointer's
 *
 * Zooms within the limits a timeline can show.
 */
void
wp_time_scale_zoom (WpTimeScale *self,
                    double       factor,
                    double       anchor_x)
{
  double anchor_day = wp_time_scale_to_day (self, anchor_x);

  self->day_width = CLAMP (self->day_width * factor,
                           WP_TIME_SCALE_MIN_DAY_WIDTH, WP_TIME_SCALE_MAX_DAY_WIDTH);
  self->origin = anchor_day - anchor_x / self->day_width;
}

/**
 * wp_time_scale_fit:
 * @self: a scale
 * @first: the first day to show
 * @last: the last day to show
 * @width: the pixels to show them in
 *
 * Shows the days from @first to @last with a margin of a twentieth on
 * each side, as far as the zoom limits allow.
 */
void
wp_time_scale_fit (WpTimeScale *self,
                   guint32      first,
                   guint32      last,
                   double       width)
{
  double days = MAX ((double) last + 1 - first, 1.0);
  double margin = days / 20.0;

  self->day_width = CLAMP (width / (days + 2 * margin),
                           WP_TIME_SCALE_MIN_DAY_WIDTH, WP_TIME_SCALE_MAX_DAY_WIDTH);
  /* Centred, so that a short span under the zoom limit sits in the middle. */
  self->origin = first + days / 2.0 - width / self->day_width / 2.0;
}

/**
 * wp_time_scale_tick_label:
 * @self: a scale
 * @day: the start of an axis unit
 *
 * Returns: (transfer full): what the axis writes there, in the scale's unit
 */
char *
wp_time_scale_tick_label (const WpTimeScale *self,
                          guint32            day)
{
  g_autoptr(GDate) date = g_date_new_julian (MAX (day, 1));
  char text[64];

  switch (wp_time_scale_get_unit (self))
    {
    case WP_TIME_UNIT_DAY:
      if (g_date_get_day (date) == 1)
        /* Translators: the axis label of a month's first day when the roadmap shows days,
           see strftime(); "1 Dec" */
        g_date_strftime (text, sizeof text, _("%-d %b"), date);
      else
        /* Translators: an axis label when the roadmap shows days, see strftime(); "14" */
        g_date_strftime (text, sizeof text, _("%-d"), date);
      break;
    case WP_TIME_UNIT_WEEK:
      /* Translators: an axis label when the roadmap shows weeks, see strftime(); "14 Sep" */
      g_date_strftime (text, sizeof text, _("%-d %b"), date);
      break;
    case WP_TIME_UNIT_MONTH:
      /* Translators: an axis label when the roadmap shows months, see strftime(); "Sep 2026" */
      g_date_strftime (text, sizeof text, _("%b %Y"), date);
      break;
    case WP_TIME_UNIT_QUARTER:
    default:
      /* Translators: an axis label when the roadmap shows quarters: "Q3 2026" */
      return g_strdup_printf (_("Q%d %d"), (g_date_get_month (date) - 1) / 3 + 1,
                              g_date_get_year (date));
    }

  return g_strdup (text);
}
