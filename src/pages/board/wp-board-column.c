/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpBoardColumn is one column of the board: the items whose status is the
 * column, in backlog order, optionally only those of one sprint. Cards are
 * dropped into it at the marked slot; a drop sets the status and a rank
 * between the neighbouring cards, as one undo step. A column over its WIP
 * limit is marked, and the drop that made it so says it in a toast.
 */
#define G_LOG_DOMAIN "waypoint-board"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-board-card.h"
#include "wp-board-column.h"
#include "wp-format.h"
#include "wp-list-drop.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

#define LANE_CARD_HEIGHT 96

struct _WpBoardColumn
{
  AdwBin              parent_instance;

  GtkWidget          *header;
  GtkLabel           *title_label;
  GtkLabel           *summary_label;
  GtkLabel           *wip_label;
  GtkMenuButton      *menu_button;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;

  WpDocument         *document;
  WpEntity           *column;
  WpDemand           *demand;
  char               *sprint_id;
  gboolean            in_lane;
  char               *lane_epic;     /* in a swimlane: its epic, NULL for items without one */
  GtkFilter          *filter;
  GtkFilterListModel *cards;
  GtkSingleSelection *selection;
  WpListDrop         *drop;
  guint               header_source;
};

G_DEFINE_FINAL_TYPE (WpBoardColumn, wp_board_column, ADW_TYPE_BIN)

WpEntity *
wp_board_column_get_column (WpBoardColumn *self)
{
  g_return_val_if_fail (WP_IS_BOARD_COLUMN (self), NULL);

  return self->column;
}

/**
 * wp_board_column_get_model:
 * @self: a column
 *
 * Returns: (transfer none): the cards as shown
 */
GListModel *
wp_board_column_get_model (WpBoardColumn *self)
{
  g_return_val_if_fail (WP_IS_BOARD_COLUMN (self), NULL);

  return G_LIST_MODEL (self->selection);
}

static gboolean
belongs_here (gpointer item,
              gpointer user_data)
{
  WpBoardColumn *self = user_data;

  return g_strcmp0 (wp_entity_get_string (item, WP_ITEM_STATUS), wp_entity_get_id (self->column)) ==
           0 &&
         (self->sprint_id == NULL ||
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), self->sprint_id) == 0) &&
         (!self->in_lane ||
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_EPIC), self->lane_epic) == 0);
}

static void
refilter (WpBoardColumn *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * wp_board_column_set_sprint:
 * @self: a column
 * @sprint_id: (nullable): show only this sprint's items, or all for %NULL
 */
void
wp_board_column_set_sprint (WpBoardColumn *self,
                            const char    *sprint_id)
{
  g_return_if_fail (WP_IS_BOARD_COLUMN (self));

  if (g_strcmp0 (self->sprint_id, sprint_id) == 0)
    return;
  g_free (self->sprint_id);
  self->sprint_id = g_strdup (sprint_id);
  refilter (self);
}

/**
 * wp_board_column_set_lane:
 * @self: a column
 * @epic_id: (nullable): the epic of the swimlane, or %NULL for items without an epic
 *
 * Puts the column into a swimlane: it shows only the items of that epic and
 * takes the height of its cards; a card dropped into it joins the epic.
 */
void
wp_board_column_set_lane (WpBoardColumn *self,
                          const char    *epic_id)
{
  g_return_if_fail (WP_IS_BOARD_COLUMN (self));

  self->in_lane = TRUE;
  g_free (self->lane_epic);
  self->lane_epic = g_strdup (epic_id);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), FALSE);
  refilter (self);
  wp_board_column_update_header (self);
}

/**
 * wp_board_column_get_lane:
 * @self: a column
 *
 * Returns: (nullable): the epic id of its swimlane; "" when it is in none
 */
const char *
wp_board_column_get_lane (WpBoardColumn *self)
{
  g_return_val_if_fail (WP_IS_BOARD_COLUMN (self), NULL);

  return self->in_lane ? self->lane_epic : "";
}

static guint
n_cards (WpBoardColumn *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->cards));
}

