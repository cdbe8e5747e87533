/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Widget tests of WpWindow and WpApplication: pages, actions, accelerators, settings. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "wp-application.h"
#include "wp-draft.h"
#include "wp-exporters.h"
#include "wp-page-slot.h"
#include "wp-window.h"
#include "test-util.h"

static WpApplication *app;

static const char * const page_names[] = {
  "vision", "backlog", "board", "roadmap", "feedback", "sprints"
};
static const char * const page_titles[] = {
  "Vision", "Backlog", "Board", "Roadmap", "Feedback", "Sprints"
};

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

static void
wait_for_document (WpWindow *window)
{
  guint timeout = g_timeout_add_seconds (10, on_timeout, (gpointer) "the document");

  while (!wp_window_has_document (window))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

/* The message dialog that @window shows, once it shows one. */
static AdwMessageDialog *
wait_for_dialog (WpWindow *window)
{
  guint timeout = g_timeout_add_seconds (10, on_timeout, (gpointer) "a message dialog");
  AdwMessageDialog *found = NULL;

  while (found == NULL)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      g_main_context_iteration (NULL, TRUE);
      for (guint i = 0; found == NULL && i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
              gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
            found = ADW_MESSAGE_DIALOG (toplevel);
        }
    }
  g_source_remove (timeout);

  return found;
}

/* What the window shows: "welcome", "opening" (a file being read) or "document". */
static const char *
main_page (WpWindow *window)
{
  GtkWidget *stack = find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);

  while (stack != NULL && !GTK_IS_STACK (stack))
    stack = gtk_widget_get_parent (stack);
  g_assert_nonnull (stack);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static GFile *
create_document (char **folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  *folder = g_dir_make_tmp ("wp-widget-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*folder, "product.waypoint", NULL);
  g_file_set_contents (path,
                       "{\"format\": \"waypoint\", \"version\": 1, \"items\": "
                       "[{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Offline mode\"}]}\n",
                       -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));

  return contents;
}

static WpEntity *
first_item (WpWindow *window)
{
  GListModel *items = wp_document_get_list (wp_window_get_document (window), WP_KIND_ITEM);
  g_autoptr(WpEntity) item = g_list_model_get_item (items, 0);

  return item;
}

static void
test_new_product (void)
{
  WpWindow *window = wp_window_new (app);
  WpDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-product", NULL);
  document = wp_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_null (wp_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Product");
  g_assert_false (wp_document_get_modified (document));
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_COLUMN)), ==,
                    3);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL) &&
                  wp_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A document a merge left with one conflict shows a banner that goes once it is resolved. */
static void
test_conflicts_banner (void)
{
  static const char json[] =
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Maps\", \"estimate\": 5}],"
    " \"conflicts\": [{\"id\": \"c\", \"collection\": \"items\", \"entity\": \"a\","
    "                  \"field\": \"estimate\", \"base\": 3, \"ours\": 5, \"theirs\": 8}]}";
  WpWindow *window = wp_window_new (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("wp-widget-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "merged.waypoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *banner = NULL;
  WpDocument *document;
  g_autoptr(WpEntity) conflict = NULL;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  wp_window_open_file (window, file);
  wait_for_document (window);
  banner = find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER, NULL);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_nonnull (find_widget (banner, GTK_TYPE_LABEL, NULL));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_widget (banner, GTK_TYPE_LABEL, NULL))),
                   ==, "1 conflict from a merge");

  document = wp_window_get_document (window);
  conflict = g_list_model_get_item (wp_document_get_list (document, WP_KIND_CONFLICT), 0);
  g_assert_true (wp_document_resolve_conflict (document, WP_CONFLICT (conflict),
                                               WP_RESOLVE_THEIRS, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

/* The submenu of @menu labelled @label. */
static GMenuModel *
find_submenu (GMenuModel *menu,
              const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text);
      if (submenu != NULL && g_strcmp0 (text, label) == 0)
        return g_steal_pointer (&submenu);
      if (section != NULL && (submenu = find_submenu (section, label)) != NULL)
        return g_steal_pointer (&submenu);
    }

  return NULL;
}

