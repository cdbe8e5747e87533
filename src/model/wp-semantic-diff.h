/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What changed between two versions of a product, in words (wp-semantic-diff.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

GPtrArray *wp_semantic_diff (WpDocument *old,
                             WpDocument *new);

G_END_DECLS
