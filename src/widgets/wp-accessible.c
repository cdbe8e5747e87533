/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The focusable parts that GTK 4.8's and libadwaita 1.2's own widgets build
 * inside themselves (a drop-down's button and the list it pops up, a split
 * button's arrow, the scrolled window of a status page, a search bar's close
 * button) have no accessible name of their own, and GTK gives a screen reader
 * their class name instead: "GtkToggleButton". wp_accessible_name_parts()
 * walks a window's widgets once and names each part after what it belongs to.
 * What the templates build themselves is named in the templates.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-widget-utils.h"

static void
label_by (GtkWidget *part,
          GtkWidget *owner)
{
  gtk_accessible_update_relation (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  owner, NULL, -1);
}

static void
set_label (GtkWidget  *part,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

typedef void (*WpLabelFunc) (GtkWidget *part,
                             GtkWidget *owner);

/* Each widget of @type below @root takes its name from @owner, through @label. */
static void
label_descendants (GtkWidget   *root,
                   GType        type,
                   GtkWidget   *owner,
                   WpLabelFunc  label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        label (child, owner);
      label_descendants (child, type, owner, label);
    }
}

/* The choices of a drop-down or combo row: GTK's look (a check mark on the
 * chosen one in the list), each list item named after its choice. */

static void
update_check (GObject     *owner,
              GParamSpec  *pspec,
              GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  guint selected = GTK_INVALID_LIST_POSITION;

  g_object_get (owner, "selected", &selected, NULL);
  gtk_widget_set_opacity (check, gtk_list_item_get_position (item) == selected ? 1.0 : 0.0);
}

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_item_set_child (item, box);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GtkWidget                *owner)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *popover = gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER);
  gpointer choice = gtk_list_item_get_item (item);
  const char *text = GTK_IS_STRING_OBJECT (choice) ? gtk_string_object_get_string (choice) : "";
  /* The button shows the choice; the list it pops up marks it. */
  gboolean in_list = popover != NULL && gtk_widget_is_ancestor (popover, owner);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  wp_widget_name_list_item (box, text);
  gtk_widget_set_visible (gtk_widget_get_last_child (box), in_list);
  if (in_list)
    {
      update_check (G_OBJECT (owner), NULL, item);
      g_signal_connect (owner, "notify::selected", G_CALLBACK (update_check), item);
    }
}

static void
unbind_choice (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               GtkWidget                *owner)
{
  g_signal_handlers_disconnect_by_func (owner, update_check, item);
}

static GtkListItemFactory *
choice_factory_new (GtkWidget *owner)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_choice), owner, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_choice), owner, 0);

  return factory;
}

/* The arrow of a split button says what its tooltip says ("More Ways to Add
 * Feedback"); the main button is the split button. */
static void
name_split_button (AdwSplitButton *button)
{
  const char *more = adw_split_button_get_dropdown_tooltip (button);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (button)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_MENU_BUTTON (child))
      {
        set_label (child, more);
        label_descendants (child, GTK_TYPE_BUTTON, child, label_by);
      }
    else if (GTK_IS_BUTTON (child))
      label_by (child, GTK_WIDGET (button));
}

/* The scrolled window a status page or a preferences page puts around what it
 * shows is named after its title (what a combo row pops up, too). */
static void
on_title_changed (GtkWidget  *page,
                  GParamSpec *pspec,
                  GtkWidget  *scroller)
{
  g_autofree char *title = NULL;

  g_object_get (page, "title", &title, NULL);
  set_label (scroller, title != NULL && title[0] != '\0' ? title : _("Content"));
}

static void
label_by_title (GtkWidget *part,
                GtkWidget *owner)
{
  on_title_changed (owner, NULL, part);
  g_signal_connect_object (owner, "notify::title", G_CALLBACK (on_title_changed), part, 0);
}

