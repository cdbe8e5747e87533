/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpStableRows shows a list as rows that keep their place: row i is a
 * WpRowSlot showing item i of the list underneath. When that list changes,
 * the rows from the change on show what is now there and only the end of
 * the list grows or shrinks.
 *
 * Why: a GTK 4.8 list or column view destroys the widgets of every row whose
 * item leaves and makes new ones for the items that come; a search that
 * narrows 50,000 feedback entries replaces every row in view, which took
 * 50-75 ms with seven columns, however few rows changed. Rows that keep their
 * item only rebind their cells. What keeps its place is the row, not the
 * item: a view's selection, which follows positions, must be moved along by
 * whoever shows the rows.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-row-slot.h"
#include "wp-stable-rows.h"

struct _WpStableRows
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *rows;    /* WpRowSlot */
};

static void wp_stable_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpStableRows, wp_stable_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      wp_stable_rows_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return WP_TYPE_ROW_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  return WP_STABLE_ROWS (model)->rows->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  GPtrArray *rows = WP_STABLE_ROWS (model)->rows;

  return position < rows->len ? g_object_ref (g_ptr_array_index (rows, position)) : NULL;
}

static void
wp_stable_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
on_source_changed (WpStableRows *self,
                   guint         position,
                   guint         removed,
                   guint         added)
{
  guint before = self->rows->len, after = g_list_model_get_n_items (self->source);
  /* Rows after a change that kept the count show what they showed. */
  guint end = removed == added ? position + added : MIN (before, after);

  for (guint i = position; i < end; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->source, i);

      wp_row_slot_set_item (g_ptr_array_index (self->rows, i), item);
    }

  if (after < before)
    {
      g_ptr_array_remove_range (self->rows, after, before - after);
      g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
    }
  else if (after > before)
    {
      for (guint i = before; i < after; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (self->source, i);

          g_ptr_array_add (self->rows, wp_row_slot_new (item));
        }
      g_list_model_items_changed (G_LIST_MODEL (self), before, 0, after - before);
    }
}

/**
 * wp_stable_rows_new:
 * @source: the list to show
 *
 * Returns: (transfer full): rows showing @source
 */
WpStableRows *
wp_stable_rows_new (GListModel *source)
{
  WpStableRows *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (WP_TYPE_STABLE_ROWS, NULL);
  self->source = g_object_ref (source);
  g_signal_connect_object (source, "items-changed", G_CALLBACK (on_source_changed),
                           self, G_CONNECT_SWAPPED);
  on_source_changed (self, 0, 0, g_list_model_get_n_items (source));

  return self;
}

static void
wp_stable_rows_finalize (GObject *object)
{
  WpStableRows *self = WP_STABLE_ROWS (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (wp_stable_rows_parent_class)->finalize (object);
}

static void
wp_stable_rows_class_init (WpStableRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_stable_rows_finalize;
}

static void
wp_stable_rows_init (WpStableRows *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}
