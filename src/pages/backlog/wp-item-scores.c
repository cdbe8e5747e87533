/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpItemScores, a group of the item details: the numbers RICE and WSJF take
 * beyond value and effort (reach, impact, confidence, time criticality, risk
 * reduction), each one undo step when applied, and both scores with a button
 * that shows how each adds up. An empty reach counts the customers who asked,
 * or their feedback by importance, of all of it or of the last days, as the
 * product says (two rows change that for every item; the reach row's tooltip
 * says which it is).
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-demand.h"
#include "wp-format.h"
#include "wp-item-scores.h"
#include "wp-score.h"
#include "wp-widget-utils.h"

struct _WpItemScores
{
  AdwPreferencesGroup parent_instance;

  AdwEntryRow *reach_row;
  AdwComboRow *reach_from_row;
  GtkSpinButton *reach_days_button;
  AdwEntryRow *impact_row;
  AdwEntryRow *confidence_row;
  AdwEntryRow *time_row;
  AdwEntryRow *risk_row;
  AdwActionRow *rice_row;
  AdwActionRow *wsjf_row;
  GtkLabel    *rice_label;
  GtkLabel    *wsjf_label;

  WpDocument  *document;  /* borrowed, as the details pane borrows it */
  WpEntity    *item;
  gboolean     showing;   /* the product's settings are being shown, not changed */
};

G_DEFINE_FINAL_TYPE (WpItemScores, wp_item_scores, ADW_TYPE_PREFERENCES_GROUP)

static guint
field_of (WpItemScores *self,
          AdwEntryRow  *row)
{
  return row == self->reach_row        ? WP_ITEM_REACH
         : row == self->impact_row     ? WP_ITEM_IMPACT
         : row == self->confidence_row ? WP_ITEM_CONFIDENCE
         : row == self->time_row       ? WP_ITEM_TIME_CRITICALITY
                                       : WP_ITEM_RISK_REDUCTION;
}

static void
on_number_apply (WpItemScores *self,
                 AdwEntryRow  *row)
{
  double number;

  if (self->item != NULL && wp_number_row_read (row, &number))
    wp_document_set_number (self->document, self->item, field_of (self, row), number);
}

static WpEntity *
product_of (WpItemScores *self)
{
  return WP_ENTITY (wp_document_get_product (self->document));
}

static void
on_reach_from_selected (WpItemScores *self)
{
  if (self->document == NULL || self->showing)
    return;
  wp_document_set_string (self->document, product_of (self), WP_PRODUCT_REACH_FROM,
                          adw_combo_row_get_selected (self->reach_from_row) == 1 ? "mentions"
                                                                                 : NULL);
  wp_item_scores_show (self, self->document, self->item);
}

static void
on_reach_days_changed (WpItemScores *self)
{
  if (self->document == NULL || self->showing)
    return;
  wp_document_set_int (self->document, product_of (self), WP_PRODUCT_REACH_DAYS,
                       gtk_spin_button_get_value_as_int (self->reach_days_button));
  wp_item_scores_show (self, self->document, self->item);
}

static void
show_score (WpItemScores *self,
            WpScoreKind   kind,
            AdwActionRow *row,
            GtkLabel     *explanation)
{
  WpDemand *demand = wp_document_get_demand (self->document);
  double score = wp_score (kind, demand, self->item);
  g_autofree char *text = wp_format_score (score);
  g_autofree char *how = wp_score_explain (kind, demand, self->item);

  adw_action_row_set_subtitle (row, score >= 0 ? text : _("Not enough numbers for a score"));
  gtk_label_set_text (explanation, how);
}

static void
show_reach_source (WpItemScores *self)
{
  gboolean from_feedback;
  double reach = wp_score_reach (wp_document_get_demand (self->document), self->item,
                                 &from_feedback);
  g_autofree char *tooltip = NULL;

  if (from_feedback)
    /* Translators: the reach row's tooltip when the reach is counted from the feedback */
    tooltip = g_strdup_printf (_("Counted from the feedback: %u. Type a number to use yours."),
                               (guint) reach);
  else
    tooltip = g_strdup (_("Typed. Empty it to count from the feedback."));
  wp_widget_set_tooltip (GTK_WIDGET (self->reach_row), tooltip);
}

/**
 * wp_item_scores_show:
 * @self: the group
 * @document: (nullable): the item's document
 * @item: (nullable): the item, or %NULL for none
 *
 * Shows @item's numbers and scores, as they are now.
 */
void
wp_item_scores_show (WpItemScores *self,
                     WpDocument   *document,
                     WpEntity     *item)
{
  g_return_if_fail (WP_IS_ITEM_SCORES (self));

  self->document = document;
  g_set_object (&self->item, item);
  if (item == NULL)
    return;
  wp_number_row_show (self->reach_row, wp_entity_get_number (item, WP_ITEM_REACH));
  wp_number_row_show (self->impact_row, wp_entity_get_number (item, WP_ITEM_IMPACT));
  wp_number_row_show (self->confidence_row, wp_entity_get_number (item, WP_ITEM_CONFIDENCE));
  wp_number_row_show (self->time_row, wp_entity_get_number (item, WP_ITEM_TIME_CRITICALITY));
  wp_number_row_show (self->risk_row, wp_entity_get_number (item, WP_ITEM_RISK_REDUCTION));
  self->showing = TRUE;
  adw_combo_row_set_selected (self->reach_from_row,
                              g_strcmp0 (wp_entity_get_string (product_of (self),
                                                               WP_PRODUCT_REACH_FROM),
                                         "mentions") == 0);
  gtk_spin_button_set_value (self->reach_days_button,
                             wp_entity_get_int (product_of (self), WP_PRODUCT_REACH_DAYS));
  self->showing = FALSE;
  show_reach_source (self);
  show_score (self, WP_SCORE_RICE, self->rice_row, self->rice_label);
  show_score (self, WP_SCORE_WSJF, self->wsjf_row, self->wsjf_label);
}

static void
wp_item_scores_dispose (GObject *object)
{
  WpItemScores *self = WP_ITEM_SCORES (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (wp_item_scores_parent_class)->dispose (object);
}

static void
wp_item_scores_class_init (WpItemScoresClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wp_item_scores_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/backlog/wp-item-scores.ui");
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, reach_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, reach_from_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, reach_days_button);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, impact_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, confidence_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, time_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, risk_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, rice_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, wsjf_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, rice_label);
  gtk_widget_class_bind_template_child (widget_class, WpItemScores, wsjf_label);
  gtk_widget_class_bind_template_callback (widget_class, on_number_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_reach_from_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_reach_days_changed);
}

static void
wp_item_scores_init (WpItemScores *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