static WpEntity *
card_at (WpBoardColumn *self,
         guint          position)
{
  g_autoptr(WpEntity) item = g_list_model_get_item (G_LIST_MODEL (self->cards), position);

  return item;
}

static gboolean
over_limit (WpBoardColumn *self)
{
  int limit = wp_entity_get_int (self->column, WP_COLUMN_WIP_LIMIT);

  return limit > 0 && n_cards (self) > (guint) limit;
}

/* Title, cards, points and the WIP limit; shown red when the column holds too much. */
void
wp_board_column_update_header (WpBoardColumn *self)
{
  const char *title = wp_entity_get_string (self->column, WP_COLUMN_TITLE);
  int limit = wp_entity_get_int (self->column, WP_COLUMN_WIP_LIMIT);
  guint n = n_cards (self);
  double points = 0;
  g_autofree char *points_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *wip = NULL;
  g_autofree char *menu_name = NULL;

  for (guint i = 0; i < n; i++)
    points += MAX (wp_entity_get_number (card_at (self, i), WP_ITEM_ESTIMATE), 0);
  points_text = wp_format_number (points);

  gtk_label_set_text (self->title_label, title);
  /* Translators: under a board column's title: "4 cards · 13 points" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card · %s points",
                                          "%u cards · %s points", n),
                             n, points_text);
  gtk_label_set_text (self->summary_label, summary);

  /* Translators: a column's work-in-progress limit: "WIP 3 of 3" */
  wip = limit > 0 && !self->in_lane ? g_strdup_printf (_("WIP %u of %d"), n, limit) : NULL;
  gtk_label_set_text (self->wip_label, wip ? wip : "");
  gtk_widget_set_visible (GTK_WIDGET (self->wip_label), wip != NULL);
  /* A swimlane shows a part of the column, so its limit is not judged there. */
  if (over_limit (self) && !self->in_lane)
    gtk_widget_add_css_class (GTK_WIDGET (self), "over-limit");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "over-limit");

  /* In a swimlane the list is as tall as its cards, a list view cannot tell its own height. */
  if (self->in_lane)
    gtk_scrolled_window_set_min_content_height (self->scroller, MIN (MAX (n, 1) * LANE_CARD_HEIGHT,
                                                                     4 * LANE_CARD_HEIGHT));

  /* The column's cards scroll inside it; a screen reader in them hears the column. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scroller), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  /* Translators: %s is a board column's title */
  menu_name = g_strdup_printf (_("Column menu of “%s”"), title);
  wp_widget_set_tooltip (GTK_WIDGET (self->menu_button), menu_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  menu_name, -1);
}

