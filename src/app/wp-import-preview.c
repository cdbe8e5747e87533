/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpImportPreview shows, before anything changes, what importing a Trello
 * board, a Jira export or a spreadsheet will do: the format (guessed from the
 * file, which the user may correct), whether it becomes a new product or
 * goes into the open one (below or above its backlog), the importer's own
 * choices (archived lists and cards), for a spreadsheet which column holds
 * what, then what will be created and, item by item, what is dropped or
 * converted and why. The file is read and the product built in a worker
 * thread, again whenever a choice changes; a progress bar shows when that
 * takes longer than a moment, and Cancel stops it. Nothing changes in the
 * open product until Import, which is one undo step.
 */
#define G_LOG_DOMAIN "waypoint"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-csv-import.h"
#include "wp-file.h"
#include "wp-import-preview.h"
#include "wp-import.h"
#include "wp-widget-utils.h"

/* How many notes are listed, and how long a build runs before its progress shows. */
#define LISTED_NOTES 200
#define PROGRESS_DELAY_MS 300
#define PROGRESS_TICK_MS 100

struct _WpImportPreview
{
  AdwWindow            parent_instance;

  AdwPreferencesGroup *file_group;
  AdwComboRow         *format_row;
  GtkProgressBar      *progress_bar;
  AdwPreferencesGroup *error_group;
  GtkWidget           *target_group;
  AdwComboRow         *into_row;
  AdwComboRow         *place_row;
  AdwPreferencesGroup *options_group;
  AdwPreferencesGroup *columns_group;
  GtkWidget           *created_group;
  GtkListBox          *created_list;
  AdwPreferencesGroup *notes_group;
  GtkListBox          *notes_list;
  GtkLabel            *import_label;

  GFile               *file;
  char                *file_name;
  WpDocument          *document;     /* the open product, or NULL */
  GBytes              *bytes;
  WpImport            *import;
  WpDocument          *incoming;     /* the last build, or NULL */
  WpImportReport      *report;
  GCancellable        *cancellable;
  GPtrArray           *option_rows;  /* AdwComboRow, in the import's order of options */
  GPtrArray           *column_rows;  /* AdwComboRow, one per WpCsvField */
  guint                progress_source;
  gboolean             busy;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (WpImportPreview, wp_import_preview, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The format row's choices; "linear-csv" is read as "csv". */
static const char * const formats[] = { "trello", "jira-csv", "csv" };

static void start_build (WpImportPreview *self,
                         gboolean         read);

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = wp_text_row_new (title, subtitle);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  return row;
}

static void
remove_rows (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static gboolean
is_into (WpImportPreview *self)
{
  return self->document != NULL && adw_combo_row_get_selected (self->into_row) == 1;
}

static guint
n_incoming_items (WpImportPreview *self)
{
  return self->incoming != NULL
         ? g_list_model_get_n_items (wp_document_get_list (self->incoming, WP_KIND_ITEM)) : 0;
}

static void
update_import_button (WpImportPreview *self)
{
  guint n = n_incoming_items (self);
  g_autofree char *label = NULL;

  /* Translators: the import button */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Item", "_Import %u Items", n),
                           n);
  /* The button is labelled by its label, so GTK 4.8 names it once (docs/HACKING.md). */
  gtk_label_set_label (self->import_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.import",
                                 !self->busy && self->incoming != NULL);
}

/* Progress */

static gboolean
on_progress_tick (gpointer user_data)
{
  WpImportPreview *self = user_data;
  double fraction = self->import != NULL ? wp_import_get_progress (self->import) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  if (fraction > 0)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, fraction);
      gtk_progress_bar_set_text (self->progress_bar, NULL);
    }
  else
    {
      gtk_progress_bar_pulse (self->progress_bar);
      gtk_progress_bar_set_text (self->progress_bar, _("Reading the file…"));
    }

  return G_SOURCE_CONTINUE;
}

/* Shows the progress once the worker has run for a moment, then follows it. */
static void
on_progress_delay (gpointer user_data)
{
  WpImportPreview *self = user_data;

  on_progress_tick (self);
  self->progress_source = g_timeout_add (PROGRESS_TICK_MS, on_progress_tick, self);
}

