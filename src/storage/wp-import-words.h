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

/* A time as written, and how far its zone is east of UTC (0 when it names none). */
typedef struct {
  int year, month, day;
  int hour, minute, second;
  int offset;
} WpImportTime;

WpStatusCategory  wp_import_status_category (const char         *text);
const char       *wp_import_kind            (const char         *type);
gboolean          wp_import_parse_time      (const char         *text,
                                             WpImportTime       *time);
void              wp_import_time_of         (GDateTime          *date_time,
                                             WpImportTime       *time);
char             *wp_import_format_time     (const WpImportTime *time);
char             *wp_import_format_day      (const WpImportTime *time);
char             *wp_import_format_minute   (const WpImportTime *time);
char             *wp_import_time            (const char         *text);
char             *wp_import_day             (const char         *text);
gboolean          wp_import_is_name         (const char         *folded,
                                             const char         *names);

G_END_DECLS
