/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Linking feedback entries to backlog items, and making an item from them (wp-feedback-link.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

guint     wp_feedback_link        (WpDocument *document,
                                   GPtrArray  *entries,
                                   WpEntity   *item,
                                   const char *label);
WpEntity *wp_feedback_create_item (WpDocument *document,
                                   GPtrArray  *entries);

G_END_DECLS
