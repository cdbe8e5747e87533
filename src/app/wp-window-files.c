/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The file side of WpWindow: new, open (read off the main thread), save,
 * save as, and the unsaved-changes question on close. Drafts and watching
 * the open file for other programs' changes are in wp-window-drafts.c.
 */
#define G_LOG_DOMAIN "waypoint-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-draft.h"
#include "wp-error.h"
#include "wp-file.h"
#include "wp-text-area.h"
#include "wp-window-private.h"
#include "wp-writer.h"

#define SAMPLE_PATH RESOURCE_PATH "/samples/sample.waypoint"

typedef struct {
  WpDocument *document;
  char       *etag;
  GPtrArray  *problems;
  gboolean    read_only;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->document);
  g_clear_pointer (&loaded->problems, g_ptr_array_unref);
  g_free (loaded->etag);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

/**
 * _wp_window_describe_error:
 * @error: a failure to read or write a file
 *
 * Returns: (transfer full): the failure in words a Product Owner understands
 */
char *
_wp_window_describe_error (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NOT_FOUND:
        return g_strdup (_("The file does not exist. It may have been moved, renamed or deleted."));
      case G_IO_ERROR_PERMISSION_DENIED:
        return g_strdup (_("You do not have permission to use this file or folder. Choose another "
                            "place with Save As."));
      case G_IO_ERROR_NO_SPACE:
        return g_strdup (_("The disk is full. Free some space, then save again."));
      case G_IO_ERROR_READ_ONLY:
        return g_strdup (_("The file, its folder or the disk is read-only. Choose another place "
                           "with Save As."));
      case G_IO_ERROR_IS_DIRECTORY:
        return g_strdup (_("This is a folder, not a Waypoint document."));
      default:
        break;
      }

  return g_strdup (error->message);
}

/*
 * The dialog holds the window until it is gone. (g_signal_connect_object()
 * warns in GLib 2.74 when the dialog is finalized before the window.)
 */
void
_wp_window_connect_response (AdwMessageDialog *dialog,
                             GCallback         callback,
                             WpWindow         *self)
{
  g_signal_connect_data (dialog, "response", callback, g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
}

/* Loading */

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  GError *error = NULL;

  loaded->document = wp_file_load (task_data, &loaded->etag, &loaded->problems,
                                   &loaded->read_only, cancellable, &error);
  if (loaded->document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&loaded), (GDestroyNotify) loaded_free);
}

/* The problems to tell about; a merge's conflicts have their banner instead. */
static GStrv
format_problems (GPtrArray *problems)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = NULL;

      if (g_str_has_prefix (problem->path, "conflicts["))
        continue;
      text = wp_problem_format (problem);
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

static void
report_warnings (WpWindow *self,
                 Loaded   *loaded)
{
  AdwToast *toast;
  g_autofree char *message = NULL;
  guint n;

  g_clear_pointer (&self->problems, g_strfreev);
  self->problems = format_problems (loaded->problems);
  n = g_strv_length (self->problems);
  if (n == 0)
    return;

  if (loaded->read_only)
    message = g_strdup (_("Opened read-only: a newer Waypoint wrote this document"));
  else
    /* Translators: %u is the number of problems found in the document */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Opened with %u problem to look at",
                                            "Opened with %u problems to look at", n), n);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-problems");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_load_ready (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(WpWindow) self = user_data;
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(Loaded) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  loaded = g_task_propagate_pointer (G_TASK (result), &error);
  if (loaded == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *heading = NULL;
      g_autofree char *body = _wp_window_describe_error (error);

      /* Translators: %s is a file name */
      heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      if (self->document == NULL)
        gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      _wp_window_show_error (self, heading, body);
      return;
    }

  _wp_window_set_document (self, loaded->document, file, loaded->etag, loaded->read_only);
  report_warnings (self, loaded);
  _wp_window_offer_draft_of_file (self);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    wp_application_add_recent (WP_APPLICATION (app), file);
}

