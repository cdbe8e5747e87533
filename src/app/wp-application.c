/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpApplication owns what all windows share: the settings, the recent files,
 * the app-wide actions and their accelerators, and the mapping of files given
 * on the command line or by the desktop to windows.
 */
#define G_LOG_DOMAIN "waypoint-app"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-application.h"
#include "wp-cli.h"
#include "wp-preferences-window.h"
#include "wp-startup-report.h"
#include "wp-window.h"

#define MAX_RECENT_FILES 10

struct _WpApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (WpApplication, wp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

WpApplication *
wp_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (WP_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

GSettings *
wp_application_get_settings (WpApplication *self)
{
  g_return_val_if_fail (WP_IS_APPLICATION (self), NULL);

  return self->settings;
}

GStrv
wp_application_dup_recent (WpApplication *self)
{
  g_return_val_if_fail (WP_IS_APPLICATION (self), NULL);

  return g_settings_get_strv (self->settings, "recent-files");
}

/* Most recent first, no duplicates, at most MAX_RECENT_FILES entries. */
void
wp_application_add_recent (WpApplication *self,
                           GFile         *file)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = NULL;
  guint n = 1;

  g_return_if_fail (WP_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  old = g_settings_get_strv (self->settings, "recent-files");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);

  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_FILES; i++)
    {
      if (g_strcmp0 (old[i], uri) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static WpWindow *
find_window_for_file (WpApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (!WP_IS_WINDOW (l->data))
        continue;
      shown = wp_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

/* A window still showing its welcome page is reused instead of opening a new one. */
static WpWindow *
find_empty_window (WpApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (WP_IS_WINDOW (l->data) && !wp_window_has_document (l->data))
      return l->data;

  return NULL;
}

static WpWindow *
new_window (WpApplication *self)
{
  WpWindow *window = wp_window_new (self);

  wp_startup_report_watch (GTK_WINDOW (window));

  return window;
}

static void
wp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  WpApplication *self = WP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      WpWindow *window = find_window_for_file (self, files[i]);

      if (window == NULL)
        {
          window = find_empty_window (self);
          if (window == NULL)
            window = new_window (self);
          wp_window_open_file (window, files[i]);
        }

      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
wp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (new_window (WP_APPLICATION (app)));

  gtk_window_present (window);
}

static int
wp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
apply_style_variant (WpApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (variant, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (variant, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_application_get_style_manager (ADW_APPLICATION (self)),
                                      scheme);
}

static void
on_settings_style_variant_changed (WpApplication *self,
                                   const char    *key,
                                   GSettings     *settings)
{
  apply_style_variant (self);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (user_data)));
}

/* Closing each window (rather than quitting outright) lets windows save their
 * state and, once documents can be edited, ask about unsaved changes. */
static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (user_data);
  WpPreferencesWindow *prefs = wp_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (prefs));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Waypoint developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (user_data);

  GtkWidget *about = g_object_new (
    ADW_TYPE_ABOUT_WINDOW, "transient-for", parent, "application-name", _("Waypoint"),
    "application-icon", APP_ID, "developer-name", _("The Waypoint developers"), "developers",
    developers, "version", PACKAGE_VERSION, "comments",
    _("Plan, order and present your product — offline, in one file."), "website",
    "https://github.com/waypointapp/waypoint", "issue-url",
    "https://github.com/waypointapp/waypoint/issues", "license-type", GTK_LICENSE_GPL_3_0,
    /* Translators: replace with your name(s), one per line */
    "translator-credits", _("translator-credits"), NULL);

  wp_accessible_name_parts (about);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

/* Every accelerator of the application and its windows, in one place. Shortcuts
 * that work inside one page are bindings of that page's class instead. */
static const struct {
  const char *action;
  const char *accels[2];
} accels[] = {
  /* A new window, or a new feedback entry on the Feedback page. */
  { "win.new", { "<Control>n", NULL } },
  /* The visible page's search, wherever the focus is. */
  { "win.find", { "<Control>f", NULL } },
  /* The sprint review, full screen. */
  { "win.present-review", { "F5", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.show-page('vision')", { "<Alt>1", NULL } },
  { "win.show-page('backlog')", { "<Alt>2", NULL } },
  { "win.show-page('board')", { "<Alt>3", NULL } },
  { "win.show-page('roadmap')", { "<Alt>4", NULL } },
  { "win.show-page('feedback')", { "<Alt>5", NULL } },
  { "win.show-page('sprints')", { "<Alt>6", NULL } },
};

static void
wp_application_startup (GApplication *app)
{
  WpApplication *self = WP_APPLICATION (app);
  g_autoptr(GAction) style_action = NULL;

  G_APPLICATION_CLASS (wp_application_parent_class)->startup (app);

  /* Not before: --help and --version must work without the schema installed. */
  self->settings = g_settings_new (BASE_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  style_action = g_settings_create_action (self->settings, "style-variant");
  g_action_map_add_action (G_ACTION_MAP (self), style_action);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (on_settings_style_variant_changed),
                           self, G_CONNECT_SWAPPED);
  apply_style_variant (self);
}

static void
wp_application_dispose (GObject *object)
{
  WpApplication *self = WP_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wp_application_parent_class)->dispose (object);
}

static void
wp_application_class_init (WpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = wp_application_dispose;

  app_class->activate = wp_application_activate;
  app_class->open = wp_application_open;
  app_class->startup = wp_application_startup;
  app_class->handle_local_options = wp_application_handle_local_options;
}

static void
wp_application_init (WpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* Only for --help: main() runs these commands before the application exists. */
  g_application_add_main_option_entries (G_APPLICATION (self), wp_cli_option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep a product’s vision, backlog, board, roadmap, "
                                              "feedback and sprints in one document."));
}
