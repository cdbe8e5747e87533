/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpImportDialog imports customer feedback from a CSV file: it shows which
 * column holds what (guessed from the header row, changed with a combo row
 * each), whether the first row names the columns, a preview of the first
 * entries as they will be imported, and the rows that cannot be read and
 * will be left out. Importing is one undo step.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-format.h"
#include "wp-import-dialog.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

/* How many entries the preview shows, and how many unreadable rows are listed. */
#define PREVIEW_ENTRIES 5
#define LISTED_PROBLEMS 100
#define PREVIEW_TEXT_CHARS 160

struct _WpImportDialog
{
  AdwWindow             parent_instance;

  AdwPreferencesGroup  *file_group;
  GtkSwitch            *header_switch;
  AdwPreferencesGroup  *columns_group;
  AdwPreferencesGroup  *preview_group;
  GtkListBox           *preview_list;
  AdwPreferencesGroup  *problems_group;
  GtkListBox           *problems_list;
  GtkButton            *import_button;

  WpDocument           *document;
  WpFeedbackImport     *import;
  AdwComboRow          *column_rows[WP_FEEDBACK_N_FIELDS];
  guint                 n_ready;
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (WpImportDialog, wp_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
field_title (guint field)
{
  switch (field)
    {
    case WP_FEEDBACK_TEXT:
      return _("What They Said");
    case WP_FEEDBACK_CUSTOMER:
      return _("Customer");
    case WP_FEEDBACK_RECEIVED:
      return _("Received");
    case WP_FEEDBACK_SEGMENT:
      return _("Segment");
    case WP_FEEDBACK_SOURCE:
      return _("Source");
    case WP_FEEDBACK_IMPORTANCE:
      return _("Importance");
    case WP_FEEDBACK_TAGS:
    default:
      return _("Tags");
    }
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = wp_text_row_new (title, subtitle);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  return row;
}

/* "Priya Raman · 14 Sep 2026" over the beginning of what was said */
static void
show_preview (WpImportDialog *self,
              GPtrArray      *entries)
{
  wp_list_box_remove_all (self->preview_list);
  for (guint i = 0; i < MIN (entries->len, PREVIEW_ENTRIES); i++)
    {
      WpEntity *feedback = g_ptr_array_index (entries, i);
      const char *customer = wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER);
      g_autofree char *day = wp_format_date (wp_entity_get_string (feedback, WP_FEEDBACK_RECEIVED));
      g_autofree char *text = g_utf8_substring (wp_entity_get_string (feedback, WP_FEEDBACK_TEXT),
                                                0, PREVIEW_TEXT_CHARS);
      const char *name = customer[0] ? customer : _("Unknown customer");
      g_autofree char *who = NULL;

      if (day != NULL && day[0] != '\0')
        /* Translators: a previewed feedback entry: the customer, then the day received */
        who = g_strdup_printf (_("%s · %s"), name, day);
      else
        who = g_strdup (name);
      gtk_list_box_append (self->preview_list, text_row (who, text));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->preview_list), entries->len > 0);
}

static void
show_problems (WpImportDialog *self,
               GPtrArray      *problems)
{
  g_autofree char *description = NULL;

  wp_list_box_remove_all (self->problems_list);
  for (guint i = 0; i < MIN (problems->len, LISTED_PROBLEMS); i++)
    gtk_list_box_append (self->problems_list, text_row (g_ptr_array_index (problems, i), NULL));
  if (problems->len > LISTED_PROBLEMS)
    {
      g_autofree char *more = NULL;

      /* Translators: after the first rows that cannot be read */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more row", "And %u more rows",
                                           problems->len - LISTED_PROBLEMS),
                              problems->len - LISTED_PROBLEMS);
      gtk_list_box_append (self->problems_list, text_row (more, NULL));
    }

  description =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row cannot be read and will be left out.",
                                  "%u rows cannot be read and will be left out.", problems->len),
                     problems->len);
  adw_preferences_group_set_description (self->problems_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
}

/* Reads the file again as the columns now say, and shows what would be imported. */
static void
refresh (WpImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) entries = wp_feedback_import_read (self->import, &problems, &error);
  g_autofree char *label = NULL;
  g_autofree char *spoken = NULL;

  self->n_ready = entries != NULL ? entries->len : 0;
  if (entries == NULL)
    {
      entries = g_ptr_array_new ();
      problems = g_ptr_array_new ();
    }
  show_preview (self, entries);
  show_problems (self, problems);
  adw_preferences_group_set_description (self->preview_group,
                                         error != NULL ? error->message
                                         : self->n_ready == 0
                                           ? _("No row holds feedback that can be read.")
                                           : NULL);

  /* Translators: the import button */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Entry", "_Import %u Entries",
                                        self->n_ready),
                           self->n_ready);
  gtk_button_set_label (self->import_button, label);
  /* GTK 4.8 would name the button twice, once with the underline (docs/HACKING.md). */
  spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Entry", "Import %u Entries",
                                         self->n_ready),
                            self->n_ready);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->import_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", self->n_ready > 0);
}

static void
on_column_chosen (WpImportDialog *self,
                  GParamSpec     *pspec,
                  AdwComboRow    *row)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "wp-field"));

  if (self->filling)
    return;

  wp_feedback_import_set_column (self->import, field, (int) adw_combo_row_get_selected (row) - 1);
  refresh (self);
}

