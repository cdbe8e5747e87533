/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The flow charts, drawn as the sprint charts are (wp-chart.c): the
 * cycle-time scatterplot (a dot for each item done, by its done day and the
 * days it took, with the lines that 50, 85 and 95 of 100 of them did not
 * exceed) and the cumulative flow diagram (the items in each column at the
 * end of each day, stacked: done at the bottom, the board's first column on
 * top). Their data comes from WpFlow, for the days wp_flow_cycle_days() and
 * wp_flow_chart_days() give.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-chart-private.h"
#include "wp-date.h"
#include "wp-flow.h"
#include "wp-monte-carlo.h"

/* The percentiles the scatterplot draws. */
static const guint percents[] = { 50, 85, 95 };

/*
 * The bands of the cumulative flow diagram, from GNOME's palette: the done
 * column green, the others in turn.
 */
static const WpChartColor done_band = { 0x2e / 255.0, 0xc2 / 255.0, 0x7e / 255.0, 0.9 };
static const WpChartColor bands[] = {
  { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 0.9 },   /* blue */
  { 0xff / 255.0, 0x78 / 255.0, 0x00 / 255.0, 0.9 },   /* orange */
  { 0x91 / 255.0, 0x41 / 255.0, 0xac / 255.0, 0.9 },   /* purple */
  { 0xf6 / 255.0, 0xd3 / 255.0, 0x2d / 255.0, 0.9 },   /* yellow */
  { 0x98 / 255.0, 0x6a / 255.0, 0x44 / 255.0, 0.9 },   /* brown */
  { 0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0, 0.9 },   /* red */
};

GArray *
_wp_chart_flow_data (WpChartKind  kind,
                     WpDocument  *document,
                     WpEntity    *sprint,
                     guint32      today)
{
  guint32 from, to;

  if (kind == WP_CHART_CYCLE_TIME)
    {
      wp_flow_cycle_days (sprint, today, &from, &to);
      return wp_flow_cycle_points (wp_document_get_flow (document), from, to);
    }
  if (kind == WP_CHART_FLOW)
    {
      wp_flow_chart_days (sprint, today, &from, &to);
      return wp_flow_cumulative (wp_document_get_flow (document), from, to);
    }

  return NULL;
}

static double
day_x (WpChartPlot *plot,
       guint32      day,
       guint32      from,
       guint32      to)
{
  return plot->left + (plot->right - plot->left) * (day - from) / MAX (to - from, 1);
}

/* A dashed line across the plot at @days, named at its right end unless the line named last,
   at @named_at, is too near above. */
static void
draw_percentile (WpChartPlot *plot,
                 guint        percent,
                 guint        days,
                 double       top,
                 double      *named_at)
{
  double size = plot->style->text_size;
  double y = plot->bottom - (plot->bottom - plot->top) * days / top;
  g_autofree char *name = NULL;

  _wp_chart_set_color (plot->cr, &plot->style->ink);
  cairo_set_line_width (plot->cr, MAX (1.5, size / 8));
  cairo_set_dash (plot->cr, (double[]) { 4, 4 }, 2, 0);
  cairo_move_to (plot->cr, plot->left, y);
  cairo_line_to (plot->cr, plot->right, y);
  cairo_stroke (plot->cr);
  cairo_set_dash (plot->cr, NULL, 0, 0);
  if (y - *named_at < size * 1.3)
    return;
  /* Translators: a line of the cycle-time chart: "85%: 9 days" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u%%: %u day", "%u%%: %u days", days),
                          percent, days);
  _wp_chart_text (plot, name, plot->left, y - size * 1.35, plot->right - plot->left,
                  PANGO_ALIGN_RIGHT);
  *named_at = y;
}

void
_wp_chart_draw_cycle_time (WpChartPlot *plot,
                           GArray      *points,
                           WpEntity    *sprint,
                           guint32      today,
                           double       width,
                           double       height)
{
  g_autofree guint *sorted = NULL;
  double size = plot->style->text_size, top, named_at = -G_MAXDOUBLE;
  guint most;
  guint32 from, to;

  if (points->len == 0)
    {
      _wp_chart_message (plot, _("No item done in these days has a recorded start"), width,
                         height);
      return;
    }

  wp_flow_cycle_days (sprint, today, &from, &to);
  sorted = wp_flow_sorted_days (points);
  most = sorted[points->len - 1];
  top = _wp_chart_grid (plot, most);

  _wp_chart_set_color (plot->cr, &plot->style->accent);
  for (guint i = 0; i < points->len; i++)
    {
      WpCyclePoint *point = &g_array_index (points, WpCyclePoint, i);

      cairo_new_path (plot->cr);
      cairo_arc (plot->cr, day_x (plot, point->done, from, to),
                 plot->bottom - (plot->bottom - plot->top) * point->days / top, size * 0.25, 0,
                 2 * G_PI);
      cairo_fill (plot->cr);
    }
  /* From the highest line down, so that a name that would cover another's is left out. */
  for (guint i = G_N_ELEMENTS (percents); i > 0; i--)
    draw_percentile (plot, percents[i - 1],
                     wp_monte_carlo_at_most (sorted, points->len, percents[i - 1]), top,
                     &named_at);
  _wp_chart_day_labels (plot, from, to);
}

