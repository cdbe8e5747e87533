/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpBacklogModel is the backlog as one list: items (already in rank order,
 * perhaps filtered) with each release's cut line merged in at its rank.
 * Moving an item reports exactly that item leaving and arriving, so a list
 * view of 10,000 rows redraws two rows, not all of them. (A sort model would
 * report the whole range between the old and the new place.)
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-backlog-model.h"
#include "wp-rank.h"

typedef struct {
  WpEntity *release;
  guint     index;   /* how many items rank before the line */
} Line;

struct _WpBacklogModel
{
  GObject     parent_instance;

  WpDocument *document;
  GListModel *items;
  GArray     *lines;   /* of Line, by rank; releases without a place last */
};

static void wp_backlog_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpBacklogModel, wp_backlog_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      wp_backlog_model_list_init))

static const char *
line_rank (WpEntity *release)
{
  const char *rank = wp_entity_get_string (release, WP_RELEASE_RANK);

  return wp_rank_is_valid (rank) ? rank : NULL;
}

/* How many items rank before @rank (all of them when it is NULL). */
static guint
items_before (WpBacklogModel *self,
              const char     *rank)
{
  guint low = 0, high = g_list_model_get_n_items (self->items);

  if (rank == NULL)
    return high;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(WpEntity) item = g_list_model_get_item (self->items, middle);

      if (strcmp (wp_entity_get_string (item, WP_ITEM_RANK), rank) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const char *x = line_rank (((const Line *) a)->release);
  const char *y = line_rank (((const Line *) b)->release);

  if ((x == NULL) != (y == NULL))
    return x == NULL ? 1 : -1;

  return x ? strcmp (x, y) : 0;
}

static void
clear_line (gpointer data)
{
  g_clear_object (&((Line *) data)->release);
}

static void
collect_lines (WpBacklogModel *self)
{
  GListModel *releases = wp_document_get_list (self->document, WP_KIND_RELEASE);
  guint n = g_list_model_get_n_items (releases);

  g_array_set_size (self->lines, 0);
  for (guint i = 0; i < n; i++)
    {
      Line line = { g_list_model_get_item (releases, i), 0 };

      g_array_append_val (self->lines, line);
    }
  g_array_sort (self->lines, compare_lines);
}

static void
place_lines (WpBacklogModel *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);

      line->index = items_before (self, line_rank (line->release));
    }
}

static guint
n_lines_in (GArray *indexes,
            guint   from,
            guint   to)
{
  guint count = 0;

  for (guint i = 0; i < indexes->len; i++)
    {
      guint index = g_array_index (indexes, guint, i);

      if (index >= from && index <= to)
        count++;
    }

  return count;
}

static GArray *
line_indexes (WpBacklogModel *self)
{
  GArray *indexes = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->lines->len);

  for (guint i = 0; i < self->lines->len; i++)
    g_array_append_val (indexes, g_array_index (self->lines, Line, i).index);

  return indexes;
}

/*
 * Items changed at @position. Lines ranked before it stay; lines at the edges
 * of the changed range are reported as replaced along with it.
 */
static void
on_items_changed (WpBacklogModel *self,
                  guint           position,
                  guint           removed,
                  guint           added)
{
  g_autoptr(GArray) before = line_indexes (self);
  g_autoptr(GArray) after = NULL;
  guint start = position;

  for (guint i = 0; i < before->len; i++)
    if (g_array_index (before, guint, i) < position)
      start++;

  place_lines (self);
  after = line_indexes (self);

  g_list_model_items_changed (G_LIST_MODEL (self), start,
                              removed + n_lines_in (before, position, position + removed),
                              added + n_lines_in (after, position, position + added));
}

/* A release was added, removed or moved: rare, so everything is told again. */
static void
reset (WpBacklogModel *self)
{
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (self));

  collect_lines (self);
  place_lines (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n,
                              g_list_model_get_n_items (G_LIST_MODEL (self)));
}

static void
on_document_changed (WpBacklogModel *self,
                     WpEntity       *entity,
                     guint           field)
{
  if (WP_IS_RELEASE (entity) && field == WP_RELEASE_RANK)
    reset (self);
}

static GType
wp_backlog_model_get_item_type (GListModel *model)
{
  return WP_TYPE_ENTITY;
}

static guint
wp_backlog_model_get_n_items (GListModel *model)
{
  WpBacklogModel *self = WP_BACKLOG_MODEL (model);

  return g_list_model_get_n_items (self->items) + self->lines->len;
}

static gpointer
wp_backlog_model_get_item (GListModel *model,
                           guint       position)
{
  WpBacklogModel *self = WP_BACKLOG_MODEL (model);
  guint lines_before = 0;

  /* Line k sits at index + k; lines are few, so a walk is quick. */
  for (guint k = 0; k < self->lines->len; k++)
    {
      Line *line = &g_array_index (self->lines, Line, k);

      if (line->index + k == position)
        return g_object_ref (line->release);
      if (line->index + k < position)
        lines_before++;
    }

  return g_list_model_get_item (self->items, position - lines_before);
}

static void
wp_backlog_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = wp_backlog_model_get_item_type;
  iface->get_n_items = wp_backlog_model_get_n_items;
  iface->get_item = wp_backlog_model_get_item;
}

/**
 * wp_backlog_model_new:
 * @document: the document whose releases give the lines
 * @items: its items in rank order, perhaps filtered
 *
 * Returns: (transfer full): the merged list
 */
WpBacklogModel *
wp_backlog_model_new (WpDocument *document,
                      GListModel *items)
{
  WpBacklogModel *self;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  self = g_object_new (WP_TYPE_BACKLOG_MODEL, NULL);
  self->document = g_object_ref (document);
  self->items = g_object_ref (items);
  collect_lines (self);
  place_lines (self);

  g_signal_connect_object (items, "items-changed", G_CALLBACK (on_items_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_RELEASE), "items-changed",
                           G_CALLBACK (reset), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed),
                           self, G_CONNECT_SWAPPED);

  return self;
}

static void
wp_backlog_model_finalize (GObject *object)
{
  WpBacklogModel *self = WP_BACKLOG_MODEL (object);

  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_backlog_model_parent_class)->finalize (object);
}

static void
wp_backlog_model_class_init (WpBacklogModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_backlog_model_finalize;
}

static void
wp_backlog_model_init (WpBacklogModel *self)
{
  self->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_array_set_clear_func (self->lines, clear_line);
}
