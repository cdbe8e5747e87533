/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpBacklogView is the Backlog page: one ranked list of the items not yet
 * done, with each release's cut line in rank order among them. Items are
 * reordered by drag and drop (an insertion marker shows where a drop lands,
 * the list scrolls near its edges) or with Alt+arrow keys; either changes the
 * moved items' ranks only, as one undo step. Several selected items move
 * together and keep their order.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-backlog-row.h"
#include "wp-backlog-model.h"
#include "wp-page.h"
#include "wp-backlog-view.h"
#include "wp-choices.h"
#include "wp-demand.h"
#include "wp-item-details.h"
#include "wp-item-format.h"
#include "wp-list-drop.h"
#include "wp-rank.h"
#include "wp-sprint-plan.h"
#include "wp-toast.h"

#define PAGE_ROWS 10
#define COMPACT_WIDTH 860

struct _WpBacklogView
{
  AdwBin              parent_instance;

  GtkEntry           *add_entry;
  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
  AdwFlap            *flap;
  WpItemDetails      *details;
  GtkStack           *side_stack;
  AdwStatusPage      *several_page;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *kind_filter;
  GtkDropDown        *moscow_filter;
  GtkDropDown        *label_filter;
  GtkDropDown        *epic_filter;
  GtkDropDown        *release_filter;
  GtkToggleButton    *done_button;
  GtkRevealer        *proposal_revealer;
  GtkPopoverMenu     *context_menu;
  GtkLabel           *proposal_label;

  WpDocument         *document;
  GtkFilterListModel *open_items;
  GtkFilter          *open_filter;
  GtkFilter          *match_filter;
  char               *search_text;   /* casefolded */
  WpBacklogModel     *sorted;        /* open items and release lines, by rank */
  GtkMultiSelection  *selection;
  GtkSortListModel   *proposal;      /* the proposed order while it is previewed */
  char               *proposal_kind;
  WpDemand           *demand;
  GPtrArray          *release_rows;  /* bound rows that show a release line */
  GPtrArray          *rows;          /* every row the list made */
  guint               refresh_source;
  guint               compact_source;
  gboolean            compact;
  gboolean            placing;       /* moving items: their selection is briefly lost */
  WpEntity           *focus_entity;  /* a dropped entry whose row takes the focus when shown */
  GdkFrameClock      *focus_clock;

  WpListDrop         *drop;
};

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpBacklogView, wp_backlog_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

static const char *
entity_rank (WpEntity *entity)
{
  return wp_entity_get_string (entity, WP_IS_ITEM (entity) ? WP_ITEM_RANK : WP_RELEASE_RANK);
}

static gboolean
is_open (gpointer item,
         gpointer user_data)
{
  WpBacklogView *self = user_data;
  GListModel *columns = wp_document_get_list (self->document, WP_KIND_COLUMN);
  guint n = g_list_model_get_n_items (columns);
  g_autoptr(WpEntity) last = n > 0 ? g_list_model_get_item (columns, n - 1) : NULL;

  if (gtk_toggle_button_get_active (self->done_button))
    return TRUE;

  /* Done means: in the last column of the workflow. */
  return last == NULL || g_strcmp0 (wp_entity_get_string (item, WP_ITEM_STATUS), wp_entity_get_id (last)) != 0;
}

static const char *
selected_id (GtkDropDown *filter)
{
  const char * const *ids = g_object_get_data (G_OBJECT (filter), "wp-ids");
  guint selected = gtk_drop_down_get_selected (filter);

  if (ids == NULL || selected >= g_strv_length ((GStrv) ids) || ids[selected][0] == '\0')
    return NULL;

  return ids[selected];
}

static gboolean
contains_text (const char *text,
               const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
matches_text (WpEntity   *item,
              const char *needle)
{
  if (contains_text (wp_entity_get_string (item, WP_ITEM_TITLE), needle) ||
      contains_text (wp_entity_get_string (item, WP_ITEM_DESCRIPTION), needle))
    return TRUE;

  for (const char * const *label = wp_entity_get_strv (item, WP_ITEM_LABELS); *label; label++)
    if (contains_text (*label, needle))
      return TRUE;

  return FALSE;
}

static gboolean
matches_label (WpEntity    *item,
               GtkDropDown *filter)
{
  const char *wanted = selected_id (filter);

  return wanted == NULL || g_strv_contains (wp_entity_get_strv (item, WP_ITEM_LABELS), wanted);
}

static gboolean
matches_choice (WpEntity    *item,
                guint        field,
                GtkDropDown *filter)
{
  const char *wanted = selected_id (filter);

  return wanted == NULL || g_strcmp0 (wp_entity_get_string (item, field), wanted) == 0;
}

/* What the search bar asks for: text in title, description or labels, and the chosen kind, priority, epic, release. */
static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  WpBacklogView *self = user_data;

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return TRUE;

  return (self->search_text == NULL || matches_text (item, self->search_text)) &&
         matches_choice (item, WP_ITEM_KIND, self->kind_filter) &&
         matches_choice (item, WP_ITEM_MOSCOW, self->moscow_filter) &&
         matches_label (item, self->label_filter) &&
         matches_choice (item, WP_ITEM_EPIC, self->epic_filter) &&
         matches_choice (item, WP_ITEM_RELEASE, self->release_filter);
}

