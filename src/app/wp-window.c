/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpWindow shows one product document: a welcome page while it has none, and
 * the six pages (Vision … Sprints) in a view stack once a document is open.
 * This file holds the window itself: its pages, title, state and welcome
 * page; wp-window-files.c holds opening and saving, wp-window-drafts.c the
 * drafts and the watching of the open file, wp-window-interop.c importing
 * and exporting.
 */
#define G_LOG_DOMAIN "waypoint-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-backlog-view.h"
#include "wp-board-view.h"
#include "wp-draft.h"
#include "wp-feedback-view.h"
#include "wp-page-slot.h"
#include "wp-review-window.h"
#include "wp-review.h"
#include "wp-roadmap-view.h"
#include "wp-sprints-view.h"
#include "wp-toast.h"
#include "wp-vision-view.h"
#include "wp-widget-utils.h"
#include "wp-window-private.h"

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages, in the view switcher's order (Alt+1 … Alt+6): a new page is one line here. */
static GType (* const page_types[]) (void) = {
  wp_vision_view_get_type,
  wp_backlog_view_get_type,
  wp_board_view_get_type,
  wp_roadmap_view_get_type,
  wp_feedback_view_get_type,
  wp_sprints_view_get_type,
};

WpWindow *
wp_window_new (WpApplication *application)
{
  WpWindow *self;

  g_return_val_if_fail (WP_IS_APPLICATION (application), NULL);

  self = g_object_new (WP_TYPE_WINDOW, "application", application, NULL);
  /* Needs the application, to leave out drafts that other windows are editing. */
  _wp_window_reload_drafts (self);

  return self;
}

/**
 * wp_window_get_document:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the open document
 */
WpDocument *
wp_window_get_document (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * wp_window_get_file:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the document's file; %NULL when never saved
 */
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

  return self->document != NULL;
}

/**
 * wp_window_get_draft_id:
 * @self: a window
 *
 * Returns: (nullable): the id of the draft the document's unsaved changes go to
 */
const char *
wp_window_get_draft_id (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->draft_id;
}

const char *
wp_window_get_visible_page (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  if (self->document == NULL)
    return "welcome";

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
_wp_window_show_toast (WpWindow   *self,
                       const char *message)
{
  wp_show_toast (GTK_WIDGET (self->toast_overlay), message, FALSE);
}

/* For what the user must read before going on: a failed open or save. */
void
_wp_window_show_error (WpWindow   *self,
                       const char *heading,
                       const char *body)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _wp_window_dup_title:
 * @self: a window with a document
 *
 * Returns: (transfer full): what the user calls the document: the product's
 *   name, else the file's name, else "Untitled Product"
 */
char *
_wp_window_dup_title (WpWindow *self)
{
  const char *name = wp_entity_get_string (WP_ENTITY (wp_document_get_product (self->document)),
                                           WP_PRODUCT_NAME);

  if (name != NULL && name[0] != '\0')
    return g_strdup (name);
  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      return g_filename_display_name (basename);
    }

  return g_strdup (_("Untitled Product"));
}

static void
update_title (WpWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;

  if (self->document == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Waypoint"));
      adw_view_switcher_title_set_title (self->switcher_title, _("Waypoint"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      return;
    }

  title = _wp_window_dup_title (self);
  /* The dot marks unsaved changes, as in GNOME Text Editor. */
  shown = wp_document_get_modified (self->document) ? g_strconcat ("• ", title, NULL)
                                                    : g_strdup (title);
  gtk_window_set_title (GTK_WINDOW (self), shown);
  adw_view_switcher_title_set_title (self->switcher_title, shown);
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        self->read_only ? _("Read-Only") : NULL);
}

/* Enables the commands that make sense now, and refreshes the title. */
void
_wp_window_update_state (WpWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  WpHistory *history = self->document ? wp_document_get_history (self->document) : NULL;

  gtk_widget_action_set_enabled (widget, "win.save", self->document != NULL && !self->read_only);
  gtk_widget_action_set_enabled (widget, "win.save-as", self->document != NULL && !self->read_only);
  gtk_widget_action_set_enabled (widget, "win.export", self->document != NULL);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 history != NULL && wp_history_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 history != NULL && wp_history_can_redo (history));
  update_title (self);
}

/* Plain handlers, removed here: the window and the document may go in either order. */
static void
disconnect_document (WpWindow *self)
{
  if (self->document == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->document, self);
  g_signal_handlers_disconnect_by_data (wp_document_get_history (self->document), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_product (self->document), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_CONFLICT),
                                        self);
}

