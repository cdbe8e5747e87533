/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of wp-bench share: the generated product and the tables beside the core's. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

WpDocument *wp_bench_generate (guint       n_items);
void        wp_bench_interop  (const char *testdata);
void        wp_bench_merge    (void);
void        wp_bench_flow     (void);
void        wp_bench_startup  (const char *waypoint);

G_END_DECLS
