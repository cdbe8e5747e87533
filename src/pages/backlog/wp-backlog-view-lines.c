/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Backlog page's release lines: the points of the open items above
 * each, and when the work above it is done, as the Sprints page and the
 * roadmap have it (forecast again once the list settles after a change,
 * through a memo that runs only what changed). While a drag rests over a
 * slot, the line whose forecast a drop there would change shows that
 * forecast instead of its own: the line below the slot for items, the
 * dragged line itself.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-backlog-view-private.h"
#include "wp-date.h"
#include "wp-rank.h"

/* How long a drag rests over a slot before the forecast of a drop there is shown. */
#define PREVIEW_DELAY_MS 100

/*
 * The points of the open items between this release line and the one above
 * it, counted in the document so that a search does not change the sum.
 */
double
_wp_backlog_view_points_above (WpBacklogView *self,
                               WpEntity      *line)
{
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  const char *rank = _wp_backlog_view_entity_rank (line);
  guint n = g_list_model_get_n_items (items);
  double points = 0;

  if (!wp_rank_is_valid (rank))
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      /* Items are in rank order: past the line, the sum is complete. */
      if (strcmp (wp_entity_get_string (item, WP_ITEM_RANK), rank) > 0)
        break;
      if (_wp_backlog_view_is_open (item, self) &&
          wp_document_release_at (self->document, wp_entity_get_string (item, WP_ITEM_RANK)) ==
            WP_RELEASE (line))
        points += MAX (wp_entity_get_number (item, WP_ITEM_ESTIMATE), 0);
    }

  return points;
}

/* The forecast of @release among @forecasts (of wp_release_forecasts()), or NULL. */
static const WpForecast *
forecast_of (GArray   *forecasts,
             WpEntity *release)
{
  for (guint i = 0; i < forecasts->len; i++)
    if (g_array_index (forecasts, WpReleaseForecast, i).release == release)
      return &g_array_index (forecasts, WpReleaseForecast, i).forecast;

  return NULL;
}

/* The days the work above @row's line is done, as the Sprints page and the roadmap have them. */
static void
show_forecast (WpBacklogView *self,
               WpBacklogRow  *row,
               GArray        *forecasts)
{
  WpEntity *release = wp_backlog_row_get_entity (row);
  const WpForecast *forecast = forecast_of (forecasts, release);
  g_autofree char *p85 = NULL, *p50 = NULL;
  guint32 date = 0;

  if (forecast == NULL)
    {
      wp_backlog_row_set_forecast (row, NULL, NULL, FALSE);
      return;
    }
  p85 = wp_forecast_describe (self->document, forecast, WP_P85);
  /* Half the runs may be done sooner; when not, one day says it all. */
  if (forecast->days[WP_P50] != forecast->days[WP_P85])
    p50 = wp_forecast_describe (self->document, forecast, WP_P50);
  wp_backlog_row_set_forecast (row, p85, p50,
                               wp_date_parse (wp_entity_get_string (release, WP_RELEASE_DATE),
                                              &date) && forecast->days[WP_P85] > date);
}

static gboolean
refresh_release_rows (gpointer user_data)
{
  WpBacklogView *self = user_data;
  g_autoptr(GArray) forecasts = self->release_rows->len > 0
                                ? wp_release_forecasts_memo (self->document, wp_date_today (),
                                                             self->forecasts)
                                : NULL;

  self->refresh_source = 0;
  for (guint i = 0; i < self->release_rows->len; i++)
    {
      WpBacklogRow *row = g_ptr_array_index (self->release_rows, i);
      WpEntity *line = wp_backlog_row_get_entity (row);

      wp_backlog_row_set_points (row, _wp_backlog_view_points_above (self, line));
      show_forecast (self, row, forecasts);
    }

  return G_SOURCE_REMOVE;
}


void
_wp_backlog_view_refresh_lines_later (WpBacklogView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_release_rows, self);
}

/* Previews */

void
_wp_backlog_view_stop_preview (WpBacklogView *self)
{
  g_clear_handle_id (&self->preview_source, g_source_remove);
  g_clear_pointer (&self->hovering, g_ptr_array_unref);
  if (self->preview_row != NULL)
    wp_backlog_row_set_preview (self->preview_row, NULL, FALSE);
  g_clear_weak_pointer (&self->preview_row);
}

/* The rank @moving would take in the slot before @slot, as a drop gives it. */
static char *
rank_in_slot (WpBacklogView *self,
              GPtrArray     *moving,
              guint          slot)
{
  guint above, below;
  const char *after, *before;

  _wp_backlog_view_slot_around (self, moving, slot, &above, &below, &after, &before);

  return wp_rank_between (after, before);
}

/*
 * The points of the @moving items that are not done, on the side of @line that @sign says: 1
 * below it, -1 above it.
 */
