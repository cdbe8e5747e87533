/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `--export=forecast`: for each release with a line in the backlog, the
 * points and items left above it, and the days by which 50, 70, 85 and 95
 * of 100 simulated runs finish them, from velocity (sprints of past points)
 * and from throughput (days of past done counts), with the history each
 * forecast sampled and the day it starts from. The same simulations, seeds
 * and days as the Sprints page and the roadmap (docs/FORECASTS.md).
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <json-glib/json-glib.h>

#include "wp-date.h"
#include "wp-forecast-export.h"
#include "wp-throughput.h"
#include "wp-velocity.h"

#define RUNS 10000

/* What every release's forecasts share. */
typedef struct {
  WpDocument        *document;
  JsonBuilder       *builder;
  GArray            *velocities;   /* double, of the closed sprints */
  guint32            sprint_start;
  guint              sprint_days;
  GArray            *counts;       /* guint, done on each day of the period */
  guint32            today;
} Forecasts;

/* "2027-01-11", or null for no day (0). */
static void
add_day_value (JsonBuilder *builder,
               guint32      day)
{
  g_autofree char *text = day > 0 ? wp_date_format (day) : NULL;

  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
add_day (JsonBuilder *builder,
         const char  *name,
         guint32      day)
{
  json_builder_set_member_name (builder, name);
  add_day_value (builder, day);
}

static void
add_percent_name (JsonBuilder *builder,
                  guint        p)
{
  g_autofree char *name = g_strdup_printf ("%u", wp_percentiles[p]);

  json_builder_set_member_name (builder, name);
}

static void
add_velocity (Forecasts *f,
              WpEntity  *release,
              double     points)
{
  WpForecast forecast;

  json_builder_set_member_name (f->builder, "velocity");
  if (points <= 0 ||
      !wp_forecast_run ((const double *) (gpointer) f->velocities->data, f->velocities->len,
                        points, f->sprint_start, f->sprint_days,
                        g_str_hash (wp_entity_get_id (release)), RUNS, &forecast))
    {
      json_builder_add_null_value (f->builder);
      return;
    }
  json_builder_begin_object (f->builder);
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    {
      add_percent_name (f->builder, p);
      json_builder_begin_object (f->builder);
      json_builder_set_member_name (f->builder, "sprints");
      json_builder_add_int_value (f->builder, forecast.sprints[p]);
      add_day (f->builder, "day", forecast.days[p]);
      json_builder_end_object (f->builder);
    }
  json_builder_end_object (f->builder);
}

static void
add_throughput (Forecasts *f,
                WpEntity  *release,
                guint      items)
{
  guint32 days[WP_N_PERCENTILES];

  json_builder_set_member_name (f->builder, "throughput");
  if (items == 0 ||
      !wp_throughput_when ((const guint *) (gpointer) f->counts->data, f->counts->len, items, 1,
                           f->today, g_str_hash (wp_entity_get_id (release)), RUNS, days))
    {
      json_builder_add_null_value (f->builder);
      return;
    }
  json_builder_begin_object (f->builder);
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    {
      add_percent_name (f->builder, p);
      add_day_value (f->builder, days[p]);
    }
  json_builder_end_object (f->builder);
}

static void
add_release (Forecasts *f,
             WpEntity  *release)
{
  double points = wp_release_remaining_points (f->document, release);
  guint items = wp_release_remaining_items (f->document, release);
  const char *date = wp_entity_get_string (release, WP_RELEASE_DATE);

  json_builder_begin_object (f->builder);
  json_builder_set_member_name (f->builder, "id");
  json_builder_add_string_value (f->builder, wp_entity_get_id (release));
  json_builder_set_member_name (f->builder, "name");
  json_builder_add_string_value (f->builder, wp_entity_get_string (release, WP_RELEASE_NAME));
  json_builder_set_member_name (f->builder, "date");
  if (date != NULL)
    json_builder_add_string_value (f->builder, date);
  else
    json_builder_add_null_value (f->builder);
  json_builder_set_member_name (f->builder, "points_left");
  json_builder_add_double_value (f->builder, points);
  json_builder_set_member_name (f->builder, "items_left");
  json_builder_add_int_value (f->builder, items);
  add_velocity (f, release, points);
  add_throughput (f, release, items);
  json_builder_end_object (f->builder);
}

/* The sprints whose velocities the forecasts draw, and the sprints they count. */
static void
add_velocity_history (Forecasts *f)
{
  g_autoptr(GPtrArray) closed = wp_velocity_closed_sprints (f->document);

  json_builder_set_member_name (f->builder, "velocity");
  json_builder_begin_object (f->builder);
  json_builder_set_member_name (f->builder, "sprints");
  json_builder_begin_array (f->builder);
  for (guint i = 0; i < closed->len; i++)
    {
      WpEntity *sprint = g_ptr_array_index (closed, i);

      json_builder_begin_object (f->builder);
      json_builder_set_member_name (f->builder, "name");
      json_builder_add_string_value (f->builder, wp_entity_get_string (sprint, WP_SPRINT_NAME));
      json_builder_set_member_name (f->builder, "points");
      json_builder_add_double_value (f->builder, g_array_index (f->velocities, double, i));
      json_builder_end_object (f->builder);
    }
  json_builder_end_array (f->builder);
  add_day (f->builder, "first_sprint_starts", f->sprint_start);
  json_builder_set_member_name (f->builder, "sprint_days");
  json_builder_add_int_value (f->builder, f->sprint_days);
  json_builder_end_object (f->builder);
}

static void
add_throughput_history (Forecasts                *f,
                        const WpThroughputPeriod *period)
{
  guint done = 0;

  for (guint i = 0; i < f->counts->len; i++)
    done += g_array_index (f->counts, guint, i);
  json_builder_set_member_name (f->builder, "throughput");
  json_builder_begin_object (f->builder);
  add_day (f->builder, "from", period->first_day);
  add_day (f->builder, "to", period->last_day);
  json_builder_set_member_name (f->builder, "items_done");
  json_builder_add_int_value (f->builder, done);
  add_day (f->builder, "starts", f->today);
  json_builder_end_object (f->builder);
}

/**
 * wp_forecast_export:
 * @document: a document
 * @today: today, as a Julian day
 *
 * Returns: (transfer full): the forecasts of @document's releases as JSON
 */
GBytes *
wp_forecast_export (WpDocument *document,
                    guint32     today)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) velocities = wp_velocity_history (document);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GListModel *releases = wp_document_get_list (document, WP_KIND_RELEASE);
  WpThroughputPeriod period;
  g_autoptr(GArray) counts = NULL;
  Forecasts f = { document, builder, velocities, 0, 0, NULL, today };
  guint32 sprint_end;
  g_autofree char *text = NULL;
  gsize length;

  wp_throughput_period (today, WP_THROUGHPUT_DAYS, &period);
  counts = wp_throughput_counts (document, &period);
  f.counts = counts;
  wp_forecast_next_sprint (document, today, &f.sprint_start, &sprint_end);
  f.sprint_days = sprint_end - f.sprint_start + 1;

  json_builder_begin_object (builder);
  add_day (builder, "today", today);
  json_builder_set_member_name (builder, "runs");
  json_builder_add_int_value (builder, RUNS);
  json_builder_set_member_name (builder, "history");
  json_builder_begin_object (builder);
  add_velocity_history (&f);
  add_throughput_history (&f, &period);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "releases");
  json_builder_begin_array (builder);
  for (guint i = 0, n = g_list_model_get_n_items (releases); i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);

      if (wp_entity_get_string (release, WP_RELEASE_RANK) != NULL)
        add_release (&f, release);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (g_strconcat (text, "\n", NULL), length + 1);
}
