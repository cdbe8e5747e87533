/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedbackDialog: capturing or editing what a customer said (wp-feedback-dialog.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_FEEDBACK_DIALOG (wp_feedback_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedbackDialog, wp_feedback_dialog, WP, FEEDBACK_DIALOG, AdwWindow)

WpFeedbackDialog *wp_feedback_dialog_new (GtkWindow  *parent,
                                          WpDocument *document,
                                          WpEntity   *feedback);

G_END_DECLS
