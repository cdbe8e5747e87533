/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpImportDialog: importing customer feedback from a CSV file (wp-import-dialog.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"
#include "wp-feedback-import.h"

G_BEGIN_DECLS

#define WP_TYPE_IMPORT_DIALOG (wp_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WpImportDialog, wp_import_dialog, WP, IMPORT_DIALOG, AdwWindow)

WpImportDialog *wp_import_dialog_new        (GtkWindow        *parent,
                                             WpDocument       *document,
                                             WpFeedbackImport *import,
                                             const char       *file_name);
void            wp_import_dialog_choose_file (GtkWidget       *page,
                                             WpDocument       *document);
guint           wp_import_dialog_get_n_ready (WpImportDialog  *self);

G_END_DECLS
