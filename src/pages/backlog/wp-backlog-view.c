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

#include "wp-backlog-view-private.h"
#include "wp-format.h"
#include "wp-page.h"
#include "wp-rank.h"
#include "wp-widget-utils.h"

#define COMPACT_WIDTH 860

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpBacklogView, wp_backlog_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

const char *
_wp_backlog_view_entity_rank (WpEntity *entity)
{
  return wp_entity_get_string (entity, WP_IS_ITEM (entity) ? WP_ITEM_RANK : WP_RELEASE_RANK);
}

gboolean
_wp_backlog_view_is_open (gpointer item,
                          gpointer user_data)
{
  WpBacklogView *self = user_data;
  GListModel *columns = wp_document_get_list (self->document, WP_KIND_COLUMN);
  guint n = g_list_model_get_n_items (columns);
  g_autoptr(WpEntity) last = n > 0 ? g_list_model_get_item (columns, n - 1) : NULL;

  if (gtk_toggle_button_get_active (self->done_button))
    return TRUE;

  /* Done means: in the last column of the workflow. */
  return last == NULL ||
         g_strcmp0 (wp_entity_get_string (item, WP_ITEM_STATUS), wp_entity_get_id (last)) != 0;
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

WpEntity *
_wp_backlog_view_entity_at (WpBacklogView *self,
                            guint          position)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (shown_model (self), position);

  /* The model holds a reference as long as the entity is in it. */
  return entity;
}

guint
_wp_backlog_view_n_entries (WpBacklogView *self)
{
  return self->sorted ? g_list_model_get_n_items (shown_model (self)) : 0;
}

/*
 * The backlog by rank holds release lines among the items in one key order,
 * so a binary search finds an entry; the walk is for a proposed order and for
 * ranks that a hand-edited file got wrong.
 */
guint
_wp_backlog_view_position_of (WpBacklogView *self,
                              WpEntity      *entity)
{
  const char *rank = _wp_backlog_view_entity_rank (entity);
  guint n = _wp_backlog_view_n_entries (self), low = 0, high = n;

  while (self->proposal == NULL && rank != NULL && low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_strcmp0 (_wp_backlog_view_entity_rank (_wp_backlog_view_entity_at (self, middle)),
                     rank) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  for (guint i = low;
       self->proposal == NULL && i < n &&
       g_strcmp0 (_wp_backlog_view_entity_rank (_wp_backlog_view_entity_at (self, i)), rank) == 0;
       i++)
    if (_wp_backlog_view_entity_at (self, i) == entity)
      return i;

  for (guint i = 0; i < n; i++)
    if (_wp_backlog_view_entity_at (self, i) == entity)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* The entry at @position of the backlog by rank, which the selection refers to. */
WpEntity *
_wp_backlog_view_sorted_at (WpBacklogView *self,
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

  return _wp_backlog_view_sorted_at (self, gtk_bitset_get_minimum (selected));
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
GPtrArray *
_wp_backlog_view_movable_selection (WpBacklogView *self)
{
  GPtrArray *moving = wp_backlog_view_get_selection (self);

  if (moving->len == 1)
    return moving;

  for (guint i = moving->len; i > 0; i--)
    if (!WP_IS_ITEM (g_ptr_array_index (moving, i - 1)))
      g_ptr_array_remove_index (moving, i - 1);

  return moving;
}

void
_wp_backlog_view_scroll_to (WpBacklogView *self,
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

  position = self->proposal == NULL ? _wp_backlog_view_position_of (self, entity)
                                    : GTK_INVALID_LIST_POSITION;
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  _wp_backlog_view_scroll_to (self, position);
}

WpBacklogRow *
_wp_backlog_view_row_showing (WpBacklogView *self,
                              WpEntity      *entity)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (wp_backlog_row_get_entity (g_ptr_array_index (self->rows, i)) == entity)
      return g_ptr_array_index (self->rows, i);

  return NULL;
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

  _wp_backlog_view_end_proposal (self);
  if (_wp_backlog_view_position_of (self, item) == GTK_INVALID_LIST_POSITION)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (_wp_backlog_view_position_of (self, item) == GTK_INVALID_LIST_POSITION)
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
  const char *rank = _wp_backlog_view_entity_rank (_wp_backlog_view_entity_at (self, position));
  guint n = g_list_model_get_n_items (releases), above = 0;

  if (self->proposal != NULL)
    return position + 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      const char *line = _wp_backlog_view_entity_rank (release);

      if (wp_rank_is_valid (line) && g_strcmp0 (line, rank) < 0)
        above++;
    }

  return position - above + 1;
}

static void
on_sorted_items_changed (WpBacklogView *self,
                         guint          position,
                         guint          removed,
                         guint          added)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    _wp_backlog_view_n_entries (self) > 0 ? "list" : "empty");
  /* Sums change with every move; recount once the list settles. */
  _wp_backlog_view_refresh_lines_later (self);
}

/* Rows */

