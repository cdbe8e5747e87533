/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Sprint numbers for the Sprints page, its charts and the sprint review:
 * the points a sprint committed to (its items' estimates) and completed
 * (those of its items with a done date), the velocity of closed sprints,
 * the burndown of a sprint from the days its items were done, and a release
 * forecast: a Monte Carlo simulation that draws past velocities at random
 * until the remaining points are done, many times, and tells after how many
 * sprints half and 85 of 100 runs were done. Items without an estimate count
 * zero points.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <stdlib.h>

#include "wp-sprint-plan.h"
#include "wp-time-scale.h"
#include "wp-velocity.h"

static double
points_of (WpEntity *item)
{
  return MAX (wp_entity_get_number (item, WP_ITEM_ESTIMATE), 0);
}

static gboolean
in_sprint (WpEntity *item,
           WpEntity *sprint)
{
  return g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), wp_entity_get_id (sprint)) == 0;
}

/* Adds up the points of the sprint's items, of all or of those done by @day (G_MAXUINT32 for any day). */
static double
sum_points (WpDocument *document,
            WpEntity   *sprint,
            gboolean    done_only,
            guint32     day)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  double points = 0;

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      guint32 done = 0;

      if (!in_sprint (item, sprint))
        continue;
      if (done_only && (!wp_date_parse (wp_entity_get_string (item, WP_ITEM_DONE), &done) || done > day))
        continue;
      points += points_of (item);
    }

  return points;
}

/**
 * wp_sprint_committed_points:
 * @document: a document
 * @sprint: one of its sprints
 *
 * Returns: the estimated points of the items planned into @sprint
 */
double
wp_sprint_committed_points (WpDocument *document,
                            WpEntity   *sprint)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), 0);

  return sum_points (document, sprint, FALSE, G_MAXUINT32);
}

/**
 * wp_sprint_completed_points:
 * @document: a document
 * @sprint: one of its sprints
 *
 * Returns: the estimated points of the items of @sprint that are done
 */
double
wp_sprint_completed_points (WpDocument *document,
                            WpEntity   *sprint)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), 0);

  return sum_points (document, sprint, TRUE, G_MAXUINT32);
}

static int
compare_ends (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (wp_entity_get_string (*(WpEntity **) a, WP_SPRINT_END),
                    wp_entity_get_string (*(WpEntity **) b, WP_SPRINT_END));
}

/**
 * wp_velocity_closed_sprints:
 * @document: a document
 *
 * Returns: (transfer full) (element-type WpSprint): the closed sprints by
 *   end date, the latest last
 */
GPtrArray *
wp_velocity_closed_sprints (WpDocument *document)
{
  GListModel *sprints;
  GPtrArray *closed = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (WP_IS_DOCUMENT (document), closed);

  sprints = wp_document_get_list (document, WP_KIND_SPRINT);
  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      WpEntity *sprint = g_list_model_get_item (sprints, i);

      if (g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_STATE), "closed") == 0)
        g_ptr_array_add (closed, sprint);
      else
        g_object_unref (sprint);
    }
  g_ptr_array_sort (closed, compare_ends);

  return closed;
}

/**
 * wp_velocity_history:
 * @document: a document
 *
 * Returns: (transfer full) (element-type double): the completed points of
 *   each closed sprint, by end date, the latest last
 */
GArray *
wp_velocity_history (WpDocument *document)
{
  g_autoptr(GPtrArray) closed = wp_velocity_closed_sprints (document);
  GArray *velocities = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < closed->len; i++)
    {
      double points = wp_sprint_completed_points (document, g_ptr_array_index (closed, i));

      g_array_append_val (velocities, points);
    }

  return velocities;
}

/**
 * wp_velocity_average:
 * @document: a document
 * @last: how many of the latest closed sprints to average, 3 for a capacity gauge
 *
 * Returns: their average completed points, or 0 without closed sprints
 */
double
wp_velocity_average (WpDocument *document,
                     guint       last)
{
  g_autoptr(GArray) velocities = wp_velocity_history (document);
  guint first = velocities->len > last ? velocities->len - last : 0;
  double sum = 0;

  if (velocities->len == 0 || last == 0)
    return 0;

  for (guint i = first; i < velocities->len; i++)
    sum += g_array_index (velocities, double, i);

  return sum / (velocities->len - first);
}

/**
 * wp_sprint_burndown:
 * @document: a document
 * @sprint: one of its sprints, with a start and an end
 *
 * Returns: (transfer full) (element-type double): the points not yet done at
 *   the end of each day from the start to the end, both included; empty
 *   without dates
 */
