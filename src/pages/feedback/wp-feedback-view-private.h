/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of WpFeedbackView share: wp-feedback-view.c, -table.c and -side.c. */
#pragma once

#include <adwaita.h>

#include "wp-feedback-filters.h"
#include "wp-feedback-query.h"
#include "wp-feedback-results.h"
#include "wp-feedback-view.h"
#include "wp-stable-rows.h"

G_BEGIN_DECLS

struct _WpFeedbackView
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search_entry;
  GtkToggleButton    *filter_button;
  GtkRevealer        *filter_revealer;
  WpFeedbackFilters  *filters;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkScrolledWindow  *table_scroller;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkButton          *import_button;
  AdwFlap            *flap;
  GtkStack           *side_stack;
  GtkToggleButton    *link_button;
  GtkToggleButton    *requested_button;
  GtkSearchEntry     *item_search;
  GtkListBox         *link_targets;
  GtkListBox         *requested_list;

  WpDocument         *document;
  WpFeedbackQuery    *query;
  WpFeedbackResults  *results;
  GtkSortListModel   *sorted;
  WpStableRows       *rows;
  GtkMultiSelection  *selection;
  GPtrArray          *moving;        /* the selected entries while the rows change under them */
  guint               side_source;
  guint               prepare_source;
  guint               prepared;      /* entries prepared for searching so far */
  guint               narrow;        /* 0 wide, 1 narrow, 2 narrowest */
  guint               columns_source;
};

/* wp-feedback-view-table.c */
void _wp_feedback_view_init_table      (WpFeedbackView *self);

/* wp-feedback-view-side.c */
void _wp_feedback_view_queue_side      (WpFeedbackView *self);
void _wp_feedback_view_class_init_side (GtkWidgetClass *widget_class);

G_END_DECLS
