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

#include <glib/gi18n.h>
#include <string.h>

#include "wp-date.h"
#include "wp-format.h"
#include "wp-sprint-plan.h"
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

/**
 * wp_sprint_items:
 * @document: a document
 * @sprint: one of its sprints
 * @done: whether the items done or the items not done
 *
 * Returns: (transfer full) (element-type WpItem): those of @sprint's items,
 *   in rank order
 */
GPtrArray *
wp_sprint_items (WpDocument *document,
                 WpEntity   *sprint,
                 gboolean    done)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      WpEntity *item = g_list_model_get_item (items, i);

      if (in_sprint (item, sprint) && (wp_entity_get_string (item, WP_ITEM_DONE) != NULL) == done)
        g_ptr_array_add (found, item);
      else
        g_object_unref (item);
    }

  return found;
}

/**
 * wp_items_points:
 * @items: (element-type WpItem): items
 *
 * Returns: their estimated points, those without an estimate counting zero
 */
double
wp_items_points (GPtrArray *items)
{
  double points = 0;

  for (guint i = 0; i < items->len; i++)
    points += points_of (g_ptr_array_index (items, i));

  return points;
}

/* Adds up the points of the sprint's items, of all or of those done. */
static double
sum_points (WpDocument *document,
            WpEntity   *sprint,
            gboolean    done_only)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  double points = 0;

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (!in_sprint (item, sprint))
        continue;
      if (done_only && wp_entity_get_string (item, WP_ITEM_DONE) == NULL)
        continue;
      points += points_of (item);
    }

  return points;
}

/* A closed sprint keeps what it committed to: its unfinished items have left it. */
static gboolean
stored_committed (WpEntity *sprint,
                  double   *committed)
{
  if (g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_STATE), "closed") != 0 ||
      wp_entity_get_number (sprint, WP_SPRINT_COMMITTED_POINTS) < 0)
    return FALSE;

  *committed = wp_entity_get_number (sprint, WP_SPRINT_COMMITTED_POINTS);

  return TRUE;
}

/**
 * wp_sprint_points_table:
 * @document: a document
 *
 * Adds up every sprint's points in one pass over the items: pages and
 * charts that show many sprints ask this once, not once a sprint.
 *
 * Returns: (transfer full) (element-type utf8 WpSprintPoints): the points
 *   of each sprint with items, by the sprint's id
 */
GHashTable *
wp_sprint_points_table (WpDocument *document)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  GListModel *sprints;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *sprint = wp_entity_get_string (item, WP_ITEM_SPRINT);
      WpSprintPoints *points;

      if (sprint == NULL)
        continue;
      points = g_hash_table_lookup (table, sprint);
      if (points == NULL)
        g_hash_table_insert (table, g_strdup (sprint), points = g_new0 (WpSprintPoints, 1));
      points->committed += points_of (item);
      if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL)
        points->completed += points_of (item);
    }

  sprints = wp_document_get_list (document, WP_KIND_SPRINT);
  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      WpSprintPoints *points = g_hash_table_lookup (table, wp_entity_get_id (sprint));
      double committed;

      if (!stored_committed (sprint, &committed))
        continue;
      if (points == NULL)
        {
          points = g_new0 (WpSprintPoints, 1);
          g_hash_table_insert (table, g_strdup (wp_entity_get_id (sprint)), points);
        }
      points->committed = committed;
    }

  return table;
}

/**
 * wp_sprint_committed_points:
 * @document: a document
 * @sprint: one of its sprints
 *
 * Returns: the estimated points of the items planned into @sprint, or
 *   for a closed sprint, of those it had when it closed
 */
double
wp_sprint_committed_points (WpDocument *document,
                            WpEntity   *sprint)
{
  double committed;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), 0);

  if (stored_committed (sprint, &committed))
    return committed;

  return sum_points (document, sprint, FALSE);
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

  return sum_points (document, sprint, TRUE);
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
 *   each closed sprint, by end date, the latest last, as
 *   wp_velocity_closed_sprints() lists them
 */
