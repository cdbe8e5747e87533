/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpBoardView is the Board page: the workflow's columns side by side,
 * scrolling sideways when there are many, showing the current sprint's items
 * (or all items). Cards move by drag and drop, or with Ctrl+Left/Right to the
 * neighbouring column and Alt+Up/Down within one. Columns are added, renamed,
 * reordered, limited and removed from their menus. Ctrl+F, or typing on the
 * board, keeps the cards whose title, description or labels hold the text.
 */
#define G_LOG_DOMAIN "waypoint-board"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-page.h"
#include "wp-board-view.h"
#include "wp-demand.h"
#include "wp-refresh-model.h"
#include "wp-error.h"
#include "wp-item.h"
#include "wp-text-match.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

struct _WpBoardView
{
  AdwBin             parent_instance;

  GtkToggleButton   *sprint_button;
  GtkToggleButton   *all_button;
  GtkToggleButton   *lanes_button;
  GtkLabel          *scope_label;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkScrolledWindow *scroller;
  GtkBox            *columns_box;

  WpDocument        *document;
  WpDemand          *demand;
  WpRefreshModel    *items;      /* the document's items */
  GtkFilter         *search;     /* what the search bar asks for */
  GtkFilterListModel *found;     /* the items it finds, for the columns to filter */
  char              *search_text; /* folded; NULL when empty */
  GPtrArray         *columns;    /* of WpBoardColumn, in order */
};

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpBoardView, wp_board_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

/**
 * wp_board_view_get_column:
 * @self: a board
 * @index: a column's position
 *
 * Returns: (transfer none) (nullable): the column widget
 */
WpBoardColumn *
wp_board_view_get_column (WpBoardView *self,
                          guint        index)
{
  g_return_val_if_fail (WP_IS_BOARD_VIEW (self), NULL);

  return index < self->columns->len ? g_ptr_array_index (self->columns, index) : NULL;
}

static WpEntity *
active_sprint (WpBoardView *self)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);
  guint n = g_list_model_get_n_items (sprints);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);

      if (g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_STATE), "active") == 0)
        return sprint;
    }

  return NULL;
}

static void
apply_scope (WpBoardView *self)
{
  WpEntity *sprint = self->document ? active_sprint (self) : NULL;
  gboolean all = sprint == NULL || gtk_toggle_button_get_active (self->all_button);
  const char *sprint_id = all ? NULL : wp_entity_get_id (sprint);
  g_autofree char *scope = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->sprint_button), sprint != NULL);
  if (sprint == NULL)
    scope = g_strdup (_("No sprint is running: all items are shown"));
  else if (!all)
    scope = g_strdup_printf ("%s — %s", wp_entity_get_display_name (sprint),
                             wp_entity_get_string (sprint, WP_SPRINT_GOAL));
  gtk_label_set_text (self->scope_label, scope ? scope : "");

  for (guint i = 0; i < self->columns->len; i++)
    wp_board_column_set_sprint (g_ptr_array_index (self->columns, i), sprint_id);
}

static void
on_scope_toggled (WpBoardView *self)
{
  apply_scope (self);
}

/**
 * wp_board_view_show_all:
 * @self: a board
 * @all: %TRUE for all items, %FALSE for the current sprint's
 */
void
wp_board_view_show_all (WpBoardView *self,
                        gboolean     all)
{
  g_return_if_fail (WP_IS_BOARD_VIEW (self));

  gtk_toggle_button_set_active (all ? self->all_button : self->sprint_button, TRUE);
}

static GtkWidget *
new_lane (WpBoardView *self,
          const char  *title,
          const char  *epic_id,
          gboolean     in_lane)
{
  GListModel *columns = wp_document_get_list (self->document, WP_KIND_COLUMN);
  guint n = g_list_model_get_n_items (columns);
  GtkWidget *lane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  if (title != NULL)
    {
      GtkWidget *heading = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (lane), heading);
      gtk_accessible_update_property (GTK_ACCESSIBLE (lane), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
    }
  gtk_widget_set_vexpand (row, !in_lane);
  gtk_widget_set_vexpand (lane, !in_lane);
  gtk_box_append (GTK_BOX (lane), row);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, i);
      WpBoardColumn *widget = wp_board_column_new (self->document, G_LIST_MODEL (self->found),
                                                   column, self->demand);

      if (in_lane)
        wp_board_column_set_lane (widget, epic_id);
      gtk_box_append (GTK_BOX (row), GTK_WIDGET (widget));
      g_ptr_array_add (self->columns, widget);
    }

  return lane;
}

