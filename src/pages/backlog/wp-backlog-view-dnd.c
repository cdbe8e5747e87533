/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Moving entries in the Backlog page: a drop (or a keyboard move) puts the
 * dragged items, kept in their order, or one release line, into a slot of
 * the list as shown. Their ranks change, nothing else, as one undo step;
 * the moved rows are selected, and the first takes the focus once a frame
 * shows it. A drag of a selected row takes the whole selection along.
 * While a drag hovers, wp-backlog-view-lines.c shows what a drop would make
 * of a release line's forecast.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-backlog-view-private.h"
#include "wp-toast.h"

/* Where @entities are, in the list by rank: a block after a move, otherwise anywhere. */
static GtkBitset *
positions_of (WpBacklogView *self,
              GPtrArray     *entities)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  guint n = _wp_backlog_view_n_entries (self),
        first = _wp_backlog_view_position_of (self, g_ptr_array_index (entities, 0));
  GtkBitset *positions = gtk_bitset_new_empty ();
  gboolean block = first != GTK_INVALID_LIST_POSITION && first + entities->len <= n;

  for (guint i = 0; block && i < entities->len; i++)
    block = _wp_backlog_view_sorted_at (self, first + i) == g_ptr_array_index (entities, i);
  if (block)
    {
      gtk_bitset_add_range (positions, first, entities->len);
      return positions;
    }

  for (guint i = 0; i < entities->len; i++)
    g_hash_table_add (wanted, g_ptr_array_index (entities, i));
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (wanted, _wp_backlog_view_sorted_at (self, i)))
      gtk_bitset_add (positions, i);

  return positions;
}

void
_wp_backlog_view_stop_focus_later (WpBacklogView *self)
{
  if (self->focus_clock != NULL)
    g_signal_handlers_disconnect_by_data (self->focus_clock, self);
  g_clear_object (&self->focus_clock);
  g_clear_object (&self->focus_entity);
}

/*
 * Once a frame shows the moved rows, the first takes the focus; scrolled away,
 * the list follows it.
 */
static void
focus_moved (WpBacklogView *self)
{
  g_autoptr(WpEntity) entity = g_steal_pointer (&self->focus_entity);
  WpBacklogRow *row = _wp_backlog_view_row_showing (self, entity);
  guint position;

  _wp_backlog_view_stop_focus_later (self);
  if (row != NULL)
    {
      gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
      return;
    }
  position = _wp_backlog_view_position_of (self, entity);
  if (position != GTK_INVALID_LIST_POSITION)
    _wp_backlog_view_scroll_to (self, position);
}

static void
focus_later (WpBacklogView *self,
             WpEntity      *entity)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->list_view));

  _wp_backlog_view_stop_focus_later (self);
  self->focus_entity = g_object_ref (entity);
  if (clock == NULL)
    {
      focus_moved (self);
      return;
    }
  self->focus_clock = g_object_ref (clock);
  g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (focus_moved), self);
}

/*
 * Selects exactly @entities. With @scroll, the list scrolls to the first of
 * them at once, which rebuilds every row; a drop lands where the pointer is,
 * so there the focus follows after the frame that shows the drop.
 */
static void
select_entities (WpBacklogView *self,
                 GPtrArray     *entities,
                 gboolean       scroll)
{
  g_autoptr(GtkBitset) selected = positions_of (self, entities);
  g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, _wp_backlog_view_n_entries (self));

  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  if (gtk_bitset_is_empty (selected))
    return;

  if (scroll)
    {
      _wp_backlog_view_scroll_to (self, gtk_bitset_get_minimum (selected));
      return;
    }
  focus_later (self, g_ptr_array_index (entities, 0));
}

/* Whether the entries from @from up to @to are @moving, in its order. */
static gboolean
in_place (WpBacklogView *self,
          GPtrArray     *moving,
          guint          from,
          guint          to)
{
  if (to - from != moving->len)
    return FALSE;

  for (guint i = 0; i < moving->len; i++)
    if (_wp_backlog_view_entity_at (self, from + i) != g_ptr_array_index (moving, i))
      return FALSE;

  return TRUE;
}

/*
 * The position of the topmost row in view, and the height its list row
 * takes: the list keeps that row in place when entries are put above it.
 */
