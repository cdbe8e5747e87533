/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpImportReport collects what an import says before anything changes: the
 * notes on what it dropped or converted, each about one item (its title is
 * the subject) or the whole file, and counts of what it creates, made from
 * the imported product itself. The preview dialog shows it; the command line
 * prints it on stderr.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-import-report.h"

typedef struct {
  char *subject;   /* an item's title, or NULL: the whole import */
  char *text;
} Note;

struct _WpImportReport
{
  GObject  parent_instance;

  GArray  *notes;
  guint    comments;
};

G_DEFINE_FINAL_TYPE (WpImportReport, wp_import_report, G_TYPE_OBJECT)

static void
clear_note (gpointer data)
{
  Note *note = data;

  g_free (note->subject);
  g_free (note->text);
}

static void
wp_import_report_finalize (GObject *object)
{
  WpImportReport *self = WP_IMPORT_REPORT (object);

  g_array_unref (self->notes);

  G_OBJECT_CLASS (wp_import_report_parent_class)->finalize (object);
}

static void
wp_import_report_class_init (WpImportReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_import_report_finalize;
}

static void
wp_import_report_init (WpImportReport *self)
{
  self->notes = g_array_new (FALSE, FALSE, sizeof (Note));
  g_array_set_clear_func (self->notes, clear_note);
}

WpImportReport *
wp_import_report_new (void)
{
  return g_object_new (WP_TYPE_IMPORT_REPORT, NULL);
}

/**
 * wp_import_report_note:
 * @self: a report
 * @subject: (nullable): the title of the item the note is about, or %NULL for the import
 * @format: what was dropped or converted, and why, as a printf() format
 *
 * Adds a note.
 */
void
wp_import_report_note (WpImportReport *self,
                       const char     *subject,
                       const char     *format,
                       ...)
{
  Note note = { g_strdup (subject), NULL };
  va_list args;

  g_return_if_fail (WP_IS_IMPORT_REPORT (self));

  va_start (args, format);
  note.text = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->notes, note);
}

guint
wp_import_report_get_n_notes (WpImportReport *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_REPORT (self), 0);

  return self->notes->len;
}

/**
 * wp_import_report_get_note:
 * @self: a report
 * @i: which note
 * @subject: (out) (optional) (nullable): the item it is about, or %NULL
 *
 * Returns: the note's text
 */
const char *
wp_import_report_get_note (WpImportReport  *self,
                           guint            i,
                           const char     **subject)
{
  Note *note;

  g_return_val_if_fail (WP_IS_IMPORT_REPORT (self), NULL);
  g_return_val_if_fail (i < self->notes->len, NULL);

  note = &g_array_index (self->notes, Note, i);
  if (subject != NULL)
    *subject = note->subject;

  return note->text;
}

/* Comments that became part of the items' descriptions, for the counts. */
void
wp_import_report_add_comments (WpImportReport *self,
                               guint           n)
{
  g_return_if_fail (WP_IS_IMPORT_REPORT (self));

  self->comments += n;
}

static guint
count_criteria (WpDocument *incoming)
{
  GListModel *items = wp_document_get_list (incoming, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      JsonNode *criteria = wp_entity_get_node (item, WP_ITEM_ACCEPTANCE);

      count += json_array_get_length (json_node_get_array (criteria));
    }

  return count;
}

/* Keeps @line, "@n things", unless @n is 0. */
static void
add_count (GPtrArray *lines,
           guint      n,
           char      *line)
{
  if (n > 0)
    g_ptr_array_add (lines, line);
  else
    g_free (line);
}

/* How many entities of @kind @incoming brings: into @target, those it does not have by name. */
static guint
count_of (WpDocument *incoming,
          WpDocument *target,
          WpKind      kind)
{
  guint n = g_list_model_get_n_items (wp_document_get_list (incoming, kind));
  g_auto(GStrv) reused = NULL;

  if (target == NULL || kind == WP_KIND_ITEM || kind == WP_KIND_FEEDBACK)
    return n;
  reused = wp_document_merge_reused (target, incoming, kind);

  return n - g_strv_length (reused);
}

/**
 * wp_import_report_summarize:
 * @self: a report
 * @incoming: the imported product
 * @target: (nullable): the product it is merged into, which may have some of its columns,
 *   sprints and releases already
 *
 * Returns: (transfer full): what the import creates, one line per kind ("18 columns"),
 *   leaving out what it creates none of
 */
GStrv
wp_import_report_summarize (WpImportReport *self,
                            WpDocument     *incoming,
                            WpDocument     *target)
{
  GPtrArray *lines = g_ptr_array_new ();
  guint columns, items, criteria, sprints, releases, feedback;

  g_return_val_if_fail (WP_IS_IMPORT_REPORT (self), NULL);

  columns = count_of (incoming, target, WP_KIND_COLUMN);
  items = count_of (incoming, target, WP_KIND_ITEM);
  criteria = count_criteria (incoming);
  sprints = count_of (incoming, target, WP_KIND_SPRINT);
  releases = count_of (incoming, target, WP_KIND_RELEASE);
  feedback = count_of (incoming, target, WP_KIND_FEEDBACK);

  /* Translators: what an import creates, one line each */
  add_count (lines, columns,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u column", "%u columns", columns),
                              columns));
  add_count (lines, items,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", items), items));
  add_count (lines, criteria,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u acceptance criterion",
                                           "%u acceptance criteria", criteria), criteria));
  add_count (lines, sprints,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sprint", "%u sprints", sprints),
                              sprints));
  add_count (lines, releases,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u release", "%u releases",
                                           releases), releases));
  add_count (lines, feedback,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u feedback entry",
                                           "%u feedback entries", feedback), feedback));
  add_count (lines, self->comments,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u comment", "%u comments",
                                           self->comments), self->comments));
  g_ptr_array_add (lines, NULL);

  return (GStrv) g_ptr_array_free (lines, FALSE);
}

/**
 * wp_import_report_to_text:
 * @self: a report
 * @incoming: the imported product
 * @target: (nullable): the product it is merged into
 *
 * Returns: (transfer full): the report as the command line prints it: what is created on one
 *   line, then one line per note, "Title: note" for an item's
 */
char *
wp_import_report_to_text (WpImportReport *self,
                          WpDocument     *incoming,
                          WpDocument     *target)
{
  g_auto(GStrv) counts = wp_import_report_summarize (self, incoming, target);
  g_autofree char *joined = g_strjoinv (", ", counts);
  GString *text = g_string_new (NULL);

  /* Translators: %s is a list such as "18 columns, 122 items, 93 comments" */
  g_string_append_printf (text, _("Creates %s"), counts[0] != NULL ? joined : _("nothing"));
  g_string_append_c (text, '\n');
  for (guint i = 0; i < self->notes->len; i++)
    {
      Note *note = &g_array_index (self->notes, Note, i);

      if (note->subject != NULL)
        g_string_append_printf (text, "%s: ", note->subject);
      g_string_append_printf (text, "%s\n", note->text);
    }

  return g_string_free (text, FALSE);
}
