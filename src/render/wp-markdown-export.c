/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The product as Markdown, to paste into a wiki, an e-mail or a pull
 * request: the vision, the open backlog as a table with its release lines,
 * the roadmap as Now, Next and Later, and a sprint's review as its slides
 * say it (goal, delivered, not delivered, burndown and the rest, with the
 * notes typed during the review). User text is escaped, so a title with a
 * "|" or a "*" stays text and cannot break the table.
 */
#define G_LOG_DOMAIN "waypoint-render"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-date.h"
#include "wp-item-words.h"
#include "wp-markdown-export.h"
#include "wp-roadmap-layout.h"

/* @text as Markdown shows it literally, on one line. */
static void
append_escaped (GString    *out,
                const char *text)
{
  gboolean line_start = TRUE;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      /* Marks that format inline, and those that start a heading or a list at a line's start. */
      if (strchr ("\\`*_[]<>|~", *p) != NULL ||
          (line_start && strchr ("#+-=", *p) != NULL))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      line_start = line_start && *p == ' ';
    }
}

/* Ends what came before with a blank line, once. */
static void
blank_line (GString *out)
{
  while (!g_str_has_suffix (out->str, "\n\n"))
    g_string_append_c (out, '\n');
}

static void
append_heading (GString    *out,
                int         level,
                const char *text)
{
  blank_line (out);
  g_string_append_printf (out, "%.*s ", level, "######");
  append_escaped (out, text);
  g_string_append (out, "\n\n");
}

static char *
format_day (const char *date)
{
  guint32 day;

  return date != NULL && wp_date_parse (date, &day) ? wp_date_format (day) : NULL;
}

static void
append_vision (GString    *out,
               WpDocument *document)
{
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));
  const char *name = wp_entity_get_string (product, WP_PRODUCT_NAME);
  const char *vision = wp_entity_get_string (product, WP_PRODUCT_VISION);

  g_string_append (out, "# ");
  append_escaped (out, name[0] != '\0' ? name : _("Untitled Product"));
  g_string_append (out, "\n");
  if (vision[0] != '\0')
    {
      g_string_append (out, "\n> ");
      append_escaped (out, vision);
      g_string_append (out, "\n");
    }
}

static void
append_release_row (GString    *out,
                    WpEntity   *release)
{
  g_autofree char *day = format_day (wp_entity_get_string (release, WP_RELEASE_DATE));

  g_string_append (out, "| | **");
  append_escaped (out, wp_entity_get_display_name (release));
  if (day != NULL)
    g_string_append_printf (out, " — %s", day);
  g_string_append (out, "** | | | | |\n");
}

static void
append_item_row (GString    *out,
                 WpDocument *document,
                 WpEntity   *item,
                 guint       number)
{
  double points = wp_entity_get_number (item, WP_ITEM_ESTIMATE);
  const char *moscow = wp_entity_get_string (item, WP_ITEM_MOSCOW);

  g_string_append_printf (out, "| %u | ", number);
  append_escaped (out, wp_entity_get_display_name (item));
  g_string_append (out, " | ");
  g_string_append (out, wp_item_kind_name (wp_entity_get_string (item, WP_ITEM_KIND)));
  g_string_append (out, " | ");
  if (points >= 0)
    g_string_append_printf (out, "%g", points);
  g_string_append (out, " | ");
  if (moscow != NULL)
    g_string_append (out, wp_item_moscow_name (moscow));
  g_string_append (out, " | ");
  append_escaped (out, wp_referenced_name (document, WP_KIND_COLUMN,
                                           wp_entity_get_string (item, WP_ITEM_STATUS)));
  g_string_append (out, " |\n");
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (wp_entity_get_string (*(WpEntity **) a, WP_RELEASE_RANK),
                    wp_entity_get_string (*(WpEntity **) b, WP_RELEASE_RANK));
}

/* The releases with a cut line, in the backlog's order. */
static GPtrArray *
release_lines (WpDocument *document)
{
  GListModel *releases = wp_document_get_list (document, WP_KIND_RELEASE);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      WpEntity *release = g_list_model_get_item (releases, i);

      if (wp_entity_get_string (release, WP_RELEASE_RANK)[0] != '\0')
        g_ptr_array_add (lines, release);
      else
        g_object_unref (release);
    }
  g_ptr_array_sort (lines, compare_lines);

  return lines;
}

