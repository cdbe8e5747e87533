/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpItemScores, a group of the item details: the numbers RICE and WSJF take
 * beyond value and effort (reach, impact, confidence, time criticality, risk
 * reduction), each one undo step when applied, and both scores with a button
 * that shows how each adds up. An empty reach counts the customers who asked,
 * or their feedback by importance, of all of it or of the last days, as the
 * product says (two rows change that for every item; the reach row's tooltip
 * says which it is). Below them, a row for each criterion of the product's
 * scorecard, rated from 0 to its scale, and the scorecard's score, explained
 * as the others; the rows follow the scorecard as it is edited or undone.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-demand.h"
#include "wp-format.h"
#include "wp-item-scores.h"
#include "wp-score.h"
#include "wp-scorecard.h"
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

  WpDocument  *document;  /* borrowed from the details pane, a weak pointer */
  WpEntity    *item;
  gboolean     showing;   /* the product's settings are being shown, not changed */
  GPtrArray   *card_rows; /* the scorecard's rows, made for its criteria */
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

/* Each click of the spin button joins the undo step of the one before. */
static void
on_reach_days_changed (WpItemScores *self)
{
  if (self->document == NULL || self->showing)
    return;
  wp_document_begin_merging (self->document, _("Edit Product"), "reach-days");
  wp_document_set_int (self->document, product_of (self), WP_PRODUCT_REACH_DAYS,
                       gtk_spin_button_get_value_as_int (self->reach_days_button));
  wp_document_end (self->document);
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

static void
on_rating_apply (WpItemScores *self,
                 AdwEntryRow  *row)
{
  const char *criterion = g_object_get_data (G_OBJECT (row), "wp-criterion");
  double scale = *(double *) g_object_get_data (G_OBJECT (row), "wp-scale");
  double rating;

  if (self->item == NULL || !wp_number_row_read (row, &rating))
    return;
  /* Beyond the scale counts as the scale: it is kept as it counts. */
  if (rating > scale)
    {
      rating = scale;
      wp_number_row_show (row, rating);
    }
  wp_scorecard_rate (self->document, self->item, criterion, rating);
}

static char *
rating_title (const WpCriterion *criterion)
{
  g_autofree char *scale = wp_format_number (criterion->scale);

  /* Translators: a scorecard criterion's row in the details: its name and scale, "Fit (0–5)" */
  return g_strdup_printf (_("%s (0–%s)"), criterion->name, scale);
}

static AdwEntryRow *
new_rating_row (WpItemScores      *self,
                const WpCriterion *criterion)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  g_autofree char *title = rating_title (criterion);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_object_set (row, "input-purpose", GTK_INPUT_PURPOSE_NUMBER, NULL);
  g_object_set_data_full (G_OBJECT (row), "wp-criterion", g_strdup (criterion->id), g_free);
  g_object_set_data_full (G_OBJECT (row), "wp-scale",
                          g_memdup2 (&criterion->scale, sizeof criterion->scale), g_free);
  g_signal_connect_swapped (row, "apply", G_CALLBACK (on_rating_apply), self);

  return row;
}

/* The scorecard's score, with a button that explains it, as RICE and WSJF have. */
static GtkWidget *
new_card_score_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = gtk_label_new (NULL);
  const char *how = _("How the Scorecard Score Adds Up");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_score_name (WP_SCORE_SCORECARD));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  g_object_set (label, "margin-start", 6, "margin-end", 6, "margin-top", 6, "margin-bottom", 6,
                NULL);
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "help-about-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, how);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, how,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "wp-label", label);

  return row;
}

/* Whether the rows are those of @criteria, with their titles: then they are kept, and so is
   the focus of one being typed in. */
static gboolean
rows_match (WpItemScores *self,
            GArray       *criteria)
{
  if (self->card_rows->len != (criteria->len > 0 ? criteria->len + 1 : 0))
    return FALSE;
  for (guint i = 0; i < criteria->len; i++)
    {
      const WpCriterion *criterion = &g_array_index (criteria, WpCriterion, i);
      GtkWidget *row = g_ptr_array_index (self->card_rows, i);
      g_autofree char *title = rating_title (criterion);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "wp-criterion"), criterion->id) != 0 ||
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
        return FALSE;
    }

  return TRUE;
}

/* A row for each criterion and one for the score, made anew only when the criteria changed. */
static void
show_scorecard (WpItemScores *self)
{
  g_autoptr(GArray) criteria = wp_scorecard_criteria (self->document);
  GtkWidget *score_row;

  if (!rows_match (self, criteria))
    {
      for (guint i = 0; i < self->card_rows->len; i++)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                      g_ptr_array_index (self->card_rows, i));
      g_ptr_array_set_size (self->card_rows, 0);
      for (guint i = 0; i < criteria->len; i++)
        g_ptr_array_add (self->card_rows,
                         new_rating_row (self, &g_array_index (criteria, WpCriterion, i)));
      if (criteria->len > 0)
        g_ptr_array_add (self->card_rows, new_card_score_row ());
      for (guint i = 0; i < self->card_rows->len; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (self),
                                   g_ptr_array_index (self->card_rows, i));
    }
  if (criteria->len == 0)
    return;
  for (guint i = 0; i < criteria->len; i++)
    wp_number_row_show (g_ptr_array_index (self->card_rows, i),
                        wp_scorecard_rating (self->item,
                                             g_array_index (criteria, WpCriterion, i).id));
  score_row = g_ptr_array_index (self->card_rows, criteria->len);
  show_score (self, WP_SCORE_SCORECARD, ADW_ACTION_ROW (score_row),
              g_object_get_data (G_OBJECT (score_row), "wp-label"));
}

/* The product's scoring settings changed, by an edit or an undo: every row shows them again. */
static void
on_document_changed (WpItemScores *self,
                     WpEntity     *entity,
                     guint         field)
{
  if (self->item != NULL && WP_IS_PRODUCT (entity) &&
      (field == WP_PRODUCT_SCORECARD || field == WP_PRODUCT_REACH_FROM ||
       field == WP_PRODUCT_REACH_DAYS))
    wp_item_scores_show (self, self->document, self->item);
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

  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_func (self->document, on_document_changed, self);
      if (document != NULL)
        g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                                 G_CONNECT_SWAPPED);
    }
  g_set_weak_pointer (&self->document, document);
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
  show_scorecard (self);
}

static void
wp_item_scores_dispose (GObject *object)
{
  WpItemScores *self = WP_ITEM_SCORES (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed, self);
  g_clear_weak_pointer (&self->document);
  g_clear_object (&self->item);
  g_clear_pointer (&self->card_rows, g_ptr_array_unref);

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
  self->card_rows = g_ptr_array_new ();
}
