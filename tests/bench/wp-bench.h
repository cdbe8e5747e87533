/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of wp-bench share: the generated product, the interop and merge tables. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

WpDocument *wp_bench_generate (guint       n_items);
void        wp_bench_interop  (const char *testdata);
void        wp_bench_merge    (void);

G_END_DECLS
