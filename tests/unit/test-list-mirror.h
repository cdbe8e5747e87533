/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the unit tests of list models share. */
#pragma once

#include <gio/gio.h>

/*
 * Applies each reported change to a copy, as a list view would, so that wrong
 * change reports show.
 */
static inline void
follow_changes (GListModel *model,
                guint       position,
                guint       removed,
                guint       added,
                GListStore *mirror)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, position + i));
  g_list_store_splice (mirror, position, removed, items->pdata, added);
}
