/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The backlog and the feedback as CSV files that import back the same (wp-csv-export.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

GBytes *wp_csv_export_items    (WpDocument *document);
GBytes *wp_csv_export_feedback (WpDocument *document);

G_END_DECLS
