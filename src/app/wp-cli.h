/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless commands: --check, --export and --import, without a display (wp-cli.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const GOptionEntry wp_cli_option_entries[];

gboolean wp_cli_is_headless (int    argc,
                             char **argv);
int      wp_cli_run         (int    argc,
                             char **argv);

G_END_DECLS