void
wp_window_open_file (WpWindow *self,
                     GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *display = g_filename_display_name (name);
      /* The description is markup. */
      g_autofree char *escaped = g_markup_escape_text (display, -1);

      adw_status_page_set_description (self->opening_page, escaped);
      gtk_stack_set_visible_child_name (self->main_stack, "opening");
    }
  task = g_task_new (NULL, NULL, on_load_ready, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

void
wp_window_new_product (WpWindow *self)
{
  g_autoptr(WpDocument) document = wp_document_new_product ();

  g_return_if_fail (WP_IS_WINDOW (self));

  g_clear_pointer (&self->draft_id, g_free);
  _wp_window_set_document (self, document, NULL, NULL, FALSE);
}

static void
new_product_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  wp_window_new_product (WP_WINDOW (widget));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (SAMPLE_PATH, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  document = wp_read_document (data, length, NULL, NULL, &error);
  g_assert_no_error (error);

  /* An untitled copy: saving asks where, and the sample itself never changes. */
  g_clear_pointer (&self->draft_id, g_free);
  _wp_window_set_document (self, document, NULL, NULL, FALSE);
}

static GtkFileFilter *
new_document_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Waypoint Documents"));
  gtk_file_filter_add_mime_type (filter, "application/x-waypoint");
  gtk_file_filter_add_suffix (filter, "waypoint");

  return filter;
}

static void
open_files (WpWindow *self,
            GFile    *file)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  GFile *files[] = { file };

  /* The application decides which window shows it, so a file is never open twice. */
  g_application_open (app, files, 1, "");
}

static void
on_open_dialog_response (GtkNativeDialog *dialog,
                         int              response,
                         gpointer         user_data)
{
  WpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      open_files (self, file);
    }

  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) documents = new_document_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Product"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), documents);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_dialog_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_files (WP_WINDOW (widget), file);
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autofree char *body = NULL;

  if (self->problems == NULL || self->problems[0] == NULL)
    return;

  body = g_strjoinv ("\n", self->problems);
  _wp_window_show_error (self, _("Problems in This Document"), body);
}

/* Saving */

static void save_as (WpWindow *self, SavedCallback then);
static gboolean save_to (WpWindow      *self,
                         GFile         *file,
                         const char    *etag,
                         SavedCallback  then);

static void
after_save (WpWindow *self,
            GFile    *file,
            char     *etag)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      _wp_window_watch_file (self);
    }
  g_free (self->etag);
  self->etag = etag;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  wp_draft_discard (self->draft_id);
  g_free (self->draft_id);
  self->draft_id = wp_draft_id_for (file);
  /* A draft of an earlier session of this file is superseded by the save. */
  wp_draft_discard (self->draft_id);

  wp_history_mark_clean (wp_document_get_history (self->document));
  if (app != NULL)
    wp_application_add_recent (WP_APPLICATION (app), file);
  _wp_window_update_state (self);
}

typedef struct {
  WpWindow      *self;
  SavedCallback  then;
} Pending;

static void
on_conflict_response (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  g_autofree Pending *pending = user_data;
  WpWindow *self = pending->self;

  if (g_str_equal (response, "overwrite"))
    save_to (self, self->file, NULL, pending->then);
  else if (g_str_equal (response, "save-as"))
    save_as (self, pending->then);

  g_object_unref (self);
}