static void
on_document_changed (WpWindow *self)
{
  _wp_window_update_state (self);
  _wp_window_schedule_draft (self);
}

/**
 * _wp_window_set_document:
 * @self: a window
 * @document: (transfer none): the document to show
 * @file: (nullable): its file
 * @etag: (nullable): the etag of the file as read
 * @read_only: whether it must not be saved
 *
 * Shows @document in the window.
 */
void
_wp_window_set_document (WpWindow   *self,
                         WpDocument *document,
                         GFile      *file,
                         const char *etag,
                         gboolean    read_only)
{
  disconnect_document (self);
  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->read_only = read_only;
  if (self->draft_id == NULL || file != NULL)
    {
      g_free (self->draft_id);
      self->draft_id = wp_draft_id_for (file);
    }

  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (on_document_changed), self);
  g_signal_connect_swapped (wp_document_get_history (document), "notify::can-undo",
                            G_CALLBACK (on_document_changed), self);
  g_signal_connect_swapped (wp_document_get_history (document), "notify::can-redo",
                            G_CALLBACK (_wp_window_update_state), self);
  g_signal_connect_swapped (wp_document_get_history (document), "notify::undo-label",
                            G_CALLBACK (_wp_window_schedule_draft), self);
  g_signal_connect_swapped (wp_document_get_product (document), "notify::name",
                            G_CALLBACK (_wp_window_update_state), self);

  for (guint i = 0; i < self->pages->len; i++)
    wp_page_slot_set_document (g_ptr_array_index (self->pages, i), document);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "document");
  _wp_window_watch_conflicts (self);
  _wp_window_watch_file (self);
  _wp_window_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static WpPage *
visible_page (WpWindow *self)
{
  GtkWidget *slot = adw_view_stack_get_visible_child (self->view_stack);

  return self->document != NULL && WP_IS_PAGE_SLOT (slot)
         ? wp_page_slot_make_page (WP_PAGE_SLOT (slot)) : NULL;
}

/*
 * Ctrl+N: what is new on the visible page — its "page.new" action, such as
 * a feedback entry or a roadmap entry — and a new window on pages without
 * one. GTK handles application accelerators before a page's own shortcuts,
 * so the window asks the page.
 */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  WpPage *page = visible_page (self);

  if (page != NULL && wp_page_new (page))
    return;
  if (app != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
}

/*
 * Ctrl+F: the visible page's search ("page.search"), wherever the focus is, as
 * Ctrl+N asks for "page.new".
 */
static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  WpPage *page = visible_page (self);

  if (page != NULL)
    wp_page_search (page);
}

/**
 * _wp_window_pick_sprint:
 * @self: a window with a document
 *
 * Returns: (transfer none) (nullable): the sprint a page has selected (the
 *   Sprints page), or the one a review is most likely about
 */
WpEntity *
_wp_window_pick_sprint (WpWindow *self)
{
  WpEntity *sprint = NULL;

  for (guint i = 0; i < self->pages->len && sprint == NULL; i++)
    {
      WpPage *page = wp_page_slot_get_page (g_ptr_array_index (self->pages, i));

      /* A page never shown has nothing selected. */
      if (page != NULL)
        sprint = wp_page_get_selected (page, WP_KIND_SPRINT);
    }

  return sprint != NULL ? sprint : wp_review_pick_sprint (self->document, NULL);
}

/* F5: the review of the sprint _wp_window_pick_sprint() finds. */
static void
present_review_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  WpEntity *sprint;

  if (self->document == NULL)
    return;

  sprint = _wp_window_pick_sprint (self);
  if (sprint == NULL)
    {
      wp_show_toast (widget, _("Plan a sprint first: the review presents it"), FALSE);
      return;
    }
  wp_review_window_present (GTK_WINDOW (self), self->document, sprint);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  for (guint i = 0; self->document != NULL && i < self->pages->len; i++)
    if (g_str_equal (wp_page_slot_get_name (g_ptr_array_index (self->pages, i)), name))
      adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
show_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  WpEntity *item;

  if (self->document == NULL)
    return;

  item = wp_document_lookup (self->document, WP_KIND_ITEM, g_variant_get_string (param, NULL));
  if (item == NULL)
    return;

  for (guint i = 0; i < self->pages->len; i++)
    if (wp_page_slot_reveal (g_ptr_array_index (self->pages, i), item))
      return;
}

