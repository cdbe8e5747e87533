/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRowSlot is one row of a WpStableRows list: it shows an item of the list
 * underneath, and shows another when that list changes, instead of making
 * way for a new row (see wp-stable-rows.c for why).
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-row-slot.h"

struct _WpRowSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (WpRowSlot, wp_row_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * wp_row_slot_new:
 * @item: (type GObject): the item to show
 *
 * Returns: (transfer full): a row showing @item
 */
WpRowSlot *
wp_row_slot_new (gpointer item)
{
  return g_object_new (WP_TYPE_ROW_SLOT, "item", item, NULL);
}

/**
 * wp_row_slot_get_item:
 * @self: a row
 *
 * Returns: (transfer none) (type GObject): the item the row shows
 */
gpointer
wp_row_slot_get_item (WpRowSlot *self)
{
  g_return_val_if_fail (WP_IS_ROW_SLOT (self), NULL);

  return self->item;
}

void
wp_row_slot_set_item (WpRowSlot *self,
                      gpointer   item)
{
  g_return_if_fail (WP_IS_ROW_SLOT (self));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
wp_row_slot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WpRowSlot *self = WP_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_row_slot_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WpRowSlot *self = WP_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      wp_row_slot_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_row_slot_dispose (GObject *object)
{
  g_clear_object (&WP_ROW_SLOT (object)->item);

  G_OBJECT_CLASS (wp_row_slot_parent_class)->dispose (object);
}

static void
wp_row_slot_class_init (WpRowSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wp_row_slot_get_property;
  object_class->set_property = wp_row_slot_set_property;
  object_class->dispose = wp_row_slot_dispose;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_row_slot_init (WpRowSlot *self)
{
}