GArray *
wp_velocity_history (WpDocument *document)
{
  g_autoptr(GPtrArray) closed = wp_velocity_closed_sprints (document);
  g_autoptr(GHashTable) table = wp_sprint_points_table (document);
  GArray *velocities = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < closed->len; i++)
    {
      WpEntity *sprint = g_ptr_array_index (closed, i);
      WpSprintPoints *points = g_hash_table_lookup (table, wp_entity_get_id (sprint));
      double completed = points != NULL ? points->completed : 0;

      g_array_append_val (velocities, completed);
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
 * Returns: (transfer full) (element-type double): the points committed as
 *   the sprint starts, then the points not yet done at the end of each day
 *   from the start to the end, both included (one more value than the
 *   sprint has days); empty without dates
 */
GArray *
wp_sprint_burndown (WpDocument *document,
                    WpEntity   *sprint)
{
  GArray *remaining = g_array_new (FALSE, TRUE, sizeof (double));
  GListModel *items;
  guint32 start, end;
  double committed;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), remaining);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), remaining);

  if (!wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_START), &start) ||
      !wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_END), &end) || end < start)
    return remaining;

  items = wp_document_get_list (document, WP_KIND_ITEM);
  committed = wp_sprint_committed_points (document, sprint);

  /* What each day finished, in one pass; items done before the start count on the first day. */
  g_array_set_size (remaining, end - start + 2);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      guint32 done;

      if (in_sprint (item, sprint) &&
          wp_date_parse (wp_entity_get_string (item, WP_ITEM_DONE), &done) && done <= end)
        g_array_index (remaining, double, MAX (done, start) - start + 1) += points_of (item);
    }
  for (guint day = 0; day < remaining->len; day++)
    {
      committed -= g_array_index (remaining, double, day);
      g_array_index (remaining, double, day) = committed;
    }

  return remaining;
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
  g_autofree guint *needed = NULL;
  guint64 state = seed;
  gboolean any = FALSE;

  g_return_val_if_fail (forecast != NULL, FALSE);
  g_return_val_if_fail (runs > 0 && sprint_days > 0, FALSE);

  for (guint i = 0; i < n_velocities; i++)
    any |= velocities[i] > 0;
  if (!any)
    return FALSE;

  needed = g_new (guint, runs);
  for (guint run = 0; run < runs; run++)
    {
      double done = 0;
      guint sprints = 0;

      while (done < remaining)
        {
          done += velocities[wp_monte_carlo_draw (&state, n_velocities)];
          sprints++;
        }
      needed[run] = sprints;
    }
  wp_monte_carlo_sort (needed, runs);
  for (guint p = 0; p < WP_N_PERCENTILES; p++)
    {
      forecast->sprints[p] = wp_monte_carlo_at_most (needed, runs, wp_percentiles[p]);
      forecast->days[p] = first_day + forecast->sprints[p] * sprint_days - 1;
    }

  return TRUE;
}

/**
 * wp_forecast_next_sprint:
 * @document: a document
 * @today: today, as a Julian day
 * @start: (out): the first day of the first sprint a forecast counts
 * @end: (out): its last day
 *
 * The sprint after the latest one, as long as it; after a pause between
 * sprints, from today. Every velocity forecast counts sprints from it.
 */
void
wp_forecast_next_sprint (WpDocument *document,
                         guint32     today,
                         guint32    *start,
                         guint32    *end)
{
  wp_sprint_next_dates (document, today, start, end);
  if (*start < today)
    {
      *end += today - *start;
      *start = today;
    }
}

/**
 * wp_forecast_describe:
 * @document: the document forecast
 * @forecast: a release's forecast
 * @percentile: which of its days
 *
 * Returns: (transfer full): the day as a release line shows it, "85%: by Sprint 9 · 18 Dec 2026",
 *   naming the sprint as it will be named when it is planned
 */
