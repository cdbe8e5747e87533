/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What WpWindow does so that no edit is lost: unsaved changes go to a draft
 * a few seconds after the last one (and when the window goes), a draft left
 * by a crash is offered when its file is opened again, and when another
 * program (git, a sync client) rewrites the open file the window reloads it,
 * or asks first if there are unsaved changes, offering to merge them with the
 * file as git merges (the unsaved steps undone give the common ancestor).
 * The welcome page lists the drafts that no window is editing.
 */
#define G_LOG_DOMAIN "waypoint-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-draft.h"
#include "wp-file.h"
#include "wp-reader.h"
#include "wp-three-way.h"
#include "wp-widget-utils.h"
#include "wp-window-private.h"
#include "wp-writer.h"

#define DRAFT_DELAY_SECONDS 3

/* Drafts */

static GtkWidget *
new_draft_button (const char *label,
                  const char *accessible,
                  const char *action,
                  const char *id)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  return button;
}

static GtkWidget *
create_draft_row (gpointer item,
                  gpointer user_data)
{
  const char *id = g_object_get_data (item, "id");
  const char *title = g_object_get_data (item, "title");
  gint64 modified = GPOINTER_TO_SIZE (g_object_get_data (item, "modified"));
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (modified);
  g_autofree char *when = g_date_time_format (time, "%x %X");
  /* Translators: %s is a date and time */
  g_autofree char *subtitle = g_strdup_printf (_("Not saved — last changed %s"), when);
  /* Translators: %s is a product name */
  g_autofree char *restore_name = g_strdup_printf (_("Restore “%s”"), title);
  /* Translators: %s is a product name */
  g_autofree char *discard_name = g_strdup_printf (_("Discard “%s”"), title);
  GtkWidget *row = wp_text_row_new (title, subtitle);
  GtkWidget *discard = new_draft_button (_("Discard"), discard_name, "win.discard-draft", id);
  GtkWidget *restore = new_draft_button (_("Restore"), restore_name, "win.restore-draft", id);

  gtk_widget_add_css_class (restore, "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);

  return row;
}

static gboolean
draft_in_use (WpWindow   *self,
              const char *id)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l; l = l->next)
    if (WP_IS_WINDOW (l->data) && WP_WINDOW (l->data)->document != NULL &&
        g_strcmp0 (WP_WINDOW (l->data)->draft_id, id) == 0)
      return TRUE;

  return FALSE;
}

/* Unsaved changes left by a crash are offered on the welcome page. */
void
_wp_window_reload_drafts (WpWindow *self)
{
  g_autoptr(GPtrArray) drafts = wp_draft_list ();

  g_list_store_remove_all (self->drafts);
  for (guint i = 0; i < drafts->len; i++)
    {
      WpDraft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GObject) item = NULL;

      if (draft_in_use (self, draft->id))
        continue;
      item = g_object_new (G_TYPE_OBJECT, NULL);
      g_object_set_data_full (item, "id", g_strdup (draft->id), g_free);
      g_object_set_data_full (item, "title",
                              g_strdup (draft->title[0] ? draft->title : _("Untitled Product")),
                              g_free);
      g_object_set_data (item, "modified", GSIZE_TO_POINTER (draft->modified));
      g_list_store_append (self->drafts, item);
    }

  gtk_widget_set_visible (self->drafts_group,
                          g_list_model_get_n_items (G_LIST_MODEL (self->drafts)) > 0);
}

/* The welcome page's list of drafts, filled by _wp_window_reload_drafts(). */
void
_wp_window_init_drafts (WpWindow *self)
{
  self->drafts = g_list_store_new (G_TYPE_OBJECT);
  gtk_list_box_bind_model (self->drafts_list, G_LIST_MODEL (self->drafts),
                           create_draft_row, self, NULL);
}