/* The items not done yet, in order, with the release lines where they cut the backlog. */
static void
append_backlog (GString    *out,
                WpDocument *document)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(GPtrArray) lines = release_lines (document);
  guint n = g_list_model_get_n_items (items), shown = 0, line = 0, done = 0;

  append_heading (out, 2, _("Backlog"));
  g_string_append_printf (out, "| # | %s | %s | %s | %s | %s |\n", _("Item"), _("Kind"),
                          _("Points"), _("MoSCoW"), _("Status"));
  g_string_append (out, "|--:|---|---|--:|---|---|\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *rank = wp_entity_get_string (item, WP_ITEM_RANK);

      for (; line < lines->len &&
             strcmp (wp_entity_get_string (g_ptr_array_index (lines, line), WP_RELEASE_RANK),
                     rank) < 0; line++)
        append_release_row (out, g_ptr_array_index (lines, line));
      if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL)
        {
          done++;
          continue;
        }
      append_item_row (out, document, item, ++shown);
    }
  for (; line < lines->len; line++)
    append_release_row (out, g_ptr_array_index (lines, line));
  if (done > 0)
    g_string_append_printf (out, "\n%s\n",
                            g_dngettext (GETTEXT_PACKAGE, "One done item is not shown.",
                                         "Done items are not shown.", done));
}

static void
append_entry (GString    *out,
              WpDocument *document,
              WpEntity   *entry)
{
  g_autofree char *start = format_day (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_START));
  g_autofree char *end = format_day (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_END));
  const char *lane = wp_referenced_name (document, WP_KIND_LANE,
                                         wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE));

  g_string_append (out, "- **");
  append_escaped (out, wp_entity_get_display_name (entry));
  g_string_append (out, "**");
  if (start != NULL || end != NULL)
    g_string_append_printf (out, " (%s – %s)", start != NULL ? start : "…",
                            end != NULL ? end : "…");
  if (lane != NULL && lane[0] != '\0')
    {
      g_string_append (out, " — ");
      append_escaped (out, lane);
    }
  g_string_append_c (out, '\n');
}

static void
append_roadmap (GString    *out,
                WpDocument *document,
                guint32     today)
{
  GListModel *entries = wp_document_get_list (document, WP_KIND_ENTRY);
  const struct {
    WpHorizon   horizon;
    const char *name;
  } horizons[] = {
    { WP_HORIZON_NOW, N_("Now") },
    { WP_HORIZON_NEXT, N_("Next") },
    { WP_HORIZON_LATER, N_("Later") },
  };

  if (g_list_model_get_n_items (entries) == 0)
    return;
  append_heading (out, 2, _("Roadmap"));
  for (guint h = 0; h < G_N_ELEMENTS (horizons); h++)
    {
      gboolean named = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(WpEntity) entry = g_list_model_get_item (entries, i);

          if (wp_roadmap_entry_horizon (entry, today) != horizons[h].horizon)
            continue;
          if (!named)
            append_heading (out, 3, _(horizons[h].name));
          named = TRUE;
          append_entry (out, document, entry);
        }
    }
}

static void
append_slide (GString       *out,
              const WpSlide *slide)
{
  append_heading (out, 3, slide->heading);
  if (slide->lead[0] != '\0')
    {
      append_escaped (out, slide->lead);
      g_string_append (out, "\n\n");
    }
  for (guint i = 0; i < slide->lines->len; i++)
    {
      const WpSlideLine *line = g_ptr_array_index (slide->lines, i);

      if (line->group)
        {
          blank_line (out);
          g_string_append (out, "**");
          append_escaped (out, line->text);
          g_string_append (out, "**\n\n");
          continue;
        }
      g_string_append (out, "- ");
      append_escaped (out, line->text);
      if (line->detail != NULL)
        {
          g_string_append (out, " — ");
          append_escaped (out, line->detail);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_review (GString    *out,
               WpDocument *document,
               WpEntity   *sprint,
               guint32     today)
{
  g_autoptr(GPtrArray) slides = wp_review_build (document, sprint, today);
  g_autofree char *heading = g_strdup_printf (_("Sprint Review: %s"),
                                              wp_entity_get_display_name (sprint));
  const char *notes = wp_entity_get_string (sprint, WP_SPRINT_REVIEW_NOTES);

  append_heading (out, 2, heading);
  for (guint i = 0; i < slides->len; i++)
    {
      const WpSlide *slide = g_ptr_array_index (slides, i);

      if (slide->kind != WP_SLIDE_TITLE)
        append_slide (out, slide);
    }
  if (notes[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (notes, "\n", -1);

      append_heading (out, 3, _("Notes"));
      for (guint i = 0; lines[i] != NULL; i++)
        {
          append_escaped (out, lines[i]);
          g_string_append (out, "  \n");
        }
    }
}

/**
 * wp_markdown_export:
 * @document: a document
 * @sprint: (nullable): the sprint whose review to add, or %NULL for none
 * @today: the day the roadmap and the review count from
 *
 * Returns: (transfer full): the product as Markdown, UTF-8
 */
GBytes *
wp_markdown_export (WpDocument *document,
                    WpEntity   *sprint,
                    guint32     today)
{
  GString *out = g_string_new (NULL);
  gsize length;

  append_vision (out, document);
  append_backlog (out, document);
  append_roadmap (out, document, today);
  if (sprint != NULL)
    append_review (out, document, sprint, today);
  length = out->len;

  return g_bytes_new_take (g_string_free (out, FALSE), length);
}