static void
on_search_changed (WpBacklogView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_text, g_free);
  if (text[0] != '\0')
    self->search_text = g_utf8_casefold (text, -1);
  if (self->match_filter != NULL)
    gtk_filter_changed (self->match_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fill_filter (GtkDropDown  *filter,
             GStrvBuilder *names,
             GStrvBuilder *ids)
{
  g_auto(GStrv) name_list = g_strv_builder_end (names);
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) name_list);

  g_object_set_data_full (G_OBJECT (filter), "wp-ids", g_strv_builder_end (ids), (GDestroyNotify) g_strfreev);
  gtk_drop_down_set_model (filter, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (filter, 0);
}

static void
fill_fixed_filter (GtkDropDown        *filter,
                   const char         *any,
                   const char * const *choices,
                   const char *      (*name_of) (const char *))
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_strv_builder_add (names, any);
  g_strv_builder_add (ids, "");
  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_strv_builder_add (names, name_of (choices[i]));
      g_strv_builder_add (ids, choices[i]);
    }
  fill_filter (filter, names, ids);
}

static void
fill_entity_filter (WpBacklogView *self,
                    GtkDropDown   *filter,
                    const char    *any,
                    WpKind         kind)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *list = wp_document_get_list (self->document, kind);
  guint n = g_list_model_get_n_items (list);

  g_strv_builder_add (names, any);
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      if (kind == WP_KIND_ITEM && g_strcmp0 (wp_entity_get_string (entity, WP_ITEM_KIND), "epic") != 0)
        continue;
      g_strv_builder_add (names, wp_entity_get_display_name (entity));
      g_strv_builder_add (ids, wp_entity_get_id (entity));
    }
  fill_filter (filter, names, ids);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Every label in use, sorted. */
static void
fill_label_filter (WpBacklogView *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      /* The document holds the item, and so its labels, while the menu is filled. */
      for (const char * const *label = wp_entity_get_strv (item, WP_ITEM_LABELS); *label; label++)
        if (g_hash_table_add (seen, (gpointer) *label))
          g_ptr_array_add (labels, (gpointer) *label);
    }
  g_ptr_array_sort (labels, compare_labels);

  g_strv_builder_add (names, _("Any label"));
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < labels->len; i++)
    {
      g_strv_builder_add (names, labels->pdata[i]);
      g_strv_builder_add (ids, labels->pdata[i]);
    }
  fill_filter (self->label_filter, names, ids);
}

/* Ctrl+F: the filters offer what the document holds now. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);

  if (self->document == NULL)
    return;

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      fill_fixed_filter (self->kind_filter, _("Any kind"), wp_kinds, wp_item_kind_name);
      fill_fixed_filter (self->moscow_filter, _("Any priority"), wp_moscow, wp_item_moscow_name);
      fill_label_filter (self);
      fill_entity_filter (self, self->epic_filter, _("Any epic"), WP_KIND_ITEM);
      fill_entity_filter (self, self->release_filter, _("Any release"), WP_KIND_RELEASE);
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * wp_backlog_view_search:
 * @self: a backlog view
 * @text: what to search for
 *
 * Opens the search bar with @text, as typing it would.
 */
