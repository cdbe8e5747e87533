/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The sprint charts, drawn with cairo so that the Sprints page, the review
 * on screen and its PDF show the same picture: the burndown of a sprint
 * (points left at the end of each day, beside the ideal straight line), the
 * velocity of the last closed sprints with their average, and the release
 * forecast (for each release with work left, the days by which half and 85
 * of 100 simulated futures are done). The flow charts are in wp-flow-chart.c.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-cairo.h"
#include "wp-chart-private.h"
#include "wp-date.h"
#include "wp-format.h"
#include "wp-roadmap-layout.h"
#include "wp-velocity.h"

/* Closed sprints the velocity chart shows. */
#define VELOCITY_BARS 6
/* Releases the forecast chart shows. */
#define FORECAST_ROWS 5

G_DEFINE_ENUM_TYPE (WpChartKind, wp_chart_kind,
                    G_DEFINE_ENUM_VALUE (WP_CHART_BURNDOWN, "burndown"),
                    G_DEFINE_ENUM_VALUE (WP_CHART_VELOCITY, "velocity"),
                    G_DEFINE_ENUM_VALUE (WP_CHART_FORECAST, "forecast"),
                    G_DEFINE_ENUM_VALUE (WP_CHART_CYCLE_TIME, "cycle-time"),
                    G_DEFINE_ENUM_VALUE (WP_CHART_FLOW, "flow"))

/* The slides that show a chart, and their charts. */
static const struct {
  WpSlideKind slide;
  WpChartKind chart;
} chart_slides[] = {
  { WP_SLIDE_BURNDOWN, WP_CHART_BURNDOWN },
  { WP_SLIDE_VELOCITY, WP_CHART_VELOCITY },
  { WP_SLIDE_FORECAST, WP_CHART_FORECAST },
  { WP_SLIDE_CYCLE_TIME, WP_CHART_CYCLE_TIME },
  { WP_SLIDE_FLOW, WP_CHART_FLOW },
};

/**
 * wp_chart_kind_of_slide:
 * @slide: a kind of review slide
 * @kind: (out): the chart it shows
 *
 * Returns: whether @slide shows a chart
 */
gboolean
wp_chart_kind_of_slide (WpSlideKind  slide,
                        WpChartKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_slides); i++)
    if (chart_slides[i].slide == slide)
      {
        *kind = chart_slides[i].chart;
        return TRUE;
      }

  return FALSE;
}

/* The review slide a chart is on: its heading and sentence describe the chart. */
WpSlideKind
wp_chart_kind_slide (WpChartKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_slides); i++)
    if (chart_slides[i].chart == kind)
      return chart_slides[i].slide;

  g_return_val_if_reached (WP_SLIDE_BURNDOWN);
}

/**
 * wp_chart_style_init:
 * @style: (out): the style
 * @dark: whether it goes on a dark background
 * @text_size: the size of the labels, in pixels or points
 *
 * Fills @style with libadwaita's colours for a light or dark background.
 */
void
wp_chart_style_init (WpChartStyle *style,
                     gboolean      dark,
                     double        text_size)
{
  /*
   * libadwaita's window foreground, accent (blue 3 and its dark variant) and a
   * grey of the foreground.
   */
  static const WpChartStyle light = { { 0, 0, 0, 0.8 },
                                      { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1 },
                                      { 0, 0, 0, 0.25 },
                                      { 1, 1, 1, 1 },
                                      0 };
  static const WpChartStyle night = { { 1, 1, 1, 1 },
                                      { 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, 1 },
                                      { 1, 1, 1, 0.3 },
                                      { 0, 0, 0, 0.8 },
                                      0 };

  *style = dark ? night : light;
  style->text_size = text_size;
}

