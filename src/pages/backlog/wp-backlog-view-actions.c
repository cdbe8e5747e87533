/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Backlog page's commands: moving the selection with Alt and the arrow
 * keys, "Move to…" and "Add to Sprint" from the context menu (a secondary
 * click, Shift+F10 or the Menu key), renaming in place (F2, Enter, a double
 * click), the quick-add entry at the top, and proposed orders: previewed in
 * the list, applied as one step or discarded.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-backlog-view-private.h"
#include "wp-list-drop.h"
#include "wp-sprint-plan.h"
#include "wp-toast.h"

#define PAGE_ROWS 10

/* Keyboard moves */

/*
 * Several selected items gather next to each other where the first (moving up)
 * or last (down) lands.
 */
static void
move_selected (WpBacklogView *self,
               int            rows)
{
  g_autoptr(GPtrArray) moving = _wp_backlog_view_movable_selection (self);
  guint n = _wp_backlog_view_n_entries (self);
  gint64 slot;

  if (moving->len == 0 || self->proposal != NULL)
    return;

  /* Moving down by one means landing after the next entry: the slot two further on. */
  if (rows < 0)
    slot = (gint64) _wp_backlog_view_position_of (self, g_ptr_array_index (moving, 0)) + rows;
  else
    slot = (gint64) _wp_backlog_view_position_of (self,
                                                  g_ptr_array_index (moving, moving->len - 1)) +
           rows + 1;
  _wp_backlog_view_place_at (self, moving, (guint) CLAMP (slot, 0, (gint64) n), TRUE);
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

/* "Move to…" and the context menu */

static WpEntity *
lookup_param (WpBacklogView *self,
              WpKind         kind,
              GVariant      *param)
{
  return self->document
           ? wp_document_lookup (self->document, kind, g_variant_get_string (param, NULL))
           : NULL;
}

/* Just above a release line: the last place that still belongs to the release. */
static void
move_above_release_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  WpEntity *release = lookup_param (self, WP_KIND_RELEASE, param);
  g_autoptr(GPtrArray) moving = _wp_backlog_view_movable_selection (self);
  guint line;

  if (release == NULL || moving->len == 0 || !WP_IS_ITEM (g_ptr_array_index (moving, 0)))
    return;

  line = _wp_backlog_view_position_of (self, release);
  if (line != GTK_INVALID_LIST_POSITION)
    _wp_backlog_view_place_at (self, moving, line, TRUE);
}

static void
move_to_sprint_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  WpEntity *sprint = lookup_param (self, WP_KIND_SPRINT, param);
  g_autoptr(GPtrArray) moving = _wp_backlog_view_movable_selection (self);
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

      if (skip_state != NULL &&
          g_strcmp0 (wp_entity_get_string (entity, WP_SPRINT_STATE), skip_state) == 0)
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

  append_entities (releases, wp_document_get_list (self->document, WP_KIND_RELEASE),
                   "backlog.move-above-release", NULL);
  if (g_menu_model_get_n_items (G_MENU_MODEL (releases)) > 0)
    g_menu_append_submenu (menu, _("Move Above _Release Line"), G_MENU_MODEL (releases));

  /* Closed sprints are history: nothing is added to them. */
  append_entities (sprints, wp_document_get_list (self->document, WP_KIND_SPRINT),
                   "backlog.move-to-sprint", "closed");
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
  g_autoptr(GPtrArray) moving = _wp_backlog_view_movable_selection (self);
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
  gtk_widget_translate_coordinates (GTK_WIDGET (self->list_view), GTK_WIDGET (self), x, y, &view_x,
                                    &view_y);
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
    gtk_widget_translate_coordinates (focus, widget, 48, gtk_widget_get_height (focus) / 2.0, &x,
                                      &y);
  popup_context_menu (self, x, y);
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
  WpBacklogRow *row = WP_IS_ITEM (selected) && self->proposal == NULL
                        ? _wp_backlog_view_row_showing (self, selected)
                        : NULL;

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
  first = _wp_backlog_view_n_entries (self) > 0 ? _wp_backlog_view_entity_at (self, 0) : NULL;
  /* Translators: %s is the title of a new backlog item */
  label = g_strdup_printf (_("Add “%s”"), stripped);

  wp_document_begin (self->document, label);
  wp_document_add (self->document, item);
  wp_document_set_string (self->document, item, WP_ITEM_TITLE, stripped);
  wp_document_set_string (self->document, item, WP_ITEM_CREATED, stamp);
  wp_document_set_string (self->document, item, WP_ITEM_UPDATED, stamp);
  wp_document_place_item (self->document, WP_ITEM (item), NULL,
                          first ? _wp_backlog_view_entity_rank (first) : NULL);
  wp_document_end (self->document);

  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  wp_backlog_view_select (self, item);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
}

