/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpDemand counts, for each backlog item, the distinct customers whose
 * feedback is linked to it, and its importance-weighted mentions: each linked
 * entry adds its importance (1 nice to have, 2 important, 3 critical; an
 * entry without one counts 1). Entries without a customer count as one
 * unnamed customer. The count is rebuilt lazily: any change to the feedback
 * marks it stale, and the next question recounts once. RICE's reach may
 * count only recent feedback: a second count, kept for the day it starts.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-date.h"
#include "wp-demand.h"

struct _WpDemand
{
  GObject     parent_instance;

  WpDocument *document;
  GHashTable *customers;  /* item id -> set of customer names */
  GHashTable *weights;    /* item id -> summed importance */
  gboolean    stale;
  GHashTable *recent_customers;  /* the same, of the feedback received since recent_since */
  GHashTable *recent_weights;
  guint32     recent_since;      /* 0 when stale */
};

G_DEFINE_FINAL_TYPE (WpDemand, wp_demand, G_TYPE_OBJECT)

static void
mark_stale (WpDemand *self)
{
  self->stale = TRUE;
  self->recent_since = 0;
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

/* The day @entry was received, or 0 when it does not say. */
static guint32
received_day (WpEntity *entry)
{
  const char *received = wp_entity_get_string (entry, WP_FEEDBACK_RECEIVED);
  char day[11];
  guint32 julian = 0;

  if (received == NULL || strlen (received) < 10)
    return 0;
  g_strlcpy (day, received, sizeof day);

  return wp_date_parse (day, &julian) ? julian : 0;
}

/* Counts into @customers and @weights the feedback received on @since or later (0: all). */
static void
count (WpDemand   *self,
       guint32     since,
       GHashTable *customers,
       GHashTable *weights)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  guint n = g_list_model_get_n_items (feedback);

  g_hash_table_remove_all (customers);
  g_hash_table_remove_all (weights);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);
      const char *customer = wp_entity_get_string (entry, WP_FEEDBACK_CUSTOMER);
      int importance = MAX (wp_entity_get_int (entry, WP_FEEDBACK_IMPORTANCE), 1);

      if (since > 0 && received_day (entry) < since)
        continue;
      for (const char * const *id = wp_entity_get_strv (entry, WP_FEEDBACK_ITEMS); *id; id++)
        {
          GHashTable *set = g_hash_table_lookup (customers, *id);
          int weight = GPOINTER_TO_INT (g_hash_table_lookup (weights, *id));

          if (set == NULL)
            {
              set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_insert (customers, g_strdup (*id), set);
            }
          g_hash_table_add (set, g_strdup (customer ? customer : ""));
          g_hash_table_insert (weights, g_strdup (*id), GINT_TO_POINTER (weight + importance));
        }
    }
}

static void
rebuild (WpDemand *self)
{
  count (self, 0, self->customers, self->weights);
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

/**
 * wp_demand_get_document:
 * @self: a demand count
 *
 * Returns: (transfer none): the document it counts in
 */
WpDocument *
wp_demand_get_document (WpDemand *self)
{
  g_return_val_if_fail (WP_IS_DEMAND (self), NULL);

  return self->document;
}

/**
 * wp_demand_reach:
 * @self: a demand count
 * @item_id: an item's id
 * @today: today, as a Julian day
 *
 * What RICE counts as an item's reach when none is typed, as the product
 * says (`reach_from`, `reach_days`): its distinct customers, or the
 * importance of every entry that asks for it, of the feedback received in
 * the last days or of all of it.
 *
 * Returns: the reach
 */
guint
wp_demand_reach (WpDemand   *self,
                 const char *item_id,
                 guint32     today)
{
  WpEntity *product = WP_ENTITY (wp_document_get_product (self->document));
  gboolean mentions = g_strcmp0 (wp_entity_get_string (product, WP_PRODUCT_REACH_FROM),
                                 "mentions") == 0;
  int days = wp_entity_get_int (product, WP_PRODUCT_REACH_DAYS);
  guint32 since = days > 0 && (guint32) days < today ? today - days + 1 : 0;
  GHashTable *set;

  g_return_val_if_fail (WP_IS_DEMAND (self), 0);

  if (since == 0)
    return mentions ? wp_demand_weight (self, item_id) : wp_demand_customers (self, item_id);
  if (self->recent_since != since)
    {
      count (self, since, self->recent_customers, self->recent_weights);
      self->recent_since = since;
    }
  if (mentions)
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->recent_weights, item_id));
  set = g_hash_table_lookup (self->recent_customers, item_id);

  return set ? g_hash_table_size (set) : 0;
}

static void
wp_demand_finalize (GObject *object)
{
  WpDemand *self = WP_DEMAND (object);

  g_clear_pointer (&self->customers, g_hash_table_unref);
  g_clear_pointer (&self->weights, g_hash_table_unref);
  g_clear_pointer (&self->recent_customers, g_hash_table_unref);
  g_clear_pointer (&self->recent_weights, g_hash_table_unref);

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
  self->recent_customers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify) g_hash_table_unref);
  self->recent_weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
