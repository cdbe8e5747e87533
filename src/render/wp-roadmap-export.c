/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The roadmap as a picture for slides and e-mail: PNG, SVG or PDF, drawn
 * with cairo and Pango alone, so that `waypoint --export=roadmap-pdf` works
 * without a display. It draws what the timeline shows, laid out by the same
 * WpRoadmapLayout, fitted to all entries, in libadwaita's light colours.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "wp-cairo.h"
#include "wp-roadmap-export.h"
#include "wp-roadmap-geometry.h"
#include "wp-time-scale.h"
#include "wp-velocity.h"

#define MARGIN        24.0
#define TITLE_BLOCK   64.0
#define HEADER        52.0
#define TITLE_WIDTH  168.0
#define TIME_WIDTH  1600.0
#define N_COLORS       8

typedef struct {
  double red, green, blue;
} Color;

/*
 * libadwaita's palette: blue 3, green 4, orange 3, purple 3, yellow 5, red 3,
 * brown 3, and light 5 for no lane.
 */
static const Color lane_colors[N_COLORS] = {
  { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 },
  { 0x2e / 255.0, 0xc2 / 255.0, 0x7e / 255.0 },
  { 0xff / 255.0, 0x78 / 255.0, 0x00 / 255.0 },
  { 0x91 / 255.0, 0x41 / 255.0, 0xac / 255.0 },
  { 0xf6 / 255.0, 0xd3 / 255.0, 0x2d / 255.0 },
  { 0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0 },
  { 0x98 / 255.0, 0x6a / 255.0, 0x44 / 255.0 },
  { 0x9a / 255.0, 0x99 / 255.0, 0x96 / 255.0 },
};
static const Color ink = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0 };
static const Color accent = { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0 };
static const Color today_red = { 0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0 };

typedef struct {
  cairo_t         *cr;
  WpDocument      *document;
  WpRoadmapLayout *layout;
  WpTimeScale      scale;
  double           top;      /* y of the first lane */
  double           bottom;
  double           right;
} Canvas;

/**
 * wp_export_format_from_name:
 * @name: "png", "svg" or "pdf"
 * @format: (out): the format
 *
 * Returns: whether @name is a known format
 */
gboolean
wp_export_format_from_name (const char     *name,
                            WpExportFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *format = (WpExportFormat) i;
        return TRUE;
      }

  return FALSE;
}

static void
set_color (cairo_t     *cr,
           const Color *color,
           double       alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

/* Text at (x, y), cut with an ellipsis at @width when it is given. */
static void
show_text (Canvas      *canvas,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       size,
           gboolean     bold)
{
  wp_cairo_text (canvas->cr, text, x, y, width, size,
                 bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, PANGO_ALIGN_LEFT,
                 WP_TEXT_ELLIPSIZE);
}

static double
day_x (Canvas *canvas,
       double  day)
{
  return MARGIN + TITLE_WIDTH + wp_time_scale_to_x (&canvas->scale, day);
}

static void
draw_title (Canvas *canvas)
{
  WpEntity *product = WP_ENTITY (wp_document_get_product (canvas->document));
  const char *name = wp_entity_get_string (product, WP_PRODUCT_NAME);
  g_autofree char *subtitle = NULL;
  char date[64];
  g_autoptr(GDate) now = g_date_new_julian (wp_date_today ());

  /* Translators: a date under the title of an exported roadmap, see strftime(); "27 Nov 2026" */
  g_date_strftime (date, sizeof date, _("%-d %b %Y"), now);
  /* Translators: under the product's name on an exported roadmap; %s is today's date */
  subtitle = g_strdup_printf (_("Roadmap, %s"), date);
  set_color (canvas->cr, &ink, 1);
  show_text (canvas, name && name[0] ? name : _("Untitled Product"), MARGIN, MARGIN,
             canvas->right - MARGIN, 22, TRUE);
  set_color (canvas->cr, &ink, 0.6);
  show_text (canvas, subtitle, MARGIN, MARGIN + 32, 0, 13, FALSE);
}

static void
draw_axis (Canvas *canvas)
{
  GListModel *sprints = wp_document_get_list (canvas->document, WP_KIND_SPRINT);
  double y = canvas->top - HEADER, first = wp_time_scale_to_day (&canvas->scale, 0);
  double last = wp_time_scale_to_day (&canvas->scale, TIME_WIDTH), label_end = 0;

  for (guint32 day = wp_time_scale_next_tick (&canvas->scale, (guint32) MAX (first, 2) - 1);
       day <= last; day = wp_time_scale_next_tick (&canvas->scale, day))
    {
      g_autofree char *label = wp_time_scale_tick_label (&canvas->scale, day);
      double x = day_x (canvas, day);

      set_color (canvas->cr, &ink, 0.08);
      cairo_rectangle (canvas->cr, x, canvas->top, 1, canvas->bottom - canvas->top);
      cairo_fill (canvas->cr);
      set_color (canvas->cr, &ink, 0.2);
      cairo_rectangle (canvas->cr, x, y, 1, 22);
      cairo_fill (canvas->cr);
      if (x + 4 > label_end)
        {
          set_color (canvas->cr, &ink, 0.8);
          show_text (canvas, label, x + 4, y + 3, 0, 12, FALSE);
          label_end = x + 4 + 72;
        }
    }

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      guint32 start, end;
      double x0, x1;

      if (!wp_sprint_get_days (sprint, &start, &end))
        continue;
      x0 = MAX (day_x (canvas, start), MARGIN + TITLE_WIDTH);
      x1 = MIN (day_x (canvas, end + 1.0), canvas->right);
      if (x1 <= x0)
        continue;
      set_color (canvas->cr, &accent, 0.14);
      cairo_rectangle (canvas->cr, x0 + 1, y + 26, x1 - x0 - 2, 22);
      cairo_fill (canvas->cr);
      set_color (canvas->cr, &ink, 0.8);
      show_text (canvas, wp_entity_get_display_name (sprint), x0 + 5, y + 29, x1 - x0 - 8, 11,
                 FALSE);
    }
}

