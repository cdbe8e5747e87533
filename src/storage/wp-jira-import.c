/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpJiraImport reads the CSV that Jira exports ("all fields" or "current
 * fields"). Columns are found by name (wp-jira-fields.c), and a column Jira
 * repeats (Labels, Sprint, Fix versions, Comment…) is read in all its
 * copies. The backlog order is the Rank field's (a LexoRank, which sorts as
 * text), else the file's; the board's columns are the statuses, in the
 * order of their category (To Do, In Progress, Done), with one column for
 * everything done; sprints and fix versions become sprints and releases,
 * epics and parents are linked. What has no field in Waypoint is added to
 * the description as text; Jira's wiki markup is kept as it is.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-csv.h"
#include "wp-document-private.h"
#include "wp-error.h"
#include "wp-jira-import.h"
#include "wp-jira-import-private.h"
#include "wp-rank.h"

/* Jira's export stops at this many issues unless an administrator changed it. */
#define JIRA_EXPORT_LIMIT 1000

struct _WpJiraImport
{
  WpImport   parent_instance;

  GPtrArray *rows;                     /* GStrv, the header first */
  GArray    *columns[JIRA_N_FIELDS];   /* the column indexes of each field, in the file's order */
};

G_DEFINE_FINAL_TYPE (WpJiraImport, wp_jira_import, WP_TYPE_IMPORT)

/* The text of a cell, or NULL when it is empty (rows are trimmed and as wide as the header). */
static const char *
cell_at (GStrv  row,
         guint  column)
{
  return row[column][0] != '\0' ? row[column] : NULL;
}

/**
 * _wp_jira_cell:
 * @build: the build
 * @row: an issue's row
 * @field: what to read
 *
 * Returns: (nullable): the first value of @field in @row, trimmed
 */
const char *
_wp_jira_cell (Build     *build,
               GStrv      row,
               JiraField  field)
{
  GArray *columns = build->self->columns[field];

  for (guint i = 0; i < columns->len; i++)
    if (cell_at (row, g_array_index (columns, guint, i)) != NULL)
      return cell_at (row, g_array_index (columns, guint, i));

  return NULL;
}

/**
 * _wp_jira_cells:
 * @build: the build
 * @row: an issue's row
 * @field: a field Jira may repeat
 *
 * Returns: (transfer container): every value of @field in @row, left to right
 */
GPtrArray *
_wp_jira_cells (Build     *build,
                GStrv      row,
                JiraField  field)
{
  GArray *columns = build->self->columns[field];
  GPtrArray *values = g_ptr_array_new ();

  for (guint i = 0; i < columns->len; i++)
    if (cell_at (row, g_array_index (columns, guint, i)) != NULL)
      g_ptr_array_add (values, (gpointer) cell_at (row, g_array_index (columns, guint, i)));

  return values;
}

/* Whether a cell of a column the import does not read, and so did not trim, holds anything. */
static gboolean
has_text (const char *cell)
{
  while (g_ascii_isspace (*cell))
    cell++;

  return *cell != '\0';
}

static gboolean
is_blank_row (GStrv row)
{
  for (guint i = 0; row[i] != NULL; i++)
    if (has_text (row[i]))
      return FALSE;

  return TRUE;
}

/* Trimmed, with CRLF and CR as LF, in place and in one pass: every cell the import reads. */
static void
tidy_cell (char *cell)
{
  const char *in = cell;
  char *out = cell, *end = cell;

  while (g_ascii_isspace (*in))
    in++;
  for (; *in != '\0'; in++, out++)
    {
      char c = *in;

      if (c == '\r')
        {
          in += in[1] == '\n';
          c = '\n';
        }
      if (out != in || c != *in)
        *out = c;
      if (!g_ascii_isspace (c))
        end = out + 1;
    }
  *end = '\0';
}

