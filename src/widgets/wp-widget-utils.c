/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Small helpers for GTK widgets that the pages share: labels that hide when
 * empty, tooltips that do not ask the X server where the pointer is, icon
 * buttons with accessible names, the selected items of a selection model,
 * emptying a list box while keeping its placeholder.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-format.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

/**
 * wp_label_set_text_or_hide:
 * @label: a label
 * @text: (nullable): its text
 *
 * Shows @text, or hides the label when there is none, so empty facts take no room.
 */
void
wp_label_set_text_or_hide (GtkLabel   *label,
                           const char *text)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "wp-tooltip");

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * wp_widget_set_tooltip:
 * @widget: a widget
 * @text: (nullable): its tooltip
 *
 * Gives @widget a tooltip that is looked up when it is about to show.
 * gtk_widget_set_tooltip_text() asks the X server where the pointer is, each
 * time: rows and cards, made and rebound by the thousand while a list
 * scrolls or moves, cannot afford that round trip.
 */
void
wp_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "wp-tooltip"), text) == 0)
    return;

  if (g_object_get_data (G_OBJECT (widget), "wp-tooltip-query") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
      g_object_set_data (G_OBJECT (widget), "wp-tooltip-query", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (widget), "wp-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

/**
 * wp_icon_button_new:
 * @icon_name: the icon
 * @name: what the button does, for its tooltip and accessible name
 *
 * Returns: (transfer floating): a flat icon button as rows carry them at their end
 */
GtkWidget *
wp_icon_button_new (const char *icon_name,
                    const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return button;
}

/**
 * wp_selection_dup_selected:
 * @model: (nullable): a selection model
 *
 * Returns: (transfer full) (element-type GObject): the selected objects, in the model's order
 */
GPtrArray *
wp_selection_dup_selected (GtkSelectionModel *model)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (model == NULL)
    return objects;

  selected = gtk_selection_model_get_selection (model);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (objects, g_list_model_get_item (G_LIST_MODEL (model), position));

  return objects;
}

/**
 * wp_entry_row_add_place_button:
 * @row: a row of a list the user reorders
 * @icon_name: the button's icon
 * @name: (transfer full): what it does, for its tooltip and accessible name
 * @clicked: called with the button and @user_data
 * @user_data: for @clicked
 * @index: the row's place in its list
 * @offset: where a move takes it, -1 up, 1 down, 0 for other buttons
 *
 * Adds a button at the end of @row that acts on its place in the list;
 * wp_place_button_get_index() and wp_place_button_get_offset() read it back.
 */
void
wp_entry_row_add_place_button (AdwEntryRow *row,
                               const char  *icon_name,
                               char        *name,
                               GCallback    clicked,
                               gpointer     user_data,
                               guint        index,
                               int          offset)
{
  g_autofree char *owned_name = name;
  GtkWidget *button = wp_icon_button_new (icon_name, owned_name);

  g_object_set_data (G_OBJECT (button), "wp-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "wp-offset", GINT_TO_POINTER (offset));
  g_signal_connect (button, "clicked", clicked, user_data);
  adw_entry_row_add_suffix (row, button);
}

guint
wp_place_button_get_index (GtkButton *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "wp-index"));
}

int
wp_place_button_get_offset (GtkButton *button)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "wp-offset"));
}

/**
 * wp_list_box_remove_all:
 * @list: a list box
 *
 * Removes every row, before a list is filled anew.
 */
void
wp_list_box_remove_all (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* Rows only: the list's placeholder is one of its children too, and stays. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/**
 * wp_text_row_new:
 * @title: plain text, such as an item's title or a file's name
 * @subtitle: (nullable): plain text under it
 *
 * Returns: (transfer floating): an action row showing the texts as they are, never as markup
 */
GtkWidget *
wp_text_row_new (const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

/* Back to the list: a list view to its current row, a box of lists to the
 * first, a list box to a row (the box itself takes the focus, no use). */
static void
focus_list (GtkWidget *list)
{
  if (GTK_IS_LIST_BOX (list) || !gtk_widget_grab_focus (list))
    gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD);
}

static void
on_stop_search (GtkSearchEntry *entry,
                GtkWidget      *list)
{
  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  focus_list (list);
}

/**
 * wp_search_entry_escape_to:
 * @entry: a page's search
 * @list: the list it searches
 *
 * Makes Escape in @entry clear it and go back to @list, as in GNOME's own
 * apps; Escape there then leaves the search where the page has a search bar.
 */
void
wp_search_entry_escape_to (GtkSearchEntry *entry,
                           GtkWidget      *list)
{
  g_signal_connect_object (entry, "stop-search", G_CALLBACK (on_stop_search), list, 0);
}

/* Escape in the entry of a search bar: the first empties the search and goes
 * back to the list; with nothing left to empty, the search bar's own handler
 * (connected after this one) closes the bar. */
static void
on_bar_stop_search (GtkSearchEntry *entry,
                    GtkWidget      *list)
{
  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      g_signal_stop_emission_by_name (entry, "stop-search");
    }
  focus_list (list);
}

/* Escape on the list while searching: the first empties the search, the
 * next closes the search bar. Caught before the list's own widgets, which may
 * take Escape themselves. */