gboolean
_wp_window_write_draft (gpointer user_data)
{
  WpWindow *self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  self->draft_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;

  if (!wp_document_get_modified (self->document))
    {
      wp_draft_discard (self->draft_id);
      return G_SOURCE_REMOVE;
    }

  bytes = wp_write_document (self->document);
  title = _wp_window_dup_title (self);
  if (!wp_draft_write (self->draft_id, self->file, title, bytes, &error))
    g_warning ("Could not keep a draft of unsaved changes: %s", error->message);

  return G_SOURCE_REMOVE;
}

/* A few seconds after the last change, so typing does not write on every key. */
void
_wp_window_schedule_draft (WpWindow *self)
{
  if (self->document == NULL || self->read_only)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add_seconds (DRAFT_DELAY_SECONDS, _wp_window_write_draft, self);
}

static WpDocument *
read_draft (const char  *id,
            GError     **error)
{
  g_autoptr(GBytes) bytes = wp_draft_read (id, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);

  return wp_read_document (data, length, NULL, NULL, error);
}

static void
restore_draft (WpWindow   *self,
               const char *id,
               GFile      *file,
               const char *etag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = read_draft (id, &error);

  if (document == NULL)
    {
      g_autofree char *body = _wp_window_describe_error (error);

      _wp_window_show_error (self, _("Could Not Restore the Unsaved Changes"), body);
      return;
    }

  g_free (self->draft_id);
  self->draft_id = g_strdup (id);
  _wp_window_set_document (self, document, file, etag, FALSE);
  /* Restored changes are not saved anywhere yet. */
  wp_history_mark_unclean (wp_document_get_history (document));
}

static WpDraft *
find_draft (const char *id)
{
  g_autoptr(GPtrArray) drafts = wp_draft_list ();

  for (guint i = 0; i < drafts->len; i++)
    {
      WpDraft *draft = g_ptr_array_index (drafts, i);

      if (g_str_equal (draft->id, id))
        return g_ptr_array_steal_index (drafts, i);
    }

  return NULL;
}

static void
restore_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autoptr(WpDraft) draft = find_draft (g_variant_get_string (param, NULL));
  g_autoptr(GFile) file = NULL;

  if (draft == NULL)
    return;

  file = draft->uri ? g_file_new_for_uri (draft->uri) : NULL;
  /* The file on disk may be older than the draft: an unknown etag makes the next save check. */
  restore_draft (self, draft->id, file, NULL);
  _wp_window_show_toast (self, _("Unsaved changes restored"));
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  wp_draft_discard (g_variant_get_string (param, NULL));
  _wp_window_reload_drafts (WP_WINDOW (widget));
}

static void
on_draft_of_file_response (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          user_data)
{
  WpWindow *self = user_data;

  if (g_str_equal (response, "restore"))
    restore_draft (self, self->draft_id, self->file, self->etag);
  else if (g_str_equal (response, "discard"))
    wp_draft_discard (self->draft_id);
}