static void
draw_lanes (Canvas *canvas)
{
  for (guint i = 0; i < wp_roadmap_layout_get_n_rows (canvas->layout); i++)
    {
      const WpRoadmapRow *row = wp_roadmap_layout_get_row (canvas->layout, i);
      double y = canvas->top + wp_roadmap_geometry_row_y (canvas->layout, i);

      if (i % 2 == 0)
        {
          set_color (canvas->cr, &ink, 0.035);
          cairo_rectangle (canvas->cr, MARGIN, y, canvas->right - MARGIN,
                           wp_roadmap_geometry_row_height (canvas->layout, i));
          cairo_fill (canvas->cr);
        }
      set_color (canvas->cr, &ink, row->lane ? 1 : 0.55);
      show_text (canvas, row->lane ? wp_entity_get_display_name (row->lane) : _("No lane"),
                 MARGIN + 12, y + WP_ROADMAP_LANE_PADDING + 6, TITLE_WIDTH - 20, 13,
                 row->lane != NULL);
    }
}

/* Each release's forecast, as the timeline draws it: a band from its 50% day to its 85% day. */
static void
draw_forecasts (Canvas *canvas)
{
  g_autoptr(GArray) forecasts = wp_release_forecasts (canvas->document, wp_date_today ());

  for (guint i = 0; i < forecasts->len; i++)
    {
      WpReleaseForecast *row = &g_array_index (forecasts, WpReleaseForecast, i);
      double x0 = MAX (day_x (canvas, row->forecast.days[WP_P50] + 1.0), MARGIN + TITLE_WIDTH);
      double x1 = MIN (day_x (canvas, row->forecast.days[WP_P85] + 1.0), canvas->right);
      /* Translators: the release forecast on the roadmap; %s is a release */
      g_autofree char *label = g_strdup_printf (_("%s forecast"),
                                                wp_entity_get_display_name (row->release));

      if (x1 < x0)
        continue;
      set_color (canvas->cr, &accent, 0.12);
      cairo_rectangle (canvas->cr, x0, canvas->top, MAX (x1 - x0, 2), canvas->bottom - canvas->top);
      cairo_fill (canvas->cr);
      set_color (canvas->cr, &accent, 1);
      show_text (canvas, label, x0 + 4, canvas->bottom + 4, 0, 11, FALSE);
    }
}

