/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The sprint review as pictures: each slide drawn with cairo and Pango at any
 * size (the overview's thumbnails) and the deck as a 16:9 vector PDF, one
 * page a slide, for `waypoint --export=review-pdf` and "Export as PDF…". Sizes
 * follow the slide's height, so a thumbnail is the page made small.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "wp-cairo.h"
#include "wp-review-export.h"
#include "wp-chart.h"

static void
fill_background (cairo_t *cr,
                 double   width,
                 double   height,
                 gboolean dark)
{
  /* libadwaita's window background, light and dark. */
  if (dark)
    cairo_set_source_rgb (cr, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0);
  else
    cairo_set_source_rgb (cr, 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* The lines down to @bottom: a long note wraps over many lines, and the page ends. */
static void
draw_lines (cairo_t            *cr,
            const WpSlide      *slide,
            double              x,
            double              y,
            double              width,
            double              bottom,
            double              unit,
            const WpChartStyle *style)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, bottom - y);
  cairo_clip (cr);
  for (guint i = 0; i < slide->lines->len && y < bottom; i++)
    {
      const WpSlideLine *line = g_ptr_array_index (slide->lines, i);
      double indent = line->group || slide->kind == WP_SLIDE_GOAL ? 0 : unit;
      double detail_width = line->detail != NULL ? width * 0.3 : 0;
      double size = line->group ? unit * 1.1 : unit;

      double taken;

      /* A line with a detail keeps to one row; a note or a title alone may wrap. */
      cairo_set_source_rgba (cr, style->ink.red, style->ink.green, style->ink.blue,
                             style->ink.alpha);
      taken = wp_cairo_text (cr, line->text, x + indent, y, width - indent - detail_width, size,
                             line->group ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                             PANGO_ALIGN_LEFT,
                             line->detail != NULL ? WP_TEXT_ELLIPSIZE : WP_TEXT_WRAP);
      if (line->detail != NULL)
        wp_cairo_text (cr, line->detail, x + width - detail_width, y, detail_width, unit * 0.9,
                       PANGO_WEIGHT_NORMAL, PANGO_ALIGN_RIGHT, WP_TEXT_ELLIPSIZE);
      y += taken + size * 0.35;
    }
  cairo_restore (cr);
}

/**
 * wp_review_draw_slide:
 * @cr: where to draw
 * @document: the document
 * @sprint: the sprint under review
 * @slide: the slide
 * @today: today, as a Julian day
 * @width: the slide's width
 * @height: the slide's height
 * @dark: whether in the dark style
 *
 * Draws @slide into the rectangle from (0, 0) to (@width, @height).
 */
void
wp_review_draw_slide (cairo_t       *cr,
                      WpDocument    *document,
                      WpEntity      *sprint,
                      const WpSlide *slide,
                      guint32        today,
                      double         width,
                      double         height,
                      gboolean       dark)
{
  double unit = height / 27;   /* the body text: 20 points on a 540-point page */
  double margin = unit * 2.4, x = margin, y = margin, content = width - 2 * margin;
  WpChartStyle style;
  WpChartKind chart;

  wp_chart_style_init (&style, dark, unit * 0.8);
  cairo_save (cr);
  fill_background (cr, width, height, dark);
  cairo_set_source_rgba (cr, style.ink.red, style.ink.green, style.ink.blue, style.ink.alpha);

  if (slide->kind == WP_SLIDE_TITLE)
    {
      y = height * 0.32;
      y += wp_cairo_text (cr, slide->heading, x, y, content, unit * 2.6, PANGO_WEIGHT_BOLD,
                          PANGO_ALIGN_CENTER, WP_TEXT_WRAP);
      y += unit;
      y += wp_cairo_text (cr, slide->lead, x, y, content, unit * 1.2, PANGO_WEIGHT_NORMAL,
                          PANGO_ALIGN_CENTER, WP_TEXT_WRAP);
      for (guint i = 0; i < slide->lines->len; i++)
        y += wp_cairo_text (cr, ((WpSlideLine *) g_ptr_array_index (slide->lines, i))->text, x,
                            y + unit * 0.6, content, unit, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_CENTER,
                            WP_TEXT_WRAP);
      cairo_restore (cr);
      return;
    }

  y += wp_cairo_text (cr, slide->heading, x, y, content, unit * 1.8, PANGO_WEIGHT_BOLD,
                      PANGO_ALIGN_LEFT, WP_TEXT_ELLIPSIZE);
  y += unit * 0.5;
  if (slide->lead[0] != '\0')
    y += wp_cairo_text (cr, slide->lead, x, y, content,
                        unit * (slide->kind == WP_SLIDE_GOAL ? 1.4 : 1), PANGO_WEIGHT_NORMAL,
                        PANGO_ALIGN_LEFT, WP_TEXT_WRAP) +
         unit;

  if (wp_chart_kind_of_slide (slide->kind, &chart))
    {
      cairo_translate (cr, x, y);
      wp_chart_draw (cr, chart, document, sprint, NULL, today, content, height - y - margin,
                     &style);
    }
  else
    draw_lines (cr, slide, x, y, content, height - margin, unit, &style);

  cairo_restore (cr);
}

/**
 * wp_review_export_pdf:
 * @document: the document
 * @sprint: the sprint under review
 * @today: today, as a Julian day
 * @error: where a failure to draw goes
 *
 * Returns: (transfer full) (nullable): the chosen slides of @sprint's
 *   review as a PDF, one 16:9 page a slide, in the light style
 */
GBytes *
wp_review_export_pdf (WpDocument *document,
                      WpEntity   *sprint,
                      guint32     today,
                      GError    **error)
{
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), NULL);

  slides = wp_review_build (document, sprint, today);
  surface = cairo_pdf_surface_create_for_stream (wp_cairo_append_bytes, bytes, WP_REVIEW_PAGE_WIDTH,
                                                 WP_REVIEW_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  wp_entity_get_display_name (sprint));
  cr = cairo_create (surface);
  for (guint i = 0; i < slides->len; i++)
    {
      wp_review_draw_slide (cr, document, sprint, g_ptr_array_index (slides, i), today,
                            WP_REVIEW_PAGE_WIDTH, WP_REVIEW_PAGE_HEIGHT, FALSE);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the sprint review: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