void
wp_backlog_view_search (WpBacklogView *self,
                        const char    *text)
{
  g_return_if_fail (WP_IS_BACKLOG_VIEW (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "backlog.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry reports changes after a delay; the filter should not wait. */
  on_search_changed (self);
}

static void
on_search_mode (WpBacklogView *self)
{
  on_search_changed (self);
}

/**
 * wp_backlog_view_get_model:
 * @self: a backlog view
 *
 * Returns: (transfer none): the list as shown: open items and release lines by rank
 */
GListModel *
wp_backlog_view_get_model (WpBacklogView *self)
{
  g_return_val_if_fail (WP_IS_BACKLOG_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* What the list shows: the backlog by rank, or a proposed order being previewed. */
static GListModel *
shown_model (WpBacklogView *self)
{
  return self->proposal ? G_LIST_MODEL (self->proposal) : G_LIST_MODEL (self->sorted);
}

static WpEntity *
entity_at (WpBacklogView *self,
           guint          position)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (shown_model (self), position);

  /* The model holds a reference as long as the entity is in it. */
  return entity;
}

static guint
n_entries (WpBacklogView *self)
{
  return self->sorted ? g_list_model_get_n_items (shown_model (self)) : 0;
}

/*
 * The backlog by rank holds release lines among the items in one key order,
 * so a binary search finds an entry; the walk is for a proposed order and for
 * ranks that a hand-edited file got wrong.
 */
static guint
position_of (WpBacklogView *self,
             WpEntity      *entity)
{
  const char *rank = entity_rank (entity);
  guint n = n_entries (self), low = 0, high = n;

  while (self->proposal == NULL && rank != NULL && low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_strcmp0 (entity_rank (entity_at (self, middle)), rank) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  for (guint i = low; self->proposal == NULL && i < n && g_strcmp0 (entity_rank (entity_at (self, i)), rank) == 0; i++)
    if (entity_at (self, i) == entity)
      return i;

  for (guint i = 0; i < n; i++)
    if (entity_at (self, i) == entity)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* The entry at @position of the backlog by rank, which the selection refers to. */
static WpEntity *
sorted_at (WpBacklogView *self,
           guint          position)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  return entity;
}

static GtkBitset *
get_selection_set (WpBacklogView *self)
{
  return gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
}

/**
 * wp_backlog_view_get_selected:
 * @self: a backlog view
 *
 * Returns: (transfer none) (nullable): the selected item or release line,
 *   or %NULL unless exactly one is selected
 */
WpEntity *
wp_backlog_view_get_selected (WpBacklogView *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (WP_IS_BACKLOG_VIEW (self), NULL);

  if (self->selection == NULL)
    return NULL;

  selected = get_selection_set (self);
  if (gtk_bitset_get_size (selected) != 1)
    return NULL;

  return sorted_at (self, gtk_bitset_get_minimum (selected));
}

/**
 * wp_backlog_view_get_selection:
 * @self: a backlog view
 *
 * Returns: (transfer full) (element-type WpEntity): the selected items and
 *   release lines, in the order of the list
 */
GPtrArray *
wp_backlog_view_get_selection (WpBacklogView *self)
{
  g_return_val_if_fail (WP_IS_BACKLOG_VIEW (self), NULL);

  return wp_selection_dup_selected (self->selection ? GTK_SELECTION_MODEL (self->selection) : NULL);
}

/* What a move takes along: the selected items, or a release line selected on its own. */
static GPtrArray *
movable_selection (WpBacklogView *self)
{
  GPtrArray *moving = wp_backlog_view_get_selection (self);

  if (moving->len == 1)
    return moving;

  for (guint i = moving->len; i > 0; i--)
    if (!WP_IS_ITEM (g_ptr_array_index (moving, i - 1)))
      g_ptr_array_remove_index (moving, i - 1);

  return moving;
}

static void
scroll_to (WpBacklogView *self,
           guint          position)
{
  /* Scrolls to the row and gives it the keyboard focus. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/**
 * wp_backlog_view_select:
 * @self: a backlog view
 * @entity: an item or release line in the list
 *
 * Selects @entity alone and scrolls to it.
 */
void
wp_backlog_view_select (WpBacklogView *self,
                        WpEntity      *entity)
{
  guint position;

  g_return_if_fail (WP_IS_BACKLOG_VIEW (self));

  position = self->proposal == NULL ? position_of (self, entity) : GTK_INVALID_LIST_POSITION;
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  scroll_to (self, position);
}

static void on_selection_changed (WpBacklogView *self);

/* Where @entities are, in the list by rank: a block after a move, otherwise anywhere. */
static GtkBitset *
positions_of (WpBacklogView *self,
              GPtrArray     *entities)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  guint n = n_entries (self), first = position_of (self, g_ptr_array_index (entities, 0));
  GtkBitset *positions = gtk_bitset_new_empty ();
  gboolean block = first != GTK_INVALID_LIST_POSITION && first + entities->len <= n;

  for (guint i = 0; block && i < entities->len; i++)
    block = sorted_at (self, first + i) == g_ptr_array_index (entities, i);
  if (block)
    {
      gtk_bitset_add_range (positions, first, entities->len);
      return positions;
    }

  for (guint i = 0; i < entities->len; i++)
    g_hash_table_add (wanted, g_ptr_array_index (entities, i));
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (wanted, sorted_at (self, i)))
      gtk_bitset_add (positions, i);

  return positions;
}

static WpBacklogRow *
row_showing (WpBacklogView *self,
             WpEntity      *entity)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (wp_backlog_row_get_entity (g_ptr_array_index (self->rows, i)) == entity)
      return g_ptr_array_index (self->rows, i);

  return NULL;
}

static void
stop_focus_later (WpBacklogView *self)
{
  if (self->focus_clock != NULL)
    g_signal_handlers_disconnect_by_data (self->focus_clock, self);
  g_clear_object (&self->focus_clock);
  g_clear_object (&self->focus_entity);
}

/* Once a frame shows the moved rows, the first takes the focus; scrolled away, the list follows it. */
static void
focus_moved (WpBacklogView *self)
{
  g_autoptr(WpEntity) entity = g_steal_pointer (&self->focus_entity);
  WpBacklogRow *row = row_showing (self, entity);
  guint position;

  stop_focus_later (self);
  if (row != NULL)
    {
      gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
      return;
    }
  position = position_of (self, entity);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
}

static void
focus_later (WpBacklogView *self,
             WpEntity      *entity)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->list_view));

  stop_focus_later (self);
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
  g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, n_entries (self));

  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  if (gtk_bitset_is_empty (selected))
    return;

  if (scroll)
    {
      scroll_to (self, gtk_bitset_get_minimum (selected));
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
    if (entity_at (self, from + i) != g_ptr_array_index (moving, i))
      return FALSE;

  return TRUE;
}

/*
 * Puts @moving (several items, or one item or release line) into the slot
 * before @position of the list as shown (n_entries for the end), in its
 * order. Their new ranks lie between the nearest entries around the slot
 * that do not move, so a filtered list still places them exactly.
 */
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

