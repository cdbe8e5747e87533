/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackResults is the list of the feedback entries a WpFeedbackQuery
 * keeps, in the document's order, as a GListModel. It keeps them in a flat
 * array and reports a change as the one run of rows between what stayed the
 * same at the start and at the end. Both matter with 50,000 entries: a list
 * view asks for every added row, which costs a microsecond each through a
 * GtkFilterListModel and next to nothing here. A query that only got
 * stricter rechecks only the rows shown; additions and removals check only
 * what was added (undoing an import of 10,000 entries is 10,000 removals);
 * an edit checks the entry edited.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-feedback-results.h"

struct _WpFeedbackResults
{
  GObject          parent_instance;

  WpDocument      *document;
  WpFeedbackQuery *query;
  GPtrArray       *shown;      /* WpEntity */
  GArray          *positions;  /* guint: where each shown entry is in the document */
};

static void wp_feedback_results_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpFeedbackResults, wp_feedback_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      wp_feedback_results_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return WP_TYPE_FEEDBACK;
}

static guint
get_n_items (GListModel *model)
{
  return WP_FEEDBACK_RESULTS (model)->shown->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  GPtrArray *shown = WP_FEEDBACK_RESULTS (model)->shown;

  return position < shown->len ? g_object_ref (g_ptr_array_index (shown, position)) : NULL;
}

static void
wp_feedback_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Where entries from document position @position on are, or would be, shown. */
static guint
shown_from (WpFeedbackResults *self,
            guint              position)
{
  guint low = 0, high = self->positions->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->positions, guint, middle) < position)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Takes @next as what is shown, telling the watchers about the rows between the unchanged start
 * and end. */
static void
replace (WpFeedbackResults *self,
         GPtrArray         *next,
         GArray            *next_positions)
{
  GPtrArray *old = self->shown;
  guint start = 0, end = 0;

  while (start < old->len && start < next->len && old->pdata[start] == next->pdata[start])
    start++;
  while (end < old->len - start && end < next->len - start &&
         old->pdata[old->len - 1 - end] == next->pdata[next->len - 1 - end])
    end++;

  self->shown = next;
  g_array_unref (self->positions);
  self->positions = next_positions;
  if (old->len != next->len || start < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), start,
                                old->len - start - end, next->len - start - end);
  g_ptr_array_unref (old);
}

/* With @keep_shown, the query only got looser: what is shown stays without being asked again. */
static void
recheck_all (WpFeedbackResults *self,
             gboolean           keep_shown)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  guint n = g_list_model_get_n_items (feedback), shown = 0;
  GPtrArray *next = g_ptr_array_new_full (n, g_object_unref);
  GArray *next_positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  for (guint i = 0; i < n; i++)
    {
      WpEntity *entry = g_list_model_get_item (feedback, i);
      gboolean was_shown = keep_shown && shown < self->positions->len &&
                           g_array_index (self->positions, guint, shown) == i;

      shown += was_shown;
      if (was_shown || wp_feedback_query_matches (self->query, entry))
        {
          g_ptr_array_add (next, entry);
          g_array_append_val (next_positions, i);
        }
      else
        g_object_unref (entry);
    }
  replace (self, next, next_positions);
}

static void
recheck_shown (WpFeedbackResults *self)
{
  GPtrArray *next = g_ptr_array_new_full (self->shown->len, g_object_unref);
  GArray *next_positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->shown->len);

  for (guint i = 0; i < self->shown->len; i++)
    if (wp_feedback_query_matches (self->query, g_ptr_array_index (self->shown, i)))
      {
        g_ptr_array_add (next, g_object_ref (g_ptr_array_index (self->shown, i)));
        g_array_append_val (next_positions, g_array_index (self->positions, guint, i));
      }
  replace (self, next, next_positions);
}

static void
on_query_changed (WpFeedbackResults *self,
                  WpQueryChange      change)
{
  if (change == WP_QUERY_MORE_STRICT)
    recheck_shown (self);
  else
    recheck_all (self, change == WP_QUERY_LESS_STRICT);
}

/* Shows @entry, at document position @position, as row @at. */
static void
insert_shown (WpFeedbackResults *self,
              WpEntity          *entry,
              guint              position,
              guint              at)
{
  g_ptr_array_insert (self->shown, (int) at, g_object_ref (entry));
  g_array_insert_val (self->positions, at, position);
}

/* Entries added or removed: those removed leave, those after move along, those added are
 * checked. */
static void
on_feedback_changed (WpFeedbackResults *self,
                     guint              position,
                     guint              removed,
                     guint              added)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  guint first = shown_from (self, position), last = shown_from (self, position + removed);
  guint inserted = 0;

  g_ptr_array_remove_range (self->shown, first, last - first);
  g_array_remove_range (self->positions, first, last - first);
  for (guint i = first; i < self->positions->len; i++)
    g_array_index (self->positions, guint, i) += added - removed;
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, position + i);

      if (wp_feedback_query_matches (self->query, entry))
        insert_shown (self, entry, position + i, first + inserted++);
    }

  if (last > first || inserted > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, last - first, inserted);
}

static gboolean
find_in_document (WpFeedbackResults *self,
                  WpEntity          *entity,
                  guint             *position)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);

  for (guint i = 0, n = g_list_model_get_n_items (feedback); i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);

      if (entry == entity)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* An edited entry that is shown and still kept changes nothing; one that no longer is leaves;
 * one kept now joins. */
static void
on_document_changed (WpFeedbackResults *self,
                     WpEntity          *entity)
{
  guint shown_at, position;
  gboolean shown, kept;

  if (!WP_IS_FEEDBACK (entity))
    return;

  shown = g_ptr_array_find (self->shown, entity, &shown_at);
  kept = wp_feedback_query_matches (self->query, entity);
  if (shown && !kept)
    {
      g_ptr_array_remove_index (self->shown, shown_at);
      g_array_remove_index (self->positions, shown_at);
      g_list_model_items_changed (G_LIST_MODEL (self), shown_at, 1, 0);
    }
  else if (!shown && kept && find_in_document (self, entity, &position))
    {
      shown_at = shown_from (self, position);
      insert_shown (self, entity, position, shown_at);
      g_list_model_items_changed (G_LIST_MODEL (self), shown_at, 0, 1);
    }
}

/**
 * wp_feedback_results_new:
 * @document: the document whose feedback is listed
 * @query: what to keep; its document must be @document
 *
 * Returns: (transfer full): the entries @query keeps, kept up to date
 */
WpFeedbackResults *
wp_feedback_results_new (WpDocument      *document,
                         WpFeedbackQuery *query)
{
  WpFeedbackResults *self;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WP_IS_FEEDBACK_QUERY (query), NULL);

  self = g_object_new (WP_TYPE_FEEDBACK_RESULTS, NULL);
  self->document = g_object_ref (document);
  self->query = g_object_ref (query);
  /* After the query's own handlers, so that it has forgotten what changed. */
  g_signal_connect_object (query, "changed", G_CALLBACK (on_query_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_FEEDBACK), "items-changed",
                           G_CALLBACK (on_feedback_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  recheck_all (self, FALSE);

  return self;
}

static void
wp_feedback_results_finalize (GObject *object)
{
  WpFeedbackResults *self = WP_FEEDBACK_RESULTS (object);

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_array_unref);
  g_clear_object (&self->query);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_feedback_results_parent_class)->finalize (object);
}

static void
wp_feedback_results_class_init (WpFeedbackResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_feedback_results_finalize;
}

static void
wp_feedback_results_init (WpFeedbackResults *self)
{
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
}