/* The columns side by side; with swimlanes, one row of them per epic and one for the rest. */
static void
rebuild_columns (WpBoardView *self)
{
  GtkWidget *child;
  gboolean lanes;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);
  g_ptr_array_set_size (self->columns, 0);
  if (self->document == NULL)
    return;

  lanes = gtk_toggle_button_get_active (self->lanes_button);
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC,
                                  lanes ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
  if (!lanes)
    gtk_box_append (self->columns_box, new_lane (self, NULL, NULL, FALSE));
  else
    {
      GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
      guint n = g_list_model_get_n_items (items);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WpEntity) epic = g_list_model_get_item (items, i);

          if (g_strcmp0 (wp_entity_get_string (epic, WP_ITEM_KIND), "epic") == 0)
            gtk_box_append (self->columns_box, new_lane (self, wp_entity_get_display_name (epic),
                                                         wp_entity_get_id (epic), TRUE));
        }
      gtk_box_append (self->columns_box, new_lane (self, _("No Epic"), NULL, TRUE));
    }
  apply_scope (self);
}

static void
on_lanes_toggled (WpBoardView *self)
{
  rebuild_columns (self);
}

/**
 * wp_board_view_show_lanes:
 * @self: a board
 * @lanes: whether to show a swimlane per epic
 */
void
wp_board_view_show_lanes (WpBoardView *self,
                          gboolean     lanes)
{
  g_return_if_fail (WP_IS_BOARD_VIEW (self));

  gtk_toggle_button_set_active (self->lanes_button, lanes);
}

static void
on_document_changed (WpBoardView *self,
                     WpEntity    *entity,
                     guint        field)
{
  if (WP_IS_ITEM (entity) &&
      (field == WP_ITEM_STATUS || field == WP_ITEM_SPRINT || field == WP_ITEM_EPIC))
    wp_refresh_model_refresh (self->items, entity);
  else if (WP_IS_ITEM (entity) && field == WP_ITEM_ESTIMATE)
    for (guint i = 0; i < self->columns->len; i++)
      wp_board_column_update_header (g_ptr_array_index (self->columns, i));
  else if (WP_IS_SPRINT (entity))
    apply_scope (self);
}

/**
 * wp_board_view_set_document:
 * @self: a board
 * @document: (nullable): the document to show
 */
void
wp_board_view_set_document (WpBoardView *self,
                            WpDocument  *document)
{
  g_return_if_fail (WP_IS_BOARD_VIEW (self));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_COLUMN),
                                            self);
    }
  /* The count belongs to the document: let go of it first. */
  g_clear_object (&self->demand);
  g_clear_object (&self->found);
  g_clear_object (&self->items);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      self->demand = g_object_ref (wp_document_get_demand (document));
      self->items =
        wp_refresh_model_new (G_LIST_STORE (wp_document_get_list (document, WP_KIND_ITEM)));
      self->found = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                               g_object_ref (self->search));
      g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
      g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_COLUMN), "items-changed",
                                G_CALLBACK (rebuild_columns), self);
      /* The current sprint by default, when one is running. */
      gtk_toggle_button_set_active (self->sprint_button, TRUE);
    }
  rebuild_columns (self);
}

/* Searching */

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  WpBoardView *self = user_data;

  return self->search_text == NULL || wp_item_holds_text (item, self->search_text);
}

static void
on_search_changed (WpBoardView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_text, g_free);
  if (gtk_search_bar_get_search_mode (self->search_bar) && text[0] != '\0')
    self->search_text = wp_text_fold (text);
  gtk_filter_changed (self->search, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Ctrl+F, through the window. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Moving cards with the keyboard */

static WpBoardColumn *
focused_column (WpBoardView *self,
                guint       *index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus != NULL && i < self->columns->len; i++)
    if (gtk_widget_is_ancestor (focus, g_ptr_array_index (self->columns, i)))
      {
        *index = i;
        return g_ptr_array_index (self->columns, i);
      }

  return NULL;
}