char *
wp_forecast_describe (WpDocument       *document,
                      const WpForecast *forecast,
                      WpPercentile      percentile)
{
  g_autofree char *sprint = wp_sprint_new_name (document, forecast->sprints[percentile]);
  g_autofree char *day = wp_format_day (forecast->days[percentile]);

  /* Translators: a release's forecast: "85%: by Sprint 9 · 18 Dec 2026" */
  return g_strdup_printf (_("%u%%: by %s · %s"), wp_percentiles[percentile], sprint, day);
}

/**
 * wp_remaining_points_before:
 * @document: a document
 * @rank: a place in the backlog
 *
 * Returns: the points of the items ranked before @rank that are not done
 */
double
wp_remaining_points_before (WpDocument *document,
                            const char *rank)
{
  GListModel *items;
  double points = 0;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), 0);

  items = wp_document_get_list (document, WP_KIND_ITEM);
  for (guint i = 0, n = g_list_model_get_n_items (items); rank != NULL && i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (wp_entity_get_string (item, WP_ITEM_DONE) == NULL &&
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_RANK), rank) < 0)
        points += points_of (item);
    }

  return points;
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
  g_return_val_if_fail (WP_IS_RELEASE (release), 0);

  return wp_remaining_points_before (document, wp_entity_get_string (release, WP_RELEASE_RANK));
}

/**
 * wp_release_forecasts:
 * @document: a document
 * @today: today, as a Julian day
 *
 * For each release with work left above its line: when it is done. From
 * the sprint after the latest one (today at the earliest), sprints as long as it, over the
 * velocities of all closed sprints, 10,000 runs seeded by the release's id:
 * the same document gives the same days on the Sprints page, the roadmap,
 * the review and its PDF.
 *
 * Returns: (transfer full) (element-type WpReleaseForecast): the releases
 *   (each held by the array) in the document's order; empty without a
 *   closed sprint that completed points
 */
static void
release_forecast_clear (gpointer data)
{
  g_clear_object (&((WpReleaseForecast *) data)->release);
}

/* A forecast kept by a memo: what it was run for, and what it gave. */
typedef struct {
  double     remaining;
  gboolean   any;
  WpForecast forecast;
} Remembered;

struct _WpForecastMemo
{
  GArray     *velocities;  /* double, the history the remembered forecasts drew from */
  guint32     start;
  guint32     end;
  GHashTable *releases;    /* release id -> Remembered */
};

/**
 * wp_forecast_memo_new:
 *
 * A memo keeps each release's forecast for as long as its points left, the
 * velocities and the sprints it counts do not change: a page that forecasts
 * again after every change of a big backlog runs only what changed.
 *
 * Returns: (transfer full): an empty memo
 */
WpForecastMemo *
wp_forecast_memo_new (void)
{
  WpForecastMemo *memo = g_new0 (WpForecastMemo, 1);

  memo->releases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return memo;
}

void
wp_forecast_memo_free (WpForecastMemo *memo)
{
  g_clear_pointer (&memo->velocities, g_array_unref);
  g_hash_table_unref (memo->releases);
  g_free (memo);
}

/* Forgets every forecast unless they were run on @velocities from @start to @end. */
static void
memo_check (WpForecastMemo *memo,
            GArray         *velocities,
            guint32         start,
            guint32         end)
{
  if (memo->velocities != NULL && memo->velocities->len == velocities->len &&
      memcmp (memo->velocities->data, velocities->data, velocities->len * sizeof (double)) == 0 &&
      memo->start == start && memo->end == end)
    return;
  g_hash_table_remove_all (memo->releases);
  g_clear_pointer (&memo->velocities, g_array_unref);
  memo->velocities = g_array_ref (velocities);
  memo->start = start;
  memo->end = end;
}