/* While the worker runs, nothing it reads may change: the choices wait. */
static void
set_busy (WpImportPreview *self,
          gboolean         busy)
{
  GtkWidget *choices[] = {
    GTK_WIDGET (self->format_row), self->target_group, GTK_WIDGET (self->options_group),
    GTK_WIDGET (self->columns_group),
  };

  self->busy = busy;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    gtk_widget_set_sensitive (choices[i], !busy);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  if (busy)
    self->progress_source = g_timeout_add_once (PROGRESS_DELAY_MS, on_progress_delay, self);
  update_import_button (self);
}

/* What the preview shows */

static void
show_error (WpImportPreview *self,
            const GError    *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  g_clear_object (&self->incoming);
  g_clear_object (&self->report);
  adw_preferences_group_set_description (self->error_group, escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), TRUE);
  gtk_widget_set_visible (self->created_group, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), FALSE);
  update_import_button (self);
}

/* The names of what the open product has already, a row per kind, when importing into it. */
static void
show_reused (WpImportPreview *self)
{
  static const struct {
    WpKind      kind;
    const char *title;
  } kinds[] = {
    { WP_KIND_COLUMN, N_("Columns this product has already") },
    { WP_KIND_SPRINT, N_("Sprints this product has already") },
    { WP_KIND_RELEASE, N_("Releases this product has already") },
    { WP_KIND_LANE, N_("Roadmap lanes this product has already") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_auto(GStrv) names = wp_document_merge_reused (self->document, self->incoming,
                                                      kinds[i].kind);
      /* Translators: the separator between names in a list */
      g_autofree char *joined = g_strjoinv (_(", "), names);

      if (names[0] != NULL)
        gtk_list_box_append (self->created_list, text_row (_(kinds[i].title), joined));
    }
}

static void
show_created (WpImportPreview *self)
{
  g_auto(GStrv) counts = wp_import_report_summarize (self->report, self->incoming,
                                                     is_into (self) ? self->document : NULL);

  wp_list_box_remove_all (self->created_list);
  for (guint i = 0; counts[i] != NULL; i++)
    gtk_list_box_append (self->created_list, text_row (counts[i], NULL));
  if (counts[0] == NULL)
    gtk_list_box_append (self->created_list, text_row (_("Nothing"), NULL));
  if (is_into (self))
    show_reused (self);
  gtk_widget_set_visible (self->created_group, TRUE);
}

/* A row per note: an item's title over what happened to it, or the note alone. */
static void
show_notes (WpImportPreview *self)
{
  guint n = wp_import_report_get_n_notes (self->report);
  g_autofree char *description = NULL;

  wp_list_box_remove_all (self->notes_list);
  for (guint i = 0; i < MIN (n, LISTED_NOTES); i++)
    {
      const char *subject = NULL;
      const char *note = wp_import_report_get_note (self->report, i, &subject);

      gtk_list_box_append (self->notes_list, subject != NULL ? text_row (subject, note)
                                                             : text_row (note, NULL));
    }
  if (n > LISTED_NOTES)
    {
      g_autofree char *more = NULL;

      /* Translators: after the first notes of an import; the command line prints them all */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more note",
                                           "And %u more notes", n - LISTED_NOTES),
                              n - LISTED_NOTES);
      gtk_list_box_append (self->notes_list, text_row (more, NULL));
    }
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u thing is not imported as it was.",
                                              "%u things are not imported as they were.", n),
                                 n);
  adw_preferences_group_set_description (self->notes_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), n > 0);
}

static void
show_built (WpImportPreview *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), FALSE);
  show_created (self);
  show_notes (self);
  update_import_button (self);
}

/* The choices */

static void
on_option_chosen (WpImportPreview *self,
                  GParamSpec      *pspec,
                  AdwComboRow     *row)
{
  guint n_options;
  const WpImportOption *options = wp_import_get_options (self->import, &n_options);
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "wp-option"));

  if (self->filling)
    return;

  wp_import_set_option (self->import, options[i].name,
                        options[i].values[adw_combo_row_get_selected (row)], NULL);
  start_build (self, FALSE);
}

