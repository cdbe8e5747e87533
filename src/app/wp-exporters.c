/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The exports, in one table that the command line (--export=NAME) and the
 * window's Export menu (win.export::NAME) both read, so that they offer the
 * same formats under the same names: the document itself, CSV for
 * spreadsheets, Markdown, a web page, the roadmap as a picture, the
 * sprint review as slides and the releases' forecasts as JSON.
 */
#define G_LOG_DOMAIN "waypoint"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-csv-export.h"
#include "wp-date.h"
#include "wp-exporters.h"
#include "wp-forecast-export.h"
#include "wp-html-export.h"
#include "wp-markdown-export.h"
#include "wp-review-export.h"
#include "wp-roadmap-export.h"
#include "wp-writer.h"

static GBytes *
write_json (WpDocument  *document,
            WpEntity    *sprint,
            GError     **error)
{
  return wp_write_document (document);
}

static GBytes *
write_csv (WpDocument  *document,
           WpEntity    *sprint,
           GError     **error)
{
  return wp_csv_export_items (document);
}

static GBytes *
write_feedback_csv (WpDocument  *document,
                    WpEntity    *sprint,
                    GError     **error)
{
  return wp_csv_export_feedback (document);
}

static GBytes *
write_markdown (WpDocument  *document,
                WpEntity    *sprint,
                GError     **error)
{
  return wp_markdown_export (document, sprint, wp_date_today ());
}

static GBytes *
write_html (WpDocument  *document,
            WpEntity    *sprint,
            GError     **error)
{
  return wp_html_export (document, wp_date_today ());
}

static GBytes *
write_roadmap_png (WpDocument  *document,
                   WpEntity    *sprint,
                   GError     **error)
{
  return wp_roadmap_export (document, WP_EXPORT_PNG, error);
}

static GBytes *
write_roadmap_svg (WpDocument  *document,
                   WpEntity    *sprint,
                   GError     **error)
{
  return wp_roadmap_export (document, WP_EXPORT_SVG, error);
}

static GBytes *
write_roadmap_pdf (WpDocument  *document,
                   WpEntity    *sprint,
                   GError     **error)
{
  return wp_roadmap_export (document, WP_EXPORT_PDF, error);
}

static GBytes *
write_review_pdf (WpDocument  *document,
                  WpEntity    *sprint,
                  GError     **error)
{
  if (sprint == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("has no sprint to review"));
      return NULL;
    }

  return wp_review_export_pdf (document, sprint, wp_date_today (), error);
}

static GBytes *
write_forecast (WpDocument  *document,
                WpEntity    *sprint,
                GError     **error)
{
  return wp_forecast_export (document, wp_date_today ());
}

static const WpExporter exporters[] = {
  { "markdown", N_("_Markdown…"), N_("Export as Markdown"), NULL, ".md",
    WP_EXPORT_ANY_SPRINT, FALSE, write_markdown },
  { "html", N_("_Web Page…"), N_("Export as a Web Page"), NULL, ".html",
    WP_EXPORT_NO_SPRINT, TRUE, write_html },
  { "csv", N_("Backlog as _CSV…"), N_("Export the Backlog as CSV"), N_("Backlog"), ".csv",
    WP_EXPORT_NO_SPRINT, FALSE, write_csv },
  { "feedback-csv", N_("_Feedback as CSV…"), N_("Export the Feedback as CSV"), N_("Feedback"),
    ".csv", WP_EXPORT_NO_SPRINT, FALSE, write_feedback_csv },
  { "roadmap-png", N_("Roadmap as _PNG…"), N_("Export the Roadmap as PNG"), N_("Roadmap"),
    ".png", WP_EXPORT_NO_SPRINT, TRUE, write_roadmap_png },
  { "roadmap-svg", N_("Roadmap as _SVG…"), N_("Export the Roadmap as SVG"), N_("Roadmap"),
    ".svg", WP_EXPORT_NO_SPRINT, TRUE, write_roadmap_svg },
  { "roadmap-pdf", N_("Roadmap as P_DF…"), N_("Export the Roadmap as PDF"), N_("Roadmap"),
    ".pdf", WP_EXPORT_NO_SPRINT, TRUE, write_roadmap_pdf },
  { "review-pdf", N_("Sprint _Review as PDF…"), N_("Export the Sprint Review"), N_("Review"),
    ".pdf", WP_EXPORT_NEEDS_SPRINT, TRUE, write_review_pdf },
  { "forecast", N_("F_orecasts as JSON…"), N_("Export the Forecasts as JSON"), N_("Forecasts"),
    ".json", WP_EXPORT_NO_SPRINT, TRUE, write_forecast },
  { "json", N_("Waypoint _JSON…"), N_("Export as Waypoint JSON"), NULL, ".waypoint",
    WP_EXPORT_NO_SPRINT, FALSE, write_json },
};

guint
wp_exporters_count (void)
{
  return G_N_ELEMENTS (exporters);
}

const WpExporter *
wp_exporters_get (guint i)
{
  g_return_val_if_fail (i < G_N_ELEMENTS (exporters), NULL);

  return &exporters[i];
}

/**
 * wp_exporters_find:
 * @name: an export's name
 *
 * Returns: (nullable): the export of that name
 */
const WpExporter *
wp_exporters_find (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_strcmp0 (exporters[i].name, name) == 0)
      return &exporters[i];

  return NULL;
}

/**
 * wp_exporters_list:
 *
 * Returns: (transfer full): the names, for a message: "markdown, html, …"
 */
char *
wp_exporters_list (void)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", exporters[i].name);

  return g_string_free (names, FALSE);
}