/*
 * A short row filled with empty cells to @width, and the cells of the @read
 * columns trimmed, with a line break as one whatever the file's line ends
 * (Jira's Spanish export: CRLF). The other columns are left as they are:
 * an "all fields" export has hundreds, mostly empty.
 */
static GStrv
tidy_row (GStrv   row,
          guint   width,
          GArray *read)
{
  guint length = g_strv_length (row);

  if (length < width)
    {
      row = g_renew (char *, row, width + 1);
      for (guint c = length; c < width; c++)
        row[c] = g_strdup ("");
      row[width] = NULL;
    }
  for (guint i = 0; i < read->len; i++)
    tidy_cell (row[g_array_index (read, guint, i)]);

  return row;
}

static gboolean
wp_jira_import_read (WpImport  *import,
                     GBytes    *bytes,
                     GError   **error)
{
  WpJiraImport *self = WP_JIRA_IMPORT (import);
  g_autofree char *text = wp_csv_decode (bytes, NULL, error);
  g_autoptr(GPtrArray) rows = text != NULL ? wp_csv_parse (text, error) : NULL;
  g_autoptr(GArray) read = g_array_new (FALSE, FALSE, sizeof (guint));
  GStrv header;

  if (rows == NULL)
    return FALSE;
  header = rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
  for (guint f = 0; f < JIRA_N_FIELDS; f++)
    g_array_set_size (self->columns[f], 0);
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    {
      int field = _wp_jira_field_of (header[i]);

      if (field >= 0)
        {
          g_array_append_val (self->columns[field], i);
          g_array_append_val (read, i);
        }
    }

  if (self->columns[JIRA_SUMMARY]->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("This is not a Jira export: no column is named “Summary”, which holds "
                             "the issues’ titles."));
      return FALSE;
    }
  if (self->columns[JIRA_KEY]->len == 0 && self->columns[JIRA_ID]->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("This is not a Jira export: no column is named “Issue key” or "
                             "“Issue id”."));
      return FALSE;
    }

  for (guint c = 0; header[c] != NULL; c++)
    g_strstrip (header[c]);
  for (guint r = 1; r < rows->len; r++)
    g_ptr_array_index (rows, r) = tidy_row (g_ptr_array_index (rows, r), g_strv_length (header),
                                            read);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_steal_pointer (&rows);

  return TRUE;
}

static int
compare_issues (gconstpointer a,
                gconstpointer b)
{
  const Issue *x = *(Issue **) a, *y = *(Issue **) b;

  /* Ranked issues first, by rank; the others in the file's order. */
  if ((x->rank != NULL) != (y->rank != NULL))
    return x->rank != NULL ? -1 : 1;
  if (x->rank != NULL && strcmp (x->rank, y->rank) != 0)
    return strcmp (x->rank, y->rank);

  return x->line < y->line ? -1 : x->line > y->line;
}

/* Whose account ids the export names: the people in the Assignee, Reporter and Creator columns. */
static void
collect_people (Build *build,
                GStrv  row)
{
  static const JiraField pairs[][2] = {
    { JIRA_ASSIGNEE, JIRA_ASSIGNEE_ID },
    { JIRA_REPORTER, JIRA_REPORTER_ID },
    { JIRA_CREATOR, JIRA_CREATOR_ID },
  };

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      const char *name = _wp_jira_cell (build, row, pairs[p][0]);
      const char *id = _wp_jira_cell (build, row, pairs[p][1]);

      if (name != NULL && id != NULL)
        g_hash_table_insert (build->people, (gpointer) id, (gpointer) name);
    }
}

/* The category of @status_or_category, from the few names a file holds. */
static WpStatusCategory
category_of (GHashTable *categories,
             const char *status_or_category)
{
  gpointer category;

  if (status_or_category == NULL)
    return WP_STATUS_UNKNOWN;
  if (!g_hash_table_lookup_extended (categories, status_or_category, NULL, &category))
    {
      category = GINT_TO_POINTER (wp_import_status_category (status_or_category));
      g_hash_table_insert (categories, (gpointer) status_or_category, category);
    }

  return GPOINTER_TO_INT (category);
}