/* Proposed orders */

static int
compare_proposal (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  WpBacklogView *self = user_data;

  return wp_proposal_compare (self->proposal_kind, self->demand, (WpEntity *) a, (WpEntity *) b);
}

void
_wp_backlog_view_end_proposal (WpBacklogView *self)
{
  if (self->proposal == NULL)
    return;

  g_clear_object (&self->proposal);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  wp_proposal_bar_hide (self->proposal_bar);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), TRUE);
}

/* The undo label of applying a proposal. */
static const char *
proposal_label (WpProposalKind kind)
{
  switch (kind)
    {
    case WP_PROPOSAL_DEMAND:
      return _("Order by Customer Demand");
    case WP_PROPOSAL_RICE:
      return _("Order by RICE");
    case WP_PROPOSAL_WSJF:
      return _("Order by WSJF");
    case WP_PROPOSAL_SCORECARD:
      return _("Order by Scorecard");
    case WP_PROPOSAL_VALUE_EFFORT:
    default:
      return _("Order by Value for Effort");
    }
}

/* Shows the open items in a proposed order; nothing changes until it is applied. */
static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  g_autoptr(GtkNoSelection) shown = NULL;
  WpProposalKind kind;

  if (self->document == NULL ||
      !wp_proposal_kind_from_name (g_variant_get_string (param, NULL), &kind))
    return;

  _wp_backlog_view_end_proposal (self);
  self->proposal_kind = kind;
  self->proposal =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->open_items)),
                             GTK_SORTER (gtk_custom_sorter_new (compare_proposal, self, NULL)));
  shown = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->proposal)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (shown));

  wp_proposal_bar_show (self->proposal_bar, kind);
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
  label = proposal_label (self->proposal_kind);

  _wp_backlog_view_end_proposal (self);
  wp_document_apply_order (self->document, order, label);
  wp_show_toast (GTK_WIDGET (self), label, TRUE);
}

static void
discard_proposal_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  _wp_backlog_view_end_proposal (WP_BACKLOG_VIEW (widget));
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

/* Setting up */

void
_wp_backlog_view_init_actions (WpBacklogView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_row_activated), self);

  self->context_menu = GTK_POPOVER_MENU (gtk_popover_menu_new_from_model (NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->context_menu), GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->context_menu), GTK_ALIGN_START);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
}

void
_wp_backlog_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_add_entry_activate);

  gtk_widget_class_install_action (widget_class, "backlog.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-page-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-page-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-top", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-bottom", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "backlog.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "backlog.propose", "s", propose_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-above-release", "s",
                                   move_above_release_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-to-sprint", "s",
                                   move_to_sprint_action);
  gtk_widget_class_install_action (widget_class, "backlog.context-menu", NULL, context_menu_action);
  gtk_widget_class_install_action (widget_class, "backlog.apply-proposal", NULL,
                                   apply_proposal_action);
  gtk_widget_class_install_action (widget_class, "backlog.discard-proposal", NULL,
                                   discard_proposal_action);

  /*
   * Active while the focus is in the backlog: application accelerators only
   * reach win.* and app.*.
   */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "backlog.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "backlog.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "backlog.move-page-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "backlog.move-page-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "backlog.move-top",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_ALT_MASK,
                                       "backlog.move-bottom", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "backlog.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "backlog.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "backlog.context-menu", NULL);
}