static gboolean
place_at (WpBacklogView *self,
          GPtrArray     *moving,
          guint          position,
          gboolean       scroll)
{
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  guint n = n_entries (self), above = position, below = position, top;
  WpEntity *first;
  const char *after, *before;
  double value, row_height = 0;

  /* A proposed order is looked at, not edited: apply or discard it first. */
  if (self->proposal != NULL || moving->len == 0)
    return FALSE;

  for (guint i = 0; i < moving->len; i++)
    g_hash_table_add (set, g_ptr_array_index (moving, i));
  while (above > 0 && g_hash_table_contains (set, entity_at (self, above - 1)))
    above--;
  while (below < n && g_hash_table_contains (set, entity_at (self, below)))
    below++;
  if (in_place (self, moving, above, below))
    return FALSE;

  after = above > 0 ? entity_rank (entity_at (self, above - 1)) : NULL;
  before = below < n ? entity_rank (entity_at (self, below)) : NULL;
  first = g_ptr_array_index (moving, 0);
  top = first_in_view (self, &row_height);
  value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
  /* A moved row leaves the list and comes back: the details pane should not close and open again. */
  self->placing = TRUE;
  if (WP_IS_ITEM (first))
    wp_document_place_items (self->document, moving, after, before);
  else
    wp_document_move_release_line (self->document, WP_RELEASE (first), after, before);
  if (!scroll && position <= top)
    keep_slot_in_view (self, value, row_height, moving->len);
  select_entities (self, moving, scroll);
  self->placing = FALSE;
  on_selection_changed (self);

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

  if (!place_at (self, entities, position, FALSE))
    return FALSE;

  first = g_ptr_array_index (entities, 0);
  if (entities->len > 1)
    /* Translators: a toast after several backlog items were dragged */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Moved %u item", "Moved %u items", entities->len),
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

/* Keyboard moves */

/* Several selected items gather next to each other where the first (moving up) or last (down) lands. */
static void
move_selected (WpBacklogView *self,
               int            rows)
{
  g_autoptr(GPtrArray) moving = movable_selection (self);
  guint n = n_entries (self);
  gint64 slot;

  if (moving->len == 0 || self->proposal != NULL)
    return;

  /* Moving down by one means landing after the next entry: the slot two further on. */
  if (rows < 0)
    slot = (gint64) position_of (self, g_ptr_array_index (moving, 0)) + rows;
  else
    slot = (gint64) position_of (self, g_ptr_array_index (moving, moving->len - 1)) + rows + 1;
  place_at (self, moving, (guint) CLAMP (slot, 0, (gint64) n), TRUE);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);

  if (g_str_equal (action_name, "backlog.move-up"))
    move_selected (self, -1);
  else if (g_str_equal (action_name, "backlog.move-down"))
    move_selected (self, 1);
  else if (g_str_equal (action_name, "backlog.move-page-up"))
    move_selected (self, -PAGE_ROWS);
  else if (g_str_equal (action_name, "backlog.move-page-down"))
    move_selected (self, PAGE_ROWS);
  else if (g_str_equal (action_name, "backlog.move-top"))
    move_selected (self, -G_MAXINT / 2);
  else if (g_str_equal (action_name, "backlog.move-bottom"))
    move_selected (self, G_MAXINT / 2);
}

/* "Move to…" */

static WpEntity *
lookup_param (WpBacklogView *self,
              WpKind         kind,
              GVariant      *param)
{
  return self->document ? wp_document_lookup (self->document, kind, g_variant_get_string (param, NULL)) : NULL;
}

/* Just above a release line: the last place that still belongs to the release. */
static void
move_above_release_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  WpEntity *release = lookup_param (self, WP_KIND_RELEASE, param);
  g_autoptr(GPtrArray) moving = movable_selection (self);
  guint line;

  if (release == NULL || moving->len == 0 || !WP_IS_ITEM (g_ptr_array_index (moving, 0)))
    return;

  line = position_of (self, release);
  if (line != GTK_INVALID_LIST_POSITION)
    place_at (self, moving, line, TRUE);
}

static void
move_to_sprint_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  WpEntity *sprint = lookup_param (self, WP_KIND_SPRINT, param);
  g_autoptr(GPtrArray) moving = movable_selection (self);
  g_autofree char *label = NULL;

  if (sprint == NULL || moving->len == 0 || !WP_IS_ITEM (g_ptr_array_index (moving, 0)))
    return;

  label = wp_sprint_plan_items (self->document, sprint, moving);
  wp_show_toast (GTK_WIDGET (self), label, TRUE);
}

static void
append_entities (GMenu      *menu,
                 GListModel *list,
                 const char *action,
                 const char *skip_state)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);
      g_autoptr(GMenuItem) entry = NULL;

      if (skip_state != NULL && g_strcmp0 (wp_entity_get_string (entity, WP_SPRINT_STATE), skip_state) == 0)
        continue;
      entry = g_menu_item_new (wp_entity_get_display_name (entity), NULL);
      g_menu_item_set_action_and_target (entry, action, "s", wp_entity_get_id (entity));
      g_menu_append_item (menu, entry);
    }
}

static GMenuModel *
build_context_menu (WpBacklogView *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) ends = g_menu_new ();
  g_autoptr(GMenu) releases = g_menu_new ();
  g_autoptr(GMenu) sprints = g_menu_new ();

  if (wp_backlog_view_get_selected (self) != NULL)
    {
      g_menu_append (edit, _("Re_name"), "backlog.rename");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
    }
  g_menu_append (ends, _("Move to _Top"), "backlog.move-top");
  g_menu_append (ends, _("Move to _Bottom"), "backlog.move-bottom");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (ends));

  append_entities (releases, wp_document_get_list (self->document, WP_KIND_RELEASE), "backlog.move-above-release", NULL);
  if (g_menu_model_get_n_items (G_MENU_MODEL (releases)) > 0)
    g_menu_append_submenu (menu, _("Move Above _Release Line"), G_MENU_MODEL (releases));

  /* Closed sprints are history: nothing is added to them. */
  append_entities (sprints, wp_document_get_list (self->document, WP_KIND_SPRINT), "backlog.move-to-sprint", "closed");
  if (g_menu_model_get_n_items (G_MENU_MODEL (sprints)) > 0)
    g_menu_append_submenu (menu, _("Add to _Sprint"), G_MENU_MODEL (sprints));

  return G_MENU_MODEL (menu);
}