static void
name_scroller_by_title (GtkWidget *page)
{
  for (GtkWidget *child = gtk_widget_get_first_child (page); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      label_by_title (child, page);
}

/* A drop-down's or a combo row's button, the list it pops up and the list's
 * scrolled window say which one they are; the button and each list item say
 * their choice. A combo row's name is its title, which GTK 4.8 does not pass
 * on to what the row labels: they say the title themselves. */
static void
name_choices (GtkWidget *widget)
{
  g_autoptr(GtkListItemFactory) factory = choice_factory_new (widget);
  WpLabelFunc label = ADW_IS_COMBO_ROW (widget) ? label_by_title : label_by;

  g_object_set (widget, "factory", factory, NULL);
  label_descendants (widget, GTK_TYPE_TOGGLE_BUTTON, widget, label);
  label_descendants (widget, GTK_TYPE_SCROLLED_WINDOW, widget, label);
  label_descendants (widget, GTK_TYPE_LIST_VIEW, widget, label);
}

/* What a row's title reads as: "_Website" is "Website". */
static char *
row_title (AdwPreferencesRow *row)
{
  const char *title = adw_preferences_row_get_title (row);
  GString *text = g_string_new (NULL);

  for (const char *c = title != NULL ? title : ""; *c != '\0'; c++)
    if (*c != '_' || !adw_preferences_row_get_use_underline (row) || *++c != '\0')
      g_string_append_c (text, *c);
    else
      break;

  return g_string_free (text, FALSE);
}

static GtkWidget *
first_shown_row (GtkWidget *list)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && gtk_widget_get_visible (row))
      return row;

  return NULL;
}

/* libadwaita 1.2 names the list a preferences group puts its rows in after the
 * group's title; a group without one says its first row. The list comes first
 * in a box, where the group's other children follow it, named by their
 * templates. */
static void
name_preferences_group (AdwPreferencesGroup *group)
{
  const char *title = adw_preferences_group_get_title (group);

  if (title != NULL && title[0] != '\0')
    return;
  for (GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (group)); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *list = gtk_widget_get_first_child (child);
        GtkWidget *row = GTK_IS_LIST_BOX (list) ? first_shown_row (list) : NULL;

        if (GTK_IS_BOX (child) && row != NULL)
          {
            g_autofree char *name = row_title (ADW_PREFERENCES_ROW (row));

            set_label (list, name);
          }
      }
}

/* A search bar's close button: what the bar holds besides what it shows. */
static void
name_close_buttons (GtkWidget *widget,
                    GtkWidget *shown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      set_label (child, _("Close Search"));
    else if (child != shown)
      name_close_buttons (child, shown);
}

/* A column view's own list is the column view; its row of column titles is
 * named by them. */
static void
name_column_view (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *title = gtk_column_view_column_get_title (column);

      if (title != NULL && title[0] != '\0')
        /* Translators: between the titles of a table's columns, as a screen reader says them */
        g_string_append_printf (titles, "%s%s", titles->len > 0 ? _(", ") : "", title);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      label_by (child, GTK_WIDGET (view));
    else
      set_label (child, titles->str);
}

/* The cells a flow box that lays out controls puts around each: not a stop of
 * their own for Tab, named after the control if a screen reader meets one,
 * and hidden with it: GTK 4.8's flow box stops Tab at a shown cell that has
 * nothing to focus (the Sprints page trapped the focus so for a closed sprint). */
static void
name_layout_flow_box (GtkFlowBox *box)
{
  if (gtk_flow_box_get_selection_mode (box) != GTK_SELECTION_NONE)
    return;
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    if (GTK_IS_FLOW_BOX_CHILD (cell)
        && gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell)) != NULL)
      {
        GtkWidget *control = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell));

        gtk_widget_set_focusable (cell, FALSE);
        label_by (cell, control);
        g_object_bind_property (control, "visible", cell, "visible", G_BINDING_SYNC_CREATE);
      }
}

/* The menu a popover menu shows scrolls; the scrolled window is the menu's
 * button. */
