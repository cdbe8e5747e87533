/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpTimeline's instance and what its parts (widget, drawing, actions, dragging) share. */
#pragma once

#include "wp-roadmap-geometry.h"
#include "wp-roadmap-layout.h"
#include "wp-timeline.h"

G_BEGIN_DECLS

#define HEADER_HEIGHT   52.0

typedef enum {
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
  DRAG_CREATE,
  DRAG_PAN,
} DragMode;

typedef struct {
  DragMode  mode;
  WpEntity *entry;
  double    press_x, press_y, press_day;
  guint32   start, end;        /* the preview */
  guint     row;
  guint32   orig_start, orig_end;
  guint     orig_row;
  double    orig_origin, orig_y_offset;
  gboolean  moved;             /* past the threshold: a click is not a drag */
} Drag;

struct _WpTimeline
{
  GtkWidget    parent_instance;

  WpDocument  *document;
  WpTimeScale  scale;
  double       y_offset;
  gboolean     fitted;
  GHashTable  *bars;       /* entry → its WpRoadmapBar */
  WpRoadmapLayout *layout;
  WpEntity    *selected;
  GtkWidget   *drag_label;
  Drag         drag;
  double       pointer_x;
  double       zoom_scale;
  double       title_width;
  guint        progress_source;
  GArray      *forecasts;          /* (element-type ForecastMark) */
  gboolean     forecasts_stale;    /* counted again when next drawn */
};

/* When the work above a release's line is likely (50%) and safely (85%) done. */
typedef struct {
  char    *release;
  guint32  p50;
  guint32  p85;
} ForecastMark;

/* wp-timeline.c */
void             _wp_timeline_compute_places     (WpTimeline           *self);
void             _wp_timeline_rebuild            (WpTimeline           *self);
WpEntity        *_wp_timeline_lane_of_row        (WpTimeline           *self,
                                                  guint                 row);
const char      *_wp_timeline_lane_id_of_row     (WpTimeline           *self,
                                                  guint                 row);
void             _wp_timeline_set_selected       (WpTimeline           *self,
                                                  WpEntity             *entry);
void             _wp_timeline_edit               (WpTimeline           *self,
                                                  WpEntity             *entry);
double           _wp_timeline_day_x              (WpTimeline           *self,
                                                  double                day);
double           _wp_timeline_x_day              (WpTimeline           *self,
                                                  double                x);
graphene_rect_t  _wp_timeline_bar_rect           (WpTimeline           *self,
                                                  const WpRoadmapPlace *place);
void             _wp_timeline_clamp_y_offset     (WpTimeline           *self);

/* wp-timeline-draw.c */
void             _wp_timeline_snapshot           (GtkWidget            *widget,
                                                  GtkSnapshot          *snapshot);

/* wp-timeline-actions.c */
void             _wp_timeline_schedule           (WpTimeline           *self,
                                                  WpEntity             *entry,
                                                  guint32               start,
                                                  guint32               end,
                                                  const char           *lane_id,
                                                  const char           *label);
WpEntity        *_wp_timeline_add_entry          (WpTimeline           *self,
                                                  guint32               first_day,
                                                  guint32               last_day,
                                                  const char           *lane_id);
void             _wp_timeline_class_init_actions (GtkWidgetClass       *widget_class);

/* wp-timeline-dnd.c */
void             _wp_timeline_end_drag           (WpTimeline           *self);
void             _wp_timeline_init_dnd           (WpTimeline           *self);

G_END_DECLS
