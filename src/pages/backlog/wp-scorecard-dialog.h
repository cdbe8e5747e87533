/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpScorecardDialog: the product's scorecard criteria, edited (wp-scorecard-dialog.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_SCORECARD_DIALOG (wp_scorecard_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WpScorecardDialog, wp_scorecard_dialog, WP, SCORECARD_DIALOG, AdwWindow)

WpScorecardDialog *wp_scorecard_dialog_new (GtkWindow  *parent,
                                            WpDocument *document);

G_END_DECLS