/* A combo row per choice the importer offers, showing the value it has. */
static void
add_option_rows (WpImportPreview *self)
{
  guint n_options;
  const WpImportOption *options = wp_import_get_options (self->import, &n_options);

  remove_rows (self->options_group, self->option_rows);
  for (guint i = 0; i < n_options; i++)
    {
      const char *chosen = wp_import_get_option (self->import, options[i].name);
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      guint selected = 0;

      for (guint v = 0; options[i].values[v] != NULL; v++)
        {
          gtk_string_list_append (labels, _(options[i].labels[v]));
          if (g_str_equal (options[i].values[v], chosen))
            selected = v;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(options[i].title));
      /* The choices are sentences: shown whole under the title, not cut short beside it. */
      adw_combo_row_set_use_subtitle (row, TRUE);
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
      adw_combo_row_set_selected (row, selected);
      g_object_set_data (G_OBJECT (row), "wp-option", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_option_chosen), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->options_group, GTK_WIDGET (row));
      wp_accessible_name_parts (GTK_WIDGET (row));
      g_ptr_array_add (self->option_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->options_group), n_options > 0);
}

static void
on_column_chosen (WpImportPreview *self,
                  GParamSpec      *pspec,
                  AdwComboRow     *row)
{
  WpCsvField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "wp-field"));

  if (self->filling)
    return;

  wp_csv_import_set_column (WP_CSV_IMPORT (self->import), field,
                            (int) adw_combo_row_get_selected (row) - 1);
  start_build (self, FALSE);
}

/* For a spreadsheet: a combo row per field, offering "not in the file" and every column. */
static void
add_column_rows (WpImportPreview *self)
{
  WpCsvImport *import = WP_CSV_IMPORT (self->import);
  guint n_columns = wp_csv_import_get_n_columns (import);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("Not in the file"));
  for (guint column = 0; column < n_columns; column++)
    gtk_string_list_append (names, wp_csv_import_get_column_name (import, column));

  self->filling = TRUE;
  for (WpCsvField field = 0; field < WP_CSV_N_FIELDS; field++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_csv_field_title (field));
      adw_combo_row_set_model (row, G_LIST_MODEL (names));
      adw_combo_row_set_selected (row, (guint) (wp_csv_import_get_column (import, field) + 1));
      g_object_set_data (G_OBJECT (row), "wp-field", GUINT_TO_POINTER (field));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_column_chosen), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      wp_accessible_name_parts (GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), TRUE);
}

/* Building */

static void
on_built (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(WpImportPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpImportReport) report = NULL;
  g_autoptr(WpDocument) incoming = wp_import_run_finish (WP_IMPORT (source), result, &report,
                                                         &error);

  /* Cancelled: the window is closing, and nothing is left to show. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (WP_IS_CSV_IMPORT (source) && self->column_rows->len == 0 &&
      wp_csv_import_get_n_columns (WP_CSV_IMPORT (source)) > 0)
    add_column_rows (self);
  if (incoming == NULL)
    {
      show_error (self, error);
      return;
    }
  g_set_object (&self->incoming, incoming);
  g_set_object (&self->report, report);
  show_built (self);
}

/* Builds the product again as the choices say, reading the file first when @read. */
static void
start_build (WpImportPreview *self,
             gboolean         read)
{
  set_busy (self, TRUE);
  wp_import_run_async (self->import, read ? self->bytes : NULL, self->cancellable, on_built,
                       g_object_ref (self));
}

static void
choose_format (WpImportPreview *self,
               const char      *format)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->import);
  self->import = wp_import_new (format, &error);
  g_assert_no_error (error);
  add_option_rows (self);
  remove_rows (self->columns_group, self->column_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), FALSE);
  start_build (self, TRUE);
}

static void
on_format_chosen (WpImportPreview *self)
{
  if (self->filling || self->bytes == NULL)
    return;

  choose_format (self, formats[adw_combo_row_get_selected (self->format_row)]);
}

static void
on_target_chosen (WpImportPreview *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->place_row), is_into (self));
  if (self->incoming != NULL)
    show_created (self);
}

/* Reading the file */

