/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Exporting from a page: asks where to save, draws the export only then and
 * writes it, and says in a toast where it went or why it did not.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-export-file.h"
#include "wp-toast.h"

typedef struct {
  GtkWidget      *widget;
  WpExportFunc    export;
  gpointer        data;
  GDestroyNotify  destroy;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->widget);
  if (export->destroy != NULL)
    export->destroy (export->data);
  g_free (export);
}

static void
on_response (GtkNativeDialog *dialog,
             int              response,
             Export          *export)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      bytes = export->export (export->data, &error);
      if (bytes != NULL &&
          g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                                   &error))
        /* Translators: a toast; %s is a file name */
        message = g_strdup_printf (_("Exported to “%s”"), g_file_peek_path (file));
      else
        /* Translators: a toast; %s says why */
        message = g_strdup_printf (_("Could not export: %s"),
                                   error != NULL ? error->message : _("nothing was drawn"));
      wp_show_toast (export->widget, message, FALSE);
    }
  export_free (export);
  g_object_unref (dialog);
}

/**
 * wp_export_file_ask:
 * @widget: the page exporting
 * @title: the file chooser's title
 * @suggested_name: the file name offered
 * @export: draws the export once a file is chosen
 * @data: (transfer full): for @export
 * @destroy: (nullable): frees @data
 *
 * Asks for a file and writes what @export draws into it.
 */
void
wp_export_file_ask (GtkWidget      *widget,
                    const char     *title,
                    const char     *suggested_name,
                    WpExportFunc    export,
                    gpointer        data,
                    GDestroyNotify  destroy)
{
  GtkFileChooserNative *dialog;
  Export *pending = g_new0 (Export, 1);

  pending->widget = g_object_ref (widget);
  pending->export = export;
  pending->data = data;
  pending->destroy = destroy;
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
