/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Three-way merges of sequences and of texts line by line (wp-diff3.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What to do where both sides changed the same stretch differently. */
typedef enum {
  WP_DIFF3_KEEP_OURS,  /* keep our stretch, and count a conflict */
  WP_DIFF3_UNION,      /* keep ours, then what theirs has that ours does not */
} WpDiff3Resolve;

GPtrArray *wp_diff3       (const char * const *base,
                           const char * const *ours,
                           const char * const *theirs,
                           gboolean            unique,
                           WpDiff3Resolve      resolve,
                           guint              *n_conflicts);
GHashTable *wp_sequence_unmoved (const char * const *before,
                                 const char * const *after);
char      *wp_diff3_text  (const char         *base,
                           const char         *ours,
                           const char         *theirs,
                           gboolean           *conflict);

G_END_DECLS