/*
 * Ctrl+?: the shortcuts window, made the first time it is asked for. GTK
 * would make gtk/help-overlay.ui with every window: a tenth of the start-up.
 */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PATH "/app/wp-shortcuts-window.ui");

      self->shortcuts_window = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder,
                                                                                 "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
      wp_accessible_name_parts (GTK_WIDGET (self->shortcuts_window));
    }
  gtk_window_present (self->shortcuts_window);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  WpWindow *self = WP_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");
  WpHistory *history;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (self->document == NULL)
    return;

  history = wp_document_get_history (self->document);
  label = g_strdup (undo ? wp_history_get_undo_label (history)
                         : wp_history_get_redo_label (history));
  if (!(undo ? wp_document_undo (self->document) : wp_document_redo (self->document)))
    return;

  /* Translators: %s says what was undone, such as Move “Offline mode” */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
  _wp_window_show_toast (self, message);
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
  GtkWidget *row = wp_text_row_new (name, folder);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
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
  g_autofree char *page = g_settings_get_string (self->settings, "last-page");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static void
save_window_state (WpWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  if (self->document != NULL)
    g_settings_set_string (self->settings, "last-page",
                           adw_view_stack_get_visible_child_name (self->view_stack));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  /* A maximized size says nothing about the size to restore to. */
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

/* Puts the focus back where it was before the main menu opened, unless something took it. */
static gboolean
restore_focus (gpointer data)
{
  WpWindow *self = data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (focus != NULL && gtk_widget_get_mapped (focus))
    return G_SOURCE_REMOVE;
  if (self->focus_before_menu != NULL && gtk_widget_get_mapped (self->focus_before_menu))
    gtk_widget_grab_focus (self->focus_before_menu);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->main_stack), GTK_DIR_TAB_FORWARD);

  return G_SOURCE_REMOVE;
}

/*
 * GTK 4.8 leaves the window with no focus when the main menu closes after
 * showing a submenu (Export), and then no shortcut works until a click.
 */
static void
on_primary_menu_visible (WpWindow   *self,
                         GParamSpec *pspec,
                         GtkWidget  *menu)
{
  if (gtk_widget_get_visible (menu))
    g_set_weak_pointer (&self->focus_before_menu, gtk_window_get_focus (GTK_WINDOW (self)));
  else
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, restore_focus, g_object_ref (self), g_object_unref);
}

static gboolean
wp_window_close_request (GtkWindow *window)
{
  WpWindow *self = WP_WINDOW (window);

  if (_wp_window_close_request (self))
    return TRUE;

  save_window_state (self);

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
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  _wp_window_dispose_drafts (self);
  g_clear_weak_pointer (&self->focus_before_menu);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);
  disconnect_document (self);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->problems, g_strfreev);
  g_clear_object (&self->recent_uris);
  g_clear_object (&self->drafts);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

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
   * WpWindow:document:
   *
   * The open document, or %NULL while the welcome page shows.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WP_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * WpWindow:file:
   *
   * The file of the open document, or %NULL when it was never saved.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/app/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, opening_page);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, conflicts_banner);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, conflicts_label);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, export_menu);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.present-review", NULL, present_review_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-item", "s", show_item_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  _wp_window_class_init_files (widget_class);
  _wp_window_class_init_drafts (widget_class);
  _wp_window_class_init_interop (widget_class);
}

static void
add_pages (WpWindow *self)
{
  self->pages = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (page_types); i++)
    {
      WpPageSlot *slot = wp_page_slot_new (page_types[i] ());
      AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (slot),
                                                                wp_page_slot_get_name (slot),
                                                                wp_page_slot_get_title (slot));

      adw_view_stack_page_set_icon_name (stack_page, wp_page_slot_get_icon_name (slot));
      g_ptr_array_add (self->pages, slot);
    }
}

static void
wp_window_init (WpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_pages (self);
  wp_accessible_name_parts (GTK_WIDGET (self));
  _wp_window_fill_export_menu (self->export_menu);
  g_signal_connect_object (gtk_menu_button_get_popover (self->primary_menu_button),
                           "notify::visible", G_CALLBACK (on_primary_menu_visible), self,
                           G_CONNECT_SWAPPED);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  adw_status_page_set_icon_name (self->welcome_page, APP_ID);

  /*
   * Each window has its own GSettings object; they share one backend and see
   * each other's changes.
   */
  self->settings = g_settings_new (BASE_ID);
  self->recent_uris = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent_uris),
                           create_recent_row, self, NULL);
  _wp_window_init_drafts (self);

  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (on_settings_recent_files_changed),
                           self, G_CONNECT_SWAPPED);
  reload_recent (self);
  restore_window_state (self);
  _wp_window_update_state (self);
}
