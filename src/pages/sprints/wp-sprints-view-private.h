/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of WpSprintsView share: wp-sprints-view.c, -detail.c and -plan.c. */
#pragma once

#include <adwaita.h>

#include "wp-capacity-gauge.h"
#include "wp-date-button.h"
#include "wp-sprint-chart.h"
#include "wp-sprints-view.h"
#include "wp-throughput-forecast.h"

G_BEGIN_DECLS

struct _WpSprintsView
{
  AdwBin          parent_instance;

  GtkStack       *stack;
  AdwLeaflet     *leaflet;
  GtkWidget      *content;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;
  GtkListBox     *sprint_list;
  GtkWidget      *back_button;
  GtkLabel       *name_label;
  GtkLabel       *facts_label;
  GtkButton      *state_button;
  AdwEntryRow    *name_row;
  AdwEntryRow    *goal_row;
  WpDateButton   *start_button;
  WpDateButton   *end_button;
  AdwComboRow    *outcome_row;
  WpCapacityGauge *capacity_gauge;
  GtkWidget      *backlog_column;
  GtkListBox     *sprint_items;
  GtkListBox     *backlog_items;
  WpSprintChart  *burndown_chart;
  WpSprintChart  *velocity_chart;
  WpSprintChart  *forecast_chart;
  WpSprintChart  *cycle_time_chart;
  WpSprintChart  *flow_chart;
  WpThroughputForecast *throughput_forecast;

  WpDocument     *document;
  char           *selected;     /* the id of the sprint shown */
  char           *search_text;  /* folded; NULL when the list shows every sprint */
  guint           fill_source;
  gboolean        stale;        /* changed while hidden: filled when shown */
  gboolean        loading;      /* showing the document, not editing it */
};

/* wp-sprints-view.c */
void      _wp_sprints_view_fill              (WpSprintsView  *self);
WpEntity *_wp_sprints_view_selected_sprint   (WpSprintsView  *self);
char     *_wp_sprints_view_sprint_facts      (WpEntity       *sprint,
                                              GHashTable     *points);

/* wp-sprints-view-detail.c */
WpEntity *_wp_sprints_view_lookup_param      (WpSprintsView  *self,
                                              WpKind          kind,
                                              GVariant       *param);
void      _wp_sprints_view_show_detail       (WpSprintsView  *self,
                                              GHashTable     *points,
                                              gboolean        changed);
void      _wp_sprints_view_class_init_detail (GtkWidgetClass *widget_class);

/* wp-sprints-view-plan.c */
void      _wp_sprints_view_fill_items        (WpSprintsView  *self,
                                              WpEntity       *sprint);
void      _wp_sprints_view_init_plan         (WpSprintsView  *self);
void      _wp_sprints_view_class_init_plan   (GtkWidgetClass *widget_class);

G_END_DECLS
