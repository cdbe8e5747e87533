/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRoadmapLayout places the roadmap's entries for drawing, the same way for
 * the timeline on screen and for the exported picture: a row per lane (and
 * one for entries without a lane), and within a row, entries that overlap
 * in time stacked in tracks, each in the first track free at its start.
 * It also knows which entries start before a prerequisite ends. It holds
 * no pixels: wp-roadmap-geometry.c in src/render/ measures rows and tracks.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-date.h"
#include "wp-roadmap-layout.h"
#include "wp-text-match.h"

/* Entries starting within this many days are Next; later ones, Later. */
#define NEXT_DAYS 91

struct _WpRoadmapLayout
{
  GObject     parent_instance;

  GArray     *rows;     /* of WpRoadmapRow */
  GHashTable *places;   /* entry → WpRoadmapPlace */
};

G_DEFINE_FINAL_TYPE (WpRoadmapLayout, wp_roadmap_layout, G_TYPE_OBJECT)

WpRoadmapLayout *
wp_roadmap_layout_new (void)
{
  return g_object_new (WP_TYPE_ROADMAP_LAYOUT, NULL);
}

/**
 * wp_roadmap_entry_get_days:
 * @entry: a roadmap entry
 * @start: (out): its first day
 * @end: (out): its last day
 *
 * An entry is on the timeline when it has a start; without an end (or with
 * one before the start) it lasts a day.
 *
 * Returns: whether the entry is scheduled
 */
gboolean
wp_roadmap_entry_get_days (WpEntity *entry,
                           guint32  *start,
                           guint32  *end)
{
  if (!wp_date_parse (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_START), start))
    return FALSE;
  if (!wp_date_parse (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_END), end) || *end < *start)
    *end = *start;

  return TRUE;
}

/**
 * wp_roadmap_entry_horizon:
 * @entry: a roadmap entry
 * @today: today, as a Julian day
 *
 * Returns: whether @entry is done, runs now, starts next (within 91 days)
 *   or later
 */
WpHorizon
wp_roadmap_entry_horizon (WpEntity *entry,
                          guint32   today)
{
  guint32 start, end;

  if (!wp_roadmap_entry_get_days (entry, &start, &end))
    return WP_HORIZON_LATER;
  if (end < today)
    return WP_HORIZON_DONE;
  if (start <= today)
    return WP_HORIZON_NOW;

  return start <= today + NEXT_DAYS ? WP_HORIZON_NEXT : WP_HORIZON_LATER;
}

/**
 * wp_sprint_get_days:
 * @sprint: a sprint
 * @start: (out): its first day
 * @end: (out): its last day
 *
 * Returns: whether the sprint has both dates, as the axis shows it
 */
gboolean
wp_sprint_get_days (WpEntity *sprint,
                    guint32  *start,
                    guint32  *end)
{
  return wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_START), start) &&
         wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_END), end) && *end >= *start;
}

/* Done means: in the last column of the workflow. */
static gboolean
item_is_done (WpDocument *document,
              WpEntity   *item)
{
  GListModel *columns = wp_document_get_list (document, WP_KIND_COLUMN);
  guint n = g_list_model_get_n_items (columns);
  g_autoptr(WpEntity) last = n > 0 ? g_list_model_get_item (columns, n - 1) : NULL;

  return last != NULL &&
         g_strcmp0 (wp_entity_get_string (item, WP_ITEM_STATUS), wp_entity_get_id (last)) == 0;
}

/**
 * wp_roadmap_entry_get_progress:
 * @document: the document
 * @entry: a roadmap entry
 *
 * Returns: the share of the linked items' points that is done, 0 to 1;
 *   an item without an estimate counts one point
 */
double
wp_roadmap_entry_get_progress (WpDocument *document,
                               WpEntity   *entry)
{
  double done = 0, total = 0;

  for (const char * const *id = wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_ITEMS); *id; id++)
    {
      WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, *id);
      double points;

      if (item == NULL)
        continue;
      points = wp_entity_get_number (item, WP_ITEM_ESTIMATE);
      points = points > 0 ? points : 1;
      total += points;
      if (item_is_done (document, item))
        done += points;
    }

  return total > 0 ? done / total : 0;
}

