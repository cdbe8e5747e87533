/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers the widget tests share. */
#pragma once

#include <gtk/gtk.h>

#include "wp-reader.h"

/* The sample product, as "Open Sample Product" loads it. */
static inline WpDocument *
load_sample (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PATH "/samples/sample.waypoint", 0, NULL);
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