static guint
first_in_view (WpBacklogView *self,
               double        *height)
{
  guint top = G_MAXUINT;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *list_row = gtk_widget_get_parent (row);
      guint position = wp_list_drop_row_position (row);
      graphene_rect_t bounds;

      if (position < top && gtk_widget_get_mapped (row) &&
          gtk_widget_compute_bounds (list_row, GTK_WIDGET (self->scroller), &bounds) &&
          bounds.origin.y + bounds.size.height > 0)
        {
          top = position;
          *height = bounds.size.height;
        }
    }

  return top;
}

/*
 * Entries put right above the topmost row in view would land out of view:
 * the list scrolls up by their height, as if it kept the slot in place.
 * (Scrolling to them by position would make every row anew.)
 */
static void
keep_slot_in_view (WpBacklogView *self,
                   double         value,
                   double         height,
                   guint          n_placed)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  gtk_adjustment_set_value (adjustment, MAX (0, value - height * n_placed));
}

/**
 * _wp_backlog_view_slot_around:
 * @self: the backlog
 * @moving: the entries to put in the slot
 * @position: the slot: before the entry at @position
 * @above: (out): where the entries in the list that stay, above the slot, end
 * @below: (out): where those below it begin; from @above to @below, only @moving
 * @after: (out) (nullable): the rank of the entry at @above - 1, the slot's upper neighbour
 * @before: (out) (nullable): the rank of the entry at @below, its lower one
 *
 * The nearest entries around a slot that do not move, between whose ranks @moving goes.
 */
void
_wp_backlog_view_slot_around (WpBacklogView *self,
                              GPtrArray     *moving,
                              guint          position,
                              guint         *above,
                              guint         *below,
                              const char   **after,
                              const char   **before)
{
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  guint n = _wp_backlog_view_n_entries (self);

  for (guint i = 0; i < moving->len; i++)
    g_hash_table_add (set, g_ptr_array_index (moving, i));
  *above = *below = position;
  while (*above > 0 && g_hash_table_contains (set, _wp_backlog_view_entity_at (self, *above - 1)))
    (*above)--;
  while (*below < n && g_hash_table_contains (set, _wp_backlog_view_entity_at (self, *below)))
    (*below)++;
  *after = *above > 0
           ? _wp_backlog_view_entity_rank (_wp_backlog_view_entity_at (self, *above - 1)) : NULL;
  *before = *below < n
            ? _wp_backlog_view_entity_rank (_wp_backlog_view_entity_at (self, *below)) : NULL;
}

/*
 * Puts @moving (several items, or one item or release line) into the slot
 * before @position of the list as shown (_wp_backlog_view_n_entries for the end), in its
 * order. Their new ranks lie between the nearest entries around the slot
 * that do not move, so a filtered list still places them exactly.
 */
gboolean
_wp_backlog_view_place_at (WpBacklogView *self,
                           GPtrArray     *moving,
                           guint          position,
                           gboolean       scroll)
{
  guint above, below, top;
  WpEntity *first;
  const char *after, *before;
  double value, row_height = 0;

  /* A proposed order is looked at, not edited: apply or discard it first. */
  if (self->proposal != NULL || moving->len == 0)
    return FALSE;

  _wp_backlog_view_slot_around (self, moving, position, &above, &below, &after, &before);
  if (in_place (self, moving, above, below))
    return FALSE;

  first = g_ptr_array_index (moving, 0);
  top = first_in_view (self, &row_height);
  value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
  /*
   * A moved row leaves the list and comes back: the details pane should not
   * close and open again.
   */
  self->placing = TRUE;
  if (WP_IS_ITEM (first))
    wp_document_place_items (self->document, moving, after, before);
  else
    wp_document_move_release_line (self->document, WP_RELEASE (first), after, before);
  if (!scroll && position <= top)
    keep_slot_in_view (self, value, row_height, moving->len);
  select_entities (self, moving, scroll);
  self->placing = FALSE;
  _wp_backlog_view_selection_changed (self);

  return TRUE;
}

/**
 * wp_backlog_view_drop_entities:
 * @self: a backlog view
 * @entities: (element-type WpEntity): the dragged items in list order, or one release line
 * @position: the slot they land in: before the entry at @position
 *
 * What a drop does; also used by tests. A release line moves the cut: the
 * items it passes over change release.
 *
 * Returns: whether anything moved
 */