WpEntity *
wp_board_column_get_selected (WpBoardColumn *self)
{
  g_return_val_if_fail (WP_IS_BOARD_COLUMN (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

static WpBoardCard *
find_card (GtkWidget *widget,
           WpEntity  *item)
{
  if (WP_IS_BOARD_CARD (widget) && wp_board_card_get_item (WP_BOARD_CARD (widget)) == item)
    return WP_BOARD_CARD (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      WpBoardCard *card = find_card (child, item);

      if (card != NULL)
        return card;
    }

  return NULL;
}

/* The card's row exists only once the list laid it out: focus it then. */
static gboolean
focus_selected (gpointer user_data)
{
  WpBoardColumn *self = user_data;
  WpEntity *item = gtk_single_selection_get_selected_item (self->selection);
  WpBoardCard *card = item ? find_card (GTK_WIDGET (self->list_view), item) : NULL;

  if (card != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (card)));
  g_object_unref (self);

  return G_SOURCE_REMOVE;
}

void
wp_board_column_select (WpBoardColumn *self,
                        WpEntity      *item)
{
  guint n = n_cards (self);

  g_return_if_fail (WP_IS_BOARD_COLUMN (self));

  for (guint i = 0; i < n; i++)
    if (card_at (self, i) == item)
      {
        gtk_single_selection_set_selected (self->selection, i);
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
        g_idle_add_full (G_PRIORITY_LOW, focus_selected, g_object_ref (self), NULL);
        return;
      }
}

/**
 * wp_board_column_drop:
 * @self: the column dropped into
 * @item: the item
 * @slot: before which card it lands (the number of cards for the end), or
 *   %WP_BOARD_KEEP_RANK to keep its place in the backlog order
 *
 * Moves @item into this column at @slot, as one undo step.
 *
 * Returns: whether anything changed
 */
gboolean
wp_board_column_drop (WpBoardColumn *self,
                      WpItem        *item,
                      guint          slot)
{
  gboolean keep = slot == WP_BOARD_KEEP_RANK;
  WpEntity *above = !keep && slot > 0 && slot <= n_cards (self) ? card_at (self, slot - 1) : NULL;
  WpEntity *below = !keep && slot < n_cards (self) ? card_at (self, slot) : NULL;
  gboolean moves = !keep && above != WP_ENTITY (item) && below != WP_ENTITY (item);
  gboolean changes_column = g_strcmp0 (wp_entity_get_string (WP_ENTITY (item), WP_ITEM_STATUS),
                                       wp_entity_get_id (self->column)) != 0;
  gboolean changes_lane = self->in_lane &&
                          g_strcmp0 (wp_entity_get_string (WP_ENTITY (item), WP_ITEM_EPIC),
                                     self->lane_epic) != 0;
  g_autofree char *label = NULL;
  const char *title = wp_entity_get_display_name (WP_ENTITY (item));
  const char *column = wp_entity_get_string (self->column, WP_COLUMN_TITLE);

  g_return_val_if_fail (WP_IS_BOARD_COLUMN (self), FALSE);

  if (!moves && !changes_column && !changes_lane)
    return FALSE;

  /* Translators: undo label: Move “Offline maps” to “In Progress” */
  label = g_strdup_printf (_("Move “%s” to “%s”"), title, column);
  wp_document_begin (self->document, label);
  if (changes_column)
    wp_document_set_status (self->document, item, wp_entity_get_id (self->column));
  if (changes_lane)
    wp_document_set_string (self->document, WP_ENTITY (item), WP_ITEM_EPIC, self->lane_epic);
  if (moves && (above != NULL || below != NULL))
    wp_document_place_item (self->document, item,
                            above ? wp_entity_get_string (above, WP_ITEM_RANK) : NULL,
                            below ? wp_entity_get_string (below, WP_ITEM_RANK) : NULL);
  wp_document_end (self->document);

  wp_board_column_select (self, WP_ENTITY (item));
  if (changes_column && over_limit (self))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a column title, %d its work-in-progress limit */
      message = g_strdup_printf (_("“%s” is over its WIP limit of %d"), column,
                                 wp_entity_get_int (self->column, WP_COLUMN_WIP_LIMIT));
      wp_show_toast (GTK_WIDGET (self), message, TRUE);
    }

  return TRUE;
}

static gboolean
on_list_drop (WpListDrop    *drop,
              GObject       *object,
              guint          slot,
              WpBoardColumn *self)
{
  return WP_IS_ITEM (object) && wp_board_column_drop (self, WP_ITEM (object), slot);
}

static GObject *
draggable_item (GtkWidget *card)
{
  WpEntity *item = wp_board_card_get_item (WP_BOARD_CARD (card));

  return item ? g_object_ref (G_OBJECT (item)) : NULL;
}

static void
setup_card (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            WpBoardColumn            *self)
{
  WpBoardCard *card = wp_board_card_new ();

  wp_list_drop_add_drag_source (GTK_WIDGET (card), draggable_item);
  wp_list_drop_attach_row (GTK_WIDGET (card), list_item);
  gtk_list_item_set_child (list_item, GTK_WIDGET (card));
}

static void
bind_card (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           WpBoardColumn            *self)
{
  WpEntity *item = gtk_list_item_get_item (list_item);

  wp_board_card_bind (WP_BOARD_CARD (gtk_list_item_get_child (list_item)), self->document, item,
                      wp_demand_customers (self->demand, wp_entity_get_id (item)));
}

static void
unbind_card (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             WpBoardColumn            *self)
{
  wp_board_card_unbind (WP_BOARD_CARD (gtk_list_item_get_child (list_item)));
}

static GMenuModel *
new_column_menu (const char *id)
{
  static const struct { const char *label; const char *action; guint section; } entries[] = {
    { N_("_Rename…"), "board.rename-column", 0 },
    { N_("Set _WIP Limit…"), "board.set-wip-limit", 0 },
    { N_("Move _Left"), "board.move-column-left", 1 },
    { N_("Move _Right"), "board.move-column-right", 1 },
    { N_("Re_move Column"), "board.remove-column", 2 },
  };
  GMenu *menu = g_menu_new ();
  GMenu *sections[3] = { g_menu_new (), g_menu_new (), g_menu_new () };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) entry = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target (entry, entries[i].action, "s", id);
      g_menu_append_item (sections[entries[i].section], entry);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_menu_append_section (menu, NULL, G_MENU_MODEL (sections[i]));
      g_object_unref (sections[i]);
    }

  return G_MENU_MODEL (menu);
}

