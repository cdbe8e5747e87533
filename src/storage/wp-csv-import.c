/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpCsvImport reads a backlog from a spreadsheet: one row per item, in the
 * backlog's order. Which column holds the title, the status, the points and
 * so on is guessed from the header (Waypoint's own CSV export, Linear's, and
 * the names people use) and can be changed before importing, as the feedback
 * import does; a column mapped to nothing is kept as text in the
 * descriptions. Statuses become the board's columns in the order of their
 * category (to do, in progress, done, the done ones sharing the last);
 * sprints, releases and epics are found by name (an epic also by id or
 * title), and made when new. A file without a title column imports nothing.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-choices.h"
#include "wp-csv.h"
#include "wp-csv-import.h"
#include "wp-csv-import-private.h"
#include "wp-document-private.h"
#include "wp-error.h"
#include "wp-import-words.h"
#include "wp-rank.h"

struct _WpCsvImport
{
  WpImport   parent_instance;

  GPtrArray *rows;                      /* GStrv, the header first */
  int        columns[WP_CSV_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (WpCsvImport, wp_csv_import, WP_TYPE_IMPORT)

/* In the order the mapping lists them; a header is guessed for the first field that names it. */
static const struct {
  const char *name;
  const char *title;
  const char *guesses;
} fields[WP_CSV_N_FIELDS] = {
  [WP_CSV_ID] = { "id", N_("Id"), "id|key|issue key|issue id|identifier|card id" },
  [WP_CSV_TITLE] = { "title", N_("Title"), "title|summary|name|task|story|item|subject|"
                                           "card name|issue|headline|titel|resumen" },
  [WP_CSV_DESCRIPTION] = { "description", N_("Description"), "description|details|body|desc|"
                                                             "notes|beschreibung" },
  [WP_CSV_KIND] = { "kind", N_("Kind"), "kind|type|issue type|item type|work item type" },
  [WP_CSV_STATUS] = { "status", N_("Status"), "status|state|column|list|stage|list name" },
  [WP_CSV_ESTIMATE] = { "estimate", N_("Estimate"), "estimate|points|story points|"
                                                    "story point estimate|size|sp" },
  [WP_CSV_VALUE] = { "value", N_("Value"), "value|business value" },
  [WP_CSV_EFFORT] = { "effort", N_("Effort"), "effort" },
  [WP_CSV_MOSCOW] = { "moscow", N_("MoSCoW"), "moscow" },
  [WP_CSV_LABELS] = { "labels", N_("Labels"), "labels|label|tags|tag" },
  [WP_CSV_EPIC] = { "epic", N_("Epic"), "epic|project|epic link|epic name|feature|theme" },
  [WP_CSV_SPRINT] = { "sprint", N_("Sprint"), "sprint|cycle name|cycle|iteration|"
                                              "iteration path" },
  [WP_CSV_SPRINT_START] = { "sprint_start", N_("Sprint start"), "sprint start|cycle start|"
                                                                "iteration start" },
  [WP_CSV_SPRINT_END] = { "sprint_end", N_("Sprint end"), "sprint end|cycle end|"
                                                          "iteration end" },
  [WP_CSV_RELEASE] = { "release", N_("Release"), "release|version|fix version|fix versions|"
                                                 "milestone" },
  [WP_CSV_ACCEPTANCE] = { "acceptance", N_("Acceptance criteria"), "acceptance|"
                                                                   "acceptance criteria|"
                                                                   "criteria|checklist" },
  [WP_CSV_DONE] = { "done", N_("Done on"), "done|completed|completed at|resolved|closed at|"
                                           "date done" },
  [WP_CSV_CREATED] = { "created", N_("Created"), "created|created at|date created|"
                                                 "creation date" },
  [WP_CSV_UPDATED] = { "updated", N_("Updated"), "updated|updated at|last modified|"
                                                 "modified" },
};

/**
 * wp_csv_field_name:
 * @field: a field
 *
 * Returns: the header Waypoint's CSV export writes for it
 */
const char *
wp_csv_field_name (WpCsvField field)
{
  g_return_val_if_fail (field < WP_CSV_N_FIELDS, NULL);

  return fields[field].name;
}

/**
 * wp_csv_field_title:
 * @field: a field
 *
 * Returns: its name as the mapping shows it, translated
 */
const char *
wp_csv_field_title (WpCsvField field)
{
  g_return_val_if_fail (field < WP_CSV_N_FIELDS, NULL);

  return _(fields[field].title);
}

static GStrv
header_of (WpCsvImport *self)
{
  return g_ptr_array_index (self->rows, 0);
}

guint
wp_csv_import_get_n_columns (WpCsvImport *self)
{
  g_return_val_if_fail (WP_IS_CSV_IMPORT (self), 0);

  return self->rows != NULL ? g_strv_length (header_of (self)) : 0;
}

const char *
wp_csv_import_get_column_name (WpCsvImport *self,
                               guint        column)
{
  g_return_val_if_fail (WP_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (column < wp_csv_import_get_n_columns (self), NULL);

  return header_of (self)[column];
}

/**
 * wp_csv_import_get_column:
 * @self: an import that has read its file
 * @field: a field
 *
 * Returns: the column mapped to @field, or %WP_CSV_NO_COLUMN
 */
int
wp_csv_import_get_column (WpCsvImport *self,
                          WpCsvField   field)
{
  g_return_val_if_fail (WP_IS_CSV_IMPORT (self), WP_CSV_NO_COLUMN);
  g_return_val_if_fail (field < WP_CSV_N_FIELDS, WP_CSV_NO_COLUMN);

  return self->columns[field];
}

/* Maps @column (or %WP_CSV_NO_COLUMN) to @field; a column holds one field at most. */
void
wp_csv_import_set_column (WpCsvImport *self,
                          WpCsvField   field,
                          int          column)
{
  g_return_if_fail (WP_IS_CSV_IMPORT (self));
  g_return_if_fail (field < WP_CSV_N_FIELDS);
  g_return_if_fail (column >= WP_CSV_NO_COLUMN &&
                    column < (int) wp_csv_import_get_n_columns (self));

  for (guint f = 0; column != WP_CSV_NO_COLUMN && f < WP_CSV_N_FIELDS; f++)
    if (self->columns[f] == column)
      self->columns[f] = WP_CSV_NO_COLUMN;
  self->columns[field] = column;
}

/**
 * wp_csv_import_map:
 * @self: an import that has read its file
 * @field: a field's name, as wp_csv_field_name() gives it
 * @column: a column's name in the header, or "" for none
 * @error: %WP_ERROR_UNSUPPORTED for a field or column the file does not have
 *
 * Maps a column by names, as --map=FIELD=COLUMN does.
 *
 * Returns: whether it was mapped
 */
gboolean
wp_csv_import_map (WpCsvImport  *self,
                   const char   *field,
                   const char   *column,
                   GError      **error)
{
  GStrv header;

  g_return_val_if_fail (WP_IS_CSV_IMPORT (self), FALSE);

  header = header_of (self);
  for (guint f = 0; f < WP_CSV_N_FIELDS; f++)
    {
      if (!g_str_equal (fields[f].name, field))
        continue;
      if (column[0] == '\0')
        {
          wp_csv_import_set_column (self, f, WP_CSV_NO_COLUMN);
          return TRUE;
        }
      for (guint c = 0; header[c] != NULL; c++)
        if (g_str_equal (header[c], column))
          {
            wp_csv_import_set_column (self, f, c);
            return TRUE;
          }
      g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED, _("The file has no column “%s”."),
                   column);
      return FALSE;
    }
  g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED, _("An item has no field “%s”."), field);

  return FALSE;
}

/* Each field gets the first column whose name it knows and no field before it took. */
static void
guess_columns (WpCsvImport *self)
{
  GStrv header = header_of (self);

  for (guint f = 0; f < WP_CSV_N_FIELDS; f++)
    {
      self->columns[f] = WP_CSV_NO_COLUMN;
      for (guint c = 0; header[c] != NULL && self->columns[f] == WP_CSV_NO_COLUMN; c++)
        {
          g_autofree char *folded = g_utf8_casefold (header[c], -1);
          gboolean taken = FALSE;

          for (guint before = 0; before < f; before++)
            taken = taken || self->columns[before] == (int) c;
          /* Waypoint's own name for a field, as its export writes it, is always known. */
          if (!taken && (g_str_equal (folded, fields[f].name) ||
                         wp_import_is_name (folded, fields[f].guesses)))
            self->columns[f] = c;
        }
    }
}

static gboolean
wp_csv_import_read (WpImport  *import,
                    GBytes    *bytes,
                    GError   **error)
{
  WpCsvImport *self = WP_CSV_IMPORT (import);
  g_autofree char *text = wp_csv_decode (bytes, NULL, error);
  g_autoptr(GPtrArray) rows = text != NULL ? wp_csv_parse (text, error) : NULL;

  if (rows == NULL)
    return FALSE;
  if (rows->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }

  for (GStrv name = g_ptr_array_index (rows, 0); *name != NULL; name++)
    g_strstrip (*name);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_steal_pointer (&rows);
  guess_columns (self);

  return TRUE;
}

/**
 * _wp_csv_value:
 * @build: the build
 * @row: an item's row
 * @field: a field
 *
 * Returns: (nullable): the trimmed value of @field in @row, or %NULL when it is unmapped or empty
 */
const char *
_wp_csv_value (Build      *build,
               GStrv       row,
               WpCsvField  field)
{
  int column = build->mapping[field];

  if (column < 0 || (guint) column >= g_strv_length (row))
    return NULL;
  g_strstrip (row[column]);

  return row[column][0] != '\0' ? row[column] : NULL;
}

static gboolean
is_blank_row (GStrv row)
{
  for (guint i = 0; row[i] != NULL; i++)
    {
      g_strstrip (row[i]);
      if (row[i][0] != '\0')
        return FALSE;
    }

  return TRUE;
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

/* A column per status in the order of their categories, the done ones sharing the last. */
static void
make_columns (Build *build)
{
  g_autoptr(GPtrArray) done = g_ptr_array_new ();
  g_autofree char *done_title = NULL;
  WpEntity *done_column;

  for (WpStatusCategory category = WP_STATUS_TO_DO; category <= WP_STATUS_DONE; category++)
    for (guint i = 0; i < build->rows->len; i++)
      {
        GStrv row = g_ptr_array_index (build->rows, i);
        const char *status = wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_STATUS));
        g_autofree char *folded = status != NULL ? g_utf8_casefold (status, -1) : NULL;

        if (status == NULL || wp_import_status_category (status) != category ||
            g_hash_table_contains (build->statuses, folded) ||
            g_ptr_array_find_with_equal_func (done, status, g_str_equal, NULL))
          continue;
        if (category == WP_STATUS_DONE)
          g_ptr_array_add (done, (gpointer) status);
        else
          g_hash_table_insert (build->statuses, g_steal_pointer (&folded),
                               new_column (build, status));
      }
  if (build->columns->len == 0 && done->len == 0)
    new_column (build, _("To Do"));
  g_ptr_array_add (done, NULL);
  done_title = g_strjoinv (" / ", (char **) done->pdata);
  done_column = new_column (build, done_title[0] != '\0' ? done_title : _("Done"));
  for (guint i = 0; done->pdata[i] != NULL; i++)
    g_hash_table_insert (build->statuses, g_utf8_casefold (done->pdata[i], -1), done_column);
}