GArray *
wp_sprint_burndown (WpDocument *document,
                    WpEntity   *sprint)
{
  GArray *remaining = g_array_new (FALSE, FALSE, sizeof (double));
  guint32 start, end;
  double committed;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), remaining);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), remaining);

  if (!wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_START), &start) ||
      !wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_END), &end) || end < start)
    return remaining;

  committed = wp_sprint_committed_points (document, sprint);
  for (guint32 day = start; day <= end; day++)
    {
      double left = committed - sum_points (document, sprint, TRUE, day);

      g_array_append_val (remaining, left);
    }

  return remaining;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/**
 * wp_forecast_run:
 * @velocities: (array length=n_velocities): the completed points of past sprints
 * @n_velocities: how many
 * @remaining: the points still to do
 * @first_day: the first day of the next sprint, as a Julian day
 * @sprint_days: how long a sprint is
 * @seed: the seed of the random draws, so that the same numbers give the same forecast
 * @runs: how many times to simulate, 10,000 for a stable answer
 * @forecast: (out): the sprints needed, and the days they end
 *
 * Returns: whether there is a forecast: %FALSE without a past sprint that completed points
 */
gboolean
wp_forecast_run (const double *velocities,
                 guint         n_velocities,
                 double        remaining,
                 guint32       first_day,
                 guint         sprint_days,
                 guint32       seed,
                 guint         runs,
                 WpForecast   *forecast)
{
  g_autoptr(GRand) rand = NULL;
  g_autofree guint *needed = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (forecast != NULL, FALSE);
  g_return_val_if_fail (runs > 0 && sprint_days > 0, FALSE);

  for (guint i = 0; i < n_velocities; i++)
    any |= velocities[i] > 0;
  if (!any)
    return FALSE;

  rand = g_rand_new_with_seed (seed);
  needed = g_new (guint, runs);
  for (guint run = 0; run < runs; run++)
    {
      double done = 0;
      guint sprints = 0;

      while (done < remaining)
        {
          done += velocities[g_rand_int_range (rand, 0, (gint32) n_velocities)];
          sprints++;
        }
      needed[run] = sprints;
    }
  qsort (needed, runs, sizeof (guint), compare_counts);

  /* The run at the percentile, counting up: 85 of 100 runs needed at most this many. */
  forecast->sprints_p50 = needed[(runs * 50 + 99) / 100 - 1];
  forecast->sprints_p85 = needed[(runs * 85 + 99) / 100 - 1];
  forecast->day_p50 = first_day + forecast->sprints_p50 * sprint_days - 1;
  forecast->day_p85 = first_day + forecast->sprints_p85 * sprint_days - 1;

  return TRUE;
}

/**
 * wp_release_remaining_points:
 * @document: a document
 * @release: one of its releases
 *
 * Returns: the points of the items above @release's line that are not done
 */
double
wp_release_remaining_points (WpDocument *document,
                             WpEntity   *release)
{
  GListModel *items;
  const char *line;
  double points = 0;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (WP_IS_RELEASE (release), 0);

  line = wp_entity_get_string (release, WP_RELEASE_RANK);
  if (line == NULL)
    return 0;

  items = wp_document_get_list (document, WP_KIND_ITEM);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (wp_entity_get_string (item, WP_ITEM_DONE) == NULL &&
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_RANK), line) < 0)
        points += points_of (item);
    }

  return points;
}

/**
 * wp_release_forecast:
 * @document: a document
 * @release: one of its releases
 * @today: today, as a Julian day
 * @forecast: (out): when the work above its line is done
 *
 * Forecasts from the sprint after the latest one, sprints as long as it,
 * over the velocities of all closed sprints, 10,000 runs seeded by the
 * release's id: the same document gives the same dates on screen, in the
 * review and in its PDF.
 *
 * Returns: whether there is a forecast: %FALSE without a closed sprint that
 *   completed points
 */
gboolean
wp_release_forecast (WpDocument *document,
                     WpEntity   *release,
                     guint32     today,
                     WpForecast *forecast)
{
  g_autoptr(GArray) velocities = NULL;
  guint32 start, end;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (WP_IS_RELEASE (release), FALSE);

  velocities = wp_velocity_history (document);
  wp_sprint_next_dates (document, today, &start, &end);

  return wp_forecast_run ((const double *) (gpointer) velocities->data, velocities->len,
                          wp_release_remaining_points (document, release),
                          start, end - start + 1, g_str_hash (wp_entity_get_id (release)),
                          10000, forecast);
}
