/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text and output streams for the pictures drawn with cairo (wp-cairo.c). */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* How a line of text fits its width: cut with "…" or wrapped over lines. */
typedef enum {
  WP_TEXT_ELLIPSIZE,
  WP_TEXT_WRAP,
} WpTextFit;

double wp_cairo_text (cairo_t        *cr,
                      const char     *text,
                      double          x,
                      double          y,
                      double          width,
                      double          size,
                      PangoWeight     weight,
                      PangoAlignment  align,
                      WpTextFit       fit);

double wp_cairo_text_width (cairo_t    *cr,
                            const char *text,
                            double      size);

cairo_status_t wp_cairo_append_bytes (void                *closure,
                                     const unsigned char *data,
                                     unsigned int         length);

G_END_DECLS
