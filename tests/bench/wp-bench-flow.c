/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Benchmark of the flow charts (cycle time, cumulative flow) on the generated
 * product of 10,000 items, each given a year of status history: the first
 * frame (the items' histories read, then drawn) and a redraw (drawn from what
 * the first kept, as the Sprints page and the review do). Best of three, wall
 * time; it measures and never fails on time.
 */
#include "config.h"

#include "wp-bench.h"
#include "wp-chart.h"
#include "wp-date.h"
#include "wp-entity-private.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* "[{day, status}, …]": on the board @entered days before today, then a column further on
   every few days up to the item's own. */
static JsonNode *
history_of (GRand   *rand,
            guint32  today,
            guint    column,
            guint32 *last_day)
{
  static const char * const column_ids[] = { "todo", "doing", "review", "done" };
  JsonArray *changes = json_array_new ();
  guint32 day = today - g_rand_int_range (rand, 10, 365);

  for (guint c = 0; c <= column; c++)
    {
      JsonObject *change = json_object_new ();
      g_autofree char *text = wp_date_format (day);

      json_object_set_string_member (change, "day", text);
      json_object_set_string_member (change, "status", column_ids[c]);
      json_array_add_object_element (changes, change);
      *last_day = day;
      day = MIN (day + g_rand_int_range (rand, 1, 8), today);
    }

  return json_node_init_array (json_node_alloc (), changes);
}

/* Every item's history, and the done day of those done, as if kept for a year. */
static void
add_histories (WpDocument *document)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  guint32 today = wp_date_today ();

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *status = wp_entity_get_string (item, WP_ITEM_STATUS);
      guint column = g_str_equal (status, "todo") ? 0 : g_str_equal (status, "doing") ? 1
                     : g_str_equal (status, "review") ? 2 : 3;
      guint32 last_day;
      GValue value = G_VALUE_INIT;

      g_value_take_boxed (g_value_init (&value, JSON_TYPE_NODE),
                          history_of (rand, today, column, &last_day));
      _wp_entity_take_value (item, WP_ITEM_STATUS_HISTORY, &value);
      if (column == 3)
        _wp_entity_take_string (item, WP_ITEM_DONE, wp_date_format (last_day));
    }
}

static void
print_chart (WpDocument  *document,
             WpChartKind  kind,
             const char  *name)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (WP_TYPE_CHART_KIND);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 500);
  cairo_t *cr = cairo_create (surface);
  double first = G_MAXDOUBLE, redraw = G_MAXDOUBLE;
  guint32 today = wp_date_today ();
  WpChartStyle style;
  guint n = 0;

  wp_chart_style_init (&style, FALSE, 14);
  for (guint round = 0; round < 3; round++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) data = wp_chart_data (kind, document, NULL, today);

      wp_chart_draw (cr, kind, document, NULL, data, today, 1200, 500, &style);
      cairo_surface_flush (surface);
      first = MIN (first, seconds_since (start));
      start = g_get_monotonic_time ();
      wp_chart_draw (cr, kind, document, NULL, data, today, 1200, 500, &style);
      cairo_surface_flush (surface);
      redraw = MIN (redraw, seconds_since (start));
      n = data->len;
    }
  g_print ("| %-16s | %11u | %9.1f ms | %8.1f ms |\n", name, n, first * 1000, redraw * 1000);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/**
 * wp_bench_flow:
 *
 * Prints the flow charts' table.
 */
void
wp_bench_flow (void)
{
  g_autoptr(WpDocument) document = wp_bench_generate (10000);

  add_histories (document);
  g_print ("\nFlow charts of 10,000 items with a year of status history, the last 90 days, "
           "1200 x 500 pixels (best of three)\n\n");
  g_print ("| chart            | values      | first frame  | redraw      |\n");
  g_print ("|------------------|-------------|--------------|-------------|\n");
  print_chart (document, WP_CHART_CYCLE_TIME, "cycle time");
  print_chart (document, WP_CHART_FLOW, "cumulative flow");
}
