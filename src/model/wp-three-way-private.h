/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of the three-way merge share: wp-three-way.c and wp-three-way-fields.c. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

typedef struct {
  WpDocument *base;
  WpDocument *ours;
  WpDocument *theirs;
  GHashTable *conflicts;   /* conflict id -> WpConflict, the merge's own */
} ThreeWay;

/* wp-three-way.c */
void      _wp_three_way_conflict       (ThreeWay   *tw,
                                        const char *collection,
                                        const char *id,
                                        const char *field,
                                        JsonNode   *base,
                                        JsonNode   *ours,
                                        JsonNode   *theirs);

/* wp-three-way-fields.c */
WpEntity *_wp_three_way_merge_entity   (ThreeWay   *tw,
                                        WpEntity   *base,
                                        WpEntity   *ours,
                                        WpEntity   *theirs);
gboolean  _wp_three_way_entity_changed (WpEntity   *base,
                                        WpEntity   *side);
JsonObject *_wp_three_way_merge_extra  (ThreeWay   *tw,
                                        const char *collection,
                                        const char *id,
                                        JsonObject *base,
                                        JsonObject *ours,
                                        JsonObject *theirs);

G_END_DECLS
