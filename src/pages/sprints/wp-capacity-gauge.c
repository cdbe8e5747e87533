/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpCapacityGauge shows, while a sprint is planned, its points against what
 * the team has shown it can do: the average velocity of the last three
 * closed sprints. Planning more than that turns the words red and says by
 * how much; before any sprint was closed it says the capacity is unknown.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-capacity-gauge.h"
#include "wp-format.h"
#include "wp-velocity.h"

/* How many closed sprints the capacity averages. */
#define CAPACITY_SPRINTS 3

struct _WpCapacityGauge
{
  GtkBox       parent_instance;

  GtkLabel    *label;
  GtkLevelBar *bar;
};

G_DEFINE_FINAL_TYPE (WpCapacityGauge, wp_capacity_gauge, GTK_TYPE_BOX)

static char *
describe (double planned,
          double capacity)
{
  g_autofree char *capacity_text = wp_format_number (capacity);
  g_autofree char *planned_text = wp_format_number (planned);
  g_autofree char *over = NULL;

  if (capacity <= 0)
    return g_strdup_printf (
      /* Translators: the capacity gauge before any sprint was closed */
      _("%s points planned. The capacity shows once a sprint has been closed."), planned_text);
  if (planned <= capacity)
    return g_strdup_printf (
      /* Translators: the capacity gauge: planned points of the capacity */
      _("%s of %s points planned (the capacity: the average of the last three sprints)"),
      planned_text, capacity_text);

  over = wp_format_number (planned - capacity);
  return g_strdup_printf (
    /* Translators: the capacity gauge: planned points, capacity, points over */
    _("%s points planned, %s over the capacity of %s (the average of the last three sprints)"),
    planned_text, over, capacity_text);
}

/**
 * wp_capacity_gauge_show:
 * @self: the gauge
 * @document: the document, whose closed sprints give the capacity
 * @planned: the points planned into the sprint
 */
void
wp_capacity_gauge_show (WpCapacityGauge *self,
                        WpDocument      *document,
                        double           planned)
{
  double capacity;
  g_autofree char *text = NULL;

  g_return_if_fail (WP_IS_CAPACITY_GAUGE (self));
  g_return_if_fail (WP_IS_DOCUMENT (document));

  capacity = round (wp_velocity_average (document, CAPACITY_SPRINTS) * 10) / 10;
  text = describe (planned, capacity);
  if (capacity > 0 && planned > capacity)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "error");
  gtk_label_set_text (self->label, text);
  gtk_level_bar_set_max_value (self->bar, MAX (capacity, 1));
  gtk_level_bar_set_value (self->bar, MIN (planned, MAX (capacity, 1)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

static void
wp_capacity_gauge_class_init (WpCapacityGaugeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/sprints/wp-capacity-gauge.ui");
  gtk_widget_class_bind_template_child (widget_class, WpCapacityGauge, label);
  gtk_widget_class_bind_template_child (widget_class, WpCapacityGauge, bar);
}

static void
wp_capacity_gauge_init (WpCapacityGauge *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