gboolean
wp_backlog_view_drop_entities (WpBacklogView *self,
                               GPtrArray     *entities,
                               guint          position)
{
  g_autofree char *message = NULL;
  WpEntity *first;

  g_return_val_if_fail (WP_IS_BACKLOG_VIEW (self), FALSE);
  g_return_val_if_fail (entities != NULL, FALSE);

  if (!_wp_backlog_view_place_at (self, entities, position, FALSE))
    return FALSE;

  first = g_ptr_array_index (entities, 0);
  if (entities->len > 1)
    /* Translators: a toast after several backlog items were dragged */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Moved %u item", "Moved %u items",
                                            entities->len),
                               entities->len);
  else if (WP_IS_ITEM (first))
    /* Translators: %s is the title of a backlog item */
    message = g_strdup_printf (_("Moved “%s”"), wp_entity_get_display_name (first));
  else
    /* Translators: %s is a release name */
    message = g_strdup_printf (_("Moved the “%s” line"), wp_entity_get_display_name (first));
  wp_show_toast (GTK_WIDGET (self), message, TRUE);

  return TRUE;
}

/**
 * wp_backlog_view_drop:
 * @self: a backlog view
 * @entity: the dragged item or release line
 * @position: the slot it lands in: before the entry at @position
 *
 * wp_backlog_view_drop_entities() for one entity.
 *
 * Returns: whether anything moved
 */
gboolean
wp_backlog_view_drop (WpBacklogView *self,
                      WpEntity      *entity,
                      guint          position)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();

  g_ptr_array_add (entities, entity);

  return wp_backlog_view_drop_entities (self, entities, position);
}

/* A row of the selection takes the selection along; any other row goes alone. */
GObject *
_wp_backlog_view_draggable_object (GtkWidget *row)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (gtk_widget_get_ancestor (row, WP_TYPE_BACKLOG_VIEW));
  WpEntity *entity = wp_backlog_row_get_entity (WP_BACKLOG_ROW (row));
  g_autoptr(GPtrArray) moving = NULL;
  GListStore *group;

  if (entity == NULL || wp_backlog_row_get_editing (WP_BACKLOG_ROW (row)))
    return NULL;

  moving = _wp_backlog_view_movable_selection (self);
  if (moving->len < 2 || !g_ptr_array_find (moving, entity, NULL))
    return g_object_ref (G_OBJECT (entity));

  group = g_list_store_new (WP_TYPE_ENTITY);
  g_list_store_splice (group, 0, 0, moving->pdata, moving->len);

  return G_OBJECT (group);
}

/* The dragged entities: one, or a #GListStore of several. */
static GPtrArray *
entities_of (GObject *object)
{
  GPtrArray *entities = g_ptr_array_new_with_free_func (g_object_unref);

  if (G_IS_LIST_MODEL (object))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (object)); i++)
      g_ptr_array_add (entities, g_list_model_get_item (G_LIST_MODEL (object), i));
  else if (WP_IS_ENTITY (object))
    g_ptr_array_add (entities, g_object_ref (object));

  return entities;
}

static gboolean
on_list_drop (WpListDrop    *drop,
              GObject       *object,
              guint          slot,
              WpBacklogView *self)
{
  g_autoptr(GPtrArray) entities = entities_of (object);

  return entities->len > 0 && wp_backlog_view_drop_entities (self, entities, slot);
}

static void
on_list_hover (WpListDrop    *drop,
               GObject       *object,
               guint          slot,
               WpBacklogView *self)
{
  g_autoptr(GPtrArray) entities = object != NULL ? entities_of (object) : NULL;

  wp_backlog_view_hover_entities (self, entities, slot);
}

void
_wp_backlog_view_init_dnd (WpBacklogView *self)
{
  self->drop = wp_list_drop_new (self->list_view, self->scroller, WP_TYPE_BACKLOG_ROW,
                                 WP_TYPE_ENTITY);
  g_signal_connect (self->drop, "drop", G_CALLBACK (on_list_drop), self);
  g_signal_connect (self->drop, "hover", G_CALLBACK (on_list_hover), self);
}
