/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpThroughputForecast, on the Sprints page beside the velocity forecast:
 * for each release with items left above its line, the days by which 85 and
 * 50 of 100 runs are done, drawing from the items done on each of the days
 * of a history the user sizes (90 by default). It says the period and the
 * day the forecast starts from, as docs/FORECASTS.md describes, and how many
 * items are done by a day the user picks (four weeks on at first): as many
 * or more in 85 and in 50 of 100 runs.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-date-button.h"
#include "wp-date.h"
#include "wp-format.h"
#include "wp-throughput.h"
#include "wp-throughput-forecast.h"
#include "wp-widget-utils.h"

#define RUNS 10000
/* The day "how many items by" asks about at first: four weeks on, today counted. */
#define FIRST_BY_DAYS 28
/* How far ahead it simulates: every run draws each day. */
#define MOST_BY_DAYS 3650

struct _WpThroughputForecast
{
  AdwPreferencesGroup parent_instance;

  GtkSpinButton *days_button;
  AdwActionRow  *how_many_row;
  WpDateButton  *by_button;
  GtkListBox    *releases_list;

  WpDocument    *document;  /* borrowed, as the page borrows it */
};

G_DEFINE_FINAL_TYPE (WpThroughputForecast, wp_throughput_forecast, ADW_TYPE_PREFERENCES_GROUP)

/* "12 items left · 85%: 9 Feb 2027 · 50%: 25 Jan 2027", or why there is no day. */
static char *
describe (WpEntity    *release,
          guint        items,
          const guint *counts,
          guint        n_counts,
          guint32      today)
{
  g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item left",
                                                        "%u items left", items), items);
  guint32 days[WP_N_PERCENTILES];
  g_autofree char *p85 = NULL, *p50 = NULL;

  if (!wp_throughput_when (counts, n_counts, items, 1, today,
                           g_str_hash (wp_entity_get_id (release)), RUNS, days))
    /* Translators: a release's throughput forecast when nothing was done in the history */
    return g_strdup_printf (_("%s · nothing was done in these days to forecast from"), left);
  if (days[WP_P85] == 0)
    /* Translators: a release's throughput forecast beyond ten years */
    return g_strdup_printf (_("%s · later than ten years at this pace"), left);
  p85 = wp_format_day (days[WP_P85]);
  p50 = wp_format_day (days[WP_P50]);

  /* Translators: items left above a release line, then the days 85 and 50 of 100 runs needed */
  return g_strdup_printf (_("%s · 85%%: %s · 50%%: %s"), left, p85, p50);
}

/* "85%: 12 items or more · 50%: 18 or more" by the day chosen, or why there is no number. */
static char *
describe_how_many (WpThroughputForecast *self,
                   const guint          *counts,
                   guint                 n_counts,
                   guint                 done,
                   guint32               today)
{
  guint32 by;
  guint items[WP_N_PERCENTILES];

  if (!wp_date_parse (wp_date_button_get_date (self->by_button), &by) || by < today)
    return g_strdup (_("Pick a day from today on"));
  if (by - today >= MOST_BY_DAYS)
    return g_strdup (_("Pick a day within ten years"));
  /* Seeded by the day, so that the same history and day give the same numbers. */
  if (done == 0 || !wp_throughput_how_many (counts, n_counts, by - today + 1, by, RUNS, items))
    return g_strdup (_("Nothing was done in these days to forecast from"));

  /* Translators: how many items are done by a day: at least so many in 85 and 50 of 100 runs */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "85%%: %u item or more · 50%%: %u or more",
                                       "85%%: %u items or more · 50%%: %u or more",
                                       items[WP_P85]),
                          items[WP_P85], items[WP_P50]);
}

static void
fill (WpThroughputForecast *self)
{
  GListModel *releases = wp_document_get_list (self->document, WP_KIND_RELEASE);
  guint32 today = wp_date_today ();
  WpThroughputPeriod period;
  g_autoptr(GArray) counts = NULL;
  g_autofree char *from = NULL, *to = NULL, *starts = NULL, *description = NULL;
  guint done = 0;

  wp_list_box_remove_all (self->releases_list);
  wp_throughput_period (today, (guint) gtk_spin_button_get_value_as_int (self->days_button),
                        &period);
  counts = wp_throughput_counts (self->document, &period);
  for (guint i = 0; i < counts->len; i++)
    done += g_array_index (counts, guint, i);
  from = wp_format_day (period.first_day);
  to = wp_format_day (period.last_day);
  starts = wp_format_day (today);
  description = g_strdup_printf (
    /* Translators: what a throughput forecast draws from: two days, a count, the start day */
    g_dngettext (GETTEXT_PACKAGE,
                 "From the items done on each day from %s to %s (%u item), starting %s.",
                 "From the items done on each day from %s to %s (%u items), starting %s.", done),
    from, to, done, starts);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  {
    g_autofree char *how_many = describe_how_many (self, (const guint *) (gpointer) counts->data,
                                                   counts->len, done, today);

    adw_action_row_set_subtitle (self->how_many_row, how_many);
  }

  for (guint i = 0, n = g_list_model_get_n_items (releases); i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      guint items = wp_release_remaining_items (self->document, release);
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;

      if (items == 0)
        continue;
      subtitle = describe (release, items, (const guint *) (gpointer) counts->data, counts->len,
                           today);
      row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     wp_entity_get_string (release, WP_RELEASE_NAME));
      adw_action_row_set_subtitle (row, subtitle);
      gtk_list_box_append (self->releases_list, GTK_WIDGET (row));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->releases_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->releases_list)) != NULL);
}

static void
on_days_changed (WpThroughputForecast *self)
{
  if (self->document != NULL)
    fill (self);
}

/* The button shows a picked day only once it is set. */
static void
on_by_day_chosen (WpThroughputForecast *self,
                  guint                 day)
{
  g_autofree char *text = wp_date_format (day);

  wp_date_button_set_date (self->by_button, text);
  on_days_changed (self);
}

/**
 * wp_throughput_forecast_show:
 * @self: the forecast
 * @document: (nullable): the document to forecast
 *
 * Forecasts @document's releases as it is now.
 */
void
wp_throughput_forecast_show (WpThroughputForecast *self,
                             WpDocument           *document)
{
  g_return_if_fail (WP_IS_THROUGHPUT_FORECAST (self));

  self->document = document;
  if (document != NULL)
    fill (self);
}

static void
wp_throughput_forecast_class_init (WpThroughputForecastClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/pages/sprints/wp-throughput-forecast.ui");
  gtk_widget_class_bind_template_child (widget_class, WpThroughputForecast, days_button);
  gtk_widget_class_bind_template_child (widget_class, WpThroughputForecast, how_many_row);
  gtk_widget_class_bind_template_child (widget_class, WpThroughputForecast, by_button);
  gtk_widget_class_bind_template_child (widget_class, WpThroughputForecast, releases_list);
  gtk_widget_class_bind_template_callback (widget_class, on_days_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_by_day_chosen);
}

static void
wp_throughput_forecast_init (WpThroughputForecast *self)
{
  g_autofree char *by = NULL;

  g_type_ensure (WP_TYPE_DATE_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_spin_button_set_value (self->days_button, WP_THROUGHPUT_DAYS);
  by = wp_date_format (wp_date_today () + FIRST_BY_DAYS - 1);
  wp_date_button_set_date (self->by_button, by);
}
