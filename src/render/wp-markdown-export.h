/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The product as Markdown: backlog, roadmap and a sprint's review (wp-markdown-export.c). */
#pragma once

#include "wp-review.h"

G_BEGIN_DECLS

GBytes *wp_markdown_export (WpDocument *document,
                            WpEntity   *sprint,
                            guint32     today);

G_END_DECLS
