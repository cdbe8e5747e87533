/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Feedback page's side panel, one of two at a time: the top of the
 * backlog (or the items whose title holds what is typed), onto which
 * entries are dragged, or Enter pressed, to link them; and "Most Requested",
 * the items most customers asked for. Ctrl+L links the selected entries to
 * an item picked by typing.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-demand.h"
#include "wp-feedback-link.h"
#include "wp-feedback-view-private.h"
#include "wp-item-matches.h"
#include "wp-item-picker.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

/* How many items "Most Requested" lists. */
#define MAX_REQUESTED 15
/* How many items the side list offers to drop feedback on. */
#define MAX_LINK_TARGETS 50

/* Most requested */

static int
compare_demand (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  WpDemand *demand = user_data;
  const char *x = wp_entity_get_id (*(WpEntity **) a), *y = wp_entity_get_id (*(WpEntity **) b);
  int customers = (int) wp_demand_customers (demand, y) - (int) wp_demand_customers (demand, x);

  return customers != 0 ? customers
                        : (int) wp_demand_weight (demand, y) - (int) wp_demand_weight (demand, x);
}

/*
 * The items customers asked for most: distinct customers first, then
 * importance-weighted mentions.
 */
static void
fill_requested (WpFeedbackView *self)
{
  WpDemand *demand = wp_document_get_demand (self->document);
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  g_autoptr(GPtrArray) asked = g_ptr_array_new_with_free_func (g_object_unref);

  wp_list_box_remove_all (self->requested_list);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      WpEntity *item = g_list_model_get_item (items, i);

      if (wp_demand_customers (demand, wp_entity_get_id (item)) > 0)
        g_ptr_array_add (asked, item);
      else
        g_object_unref (item);
    }
  g_ptr_array_sort_with_data (asked, compare_demand, demand);

  for (guint i = 0; i < MIN (asked->len, MAX_REQUESTED); i++)
    {
      WpEntity *item = g_ptr_array_index (asked, i);
      guint customers = wp_demand_customers (demand, wp_entity_get_id (item));
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *facts = NULL;

      /* Translators: under an item in "Most Requested": customers, weighted mentions */
      facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer · weight %u",
                                            "%u customers · weight %u", customers),
                               customers, wp_demand_weight (demand, wp_entity_get_id (item)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_entity_get_display_name (item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "wp-id", g_strdup (wp_entity_get_id (item)), g_free);
      gtk_list_box_append (self->requested_list, row);
    }
}

/* Linking */

static void
link_entries (WpFeedbackView *self,
              GPtrArray      *entries,
              WpEntity       *item)
{
  g_autofree char *label = NULL;

  if (entries->len == 0)
    return;

  /* Translators: undo label and toast; %s is a backlog item */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Link %u Entry to “%s”",
                                        "Link %u Entries to “%s”", entries->len),
                           entries->len, wp_entity_get_display_name (item));
  if (wp_feedback_link (self->document, entries, item, label) > 0)
    wp_show_toast (GTK_WIDGET (self), label, TRUE);
  else
    {
      g_autofree char *already = NULL;

      /* Translators: a toast when the entries were linked to the item before; %s: the item */
      already = g_strdup_printf (_("Already linked to “%s”"), wp_entity_get_display_name (item));
      /* Nothing was done, so there is nothing to undo. */
      wp_show_toast (GTK_WIDGET (self), already, FALSE);
    }
}

static WpEntity *
target_item (WpFeedbackView *self,
             GtkListBoxRow  *row)
{
  return wp_document_lookup (self->document, WP_KIND_ITEM, wp_item_matches_get_id (row));
}

static gboolean
on_link_drop (GtkDropTarget  *target,
              const GValue   *value,
              double          x,
              double          y,
              WpFeedbackView *self)
{
  GListModel *dropped = g_value_get_object (value);
  GtkListBoxRow *row =
    GTK_LIST_BOX_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  WpEntity *item = target_item (self, row);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  if (item == NULL || dropped == NULL || g_list_model_get_item_type (dropped) != WP_TYPE_FEEDBACK)
    return FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (dropped); i < n; i++)
    g_ptr_array_add (entries, g_list_model_get_item (dropped, i));
  link_entries (self, entries, item);

  return TRUE;
}

