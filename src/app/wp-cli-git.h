/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands for git: merge driver, external diff and their setup (wp-cli-git.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int wp_cli_git_merge (const char *base,
                      const char *ours,
                      const char *theirs);
int wp_cli_git_diff  (char      **args);
int wp_cli_git_setup (void);

G_END_DECLS