static void
popup_context_menu (WpBacklogView *self,
                    double         x,
                    double         y)
{
  g_autoptr(GMenuModel) model = NULL;
  g_autoptr(GPtrArray) moving = movable_selection (self);
  GdkRectangle at = { (int) x, (int) y, 1, 1 };

  if (moving->len == 0 || !WP_IS_ITEM (g_ptr_array_index (moving, 0)) || self->proposal != NULL)
    return;

  model = build_context_menu (self);
  gtk_popover_menu_set_menu_model (self->context_menu, model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    WpBacklogView   *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  guint position;
  double view_x, view_y;

  while (picked != NULL && !WP_IS_BACKLOG_ROW (picked))
    picked = gtk_widget_get_parent (picked);
  if (picked == NULL || self->proposal != NULL)
    return;

  /* A click inside the selection keeps it, so the menu acts on all of it. */
  position = wp_list_drop_row_position (picked);
  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    wp_backlog_view_select (self, wp_backlog_row_get_entity (WP_BACKLOG_ROW (picked)));
  gtk_widget_translate_coordinates (GTK_WIDGET (self->list_view), GTK_WIDGET (self), x, y, &view_x, &view_y);
  popup_context_menu (self, view_x, view_y);
}

/* Shift+F10 and the Menu key open it at the selected row. */
static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  double x = 48, y = 48;

  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    gtk_widget_translate_coordinates (focus, widget, 48, gtk_widget_get_height (focus) / 2.0, &x, &y);
  popup_context_menu (self, x, y);
}

/*
 * The view lays out its child itself, so that it can place the context menu:
 * a popover appears only where its parent presents it.
 */
static void
wp_backlog_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
wp_backlog_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);

  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

/* Renaming in place */

/* F2, Enter or a double click: the selected item's title becomes an entry in its row. */
static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  WpEntity *selected = wp_backlog_view_get_selected (self);
  WpBacklogRow *row = WP_IS_ITEM (selected) && self->proposal == NULL ? row_showing (self, selected) : NULL;

  if (row != NULL)
    wp_backlog_row_edit_title (row);
}

static void
on_row_activated (WpBacklogView *self,
                  guint          position)
{
  if (self->proposal != NULL)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self), "backlog.rename", NULL);
}

/* Quick add */

static void
on_add_entry_activate (WpBacklogView *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->add_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (title));
  g_autoptr(WpEntity) item = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *label = NULL;
  WpEntity *first;

  if (self->document == NULL || stripped[0] == '\0')
    return;

  item = wp_entity_new (WP_TYPE_ITEM, NULL);
  first = n_entries (self) > 0 ? entity_at (self, 0) : NULL;
  /* Translators: %s is the title of a new backlog item */
  label = g_strdup_printf (_("Add “%s”"), stripped);

  wp_document_begin (self->document, label);
  wp_document_add (self->document, item);
  wp_document_set_string (self->document, item, WP_ITEM_TITLE, stripped);
  wp_document_set_string (self->document, item, WP_ITEM_CREATED, stamp);
  wp_document_set_string (self->document, item, WP_ITEM_UPDATED, stamp);
  wp_document_place_item (self->document, WP_ITEM (item), NULL, first ? entity_rank (first) : NULL);
  wp_document_end (self->document);

  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  wp_backlog_view_select (self, item);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
}

static void
on_done_toggled (WpBacklogView *self)
{
  if (self->open_filter != NULL)
    gtk_filter_changed (self->open_filter, gtk_toggle_button_get_active (self->done_button)
                                           ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* Proposed orders */

static double
value_for_effort (WpEntity *item)
{
  double value = wp_entity_get_number (item, WP_ITEM_VALUE);
  double effort = wp_entity_get_number (item, WP_ITEM_EFFORT);

  /* Items without both numbers cannot be scored: they go last. */
  if (value < 0 || effort < 0)
    return -1;

  return value / MAX (effort, 0.1);
}

static double
score (WpBacklogView *self,
       WpEntity      *item)
{
  if (g_strcmp0 (self->proposal_kind, "demand") == 0)
    return wp_demand_customers (self->demand, wp_entity_get_id (item));

  return value_for_effort (item);
}

static int
compare_proposal (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  WpBacklogView *self = user_data;
  double x = score (self, (WpEntity *) a), y = score (self, (WpEntity *) b);

  /* Highest score first; equal scores keep the backlog's order. */
  if (x != y)
    return x > y ? -1 : 1;

  return strcmp (entity_rank ((WpEntity *) a), entity_rank ((WpEntity *) b));
}

static void
end_proposal (WpBacklogView *self)
{
  if (self->proposal == NULL)
    return;

  g_clear_object (&self->proposal);
  g_clear_pointer (&self->proposal_kind, g_free);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_revealer_set_reveal_child (self->proposal_revealer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), TRUE);
}

/* Shows the open items in a proposed order; nothing changes until it is applied. */
static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  const char *kind = g_variant_get_string (param, NULL);
  g_autoptr(GtkNoSelection) shown = NULL;

  if (self->document == NULL)
    return;

  end_proposal (self);
  self->proposal_kind = g_strdup (kind);
  self->proposal = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->open_items)),
                                            GTK_SORTER (gtk_custom_sorter_new (compare_proposal, self, NULL)));
  shown = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->proposal)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (shown));

  gtk_label_set_text (self->proposal_label,
                      g_str_equal (kind, "demand")
                      ? _("Proposed order: most customers first. Nothing changes until you apply it.")
                      : _("Proposed order: highest value for the effort first; items without value or effort last. "
                          "Nothing changes until you apply it."));
  gtk_revealer_set_reveal_child (self->proposal_revealer, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), FALSE);
}

