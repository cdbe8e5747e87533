/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpImportPreview: what importing a Trello, Jira or CSV file will do, before it is done. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_IMPORT_PREVIEW (wp_import_preview_get_type ())

G_DECLARE_FINAL_TYPE (WpImportPreview, wp_import_preview, WP, IMPORT_PREVIEW, AdwWindow)

WpImportPreview *wp_import_preview_new        (GtkWindow       *parent,
                                               GFile           *file,
                                               WpDocument      *document);
gboolean         wp_import_preview_is_ready   (WpImportPreview *self);
const char      *wp_import_preview_get_format (WpImportPreview *self);

G_END_DECLS
