/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpSlidesDialog: choosing and ordering a review's slides (wp-slides-dialog.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_SLIDES_DIALOG (wp_slides_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WpSlidesDialog, wp_slides_dialog, WP, SLIDES_DIALOG, AdwWindow)

WpSlidesDialog *wp_slides_dialog_new (GtkWindow  *parent,
                                      WpDocument *document,
                                      WpEntity   *sprint);

G_END_DECLS
