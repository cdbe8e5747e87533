/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpProposalBar slides in over the backlog while a proposed order is
 * previewed: it says how the items were ordered and that nothing changes
 * until the order is applied, with Discard (backlog.discard-proposal) and
 * Apply Order (backlog.apply-proposal) beside it.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-proposal-bar.h"

struct _WpProposalBar
{
  AdwBin       parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
};

G_DEFINE_FINAL_TYPE (WpProposalBar, wp_proposal_bar, ADW_TYPE_BIN)

static const char *
explain (WpProposalKind kind)
{
  switch (kind)
    {
    case WP_PROPOSAL_DEMAND:
      return _("Proposed order: most customers first. Nothing changes until you apply it.");
    case WP_PROPOSAL_RICE:
      return _("Proposed order: highest RICE score first; items without reach, impact, "
               "confidence or effort last. Nothing changes until you apply it.");
    case WP_PROPOSAL_WSJF:
      return _("Proposed order: highest WSJF first; items without a cost of delay or effort "
               "last. Nothing changes until you apply it.");
    case WP_PROPOSAL_SCORECARD:
      return _("Proposed order: highest scorecard score first; items not rated on every "
               "criterion last. Nothing changes until you apply it.");
    case WP_PROPOSAL_VALUE_EFFORT:
    default:
      return _("Proposed order: highest value for the effort first; items without value or effort "
               "last. Nothing changes until you apply it.");
    }
}

void
wp_proposal_bar_show (WpProposalBar  *self,
                      WpProposalKind  kind)
{
  g_return_if_fail (WP_IS_PROPOSAL_BAR (self));

  gtk_label_set_text (self->label, explain (kind));
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

void
wp_proposal_bar_hide (WpProposalBar *self)
{
  g_return_if_fail (WP_IS_PROPOSAL_BAR (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

static void
wp_proposal_bar_class_init (WpProposalBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/backlog/wp-proposal-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, WpProposalBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, WpProposalBar, label);
}

static void
wp_proposal_bar_init (WpProposalBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
