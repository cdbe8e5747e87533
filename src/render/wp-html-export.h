/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The product as one self-contained web page for stakeholders (wp-html-export.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

GBytes *wp_html_export (WpDocument *document,
                        guint32     today);

G_END_DECLS