static void
move_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);
  guint index = 0;
  WpBoardColumn *column = focused_column (self, &index);
  WpEntity *item = column ? wp_board_column_get_selected (column) : NULL;
  GListModel *cards;
  guint n, position = 0;

  if (item == NULL)
    return;

  if (g_str_equal (action_name, "board.move-left") || g_str_equal (action_name, "board.move-right"))
    {
      gboolean left = g_str_equal (action_name, "board.move-left");
      WpBoardColumn *target;

      if ((left && index == 0) || (!left && index + 1 >= self->columns->len))
        return;
      target = g_ptr_array_index (self->columns, left ? index - 1 : index + 1);
      /* Not out of the swimlane. */
      if (g_strcmp0 (wp_board_column_get_lane (target), wp_board_column_get_lane (column)) != 0)
        return;
      g_object_ref (item);
      wp_board_column_drop (target, WP_ITEM (item), WP_BOARD_KEEP_RANK);
      g_object_unref (item);
      return;
    }

  cards = wp_board_column_get_model (column);
  n = g_list_model_get_n_items (cards);
  while (position < n)
    {
      g_autoptr(WpEntity) card = g_list_model_get_item (cards, position);

      if (card == item)
        break;
      position++;
    }
  if (g_str_equal (action_name, "board.move-up") && position > 0)
    wp_board_column_drop (column, WP_ITEM (item), position - 1);
  else if (g_str_equal (action_name, "board.move-down") && position + 1 < n)
    wp_board_column_drop (column, WP_ITEM (item), position + 2);
}

/* Managing columns */

static WpEntity *
lookup_column (WpBoardView *self,
               GVariant    *param)
{
  return self->document
           ? wp_document_lookup (self->document, WP_KIND_COLUMN, g_variant_get_string (param, NULL))
           : NULL;
}

typedef void (*ColumnEdit) (WpBoardView *self, WpEntity *column, GtkWidget *input);

typedef struct {
  WpBoardView *self;
  WpEntity    *column;
  GtkWidget   *input;
  ColumnEdit   apply;
} ColumnDialog;

static void
on_column_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           ColumnDialog     *data)
{
  if (g_str_equal (response, "apply"))
    data->apply (data->self, data->column, data->input);

  g_object_unref (data->self);
  g_clear_object (&data->column);
  g_free (data);
}

static void
on_input_activate (GtkWidget        *input,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "apply");
  gtk_window_close (GTK_WINDOW (dialog));
}

/* Asks for one value with @input; @apply writes it to the document. */
static void
ask (WpBoardView *self,
     WpEntity    *column,
     const char  *heading,
     const char  *apply_label,
     GtkWidget   *input,
     ColumnEdit   apply)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));
  ColumnDialog *data = g_new0 (ColumnDialog, 1);

  data->self = g_object_ref (self);
  data->column = column ? g_object_ref (column) : NULL;
  data->input = input;
  data->apply = apply;

  adw_message_dialog_set_extra_child (dialog, input);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_column_dialog_response), data);
  if (GTK_IS_ENTRY (input) || GTK_IS_SPIN_BUTTON (input))
    g_signal_connect (input, "activate", G_CALLBACK (on_input_activate), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
new_title_entry (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Column title"), -1);

  return entry;
}

static void
apply_rename (WpBoardView *self,
              WpEntity    *column,
              GtkWidget   *input)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (input))));

  if (title[0] != '\0')
    wp_document_set_string (self->document, column, WP_COLUMN_TITLE, title);
}

static void
rename_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);
  WpEntity *column = lookup_column (self, param);

  if (column != NULL)
    ask (self, column, _("Rename Column"), _("_Rename"),
         new_title_entry (wp_entity_get_string (column, WP_COLUMN_TITLE)), apply_rename);
}

static void
apply_wip_limit (WpBoardView *self,
                 WpEntity    *column,
                 GtkWidget   *input)
{
  wp_document_set_int (self->document, column, WP_COLUMN_WIP_LIMIT,
                       gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (input)));
}

static void
set_wip_limit_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);
  WpEntity *column = lookup_column (self, param);
  GtkWidget *spin;

  if (column == NULL)
    return;

  spin = gtk_spin_button_new_with_range (0, 999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             wp_entity_get_int (column, WP_COLUMN_WIP_LIMIT));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Work-in-progress limit, 0 for none"), -1);
  ask (self, column, _("Set WIP Limit"), _("_Set"), spin, apply_wip_limit);
}