/* An epic named by an item's id, by an item's title, or new, made of the name. */
static void
link_epics (Build *build)
{
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = build->rows->len;

  for (guint i = 0; i < n; i++)
    {
      WpEntity *item = g_ptr_array_index (build->items, i);
      const char *title = wp_entity_get_string (item, WP_ITEM_TITLE);

      if (!g_hash_table_contains (titles, title))
        g_hash_table_insert (titles, (gpointer) title, item);
    }
  for (guint i = 0; i < n; i++)
    {
      WpEntity *item = g_ptr_array_index (build->items, i);
      GStrv row = g_ptr_array_index (build->rows, i);
      const char *name = wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_EPIC));
      WpEntity *epic = name != NULL ? g_hash_table_lookup (build->ids, name) : NULL;

      if (name == NULL)
        continue;
      if (epic == NULL)
        epic = g_hash_table_lookup (titles, name);
      if (epic == NULL)
        {
          epic = wp_entity_new (WP_TYPE_ITEM, NULL);
          wp_entity_set_string (epic, WP_ITEM_TITLE, name);
          wp_entity_set_string (epic, WP_ITEM_KIND, "epic");
          g_ptr_array_add (build->items, epic);
          g_hash_table_insert (titles, (gpointer) wp_entity_get_string (epic, WP_ITEM_TITLE), epic);
          build->epics_made++;
        }
      if (epic != item)
        wp_entity_set_string (item, WP_ITEM_EPIC, wp_entity_get_id (epic));
    }
}