static void
ask_about_conflict (WpWindow      *self,
                    SavedCallback  then)
{
  AdwMessageDialog *dialog;
  Pending *pending = g_new0 (Pending, 1);

  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"),
                            _("Another program changed this document since it was opened. "
                               "Saving now replaces those changes with yours; the file’s "
                               "previous version is kept as a backup next to it.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  pending->self = g_object_ref (self);
  pending->then = then;
  g_signal_connect (dialog, "response", G_CALLBACK (on_conflict_response), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_failed_save_response (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  g_autofree Pending *pending = user_data;

  if (g_str_equal (response, "save-as"))
    save_as (pending->self, pending->then);

  g_object_unref (pending->self);
}

/*
 * The file is as it was; the changes stay in the window, and in a draft now
 * rather than in a few seconds, and Save As is offered to put them elsewhere.
 */
static void
report_failed_save (WpWindow      *self,
                    const GError  *error,
                    SavedCallback  then)
{
  g_autofree char *reason = _wp_window_describe_error (error);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Pending *pending = g_new0 (Pending, 1);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  _wp_window_write_draft (self);

  /* Translators: the reason a save failed, then what became of the changes */
  body = g_strdup_printf (_("%s\n\nThe file is as it was. Your changes are still here, and kept "
                            "in a draft until they are saved."), reason);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save"),
                                                       body));
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "save-as", _("Save _As…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "close");
  pending->self = g_object_ref (self);
  pending->then = then;
  g_signal_connect (dialog, "response", G_CALLBACK (on_failed_save_response), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Text that waits for a pause in typing belongs in the document before it is saved or closed. */
static void
commit_typing (WpWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (WP_IS_TEXT_AREA (focus))
    wp_text_area_commit (WP_TEXT_AREA (focus));
}

/* Saves to @file; on success runs @then (which may be NULL). */
static gboolean
save_to (WpWindow      *self,
         GFile         *file,
         const char    *etag,
         SavedCallback  then)
{
  g_autoptr(GError) error = NULL;
  char *new_etag = NULL;

  commit_typing (self);

  if (!wp_file_save (self->document, file, etag, &new_etag, NULL, &error))
    {
      g_autofree char *body = NULL;

      if (g_error_matches (error, WP_ERROR, WP_ERROR_CONFLICT))
        {
          ask_about_conflict (self, then);
          return FALSE;
        }

      report_failed_save (self, error, then);
      return FALSE;
    }

  after_save (self, file, new_etag);
  if (then != NULL)
    then (self);

  return TRUE;
}

static void
on_save_dialog_response (GtkNativeDialog *dialog,
                         int              response,
                         gpointer         user_data)
{
  g_autofree Pending *pending = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* The chooser asked before replacing an existing file. */
      save_to (pending->self, file, NULL, pending->then);
    }

  g_object_unref (pending->self);
  g_object_unref (dialog);
}

static void
save_as (WpWindow      *self,
         SavedCallback  then)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) documents = new_document_filter ();
  g_autofree char *title = _wp_window_dup_title (self);
  g_autofree char *name = g_str_has_suffix (title, ".waypoint")
                            ? g_strdup (title)
                            : g_strconcat (title, ".waypoint", NULL);
  Pending *pending = g_new0 (Pending, 1);

  dialog = gtk_file_chooser_native_new (_("Save Product"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), documents);
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  pending->self = g_object_ref (self);
  pending->then = then;
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_dialog_response), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_wp_window_save (WpWindow      *self,
                 SavedCallback  then)
{
  if (self->document == NULL || self->read_only)
    return;

  if (self->file == NULL)
    save_as (self, then);
  else
    save_to (self, self->file, self->etag, then);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _wp_window_save (WP_WINDOW (widget), NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);

  if (self->document != NULL && !self->read_only)
    save_as (self, NULL);
}

/* Closing */

static void
close_now (WpWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  WpWindow *self = user_data;

  if (g_str_equal (response, "discard"))
    {
      g_clear_handle_id (&self->draft_source, g_source_remove);
      wp_draft_discard (self->draft_id);
      close_now (self);
    }
  else if (g_str_equal (response, "save"))
    _wp_window_save (self, close_now);
}

/**
 * _wp_window_close_request:
 * @self: a window
 *
 * Returns: %TRUE to keep the window open while the user decides about unsaved changes
 */
gboolean
_wp_window_close_request (WpWindow *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  commit_typing (self);
  if (self->close_confirmed || self->document == NULL || !wp_document_get_modified (self->document))
    return FALSE;

  title = _wp_window_dup_title (self);
  body = g_strdup_printf (
    /* Translators: %s is a product name */
    _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."), title);
  dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  _wp_window_connect_response (dialog, G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

void
_wp_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-product", NULL, new_product_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
}
