/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The score column of the backlog: the product's `score_column` (RICE,
 * WSJF or the scorecard, or none) shows that score at the end of every
 * item's row, a button whose popover explains it. backlog.score-column
 * ("rice", "wsjf", "scorecard" or "") picks it, as a change of the product
 * that can be undone and that everyone who opens the file sees;
 * backlog.edit-scorecard opens the scorecard's criteria.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-backlog-view-private.h"
#include "wp-choices.h"
#include "wp-score.h"
#include "wp-scorecard-dialog.h"

/**
 * _wp_backlog_view_score_column_changed:
 * @self: the backlog
 *
 * Shows the product's score column in every row, the legend and the action's state.
 */
void
_wp_backlog_view_score_column_changed (WpBacklogView *self)
{
  self->score_column = wp_score_kind_of (
    wp_entity_get_string (WP_ENTITY (wp_document_get_product (self->document)),
                          WP_PRODUCT_SCORE_COLUMN));
  /* The same score adds up anew when the scorecard changed. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      wp_backlog_row_set_score (g_ptr_array_index (self->rows, i), self->score_column);
      wp_backlog_row_refresh (g_ptr_array_index (self->rows, i));
    }
  _wp_backlog_view_update_legend (self);
}

/* What the legend says of the score column: " · RICE", or nothing. */
char *
_wp_backlog_view_score_legend (WpBacklogView *self)
{
  return self->score_column >= 0 ? g_strconcat (" · ", wp_score_name (self->score_column), NULL)
                                 : g_strdup ("");
}

static void
score_column_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);
  const char *name = g_variant_get_string (param, NULL);
  WpEntity *product;

  if (self->document == NULL || (name[0] != '\0' && !g_strv_contains (wp_score_columns, name)))
    return;
  product = WP_ENTITY (wp_document_get_product (self->document));
  wp_document_begin (self->document, name[0] != '\0'
                                     /* Translators: undo label of showing a score column */
                                     ? _("Show Scores in the Backlog")
                                     : _("Hide Scores in the Backlog"));
  wp_document_set_string (self->document, product, WP_PRODUCT_SCORE_COLUMN,
                          name[0] != '\0' ? name : NULL);
  wp_document_end (self->document);
}

static void
edit_scorecard_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);

  if (self->document != NULL)
    gtk_window_present (GTK_WINDOW (wp_scorecard_dialog_new (GTK_WINDOW (gtk_widget_get_root (
                                                                           widget)),
                                                             self->document)));
}

void
_wp_backlog_view_class_init_score (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "backlog.score-column", "s",
                                   score_column_action);
  gtk_widget_class_install_action (widget_class, "backlog.edit-scorecard", NULL,
                                   edit_scorecard_action);
}