/**
 * wp_roadmap_entry_holds_text:
 * @document: the document
 * @entry: a roadmap entry
 * @folded_needle: what was typed, through wp_text_fold()
 *
 * What the Roadmap's search finds: the typed text in the entry's title or
 * in a backlog item it links, as the other pages find items
 * (wp_item_holds_text()).
 *
 * Returns: whether @entry holds @folded_needle
 */
gboolean
wp_roadmap_entry_holds_text (WpDocument *document,
                             WpEntity   *entry,
                             const char *folded_needle)
{
  if (wp_text_holds (wp_entity_get_string (entry, WP_ROADMAP_ENTRY_TITLE), folded_needle))
    return TRUE;

  for (const char * const *id = wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_ITEMS); *id; id++)
    {
      WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, *id);

      if (item != NULL && wp_item_holds_text (item, folded_needle))
        return TRUE;
    }

  return FALSE;
}

guint
wp_roadmap_layout_row_of_lane (WpRoadmapLayout *self,
                               const char      *lane_id)
{
  g_return_val_if_fail (WP_IS_ROADMAP_LAYOUT (self), G_MAXUINT);

  for (guint i = 0; i < self->rows->len; i++)
    {
      WpRoadmapRow *row = &g_array_index (self->rows, WpRoadmapRow, i);

      if (row->lane != NULL && g_strcmp0 (wp_entity_get_id (row->lane), lane_id) == 0)
        return i;
    }

  return G_MAXUINT;
}

const WpRoadmapPlace *
wp_roadmap_layout_lookup (WpRoadmapLayout *self,
                          WpEntity        *entry)
{
  g_return_val_if_fail (WP_IS_ROADMAP_LAYOUT (self), NULL);

  return g_hash_table_lookup (self->places, entry);
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *places = user_data;
  WpRoadmapPlace *x = g_hash_table_lookup (places, *(WpEntity **) a);
  WpRoadmapPlace *y = g_hash_table_lookup (places, *(WpEntity **) b);

  return (x->start > y->start) - (x->start < y->start);
}

static void
stack_tracks (WpRoadmapLayout *self,
              GPtrArray       *entries,
              WpRoadmapRow    *row)
{
  g_autoptr(GArray) track_ends = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_ptr_array_sort_with_data (entries, compare_by_start, self->places);
  for (guint i = 0; i < entries->len; i++)
    {
      WpRoadmapPlace *place = g_hash_table_lookup (self->places, g_ptr_array_index (entries, i));
      guint track = 0;

      while (track < track_ends->len && g_array_index (track_ends, guint32, track) >= place->start)
        track++;
      if (track == track_ends->len)
        g_array_append_val (track_ends, place->end);
      else
        g_array_index (track_ends, guint32, track) = place->end;
      place->track = track;
    }
  row->tracks = MAX (track_ends->len, 1);
}

static void
fill_rows (WpRoadmapLayout *self,
           WpDocument      *document)
{
  GListModel *lanes = wp_document_get_list (document, WP_KIND_LANE);
  guint n = g_list_model_get_n_items (lanes);

  g_array_set_size (self->rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) lane = g_list_model_get_item (lanes, i);
      /* The document holds the lane as long as the layout is used. */
      WpRoadmapRow row = { lane, 0, 0 };

      g_array_append_val (self->rows, row);
    }
}

/* Entries without a lane (or with one that is gone) get a row of their own, last. */
static guint
no_lane_row (WpRoadmapLayout *self)
{
  if (self->rows->len == 0 ||
      g_array_index (self->rows, WpRoadmapRow, self->rows->len - 1).lane != NULL)
    g_array_append_val (self->rows, ((WpRoadmapRow) { NULL, 0, 0 }));

  return self->rows->len - 1;
}

static gboolean
starts_too_early (WpRoadmapLayout *self,
                  WpDocument      *document,
                  WpEntity        *entry,
                  WpRoadmapPlace  *place)
{
  for (const char * const *id = wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_DEPENDS_ON); *id; id++)
    {
      WpEntity *before = wp_document_lookup (document, WP_KIND_ENTRY, *id);
      WpRoadmapPlace *other = before ? g_hash_table_lookup (self->places, before) : NULL;

      if (other != NULL && place->start <= other->end)
        return TRUE;
    }

  return FALSE;
}

/**
 * wp_roadmap_layout_compute:
 * @self: a layout
 * @document: the document
 * @preview_entry: (nullable): an entry being dragged
 * @preview: (nullable): where it would go (its row and dates count, its track not)
 *
 * Places every scheduled entry: dates, row, track; then how many tracks
 * each row has and where its first one is, and which entries start too early.
 */
