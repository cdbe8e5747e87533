/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a document in its canonical form (wp-writer.c). */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

GBytes *wp_write_document (WpDocument *document);

G_END_DECLS
