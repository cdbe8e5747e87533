/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How "Propose an Order" scores and ranks the open items (wp-proposal.c). */
#pragma once

#include "wp-demand.h"

G_BEGIN_DECLS

typedef enum {
  WP_PROPOSAL_VALUE_EFFORT,  /* value for the effort, highest first */
  WP_PROPOSAL_DEMAND,        /* distinct customers who asked, most first */
  WP_PROPOSAL_RICE,          /* RICE score, highest first */
  WP_PROPOSAL_WSJF,          /* WSJF score, highest first */
  WP_PROPOSAL_SCORECARD,     /* the product's scorecard, highest first */
} WpProposalKind;

gboolean wp_proposal_kind_from_name (const char     *name,
                                     WpProposalKind *kind);
double   wp_proposal_score          (WpProposalKind  kind,
                                     WpDemand       *demand,
                                     WpEntity       *item);
int      wp_proposal_compare        (WpProposalKind  kind,
                                     WpDemand       *demand,
                                     WpEntity       *a,
                                     WpEntity       *b);

G_END_DECLS
