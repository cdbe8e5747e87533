/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A list of the backlog items whose title holds what is typed (wp-item-matches.c). */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

guint       wp_item_matches_fill   (GtkListBox         *list,
                                    WpDocument         *document,
                                    const char         *text,
                                    const char * const *exclude,
                                    guint               max,
                                    gboolean            top_when_empty);
gboolean    wp_item_matches_move   (GtkListBox         *list,
                                    guint               keyval);
const char *wp_item_matches_get_id (GtkListBoxRow      *row);

G_END_DECLS
