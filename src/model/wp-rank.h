/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  wp_rank_is_valid (const char *rank);
char     *wp_rank_between  (const char *before,
                            const char *after);

G_END_DECLS