/* A sprint's days come from its items' rows; its state from them and today. */
static void
date_sprints (Build *build)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gboolean active = FALSE;

  for (guint i = 0; i < build->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (build->rows, i);
      const char *id = wp_entity_get_string (g_ptr_array_index (build->items, i), WP_ITEM_SPRINT);
      WpEntity *sprint = NULL;
      g_autofree char *start = wp_import_day (_wp_csv_value (build, row, WP_CSV_SPRINT_START));
      g_autofree char *end = wp_import_day (_wp_csv_value (build, row, WP_CSV_SPRINT_END));

      for (guint s = 0; id != NULL && s < build->sprints->len; s++)
        if (g_str_equal (wp_entity_get_id (g_ptr_array_index (build->sprints, s)), id))
          sprint = g_ptr_array_index (build->sprints, s);
      if (sprint != NULL && start != NULL && wp_entity_get_string (sprint, WP_SPRINT_START) == NULL)
        wp_entity_set_string (sprint, WP_SPRINT_START, start);
      if (sprint != NULL && end != NULL && wp_entity_get_string (sprint, WP_SPRINT_END) == NULL)
        wp_entity_set_string (sprint, WP_SPRINT_END, end);
    }
  for (guint s = 0; s < build->sprints->len; s++)
    {
      WpEntity *sprint = g_ptr_array_index (build->sprints, s);
      const char *start = wp_entity_get_string (sprint, WP_SPRINT_START);
      const char *end = wp_entity_get_string (sprint, WP_SPRINT_END);
      const char *state = "planned";

      if (end != NULL && strcmp (end, today) < 0)
        state = "closed";
      else if (!active && start != NULL && strcmp (start, today) <= 0)
        {
          state = "active";
          active = TRUE;
        }
      wp_entity_set_string (sprint, WP_SPRINT_STATE, state);
    }
}

