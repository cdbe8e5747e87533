/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpDateButton shows a day ("14 Sep 2026", or "Not Set") and opens a
 * calendar to pick another. Picking emits ::day-chosen; setting the date
 * from the document does not, so that showing a day never edits it.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-date-button.h"
#include "wp-date.h"
#include "wp-format.h"

struct _WpDateButton
{
  AdwBin         parent_instance;

  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  char          *date;
  char          *title;     /* what the day is, for assistive technologies */
  gboolean       showing;   /* the calendar follows the date: not a pick */
};

G_DEFINE_FINAL_TYPE (WpDateButton, wp_date_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  N_PROPS
};

enum {
  DAY_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_day_selected (WpDateButton *self)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDate) date = NULL;

  if (self->showing)
    return;

  date = g_date_new_dmy (g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                         g_date_time_get_year (time));
  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[DAY_CHOSEN], 0, g_date_get_julian (date));
}

/* The button says what day it is and which: "First Day: 23 Nov 2026", or
 * only the day where nothing says which. */
static void
name_button (WpDateButton *self)
{
  g_autofree char *day = wp_format_date (self->date);
  const char *shown = day != NULL ? day : _("Not Set");
  /* Translators: a date button's accessible name: what the day is, then the day */
  g_autofree char *name = self->title != NULL ? g_strdup_printf (_("%s: %s"), self->title, shown)
                                              : g_strdup (shown);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

/**
 * wp_date_button_set_date:
 * @self: a date button
 * @date: (nullable): a day as the format writes it, or %NULL for none
 *
 * Shows @date without emitting ::day-chosen.
 */
void
wp_date_button_set_date (WpDateButton *self,
                         const char   *date)
{
  guint32 day;
  g_autofree char *label = NULL;

  g_return_if_fail (WP_IS_DATE_BUTTON (self));

  if (g_strcmp0 (self->date, date) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (date);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }

  label = wp_format_date (date);
  gtk_menu_button_set_label (self->button, label != NULL ? label : _("Not Set"));
  name_button (self);
  if (wp_date_parse (date, &day))
    {
      g_autoptr(GDate) parsed = g_date_new_julian (day);
      g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (parsed),
                                                         g_date_get_month (parsed),
                                                         g_date_get_day (parsed), 12, 0, 0);

      self->showing = TRUE;
      gtk_calendar_select_day (self->calendar, time);
      self->showing = FALSE;
    }
}

const char *
wp_date_button_get_date (WpDateButton *self)
{
  g_return_val_if_fail (WP_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

GtkWidget *
wp_date_button_new (void)
{
  return g_object_new (WP_TYPE_DATE_BUTTON, NULL);
}

static void
wp_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WpDateButton *self = WP_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WpDateButton *self = WP_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      wp_date_button_set_date (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      name_button (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_date_button_finalize (GObject *object)
{
  g_free (WP_DATE_BUTTON (object)->date);
  g_free (WP_DATE_BUTTON (object)->title);

  G_OBJECT_CLASS (wp_date_button_parent_class)->finalize (object);
}

static void
wp_date_button_class_init (WpDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = wp_date_button_get_property;
  object_class->set_property = wp_date_button_set_property;
  object_class->finalize = wp_date_button_finalize;

  /**
   * WpDateButton:date:
   *
   * The day shown, as the format writes it (2026-09-14), or %NULL.
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /**
   * WpDateButton:title:
   *
   * What the day is ("First Day"), named with it to assistive technologies.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpDateButton::day-chosen:
   * @self: the button
   * @day: the Julian day picked in the calendar
   *
   * Emitted when a day is picked; the button keeps showing its date until
   * it is set.
   */
  signals[DAY_CHOSEN] = g_signal_new ("day-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/widgets/wp-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDateButton, button);
  gtk_widget_class_bind_template_child (widget_class, WpDateButton, popover);
  gtk_widget_class_bind_template_child (widget_class, WpDateButton, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
}

static void
wp_date_button_init (WpDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_date_button_set_date (self, NULL);
}
