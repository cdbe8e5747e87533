/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The roadmap as a PNG, SVG or PDF picture (no display needed), and a dependency arrow. */
#pragma once

#include <cairo.h>

#include "wp-document.h"

G_BEGIN_DECLS

typedef enum {
  WP_EXPORT_PNG,
  WP_EXPORT_SVG,
  WP_EXPORT_PDF,
} WpExportFormat;

gboolean  wp_export_format_from_name (const char     *name,
                                      WpExportFormat *format);
GBytes   *wp_roadmap_export          (WpDocument     *document,
                                      WpExportFormat  format,
                                      GError        **error);
void      wp_roadmap_draw_arrow      (cairo_t        *cr,
                                      double          from_x,
                                      double          from_y,
                                      double          to_x,
                                      double          to_y,
                                      double          to_top,
                                      double          to_bottom);

G_END_DECLS