/* An item per row with a title, with the row's id unless another row has it. */
static void
make_items (Build        *build,
            GPtrArray    *rows,
            WpImport     *import,
            GCancellable *cancellable)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *rank = NULL;

  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = g_ptr_array_index (rows, r);
      const char *title = wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_TITLE));
      const char *id = wp_csv_unguard (_wp_csv_value (build, row, WP_CSV_ID));
      WpEntity *item;
      char *next;

      if (is_blank_row (row))
        continue;
      if (title == NULL)
        {
          wp_import_report_note (build->report, NULL, _("Row %u has no title: left out"), r + 1);
          continue;
        }
      if (id != NULL && g_hash_table_contains (build->ids, id))
        {
          wp_import_report_note (build->report, title,
                                 _("row %u: the id %s is taken by an earlier row: it has a new "
                                   "one"), r + 1, id);
          id = NULL;
        }
      item = wp_entity_new (WP_TYPE_ITEM, id);
      wp_entity_set_string (item, WP_ITEM_TITLE, title);
      next = wp_rank_between (rank, NULL);
      wp_entity_set_string (item, WP_ITEM_RANK, next);
      g_free (rank);
      rank = next;
      g_hash_table_insert (build->ids, (gpointer) wp_entity_get_id (item), item);
      g_ptr_array_add (build->items, item);
      g_ptr_array_add (kept, row);
      if (r % 256 == 0)
        {
          /* The first half of the work; filling the items in is the second. */
          wp_import_set_progress (import, 0.5 * r / rows->len);
          if (g_cancellable_is_cancelled (cancellable))
            break;
        }
    }
  g_ptr_array_extend (build->rows, kept, NULL, NULL);
}

static void
fill_items (Build        *build,
            WpImport     *import,
            GCancellable *cancellable)
{
  for (guint i = 0; i < build->rows->len; i++)
    {
      _wp_csv_fill_item (build, g_ptr_array_index (build->rows, i),
                         g_ptr_array_index (build->items, i));
      if (i % 256 == 0)
        {
          wp_import_set_progress (import, 0.5 + 0.5 * i / build->rows->len);
          if (g_cancellable_is_cancelled (cancellable))
            return;
        }
    }
}

