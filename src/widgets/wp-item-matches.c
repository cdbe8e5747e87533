/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Picking a backlog item by typing part of its title, as the roadmap's
 * entry editor and the feedback's link dialog do: a list of the first
 * matches, the first highlighted, Up and Down moving the highlight.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include "wp-item-matches.h"
#include "wp-text-match.h"
#include "wp-widget-utils.h"

/**
 * wp_item_matches_fill:
 * @list: the list to fill
 * @document: the document
 * @text: what was typed
 * @exclude: (nullable): ids of items not to offer
 * @max: how many to show at most
 * @top_when_empty: whether an empty @text shows the top of the backlog, or nothing
 *
 * Shows the first items (by rank) whose title holds @text, in any case,
 * and highlights the first of them.
 *
 * Returns: how many are shown
 */
guint
wp_item_matches_fill (GtkListBox         *list,
                      WpDocument         *document,
                      const char         *text,
                      const char * const *exclude,
                      guint               max,
                      gboolean            top_when_empty)
{
  g_autofree char *needle = wp_text_fold (text);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint shown = 0;

  wp_list_box_remove_all (list);

  for (guint i = 0, n = g_list_model_get_n_items (items);
       (top_when_empty || text[0] != '\0') && i < n && shown < max; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      GtkWidget *row;

      if ((exclude != NULL && g_strv_contains (exclude, wp_entity_get_id (item))) ||
          !wp_text_holds (wp_entity_get_string (item, WP_ITEM_TITLE), needle))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_entity_get_display_name (item));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "wp-id", g_strdup (wp_entity_get_id (item)), g_free);
      gtk_list_box_append (list, row);
      shown++;
    }
  if (shown > 0)
    gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  gtk_widget_set_visible (GTK_WIDGET (list), shown > 0);

  return shown;
}

/**
 * wp_item_matches_move:
 * @list: a list filled by wp_item_matches_fill()
 * @keyval: the key pressed in the entry above it
 *
 * Returns: whether the key was Up or Down, which move the highlight
 */
gboolean
wp_item_matches_move (GtkListBox *list,
                      guint       keyval)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up)
    return FALSE;

  row = gtk_list_box_get_row_at_index (list, index + (keyval == GDK_KEY_Down ? 1 : -1));
  if (row != NULL)
    gtk_list_box_select_row (list, row);

  return TRUE;
}

/* The id of the item a match row offers. */
const char *
wp_item_matches_get_id (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "wp-id");
}