/* The issues in backlog order, their categories and the people they name, in one pass. */
static void
collect_issues (Build *build)
{
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 1; i < build->self->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (build->self->rows, i);
      Issue *issue;
      const char *category;

      if (is_blank_row (row))
        continue;
      issue = g_new0 (Issue, 1);
      issue->row = row;
      issue->line = i + 1;
      issue->rank = _wp_jira_cell (build, row, JIRA_RANK);
      /* Without a Status Category column, the status's own name may tell ("Done"). */
      category = _wp_jira_cell (build, row, JIRA_CATEGORY);
      if (category == NULL)
        category = _wp_jira_cell (build, row, JIRA_STATUS);
      issue->category = category_of (categories, category);
      g_ptr_array_add (build->issues, issue);
      collect_people (build, row);
    }
  g_ptr_array_sort (build->issues, compare_issues);
}

static WpEntity *
new_column (Build      *build,
            const char *title)
{
  WpEntity *column = wp_entity_new (WP_TYPE_COLUMN, NULL);

  wp_entity_set_string (column, WP_COLUMN_TITLE, title);
  g_ptr_array_add (build->columns, column);

  return column;
}

/* The first issue of each status, in backlog order. */
static GPtrArray *
first_of_each_status (Build *build)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *firsts = g_ptr_array_new ();

  for (guint i = 0; i < build->issues->len; i++)
    {
      Issue *issue = g_ptr_array_index (build->issues, i);
      const char *status = _wp_jira_cell (build, issue->row, JIRA_STATUS);

      if (status != NULL && g_hash_table_add (seen, (gpointer) status))
        g_ptr_array_add (firsts, issue);
    }

  return firsts;
}

/*
 * A column per status, in the order of the categories and of first sight;
 * every status of the Done category shares the last column, which means done.
 * Statuses that differ only in case share a column.
 */
static void
make_columns (Build *build)
{
  g_autoptr(GPtrArray) firsts = first_of_each_status (build);
  g_autoptr(GHashTable) folded_columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                NULL);
  g_autoptr(GPtrArray) done = g_ptr_array_new ();
  WpEntity *done_column;

  for (WpStatusCategory category = WP_STATUS_TO_DO; category < WP_STATUS_DONE; category++)
    for (guint i = 0; i < firsts->len; i++)
      {
        Issue *issue = g_ptr_array_index (firsts, i);
        const char *status = _wp_jira_cell (build, issue->row, JIRA_STATUS);
        g_autofree char *folded = g_utf8_casefold (status, -1);

        if (issue->category != category || g_hash_table_contains (folded_columns, folded))
          continue;
        g_hash_table_insert (folded_columns, g_steal_pointer (&folded), new_column (build, status));
      }
  for (guint i = 0; i < firsts->len; i++)
    {
      Issue *issue = g_ptr_array_index (firsts, i);
      const char *status = _wp_jira_cell (build, issue->row, JIRA_STATUS);

      if (issue->category == WP_STATUS_DONE &&
          !g_ptr_array_find_with_equal_func (done, status, g_str_equal, NULL))
        g_ptr_array_add (done, (gpointer) status);
    }
  g_ptr_array_add (done, NULL);
  {
    g_autofree char *title = g_strjoinv (" / ", (char **) done->pdata);

    done_column = new_column (build, title[0] != '\0' ? title : _("Done"));
  }
  for (guint i = 0; done->pdata[i] != NULL; i++)
    g_hash_table_insert (folded_columns, g_utf8_casefold (done->pdata[i], -1), done_column);
  for (guint i = 0; i < firsts->len; i++)
    {
      const char *status = _wp_jira_cell (build, ((Issue *) g_ptr_array_index (firsts, i))->row,
                                          JIRA_STATUS);
      g_autofree char *folded = g_utf8_casefold (status, -1);

      g_hash_table_insert (build->statuses, (gpointer) status,
                           g_hash_table_lookup (folded_columns, folded));
    }
}