void
wp_roadmap_layout_compute (WpRoadmapLayout      *self,
                           WpDocument           *document,
                           WpEntity             *preview_entry,
                           const WpRoadmapPlace *preview)
{
  GListModel *entries = wp_document_get_list (document, WP_KIND_ENTRY);
  guint n = g_list_model_get_n_items (entries);
  g_autoptr(GPtrArray) per_row =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer entry, value;
  guint tracks = 0;

  g_return_if_fail (WP_IS_ROADMAP_LAYOUT (self));

  fill_rows (self, document);
  g_hash_table_remove_all (self->places);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) scheduled = g_list_model_get_item (entries, i);
      const char *lane_id = wp_entity_get_string (scheduled, WP_ROADMAP_ENTRY_LANE);
      WpRoadmapPlace place = { 0 };

      if (scheduled == preview_entry && preview != NULL)
        place = *preview;
      else if (wp_roadmap_entry_get_days (scheduled, &place.start, &place.end))
        place.row = wp_roadmap_layout_row_of_lane (self, lane_id);
      else
        continue;
      if (place.row >= self->rows->len)
        place.row = no_lane_row (self);
      g_hash_table_insert (self->places, scheduled, g_memdup2 (&place, sizeof place));
    }

  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (per_row, g_ptr_array_new ());
  g_hash_table_iter_init (&iter, self->places);
  while (g_hash_table_iter_next (&iter, &entry, &value))
    g_ptr_array_add (g_ptr_array_index (per_row, ((WpRoadmapPlace *) value)->row), entry);
  for (guint i = 0; i < self->rows->len; i++)
    {
      WpRoadmapRow *row = &g_array_index (self->rows, WpRoadmapRow, i);

      stack_tracks (self, g_ptr_array_index (per_row, i), row);
      row->first_track = tracks;
      tracks += row->tracks;
    }

  g_hash_table_iter_init (&iter, self->places);
  while (g_hash_table_iter_next (&iter, &entry, &value))
    ((WpRoadmapPlace *) value)->conflict = starts_too_early (self, document, entry, value);
}

guint
wp_roadmap_layout_get_n_rows (WpRoadmapLayout *self)
{
  g_return_val_if_fail (WP_IS_ROADMAP_LAYOUT (self), 0);

  return self->rows->len;
}

const WpRoadmapRow *
wp_roadmap_layout_get_row (WpRoadmapLayout *self,
                           guint            row)
{
  g_return_val_if_fail (WP_IS_ROADMAP_LAYOUT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return &g_array_index (self->rows, WpRoadmapRow, row);
}

/**
 * wp_roadmap_layout_get_places:
 * @self: a layout
 *
 * Returns: (transfer none) (element-type WpEntity WpRoadmapPlace): every scheduled entry's place
 */
GHashTable *
wp_roadmap_layout_get_places (WpRoadmapLayout *self)
{
  g_return_val_if_fail (WP_IS_ROADMAP_LAYOUT (self), NULL);

  return self->places;
}

/**
 * wp_roadmap_layout_get_span:
 * @self: a layout
 * @first: (out): the first day of any entry
 * @last: (out): the last day of any entry
 *
 * Returns: whether any entry is scheduled
 */
gboolean
wp_roadmap_layout_get_span (WpRoadmapLayout *self,
                            guint32         *first,
                            guint32         *last)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (WP_IS_ROADMAP_LAYOUT (self), FALSE);

  *first = G_MAXUINT32;
  *last = 0;
  g_hash_table_iter_init (&iter, self->places);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      *first = MIN (*first, ((WpRoadmapPlace *) value)->start);
      *last = MAX (*last, ((WpRoadmapPlace *) value)->end);
    }

  return *first <= *last;
}

static void
wp_roadmap_layout_finalize (GObject *object)
{
  WpRoadmapLayout *self = WP_ROADMAP_LAYOUT (object);

  g_array_unref (self->rows);
  g_hash_table_unref (self->places);

  G_OBJECT_CLASS (wp_roadmap_layout_parent_class)->finalize (object);
}

static void
wp_roadmap_layout_class_init (WpRoadmapLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_roadmap_layout_finalize;
}

static void
wp_roadmap_layout_init (WpRoadmapLayout *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (WpRoadmapRow));
  self->places = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}
