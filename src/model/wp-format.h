/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers, dates and points as people read them (wp-format.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *wp_format_number (double      number);
char *wp_format_score  (double      score);
char *wp_format_date   (const char *date);
char *wp_format_day    (guint32     day);
char *wp_format_points (double      points);

G_END_DECLS