static void
apply_proposal_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  g_autoptr(GPtrArray) order = NULL;
  const char *label;
  guint n;

  if (self->proposal == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->proposal));
  order = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (self->proposal), i));
  label = g_str_equal (self->proposal_kind, "demand") ? _("Order by Customer Demand") : _("Order by Value for Effort");

  end_proposal (self);
  wp_document_apply_order (self->document, order, label);
  wp_show_toast (GTK_WIDGET (self), label, TRUE);
}

static void
discard_proposal_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  end_proposal (WP_BACKLOG_VIEW (widget));
}

/**
 * wp_backlog_view_get_proposal:
 * @self: a backlog view
 *
 * Returns: (transfer none) (nullable): the proposed order being previewed
 */
GListModel *
wp_backlog_view_get_proposal (WpBacklogView *self)
{
  g_return_val_if_fail (WP_IS_BACKLOG_VIEW (self), NULL);

  return self->proposal ? G_LIST_MODEL (self->proposal) : NULL;
}

/**
 * wp_backlog_view_reveal:
 * @self: a backlog view
 * @item: an item of the document
 *
 * Selects @item and shows its details, showing done items or leaving a
 * search first if that is what hides it.
 */
void
wp_backlog_view_reveal (WpBacklogView *self,
                        WpEntity      *item)
{
  g_return_if_fail (WP_IS_BACKLOG_VIEW (self));
  g_return_if_fail (WP_IS_ITEM (item));

  end_proposal (self);
  if (position_of (self, item) == GTK_INVALID_LIST_POSITION)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (position_of (self, item) == GTK_INVALID_LIST_POSITION)
    gtk_toggle_button_set_active (self->done_button, TRUE);
  wp_backlog_view_select (self, item);
}

/* What the rows show besides the entity itself */

/* Items come before their position counts: release lines above it do not count. */
static guint
item_number (WpBacklogView *self,
             guint          position)
{
  GListModel *releases = wp_document_get_list (self->document, WP_KIND_RELEASE);
  const char *rank = entity_rank (entity_at (self, position));
  guint n = g_list_model_get_n_items (releases), above = 0;

  if (self->proposal != NULL)
    return position + 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      const char *line = entity_rank (release);

      if (wp_rank_is_valid (line) && g_strcmp0 (line, rank) < 0)
        above++;
    }

  return position - above + 1;
}

/*
 * The points of the open items between this release line and the one above
 * it, counted in the document so that a search does not change the sum.
 */
static double
points_above (WpBacklogView *self,
              WpEntity      *line)
{
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  const char *rank = entity_rank (line);
  guint n = g_list_model_get_n_items (items);
  double points = 0;

  if (!wp_rank_is_valid (rank))
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      /* Items are in rank order: past the line, the sum is complete. */
      if (strcmp (wp_entity_get_string (item, WP_ITEM_RANK), rank) > 0)
        break;
      if (is_open (item, self) && wp_document_release_at (self->document, wp_entity_get_string (item, WP_ITEM_RANK)) == WP_RELEASE (line))
        points += MAX (wp_entity_get_number (item, WP_ITEM_ESTIMATE), 0);
    }

  return points;
}

static gboolean
refresh_release_rows (gpointer user_data)
{
  WpBacklogView *self = user_data;

  self->refresh_source = 0;
  for (guint i = 0; i < self->release_rows->len; i++)
    {
      WpBacklogRow *row = g_ptr_array_index (self->release_rows, i);

      wp_backlog_row_set_points (row, points_above (self, wp_backlog_row_get_entity (row)));
    }

  return G_SOURCE_REMOVE;
}

static void
on_sorted_items_changed (WpBacklogView *self,
                         guint          position,
                         guint          removed,
                         guint          added)
{
  gtk_stack_set_visible_child_name (self->stack, n_entries (self) > 0 ? "list" : "empty");
  /* Sums change with every move; recount once the list settles. */
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_release_rows, self);
}

/* Rows */

static void
on_list_item_position (GtkListItem   *list_item,
                       GParamSpec    *pspec,
                       WpBacklogView *self)
{
  WpBacklogRow *row = WP_BACKLOG_ROW (gtk_list_item_get_child (list_item));
  guint position = gtk_list_item_get_position (list_item);

  if (position == GTK_INVALID_LIST_POSITION || position >= n_entries (self))
    return;
  if (WP_IS_ITEM (wp_backlog_row_get_entity (row)))
    wp_backlog_row_set_number (row, item_number (self, position));
}