static const WpChartColor *
band_color (guint column,
            guint n_columns)
{
  return column + 1 == n_columns ? &done_band : &bands[column % G_N_ELEMENTS (bands)];
}

/* Legend entries a line holds: each at least seven text sizes wide. */
static guint
legend_per_line (WpChartPlot *plot,
                 guint        n_columns)
{
  return CLAMP ((guint) ((plot->right - plot->left) / (plot->style->text_size * 7)), 1,
                n_columns);
}

/* A swatch and the column's name for each band, in lines over the plot, which it moves down. */
static void
draw_legend (WpChartPlot *plot,
             GListModel  *columns,
             guint        n_columns)
{
  double size = plot->style->text_size;
  guint per_line = legend_per_line (plot, n_columns);
  double slot = (plot->right - plot->left) / per_line, top = plot->top;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, c);
      double x = plot->left + (c % per_line) * slot, y = top + (c / per_line) * size * 1.5;

      _wp_chart_set_color (plot->cr, band_color (c, n_columns));
      cairo_rectangle (plot->cr, x, y + size * 0.35, size * 0.8, size * 0.8);
      cairo_fill (plot->cr);
      _wp_chart_text (plot, wp_entity_get_display_name (column), x + size * 1.2, y,
                      slot - size * 1.6, PANGO_ALIGN_LEFT);
    }
  plot->top += ((n_columns + per_line - 1) / per_line) * size * 1.5 + size;
}

/* The items in the columns from @column to the last at the end of @day. */
static guint
stacked (const guint *counts,
         guint        n_columns,
         guint        day,
         guint        column)
{
  guint items = 0;

  for (guint c = column; c < n_columns; c++)
    items += counts[day * n_columns + c];

  return items;
}

/*
 * The band of @column: its upper edge left to right, its lower edge back. A single day is
 * drawn across the plot.
 */
static void
draw_band (WpChartPlot *plot,
           const guint *counts,
           guint        n_days,
           guint        n_columns,
           guint        column,
           double       top)
{
  guint n_points = MAX (n_days, 2);
  double step = (plot->right - plot->left) / (n_points - 1);
  double scale = (plot->bottom - plot->top) / top;

  cairo_new_path (plot->cr);
  for (guint p = 0; p < n_points; p++)
    cairo_line_to (plot->cr, plot->left + p * step,
                   plot->bottom - stacked (counts, n_columns, MIN (p, n_days - 1), column) * scale);
  for (guint p = n_points; p > 0; p--)
    cairo_line_to (plot->cr, plot->left + (p - 1) * step,
                   plot->bottom - stacked (counts, n_columns, MIN (p - 1, n_days - 1), column + 1) *
                                  scale);
  cairo_close_path (plot->cr);
  _wp_chart_set_color (plot->cr, band_color (column, n_columns));
  cairo_fill (plot->cr);
}

void
_wp_chart_draw_flow (WpChartPlot *plot,
                     WpDocument  *document,
                     GArray      *counts,
                     WpEntity    *sprint,
                     guint32      today,
                     double       width,
                     double       height)
{
  GListModel *columns = wp_document_get_list (document, WP_KIND_COLUMN);
  guint n_columns = g_list_model_get_n_items (columns);
  guint most = 0, n_days;
  guint32 from, to;
  double top;

  wp_flow_chart_days (sprint, today, &from, &to);
  n_days = to - from + 1;
  /* Counts made before a column was added or removed: drawn again once remade. */
  if (n_columns == 0 || counts->len != n_days * n_columns)
    return;
  for (guint d = 0; d < n_days; d++)
    {
      guint total = 0;

      for (guint c = 0; c < n_columns; c++)
        total += g_array_index (counts, guint, d * n_columns + c);
      most = MAX (most, total);
    }
  if (most == 0)
    {
      _wp_chart_message (plot, _("No item was on the board in these days"), width, height);
      return;
    }

  draw_legend (plot, columns, n_columns);
  if (plot->bottom - plot->top < plot->style->text_size * 2)
    return;
  top = _wp_chart_grid (plot, most);
  for (guint c = 0; c < n_columns; c++)
    draw_band (plot, (const guint *) (gpointer) counts->data, n_days, n_columns, c, top);
  _wp_chart_day_labels (plot, from, to);
}
