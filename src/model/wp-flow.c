/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFlow reads the items' status histories against the board: the first
 * column is to do, the last is done, the columns between are in progress.
 * An item started on the first day it entered a column past the first
 * (going straight to done counts); its cycle time is from that day to its
 * `done` day, both counted (done on the day it started: 1 day). Its age, while
 * it is in a column between, is from that day to today, both counted. The
 * cycle times of the items done in the last 90 days, sorted, give the
 * percentiles that mark work going on for longer than usual; they are
 * rebuilt lazily, when an item or the board changed or the day did.
 * Items with no recorded start (done before histories were kept) are left
 * out, not guessed.
 *
 * The charts: a cycle-time scatterplot (each item done in a period, by its
 * done day and cycle time) and a cumulative flow diagram (how many items were
 * in each column at the end of each day of a period, from the histories; a
 * done item counts as done from its done day, kept history or not).
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-date.h"
#include "wp-flow.h"
#include "wp-monte-carlo.h"
#include "wp-roadmap-layout.h"

/* The days whose completed items make the percentiles: the 90 up to today. */
#define PERIOD_DAYS 90

struct _WpFlow
{
  GObject     parent_instance;

  WpDocument *document;
  GArray     *cycle_times;  /* guint, of the items done in the period, smallest first */
  guint32     built_on;     /* the day they were gathered, 0 when stale */
};

G_DEFINE_FINAL_TYPE (WpFlow, wp_flow, G_TYPE_OBJECT)

static void
mark_stale (WpFlow *self)
{
  self->built_on = 0;
}

static void
on_document_changed (WpFlow   *self,
                     WpEntity *entity,
                     guint     field)
{
  if (WP_IS_ITEM (entity) && (field == WP_ITEM_STATUS_HISTORY || field == WP_ITEM_DONE))
    mark_stale (self);
}

/**
 * wp_flow_new:
 * @document: the document to read; it must outlive the flow
 *
 * Pages use the document's own, wp_document_get_flow(), so that it is built once for all.
 *
 * Returns: (transfer full): a flow
 */
WpFlow *
wp_flow_new (WpDocument *document)
{
  WpFlow *self;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  self = g_object_new (WP_TYPE_FLOW, NULL);
  /* Borrowed: the document owns its flow (wp_document_get_flow()). */
  self->document = document;
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_ITEM), "items-changed",
                           G_CALLBACK (mark_stale), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_COLUMN), "items-changed",
                           G_CALLBACK (mark_stale), self, G_CONNECT_SWAPPED);

  return self;
}

/* Where @column_id is on the board: -1 for none or a column removed since, else its index. */
static int
column_index (WpFlow     *self,
              const char *column_id,
              guint      *n_columns)
{
  GListModel *columns = wp_document_get_list (self->document, WP_KIND_COLUMN);

  *n_columns = g_list_model_get_n_items (columns);
  for (guint i = 0; column_id != NULL && i < *n_columns; i++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, i);

      if (g_str_equal (wp_entity_get_id (column), column_id))
        return (int) i;
    }

  return -1;
}

/**
 * wp_flow_started:
 * @self: a flow
 * @item: an item of its document
 * @day: (out): the first day it was in a column past the first, as a Julian day
 *
 * Returns: whether its history records one
 */
gboolean
wp_flow_started (WpFlow   *self,
                 WpEntity *item,
                 guint32  *day)
{
  JsonArray *history = json_node_get_array (wp_entity_get_node (item, WP_ITEM_STATUS_HISTORY));

  g_return_val_if_fail (WP_IS_FLOW (self), FALSE);

  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *change = json_array_get_object_element (history, i);
      guint n_columns;
      int column = column_index (self, json_object_get_string_member_with_default (change,
                                                                                   "status",
                                                                                   NULL),
                                 &n_columns);

      if (column > 0 && wp_date_parse (json_object_get_string_member (change, "day"), day))
        return TRUE;
    }

  return FALSE;
}

/**
 * wp_flow_cycle_time:
 * @self: a flow
 * @item: an item of its document
 * @days: (out): from the day it started to the day it was done, both counted
 *
 * Returns: whether it is done and its start is known
 */
gboolean
wp_flow_cycle_time (WpFlow   *self,
                    WpEntity *item,
                    guint    *days)
{
  guint32 started, done;

  g_return_val_if_fail (WP_IS_FLOW (self), FALSE);

  if (!wp_date_parse (wp_entity_get_string (item, WP_ITEM_DONE), &done) ||
      !wp_flow_started (self, item, &started) || started > done)
    return FALSE;
  *days = done - started + 1;

  return TRUE;
}