static void
draw_milestones (Canvas *canvas)
{
  GListModel *releases = wp_document_get_list (canvas->document, WP_KIND_RELEASE);
  double today = day_x (canvas, wp_date_today () + 0.5);

  for (guint i = 0, n = g_list_model_get_n_items (releases); i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      guint32 day;
      double x;

      if (!wp_date_parse (wp_entity_get_string (release, WP_RELEASE_DATE), &day))
        continue;
      x = day_x (canvas, day + 1.0);
      if (x < MARGIN + TITLE_WIDTH || x > canvas->right)
        continue;
      set_color (canvas->cr, &accent, 0.6);
      cairo_rectangle (canvas->cr, x - 1, canvas->top, 2, canvas->bottom - canvas->top);
      cairo_fill (canvas->cr);
      set_color (canvas->cr, &accent, 1);
      cairo_move_to (canvas->cr, x, canvas->top - 4);
      cairo_line_to (canvas->cr, x + 5, canvas->top + 1);
      cairo_line_to (canvas->cr, x, canvas->top + 6);
      cairo_line_to (canvas->cr, x - 5, canvas->top + 1);
      cairo_close_path (canvas->cr);
      cairo_fill (canvas->cr);
      show_text (canvas, wp_entity_get_display_name (release), x + 8, canvas->top - 2, 0, 12, TRUE);
    }

  if (today >= MARGIN + TITLE_WIDTH && today <= canvas->right)
    {
      set_color (canvas->cr, &today_red, 1);
      cairo_rectangle (canvas->cr, today - 1, canvas->top - HEADER + 22, 2,
                       canvas->bottom - canvas->top + HEADER - 22);
      cairo_fill (canvas->cr);
    }
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static guint
color_of_row (Canvas *canvas,
              guint   row)
{
  if (wp_roadmap_layout_get_row (canvas->layout, row)->lane == NULL)
    return N_COLORS - 1;

  return row % N_COLORS;
}

static void
draw_bar (Canvas               *canvas,
          WpEntity             *entry,
          const WpRoadmapPlace *place)
{
  const Color *color = &lane_colors[color_of_row (canvas, place->row)];
  double x = day_x (canvas, place->start), width = MAX (day_x (canvas, place->end + 1.0) - x, 2);
  double y = canvas->top + wp_roadmap_geometry_bar_y (canvas->layout, place);
  double height = WP_ROADMAP_BAR_HEIGHT;
  double progress = wp_roadmap_entry_get_progress (canvas->document, entry);

  cairo_save (canvas->cr);
  rounded_rectangle (canvas->cr, x, y, width, height, 6);
  cairo_clip_preserve (canvas->cr);
  cairo_set_source_rgb (canvas->cr, 1, 1, 1);
  cairo_fill_preserve (canvas->cr);
  set_color (canvas->cr, color, 0.25);
  cairo_fill (canvas->cr);
  set_color (canvas->cr, color, 1);
  cairo_rectangle (canvas->cr, x, y, 4, height);
  cairo_fill (canvas->cr);
  set_color (canvas->cr, &ink, 0.14);
  cairo_rectangle (canvas->cr, x, y, width * progress, height);
  cairo_fill (canvas->cr);
  if (place->conflict)
    {
      set_color (canvas->cr, &today_red, 1);
      cairo_set_line_width (canvas->cr, 4);
      rounded_rectangle (canvas->cr, x, y, width, height, 6);
      cairo_stroke (canvas->cr);
    }
  if (width > 16)
    {
      set_color (canvas->cr, &ink, 1);
      show_text (canvas, wp_entity_get_display_name (entry), x + 10, y + 7, width - 16, 13, FALSE);
    }
  cairo_restore (canvas->cr);
}

/**
 * wp_roadmap_draw_arrow:
 * @cr: where to draw, with the colour set
 * @from_x: the end of the prerequisite's bar
 * @from_y: the middle of its height
 * @to_x: the start of the waiting entry's bar
 * @to_y: the middle of its height
 * @to_top: the top of the waiting bar
 * @to_bottom: its bottom
 *
 * Draws a dependency. When there is no room between the two bars, the line
 * goes round through the gap above (or below) the waiting bar.
 */
void
wp_roadmap_draw_arrow (cairo_t *cr,
                       double   from_x,
                       double   from_y,
                       double   to_x,
                       double   to_y,
                       double   to_top,
                       double   to_bottom)
{
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, from_x, from_y);
  if (to_x - from_x >= 20)
    {
      cairo_line_to (cr, from_x + 10, from_y);
      cairo_line_to (cr, from_x + 10, to_y);
    }
  else
    {
      double gap = to_y >= from_y ? to_top - WP_ROADMAP_TRACK_GAP / 2
                                  : to_bottom + WP_ROADMAP_TRACK_GAP / 2;

      cairo_line_to (cr, from_x + 8, from_y);
      cairo_line_to (cr, from_x + 8, gap);
      cairo_line_to (cr, to_x - 10, gap);
      cairo_line_to (cr, to_x - 10, to_y);
    }
  cairo_line_to (cr, to_x - 1, to_y);
  cairo_stroke (cr);
  cairo_move_to (cr, to_x, to_y);
  cairo_line_to (cr, to_x - 7, to_y - 4);
  cairo_line_to (cr, to_x - 7, to_y + 4);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_dependencies (Canvas *canvas)
{
  GHashTableIter iter;
  gpointer entry, value;

  g_hash_table_iter_init (&iter, wp_roadmap_layout_get_places (canvas->layout));
  while (g_hash_table_iter_next (&iter, &entry, &value))
    for (const char * const *id = wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_DEPENDS_ON);
         *id; id++)
      {
        WpEntity *before = wp_document_lookup (canvas->document, WP_KIND_ENTRY, *id);
        const WpRoadmapPlace *other = before ? wp_roadmap_layout_lookup (canvas->layout, before)
                                             : NULL;
        const WpRoadmapPlace *place = value;
        double to_top, from_y;

        if (other == NULL)
          continue;
        from_y = canvas->top + wp_roadmap_geometry_bar_y (canvas->layout, other) +
                 WP_ROADMAP_BAR_HEIGHT / 2;
        to_top = canvas->top + wp_roadmap_geometry_bar_y (canvas->layout, place);
        if (place->conflict)
          set_color (canvas->cr, &today_red, 1);
        else
          set_color (canvas->cr, &ink, 0.45);
        wp_roadmap_draw_arrow (canvas->cr, day_x (canvas, other->end + 1.0), from_y,
                               day_x (canvas, place->start), to_top + WP_ROADMAP_BAR_HEIGHT / 2,
                               to_top, to_top + WP_ROADMAP_BAR_HEIGHT);
      }
}

