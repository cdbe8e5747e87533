/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding typed text in the document's texts in any case (wp-text-match.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *wp_text_fold  (const char *text);
gboolean  wp_text_holds (const char *text,
                         const char *folded_needle);

G_END_DECLS
