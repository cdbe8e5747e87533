/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRoadmapLayout: where the roadmap's entries go, in rows and tracks (render/ gives pixels). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

/* Where an entry stands for a "Now, Next, Later" roadmap. */
typedef enum {
  WP_HORIZON_DONE,   /* ended before today */
  WP_HORIZON_NOW,    /* under way today */
  WP_HORIZON_NEXT,   /* starting within three months */
  WP_HORIZON_LATER,  /* further out, or not scheduled */
} WpHorizon;

typedef struct {
  WpEntity *lane;        /* NULL: the row of entries without a lane */
  guint     first_track; /* how many tracks the rows above have together */
  guint     tracks;
} WpRoadmapRow;

typedef struct {
  guint32  start, end; /* Julian days, inclusive */
  guint    row, track;
  gboolean conflict;   /* starts before a prerequisite ends */
} WpRoadmapPlace;

#define WP_TYPE_ROADMAP_LAYOUT (wp_roadmap_layout_get_type ())

G_DECLARE_FINAL_TYPE (WpRoadmapLayout, wp_roadmap_layout, WP, ROADMAP_LAYOUT, GObject)

WpRoadmapLayout      *wp_roadmap_layout_new         (void);
void                  wp_roadmap_layout_compute     (WpRoadmapLayout      *self,
                                                     WpDocument           *document,
                                                     WpEntity             *preview_entry,
                                                     const WpRoadmapPlace *preview);
guint                 wp_roadmap_layout_get_n_rows  (WpRoadmapLayout      *self);
const WpRoadmapRow   *wp_roadmap_layout_get_row     (WpRoadmapLayout      *self,
                                                     guint                 row);
guint                 wp_roadmap_layout_row_of_lane (WpRoadmapLayout      *self,
                                                     const char           *lane_id);
GHashTable           *wp_roadmap_layout_get_places  (WpRoadmapLayout      *self);
const WpRoadmapPlace *wp_roadmap_layout_lookup      (WpRoadmapLayout      *self,
                                                     WpEntity             *entry);
gboolean              wp_roadmap_layout_get_span    (WpRoadmapLayout      *self,
                                                     guint32              *first,
                                                     guint32              *last);

gboolean              wp_roadmap_entry_get_days     (WpEntity             *entry,
                                                     guint32              *start,
                                                     guint32              *end);
double                wp_roadmap_entry_get_progress (WpDocument           *document,
                                                     WpEntity             *entry);
gboolean              wp_roadmap_entry_holds_text   (WpDocument           *document,
                                                     WpEntity             *entry,
                                                     const char           *folded_needle);
WpHorizon             wp_roadmap_entry_horizon      (WpEntity             *entry,
                                                     guint32               today);
gboolean              wp_sprint_get_days            (WpEntity             *sprint,
                                                     guint32              *start,
                                                     guint32              *end);

G_END_DECLS