static void
draw (Canvas *canvas)
{
  GHashTableIter iter;
  gpointer entry, place;

  cairo_set_source_rgb (canvas->cr, 1, 1, 1);
  cairo_paint (canvas->cr);
  draw_title (canvas);
  draw_lanes (canvas);
  draw_axis (canvas);
  draw_forecasts (canvas);
  draw_milestones (canvas);
  g_hash_table_iter_init (&iter, wp_roadmap_layout_get_places (canvas->layout));
  while (g_hash_table_iter_next (&iter, &entry, &place))
    draw_bar (canvas, entry, place);
  draw_dependencies (canvas);
}

static cairo_surface_t *
create_surface (WpExportFormat  format,
                double          width,
                double          height,
                GByteArray     *bytes)
{
  switch (format)
    {
    case WP_EXPORT_SVG:
      return cairo_svg_surface_create_for_stream (wp_cairo_append_bytes, bytes, width, height);
    case WP_EXPORT_PDF:
      return cairo_pdf_surface_create_for_stream (wp_cairo_append_bytes, bytes, width, height);
    case WP_EXPORT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
    }
}

/**
 * wp_roadmap_export:
 * @document: the document
 * @format: the kind of file
 * @error: the reason when it fails
 *
 * Draws the whole roadmap, fitted to all scheduled entries.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
wp_roadmap_export (WpDocument     *document,
                   WpExportFormat  format,
                   GError        **error)
{
  g_autoptr(WpRoadmapLayout) layout = wp_roadmap_layout_new ();
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  Canvas canvas = { NULL, document, layout, { 0, 1 }, MARGIN + TITLE_BLOCK + HEADER, 0, 0 };
  guint32 first, last;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  wp_roadmap_layout_compute (layout, document, NULL, NULL);
  if (!wp_roadmap_layout_get_span (layout, &first, &last))
    first = last = wp_date_today ();
  wp_time_scale_fit (&canvas.scale, first, last, TIME_WIDTH);
  canvas.bottom = canvas.top + MAX (wp_roadmap_geometry_height (layout), WP_ROADMAP_BAR_HEIGHT);
  canvas.right = MARGIN + TITLE_WIDTH + TIME_WIDTH;

  surface = create_surface (format, canvas.right + MARGIN, canvas.bottom + MARGIN, bytes);
  canvas.cr = cairo_create (surface);
  cairo_rectangle (canvas.cr, 0, 0, canvas.right + MARGIN, canvas.bottom + MARGIN);
  cairo_clip (canvas.cr);
  draw (&canvas);
  cairo_destroy (canvas.cr);
  if (format == WP_EXPORT_PNG)
    cairo_surface_write_to_png_stream (surface, wp_cairo_append_bytes, bytes);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the roadmap: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
