/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpApplication: what all windows share, app actions, the command line (wp-application.c). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_APPLICATION (wp_application_get_type ())

G_DECLARE_FINAL_TYPE (WpApplication, wp_application, WP, APPLICATION, AdwApplication)

WpApplication *wp_application_new           (const char    *application_id,
                                             GApplicationFlags flags);
GSettings     *wp_application_get_settings  (WpApplication *self);
void           wp_application_add_recent    (WpApplication *self,
                                             GFile         *file);
GStrv          wp_application_dup_recent    (WpApplication *self);

G_END_DECLS