static void
rebuild (WpFlow  *self,
         guint32  today)
{
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);

  g_array_set_size (self->cycle_times, 0);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      guint32 done;
      guint days;

      if (wp_date_parse (wp_entity_get_string (item, WP_ITEM_DONE), &done) &&
          done + PERIOD_DAYS > today && done <= today && wp_flow_cycle_time (self, item, &days))
        g_array_append_val (self->cycle_times, days);
    }
  wp_monte_carlo_sort ((guint *) (gpointer) self->cycle_times->data, self->cycle_times->len);
  self->built_on = today;
}

/**
 * wp_flow_cycle_time_at:
 * @self: a flow
 * @percent: 1 to 100
 *
 * Returns: the cycle time that @percent of 100 items done in the last 90 days did not exceed,
 *   or 0 when none of them has a recorded start
 */
guint
wp_flow_cycle_time_at (WpFlow *self,
                       guint   percent)
{
  guint32 today = wp_date_today ();

  g_return_val_if_fail (WP_IS_FLOW (self), 0);

  if (self->built_on != today)
    rebuild (self, today);
  if (self->cycle_times->len == 0)
    return 0;

  return wp_monte_carlo_at_most ((const guint *) (gpointer) self->cycle_times->data,
                                 self->cycle_times->len, percent);
}

/**
 * wp_flow_age:
 * @self: a flow
 * @item: an item of its document
 * @today: today, as a Julian day
 *
 * Returns: for an item in progress (in a column between the first and the last), the days
 *   since it started, both counted; 0 for any other item or an unknown start
 */
guint
wp_flow_age (WpFlow   *self,
             WpEntity *item,
             guint32   today)
{
  guint n_columns;
  int column = column_index (self, wp_entity_get_string (item, WP_ITEM_STATUS), &n_columns);
  guint32 started;

  g_return_val_if_fail (WP_IS_FLOW (self), 0);

  if (column <= 0 || (guint) column + 1 >= n_columns || !wp_flow_started (self, item, &started) ||
      started > today)
    return 0;

  return today - started + 1;
}

/**
 * wp_flow_chart_days:
 * @sprint: (nullable): a sprint
 * @today: today, as a Julian day
 * @from: (out): the first day a flow chart shows
 * @to: (out): the last day it shows
 *
 * The sprint's days up to today when it has begun, else the 90 days up to today.
 */
void
wp_flow_chart_days (WpEntity *sprint,
                    guint32   today,
                    guint32  *from,
                    guint32  *to)
{
  guint32 start, end;

  if (sprint != NULL && wp_sprint_get_days (sprint, &start, &end) && start <= today)
    {
      *from = start;
      *to = MIN (end, today);
      return;
    }
  *to = today;
  *from = today - (PERIOD_DAYS - 1);
}

/**
 * wp_flow_cycle_days:
 * @sprint: (nullable): a sprint
 * @today: today, as a Julian day
 * @from: (out): the first day the cycle-time chart shows
 * @to: (out): the last day it shows
 *
 * The days wp_flow_chart_days() gives, begun earlier if need be to take in 90 days: a sprint
 * alone has too few items done to read percentiles from.
 */
void
wp_flow_cycle_days (WpEntity *sprint,
                    guint32   today,
                    guint32  *from,
                    guint32  *to)
{
  wp_flow_chart_days (sprint, today, from, to);
  *from = MIN (*from, *to - (PERIOD_DAYS - 1));
}

/**
 * wp_flow_cycle_points:
 * @self: a flow
 * @from: the first day, as a Julian day
 * @to: the last day
 *
 * Returns: (transfer full) (element-type WpCyclePoint): the items done from @from to @to whose
 *   start is recorded, in the backlog's order
 */
GArray *
wp_flow_cycle_points (WpFlow  *self,
                      guint32  from,
                      guint32  to)
{
  GListModel *items;
  GArray *points;

  g_return_val_if_fail (WP_IS_FLOW (self), NULL);

  items = wp_document_get_list (self->document, WP_KIND_ITEM);
  points = g_array_new (FALSE, FALSE, sizeof (WpCyclePoint));
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      WpCyclePoint point;

      if (wp_date_parse (wp_entity_get_string (item, WP_ITEM_DONE), &point.done) &&
          point.done >= from && point.done <= to && wp_flow_cycle_time (self, item, &point.days))
        g_array_append_val (points, point);
    }

  return points;
}

/**
 * wp_flow_sorted_days:
 * @points: (element-type WpCyclePoint): items done, as wp_flow_cycle_points() gives them
 *
 * Returns: (transfer full) (array length=points->len): their cycle times, shortest first, for
 *   wp_monte_carlo_at_most() to read percentiles from
 */