static gboolean
on_list_key (GtkEventControllerKey *keys,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkSearchBar          *bar)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (keys), "wp-entry");

  if (keyval != GDK_KEY_Escape || !gtk_search_bar_get_search_mode (bar))
    return FALSE;

  if (gtk_editable_get_text (entry)[0] != '\0')
    gtk_editable_set_text (entry, "");
  else
    gtk_search_bar_set_search_mode (bar, FALSE);

  return TRUE;
}

/* Typing in a list: the letters (and Backspace) go on to its search entry,
 * while the list keeps the focus. In a search bar, only while it is open:
 * GTK's key capture opens a closed one, but does not pass on what is typed
 * to an open one. */
static gboolean
on_list_typing (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkSearchBar          *bar)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (keys), "wp-entry");
  gboolean typing = g_unichar_isgraph (gdk_keyval_to_unicode (keyval)) || keyval == GDK_KEY_space ||
                    (keyval == GDK_KEY_BackSpace && gtk_editable_get_text (entry)[0] != '\0');

  if ((bar != NULL && !gtk_search_bar_get_search_mode (bar)) || !typing ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  return gtk_event_controller_key_forward (GTK_EVENT_CONTROLLER_KEY (keys),
                                           GTK_WIDGET (gtk_editable_get_delegate (entry)));
}

static void
type_from (GtkSearchEntry *entry,
           GtkWidget      *list,
           GtkSearchBar   *bar)
{
  GtkEventController *typing = gtk_event_controller_key_new ();

  g_object_set_data (G_OBJECT (typing), "wp-entry", entry);
  g_signal_connect (typing, "key-pressed", G_CALLBACK (on_list_typing), bar);
  gtk_widget_add_controller (list, typing);
}

/**
 * wp_search_entry_type_from:
 * @entry: a page's search, always shown
 * @list: the list it searches
 *
 * Makes typing in @list search, as in GNOME's own apps.
 */
void
wp_search_entry_type_from (GtkSearchEntry *entry,
                           GtkWidget      *list)
{
  type_from (entry, list, NULL);
}

/**
 * wp_search_bar_attach:
 * @bar: a page's search bar
 * @entry: its search entry, not the bar's child itself (GTK would connect
 *   them before this can)
 * @list: the list (or the box of lists) it searches
 *
 * Gives a page's search bar what GNOME's own apps do: typing in @list opens
 * the search with what was typed; Escape empties the search and goes back to
 * @list; the next Escape closes the search bar.
 */
void
wp_search_bar_attach (GtkSearchBar   *bar,
                      GtkSearchEntry *entry,
                      GtkWidget      *list)
{
  GtkEventController *escape = gtk_event_controller_key_new ();

  g_signal_connect_object (entry, "stop-search", G_CALLBACK (on_bar_stop_search), list, 0);
  gtk_search_bar_connect_entry (bar, GTK_EDITABLE (entry));
  gtk_search_bar_set_key_capture_widget (bar, list);
  gtk_event_controller_set_propagation_phase (escape, GTK_PHASE_CAPTURE);
  g_object_set_data (G_OBJECT (escape), "wp-entry", entry);
  g_signal_connect_object (escape, "key-pressed", G_CALLBACK (on_list_key), bar, 0);
  gtk_widget_add_controller (list, escape);
  type_from (entry, list, bar);
}

/**
 * wp_widget_name_list_item:
 * @child: what a list view's item (or a column view's cell) shows
 * @name: the accessible name it has
 *
 * Gives the same name to the focusable widget that GTK 4.8 puts around each
 * item of a list view (and each cell of a column view), which has none of
 * its own: a screen reader on the item hears its row, not nothing.
 */
void
wp_widget_name_list_item (GtkWidget  *child,
                          const char *name)
{
  GtkWidget *item = gtk_widget_get_parent (child);

  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

/**
 * wp_widget_has_focus_within:
 * @widget: a widget
 *
 * Returns: whether the keyboard focus is on @widget or inside it: typing
 *   there is not to be overwritten
 */
gboolean
wp_widget_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/**
 * wp_number_row_show:
 * @row: an entry row for a number of at least 0
 * @number: the number, or -1 for none (an empty row)
 */
void
wp_number_row_show (AdwEntryRow *row,
                    double       number)
{
  g_autofree char *text = wp_format_number (number);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/**
 * wp_number_row_read:
 * @row: an entry row for a number of at least 0
 * @number: (out): what it holds, -1 for nothing
 *
 * Reads what was typed, a decimal comma or point alike; anything but a number of at least 0 is
 * marked on the row and said in a toast.
 *
 * Returns: whether @row holds a number or nothing
 */
gboolean
wp_number_row_read (AdwEntryRow *row,
                    double      *number)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strdelimit (g_strstrip (g_strdup (text)), ",", '.');
  char *end = NULL;

  *number = -1;
  if (stripped[0] != '\0')
    {
      *number = g_ascii_strtod (stripped, &end);
      if (end == stripped || *end != '\0' || !(*number >= 0) || *number > 1e9)
        {
          g_autofree char *message = g_strdup_printf (
            /* Translators: %s is what was typed into a number field */
            _("“%s” is not a number of at least 0; the field keeps its value until it is one"),
            text);

          gtk_widget_add_css_class (GTK_WIDGET (row), "error");
          wp_show_toast (GTK_WIDGET (row), message, FALSE);
          return FALSE;
        }
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  return TRUE;
}