static gboolean
sprint_is_done (Build    *build,
                WpEntity *sprint)
{
  gboolean any = FALSE;

  for (guint i = 0; i < build->items->len; i++)
    {
      WpEntity *item = g_ptr_array_index (build->items, i);

      if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), wp_entity_get_id (sprint)) != 0)
        continue;
      if (wp_entity_get_string (item, WP_ITEM_DONE) == NULL)
        return FALSE;
      any = TRUE;
    }

  return any;
}

static int
compare_sprint_names (gconstpointer a,
                      gconstpointer b)
{
  g_autofree char *x = g_utf8_collate_key_for_filename (
    wp_entity_get_string (*(WpEntity **) a, WP_SPRINT_NAME), -1);
  g_autofree char *y = g_utf8_collate_key_for_filename (
    wp_entity_get_string (*(WpEntity **) b, WP_SPRINT_NAME), -1);

  return strcmp (x, y);
}

/*
 * The export has the sprints' names only. A sprint an issue moved on from,
 * or whose items are all done, is closed; of the others, by name ("Sprint 9"
 * before "Sprint 10"), the first is the active one and the rest are planned.
 */
static void
order_sprints (Build *build)
{
  gboolean active = FALSE;

  g_ptr_array_sort (build->sprints, compare_sprint_names);
  for (guint i = 0; i < build->sprints->len; i++)
    {
      WpEntity *sprint = g_ptr_array_index (build->sprints, i);
      const char *state = "planned";

      if (g_hash_table_contains (build->earlier, sprint) || sprint_is_done (build, sprint))
        state = "closed";
      else if (!active)
        {
          state = "active";
          active = TRUE;
        }
      wp_entity_set_string (sprint, WP_SPRINT_STATE, state);
    }
}

static void
rank_items (Build *build)
{
  g_autofree char *rank = NULL;

  for (guint i = 0; i < build->items->len; i++)
    {
      char *next = wp_rank_between (rank, NULL);

      wp_entity_set_string (g_ptr_array_index (build->items, i), WP_ITEM_RANK, next);
      g_free (rank);
      rank = next;
    }
}

static const char *
rank_of (Build *build,
         guint  i)
{
  return i < build->items->len
         ? wp_entity_get_string (g_ptr_array_index (build->items, i), WP_ITEM_RANK) : NULL;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (wp_entity_get_string (*(WpEntity **) a, WP_RELEASE_RANK),
                    wp_entity_get_string (*(WpEntity **) b, WP_RELEASE_RANK));
}

/* Each release's cut line goes right below the last of its items; the releases in that order. */
static void
place_release_lines (Build *build)
{
  g_autoptr(GHashTable) last = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) releases = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *line = NULL;

  for (guint r = 0; r < build->releases->len; r++)
    {
      WpEntity *release = g_ptr_array_index (build->releases, r);

      g_hash_table_insert (releases, (gpointer) wp_entity_get_id (release), release);
    }
  for (guint i = 0; i < build->items->len; i++)
    {
      const char *id = wp_entity_get_string (g_ptr_array_index (build->items, i), WP_ITEM_RELEASE);

      if (id != NULL)
        g_hash_table_insert (last, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < build->items->len; i++)
    {
      const char *id = wp_entity_get_string (g_ptr_array_index (build->items, i), WP_ITEM_RELEASE);
      const char *after = rank_of (build, i);
      char *next;

      if (id == NULL || GPOINTER_TO_UINT (g_hash_table_lookup (last, id)) != i + 1)
        continue;
      /* Two releases may end at one item: the second line goes below the first. */
      if (line != NULL && strcmp (line, after) > 0)
        after = line;
      next = wp_rank_between (after, rank_of (build, i + 1));
      wp_entity_set_string (g_hash_table_lookup (releases, id), WP_RELEASE_RANK, next);
      g_free (line);
      line = next;
    }
  g_ptr_array_sort (build->releases, compare_lines);
}

