/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every export, as the command line and the window's Export menu offer it (wp-exporters.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;     /* as --export= names it and win.export takes it */
  const char *label;    /* N_(): the menu item */
  const char *suffix;   /* of the file it writes */
  gboolean    sprint;   /* whether --sprint picks what it shows */
  gboolean    picture;  /* it only shows the document: a newer one may be exported */
  GBytes   *(*write) (WpDocument  *document,
                      WpEntity    *sprint,
                      GError     **error);
} WpExporter;

const WpExporter *wp_exporters_find      (const char *name);
const WpExporter *wp_exporters_get       (guint       i);
guint             wp_exporters_count     (void);
char             *wp_exporters_list      (void);

G_END_DECLS