/* The epics made from names go below the rows' items, in the order they were named. */
static void
rank_made_epics (Build *build)
{
  for (guint i = build->rows->len; i < build->items->len; i++)
    {
      const char *before = wp_entity_get_string (g_ptr_array_index (build->items, i - 1),
                                                 WP_ITEM_RANK);
      g_autofree char *rank = wp_rank_between (i > 0 ? before : NULL, NULL);

      wp_entity_set_string (g_ptr_array_index (build->items, i), WP_ITEM_RANK, rank);
    }
}

static void
note_build (Build *build)
{
  GStrv header = build->header;
  g_autoptr(GPtrArray) unmapped = g_ptr_array_new ();

  for (guint c = 0; header[c] != NULL; c++)
    {
      gboolean mapped = FALSE;

      for (guint f = 0; f < WP_CSV_N_FIELDS; f++)
        mapped = mapped || build->mapping[f] == (int) c;
      if (!mapped && header[c][0] != '\0')
        g_ptr_array_add (unmapped, header[c]);
    }
  if (unmapped->len > 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (unmapped, NULL);
      names = g_strjoinv (", ", (char **) unmapped->pdata);
      wp_import_report_note (build->report, NULL,
                             _("Kept as text in the descriptions, for no field holds them: %s"),
                             names);
    }
  if (build->epics_made > 0)
    wp_import_report_note (build->report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u epic is made from the names in “%s”",
                                        "%u epics are made from the names in “%s”",
                                        build->epics_made),
                           build->epics_made, header[build->mapping[WP_CSV_EPIC]]);
  if (build->bad_numbers > 0)
    wp_import_report_note (build->report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u cell that should hold a number holds text: left empty",
                                        "%u cells that should hold a number hold text: left empty",
                                        build->bad_numbers),
                           build->bad_numbers);
}

static void
build_clear (Build *build)
{
  g_clear_pointer (&build->rows, g_ptr_array_unref);
  g_clear_pointer (&build->items, g_ptr_array_unref);
  g_clear_pointer (&build->columns, g_ptr_array_unref);
  g_clear_pointer (&build->sprints, g_ptr_array_unref);
  g_clear_pointer (&build->releases, g_ptr_array_unref);
  g_clear_pointer (&build->statuses, g_hash_table_unref);
  g_clear_pointer (&build->ids, g_hash_table_unref);
}

static WpDocument *
wp_csv_import_build (WpImport        *import,
                     WpImportReport  *report,
                     GCancellable    *cancellable,
                     GError         **error)
{
  WpCsvImport *self = WP_CSV_IMPORT (import);
  Build build = {
    header_of (self), self->columns, report, g_ptr_array_new (),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new (g_str_hash, g_str_equal), 0, 0
  };
  WpDocument *document;

  if (self->columns[WP_CSV_TITLE] == WP_CSV_NO_COLUMN)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("No column holds the items’ titles: choose one for the title."));
      build_clear (&build);
      return NULL;
    }
  make_items (&build, self->rows, import, cancellable);
  if (build.items->len == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("No row of the file has a title: there is nothing to import."));
      build_clear (&build);
      return NULL;
    }
  make_columns (&build);
  fill_items (&build, import, cancellable);
  link_epics (&build);
  rank_made_epics (&build);
  date_sprints (&build);
  note_build (&build);

  document = wp_document_new ();
  _wp_document_load_entities (document, WP_KIND_COLUMN, build.columns);
  _wp_document_load_entities (document, WP_KIND_ITEM, build.items);
  _wp_document_load_entities (document, WP_KIND_SPRINT, build.sprints);
  _wp_document_load_entities (document, WP_KIND_RELEASE, build.releases);
  build_clear (&build);

  return document;
}

static void
wp_csv_import_finalize (GObject *object)
{
  WpCsvImport *self = WP_CSV_IMPORT (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_csv_import_parent_class)->finalize (object);
}

static void
wp_csv_import_class_init (WpCsvImportClass *klass)
{
  WpImportClass *import_class = WP_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wp_csv_import_finalize;
  import_class->format = "csv";
  import_class->read = wp_csv_import_read;
  import_class->build = wp_csv_import_build;
}

static void
wp_csv_import_init (WpCsvImport *self)
{
  for (guint f = 0; f < WP_CSV_N_FIELDS; f++)
    self->columns[f] = WP_CSV_NO_COLUMN;
}
