/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpImport: a product brought in from another tool's file; one subclass per format. */
#pragma once

#include "wp-document.h"
#include "wp-import-report.h"

G_BEGIN_DECLS

/* A choice the user makes before importing, as the preview and --option=NAME=VALUE offer it. */
typedef struct {
  const char         *name;    /* for --option */
  const char         *title;   /* N_(): what is chosen */
  const char * const *values;  /* for --option, the first is the default; NULL-terminated */
  const char * const *labels;  /* N_(): one per value */
} WpImportOption;

#define WP_TYPE_IMPORT (wp_import_get_type ())

G_DECLARE_DERIVABLE_TYPE (WpImport, wp_import, WP, IMPORT, GObject)

struct _WpImportClass
{
  GObjectClass parent_class;

  const char           *format;     /* as --import= names it */
  const WpImportOption *options;
  guint                 n_options;

  /* Reads @bytes (in a worker thread) into what build() needs, or fails and keeps nothing. */
  gboolean     (*read)  (WpImport        *self,
                         GBytes          *bytes,
                         GError         **error);
  /* Makes the product from what was read, with the options as they are, noting in @report. */
  WpDocument * (*build) (WpImport        *self,
                         WpImportReport  *report,
                         GCancellable    *cancellable,
                         GError         **error);
};

WpImport   *wp_import_new            (const char      *format,
                                      GError         **error);
const char *wp_import_known_formats  (void);
const char *wp_import_guess_format   (GBytes          *bytes);
const char *wp_import_get_format     (WpImport        *self);
const WpImportOption *wp_import_get_options (WpImport *self,
                                      guint           *n_options);
const char *wp_import_get_option     (WpImport        *self,
                                      const char      *name);
gboolean    wp_import_set_option     (WpImport        *self,
                                      const char      *name,
                                      const char      *value,
                                      GError         **error);
gboolean    wp_import_read           (WpImport        *self,
                                      GBytes          *bytes,
                                      GError         **error);
gboolean    wp_import_read_file      (WpImport        *self,
                                      GFile           *file,
                                      GCancellable    *cancellable,
                                      GError         **error);
WpDocument *wp_import_build          (WpImport        *self,
                                      WpImportReport  *report,
                                      GCancellable    *cancellable,
                                      GError         **error);
void        wp_import_run_async      (WpImport        *self,
                                      GBytes          *bytes,
                                      GCancellable    *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer         user_data);
WpDocument *wp_import_run_finish     (WpImport        *self,
                                      GAsyncResult    *result,
                                      WpImportReport **report,
                                      GError         **error);
double      wp_import_get_progress   (WpImport        *self);

/* For subclasses: how far build() has come, from 0 to 1; read from another thread. */
void        wp_import_set_progress   (WpImport        *self,
                                      double           fraction);

G_END_DECLS
