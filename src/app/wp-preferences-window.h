/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPreferencesWindow: the application's preferences (wp-preferences-window.c). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_PREFERENCES_WINDOW (wp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (WpPreferencesWindow, wp_preferences_window, WP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

WpPreferencesWindow *wp_preferences_window_new (GtkWindow *parent);

G_END_DECLS
