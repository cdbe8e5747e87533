/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rank keys: fractional keys that order the backlog (wp-rank.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  wp_rank_is_valid (const char *rank);
char     *wp_rank_between  (const char *before,
                            const char *after);

G_END_DECLS
