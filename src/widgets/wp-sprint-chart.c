/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpSprintChart shows one chart (burndown, velocity, release forecast,
 * cycle time or cumulative flow) as wp_chart_draw() draws it for the PDF, in the colours of the
 * light or dark style and with labels as large as the text around it. To
 * assistive technologies it is a picture named after the chart and
 * described by the sentence the review slide puts under it.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"


#include "wp-date.h"
#include "wp-review.h"
#include "wp-sprint-chart.h"

struct _WpSprintChart
{
  GtkWidget    parent_instance;

  WpChartKind  kind;
  double       text_size;
  WpDocument  *document;
  WpEntity    *sprint;
  GArray      *data;        /* made once a change, not once a frame: wp_chart_data() */
  guint32      today;       /* the day it was made for, which its frames draw too */
};

G_DEFINE_FINAL_TYPE (WpSprintChart, wp_sprint_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TEXT_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The forecast's days, "MVP: 11 Jan 2027 likely, 25 Jan 2027 safe; 1.0: …" */
static char *
describe_forecasts (GArray *forecasts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < forecasts->len; i++)
    {
      WpReleaseForecast *row = &g_array_index (forecasts, WpReleaseForecast, i);
      g_autofree char *detail = wp_review_forecast_detail (row);

      g_string_append_printf (text, "%s%s: %s", i > 0 ? "; " : "",
                              wp_entity_get_display_name (row->release), detail);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
describe (WpSprintChart *self)
{
  g_autoptr(WpSlide) slide = NULL;
  g_autofree char *forecasts = NULL;

  if (self->document == NULL || self->sprint == NULL)
    return;

  /* The forecast's sentence does not change; its days are what to read. */
  if (self->kind == WP_CHART_FORECAST && self->data != NULL && self->data->len > 0)
    {
      forecasts = describe_forecasts (self->data);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      wp_slide_kind_name (WP_SLIDE_FORECAST),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, forecasts, -1);
      return;
    }

  slide = wp_review_slide_new (self->document, self->sprint, wp_chart_kind_slide (self->kind),
                               wp_date_today ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, slide->heading,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, slide->lead,
                                  -1);
}

/**
 * wp_sprint_chart_show:
 * @self: a chart
 * @document: (nullable): the document
 * @sprint: (nullable): the sprint, for a burndown
 *
 * Draws the chart again from @document, after a change or for another sprint.
 */
void
wp_sprint_chart_show (WpSprintChart *self,
                      WpDocument    *document,
                      WpEntity      *sprint)
{
  g_return_if_fail (WP_IS_SPRINT_CHART (self));

  g_set_object (&self->document, document);
  g_set_object (&self->sprint, sprint);
  g_clear_pointer (&self->data, g_array_unref);
  self->today = wp_date_today ();
  if (document != NULL)
    self->data = wp_chart_data (self->kind, document, sprint, self->today);
  describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wp_sprint_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  WpSprintChart *self = WP_SPRINT_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double padding = self->text_size;
  WpChartStyle style;
  cairo_t *cr;

  if (self->document == NULL || width <= 2 * padding || height <= 2 * padding)
    return;

  wp_chart_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()),
                       self->text_size);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, padding, padding);
  wp_chart_draw (cr, self->kind, self->document, self->sprint, self->data, self->today,
                 width - 2 * padding, height - 2 * padding, &style);
  cairo_destroy (cr);
}

static void
wp_sprint_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WpSprintChart *self = WP_SPRINT_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TEXT_SIZE:
      g_value_set_double (value, self->text_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_sprint_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WpSprintChart *self = WP_SPRINT_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      describe (self);
      break;
    case PROP_TEXT_SIZE:
      self->text_size = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wp_sprint_chart_dispose (GObject *object)
{
  WpSprintChart *self = WP_SPRINT_CHART (object);

  g_clear_object (&self->document);
  g_clear_object (&self->sprint);
  g_clear_pointer (&self->data, g_array_unref);

  G_OBJECT_CLASS (wp_sprint_chart_parent_class)->dispose (object);
}

static void
wp_sprint_chart_class_init (WpSprintChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = wp_sprint_chart_get_property;
  object_class->set_property = wp_sprint_chart_set_property;
  object_class->dispose = wp_sprint_chart_dispose;
  widget_class->snapshot = wp_sprint_chart_snapshot;

  /**
   * WpSprintChart:kind:
   *
   * Which chart: the sprint's burndown, the velocity or the release forecast.
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, WP_TYPE_CHART_KIND,
                                             WP_CHART_BURNDOWN,
                                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /**
   * WpSprintChart:text-size:
   *
   * The size of the labels in pixels: larger on a slide than on the page.
   */
  properties[PROP_TEXT_SIZE] = g_param_spec_double ("text-size", NULL, NULL, 6, 200, 12,
                                                    G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "sprintchart");
}

static void
wp_sprint_chart_init (WpSprintChart *self)
{
  self->text_size = 12;
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}
