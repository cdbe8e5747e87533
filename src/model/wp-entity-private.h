/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpEntity's internals for the document core: setting fields as fast as the reader needs. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

void _wp_entity_take_value  (WpEntity *self,
                             guint     field,
                             GValue   *value);
void _wp_entity_take_string (WpEntity *self,
                             guint     field,
                             char     *text);

G_END_DECLS
