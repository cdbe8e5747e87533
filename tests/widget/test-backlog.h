/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Backlog page's widget tests share: the page in a window, its entries, its labels. */
#pragma once

#include <string.h>

#include "wp-backlog-view.h"
#include "test-util.h"

static inline WpBacklogView *
new_view (WpDocument *document,
          GtkWindow **window)
{
  WpBacklogView *view = g_object_new (WP_TYPE_BACKLOG_VIEW, NULL);

  wp_backlog_view_set_document (view, document);
  *window = show_in_window (GTK_WIDGET (view), 900, 600);

  return view;
}

static inline WpEntity *
entry_at (WpBacklogView *view,
          guint          position)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (wp_backlog_view_get_model (view), position);

  return entity;
}

static inline guint
wp_list_position (GListModel *model,
                  gpointer    wanted)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == wanted)
        return i;
    }

  return G_MAXUINT;
}

static inline const char *
rank_of (WpEntity *entity)
{
  return wp_entity_get_string (entity, WP_IS_ITEM (entity) ? WP_ITEM_RANK : WP_RELEASE_RANK);
}

static inline GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LABEL (child) &&
                         strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL
                         ? child : find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}
/* The sample's MVP line, and where @view shows it. */
static inline guint
mvp_line (WpBacklogView *view,
          WpDocument    *document,
          WpEntity     **mvp)
{
  *mvp = wp_document_lookup (document, WP_KIND_RELEASE, "rel-mvp");

  return wp_list_position (wp_backlog_view_get_model (view), *mvp);
}

