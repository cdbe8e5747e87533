/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Accessible names for the parts GTK 4.8 and libadwaita 1.2 leave nameless (wp-accessible.c). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void wp_accessible_name_parts (GtkWidget *root);

G_END_DECLS
