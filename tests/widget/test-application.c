/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the application gives every window: its accelerators, the shortcuts window listing every
 * key (the pages' own too), the recent files, the style. */
#include "config.h"

#include "wp-application.h"
#include "wp-backlog-view.h"
#include "wp-board-view.h"
#include "wp-feedback-view.h"
#include "wp-roadmap-view.h"
#include "wp-sprints-view.h"
#include "wp-vision-view.h"
#include "wp-window.h"
#include "test-util.h"

static WpApplication *app;

static void
test_accelerators (void)
{
  static const struct { const char *action; const char *accel; } expected[] = {
    { "win.new", "<Control>n" },
    { "win.find", "<Control>f" },
    { "win.open", "<Control>o" },
    { "win.save", "<Control>s" },
    { "win.save-as", "<Shift><Control>s" },
    { "window.close", "<Control>w" },
    { "app.quit", "<Control>q" },
    { "win.show-help-overlay", "<Control>question" },
    { "app.preferences", "<Control>comma" },
    { "win.show-page('vision')", "<Alt>1" },
    { "win.show-page('sprints')", "<Alt>6" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     expected[i].action);
      g_assert_nonnull (accels[0]);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }
}

/* The key a user reads on a keycap: the keypad's plus, minus and digits are the main ones. */
static char *
keycap_name (guint           keyval,
             GdkModifierType modifiers)
{
  if (keyval == GDK_KEY_KP_Add)
    keyval = GDK_KEY_plus;
  else if (keyval == GDK_KEY_KP_Subtract)
    keyval = GDK_KEY_minus;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    keyval = GDK_KEY_0 + (keyval - GDK_KEY_KP_0);

  return gtk_accelerator_name (keyval, modifiers);
}

/* The accelerators @root's shortcut controllers hold (a page's own keys, set on its class). */
static void
add_class_shortcuts (GtkWidget  *root,
                     GHashTable *accels)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (root);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkKeyvalTrigger *key = GTK_IS_KEYVAL_TRIGGER (trigger) ? GTK_KEYVAL_TRIGGER (trigger)
                                                                   : NULL;

          if (key != NULL)
            g_hash_table_add (accels, keycap_name (gtk_keyval_trigger_get_keyval (key),
                                                   gtk_keyval_trigger_get_modifiers (key)));
        }
    }
}

/* Every accelerator the shortcuts window lists, normalized. */
static void
add_listed (GtkWidget  *widget,
            GHashTable *listed)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_listed (child, listed);
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) accels = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      accels = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; accels[i] != NULL; i++)
        {
          guint key;
          GdkModifierType mods;

          if (gtk_accelerator_parse (accels[i], &key, &mods))
            g_hash_table_add (listed, gtk_accelerator_name (key, mods));
        }
    }
}

static void
test_shortcuts_window_lists_every_shortcut (void)
{
  WpWindow *window = wp_window_new (app);
  g_autoptr(GHashTable) accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  GType pages[] = { WP_TYPE_VISION_VIEW, WP_TYPE_BACKLOG_VIEW, WP_TYPE_BOARD_VIEW,
                    WP_TYPE_ROADMAP_VIEW, WP_TYPE_FEEDBACK_VIEW, WP_TYPE_SPRINTS_VIEW };
  g_autoptr(GString) missing = g_string_new (NULL);
  GList *toplevels;
  GHashTableIter iter;
  const char *accel;

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) action_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                            actions[i]);

      for (guint j = 0; action_accels[j] != NULL; j++)
        g_hash_table_add (accels, g_strdup (action_accels[j]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = g_object_ref_sink (g_object_new (pages[i], NULL));

      add_class_shortcuts (page, accels);
      g_object_unref (page);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_WINDOW (l->data))
      add_listed (l->data, listed);
  g_list_free (toplevels);
  g_assert_cmpuint (g_hash_table_size (listed), >, 20);

  g_hash_table_iter_init (&iter, accels);
  while (g_hash_table_iter_next (&iter, (gpointer *) &accel, NULL))
    if (!g_hash_table_contains (listed, accel))
      g_string_append_printf (missing, " %s", accel);
  if (missing->len > 0)
    g_error ("the shortcuts window does not list%s", missing->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_recent_limit (void)
{
  g_auto(GStrv) recent = NULL;

  for (guint i = 0; i < 15; i++)
    {
      g_autofree char *path = g_strdup_printf ("/tmp/product-%u.waypoint", i);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      wp_application_add_recent (app, file);
    }
  /* Adding a known file again moves it to the top instead of repeating it. */
  {
    g_autoptr(GFile) file = g_file_new_for_path ("/tmp/product-12.waypoint");
    wp_application_add_recent (app, file);
  }

  recent = wp_application_dup_recent (app);
  g_assert_cmpuint (g_strv_length (recent), ==, 10);
  g_assert_cmpstr (recent[0], ==, "file:///tmp/product-12.waypoint");
  g_assert_cmpstr (recent[1], ==, "file:///tmp/product-14.waypoint");
  g_assert_cmpstr (recent[2], ==, "file:///tmp/product-13.waypoint");
}

static void
test_style_variant (void)
{
  AdwStyleManager *style = adw_application_get_style_manager (ADW_APPLICATION (app));

  g_action_group_activate_action (G_ACTION_GROUP (app), "style-variant",
                                  g_variant_new_string ("dark"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_action_group_activate_action (G_ACTION_GROUP (app), "style-variant",
                                  g_variant_new_string ("light"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_action_group_activate_action (G_ACTION_GROUP (app), "style-variant",
                                  g_variant_new_string ("system"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  app = test_application_new ();

  g_test_add_func ("/application/accelerators", test_accelerators);
  g_test_add_func ("/application/shortcuts-window-lists-every-shortcut",
                   test_shortcuts_window_lists_every_shortcut);
  g_test_add_func ("/application/recent-limit", test_recent_limit);
  g_test_add_func ("/application/style-variant", test_style_variant);

  return g_test_run ();
}
