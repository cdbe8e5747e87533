/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpImportReport: what an import creates, and what it drops or converts and why. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_IMPORT_REPORT (wp_import_report_get_type ())

G_DECLARE_FINAL_TYPE (WpImportReport, wp_import_report, WP, IMPORT_REPORT, GObject)

WpImportReport *wp_import_report_new          (void);
void            wp_import_report_note         (WpImportReport  *self,
                                               const char      *subject,
                                               const char      *format,
                                               ...) G_GNUC_PRINTF (3, 4);
guint           wp_import_report_get_n_notes  (WpImportReport  *self);
const char     *wp_import_report_get_note     (WpImportReport  *self,
                                               guint            i,
                                               const char     **subject);
void            wp_import_report_add_comments (WpImportReport  *self,
                                               guint            n);
GStrv           wp_import_report_summarize    (WpImportReport  *self,
                                               WpDocument      *incoming,
                                               WpDocument      *target);
char           *wp_import_report_to_text      (WpImportReport  *self,
                                               WpDocument      *incoming,
                                               WpDocument      *target);

G_END_DECLS