static gboolean
forecast_release (WpForecastMemo *memo,
                  GArray         *velocities,
                  guint32         start,
                  guint32         end,
                  WpEntity       *release,
                  double          remaining,
                  WpForecast     *forecast)
{
  Remembered *remembered = memo != NULL ? g_hash_table_lookup (memo->releases,
                                                               wp_entity_get_id (release))
                                        : NULL;
  gboolean any;

  if (remembered != NULL && remembered->remaining == remaining)
    {
      *forecast = remembered->forecast;
      return remembered->any;
    }
  any = wp_forecast_run ((const double *) (gpointer) velocities->data, velocities->len, remaining,
                         start, end - start + 1, g_str_hash (wp_entity_get_id (release)), 10000,
                         forecast);
  if (memo != NULL)
    {
      remembered = g_new (Remembered, 1);
      *remembered = (Remembered) { remaining, any, *forecast };
      g_hash_table_insert (memo->releases, g_strdup (wp_entity_get_id (release)), remembered);
    }

  return any;
}

/*
 * What every release's forecast draws from: the velocities of the closed sprints and the
 * next sprint's days, @memo made to forget what was run on others.
 */
static GArray *
forecast_basis (WpDocument     *document,
                guint32         today,
                WpForecastMemo *memo,
                guint32        *start,
                guint32        *end)
{
  GArray *velocities = wp_velocity_history (document);

  wp_forecast_next_sprint (document, today, start, end);
  if (memo != NULL)
    memo_check (memo, velocities, *start, *end);

  return velocities;
}

/**
 * wp_release_forecasts_memo:
 * @document: a document
 * @today: today, as a Julian day
 * @memo: (nullable): forecasts run before, kept while they still hold
 *
 * wp_release_forecasts(), running only what @memo does not already know.
 *
 * Returns: (transfer full) (element-type WpReleaseForecast): as wp_release_forecasts()
 */
GArray *
wp_release_forecasts_memo (WpDocument     *document,
                           guint32         today,
                           WpForecastMemo *memo)
{
  GArray *forecasts = g_array_new (FALSE, TRUE, sizeof (WpReleaseForecast));
  g_autoptr(GArray) velocities = NULL;
  GListModel *releases;
  guint32 start, end;

  g_array_set_clear_func (forecasts, release_forecast_clear);
  g_return_val_if_fail (WP_IS_DOCUMENT (document), forecasts);

  velocities = forecast_basis (document, today, memo, &start, &end);
  releases = wp_document_get_list (document, WP_KIND_RELEASE);
  for (guint i = 0, n = g_list_model_get_n_items (releases); i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      WpReleaseForecast row = { release, wp_release_remaining_points (document, release),
                                { { 0 } } };

      if (row.remaining > 0 &&
          forecast_release (memo, velocities, start, end, release, row.remaining, &row.forecast))
        {
          row.release = g_steal_pointer (&release);
          g_array_append_val (forecasts, row);
        }
    }

  return forecasts;
}

/**
 * wp_release_forecast_if:
 * @document: a document
 * @today: today, as a Julian day
 * @release: one of its releases
 * @remaining: the points that would be left above its line
 * @memo: (nullable): forecasts run before; it keeps this one for the change to come
 * @forecast: (out): when that work would be done
 *
 * The forecast @release would have if @remaining points were left above its line: the same
 * runs and seed as wp_release_forecasts(), so that the line shows the same days once the
 * change is made.
 *
 * Returns: whether there is one: work left, and a closed sprint that completed points
 */
gboolean
wp_release_forecast_if (WpDocument     *document,
                        guint32         today,
                        WpEntity       *release,
                        double          remaining,
                        WpForecastMemo *memo,
                        WpForecast     *forecast)
{
  g_autoptr(GArray) velocities = NULL;
  guint32 start, end;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (WP_IS_RELEASE (release), FALSE);

  if (remaining <= 0)
    return FALSE;
  velocities = forecast_basis (document, today, memo, &start, &end);

  return forecast_release (memo, velocities, start, end, release, remaining, forecast);
}

GArray *
wp_release_forecasts (WpDocument *document,
                      guint32     today)
{
  return wp_release_forecasts_memo (document, today, NULL);
}
