/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpWindow shows one product document: a welcome page while it has none, and
 * the six pages (Vision … Sprints) in a view stack once a document is open.
 * It remembers its size and offers the file commands of its document.
 */
#define G_LOG_DOMAIN "waypoint-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-window.h"

struct _WpWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack            *main_stack;
  AdwStatusPage       *welcome_page;
  GtkWidget           *recent_group;
  GtkListBox          *recent_list;
  AdwViewStack        *view_stack;

  GSettings           *settings;
  GtkStringList       *recent_uris;
  GFile               *file;
  gboolean             has_document;
};

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FILE,
  PROP_HAS_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const page_names[] = {
  "vision", "backlog", "board", "roadmap", "feedback", "sprints", NULL
};

WpWindow *
wp_window_new (WpApplication *application)
{
  g_return_val_if_fail (WP_IS_APPLICATION (application), NULL);

  return g_object_new (WP_TYPE_WINDOW, "application", application, NULL);
}

GFile *
wp_window_get_file (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
wp_window_has_document (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);

  return self->has_document;
}

const char *
wp_window_get_visible_page (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  if (!self->has_document)
    return "welcome";

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

static void
show_toast (WpWindow   *self,
            const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
show_document (WpWindow   *self,
               GFile      *file,
               const char *title)
{
  g_set_object (&self->file, file);
  self->has_document = TRUE;

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "document");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_DOCUMENT]);
}

static void
on_file_info_ready (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(WpWindow) self = user_data;
  GFile *file = G_FILE (source);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  info = g_file_query_info_finish (file, result, &error);
  if (info == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;

      /* Translators: the first %s is a file name, the second the reason */
      message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
      show_toast (self, message);
      return;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("“%s” is not a Waypoint document"),
                                 g_file_info_get_display_name (info));
      show_toast (self, message);
      return;
    }

  show_document (self, file, g_file_info_get_display_name (info));

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    wp_application_add_recent (WP_APPLICATION (app), file);
}

void
wp_window_open_file (WpWindow *self,
                     GFile    *file)
{
  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_query_info_async (file,
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                           G_FILE_ATTRIBUTE_STANDARD_TYPE,
                           G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT,
                           NULL,
                           on_file_info_ready,
                           g_object_ref (self));
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
on_open_dialog_response (GtkNativeDialog *dialog,
                         int              response,
                         gpointer         user_data)
{
  WpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      GFile *files[] = { file };

      /* The application decides which window shows it, so a file is never open twice. */
      g_application_open (app, files, 1, "");
    }

  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) documents = new_document_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Product"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), documents);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_dialog_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget)));
  GFile *files[] = { file };

  g_application_open (app, files, 1, "");
}

static void
new_product_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_document (WP_WINDOW (widget), NULL, _("Untitled Product"));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_document (WP_WINDOW (widget), NULL, _("Sample Product"));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  const char *page = g_variant_get_string (param, NULL);

  if (!self->has_document || !g_strv_contains ((const char * const *) page_names, page))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static char *
dup_display_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);

  return g_file_get_parse_name (parent);
}

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  const char *uri = gtk_string_object_get_string (item);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *folder = dup_display_folder (file);
  GtkWidget *row = adw_action_row_new ();

  /* File names are user data, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);

  return row;
}

static void
reload_recent (WpWindow *self)
{
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-files");
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->recent_uris));

  gtk_string_list_splice (self->recent_uris, 0, n_old, (const char * const *) uris);
  gtk_widget_set_visible (self->recent_group, uris[0] != NULL);
}

static void
on_settings_recent_files_changed (WpWindow   *self,
                                  const char *key,
                                  GSettings  *settings)
{
  reload_recent (self);
}

static void
restore_window_state (WpWindow *self)
{
  GSettings *settings = self->settings;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (WpWindow *self)
{
  GSettings *settings = self->settings;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  g_settings_set_boolean (settings, "window-maximized", maximized);
  /* A maximized size says nothing about the size to restore to. */
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
}

static gboolean
wp_window_close_request (GtkWindow *window)
{
  save_window_state (WP_WINDOW (window));

  return GTK_WINDOW_CLASS (wp_window_parent_class)->close_request (window);
}

static void
wp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WpWindow *self = WP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_HAS_DOCUMENT:
      g_value_set_boolean (value, self->has_document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  g_clear_object (&self->file);
  g_clear_object (&self->recent_uris);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_class_init (WpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = wp_window_get_property;
  object_class->dispose = wp_window_dispose;
  window_class->close_request = wp_window_close_request;

  /**
   * WpWindow:file:
   *
   * The file of the open document, or %NULL when it was never saved.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * WpWindow:has-document:
   *
   * Whether the window shows a document rather than the welcome page.
   */
  properties[PROP_HAS_DOCUMENT] =
    g_param_spec_boolean ("has-document", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.new-product", NULL, new_product_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
}

static void
wp_window_init (WpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each window has its own GSettings object; all of them share one backend and see each other's changes. */
  self->settings = g_settings_new (BASE_ID);
  self->recent_uris = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent_uris),
                           create_recent_row, self, NULL);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  adw_status_page_set_icon_name (self->welcome_page, APP_ID);

  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (on_settings_recent_files_changed),
                           self, G_CONNECT_SWAPPED);
  reload_recent (self);
  restore_window_state (self);
}
