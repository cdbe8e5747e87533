/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The prioritization scores of an item, each from the item's own numbers
 * (and its own feedback), so that adding or changing another item changes
 * no score:
 *
 * - RICE = reach × impact × confidence ÷ effort. Reach is typed, or, when
 *   left empty, the distinct customers whose feedback asks for the item.
 *   Impact on Intercom's scale (3 massive, 2 high, 1 medium, 0.5 low, 0.25
 *   minimal), confidence in percent.
 * - WSJF = cost of delay ÷ job size, the cost of delay being business value
 *   + time criticality + risk reduction or opportunity enablement; the job
 *   size is the item's effort.
 * - The scorecard: the product's own criteria, each rating weighted
 *   (wp-scorecard.c).
 *
 * An item lacking a number a score needs has no score (-1): it is not
 * guessed. Every score explains itself: its terms and its arithmetic.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-date.h"
#include "wp-format.h"
#include "wp-score.h"
#include "wp-scorecard.h"

/* An effort of 0 would make any score infinite: it counts as a tenth, as value/effort does. */
#define LEAST_EFFORT 0.1

static double
number (WpEntity *item,
        guint     field)
{
  return wp_entity_get_number (item, field);
}

/**
 * wp_score_name:
 * @kind: a score
 *
 * Returns: its name: "RICE" and "WSJF" are the same in every language, "Scorecard" is translated
 */
const char *
wp_score_name (WpScoreKind kind)
{
  return kind == WP_SCORE_RICE ? "RICE" : kind == WP_SCORE_WSJF ? "WSJF" : _("Scorecard");
}

/**
 * wp_score_kind_of:
 * @column: (nullable): a product's `score_column`: "rice", "wsjf" or "scorecard"
 *
 * Returns: the #WpScoreKind it names, or -1 for none
 */
int
wp_score_kind_of (const char *column)
{
  return g_strcmp0 (column, "rice") == 0 ? WP_SCORE_RICE
         : g_strcmp0 (column, "wsjf") == 0 ? WP_SCORE_WSJF
         : g_strcmp0 (column, "scorecard") == 0 ? WP_SCORE_SCORECARD : -1;
}

/**
 * wp_score_reach:
 * @demand: the document's demand counts
 * @item: an item
 * @from_feedback: (out) (optional): whether it is counted from the feedback, not typed
 *
 * Returns: the reach RICE uses: the item's own, or else its distinct customers (0 for none)
 */
double
wp_score_reach (WpDemand *demand,
                WpEntity *item,
                gboolean *from_feedback)
{
  double typed = number (item, WP_ITEM_REACH);

  if (from_feedback != NULL)
    *from_feedback = typed < 0;
  if (typed >= 0)
    return typed;

  return wp_demand_reach (demand, wp_entity_get_id (item), wp_date_today ());
}

static double
cost_of_delay (WpEntity *item)
{
  double value = number (item, WP_ITEM_VALUE);
  double time = number (item, WP_ITEM_TIME_CRITICALITY);
  double risk = number (item, WP_ITEM_RISK_REDUCTION);

  if (value < 0 && time < 0 && risk < 0)
    return -1;

  return MAX (value, 0) + MAX (time, 0) + MAX (risk, 0);
}

/**
 * wp_score:
 * @kind: which score
 * @demand: the document's demand counts
 * @item: an item
 *
 * Returns: @item's score, or -1 when it lacks a number the score needs
 */
double
wp_score (WpScoreKind  kind,
          WpDemand    *demand,
          WpEntity    *item)
{
  double effort = number (item, WP_ITEM_EFFORT);

  g_return_val_if_fail (WP_IS_ITEM (item), -1);

  if (kind == WP_SCORE_SCORECARD)
    return wp_scorecard_score (wp_demand_get_document (demand), item);
  if (effort < 0)
    return -1;
  effort = MAX (effort, LEAST_EFFORT);
  if (kind == WP_SCORE_WSJF)
    return cost_of_delay (item) < 0 ? -1 : cost_of_delay (item) / effort;
  if (number (item, WP_ITEM_IMPACT) < 0 || number (item, WP_ITEM_CONFIDENCE) < 0)
    return -1;

  return wp_score_reach (demand, item, NULL) * number (item, WP_ITEM_IMPACT) *
         number (item, WP_ITEM_CONFIDENCE) / 100 / effort;
}