/*
 * The side list: the top of the backlog, or the items whose title holds what
 * is typed; each takes dropped feedback.
 */
static void
fill_link_targets (WpFeedbackView *self)
{
  if (self->document == NULL)
    return;

  wp_item_matches_fill (self->link_targets, self->document,
                        gtk_editable_get_text (GTK_EDITABLE (self->item_search)), NULL,
                        MAX_LINK_TARGETS, TRUE);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->link_targets)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_LIST_STORE, GDK_ACTION_COPY);

      g_signal_connect_object (target, "drop", G_CALLBACK (on_link_drop), self, 0);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
      gtk_widget_add_css_class (row, "link-target");
    }
}

/* Enter on an item of the side list links the selected entries to it, as a drop would. */
static void
on_link_target_activated (WpFeedbackView *self,
                          GtkListBoxRow  *row)
{
  WpEntity *item = target_item (self, row);

  if (item != NULL)
    wp_feedback_view_link (self, item);
}

/* The side panel: the backlog to link to, or the most requested items */

static gboolean
refresh_side (gpointer user_data)
{
  WpFeedbackView *self = user_data;

  self->side_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_toggle_button_get_active (self->requested_button))
    fill_requested (self);
  if (gtk_toggle_button_get_active (self->link_button))
    fill_link_targets (self);
  /* An import or an edit may bring new segments, sources or tags to choose. */
  wp_feedback_filters_refill (self->filters);

  return G_SOURCE_REMOVE;
}

void
_wp_feedback_view_queue_side (WpFeedbackView *self)
{
  if (self->side_source == 0)
    self->side_source = g_idle_add (refresh_side, self);
}

/* One side panel at a time: showing one hides the other. */
static void
on_side_toggled (WpFeedbackView  *self,
                 GtkToggleButton *button)
{
  gboolean requested = button == self->requested_button;
  GtkToggleButton *other = requested ? self->link_button : self->requested_button;

  if (gtk_toggle_button_get_active (button))
    {
      gtk_toggle_button_set_active (other, FALSE);
      gtk_stack_set_visible_child_name (self->side_stack, requested ? "requested" : "backlog");
    }
  adw_flap_set_reveal_flap (self->flap, gtk_toggle_button_get_active (self->requested_button) ||
                                        gtk_toggle_button_get_active (self->link_button));
  _wp_feedback_view_queue_side (self);
}

static void
on_requested_activated (WpFeedbackView *self,
                        GtkListBoxRow  *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s",
                              g_object_get_data (G_OBJECT (row), "wp-id"));
}

/**
 * wp_feedback_view_get_requested:
 * @self: the feedback page
 *
 * Returns: (transfer none): the list of the most requested items, as shown
 */
GtkListBox *
wp_feedback_view_get_requested (WpFeedbackView *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_VIEW (self), NULL);

  return self->requested_list;
}

/**
 * wp_feedback_view_link:
 * @self: the feedback page
 * @item: a backlog item
 *
 * Links the selected entries to @item, as one undo step.
 */
void
wp_feedback_view_link (WpFeedbackView *self,
                       WpEntity       *item)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (WP_IS_FEEDBACK_VIEW (self));

  entries = wp_feedback_view_get_selection (self);
  link_entries (self, entries, item);
}

static void
on_picked (WpFeedbackView *self,
           WpEntity       *item)
{
  wp_feedback_view_link (self, item);
}

/* Ctrl+L: the selected entries are linked to the item picked by typing part of its title. */
static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);
  WpItemPicker *picker;

  if (self->document == NULL || wp_feedback_view_get_selected (self) == NULL)
    return;

  picker = wp_item_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->document);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked), self, G_CONNECT_SWAPPED);
}

void
_wp_feedback_view_class_init_side (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_side_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_requested_activated);
  gtk_widget_class_bind_template_callback (widget_class, fill_link_targets);
  gtk_widget_class_bind_template_callback (widget_class, on_link_target_activated);
  gtk_widget_class_install_action (widget_class, "feedback.link", NULL, link_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "feedback.link",
                                       NULL);
}
