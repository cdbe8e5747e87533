/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The scores behind "Propose an Order": value for the effort (an item's
 * value divided by its effort), customer demand (the distinct customers
 * whose feedback asks for it), RICE or WSJF (wp-score.c). A score is the
 * item's own, so adding an item
 * changes no other item's score. Items are proposed highest score first;
 * equal scores keep the backlog's order, and items that cannot be scored
 * (no value or no effort) go last.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-proposal.h"
#include "wp-score.h"

static const char * const kind_names[] = {
  [WP_PROPOSAL_VALUE_EFFORT] = "value-effort",
  [WP_PROPOSAL_DEMAND] = "demand",
  [WP_PROPOSAL_RICE] = "rice",
  [WP_PROPOSAL_WSJF] = "wsjf",
  [WP_PROPOSAL_SCORECARD] = "scorecard",
};

/**
 * wp_proposal_kind_from_name:
 * @name: a kind's name, as the backlog.propose action takes it
 * @kind: (out): the kind
 *
 * Returns: whether @name names a kind
 */
gboolean
wp_proposal_kind_from_name (const char     *name,
                            WpProposalKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

static double
value_for_effort (WpEntity *item)
{
  double value = wp_entity_get_number (item, WP_ITEM_VALUE);
  double effort = wp_entity_get_number (item, WP_ITEM_EFFORT);

  /* Items without both numbers cannot be scored: they go last. */
  if (value < 0 || effort < 0)
    return -1;

  return value / MAX (effort, 0.1);
}

/**
 * wp_proposal_score:
 * @kind: how to score
 * @demand: the document's demand counts
 * @item: an item
 *
 * Returns: @item's score, higher first; -1 when it cannot be scored
 */
double
wp_proposal_score (WpProposalKind  kind,
                   WpDemand       *demand,
                   WpEntity       *item)
{
  g_return_val_if_fail (WP_IS_DEMAND (demand), -1);
  g_return_val_if_fail (WP_IS_ITEM (item), -1);

  switch (kind)
    {
    case WP_PROPOSAL_DEMAND:
      return wp_demand_customers (demand, wp_entity_get_id (item));
    case WP_PROPOSAL_RICE:
      return wp_score (WP_SCORE_RICE, demand, item);
    case WP_PROPOSAL_WSJF:
      return wp_score (WP_SCORE_WSJF, demand, item);
    case WP_PROPOSAL_SCORECARD:
      return wp_score (WP_SCORE_SCORECARD, demand, item);
    case WP_PROPOSAL_VALUE_EFFORT:
    default:
      return value_for_effort (item);
    }
}

/**
 * wp_proposal_compare:
 * @kind: how to score
 * @demand: the document's demand counts
 * @a: an item
 * @b: another item
 *
 * Returns: the order of @a and @b in the proposal: the higher score first,
 *   then the backlog's order
 */
int
wp_proposal_compare (WpProposalKind  kind,
                     WpDemand       *demand,
                     WpEntity       *a,
                     WpEntity       *b)
{
  double x = wp_proposal_score (kind, demand, a), y = wp_proposal_score (kind, demand, b);

  if (x != y)
    return x > y ? -1 : 1;

  return strcmp (wp_entity_get_string (a, WP_ITEM_RANK), wp_entity_get_string (b, WP_ITEM_RANK));
}