/* A row of the selection takes the selection along; any other row goes alone. */
static GObject *
draggable_object (GtkWidget *row)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (gtk_widget_get_ancestor (row, WP_TYPE_BACKLOG_VIEW));
  WpEntity *entity = wp_backlog_row_get_entity (WP_BACKLOG_ROW (row));
  g_autoptr(GPtrArray) moving = NULL;
  GListStore *group;

  if (entity == NULL || wp_backlog_row_get_editing (WP_BACKLOG_ROW (row)))
    return NULL;

  moving = movable_selection (self);
  if (moving->len < 2 || !g_ptr_array_find (moving, entity, NULL))
    return g_object_ref (G_OBJECT (entity));

  group = g_list_store_new (WP_TYPE_ENTITY);
  g_list_store_splice (group, 0, 0, moving->pdata, moving->len);

  return G_OBJECT (group);
}

static void
on_row_finalized (gpointer  user_data,
                  GObject  *row)
{
  WpBacklogView *self = user_data;

  g_ptr_array_remove_fast (self->rows, row);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           WpBacklogView            *self)
{
  WpBacklogRow *row = wp_backlog_row_new ();

  wp_list_drop_add_drag_source (GTK_WIDGET (row), draggable_object);
  wp_list_drop_attach_row (GTK_WIDGET (row), list_item);
  wp_backlog_row_set_compact (row, self->compact);
  /* Rows go with their list items, which the list view disposes of as it likes. */
  g_ptr_array_add (self->rows, row);
  g_object_weak_ref (G_OBJECT (row), on_row_finalized, self);
  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
  g_signal_connect_object (list_item, "notify::position", G_CALLBACK (on_list_item_position), self, 0);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          WpBacklogView            *self)
{
  WpBacklogRow *row = WP_BACKLOG_ROW (gtk_list_item_get_child (list_item));
  WpEntity *entity = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);

  if (WP_IS_ITEM (entity))
    {
      wp_backlog_row_bind (row, self->document, entity, item_number (self, position),
                           wp_demand_customers (self->demand, wp_entity_get_id (entity)));
      return;
    }

  wp_backlog_row_bind (row, self->document, entity, 0, 0);
  wp_backlog_row_set_points (row, points_above (self, entity));
  g_ptr_array_add (self->release_rows, row);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            WpBacklogView            *self)
{
  WpBacklogRow *row = WP_BACKLOG_ROW (gtk_list_item_get_child (list_item));

  g_ptr_array_remove_fast (self->release_rows, row);
  wp_backlog_row_unbind (row);
}

/* Dropping */

static gboolean
on_list_drop (WpListDrop    *drop,
              GObject       *object,
              guint          slot,
              WpBacklogView *self)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);

  if (G_IS_LIST_MODEL (object))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (object)); i++)
      g_ptr_array_add (entities, g_list_model_get_item (G_LIST_MODEL (object), i));
  else if (WP_IS_ENTITY (object))
    g_ptr_array_add (entities, g_object_ref (object));

  return entities->len > 0 && wp_backlog_view_drop_entities (self, entities, slot);
}

/* Width */

static gboolean
apply_compact (gpointer user_data)
{
  WpBacklogView *self = user_data;

  self->compact_source = 0;
  for (guint i = 0; i < self->rows->len; i++)
    wp_backlog_row_set_compact (g_ptr_array_index (self->rows, i), self->compact);

  return G_SOURCE_REMOVE;
}

/* A narrow window drops the secondary facts; the viewport's width is the page size of its adjustment. */
static void
on_width_changed (WpBacklogView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  gboolean compact = gtk_adjustment_get_page_size (adjustment) < COMPACT_WIDTH;

  if (compact == self->compact)
    return;

  self->compact = compact;
  /* Rows change after this allocation, not during it. */
  if (self->compact_source == 0)
    self->compact_source = g_idle_add (apply_compact, self);
}

/* The document */

/* With several items selected, the side pane says how many and how big they are, and what can be done with them. */
static gboolean
show_several (WpBacklogView *self)
{
  g_autoptr(GPtrArray) moving = movable_selection (self);
  g_autofree char *title = NULL;
  g_autofree char *points_text = NULL;
  g_autofree char *description = NULL;
  double points = 0;

  if (moving->len < 2)
    return FALSE;

  for (guint i = 0; i < moving->len; i++)
    points += MAX (wp_entity_get_number (g_ptr_array_index (moving, i), WP_ITEM_ESTIMATE), 0);
  points_text = wp_format_number (points);
  /* Translators: the side pane when several backlog items are selected */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Item Selected", "%u Items Selected", moving->len),
                           moving->len);
  /* Translators: %s is a number of story points */
  description = g_strdup_printf (_("%s points. Drag them, move them with Alt and the arrow keys, "
                                   "or open the context menu to move them or add them to a sprint."),
                                 points_text[0] ? points_text : "0");
  adw_status_page_set_title (self->several_page, title);
  adw_status_page_set_description (self->several_page, description);
  gtk_stack_set_visible_child (self->side_stack, GTK_WIDGET (self->several_page));

  return TRUE;
}

/*
 * The details of the selected item show beside the list (over it, in a
 * narrow window); several selected items show what they add up to.
 */
static void
on_selection_changed (WpBacklogView *self)
{
  WpEntity *selected, *item;
  gboolean several;

  if (self->placing)
    return;

  selected = wp_backlog_view_get_selected (self);
  item = WP_IS_ITEM (selected) ? selected : NULL;
  wp_item_details_set_item (self->details, self->document, item);
  several = item == NULL && show_several (self);
  if (item != NULL)
    gtk_stack_set_visible_child (self->side_stack, GTK_WIDGET (self->details));
  adw_flap_set_reveal_flap (self->flap, item != NULL || several);
}