/* Each combo row offers "not in the file" and every column, by its name. */
static void
fill_column_choices (WpImportDialog *self)
{
  guint n_columns = wp_feedback_import_get_n_columns (self->import);

  self->filling = TRUE;
  for (guint i = 0; i < wp_feedback_import_n_fields; i++)
    {
      guint field = wp_feedback_import_fields[i];
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      gtk_string_list_append (names, _("Not in the file"));
      for (guint column = 0; column < n_columns; column++)
        {
          g_autofree char *name = wp_feedback_import_dup_column_name (self->import, column);

          gtk_string_list_append (names, name);
        }
      adw_combo_row_set_model (self->column_rows[field], G_LIST_MODEL (names));
      adw_combo_row_set_selected (self->column_rows[field],
                                  (guint) (wp_feedback_import_get_column (self->import, field) +
                                           1));
    }
  self->filling = FALSE;
}

static void
on_header_toggled (WpImportDialog *self)
{
  if (self->import == NULL)
    return;

  wp_feedback_import_set_has_header (self->import, gtk_switch_get_active (self->header_switch));
  fill_column_choices (self);
  refresh (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint imported = wp_feedback_import_apply (self->import, self->document, NULL, &error);

  if (imported == 0)
    {
      adw_preferences_group_set_description (self->preview_group, error->message);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, imported);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * wp_import_dialog_get_n_ready:
 * @self: an import dialog
 *
 * Returns: how many entries the import button would add
 */
guint
wp_import_dialog_get_n_ready (WpImportDialog *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_DIALOG (self), 0);

  return self->n_ready;
}

/**
 * wp_import_dialog_new:
 * @parent: the window to be modal for
 * @document: the document to import into
 * @import: the file, read
 * @file_name: the file's name, to show
 *
 * Returns: (transfer none): the dialog, presented; it destroys itself
 */
WpImportDialog *
wp_import_dialog_new (GtkWindow        *parent,
                      WpDocument       *document,
                      WpFeedbackImport *import,
                      const char       *file_name)
{
  WpImportDialog *self = g_object_new (WP_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  const char *encoding = wp_feedback_import_get_encoding (import);
  g_autofree char *title = NULL;

  self->document = g_object_ref (document);
  self->import = g_object_ref (import);
  /* The group's title is markup. */
  title = g_markup_escape_text (file_name, -1);
  adw_preferences_group_set_title (self->file_group, title);
  if (encoding != NULL)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is an encoding, like WINDOWS-1252 */
      description = g_strdup_printf (_("The file is not UTF-8; it was read as %s."), encoding);
      adw_preferences_group_set_description (self->file_group, description);
    }
  gtk_switch_set_active (self->header_switch, wp_feedback_import_get_has_header (import));
  fill_column_choices (self);
  refresh (self);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/* Choosing the file */

static void
on_imported (WpImportDialog *dialog,
             guint           imported,
             GtkWidget      *page)
{
  g_autofree char *message = NULL;

  /* Translators: a toast after an import */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u feedback entry",
                                          "Imported %u feedback entries", imported),
                             imported);
  wp_show_toast (page, message, TRUE);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                GtkWidget       *page)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  WpDocument *document = g_object_get_data (G_OBJECT (chooser), "wp-document");
  g_autoptr(GError) error = NULL;
  g_autoptr(WpFeedbackImport) import = NULL;
  g_autofree char *name = NULL;
  WpImportDialog *dialog;

  if (response != GTK_RESPONSE_ACCEPT || file == NULL)
    goto out;

  name = g_file_get_basename (file);
  import = wp_feedback_import_new_for_file (file, &error);
  if (import == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name, then why it could not be imported */
      message = g_strdup_printf (_("Could not import “%s”: %s"), name, error->message);
      wp_show_toast (page, message, FALSE);
      goto out;
    }

  dialog = wp_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)), document, import, name);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), page, 0);

out:
  g_object_unref (chooser);
}

/**
 * wp_import_dialog_choose_file:
 * @page: the page that asks, for toasts
 * @document: the document to import into
 *
 * Asks for a CSV file, then shows the import dialog for it.
 */
void
wp_import_dialog_choose_file (GtkWidget  *page,
                              WpDocument *document)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (csv, _("Comma-Separated Values"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser =
    gtk_file_chooser_native_new (_("Import Feedback"), GTK_WINDOW (gtk_widget_get_root (page)),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_object_set_data_full (G_OBJECT (chooser), "wp-document", g_object_ref (document),
                          g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), page, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
wp_import_dialog_dispose (GObject *object)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->import);

  G_OBJECT_CLASS (wp_import_dialog_parent_class)->dispose (object);
}

static void
wp_import_dialog_class_init (WpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_import_dialog_dispose;

  /**
   * WpImportDialog::imported:
   * @self: the dialog
   * @count: how many entries were added
   *
   * Emitted after the entries were added to the document, before the dialog closes.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/feedback/wp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, file_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, header_switch);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_header_toggled);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_import_dialog_init (WpImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < wp_feedback_import_n_fields; i++)
    {
      guint field = wp_feedback_import_fields[i];
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field_title (field));
      g_object_set_data (G_OBJECT (row), "wp-field", GUINT_TO_POINTER (field));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_column_chosen), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      self->column_rows[field] = row;
    }
  wp_accessible_name_parts (GTK_WIDGET (self));
}
