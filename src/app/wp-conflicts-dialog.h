/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpConflictsDialog: the conflicts a merge left, each to be resolved by a choice. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_CONFLICTS_DIALOG (wp_conflicts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WpConflictsDialog, wp_conflicts_dialog, WP, CONFLICTS_DIALOG, AdwWindow)

WpConflictsDialog *wp_conflicts_dialog_new (GtkWindow  *parent,
                                            WpDocument *document);

G_END_DECLS
