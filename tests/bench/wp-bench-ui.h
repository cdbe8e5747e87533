/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of wp-bench-ui share: frame timing, tables, the big product, real drags. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

/* The columns of the board generate() makes. */
#define N_COLUMNS 4

typedef struct {
  GArray  *frames;    /* of double: ms of work per frame, from before-paint to after-paint */
  gint64   last;
  gboolean painted;
} Frames;

/* wp-bench-ui.c */
void wait_for_paint (Frames *frames);
void print_header (const char *title,
                   const char *unit);
void print_row (const char *what,
                GArray     *samples);
void take_string (WpEntity   *entity,
                  guint       field,
                  const char *text);
WpDocument *generate (guint n_items);
GtkWidget *find_widget (GtkWidget *root,
                        GType      type,
                        guint      position);
GtkScrolledWindow *find_list_scroller (GtkWidget *root);
GtkWindow *show_page (GtkWidget *page,
                      int        width,
                      int        height,
                      Frames    *frames);
void measure_scrolling (GtkScrolledWindow *scroller,
                        Frames            *frames);
gboolean real_drag (GtkWidget  *from,
                    GtkWidget  *to,
                    double      fx,
                    double      fy,
                    const char *hover_seconds,
                    Frames     *frames);

/* wp-bench-ui-lists.c */
void print_real_drag (const char *what,
                      gboolean    ran,
                      WpDocument *document,
                      Frames     *frames);
void bench_backlog (WpDocument *document,
                    int         n_items);
void bench_backlog_forecasts (WpDocument *document,
                              int         n_items);
void bench_board (WpDocument *document,
                  int         n_items);

/* wp-bench-ui-roadmap.c, -feedback.c, -sprints.c */
WpDocument *generate_roadmap (guint n_entries);
void bench_roadmap (WpDocument *document,
                    int         n_entries);
void bench_feedback (int n_feedback);
WpDocument *generate_sprints (guint n_items,
                              guint n_sprints);
void bench_sprints (WpDocument *document,
                    int         n_items,
                    int         n_sprints);

G_END_DECLS
