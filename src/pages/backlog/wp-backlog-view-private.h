/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of WpBacklogView share: wp-backlog-view.c and its -search, -dnd and -actions.c. */
#pragma once

#include <adwaita.h>

#include "wp-backlog-model.h"
#include "wp-backlog-row.h"
#include "wp-backlog-view.h"
#include "wp-demand.h"
#include "wp-item-details.h"
#include "wp-list-drop.h"
#include "wp-proposal-bar.h"
#include "wp-velocity.h"

G_BEGIN_DECLS

struct _WpBacklogView
{
  AdwBin              parent_instance;

  GtkEntry           *add_entry;
  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
  AdwFlap            *flap;
  WpItemDetails      *details;
  GtkStack           *side_stack;
  AdwStatusPage      *several_page;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkFlowBox         *search_box;
  GtkMenuButton      *filters_button;
  GtkBox             *filters_box;
  GtkLabel           *legend_label;
  GtkDropDown        *kind_filter;
  GtkDropDown        *moscow_filter;
  GtkDropDown        *label_filter;
  GtkDropDown        *epic_filter;
  GtkDropDown        *release_filter;
  GtkToggleButton    *done_button;
  WpProposalBar      *proposal_bar;
  GtkPopoverMenu     *context_menu;

  WpDocument         *document;
  GtkFilterListModel *open_items;
  GtkFilter          *open_filter;
  GtkFilter          *match_filter;
  char               *search_text;   /* casefolded */
  WpBacklogModel     *sorted;        /* open items and release lines, by rank */
  GtkMultiSelection  *selection;
  GtkSortListModel   *proposal;      /* the proposed order while it is previewed */
  WpProposalKind      proposal_kind;
  int                 score_column;  /* the WpScoreKind the rows show, -1 for none */
  WpDemand           *demand;
  GPtrArray          *release_rows;  /* bound rows that show a release line */
  WpForecastMemo     *forecasts;     /* their forecasts, run again only when they change */
  GPtrArray          *rows;          /* every row the list made */
  guint               refresh_source;
  guint               compact_source;
  gboolean            compact;
  gboolean            placing;       /* moving items: their selection is briefly lost */
  WpEntity           *focus_entity;  /* a dropped entry whose row takes the focus when shown */
  GdkFrameClock      *focus_clock;

  WpListDrop         *drop;
  GPtrArray          *hovering;      /* what is dragged over the list, while it is */
  guint               hover_slot;    /* where it would land */
  guint               preview_source;
  WpBacklogRow       *preview_row;   /* the release line showing what a drop would do */
};

/* wp-backlog-view.c: the list as shown */
const char    *_wp_backlog_view_entity_rank        (WpEntity      *entity);
WpEntity      *_wp_backlog_view_entity_at          (WpBacklogView *self,
                                                    guint          position);
guint          _wp_backlog_view_n_entries          (WpBacklogView *self);
guint          _wp_backlog_view_position_of        (WpBacklogView *self,
                                                    WpEntity      *entity);
WpEntity      *_wp_backlog_view_sorted_at          (WpBacklogView *self,
                                                    guint          position);
GPtrArray     *_wp_backlog_view_movable_selection  (WpBacklogView *self);
void           _wp_backlog_view_scroll_to          (WpBacklogView *self,
                                                    guint          position);
WpBacklogRow  *_wp_backlog_view_row_showing        (WpBacklogView *self,
                                                    WpEntity      *entity);
void           _wp_backlog_view_selection_changed  (WpBacklogView *self);
void           _wp_backlog_view_update_legend      (WpBacklogView *self);

gboolean       _wp_backlog_view_is_open            (gpointer       item,
                                                    gpointer       user_data);

/* wp-backlog-view-lines.c */
double         _wp_backlog_view_points_above       (WpBacklogView *self,
                                                    WpEntity      *line);
void           _wp_backlog_view_refresh_lines_later (WpBacklogView *self);
void           _wp_backlog_view_stop_preview       (WpBacklogView *self);

/* wp-backlog-view-score.c */
void           _wp_backlog_view_score_column_changed (WpBacklogView  *self);
char          *_wp_backlog_view_score_legend       (WpBacklogView  *self);
void           _wp_backlog_view_class_init_score   (GtkWidgetClass *widget_class);

/* wp-backlog-view-search.c */
gboolean       _wp_backlog_view_matches_search     (gpointer        item,
                                                    gpointer        user_data);
void           _wp_backlog_view_init_search        (WpBacklogView  *self);
void           _wp_backlog_view_place_filters      (WpBacklogView  *self);
void           _wp_backlog_view_class_init_search  (GtkWidgetClass *widget_class);

/* wp-backlog-view-dnd.c */
void           _wp_backlog_view_slot_around        (WpBacklogView *self,
                                                    GPtrArray     *moving,
                                                    guint          position,
                                                    guint         *above,
                                                    guint         *below,
                                                    const char   **after,
                                                    const char   **before);
gboolean       _wp_backlog_view_place_at           (WpBacklogView *self,
                                                    GPtrArray     *moving,
                                                    guint          position,
                                                    gboolean       scroll);
void           _wp_backlog_view_stop_focus_later   (WpBacklogView *self);
GObject       *_wp_backlog_view_draggable_object   (GtkWidget     *row);
void           _wp_backlog_view_init_dnd           (WpBacklogView *self);

/* wp-backlog-view-actions.c */
void           _wp_backlog_view_end_proposal       (WpBacklogView  *self);
void           _wp_backlog_view_init_actions       (WpBacklogView  *self);
void           _wp_backlog_view_class_init_actions (GtkWidgetClass *widget_class);

G_END_DECLS
