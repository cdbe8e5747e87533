/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpWindow's doors to other tools. win.import asks for a Trello board, a
 * Jira export or a spreadsheet and previews what importing it will do
 * (WpImportPreview); the product it makes opens in this window, or in a new
 * one when this one shows a product, unless the user imports into the open
 * product. win.export::NAME asks where to save one of the exports the
 * command line offers under the same name (wp-exporters.c), draws it only
 * then and says in a toast where it went or why it did not. A product that a
 * git merge left with conflicts shows a banner that leads to them
 * (WpConflictsDialog).
 */
#define G_LOG_DOMAIN "waypoint-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-conflicts-dialog.h"
#include "wp-exporters.h"
#include "wp-import-preview.h"
#include "wp-toast.h"
#include "wp-window-private.h"

/* Exporting */

typedef struct {
  WpWindow         *window;
  const WpExporter *exporter;
  WpDocument       *document;
  WpEntity         *sprint;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_object_unref (export->document);
  g_clear_object (&export->sprint);
  g_free (export);
}

/* Says where the export went, or why it did not. */
static void
write_export (Export *export,
              GFile  *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = export->exporter->write (export->document, export->sprint, &error);
  g_autofree char *message = NULL;

  if (bytes != NULL &&
      g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                               &error))
    /* Translators: a toast; %s is a file name */
    message = g_strdup_printf (_("Exported to “%s”"), g_file_peek_path (file));
  else
    /* Translators: a toast; %s says why */
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  _wp_window_show_toast (export->window, message);
}

static void
on_export_file_chosen (GtkNativeDialog *dialog,
                       int              response,
                       Export          *export)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    write_export (export, file);
  export_free (export);
  g_object_unref (dialog);
}

/* "Trailblazer Roadmap.png", "Sprint 4 Review.pdf": the name the file chooser offers. */
static char *
suggest_name (WpWindow         *self,
              const WpExporter *exporter,
              WpEntity         *sprint)
{
  g_autofree char *product = _wp_window_dup_title (self);
  const char *who = exporter->sprint == WP_EXPORT_NEEDS_SPRINT
                    ? wp_entity_get_display_name (sprint) : product;

  if (exporter->file_name == NULL)
    return g_strconcat (who, exporter->suffix, NULL);

  /* Translators: a file name offered for an export: whose, then what it holds, such as
     "Trailblazer Roadmap"; the file name's suffix follows */
  return g_strdup_printf (_("%s %s%s"), who, _(exporter->file_name), exporter->suffix);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  const WpExporter *exporter = wp_exporters_find (g_variant_get_string (param, NULL));
  WpEntity *sprint;
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  Export *export;

  if (self->document == NULL || exporter == NULL)
    return;
  /* A newer version's fields would be lost in anything but a picture of the product. */
  if (self->read_only && !exporter->picture)
    {
      _wp_window_show_toast (self, _("A newer version of Waypoint wrote this product: only "
                                     "pictures of it can be exported"));
      return;
    }
  sprint = exporter->sprint != WP_EXPORT_NO_SPRINT ? _wp_window_pick_sprint (self) : NULL;
  if (sprint == NULL && exporter->sprint == WP_EXPORT_NEEDS_SPRINT)
    {
      _wp_window_show_toast (self, _("Plan a sprint first: the review presents it"));
      return;
    }

  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->exporter = exporter;
  export->document = g_object_ref (self->document);
  export->sprint = sprint != NULL ? g_object_ref (sprint) : NULL;
  name = suggest_name (self, exporter, sprint);
  dialog = gtk_file_chooser_native_new (_(exporter->title), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_file_chosen), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * _wp_window_fill_export_menu:
 * @menu: the main menu's Export submenu
 *
 * Lists every export, in the order and under the names the command line has.
 */
void
_wp_window_fill_export_menu (GMenu *menu)
{
  for (guint i = 0; i < wp_exporters_count (); i++)
    {
      const WpExporter *exporter = wp_exporters_get (i);
      g_autoptr(GMenuItem) item = g_menu_item_new (_(exporter->label), NULL);

      g_menu_item_set_action_and_target (item, "win.export", "s", exporter->name);
      g_menu_append_item (menu, item);
    }
}

/* Importing */

static void
on_imported (WpImportPreview *preview,
             WpDocument      *product,
             guint            n_items,
             WpWindow        *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  WpWindow *window = self;
  g_autofree char *message = NULL;
  gboolean merged = product == self->document;

  if (!merged)
    {
      if (self->document != NULL && app != NULL)
        window = wp_window_new (WP_APPLICATION (app));
      g_clear_pointer (&window->draft_id, g_free);
      _wp_window_set_document (window, product, NULL, NULL, FALSE);
      /* Nothing of it is saved anywhere yet: the title says so, and closing asks. */
      wp_history_mark_unclean (wp_document_get_history (product));
      gtk_window_present (GTK_WINDOW (window));
    }

  /* Translators: a toast after an import */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u item",
                                          "Imported %u items", n_items),
                             n_items);
  wp_show_toast (GTK_WIDGET (window->toast_overlay), message, merged);
}

static void
on_import_file_chosen (GtkNativeDialog *dialog,
                       int              response,
                       WpWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      WpImportPreview *preview = wp_import_preview_new (GTK_WINDOW (self), file,
                                                        self->read_only ? NULL : self->document);

      g_signal_connect_object (preview, "imported", G_CALLBACK (on_imported), self, 0);
    }
  g_object_unref (dialog);
}

static GtkFileFilter *
new_filter (const char         *name,
            const char * const *suffixes)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);

  return filter;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  static const char * const importable[] = { "json", "csv", "tsv", "txt", NULL };
  static const char * const nothing[] = { NULL };
  g_autoptr(GtkFileFilter) files = new_filter (_("Trello, Jira and Spreadsheet Files"),
                                               importable);
  g_autoptr(GtkFileFilter) all = new_filter (_("All Files"), nothing);
  GtkFileChooserNative *dialog;

  gtk_file_filter_add_pattern (all, "*");
  dialog = gtk_file_chooser_native_new (_("Import from Trello, Jira or a Spreadsheet"),
                                        GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), files);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_file_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Conflicts from a merge */

static void
update_conflicts_banner (WpWindow *self)
{
  GListModel *conflicts = wp_document_get_list (self->document, WP_KIND_CONFLICT);
  guint n = g_list_model_get_n_items (conflicts);
  g_autofree char *text = NULL;

  /* Translators: the banner over a product that a git merge left with conflicts */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict from a merge",
                                       "%u conflicts from a merge", n),
                          n);
  gtk_label_set_label (self->conflicts_label, text);
  gtk_revealer_set_reveal_child (self->conflicts_banner, n > 0);
}

/* Shows the banner while the document has conflicts, and follows them. */
void
_wp_window_watch_conflicts (WpWindow *self)
{
  g_signal_connect_swapped (wp_document_get_list (self->document, WP_KIND_CONFLICT),
                            "items-changed", G_CALLBACK (update_conflicts_banner), self);
  update_conflicts_banner (self);
}

static void
resolve_conflicts_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);

  if (self->document != NULL)
    wp_conflicts_dialog_new (GTK_WINDOW (self), self->document);
}

void
_wp_window_class_init_interop (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.resolve-conflicts", NULL,
                                   resolve_conflicts_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
}