void
_wp_chart_set_color (cairo_t            *cr,
                     const WpChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

double
_wp_chart_text_in (WpChartPlot        *plot,
                   const WpChartColor *color,
                   const char         *words,
                   double              x,
                   double              y,
                   double              width,
                   PangoAlignment      align)
{
  _wp_chart_set_color (plot->cr, color);

  return wp_cairo_text (plot->cr, words, x, y, width, plot->style->text_size, PANGO_WEIGHT_NORMAL,
                        align, WP_TEXT_ELLIPSIZE);
}

double
_wp_chart_text (WpChartPlot    *plot,
                const char     *words,
                double          x,
                double          y,
                double          width,
                PangoAlignment  align)
{
  return _wp_chart_text_in (plot, &plot->style->ink, words, x, y, width, align);
}

/* A round step for about four grid lines up to @top: 1, 2, 5, 10, 20… */
static double
grid_step (double top)
{
  double magnitude = pow (10, floor (log10 (MAX (top, 1) / 4)));

  for (guint i = 0; i < 3; i++)
    {
      static const double factors[] = { 1, 2, 5 };

      if (top / (factors[i] * magnitude) <= 5)
        return factors[i] * magnitude;
    }

  return 10 * magnitude;
}

/*
 * Horizontal grid lines with their numbers, the plot narrowed on the left when the top number
 * needs more room than it has (10000 items); returns the scale's top.
 */
double
_wp_chart_grid (WpChartPlot *plot,
                double       most)
{
  double step = grid_step (most);
  double top = MAX (step, ceil (most / step) * step);
  double size = plot->style->text_size;
  g_autofree char *widest = wp_format_number (top);

  plot->left = MAX (plot->left, wp_cairo_text_width (plot->cr, widest, size) + size);

  cairo_set_line_width (plot->cr, 1);
  for (double value = 0; value <= top + step / 2; value += step)
    {
      double y = plot->bottom - (plot->bottom - plot->top) * value / top;
      g_autofree char *number = wp_format_number (value);

      _wp_chart_set_color (plot->cr, &plot->style->muted);
      cairo_move_to (plot->cr, plot->left, round (y) + 0.5);
      cairo_line_to (plot->cr, plot->right, round (y) + 0.5);
      cairo_stroke (plot->cr);
      _wp_chart_text (plot, number, 0, y - size * 0.7, plot->left - size * 0.5, PANGO_ALIGN_RIGHT);
    }

  return top;
}

/* The first and the last day under the plot, at its ends, each in its half: never over another. */
void
_wp_chart_day_labels (WpChartPlot *plot,
                      guint32      first,
                      guint32      last)
{
  g_autofree char *first_day = wp_format_day (first);
  g_autofree char *last_day = wp_format_day (last);
  double y = plot->bottom + plot->style->text_size * 0.4;
  double half = (plot->right - plot->left) / 2;

  _wp_chart_text (plot, first_day, plot->left, y, half - plot->style->text_size * 0.25,
                  PANGO_ALIGN_LEFT);
  _wp_chart_text (plot, last_day, plot->left + half, y, half, PANGO_ALIGN_RIGHT);
}

void
_wp_chart_message (WpChartPlot *plot,
                   const char  *words,
                   double       width,
                   double       height)
{
  _wp_chart_text (plot, words, 0, height / 2 - plot->style->text_size, width, PANGO_ALIGN_CENTER);
}

static void
draw_burndown (WpChartPlot *plot,
               WpDocument  *document,
               WpEntity    *sprint,
               guint32      today,
               double       width,
               double       height)
{
  g_autoptr(GArray) remaining = wp_sprint_burndown (document, sprint);
  double committed = wp_sprint_committed_points (document, sprint);
  guint32 start, end;
  guint shown;
  double top, day_width;

  if (remaining->len == 0 || !wp_sprint_get_days (sprint, &start, &end))
    {
      _wp_chart_message (plot, _("No dates, no burndown"), width, height);
      return;
    }

  top = _wp_chart_grid (plot, committed);
  day_width = (plot->right - plot->left) / MAX (remaining->len - 1, 1);

  /* The ideal: an even pace from everything to nothing. */
  _wp_chart_set_color (plot->cr, &plot->style->muted);
  cairo_set_line_width (plot->cr, MAX (2, plot->style->text_size / 6));
  cairo_set_dash (plot->cr, (double[]) { 6, 6 }, 2, 0);
  cairo_move_to (plot->cr, plot->left, plot->bottom - (plot->bottom - plot->top) * committed / top);
  cairo_line_to (plot->cr, plot->right, plot->bottom);
  cairo_stroke (plot->cr);
  cairo_set_dash (plot->cr, NULL, 0, 0);

  /* What happened, up to the end of today: the first value is the start of the first day. */
  shown = today < start ? 0 : MIN (remaining->len, today - start + 2);
  _wp_chart_set_color (plot->cr, &plot->style->accent);
  cairo_set_line_width (plot->cr, MAX (3, plot->style->text_size / 4));
  for (guint i = 0; i < shown; i++)
    {
      double x = plot->left + i * day_width;
      double y = plot->bottom -
                 (plot->bottom - plot->top) * g_array_index (remaining, double, i) / top;

      if (i == 0)
        cairo_move_to (plot->cr, x, y);
      else
        cairo_line_to (plot->cr, x, y);
    }
  cairo_stroke (plot->cr);

  _wp_chart_day_labels (plot, start, end);
}

static void
draw_velocity (WpChartPlot *plot,
               WpDocument  *document,
               double       width,
               double       height)
{
  g_autoptr(GPtrArray) closed = wp_velocity_closed_sprints (document);
  g_autoptr(GArray) velocities = wp_velocity_history (document);
  guint first = closed->len > VELOCITY_BARS ? closed->len - VELOCITY_BARS : 0;
  guint n = closed->len - first;
  double average = wp_velocity_average (document, 3);
  double most = average, top, slot;

  if (n == 0)
    {
      _wp_chart_message (plot, _("No closed sprints yet"), width, height);
      return;
    }

  for (guint i = first; i < closed->len; i++)
    most = MAX (most, g_array_index (velocities, double, i));
  top = _wp_chart_grid (plot, most);
  slot = (plot->right - plot->left) / n;

  /*
   * The average of the last three, what the capacity gauge plans with, behind
   * the bars and their numbers.
   */
  _wp_chart_set_color (plot->cr, &plot->style->ink);
  cairo_set_line_width (plot->cr, MAX (2, plot->style->text_size / 6));
  cairo_set_dash (plot->cr, (double[]) { 6, 6 }, 2, 0);
  cairo_move_to (plot->cr, plot->left, plot->bottom - (plot->bottom - plot->top) * average / top);
  cairo_line_to (plot->cr, plot->right, plot->bottom - (plot->bottom - plot->top) * average / top);
  cairo_stroke (plot->cr);
  cairo_set_dash (plot->cr, NULL, 0, 0);
  for (guint i = 0; i < n; i++)
    {
      WpEntity *sprint = g_ptr_array_index (closed, first + i);
      double points = g_array_index (velocities, double, first + i);
      double bar = (plot->bottom - plot->top) * points / top;
      double x = plot->left + i * slot;
      g_autofree char *number = wp_format_number (points);

      _wp_chart_set_color (plot->cr, &plot->style->accent);
      cairo_rectangle (plot->cr, x + slot * 0.2, plot->bottom - bar, slot * 0.6, bar);
      cairo_fill (plot->cr);
      /* The number inside the bar's top; above a bar too short for it. */
      if (bar > plot->style->text_size * 1.8)
        _wp_chart_text_in (plot, &plot->style->on_accent, number, x,
                           plot->bottom - bar + plot->style->text_size * 0.3, slot,
                           PANGO_ALIGN_CENTER);
      else
        _wp_chart_text (plot, number, x, plot->bottom - bar - plot->style->text_size * 1.4, slot,
                        PANGO_ALIGN_CENTER);
      _wp_chart_text (plot, wp_entity_get_display_name (sprint), x,
                      plot->bottom + plot->style->text_size * 0.4, slot, PANGO_ALIGN_CENTER);
    }

}

/* One row a release: a track from today, its 50% day as a dot and its 85% day as a ring. */
static void
draw_forecast (WpChartPlot *plot,
               GArray      *forecasts,
               guint32      today,
               double       width,
               double       height)
{
  guint n_rows = MIN (forecasts->len, FORECAST_ROWS);
  double size = plot->style->text_size;
  double names = (plot->right - plot->left) * 0.3;
  guint32 last = today + 1;
  double row_height;

  for (guint i = 0; i < n_rows; i++)
    last = MAX (last, g_array_index (forecasts, WpReleaseForecast, i).forecast.days[WP_P85]);
  if (n_rows == 0)
    {
      _wp_chart_message (plot,
                         _("No forecast: it needs a closed sprint and a release with work left"),
                         width, height);
      return;
    }

  row_height = (plot->bottom - plot->top) / n_rows;
  for (guint i = 0; i < n_rows; i++)
    {
      WpReleaseForecast *row = &g_array_index (forecasts, WpReleaseForecast, i);
      double y = plot->top + row_height * (i + 0.5);
      double left = plot->left + names, span = plot->right - left - size * 6;
      double scale = span / ((double) last - today);
      double x50 = left + scale * MAX ((double) row->forecast.days[WP_P50] - today, 0);
      double x85 = left + scale * MAX ((double) row->forecast.days[WP_P85] - today, 0);
      g_autofree char *p50 = wp_format_day (row->forecast.days[WP_P50]);
      g_autofree char *p85 = wp_format_day (row->forecast.days[WP_P85]);

      _wp_chart_text (plot, wp_entity_get_display_name (row->release), plot->left,
                      y - size * 0.7, names - size, PANGO_ALIGN_LEFT);
      _wp_chart_set_color (plot->cr, &plot->style->muted);
      cairo_set_line_width (plot->cr, MAX (2, size / 5));
      cairo_move_to (plot->cr, left, y);
      cairo_line_to (plot->cr, x85, y);
      cairo_stroke (plot->cr);
      _wp_chart_set_color (plot->cr, &plot->style->accent);
      cairo_arc (plot->cr, x50, y, size * 0.45, 0, 2 * G_PI);
      cairo_fill (plot->cr);
      cairo_arc (plot->cr, x85, y, size * 0.45, 0, 2 * G_PI);
      cairo_stroke (plot->cr);
      _wp_chart_text (plot, p50, x50 - size * 5, y - size * 2.1, size * 10, PANGO_ALIGN_CENTER);
      if (row->forecast.days[WP_P85] != row->forecast.days[WP_P50])
        _wp_chart_text (plot, p85, x85 - size * 5, y + size * 0.6, size * 10, PANGO_ALIGN_CENTER);
    }
  /* Translators: the legend of the release forecast chart */
  _wp_chart_text (plot, _("● likely (50%)   ○ safe (85%)"), plot->left,
                  plot->bottom + size * 0.4, 0, PANGO_ALIGN_LEFT);
}

/**
 * wp_chart_data:
 * @kind: which chart
 * @document: a document
 * @sprint: (nullable): the sprint the chart is about
 * @today: today, as a Julian day
 *
 * What a chart shows that takes long to find (a simulation, every item's
 * history), made once for the frames that draw it again.
 *
 * Returns: (transfer full) (nullable): the release forecasts, the cycle-time
 *   points or the cumulative counts; %NULL for a chart that needs nothing
 */
GArray *
wp_chart_data (WpChartKind  kind,
               WpDocument  *document,
               WpEntity    *sprint,
               guint32      today)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  if (kind == WP_CHART_FORECAST)
    return wp_release_forecasts (document, today);

  return _wp_chart_flow_data (kind, document, sprint, today);
}