/* The columns that hold something the import does not read, each name once. */
static void
note_unused_columns (Build *build)
{
  GStrv header = g_ptr_array_index (build->self->rows, 0);
  g_autoptr(GPtrArray) unused = g_ptr_array_new ();

  for (guint c = 0; header[c] != NULL; c++)
    {
      gboolean used = FALSE;

      if (_wp_jira_field_of (header[c]) >= 0 ||
          g_ptr_array_find_with_equal_func (unused, header[c], g_str_equal, NULL))
        continue;
      for (guint i = 0; !used && i < build->issues->len; i++)
        used = has_text (((Issue *) g_ptr_array_index (build->issues, i))->row[c]);
      if (used)
        g_ptr_array_add (unused, header[c]);
    }
  if (unused->len == 0)
    return;
  g_ptr_array_add (unused, NULL);
  {
    g_autofree char *names = g_strjoinv (", ", (char **) unused->pdata);

    wp_import_report_note (build->report, NULL, _("Columns not used: %s"), names);
  }
}

static void
note_export (Build *build)
{
  WpImportReport *report = build->report;
  guint n = build->issues->len;

  if (n == JIRA_EXPORT_LIMIT)
    wp_import_report_note (report, NULL,
                           _("The file holds %u issues, as many as Jira exports unless told "
                             "otherwise: it may be cut short"), n);
  if (build->subtasks > 0)
    wp_import_report_note (report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u sub-task belongs to its story's epic and names the "
                                        "story in its description",
                                        "%u sub-tasks belong to their story's epic and name the "
                                        "story in their description", build->subtasks),
                           build->subtasks);
  if (build->orphans > 0)
    wp_import_report_note (report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u issue names a parent the file does not hold",
                                        "%u issues name a parent the file does not hold",
                                        build->orphans),
                           build->orphans);
  if (build->sprints->len > 0)
    wp_import_report_note (report, NULL, "%s",
                           _("Jira's export names the sprints only: they have no dates or goals"));
  if (build->self->columns[JIRA_CREATED]->len > 0)
    wp_import_report_note (report, NULL, "%s",
                           _("Times in Jira's export have no time zone: they are read as UTC"));
  note_unused_columns (build);
}

/* An issue of a key seen before is left out, and said. */
static gboolean
index_issue (Build *build,
             Issue *issue)
{
  const char *key = _wp_jira_cell (build, issue->row, JIRA_KEY);
  const char *id = _wp_jira_cell (build, issue->row, JIRA_ID);

  if ((key != NULL && g_hash_table_contains (build->by_key, key)) ||
      (key == NULL && (id == NULL || g_hash_table_contains (build->by_id, id))))
    {
      wp_import_report_note (build->report, _wp_jira_cell (build, issue->row, JIRA_SUMMARY),
                             _("row %u: the issue %s is in the file twice: left out"),
                             issue->line, key ?: id ?: "");
      return FALSE;
    }
  if (key != NULL)
    g_hash_table_insert (build->by_key, (gpointer) key, issue);
  if (id != NULL)
    g_hash_table_insert (build->by_id, (gpointer) id, issue);

  return TRUE;
}

static void
make_items (Build        *build,
            WpImport     *import,
            GCancellable *cancellable)
{
  for (guint i = 0; i < build->issues->len; i++)
    {
      Issue *issue = g_ptr_array_index (build->issues, i);

      if (!index_issue (build, issue))
        continue;
      _wp_jira_make_item (build, issue);
      g_ptr_array_add (build->items, issue->item);
      if (i % 256 == 0)
        {
          wp_import_set_progress (import, (double) i / build->issues->len);
          if (g_cancellable_is_cancelled (cancellable))
            return;
        }
    }
  /* Left-out issues have no item: they drop out of what follows. */
  for (guint i = build->issues->len; i > 0; i--)
    if (((Issue *) g_ptr_array_index (build->issues, i - 1))->item == NULL)
      g_ptr_array_remove_index (build->issues, i - 1);
}