static void
name_popover_menu (GtkPopoverMenu *menu)
{
  GtkWidget *owner = gtk_widget_get_parent (GTK_WIDGET (menu));

  if (owner != NULL)
    label_descendants (GTK_WIDGET (menu), GTK_TYPE_SCROLLED_WINDOW, owner, label_by);
}

/* The shortcuts window's search button, in its title bar. */
static void
name_search_toggles (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      set_label (child, _("Search Shortcuts"));
    else
      name_search_toggles (child);
}

/* The about window's pages: a header bar with the page's title (the window's
 * own on the first page) over what the page shows. Its buttons say their
 * label, its back buttons "Back". */
static void
name_about_parts (GtkWidget  *widget,
                  const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *first = gtk_widget_get_first_child (child);

      if (GTK_IS_SCROLLED_WINDOW (child) || GTK_IS_TEXT_VIEW (child))
        set_label (child, title);
      else if (GTK_IS_BUTTON (child) && GTK_IS_LABEL (first))
        label_by (child, first);
      else if (GTK_IS_BUTTON (child) && GTK_IS_IMAGE (first)
               && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (first)),
                             "go-previous-symbolic") == 0)
        set_label (child, _("Back"));
      name_about_parts (child, title);
    }
}

static GtkWidget *
title_widget (GtkWidget *bar)
{
  if (ADW_IS_HEADER_BAR (bar))
    return adw_header_bar_get_title_widget (ADW_HEADER_BAR (bar));
  if (GTK_IS_HEADER_BAR (bar))
    return gtk_header_bar_get_title_widget (GTK_HEADER_BAR (bar));
  return NULL;
}

static void
name_about_pages (GtkWidget *widget,
                  GtkWidget *window)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_HEADER_BAR (child) || GTK_IS_HEADER_BAR (child))
      {
        GtkWidget *title = title_widget (child);

        name_about_parts (widget, ADW_IS_WINDOW_TITLE (title)
                                    ? adw_window_title_get_title (ADW_WINDOW_TITLE (title))
                                    : gtk_window_get_title (GTK_WINDOW (window)));
        return;
      }
    else
      name_about_pages (child, window);
}

static void
name_widget (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
    name_choices (widget);
  else if (ADW_IS_SPLIT_BUTTON (widget))
    name_split_button (ADW_SPLIT_BUTTON (widget));
  else if (ADW_IS_STATUS_PAGE (widget) || ADW_IS_PREFERENCES_PAGE (widget))
    name_scroller_by_title (widget);
  else if (ADW_IS_PREFERENCES_GROUP (widget))
    name_preferences_group (ADW_PREFERENCES_GROUP (widget));
  else if (GTK_IS_SEARCH_BAR (widget))
    name_close_buttons (widget, gtk_search_bar_get_child (GTK_SEARCH_BAR (widget)));
  else if (GTK_IS_COLUMN_VIEW (widget))
    name_column_view (GTK_COLUMN_VIEW (widget));
  else if (GTK_IS_FLOW_BOX (widget))
    name_layout_flow_box (GTK_FLOW_BOX (widget));
  else if (GTK_IS_POPOVER_MENU (widget))
    name_popover_menu (GTK_POPOVER_MENU (widget));
  else if (ADW_IS_ABOUT_WINDOW (widget))
    {
      name_about_parts (widget, gtk_window_get_title (GTK_WINDOW (widget)));
      name_about_pages (widget, widget);
    }
  else if (GTK_IS_SHORTCUTS_WINDOW (widget)
           && gtk_window_get_titlebar (GTK_WINDOW (widget)) != NULL)
    name_search_toggles (gtk_window_get_titlebar (GTK_WINDOW (widget)));
}

/**
 * wp_accessible_name_parts:
 * @root: a window, or a widget made after its window
 *
 * Names the parts of the library's widgets in @root and below, once, when
 * they are built.
 */
void
wp_accessible_name_parts (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  name_widget (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wp_accessible_name_parts (child);
}
