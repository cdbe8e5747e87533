/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers the widget tests share. */
#pragma once

#include <adwaita.h>

#include "wp-application.h"
#include "wp-reader.h"
#include "../unit/test-folder.h"

/* The application windows are made for: registered, not unique, so that tests run side by side. */
static inline WpApplication *
test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  WpApplication *app = wp_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* The sample product, as "Open Sample Product" loads it. */
static inline WpDocument *
load_sample (void)
{
  const char *path = RESOURCE_PATH "/samples/sample.waypoint";
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_read_document (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                           NULL, NULL, &error);

  g_assert_no_error (error);

  return document;
}

/* Shows @widget in a window of its own, as a page would be shown. */
static inline GtkWindow *
show_in_window (GtkWidget *widget,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_child (window, widget);
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);

  return window;
}

/* Runs what is pending: idle callbacks, layout, a frame. */
static inline void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/*
 * The first widget under @root that is a @type and, when @title is given, an
 * entry row, button or label with it.
 */
static inline GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (title == NULL ||
           (ADW_IS_PREFERENCES_ROW (child) &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0) ||
           (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), title) == 0) ||
           (GTK_IS_BUTTON (child) &&
            g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), title) == 0) ||
           (GTK_IS_LABEL (child) &&
            g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), title) == 0)))
        return child;
      found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The widget under @root whose name (the "name" property in its .ui file) is @name. */
static inline GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = g_str_equal (gtk_widget_get_name (child), name) ? child
                                                                         : find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}