static void
on_list_item_position (GtkListItem   *list_item,
                       GParamSpec    *pspec,
                       WpBacklogView *self)
{
  WpBacklogRow *row = WP_BACKLOG_ROW (gtk_list_item_get_child (list_item));
  guint position = gtk_list_item_get_position (list_item);

  if (position == GTK_INVALID_LIST_POSITION || position >= _wp_backlog_view_n_entries (self))
    return;
  if (WP_IS_ITEM (wp_backlog_row_get_entity (row)))
    wp_backlog_row_set_number (row, item_number (self, position));
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

  wp_list_drop_add_drag_source (GTK_WIDGET (row), _wp_backlog_view_draggable_object);
  wp_list_drop_attach_row (GTK_WIDGET (row), list_item);
  wp_backlog_row_set_compact (row, self->compact);
  /* Rows go with their list items, which the list view disposes of as it likes. */
  g_ptr_array_add (self->rows, row);
  g_object_weak_ref (G_OBJECT (row), on_row_finalized, self);
  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
  g_signal_connect_object (list_item, "notify::position", G_CALLBACK (on_list_item_position), self,
                           0);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          WpBacklogView            *self)
{
  WpBacklogRow *row = WP_BACKLOG_ROW (gtk_list_item_get_child (list_item));
  WpEntity *entity = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);

  wp_backlog_row_set_score (row, self->score_column);
  if (WP_IS_ITEM (entity))
    {
      wp_backlog_row_bind (row, self->document, entity, item_number (self, position),
                           wp_demand_customers (self->demand, wp_entity_get_id (entity)));
      return;
    }

  wp_backlog_row_bind (row, self->document, entity, 0, 0);
  wp_backlog_row_set_points (row, _wp_backlog_view_points_above (self, entity));
  g_ptr_array_add (self->release_rows, row);
  /* Its forecast comes with the others', once the list settles. */
  _wp_backlog_view_refresh_lines_later (self);
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

/* Width */

/* What the numbers at the end of the rows mean, in their order; fewer in a narrow window. */
void
_wp_backlog_view_update_legend (WpBacklogView *self)
{
  g_autofree char *score = _wp_backlog_view_score_legend (self);
  g_autofree char *legend = g_strconcat (
    self->compact
    /* Translators: names the figures at the end of a narrow backlog's rows */
    ? _("♥ customers who asked · estimate in points")
    /* Translators: names the figures at the end of the backlog's rows */
    : _("MoSCoW · value/effort · ♥ customers who asked · estimate in points"),
    score, NULL);

  gtk_label_set_label (self->legend_label, legend);
}

static gboolean
apply_compact (gpointer user_data)
{
  WpBacklogView *self = user_data;

  self->compact_source = 0;
  _wp_backlog_view_update_legend (self);
  _wp_backlog_view_place_filters (self);
  for (guint i = 0; i < self->rows->len; i++)
    wp_backlog_row_set_compact (g_ptr_array_index (self->rows, i), self->compact);

  return G_SOURCE_REMOVE;
}

/*
 * A narrow window drops the secondary facts; the viewport's width is the page
 * size of its adjustment.
 */
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

/*
 * With several items selected, the side pane says how many and how big they
 * are, and what can be done with them.
 */
static gboolean
show_several (WpBacklogView *self)
{
  g_autoptr(GPtrArray) moving = _wp_backlog_view_movable_selection (self);
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
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Item Selected", "%u Items Selected",
                                        moving->len),
                           moving->len);
  description =
    /* Translators: %s is a number of story points */
    g_strdup_printf (_("%s points. Drag them, move them with Alt and the arrow keys, "
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
void
_wp_backlog_view_selection_changed (WpBacklogView *self)
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
  if (WP_IS_PRODUCT (entity) && (field == WP_PRODUCT_SCORE_COLUMN ||
                                  field == WP_PRODUCT_SCORECARD))
    _wp_backlog_view_score_column_changed (self);
}

static void
clear_models (WpBacklogView *self)
{
  _wp_backlog_view_end_proposal (self);
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
  _wp_backlog_view_stop_focus_later (self);
  _wp_backlog_view_stop_preview (self);
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
  _wp_backlog_view_score_column_changed (self);

  self->open_filter = GTK_FILTER (gtk_custom_filter_new (_wp_backlog_view_is_open, self, NULL));
  self->match_filter =
    GTK_FILTER (gtk_custom_filter_new (_wp_backlog_view_matches_search, self, NULL));
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (self->open_filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (self->match_filter));
  self->open_items =
    gtk_filter_list_model_new (g_object_ref (wp_document_get_list (document, WP_KIND_ITEM)),
                               GTK_FILTER (every));
  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  self->sorted = wp_backlog_model_new (document, G_LIST_MODEL (self->open_items));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));

  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (on_sorted_items_changed),
                            self);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (_wp_backlog_view_selection_changed), self);
  /* A selected item that leaves the list (done, filtered out) leaves the details too. */
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (_wp_backlog_view_selection_changed), self);
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
  g_clear_pointer (&self->forecasts, wp_forecast_memo_free);
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
  g_type_ensure (WP_TYPE_PROPOSAL_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/backlog/wp-backlog-view.ui");
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
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, legend_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, search_box);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, filters_button);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, filters_box);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, moscow_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, label_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, epic_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, release_filter);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, done_button);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogView, proposal_bar);

  _wp_backlog_view_class_init_search (widget_class);
  _wp_backlog_view_class_init_actions (widget_class);
  _wp_backlog_view_class_init_score (widget_class);
}

static void
wp_backlog_view_init (WpBacklogView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* AdwBin's layout manager would not present the context menu; the vfuncs above do. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->release_rows = g_ptr_array_new ();
  self->forecasts = wp_forecast_memo_new ();
  self->rows = g_ptr_array_new ();
  self->score_column = -1;
  _wp_backlog_view_update_legend (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  g_signal_connect_swapped (gtk_scrolled_window_get_hadjustment (self->scroller),
                            "notify::page-size", G_CALLBACK (on_width_changed), self);

  _wp_backlog_view_init_search (self);
  _wp_backlog_view_init_actions (self);
  _wp_backlog_view_init_dnd (self);
}
