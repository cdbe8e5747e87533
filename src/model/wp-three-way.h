/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Merging two versions of a document with their common ancestor (wp-three-way.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

WpDocument *wp_three_way_merge (WpDocument *base,
                                WpDocument *ours,
                                WpDocument *theirs);

G_END_DECLS
