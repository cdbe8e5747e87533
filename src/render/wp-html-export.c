/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A web page for stakeholders: one self-contained HTML file with no script
 * and nothing fetched from anywhere (its style is inline, the roadmap is an
 * inline SVG drawn by wp-roadmap-export.c), so it opens offline, in a mail
 * client's preview, on a phone. It shows the vision, the roadmap, the top of
 * the backlog down to its first release lines and the current sprint, and it
 * prints. Every text from the document is escaped.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-date.h"
#include "wp-html-export.h"
#include "wp-item-words.h"
#include "wp-roadmap-export.h"

/* How many release lines of the backlog the page shows, and items at most when there are none. */
#define RELEASE_LINES 2
#define ITEMS_WITHOUT_LINES 20

static const char style[] =
  "body{font-family:Cantarell,'Segoe UI',system-ui,sans-serif;margin:0 auto;max-width:60rem;"
  "padding:1rem;line-height:1.45;color:#1e1e1e;background:#fff}"
  "h1{font-size:2rem;margin:.5rem 0}h2{margin-top:2rem;border-bottom:1px solid #ddd}"
  "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;"
  "border-bottom:1px solid #eee;vertical-align:top}td.n{text-align:right;white-space:nowrap}"
  "tr.release td{font-weight:bold;border-bottom:2px solid #3584e4;color:#1c71d8}"
  ".vision{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem}"
  ".vision div{background:#f6f5f4;border-radius:8px;padding:.75rem}"
  ".vision h3{margin:0 0 .25rem;font-size:.9rem;color:#5e5c64}"
  ".roadmap{overflow-x:auto}.roadmap svg{width:100%;min-width:40rem;height:auto}"
  ".muted{color:#5e5c64}footer{margin-top:3rem;font-size:.8rem;color:#77767b}"
  "@media (prefers-color-scheme:dark){body{color:#fff;background:#242424}"
  ".vision div{background:#303030}.vision h3,.muted{color:#c0bfbc}th,td{border-color:#3d3d3d}"
  "tr.release td{color:#78aeed;border-color:#78aeed}}"
  "@media print{body{max-width:none;color:#000;background:#fff}h2{break-after:avoid}"
  "tr{break-inside:avoid}}";

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* <@tag class="@class">@text</@tag>, the text escaped; @class may be NULL. */
static void
append_element (GString    *out,
                const char *tag,
                const char *class,
                const char *text)
{
  g_string_append_printf (out, "<%s", tag);
  if (class != NULL)
    g_string_append_printf (out, " class=\"%s\"", class);
  g_string_append_c (out, '>');
  append_text (out, text);
  g_string_append_printf (out, "</%s>\n", tag);
}

static void
append_vision (GString    *out,
               WpDocument *document)
{
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));
  const struct {
    guint       field;
    const char *title;
  } boxes[] = {
    { WP_PRODUCT_TARGET_GROUP, N_("Target Group") },
    { WP_PRODUCT_NEEDS, N_("Needs") },
    { WP_PRODUCT_PRODUCT, N_("Product") },
    { WP_PRODUCT_BUSINESS_GOALS, N_("Business Goals") },
  };
  const char *vision = wp_entity_get_string (product, WP_PRODUCT_VISION);

  if (vision[0] != '\0')
    append_element (out, "p", "lead", vision);
  g_string_append (out, "<section class=\"vision\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      const char *text = wp_entity_get_string (product, boxes[i].field);

      if (text[0] == '\0')
        continue;
      g_string_append (out, "<div>");
      append_element (out, "h3", NULL, _(boxes[i].title));
      append_element (out, "p", NULL, text);
      g_string_append (out, "</div>\n");
    }
  g_string_append (out, "</section>\n");
}

/* The roadmap picture, without the XML declaration an inline SVG must not have. */
static void
append_roadmap (GString    *out,
                WpDocument *document)
{
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *text = NULL;
  const char *start;

  if (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_ENTRY)) == 0)
    return;
  svg = wp_roadmap_export (document, WP_EXPORT_SVG, NULL);
  if (svg == NULL)
    return;
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  start = strstr (text, "<svg");
  if (start == NULL)
    return;
  append_element (out, "h2", NULL, _("Roadmap"));
  g_string_append_printf (out, "<div class=\"roadmap\" role=\"img\" aria-label=\"%s\">\n%s</div>\n",
                          _("The roadmap"), start);
}

static void
append_item_row (GString    *out,
                 WpDocument *document,
                 WpEntity   *item)
{
  double points = wp_entity_get_number (item, WP_ITEM_ESTIMATE);

  g_string_append (out, "<tr><td>");
  append_text (out, wp_entity_get_display_name (item));
  g_string_append (out, "</td><td>");
  append_text (out, wp_item_kind_name (wp_entity_get_string (item, WP_ITEM_KIND)));
  g_string_append (out, "</td><td class=\"n\">");
  if (points >= 0)
    g_string_append_printf (out, "%g", points);
  g_string_append (out, "</td><td>");
  append_text (out, wp_referenced_name (document, WP_KIND_COLUMN,
                                        wp_entity_get_string (item, WP_ITEM_STATUS)));
  g_string_append (out, "</td></tr>\n");
}

