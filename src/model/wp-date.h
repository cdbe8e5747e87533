/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Days as the document writes them and as the code counts them (wp-date.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  wp_date_parse         (const char *text,
                                 guint32    *day);
char     *wp_date_format        (guint32     day);
guint32   wp_date_today         (void);
char     *wp_date_describe_span (guint32     start,
                                 guint32     end);

G_END_DECLS
