/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How items are put into words and icons, the same on every page (wp-item-words.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

const char *wp_item_kind_icon   (const char *kind);
const char *wp_item_kind_name   (const char *kind);
const char *wp_item_moscow_name (const char *moscow);
const char *wp_referenced_name  (WpDocument *document,
                                 WpKind      kind,
                                 const char *id);
char       *wp_item_describe    (WpEntity   *item);

G_END_DECLS
