/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Helpers for the pictures Waypoint draws with cairo alone (the roadmap
 * export, charts, the review's slides and PDF): text in the desktop's
 * sans-serif font, and a stream that collects what a surface writes.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <pango/pangocairo.h>

#include "wp-cairo.h"

/* A layout of @text in the pictures' font. */
static PangoLayout *
new_layout (cairo_t     *cr,
            const char  *text,
            double       size,
            PangoWeight  weight)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

/**
 * wp_cairo_text_width:
 * @cr: where it would be drawn
 * @text: the text
 * @size: the font size, as wp_cairo_text() takes it
 *
 * Returns: the width wp_cairo_text() would give @text on one line, at the normal weight
 */
double
wp_cairo_text_width (cairo_t    *cr,
                     const char *text,
                     double      size)
{
  g_autoptr(PangoLayout) layout = new_layout (cr, text, size, PANGO_WEIGHT_NORMAL);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

/**
 * wp_cairo_text:
 * @cr: where to draw, in the colour set on it
 * @text: the text
 * @x: the left edge
 * @y: the top edge
 * @width: the width to fit in, or 0 for the text's own width (left aligned)
 * @size: the font size in pixels (points on a PDF page)
 * @weight: the font weight
 * @align: where each line goes within @width
 * @fit: what a text wider than @width does
 *
 * Returns: the height the text took
 */
double
wp_cairo_text (cairo_t        *cr,
               const char     *text,
               double          x,
               double          y,
               double          width,
               double          size,
               PangoWeight     weight,
               PangoAlignment  align,
               WpTextFit       fit)
{
  g_autoptr(PangoLayout) layout = new_layout (cr, text, size, weight);
  int height;

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_alignment (layout, align);
      if (fit == WP_TEXT_WRAP)
        pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      else
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

/**
 * wp_cairo_append_bytes:
 * @closure: a #GByteArray
 * @data: what the surface wrote
 * @length: how much
 *
 * A #cairo_write_func_t that appends to a #GByteArray.
 *
 * Returns: %CAIRO_STATUS_SUCCESS
 */
cairo_status_t
wp_cairo_append_bytes (void                *closure,
                       const unsigned char *data,
                       unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}