/**
 * wp_chart_draw:
 * @cr: where to draw
 * @kind: which chart
 * @document: a document
 * @sprint: (nullable): the sprint the chart is about
 * @data: (nullable): what wp_chart_data() gave for the same chart, when the
 *   caller keeps it; else it is made
 * @today: today, as a Julian day
 * @width: the chart's width
 * @height: the chart's height
 * @style: its colours and text size
 *
 * Draws a chart into the rectangle from (0, 0) to (@width, @height).
 */
void
wp_chart_draw (cairo_t            *cr,
               WpChartKind         kind,
               WpDocument         *document,
               WpEntity           *sprint,
               GArray             *data,
               guint32             today,
               double              width,
               double              height,
               const WpChartStyle *style)
{
  WpChartPlot plot = { cr, style, style->text_size * 3.5, style->text_size,
                       width - style->text_size, height - style->text_size * 2 };
  g_autoptr(GArray) made = NULL;

  g_return_if_fail (WP_IS_DOCUMENT (document));

  if (plot.right <= plot.left || plot.bottom <= plot.top)
    return;
  if (data == NULL)
    data = made = wp_chart_data (kind, document, sprint, today);

  cairo_save (cr);
  if (kind == WP_CHART_BURNDOWN && sprint != NULL)
    draw_burndown (&plot, document, sprint, today, width, height);
  else if (kind == WP_CHART_VELOCITY)
    draw_velocity (&plot, document, width, height);
  else if (kind == WP_CHART_FORECAST)
    draw_forecast (&plot, data, today, width, height);
  else if (kind == WP_CHART_CYCLE_TIME)
    _wp_chart_draw_cycle_time (&plot, data, sprint, today, width, height);
  else if (kind == WP_CHART_FLOW)
    _wp_chart_draw_flow (&plot, document, data, sprint, today, width, height);
  cairo_restore (cr);
}