static void
append_release_row (GString  *out,
                    WpEntity *release)
{
  const char *date = wp_entity_get_string (release, WP_RELEASE_DATE);
  guint32 day;

  g_string_append (out, "<tr class=\"release\"><td colspan=\"4\">");
  append_text (out, wp_entity_get_display_name (release));
  if (date != NULL && wp_date_parse (date, &day))
    {
      g_autofree char *shown = wp_date_format (day);

      g_string_append (out, " — ");
      append_text (out, shown);
    }
  g_string_append (out, "</td></tr>\n");
}

/* The release that cuts the backlog right above @rank, if one does, among @releases. */
static WpEntity *
line_before (GListModel *releases,
             const char *previous,
             const char *rank)
{
  WpEntity *found = NULL;

  for (guint r = 0; r < g_list_model_get_n_items (releases); r++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, r);
      const char *line = wp_entity_get_string (release, WP_RELEASE_RANK);

      if (line[0] != '\0' && (previous == NULL || strcmp (line, previous) > 0) &&
          (rank == NULL || strcmp (line, rank) < 0) &&
          (found == NULL || strcmp (line, wp_entity_get_string (found, WP_RELEASE_RANK)) < 0))
        found = release;
    }

  return found;
}

/* The open items down to the RELEASE_LINES-th release line, or the first ones. */
static void
append_backlog (GString    *out,
                WpDocument *document)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  GListModel *releases = wp_document_get_list (document, WP_KIND_RELEASE);
  guint n = g_list_model_get_n_items (items), lines = 0, shown = 0, left = 0;
  const char *after = NULL;

  append_element (out, "h2", NULL, _("Backlog"));
  g_string_append_printf (out, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                               "</tr></thead><tbody>\n",
                          _("Item"), _("Kind"), _("Points"), _("Status"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *rank = wp_entity_get_string (item, WP_ITEM_RANK);
      WpEntity *release;

      while (lines < RELEASE_LINES && (release = line_before (releases, after, rank)) != NULL)
        {
          append_release_row (out, release);
          after = wp_entity_get_string (release, WP_RELEASE_RANK);
          lines++;
        }
      if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL)
        continue;
      if (lines >= RELEASE_LINES || (lines == 0 && line_before (releases, NULL, NULL) == NULL &&
                                     shown >= ITEMS_WITHOUT_LINES))
        {
          left++;
          continue;
        }
      append_item_row (out, document, item);
      shown++;
    }
  g_string_append (out, "</tbody></table>\n");
  if (left > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "And %u more item further down.",
                                                            "And %u more items further down.",
                                                            left), left);

      append_element (out, "p", "muted", more);
    }
}

static WpEntity *
current_sprint (WpDocument *document)
{
  GListModel *sprints = wp_document_get_list (document, WP_KIND_SPRINT);

  for (guint i = 0; i < g_list_model_get_n_items (sprints); i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);

      if (g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_STATE), "active") == 0)
        return sprint;
    }

  return NULL;
}

static void
append_sprint (GString    *out,
               WpDocument *document)
{
  WpEntity *sprint = current_sprint (document);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  double points = 0, done_points = 0;
  g_autofree char *heading = NULL, *progress = NULL;
  const char *goal;

  if (sprint == NULL)
    return;
  heading = g_strdup_printf (_("Current Sprint: %s"), wp_entity_get_display_name (sprint));
  append_element (out, "h2", NULL, heading);
  goal = wp_entity_get_string (sprint, WP_SPRINT_GOAL);
  if (goal[0] != '\0')
    append_element (out, "p", "lead", goal);
  g_string_append_printf (out, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                               "</tr></thead><tbody>\n",
                          _("Item"), _("Kind"), _("Points"), _("Status"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      double estimate = MAX (wp_entity_get_number (item, WP_ITEM_ESTIMATE), 0);

      if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), wp_entity_get_id (sprint)) != 0)
        continue;
      append_item_row (out, document, item);
      points += estimate;
      if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL)
        done_points += estimate;
    }
  g_string_append (out, "</tbody></table>\n");
  /* Translators: points done of the points in the sprint, such as "13 of 21 points done" */
  progress = g_strdup_printf (_("%g of %g points done"), done_points, points);
  append_element (out, "p", "muted", progress);
}

/**
 * wp_html_export:
 * @document: a document
 * @today: the day the page is made, for its footer
 *
 * Returns: (transfer full): a self-contained HTML page of the product, UTF-8
 */
GBytes *
wp_html_export (WpDocument *document,
                guint32     today)
{
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));
  const char *name = wp_entity_get_string (product, WP_PRODUCT_NAME);
  g_autofree char *day = wp_date_format (today);
  g_autofree char *footer = g_strdup_printf (_("Made with Waypoint on %s."), day);
  GString *out = g_string_new (NULL);
  gsize length;

  name = name[0] != '\0' ? name : _("Untitled Product");
  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; style-src 'unsafe-inline'; img-src data:\">\n");
  append_element (out, "title", NULL, name);
  g_string_append_printf (out, "<style>%s</style></head>\n<body>\n", style);
  append_element (out, "h1", NULL, name);
  append_vision (out, document);
  append_roadmap (out, document);
  append_backlog (out, document);
  append_sprint (out, document);
  append_element (out, "footer", NULL, footer);
  g_string_append (out, "</body></html>\n");
  length = out->len;

  return g_bytes_new_take (g_string_free (out, FALSE), length);
}