/* Opening a file whose unsaved changes survived a crash asks what to do with them. */
void
_wp_window_offer_draft_of_file (WpWindow *self)
{
  g_autoptr(WpDraft) draft = find_draft (self->draft_id);
  AdwMessageDialog *dialog;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;

  if (draft == NULL || self->read_only)
    return;

  time = g_date_time_new_from_unix_local (draft->modified);
  when = g_date_time_format (time, "%x %X");
  /* Translators: %s is a date and time */
  body = g_strdup_printf (_("Changes to this document from %s were never saved. "
                            "Restore them, or discard them and keep the file as it is?"), when);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Restore Unsaved Changes?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "later", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");
  _wp_window_connect_response (dialog, G_CALLBACK (on_draft_of_file_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Watching the file */

static void
reload (WpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *etag = NULL;
  gboolean read_only = FALSE;
  g_autoptr(WpDocument)
    document = wp_file_load (self->file, &etag, &problems, &read_only, NULL, &error);

  if (document == NULL)
    {
      g_autofree char *body = _wp_window_describe_error (error);

      _wp_window_show_error (self, _("Could Not Reload the Changed File"), body);
      return;
    }

  _wp_window_set_document (self, document, self->file, etag, read_only);
  _wp_window_show_toast (self, _("Reloaded: the file was changed by another program"));
}

/*
 * The document as its file had it: the unsaved steps undone, written, and
 * redone. %NULL when no saved state is in the history (restored changes).
 */
static GBytes *
dup_saved_version (WpDocument *document)
{
  WpHistory *history = wp_document_get_history (document);
  GBytes *bytes = NULL;
  guint undone = 0;

  while (!wp_history_is_clean (history) && wp_document_undo (document))
    undone++;
  if (wp_history_is_clean (history))
    bytes = wp_write_document (document);
  for (; undone > 0; undone--)
    wp_document_redo (document);

  return bytes;
}

/* The unsaved changes and the other program's (a git merge, a checkout), merged as git would. */
static void
merge_with_file (WpWindow *self)
{
  g_autoptr(GBytes) saved = dup_saved_version (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  gboolean read_only = FALSE;
  g_autoptr(WpDocument) base = NULL;
  g_autoptr(WpDocument) theirs = NULL;
  g_autoptr(WpDocument) merged = NULL;

  if (saved != NULL)
    base = wp_read_document (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), NULL, NULL,
                             &error);
  if (base != NULL)
    theirs = wp_file_load (self->file, &etag, NULL, &read_only, NULL, &error);
  if (theirs == NULL || read_only)
    {
      g_autofree char *body = error != NULL ? _wp_window_describe_error (error)
                                            : g_strdup (_("A newer Waypoint wrote the file."));

      _wp_window_show_error (self, _("Could Not Merge the Changed File"), body);
      return;
    }

  merged = wp_three_way_merge (base, self->document, theirs);
  _wp_window_set_document (self, merged, self->file, etag, FALSE);
  /* The merge holds changes the file does not have yet. */
  wp_history_mark_unclean (wp_document_get_history (merged));
  _wp_window_show_toast (self, _("Merged your unsaved changes with the changed file"));
}

static void
on_changed_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  if (g_str_equal (response, "reload"))
    reload (user_data);
  else if (g_str_equal (response, "merge"))
    merge_with_file (user_data);
}

static void
ask_about_external_change (WpWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"),
                            _("Another program changed this document, and you have "
                              "unsaved changes. Merge them with the file (as git merges), "
                              "reload the file and lose your changes, or keep editing yours?")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Mine"),
                                    "reload", _("_Reload"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "merge");
  adw_message_dialog_set_close_response (dialog, "keep");
  _wp_window_connect_response (dialog, G_CALLBACK (on_changed_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
check_external_change (gpointer user_data)
{
  WpWindow *self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  const char *etag;

  self->monitor_source = 0;
  if (self->file == NULL || self->document == NULL)
    return G_SOURCE_REMOVE;

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL,
                            NULL);
  if (info == NULL)
    {
      _wp_window_show_toast (self, _("The file was moved or deleted; saving creates it again"));
      g_clear_pointer (&self->etag, g_free);
      return G_SOURCE_REMOVE;
    }

  etag = g_file_info_get_etag (info);
  /* Our own saves come back here too, with the etag we already know. */
  if (g_strcmp0 (etag, self->etag) == 0)
    return G_SOURCE_REMOVE;

  if (wp_document_get_modified (self->document))
    ask_about_external_change (self);
  else
    reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    WpWindow          *self)
{
  /* Writers replace files in several steps; look once they are done. */
  g_clear_handle_id (&self->monitor_source, g_source_remove);
  self->monitor_source = g_timeout_add (300, check_external_change, self);
}

void
_wp_window_watch_file (WpWindow *self)
{
  g_clear_handle_id (&self->monitor_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed), self);
}

void
_wp_window_dispose_drafts (WpWindow *self)
{
  /* Whatever is unsaved gets its draft now rather than never. */
  if (self->draft_source != 0)
    {
      g_clear_handle_id (&self->draft_source, g_source_remove);
      if (!self->close_confirmed)
        _wp_window_write_draft (self);
    }
  g_clear_handle_id (&self->monitor_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

void
_wp_window_class_init_drafts (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-draft", "s", restore_draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", discard_draft_action);
}
