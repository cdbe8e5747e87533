/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Planning the selected sprint: its items beside the top of the backlog (the
 * first open items in no sprint). Dragging an item from one list to the
 * other, pressing Enter on it or clicking its button plans it in or out, as
 * one undo step; a closed sprint lists its items and offers none.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-format.h"
#include "wp-item-words.h"
#include "wp-list-drop.h"
#include "wp-sprint-plan.h"
#include "wp-sprints-view-private.h"
#include "wp-widget-utils.h"

/* Items the "Top of the Backlog" list offers. */
#define BACKLOG_ROWS 15

/* The points an item counts for, "5 points", and where it is on the board. */
static char *
item_facts (WpSprintsView *self,
            WpEntity      *item)
{
  double estimate = wp_entity_get_number (item, WP_ITEM_ESTIMATE);
  const char *status = wp_referenced_name (self->document, WP_KIND_COLUMN,
                                           wp_entity_get_string (item, WP_ITEM_STATUS));
  g_autofree char *estimate_text = NULL;

  if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL)
    status = _("Done");
  estimate_text = estimate >= 0 ? wp_format_points (estimate) : g_strdup (_("Not estimated"));
  if (status == NULL || status[0] == '\0')
    return g_steal_pointer (&estimate_text);

  return g_strdup_printf ("%s · %s", estimate_text, status);
}

/* What a planning row offers when dragged: its item. */
static GObject *
item_of_row (GtkWidget *row)
{
  return g_object_ref (g_object_get_data (G_OBJECT (row), "wp-item"));
}

/*
 * A row of either planning list: Enter, a click on its button or a drag moves
 * it to the other list.
 */
static GtkWidget *
new_item_row (WpSprintsView *self,
              WpEntity      *item,
              gboolean       planned,
              gboolean       editable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *facts = item_facts (self, item);
  const char *title = wp_entity_get_display_name (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts);
  /*
   * Titles that wrap are shaped again at every width the lists are measured at:
   * one line, ellipsized.
   */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  wp_widget_set_tooltip (row, title);
  g_object_set_data_full (G_OBJECT (row), "wp-id", g_strdup (wp_entity_get_id (item)), g_free);
  if (!editable)
    return row;

  {
    GtkWidget *button = gtk_button_new_from_icon_name (planned ? "list-remove-symbolic"
                                                               : "list-add-symbolic");
    /* Translators: the buttons beside items when planning a sprint; %s is an item */
    g_autofree char *name = g_strdup_printf (planned ? _("Take “%s” out of the sprint")
                                                     : _("Add “%s” to the sprint"),
                                             title);

    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (button, "flat");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", wp_entity_get_id (item));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button),
                                    planned ? "sprints.unplan-item" : "sprints.plan-item");
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
    wp_widget_set_tooltip (button, name);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

    g_object_set_data_full (G_OBJECT (row), "wp-item", g_object_ref (item), g_object_unref);
    wp_list_drop_add_drag_source (row, item_of_row);
  }

  return row;
}

static gboolean
is_candidate (WpEntity *item)
{
  return wp_entity_get_string (item, WP_ITEM_SPRINT) == NULL &&
         wp_entity_get_string (item, WP_ITEM_DONE) == NULL &&
         g_strcmp0 (wp_entity_get_string (item, WP_ITEM_KIND), "epic") != 0;
}

void
_wp_sprints_view_fill_items (WpSprintsView *self,
                             WpEntity      *sprint)
{
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  gboolean editable = !g_str_equal (wp_sprint_get_state (sprint), "closed");
  guint offered = 0;

  wp_list_box_remove_all (self->sprint_items);
  wp_list_box_remove_all (self->backlog_items);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), wp_entity_get_id (sprint)) == 0)
        gtk_list_box_append (self->sprint_items, new_item_row (self, item, TRUE, editable));
      else if (editable && offered < BACKLOG_ROWS && is_candidate (item))
        {
          gtk_list_box_append (self->backlog_items, new_item_row (self, item, FALSE, TRUE));
          offered++;
        }
    }
}

static void
plan_one (WpSprintsView *self,
          WpEntity      *item,
          WpEntity      *sprint)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  if (item == NULL || !WP_IS_ITEM (item))
    return;
  if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT),
                 sprint != NULL ? wp_entity_get_id (sprint) : NULL) == 0)
    return;

  g_ptr_array_add (items, item);
  g_free (wp_sprint_plan_items (self->document, sprint, items));
  _wp_sprints_view_fill (self);
}

static void
plan_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = _wp_sprints_view_selected_sprint (self);

  if (sprint != NULL && !g_str_equal (wp_sprint_get_state (sprint), "closed"))
    plan_one (self, _wp_sprints_view_lookup_param (self, WP_KIND_ITEM, param),
              g_str_equal (action_name, "sprints.plan-item") ? sprint : NULL);
}

/* Enter on a row plans it in or out, like its button. */
static void
on_item_activated (WpSprintsView *self,
                   GtkListBoxRow *row,
                   GtkListBox    *list)
{
  const char *id = g_object_get_data (G_OBJECT (row), "wp-id");

  if (id != NULL && gtk_list_box_row_get_activatable (row))
    gtk_widget_activate_action (GTK_WIDGET (self),
                                list == self->sprint_items ? "sprints.unplan-item"
                                                           : "sprints.plan-item",
                                "s", id);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WpSprintsView *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  WpEntity *item = g_value_get_object (value);
  WpEntity *sprint = _wp_sprints_view_selected_sprint (self);

  /* An item dragged from another window's product is not this one's to plan. */
  if (item == NULL || sprint == NULL || g_str_equal (wp_sprint_get_state (sprint), "closed") ||
      wp_document_lookup (self->document, WP_KIND_ITEM, wp_entity_get_id (item)) != item)
    return FALSE;

  plan_one (self, item, list == GTK_WIDGET (self->sprint_items) ? sprint : NULL);

  return TRUE;
}

static void
add_drop_target (WpSprintsView *self,
                 GtkListBox    *list)
{
  GtkDropTarget *target = gtk_drop_target_new (WP_TYPE_ITEM, GDK_ACTION_MOVE);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (list), GTK_EVENT_CONTROLLER (target));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 24);
  gtk_widget_set_margin_bottom (label, 24);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

void
_wp_sprints_view_init_plan (WpSprintsView *self)
{
  set_placeholder (self->sprint_items,
                   _("Drag items here from the top of the backlog, or press Enter on one."));
  set_placeholder (self->backlog_items, _("Every open item is planned into a sprint."));
  add_drop_target (self, self->sprint_items);
  add_drop_target (self, self->backlog_items);
}

void
_wp_sprints_view_class_init_plan (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_item_activated);
  gtk_widget_class_install_action (widget_class, "sprints.plan-item", "s", plan_item_action);
  gtk_widget_class_install_action (widget_class, "sprints.unplan-item", "s", plan_item_action);
}
