/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpFeedbackImport: customer feedback read from a CSV file, its columns mapped to fields. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

/* A column that is not mapped to a field. */
#define WP_IMPORT_NO_COLUMN (-1)

#define WP_TYPE_FEEDBACK_IMPORT (wp_feedback_import_get_type ())

G_DECLARE_FINAL_TYPE (WpFeedbackImport, wp_feedback_import, WP, FEEDBACK_IMPORT, GObject)

WpFeedbackImport *wp_feedback_import_new            (GBytes           *bytes,
                                                     GError          **error);
WpFeedbackImport *wp_feedback_import_new_for_file   (GFile            *file,
                                                     GError          **error);
const char       *wp_feedback_import_get_encoding   (WpFeedbackImport *self);
gboolean          wp_feedback_import_get_has_header (WpFeedbackImport *self);
void              wp_feedback_import_set_has_header (WpFeedbackImport *self,
                                                     gboolean          has_header);
guint             wp_feedback_import_get_n_columns  (WpFeedbackImport *self);
char             *wp_feedback_import_dup_column_name (WpFeedbackImport *self,
                                                     guint             column);
guint             wp_feedback_import_get_n_rows     (WpFeedbackImport *self);
int               wp_feedback_import_get_column     (WpFeedbackImport *self,
                                                     guint             field);
void              wp_feedback_import_set_column     (WpFeedbackImport *self,
                                                     guint             field,
                                                     int               column);
GPtrArray        *wp_feedback_import_read           (WpFeedbackImport *self,
                                                     GPtrArray       **problems,
                                                     GError          **error);
guint             wp_feedback_import_apply          (WpFeedbackImport *self,
                                                     WpDocument       *document,
                                                     GPtrArray       **problems,
                                                     GError          **error);

extern const guint wp_feedback_import_fields[];
extern const guint wp_feedback_import_n_fields;

G_END_DECLS