/* An item that reaches the last column leaves the backlog; one that leaves it comes back. */
static void
on_document_changed (WpBacklogView *self,
                     WpEntity      *entity,
                     guint          field)
{
  if (WP_IS_ITEM (entity) && field == WP_ITEM_STATUS)
    gtk_filter_changed (self->open_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
clear_models (WpBacklogView *self)
{
  end_proposal (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->details != NULL)
    wp_item_details_set_item (self->details, NULL, NULL);
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->open_items);
  g_clear_object (&self->open_filter);
  g_clear_object (&self->match_filter);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  stop_focus_later (self);
  g_clear_object (&self->demand);
}

/**
 * wp_backlog_view_set_document:
 * @self: a backlog view
 * @document: (nullable): the document to show
 */
void
wp_backlog_view_set_document (WpBacklogView *self,
                              WpDocument    *document)
{
  GtkEveryFilter *every;

  g_return_if_fail (WP_IS_BACKLOG_VIEW (self));

  clear_models (self);
  g_set_object (&self->document, document);
  if (document == NULL)
    return;

  self->demand = g_object_ref (wp_document_get_demand (document));

  self->open_filter = GTK_FILTER (gtk_custom_filter_new (is_open, self, NULL));
  self->match_filter = GTK_FILTER (gtk_custom_filter_new (matches_search, self, NULL));
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (self->open_filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (self->match_filter));
  self->open_items = gtk_filter_list_model_new (g_object_ref (wp_document_get_list (document, WP_KIND_ITEM)),
                                                GTK_FILTER (every));
  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  self->sorted = wp_backlog_model_new (document, G_LIST_MODEL (self->open_items));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));

  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (on_sorted_items_changed), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  /* A selected item that leaves the list (done, filtered out) leaves the details too. */
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  on_sorted_items_changed (self, 0, 0, 0);
}

static void
wp_backlog_view_dispose (GObject *object)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (object);

  clear_models (self);
  g_clear_object (&self->drop);
  g_clear_pointer ((GtkWidget **) &self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->release_rows, g_ptr_array_unref);
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->rows, i), on_row_finalized, self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_handle_id (&self->compact_source, g_source_remove);

  G_OBJECT_CLASS (wp_backlog_view_parent_class)->dispose (object);
}

static gboolean
reveal (WpPage   *page,
        WpEntity *entity)
{
  if (!WP_IS_ITEM (entity))
    return FALSE;

  wp_page_present (page);
  wp_backlog_view_reveal (WP_BACKLOG_VIEW (page), entity);

  return TRUE;
}

static void
page_iface_init (WpPageInterface *iface)
{
  iface->name = "backlog";
  iface->title = N_("Backlog");
  iface->icon_name = "view-list-ordered-symbolic";
  iface->set_document = (gpointer) wp_backlog_view_set_document;
  iface->reveal = reveal;
}

static void
wp_backlog_view_class_init (WpBacklogViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_backlog_view_dispose;
  widget_class->measure = wp_backlog_view_measure;
  widget_class->size_allocate = wp_backlog_view_size_allocate;

  g_type_ensure (WP_TYPE_ITEM_DETAILS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/pages/backlog/wp-backlog-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, add_entry);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, scroller);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, list_view);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, flap);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, details);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, side_stack);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, several_page);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, moscow_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, label_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, epic_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, release_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, done_button);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, proposal_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, proposal_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_done_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_add_entry_activate);

  gtk_widget_class_install_action (widget_class, "backlog.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-page-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-page-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-top", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-bottom", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.search", NULL, search_action);
  /* Ctrl+F, through the window. */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "backlog.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "backlog.propose", "s", propose_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-above-release", "s", move_above_release_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-to-sprint", "s", move_to_sprint_action);
  gtk_widget_class_install_action (widget_class, "backlog.context-menu", NULL, context_menu_action);
  gtk_widget_class_install_action (widget_class, "backlog.apply-proposal", NULL, apply_proposal_action);
  gtk_widget_class_install_action (widget_class, "backlog.discard-proposal", NULL, discard_proposal_action);

  /* Active while the focus is in the backlog: application accelerators only reach win.* and app.*. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "backlog.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "backlog.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "backlog.move-page-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "backlog.move-page-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "backlog.move-top", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_ALT_MASK, "backlog.move-bottom", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "backlog.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "backlog.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "backlog.context-menu", NULL);
}

static void
wp_backlog_view_init (WpBacklogView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* AdwBin's layout manager would not present the context menu; the vfuncs above do. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->release_rows = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_row_activated), self);

  g_signal_connect_swapped (gtk_scrolled_window_get_hadjustment (self->scroller), "notify::page-size",
                            G_CALLBACK (on_width_changed), self);

  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode), self);

  self->context_menu = GTK_POPOVER_MENU (gtk_popover_menu_new_from_model (NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->context_menu), GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->context_menu), GTK_ALIGN_START);
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
  }
  self->drop = wp_list_drop_new (self->list_view, self->scroller, WP_TYPE_BACKLOG_ROW, WP_TYPE_ENTITY);
  g_signal_connect (self->drop, "drop", G_CALLBACK (on_list_drop), self);
}
