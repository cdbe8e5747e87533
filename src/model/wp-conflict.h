/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpConflict: a field that a merge found changed differently on both sides; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_CONFLICT (wp_conflict_get_type ())

G_DECLARE_FINAL_TYPE (WpConflict, wp_conflict, WP, CONFLICT, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_CONFLICT_COLLECTION,
  WP_CONFLICT_ENTITY,
  WP_CONFLICT_FIELD,
  WP_CONFLICT_BASE,
  WP_CONFLICT_OURS,
  WP_CONFLICT_THEIRS,
  WP_CONFLICT_N_FIELDS
};

typedef struct _WpDocument WpDocument;

/* Which value resolves a conflict. */
typedef enum {
  WP_RESOLVE_OURS,
  WP_RESOLVE_THEIRS,
  WP_RESOLVE_EDITED,
} WpResolution;

const char *wp_kind_collection      (WpKind      kind);
WpKind      wp_kind_from_collection (const char *collection);
char       *wp_conflict_dup_subject (WpConflict *self,
                                     WpDocument *document);
char       *wp_conflict_describe    (WpConflict *self,
                                     WpDocument *document);
char       *wp_conflict_describe_change (WpConflict *self);
WpEntity   *wp_conflict_get_subject (WpConflict *self,
                                     WpDocument *document);
char       *wp_conflict_dup_value_text (WpConflict *self,
                                        WpDocument *document,
                                        guint       which);

G_END_DECLS