static double
moving_points (GPtrArray *moving,
               WpEntity  *line,
               int        sign)
{
  const char *rank = _wp_backlog_view_entity_rank (line);
  double points = 0;

  for (guint m = 0; m < moving->len; m++)
    {
      WpEntity *item = g_ptr_array_index (moving, m);

      if (wp_entity_get_string (item, WP_ITEM_DONE) == NULL &&
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_RANK), rank) * sign > 0)
        points += MAX (wp_entity_get_number (item, WP_ITEM_ESTIMATE), 0);
    }

  return points;
}

/* The first release line in the list from @from on, going by @step (1 down, -1 up), or NULL. */
static WpEntity *
next_line (WpBacklogView *self,
           GPtrArray     *moving,
           guint          from,
           int            step)
{
  guint n = _wp_backlog_view_n_entries (self);

  for (guint i = from; i < n; i += step)
    {
      WpEntity *entity = _wp_backlog_view_entity_at (self, i);

      if (WP_IS_RELEASE (entity) && !g_ptr_array_find (moving, entity, NULL))
        return entity;
    }

  return NULL;
}

/*
 * The release line whose forecast a drop of @moving at @slot changes, and the points that
 * would then be left above it: a dragged line's own; for items dragged down past a line, that
 * line, which loses those that are not done; else the first line below the slot, which gains
 * those that are not done and are below it now.
 */
static WpEntity *
line_changed_by (WpBacklogView *self,
                 GPtrArray     *moving,
                 guint          slot,
                 double        *remaining)
{
  WpEntity *first = g_ptr_array_index (moving, 0);
  WpEntity *line;

  if (WP_IS_RELEASE (first))
    {
      g_autofree char *rank = rank_in_slot (self, moving, slot);

      *remaining = wp_remaining_points_before (self->document, rank);
      return first;
    }

  /* G_MAXUINT ends the way up: the unsigned index wraps past 0. */
  line = slot > 0 ? next_line (self, moving, slot - 1, -1) : NULL;
  if (line != NULL && moving_points (moving, line, -1) > 0)
    {
      *remaining = wp_release_remaining_points (self->document, line) -
                   moving_points (moving, line, -1);
      return line;
    }
  line = next_line (self, moving, slot, 1);
  if (line != NULL)
    *remaining = wp_release_remaining_points (self->document, line) +
                 moving_points (moving, line, 1);

  return line;
}

static gboolean
show_preview (gpointer user_data)
{
  WpBacklogView *self = user_data;
  g_autofree char *forecast = NULL;
  g_autofree char *preview = NULL;
  WpEntity *line;
  WpBacklogRow *row;
  WpForecast days;
  double remaining = 0;
  guint32 date = 0;
  gboolean late;

  self->preview_source = 0;
  line = line_changed_by (self, self->hovering, self->hover_slot, &remaining);
  row = line != NULL ? _wp_backlog_view_row_showing (self, line) : NULL;
  if (row == NULL)
    return G_SOURCE_REMOVE;

  if (wp_release_forecast_if (self->document, wp_date_today (), line, remaining, self->forecasts,
                              &days))
    forecast = wp_forecast_describe (self->document, &days, WP_P85);
  /* Without a closed sprint that completed points, no line has a forecast to change. */
  else if (remaining > 0)
    return G_SOURCE_REMOVE;
  /* Translators: a release line while an item is dragged over the backlog: its forecast if
     the item were dropped where the pointer is, "If dropped here: 85%: by Sprint 9 · 18 Dec" */
  preview = g_strdup_printf (_("If dropped here: %s"),
                             forecast != NULL ? forecast : _("no work left above the line"));
  late = forecast != NULL &&
         wp_date_parse (wp_entity_get_string (line, WP_RELEASE_DATE), &date) &&
         days.days[WP_P85] > date;
  wp_backlog_row_set_preview (row, preview, late);
  g_set_weak_pointer (&self->preview_row, row);

  return G_SOURCE_REMOVE;
}

/**
 * wp_backlog_view_hover_entities:
 * @self: a backlog view
 * @entities: (nullable) (element-type WpEntity): what is dragged, in list order, or one release
 *   line; %NULL once the drag left or ended
 * @slot: where it would land: before the entry at @slot
 *
 * What a drag moving to another slot does; also used by tests. Once it rests there a moment
 * (a forecast far down a big backlog takes a tenth of a second), the release line a drop there
 * would change shows its forecast as it would be.
 */
void
wp_backlog_view_hover_entities (WpBacklogView *self,
                                GPtrArray     *entities,
                                guint          slot)
{
  g_return_if_fail (WP_IS_BACKLOG_VIEW (self));

  _wp_backlog_view_stop_preview (self);
  if (entities == NULL || entities->len == 0 || self->proposal != NULL)
    return;
  self->hovering = g_ptr_array_ref (entities);
  self->hover_slot = slot;
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, show_preview, self);
}