/* "12", or "?" for a number the item does not have. */
static char *
term (double value)
{
  return value < 0 ? g_strdup ("?") : wp_format_number (value);
}

/* Where a reach counted from the feedback comes from, as the product has it counted. */
static char *
reach_source (WpDemand *demand)
{
  WpEntity *product = WP_ENTITY (wp_document_get_product (wp_demand_get_document (demand)));
  gboolean mentions = g_strcmp0 (wp_entity_get_string (product, WP_PRODUCT_REACH_FROM),
                                 "mentions") == 0;
  int days = wp_entity_get_int (product, WP_PRODUCT_REACH_DAYS);
  const char *what = mentions
                     /* Translators: where a RICE reach comes from */
                     ? _("the importance of the feedback that asks for it")
                     : _("the customers whose feedback asks for it");

  if (days == 0)
    return g_strdup (what);

  /* Translators: where a RICE reach comes from, then how far back the feedback counts */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, received today",
                                       "%s, received in the last %d days", days), what, days);
}

static char *
explain_rice (WpDemand *demand,
              WpEntity *item)
{
  gboolean from_feedback;
  g_autofree char *reach = term (wp_score_reach (demand, item, &from_feedback));
  g_autofree char *impact = term (number (item, WP_ITEM_IMPACT));
  g_autofree char *confidence = term (number (item, WP_ITEM_CONFIDENCE));
  g_autofree char *effort = term (number (item, WP_ITEM_EFFORT));
  /* Translators: where a RICE reach comes from */
  g_autofree char *whose = from_feedback ? reach_source (demand) : g_strdup (_("as typed"));

  /* Translators: the terms of a RICE score, one a line; the last %s says where the reach is from */
  return g_strdup_printf (_("RICE = reach × impact × confidence ÷ effort\n"
                            "= %s × %s × %s%% ÷ %s\n"
                            "Reach %s: %s"),
                          reach, impact, confidence, effort, reach, whose);
}

/* A term of the cost of delay: 0 when missing while another term is there, as it counts. */
static char *
delay_term (WpEntity *item,
            guint     field)
{
  return term (cost_of_delay (item) < 0 ? -1 : MAX (number (item, field), 0));
}

static char *
explain_wsjf (WpEntity *item)
{
  g_autofree char *value = delay_term (item, WP_ITEM_VALUE);
  g_autofree char *time = delay_term (item, WP_ITEM_TIME_CRITICALITY);
  g_autofree char *risk = delay_term (item, WP_ITEM_RISK_REDUCTION);
  g_autofree char *effort = term (number (item, WP_ITEM_EFFORT));

  /* Translators: the terms of a WSJF score, one a line */
  return g_strdup_printf (_("WSJF = (value + time criticality + risk reduction) ÷ effort\n"
                            "= (%s + %s + %s) ÷ %s"),
                          value, time, risk, effort);
}

/**
 * wp_score_explain:
 * @kind: which score
 * @demand: the document's demand counts
 * @item: an item
 *
 * Returns: (transfer full): the score's formula, the item's numbers in it and the result, one
 *   a line, or what is missing for a score
 */
char *
wp_score_explain (WpScoreKind  kind,
                  WpDemand    *demand,
                  WpEntity    *item)
{
  g_autofree char *terms = NULL;
  double score = wp_score (kind, demand, item);
  g_autofree char *result = NULL;

  if (kind == WP_SCORE_SCORECARD)
    return wp_scorecard_explain (wp_demand_get_document (demand), item);
  terms = kind == WP_SCORE_RICE ? explain_rice (demand, item) : explain_wsjf (item);

  if (score < 0)
    /* Translators: after a score's formula, when the item lacks a number it needs */
    return g_strdup_printf (_("%s\nNo score until every term has a number."), terms);
  result = wp_format_score (score);

  /* Translators: a score's formula and terms, then its result */
  return g_strdup_printf (_("%s\n= %s"), terms, result);
}
