/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpDemand counts, for each backlog item, the distinct customers whose
 * feedback is linked to it, and its importance-weighted mentions: each linked
 * entry adds its importance (1 nice to have, 2 important, 3 critical; an
 * entry without one counts 1). Entries without a customer count as one
 * unnamed customer. The count is rebuilt lazily: any change to the feedback
 * marks it stale, and the next question recounts once.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-demand.h"

struct _WpDemand
{
  GObject     parent_instance;

  WpDocument *document;
  GHashTable *customers;  /* item id -> set of customer names */
  GHashTable *weights;    /* item id -> summed importance */
  gboolean    stale;
};

G_DEFINE_FINAL_TYPE (WpDemand, wp_demand, G_TYPE_OBJECT)

static void
mark_stale (WpDemand *self)
{
  self->stale = TRUE;
}

static void
on_document_changed (WpDemand   *self,
                     WpEntity   *entity,
                     guint       field)
{
  if (WP_IS_FEEDBACK (entity))
    mark_stale (self);
}

/**
 * wp_demand_new:
 * @document: the document to count in; it must outlive the count
 *
 * Pages use the document's own count, wp_document_get_demand(), so that it is
 * rebuilt once for all of them.
 *
 * Returns: (transfer full): a demand count
 */
WpDemand *
wp_demand_new (WpDocument *document)
{
  WpDemand *self;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  self = g_object_new (WP_TYPE_DEMAND, NULL);
  /* Borrowed: the document owns its demand count (wp_document_get_demand()). */
  self->document = document;
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_FEEDBACK), "items-changed",
                           G_CALLBACK (mark_stale), self, G_CONNECT_SWAPPED);

  return self;
}

static void
rebuild (WpDemand *self)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  guint n = g_list_model_get_n_items (feedback);

  g_hash_table_remove_all (self->customers);
  g_hash_table_remove_all (self->weights);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);
      const char *customer = wp_entity_get_string (entry, WP_FEEDBACK_CUSTOMER);
      int importance = MAX (wp_entity_get_int (entry, WP_FEEDBACK_IMPORTANCE), 1);

      for (const char * const *id = wp_entity_get_strv (entry, WP_FEEDBACK_ITEMS); *id; id++)
        {
          GHashTable *set = g_hash_table_lookup (self->customers, *id);
          int weight = GPOINTER_TO_INT (g_hash_table_lookup (self->weights, *id));

          if (set == NULL)
            {
              set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_insert (self->customers, g_strdup (*id), set);
            }
          g_hash_table_add (set, g_strdup (customer ? customer : ""));
          g_hash_table_insert (self->weights, g_strdup (*id),
                               GINT_TO_POINTER (weight + importance));
        }
    }
  self->stale = FALSE;
}

/**
 * wp_demand_customers:
 * @self: a demand count
 * @item_id: an item's id
 *
 * Returns: how many distinct customers asked for the item
 */
guint
wp_demand_customers (WpDemand   *self,
                     const char *item_id)
{
  GHashTable *set;

  g_return_val_if_fail (WP_IS_DEMAND (self), 0);

  if (self->stale)
    rebuild (self);
  set = g_hash_table_lookup (self->customers, item_id);

  return set ? g_hash_table_size (set) : 0;
}

/**
 * wp_demand_weight:
 * @self: a demand count
 * @item_id: an item's id
 *
 * Returns: the importance of every feedback entry linked to the item, summed
 */
guint
wp_demand_weight (WpDemand   *self,
                  const char *item_id)
{
  g_return_val_if_fail (WP_IS_DEMAND (self), 0);

  if (self->stale)
    rebuild (self);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->weights, item_id));
}

static void
wp_demand_finalize (GObject *object)
{
  WpDemand *self = WP_DEMAND (object);

  g_clear_pointer (&self->customers, g_hash_table_unref);
  g_clear_pointer (&self->weights, g_hash_table_unref);

  G_OBJECT_CLASS (wp_demand_parent_class)->finalize (object);
}

static void
wp_demand_class_init (WpDemandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_demand_finalize;
}

static void
wp_demand_init (WpDemand *self)
{
  self->customers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_hash_table_unref);
  self->weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stale = TRUE;
}