static void
apply_add (WpBoardView *self,
           WpEntity    *column,
           GtkWidget   *input)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (input))));
  g_autoptr(WpEntity) added = NULL;
  g_autofree char *label = NULL;

  if (title[0] == '\0')
    return;

  added = wp_entity_new (WP_TYPE_COLUMN, NULL);
  /* Translators: %s is a column title */
  label = g_strdup_printf (_("Add Column “%s”"), title);
  wp_document_begin (self->document, label);
  wp_document_add (self->document, added);
  wp_document_set_string (self->document, added, WP_COLUMN_TITLE, title);
  wp_document_end (self->document);
}

static void
add_column_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);

  if (self->document != NULL)
    ask (self, NULL, _("Add Column"), _("_Add"), new_title_entry (""), apply_add);
}

static void
move_column_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);
  WpEntity *column = lookup_column (self, param);
  GListModel *columns;
  guint position = 0;

  if (column == NULL)
    return;

  columns = wp_document_get_list (self->document, WP_KIND_COLUMN);
  while (position < g_list_model_get_n_items (columns))
    {
      g_autoptr(WpEntity) other = g_list_model_get_item (columns, position);

      if (other == column)
        break;
      position++;
    }

  if (g_str_equal (action_name, "board.move-column-left") && position > 0)
    wp_document_reorder (self->document, column, position - 1);
  else if (g_str_equal (action_name, "board.move-column-right"))
    wp_document_reorder (self->document, column, position + 1);
}

static void
remove_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpBoardView *self = WP_BOARD_VIEW (widget);
  WpEntity *column = lookup_column (self, param);
  g_autoptr(GError) error = NULL;

  if (column != NULL && !wp_document_remove (self->document, column, &error))
    wp_show_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
wp_board_view_dispose (GObject *object)
{
  WpBoardView *self = WP_BOARD_VIEW (object);

  if (self->document != NULL)
    wp_board_view_set_document (self, NULL);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  /* The columns' models may outlive the board by a little: their filter no longer asks it. */
  if (self->search != NULL)
    gtk_custom_filter_set_filter_func (GTK_CUSTOM_FILTER (self->search), NULL, NULL, NULL);
  g_clear_object (&self->search);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (wp_board_view_parent_class)->dispose (object);
}

static void
page_iface_init (WpPageInterface *iface)
{
  iface->name = "board";
  iface->title = N_("Board");
  iface->icon_name = "view-grid-symbolic";
  iface->set_document = (gpointer) wp_board_view_set_document;
}

static void
wp_board_view_class_init (WpBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_board_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/board/wp-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, sprint_button);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, all_button);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, lanes_button);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, scope_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, WpBoardView, columns_box);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_lanes_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);

  gtk_widget_class_install_action (widget_class, "board.move-left", NULL, move_card_action);
  gtk_widget_class_install_action (widget_class, "board.move-right", NULL, move_card_action);
  gtk_widget_class_install_action (widget_class, "board.move-up", NULL, move_card_action);
  gtk_widget_class_install_action (widget_class, "board.move-down", NULL, move_card_action);
  gtk_widget_class_install_action (widget_class, "board.add-column", NULL, add_column_action);
  gtk_widget_class_install_action (widget_class, "board.rename-column", "s", rename_column_action);
  gtk_widget_class_install_action (widget_class, "board.set-wip-limit", "s", set_wip_limit_action);
  gtk_widget_class_install_action (widget_class, "board.move-column-left", "s", move_column_action);
  gtk_widget_class_install_action (widget_class, "board.move-column-right", "s",
                                   move_column_action);
  gtk_widget_class_install_action (widget_class, "board.remove-column", "s", remove_column_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
}

/*
 * Active while the focus is on the board. In the capture phase, because the
 * columns' list views would take Ctrl+Left/Right as cursor moves first.
 */
static void
add_shortcuts (WpBoardView *self)
{
  static const struct { guint key; GdkModifierType modifiers; const char *action; } shortcuts[] = {
    { GDK_KEY_Left, GDK_CONTROL_MASK, "board.move-left" },
    { GDK_KEY_Right, GDK_CONTROL_MASK, "board.move-right" },
    { GDK_KEY_Up, GDK_ALT_MASK, "board.move-up" },
    { GDK_KEY_Down, GDK_ALT_MASK, "board.move-down" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, shortcuts[i].modifiers),
                        gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
wp_board_view_init (WpBoardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new ();
  self->search = GTK_FILTER (gtk_custom_filter_new (matches_search, self, NULL));
  wp_search_bar_attach (self->search_bar, self->search_entry, GTK_WIDGET (self->columns_box));
  add_shortcuts (self);
}