guint *
wp_flow_sorted_days (GArray *points)
{
  guint *days = g_new (guint, MAX (points->len, 1));

  for (guint i = 0; i < points->len; i++)
    days[i] = g_array_index (points, WpCyclePoint, i).days;
  wp_monte_carlo_sort (days, points->len);

  return days;
}

/* Column id -> its index + 1 on the board. */
static GHashTable *
column_places (WpFlow *self)
{
  GListModel *columns = wp_document_get_list (self->document, WP_KIND_COLUMN);
  GHashTable *places = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0, n = g_list_model_get_n_items (columns); i < n; i++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, i);

      /* The document keeps the column, and so its id, while the table lives. */
      g_hash_table_insert (places, (gpointer) wp_entity_get_id (column), GUINT_TO_POINTER (i + 1));
    }

  return places;
}

/* One more item in @column from @first to @last, in the day-by-column table of differences. */
static void
add_span (int     *changes,
          guint    n_columns,
          guint32  from,
          guint32  to,
          guint    column,
          guint32  first,
          guint32  last)
{
  first = MAX (first, from);
  last = MIN (last, to);
  if (first > last)
    return;
  changes[(first - from) * n_columns + column]++;
  changes[(last + 1 - from) * n_columns + column]--;
}

/*
 * The spans of one item's history: each status from its day to the day before the next. A done
 * item counts as done from its done day on, whatever its history says after that day, or
 * whether it has one.
 */
static void
add_history (int        *changes,
             guint       n_columns,
             GHashTable *places,
             WpEntity   *item,
             guint32     from,
             guint32     to)
{
  JsonArray *history = json_node_get_array (wp_entity_get_node (item, WP_ITEM_STATUS_HISTORY));
  guint n = json_array_get_length (history);
  guint32 done, until = to;

  if (wp_date_parse (wp_entity_get_string (item, WP_ITEM_DONE), &done))
    {
      add_span (changes, n_columns, from, to, n_columns - 1, done, to);
      until = MIN (to, done - 1);
    }
  for (guint i = 0; i < n; i++)
    {
      JsonObject *change = json_array_get_object_element (history, i);
      const char *status = json_object_get_string_member_with_default (change, "status", NULL);
      guint place = status != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (places, status)) : 0;
      guint32 day, next = until + 1;

      if (place == 0 || !wp_date_parse (json_object_get_string_member (change, "day"), &day))
        continue;
      if (i + 1 < n)
        wp_date_parse (json_object_get_string_member (json_array_get_object_element (history,
                                                                                     i + 1),
                                                      "day"), &next);
      if (MIN (next - 1, until) >= day && next > day)
        add_span (changes, n_columns, from, to, place - 1, day, MIN (next - 1, until));
    }
}

/**
 * wp_flow_cumulative:
 * @self: a flow
 * @from: the first day, as a Julian day
 * @to: the last day, not before @from
 *
 * Returns: (transfer full) (element-type guint): for each day from @from to @to and each
 *   column of the board, the items in it at the end of the day: day by day, the board's
 *   columns in order
 */
GArray *
wp_flow_cumulative (WpFlow  *self,
                    guint32  from,
                    guint32  to)
{
  g_autoptr(GHashTable) places = NULL;
  g_autofree int *changes = NULL;
  GListModel *items;
  guint n_columns, n_days;
  GArray *counts;

  g_return_val_if_fail (WP_IS_FLOW (self), NULL);
  g_return_val_if_fail (from <= to, NULL);

  places = column_places (self);
  n_columns = g_hash_table_size (places);
  n_days = to - from + 1;
  counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_days * n_columns);
  g_array_set_size (counts, n_days * n_columns);
  if (n_columns == 0)
    return counts;

  items = wp_document_get_list (self->document, WP_KIND_ITEM);
  changes = g_new0 (int, (n_days + 1) * n_columns);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      add_history (changes, n_columns, places, item, from, to);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      int running = 0;

      for (guint d = 0; d < n_days; d++)
        {
          running += changes[d * n_columns + c];
          g_array_index (counts, guint, d * n_columns + c) = (guint) running;
        }
    }

  return counts;
}

static void
wp_flow_finalize (GObject *object)
{
  WpFlow *self = WP_FLOW (object);

  g_array_unref (self->cycle_times);

  G_OBJECT_CLASS (wp_flow_parent_class)->finalize (object);
}

static void
wp_flow_class_init (WpFlowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_flow_finalize;
}

static void
wp_flow_init (WpFlow *self)
{
  self->cycle_times = g_array_new (FALSE, FALSE, sizeof (guint));
}