/* The main menu's Export lists every export, under the names the command line has. */
static void
test_export_menu (void)
{
  WpWindow *window = wp_window_new (app);
  /* The header bar's first menu button is the main menu. */
  GtkWidget *header = find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, NULL);
  GtkWidget *button = find_widget (header, GTK_TYPE_MENU_BUTTON, NULL);
  g_autoptr(GMenuModel) exports = find_submenu (gtk_menu_button_get_menu_model (
                                                  GTK_MENU_BUTTON (button)), "_Export");

  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Main Menu");

  g_assert_nonnull (exports);
  g_assert_cmpint (g_menu_model_get_n_items (exports), ==, wp_exporters_count ());
  for (guint i = 0; i < wp_exporters_count (); i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *target = NULL;

      g_menu_model_get_item_attribute (exports, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      g_menu_model_get_item_attribute (exports, i, G_MENU_ATTRIBUTE_TARGET, "s", &target);
      g_assert_cmpstr (action, ==, "win.export");
      g_assert_cmpstr (target, ==, wp_exporters_get (i)->name);
    }
  /* Nothing to export on the welcome page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "markdown");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sample_is_untitled_copy (void)
{
  WpWindow *window = wp_window_new (app);
  WpDocument *document;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  document = wp_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_null (wp_window_get_file (window));
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_ITEM)), >=,
                    50);
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_FEEDBACK)),
                    >=, 30);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   wp_entity_get_string (WP_ENTITY (wp_document_get_product (document)),
                                         WP_PRODUCT_NAME));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_edit_undo_save (void)
{
  WpWindow *window = wp_window_new (app);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = create_document (&folder);
  g_autofree char *saved = NULL;
  g_autofree char *backup_path = NULL;
  WpDocument *document;
  WpEntity *item;

  wp_window_open_file (window, file);
  wait_for_document (window);
  document = wp_window_get_document (window);
  item = first_item (window);

  wp_document_set_string (document, item, WP_ITEM_TITLE, "Offline maps");
  g_assert_true (wp_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• product.waypoint");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==, "Offline mode");
  g_assert_false (wp_document_get_modified (document));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==, "Offline maps");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (wp_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "product.waypoint");
  saved = read_file (file);
  g_assert_nonnull (strstr (saved, "\"title\": \"Offline maps\""));
  g_assert_true (g_str_has_prefix (saved, "{\n  \"format\": \"waypoint\",\n  \"version\": 1,"));

  /* The version before the save is kept next to it. */
  backup_path = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

static void
test_bad_file_keeps_welcome (void)
{
  WpWindow *window = wp_window_new (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("wp-widget-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "broken.waypoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  const char *broken = "{\"format\": \"waypoint\", \"version\": 1, \"items\": [}";

  g_file_set_contents (path, broken, -1, &error);
  g_assert_no_error (error);

  wp_window_open_file (window, file);
  for (guint i = 0; i < 200; i++)
    {
      g_usleep (1000);
      spin ();
    }

  g_assert_false (wp_window_has_document (window));
  after = read_file (file);
  g_assert_cmpstr (after, ==, broken);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

static void
test_draft_written_and_removed (void)
{
  WpWindow *window = wp_window_new (app);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = create_document (&folder);
  g_autoptr(GBytes) draft = NULL;
  g_autofree char *draft_id = NULL;
  WpDocument *document;

  wp_window_open_file (window, file);
  wait_for_document (window);
  document = wp_window_get_document (window);
  wp_document_set_string (document, first_item (window), WP_ITEM_TITLE, "Unsaved title");

  /* Destroying the window with a pending draft writes it at once. */
  draft_id = g_strdup (wp_window_get_draft_id (window));
  gtk_window_destroy (GTK_WINDOW (window));
  draft = wp_draft_read (draft_id, NULL);
  g_assert_nonnull (draft);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (draft, NULL), g_bytes_get_size (draft),
                                  "Unsaved title"));
  wp_draft_discard (draft_id);

  remove_folder (folder);
}

static void
test_welcome (void)
{
  WpWindow *window = wp_window_new (app);

  g_assert_false (wp_window_has_document (window));
  g_assert_cmpstr (wp_window_get_visible_page (window), ==, "welcome");
  g_assert_null (wp_window_get_file (window));

  /* Pages cannot be shown without a document. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "board");
  g_assert_cmpstr (wp_window_get_visible_page (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_shows_pages (void)
{
  WpWindow *window = wp_window_new (app);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = create_document (&folder);
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;

  wp_window_open_file (window, file);
  wait_for_document (window);

  g_assert_true (g_file_equal (wp_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "product.waypoint");
  g_assert_false (wp_document_get_modified (wp_window_get_document (window)));

  recent = wp_application_dup_recent (app);
  g_assert_cmpstr (recent[0], ==, uri);

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page_names[i]);
      g_assert_cmpstr (wp_window_get_visible_page (window), ==, page_names[i]);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "nonsense");
  g_assert_cmpstr (wp_window_get_visible_page (window), ==, "sprints");

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

static void
collect_pages (GtkWidget  *widget,
               GPtrArray  *stacks)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_VIEW_STACK (child))
        g_ptr_array_add (stacks, child);
      collect_pages (child, stacks);
    }
}

/* Opening a product makes the page on screen; the others are made when first shown. */
static void
test_pages_made_when_shown (void)
{
  WpWindow *window = wp_window_new (app);
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();
  AdwViewStack *stack;
  WpPageSlot *board;

  collect_pages (GTK_WIDGET (window), stacks);
  stack = stacks->pdata[0];
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpstr (wp_window_get_visible_page (window), ==, "backlog");
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      WpPageSlot *slot = WP_PAGE_SLOT (adw_view_stack_get_child_by_name (stack, page_names[i]));
      gboolean shown = g_str_equal (page_names[i], "backlog");

      g_assert_true ((wp_page_slot_get_page (slot) != NULL) == shown);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "board");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  board = WP_PAGE_SLOT (adw_view_stack_get_child_by_name (stack, "board"));
  g_assert_nonnull (wp_page_slot_get_page (board));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_titles (void)
{
  WpWindow *window = wp_window_new (app);
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();
  g_autoptr(GtkSelectionModel) pages = NULL;

  collect_pages (GTK_WIDGET (window), stacks);
  g_assert_cmpuint (stacks->len, ==, 1);

  pages = adw_view_stack_get_pages (stacks->pdata[0]);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==,
                    G_N_ELEMENTS (page_titles));
  for (guint i = 0; i < G_N_ELEMENTS (page_titles); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, page_names[i]);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, page_titles[i]);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_missing_file (void)
{
  WpWindow *window = wp_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/folder/product.waypoint");
  g_auto(GStrv) recent = NULL;

  wp_window_open_file (window, file);
  /* While the file is read, the window says so instead of welcoming. */
  g_assert_cmpstr (main_page (window), ==, "opening");
  gtk_window_destroy (GTK_WINDOW (wait_for_dialog (window)));

  g_assert_false (wp_window_has_document (window));
  g_assert_cmpstr (main_page (window), ==, "welcome");
  recent = wp_application_dup_recent (app);
  g_assert_false (g_strv_contains ((const char * const *) recent,
                                   "file:///nonexistent/folder/product.waypoint"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_not_a_document (void)
{
  WpWindow *window = wp_window_new (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("wp-widget-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "fifo.waypoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  /* A named pipe would be read forever: the window says what it is instead. */
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  wp_window_open_file (window, file);
  dialog = wait_for_dialog (window);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Could Not Open “"));
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_heading (dialog), "fifo.waypoint”"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "This is a device, a pipe or a socket, not a file: it cannot hold a Waypoint "
                   "document.");
  g_assert_false (wp_window_has_document (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

static void
test_failed_save_keeps_changes (void)
{
  WpWindow *window = wp_window_new (app);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = create_document (&folder);
  g_autofree char *before = read_file (file);
  g_autofree char *after = NULL;
  g_autoptr(GBytes) draft = NULL;
  AdwMessageDialog *dialog;
  WpDocument *document;

  wp_window_open_file (window, file);
  wait_for_document (window);
  document = wp_window_get_document (window);
  wp_document_set_string (document, first_item (window), WP_ITEM_TITLE, "Offline maps");

  /* A read-only folder: nobody, root included, may replace the file. */
  g_chmod (folder, 0555);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog (window);
  g_chmod (folder, 0700);

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Your changes are still here"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  /* The file is as it was; the change is in the window and in the draft. */
  after = read_file (file);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (wp_document_get_modified (document));
  draft = wp_draft_read (wp_window_get_draft_id (window), NULL);
  g_assert_nonnull (draft);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (draft, NULL), g_bytes_get_size (draft),
                                  "Offline maps"));

  adw_message_dialog_response (dialog, "close");
  wp_draft_discard (wp_window_get_draft_id (window));
  wp_history_mark_clean (wp_document_get_history (document));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}



static void
test_window_size_saved (void)
{
  WpWindow *window = wp_window_new (app);
  GSettings *settings = wp_application_get_settings (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  /* Only a window on screen can be closed. */
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  gtk_window_close (GTK_WINDOW (window));
  spin ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = wp_window_new (app);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 800);
    g_assert_cmpint (height, ==, 600);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}


static void
test_external_change_reloads (void)
{
  WpWindow *window = wp_window_new (app);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = create_document (&folder);
  g_autoptr(GError) error = NULL;
  WpDocument *first;
  guint timeout;

  wp_window_open_file (window, file);
  wait_for_document (window);
  first = wp_window_get_document (window);

  /* git checks out another version while the document has no unsaved changes. */
  g_usleep (20000);
  g_file_set_contents (g_file_peek_path (file),
                       "{\"format\": \"waypoint\", \"version\": 1, \"items\": "
                       "[{\"id\": \"a\", \"rank\": \"V\", \"title\": \"From git\"}]}\n",
                       -1, &error);
  g_assert_no_error (error);

  timeout = g_timeout_add_seconds (10, on_timeout, (gpointer) "the reload");
  while (wp_window_get_document (window) == first)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_cmpstr (wp_entity_get_string (first_item (window), WP_ITEM_TITLE), ==, "From git");
  g_assert_false (wp_document_get_modified (wp_window_get_document (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

static void
test_restore_draft (void)
{
  const char *text =
    "{\"format\": \"waypoint\", \"version\": 1, \"product\": {\"name\": \"Rescued\"}}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autofree char *id = wp_draft_id_for (NULL);
  WpWindow *window;
  WpDocument *document;

  g_assert_true (wp_draft_write (id, NULL, "Rescued", bytes, NULL));
  window = wp_window_new (app);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-draft", "s", id);
  document = wp_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (wp_document_get_modified (document));
  g_assert_cmpstr (wp_window_get_draft_id (window), ==, id);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Rescued");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-draft", "s", id);
  g_assert_null (wp_draft_read (id, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+F searches the visible page wherever the focus is, the header bar's buttons too. */
static void
test_find_on_the_visible_page (void)
{
  WpWindow *window = wp_window_new (app);
  const char *pages[] = { "feedback", "backlog", "board", "roadmap", "sprints" };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *focus;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_show_item_opens_backlog (void)
{
  WpWindow *window = wp_window_new (app);
  WpDocument *document;
  WpEntity *done_item = NULL;
  GListModel *items;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  document = wp_window_get_document (window);
  items = wp_document_get_list (document, WP_KIND_ITEM);
  for (guint i = 0; done_item == NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_STATUS), "done") == 0)
        done_item = item;
    }
  g_assert_nonnull (done_item);

  /* Every page fits a phone-sized window. */
  {
    int minimum = 0;

    gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                        GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  /* A done item is hidden in the backlog: showing it turns on done items. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "s",
                              wp_entity_get_id (done_item));
  g_assert_cmpstr (wp_window_get_visible_page (window), ==, "backlog");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = test_application_new ();
  /* Keep the application alive while windows come and go. */
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/page-titles", test_page_titles);
  g_test_add_func ("/window/pages-made-when-shown", test_pages_made_when_shown);
  g_test_add_func ("/window/open-shows-pages", test_open_shows_pages);
  g_test_add_func ("/window/open-missing-file", test_open_missing_file);
  g_test_add_func ("/window/open-not-a-document", test_open_not_a_document);
  g_test_add_func ("/window/failed-save-keeps-changes", test_failed_save_keeps_changes);
  g_test_add_func ("/window/size-saved", test_window_size_saved);
  g_test_add_func ("/window/new-product", test_new_product);
  g_test_add_func ("/window/sample-is-untitled-copy", test_sample_is_untitled_copy);
  g_test_add_func ("/window/edit-undo-save", test_edit_undo_save);
  g_test_add_func ("/window/bad-file-keeps-welcome", test_bad_file_keeps_welcome);
  g_test_add_func ("/window/draft-written-and-removed", test_draft_written_and_removed);
  g_test_add_func ("/window/external-change-reloads", test_external_change_reloads);
  g_test_add_func ("/window/restore-draft", test_restore_draft);
  g_test_add_func ("/window/show-item-opens-backlog", test_show_item_opens_backlog);
  g_test_add_func ("/window/find-on-the-visible-page", test_find_on_the_visible_page);
  g_test_add_func ("/window/export-menu", test_export_menu);
  g_test_add_func ("/window/conflicts-banner", test_conflicts_banner);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
