/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpProposalBar: the bar over a proposed order, to apply or discard it (wp-proposal-bar.c). */
#pragma once

#include <adwaita.h>

#include "wp-proposal.h"

G_BEGIN_DECLS

#define WP_TYPE_PROPOSAL_BAR (wp_proposal_bar_get_type ())

G_DECLARE_FINAL_TYPE (WpProposalBar, wp_proposal_bar, WP, PROPOSAL_BAR, AdwBin)

void wp_proposal_bar_show (WpProposalBar  *self,
                           WpProposalKind  kind);
void wp_proposal_bar_hide (WpProposalBar  *self);

G_END_DECLS
