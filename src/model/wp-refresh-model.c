/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRefreshModel passes a list store through unchanged and can report one of
 * its items as changed (removed and added again in place). Filter models
 * above it then look at that one item again, where gtk_filter_changed()
 * would make them look at every item: a board column with thousands of
 * cards re-checks one card when its status changes, not all of them.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-refresh-model.h"

struct _WpRefreshModel
{
  GObject     parent_instance;

  GListStore *store;
};

static void wp_refresh_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpRefreshModel, wp_refresh_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      wp_refresh_model_list_model_init))

static GType
wp_refresh_model_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (G_LIST_MODEL (WP_REFRESH_MODEL (model)->store));
}

static guint
wp_refresh_model_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (WP_REFRESH_MODEL (model)->store));
}

static gpointer
wp_refresh_model_get_item (GListModel *model,
                           guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (WP_REFRESH_MODEL (model)->store), position);
}

static void
wp_refresh_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = wp_refresh_model_get_item_type;
  iface->get_n_items = wp_refresh_model_get_n_items;
  iface->get_item = wp_refresh_model_get_item;
}

static void
on_items_changed (WpRefreshModel *self,
                  guint           position,
                  guint           removed,
                  guint           added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/**
 * wp_refresh_model_new:
 * @store: the list to pass through
 *
 * Returns: (transfer full): a model showing @store
 */
WpRefreshModel *
wp_refresh_model_new (GListStore *store)
{
  WpRefreshModel *self;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);

  self = g_object_new (WP_TYPE_REFRESH_MODEL, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "items-changed", G_CALLBACK (on_items_changed),
                           self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * wp_refresh_model_refresh:
 * @self: a refresh model
 * @item: an item of the store
 *
 * Reports @item as changed, so that models above it look at it again.
 */
void
wp_refresh_model_refresh (WpRefreshModel *self,
                          gpointer        item)
{
  guint position;

  g_return_if_fail (WP_IS_REFRESH_MODEL (self));

  if (g_list_store_find (self->store, item, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

static void
wp_refresh_model_dispose (GObject *object)
{
  WpRefreshModel *self = WP_REFRESH_MODEL (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_refresh_model_parent_class)->dispose (object);
}

static void
wp_refresh_model_class_init (WpRefreshModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_refresh_model_dispose;
}

static void
wp_refresh_model_init (WpRefreshModel *self)
{
}