typedef struct {
  GBytes     *bytes;
  const char *format;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_bytes_unref (loaded->bytes);
  g_free (loaded);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes = wp_file_read_bytes (task_data, cancellable, &error);
  Loaded *loaded;

  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  loaded = g_new0 (Loaded, 1);
  loaded->bytes = bytes;
  loaded->format = wp_import_guess_format (bytes);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(WpImportPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (loaded == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), FALSE);
      show_error (self, error);
      return;
    }
  self->bytes = g_bytes_ref (loaded->bytes);
  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i], loaded->format))
      adw_combo_row_set_selected (self->format_row, i);
  self->filling = FALSE;
  choose_format (self, loaded->format);
  loaded_free (loaded);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpImportPreview *self = WP_IMPORT_PREVIEW (widget);
  WpDocument *product = self->incoming;
  guint n = n_incoming_items (self);

  if (self->busy || self->incoming == NULL)
    return;

  if (is_into (self))
    {
      /* Translators: what Undo undoes; %s is the imported file's name */
      g_autofree char *label = g_strdup_printf (_("Import “%s”"), self->file_name);

      wp_document_merge (self->document, self->incoming,
                         adw_combo_row_get_selected (self->place_row) == 1 ? WP_MERGE_TOP
                                                                           : WP_MERGE_BOTTOM,
                         label);
      product = self->document;
    }
  g_signal_emit (self, signals[IMPORTED], 0, product, n);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * wp_import_preview_is_ready:
 * @self: an import preview
 *
 * Returns: whether Import would import: the file is read and nothing is running
 */
gboolean
wp_import_preview_is_ready (WpImportPreview *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_PREVIEW (self), FALSE);

  return !self->busy && self->incoming != NULL;
}

/**
 * wp_import_preview_get_format:
 * @self: an import preview
 *
 * Returns: (nullable): the format the file is read as, as --import= names it
 */
const char *
wp_import_preview_get_format (WpImportPreview *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_PREVIEW (self), NULL);

  return self->import != NULL ? wp_import_get_format (self->import) : NULL;
}

/**
 * wp_import_preview_new:
 * @parent: the window to be modal for
 * @file: the file to import
 * @document: (nullable): the open product, which the user may import into
 *
 * Returns: (transfer none): the preview, presented, reading @file; it destroys itself
 */
WpImportPreview *
wp_import_preview_new (GtkWindow  *parent,
                       GFile      *file,
                       WpDocument *document)
{
  WpImportPreview *self = g_object_new (WP_TYPE_IMPORT_PREVIEW, "transient-for", parent, NULL);
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  self->file = g_object_ref (file);
  basename = g_file_get_basename (file);
  self->file_name = g_filename_display_name (basename);
  self->document = document != NULL ? g_object_ref (document) : NULL;
  /* The group's title is markup. */
  title = g_markup_escape_text (self->file_name, -1);
  adw_preferences_group_set_title (self->file_group, title);
  gtk_widget_set_visible (self->target_group, document != NULL);

  set_busy (self, TRUE);
  task = g_task_new (NULL, self->cancellable, on_loaded, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

static void
wp_import_preview_dispose (GObject *object)
{
  WpImportPreview *self = WP_IMPORT_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->file);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->document);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->import);
  g_clear_object (&self->incoming);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (wp_import_preview_parent_class)->dispose (object);
}

static void
wp_import_preview_finalize (GObject *object)
{
  WpImportPreview *self = WP_IMPORT_PREVIEW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->option_rows, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_import_preview_parent_class)->finalize (object);
}

static void
wp_import_preview_class_init (WpImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_import_preview_dispose;
  object_class->finalize = wp_import_preview_finalize;

  /**
   * WpImportPreview::imported:
   * @self: the preview
   * @product: the product the items went into: the open one, or a new one nobody shows yet
   * @n_items: how many items were imported
   *
   * Emitted once Import is done, before the preview closes.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, WP_TYPE_DOCUMENT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/app/wp-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, file_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, format_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, error_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, target_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, into_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, place_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, options_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, columns_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, created_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, created_list);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, notes_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, notes_list);
  gtk_widget_class_bind_template_child (widget_class, WpImportPreview, import_label);
  gtk_widget_class_bind_template_callback (widget_class, on_format_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_target_chosen);

  gtk_widget_class_install_action (widget_class, "preview.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_import_preview_init (WpImportPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->option_rows = g_ptr_array_new ();
  self->column_rows = g_ptr_array_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->place_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->options_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), FALSE);
  gtk_widget_set_visible (self->created_group, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), FALSE);
  update_import_button (self);
}