static void
build_clear (Build *build)
{
  g_clear_pointer (&build->issues, g_ptr_array_unref);
  g_clear_pointer (&build->by_key, g_hash_table_unref);
  g_clear_pointer (&build->by_id, g_hash_table_unref);
  g_clear_pointer (&build->people, g_hash_table_unref);
  g_clear_pointer (&build->statuses, g_hash_table_unref);
  g_clear_pointer (&build->columns, g_ptr_array_unref);
  g_clear_pointer (&build->items, g_ptr_array_unref);
  g_clear_pointer (&build->sprints, g_ptr_array_unref);
  g_clear_pointer (&build->releases, g_ptr_array_unref);
  g_clear_pointer (&build->earlier, g_hash_table_unref);
}

static WpDocument *
wp_jira_import_build (WpImport        *import,
                      WpImportReport  *report,
                      GCancellable    *cancellable,
                      GError         **error)
{
  Build build = {
    WP_JIRA_IMPORT (import), report, g_ptr_array_new_with_free_func (g_free),
    g_hash_table_new (g_str_hash, g_str_equal), g_hash_table_new (g_str_hash, g_str_equal),
    g_hash_table_new (g_str_hash, g_str_equal),
    g_hash_table_new (g_str_hash, g_str_equal),
    g_ptr_array_new_with_free_func (g_object_unref), g_ptr_array_new (),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_ptr_array_new_with_free_func (g_object_unref), g_hash_table_new (NULL, NULL), 0, 0
  };
  g_autoptr(WpDocument) document = NULL;
  const char *project;

  collect_issues (&build);
  if (build.issues->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("The file holds no issues, only the names of its columns."));
      build_clear (&build);
      return NULL;
    }
  make_columns (&build);
  make_items (&build, import, cancellable);
  _wp_jira_link_epics (&build);
  rank_items (&build);
  place_release_lines (&build);
  order_sprints (&build);
  note_export (&build);

  document = wp_document_new ();
  project = _wp_jira_cell (&build, ((Issue *) g_ptr_array_index (build.issues, 0))->row,
                           JIRA_PROJECT);
  wp_entity_set_string (WP_ENTITY (wp_document_get_product (document)), WP_PRODUCT_NAME,
                        project != NULL ? project : "");
  _wp_document_load_entities (document, WP_KIND_COLUMN, build.columns);
  _wp_document_load_entities (document, WP_KIND_ITEM, build.items);
  _wp_document_load_entities (document, WP_KIND_SPRINT, build.sprints);
  _wp_document_load_entities (document, WP_KIND_RELEASE, build.releases);
  g_ptr_array_foreach (build.items, (GFunc) g_object_unref, NULL);
  build_clear (&build);

  return g_steal_pointer (&document);
}

static void
wp_jira_import_finalize (GObject *object)
{
  WpJiraImport *self = WP_JIRA_IMPORT (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  for (guint f = 0; f < JIRA_N_FIELDS; f++)
    g_array_unref (self->columns[f]);

  G_OBJECT_CLASS (wp_jira_import_parent_class)->finalize (object);
}

static void
wp_jira_import_class_init (WpJiraImportClass *klass)
{
  WpImportClass *import_class = WP_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wp_jira_import_finalize;
  import_class->format = "jira-csv";
  import_class->read = wp_jira_import_read;
  import_class->build = wp_jira_import_build;
}

static void
wp_jira_import_init (WpJiraImport *self)
{
  for (guint f = 0; f < JIRA_N_FIELDS; f++)
    self->columns[f] = g_array_new (FALSE, FALSE, sizeof (guint));
}
