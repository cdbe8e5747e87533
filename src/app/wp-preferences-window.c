/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpPreferencesWindow: the application's preferences. Every choice is a
 * stateful app action backed by GSettings, so the window holds no state.
 */
#define G_LOG_DOMAIN "waypoint-preferences"

#include "config.h"

#include "wp-accessible.h"
#include "wp-preferences-window.h"

struct _WpPreferencesWindow
{
  AdwPreferencesWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (WpPreferencesWindow, wp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

WpPreferencesWindow *
wp_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (WP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

static void
wp_preferences_window_class_init (WpPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/app/wp-preferences-window.ui");
}

static void
wp_preferences_window_init (WpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));
}
