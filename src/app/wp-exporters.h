/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every export, as the command line and the window's Export menu offer it (wp-exporters.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

/* What a sprint has to do with an export. */
typedef enum {
  WP_EXPORT_NO_SPRINT,     /* nothing */
  WP_EXPORT_ANY_SPRINT,    /* it shows one when there is one; --sprint picks it */
  WP_EXPORT_NEEDS_SPRINT,  /* it is about one, and there is nothing to export without one */
} WpExportSprint;

typedef struct {
  const char     *name;       /* as --export= names it and win.export takes it */
  const char     *label;      /* N_(): the menu item */
  const char     *title;      /* N_(): the file chooser's title */
  const char     *file_name;  /* N_(): what the file holds, after the product's (or for a
                                 review, the sprint's) name in the name offered; or NULL */
  const char     *suffix;     /* of the file it writes */
  WpExportSprint  sprint;
  gboolean        picture;    /* it only shows the document: a newer one may be exported */
  GBytes   *(*write) (WpDocument  *document,
                      WpEntity    *sprint,
                      GError     **error);
} WpExporter;

const WpExporter *wp_exporters_find      (const char *name);
const WpExporter *wp_exporters_get       (guint       i);
guint             wp_exporters_count     (void);
char             *wp_exporters_list      (void);

G_END_DECLS
