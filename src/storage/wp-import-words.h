/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What other tools write that every importer reads alike: status categories, kinds, times. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a status stands, in the order of the board. */
typedef enum {
  WP_STATUS_TO_DO,
  WP_STATUS_IN_PROGRESS,
  WP_STATUS_UNKNOWN,
  WP_STATUS_DONE,
} WpStatusCategory;

WpStatusCategory  wp_import_status_category (const char *text);
const char       *wp_import_kind            (const char *type);
GDateTime        *wp_import_parse_time      (const char *text);
char             *wp_import_format_time     (GDateTime  *time);
char             *wp_import_format_day      (GDateTime  *time);
gboolean          wp_import_is_name         (const char *folded,
                                             const char *names);

G_END_DECLS