/* Enter or a double click on a card shows the item's details on the Backlog page. */
static void
on_card_activate (GtkListView   *list_view,
                  guint          position,
                  WpBoardColumn *self)
{
  g_autoptr(WpEntity) item = g_list_model_get_item (G_LIST_MODEL (self->cards), position);

  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s", wp_entity_get_id (item));
}

static gboolean
update_header_now (gpointer user_data)
{
  WpBoardColumn *self = user_data;

  self->header_source = 0;
  wp_board_column_update_header (self);

  return G_SOURCE_REMOVE;
}

/* A move reports several changes in a row; the sums are counted once, before the next frame. */
static void
queue_header_update (WpBoardColumn *self)
{
  if (self->header_source == 0)
    self->header_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, update_header_now, self,
                                           NULL);
}

/**
 * wp_board_column_new:
 * @document: the document
 * @items: the document's items, or a model passing them through
 * @column: the workflow column to show
 * @demand: customer counts for the cards
 *
 * Returns: (transfer full): a column showing the items whose status is @column
 */
WpBoardColumn *
wp_board_column_new (WpDocument *document,
                     GListModel *items,
                     WpEntity   *column,
                     WpDemand   *demand)
{
  WpBoardColumn *self = g_object_new (WP_TYPE_BOARD_COLUMN, NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GMenuModel) menu = new_column_menu (wp_entity_get_id (column));

  self->document = g_object_ref (document);
  self->column = g_object_ref (column);
  self->demand = g_object_ref (demand);

  self->filter = GTK_FILTER (gtk_custom_filter_new (belongs_here, self, NULL));
  self->cards = gtk_filter_list_model_new (g_object_ref (items), g_object_ref (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->cards)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->cards, "items-changed", G_CALLBACK (queue_header_update), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_card_activate), self);
  self->drop = wp_list_drop_new (self->list_view, self->scroller, WP_TYPE_BOARD_CARD, WP_TYPE_ITEM);
  g_signal_connect (self->drop, "drop", G_CALLBACK (on_list_drop), self);

  gtk_menu_button_set_menu_model (self->menu_button, menu);
  g_signal_connect_object (column, "notify", G_CALLBACK (wp_board_column_update_header), self,
                           G_CONNECT_SWAPPED);
  wp_board_column_update_header (self);

  return self;
}

static void
wp_board_column_dispose (GObject *object)
{
  WpBoardColumn *self = WP_BOARD_COLUMN (object);

  if (self->cards != NULL)
    g_signal_handlers_disconnect_by_data (self->cards, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->drop);
  g_clear_handle_id (&self->header_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->cards);
  g_clear_object (&self->filter);
  g_clear_object (&self->demand);
  g_clear_object (&self->column);
  g_clear_object (&self->document);
  g_clear_pointer (&self->sprint_id, g_free);
  g_clear_pointer (&self->lane_epic, g_free);

  G_OBJECT_CLASS (wp_board_column_parent_class)->dispose (object);
}

static void
wp_board_column_class_init (WpBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_board_column_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/board/wp-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, header);
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, wip_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, WpBoardColumn, list_view);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wp_board_column_init (WpBoardColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
