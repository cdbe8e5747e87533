/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a .waypoint document, with every problem at its place (wp-reader*.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_FORMAT_VERSION 1
#define WP_MAX_DEPTH 256

/* One thing wrong with a document: where (a JSON path like items[12].estimate) and what. */
typedef struct {
  char     *path;
  char     *message;
  gboolean  fatal;   /* the document cannot be loaded; otherwise it loads with a warning */
} WpProblem;

void        wp_problem_free   (WpProblem   *problem);
char       *wp_problem_format (WpProblem   *problem);

WpDocument *wp_read_document  (const char  *data,
                               gsize        length,
                               GPtrArray  **problems,
                               gboolean    *read_only,
                               GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpProblem, wp_problem_free)

G_END_DECLS
