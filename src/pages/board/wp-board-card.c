/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpBoardCard: one item on the board, its accessible name starting with the item's title. */
#define G_LOG_DOMAIN "waypoint-board"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-board-card.h"
#include "wp-date.h"
#include "wp-flow.h"
#include "wp-format.h"
#include "wp-item-words.h"
#include "wp-widget-utils.h"

struct _WpBoardCard
{
  AdwBin      parent_instance;

  GtkImage   *kind_image;
  GtkLabel   *title_label;
  GtkLabel   *epic_label;
  GtkLabel   *labels_label;
  GtkLabel   *demand_label;
  GtkLabel   *estimate_label;
  GtkLabel   *age_label;

  WpDocument *document;
  WpEntity   *item;
  guint       customers;
};

G_DEFINE_FINAL_TYPE (WpBoardCard, wp_board_card, ADW_TYPE_BIN)

WpBoardCard *
wp_board_card_new (void)
{
  return g_object_new (WP_TYPE_BOARD_CARD, NULL);
}

/**
 * wp_board_card_get_item:
 * @self: a card
 *
 * Returns: (transfer none) (nullable): the item shown
 */
WpEntity *
wp_board_card_get_item (WpBoardCard *self)
{
  g_return_val_if_fail (WP_IS_BOARD_CARD (self), NULL);

  return self->item;
}

/*
 * How long an item in progress has been going, marked when longer than 85 of 100 items took
 * lately: the work to talk about at the daily. Returns the words for its accessible name.
 */
static char *
update_age (WpBoardCard *self)
{
  WpFlow *flow = wp_document_get_flow (self->document);
  guint age = wp_flow_age (flow, self->item, wp_date_today ());
  guint usual = age > 0 ? wp_flow_cycle_time_at (flow, 85) : 0;
  g_autofree char *days = NULL, *tooltip = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->age_label), age > 0);
  if (age == 0)
    return NULL;
  /* Translators: how long an item on the board has been in progress */
  days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", age), age);
  gtk_label_set_text (self->age_label, days);
  if (usual > 0)
    /* Translators: a card's age; %u is the cycle time 85 of 100 items stayed within */
    tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "In progress; 85%% of the items done in the last 90 "
                                            "days took %u day or less",
                                            "In progress; 85%% of the items done in the last 90 "
                                            "days took %u days or less", usual), usual);
  wp_widget_set_tooltip (GTK_WIDGET (self->age_label), tooltip != NULL ? tooltip
                                                                       : _("In progress"));
  if (usual > 0 && age > usual)
    gtk_widget_add_css_class (GTK_WIDGET (self->age_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->age_label), "warning");

  /* Translators: part of a card's accessible name */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in progress for %u day",
                                       "in progress for %u days", age), age);
}

static void
update (WpBoardCard *self)
{
  WpEntity *item = self->item;
  const char *title = wp_entity_get_string (item, WP_ITEM_TITLE);
  const char *kind = wp_entity_get_string (item, WP_ITEM_KIND);
  g_autofree char *estimate = wp_format_number (wp_entity_get_number (item, WP_ITEM_ESTIMATE));
  g_autofree char *labels = g_strjoinv (", ", (char **) wp_entity_get_strv (item, WP_ITEM_LABELS));
  g_autofree char *demand = self->customers ? g_strdup_printf ("♥ %u", self->customers) : NULL;
  g_autofree char *accessible = wp_item_describe (item);
  g_autofree char *age = NULL;

  gtk_image_set_from_icon_name (self->kind_image, wp_item_kind_icon (kind));
  wp_widget_set_tooltip (GTK_WIDGET (self->kind_image), wp_item_kind_name (kind));
  gtk_label_set_text (self->title_label, title[0] ? title : _("Untitled item"));
  wp_label_set_text_or_hide (self->epic_label, wp_referenced_name (self->document, WP_KIND_ITEM,
                                                  wp_entity_get_string (item, WP_ITEM_EPIC)));
  wp_label_set_text_or_hide (self->labels_label, labels);
  wp_label_set_text_or_hide (self->demand_label, demand);
  wp_label_set_text_or_hide (self->estimate_label, estimate);
  age = update_age (self);
  if (age != NULL)
    {
      /* Translators: a card's accessible name, then how long it has been in progress */
      g_autofree char *longer = g_strdup_printf (_("%s, %s"), accessible, age);

      g_free (accessible);
      accessible = g_steal_pointer (&longer);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  wp_widget_name_list_item (GTK_WIDGET (self), accessible);
}

void
wp_board_card_bind (WpBoardCard *self,
                    WpDocument  *document,
                    WpEntity    *item,
                    guint        customers)
{
  g_return_if_fail (WP_IS_BOARD_CARD (self));

  wp_board_card_unbind (self);
  self->document = document;
  self->item = g_object_ref (item);
  self->customers = customers;
  g_signal_connect_swapped (item, "notify", G_CALLBACK (update), self);
  update (self);
}

void
wp_board_card_unbind (WpBoardCard *self)
{
  g_return_if_fail (WP_IS_BOARD_CARD (self));

  if (self->item == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  self->document = NULL;
}

static void
wp_board_card_dispose (GObject *object)
{
  wp_board_card_unbind (WP_BOARD_CARD (object));

  G_OBJECT_CLASS (wp_board_card_parent_class)->dispose (object);
}

static void
wp_board_card_class_init (WpBoardCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_board_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/board/wp-board-card.ui");
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, kind_image);
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, epic_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, labels_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, demand_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, estimate_label);
  gtk_widget_class_bind_template_child (widget_class, WpBoardCard, age_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
wp_board_card_init (WpBoardCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_widget_set_tooltip (GTK_WIDGET (self->demand_label), _("Customers who asked for it"));
  wp_widget_set_tooltip (GTK_WIDGET (self->estimate_label), _("Estimate in points"));
}
