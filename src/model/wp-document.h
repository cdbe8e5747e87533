/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpDocument: a whole product, its collections and its undo history (wp-document*.c). */
#pragma once

#include <gio/gio.h>

#include "wp-column.h"
#include "wp-conflict.h"
#include "wp-entity.h"
#include "wp-feedback.h"
#include "wp-history.h"
#include "wp-item.h"
#include "wp-lane.h"
#include "wp-product.h"
#include "wp-release.h"
#include "wp-roadmap-entry.h"
#include "wp-sprint.h"

G_BEGIN_DECLS

typedef struct _WpDemand WpDemand;
typedef struct _WpFlow WpFlow;

#define WP_TYPE_DOCUMENT (wp_document_get_type ())

G_DECLARE_FINAL_TYPE (WpDocument, wp_document, WP, DOCUMENT, GObject)

/* Where wp_document_merge() puts the items it brings. */
typedef enum {
  WP_MERGE_BOTTOM,
  WP_MERGE_TOP,
} WpMergePlace;

WpDocument *wp_document_new            (void);
WpDocument *wp_document_new_product    (void);
WpProduct  *wp_document_get_product    (WpDocument    *self);
GListModel *wp_document_get_list       (WpDocument    *self,
                                        WpKind         kind);
WpEntity   *wp_document_lookup         (WpDocument    *self,
                                        WpKind         kind,
                                        const char    *id);
WpHistory  *wp_document_get_history    (WpDocument    *self);
WpDemand   *wp_document_get_demand     (WpDocument    *self);
WpFlow     *wp_document_get_flow       (WpDocument    *self);
gboolean    wp_document_get_modified   (WpDocument    *self);
JsonObject *wp_document_get_extra      (WpDocument    *self,
                                        const char    *section);
void        wp_document_set_extra      (WpDocument    *self,
                                        const char    *section,
                                        JsonObject    *extra);

void        wp_document_begin          (WpDocument    *self,
                                        const char    *label);
void        wp_document_begin_merging  (WpDocument    *self,
                                        const char    *label,
                                        const char    *merge_key);
void        wp_document_end            (WpDocument    *self);
gboolean    wp_document_set_value      (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          field,
                                        const GValue  *value);
gboolean    wp_document_set_string     (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          field,
                                        const char    *value);
gboolean    wp_document_set_number     (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          field,
                                        double         value);
gboolean    wp_document_set_int        (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          field,
                                        int            value);
gboolean    wp_document_set_strv       (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          field,
                                        const char * const *value);
void        wp_document_add            (WpDocument    *self,
                                        WpEntity      *entity);
void        wp_document_add_all        (WpDocument    *self,
                                        GPtrArray     *entities,
                                        const char    *label);
void        wp_document_add_items      (WpDocument    *self,
                                        GPtrArray     *items);
void        wp_document_merge          (WpDocument    *self,
                                        WpDocument    *incoming,
                                        WpMergePlace   place,
                                        const char    *label);
GStrv       wp_document_merge_reused   (WpDocument    *self,
                                        WpDocument    *incoming,
                                        WpKind         kind);
void        wp_document_insert         (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          position);
gboolean    wp_document_remove         (WpDocument    *self,
                                        WpEntity      *entity,
                                        GError       **error);
void        wp_document_reorder        (WpDocument    *self,
                                        WpEntity      *entity,
                                        guint          position);
WpRelease  *wp_document_release_at     (WpDocument    *self,
                                        const char    *rank);
void        wp_document_place_item     (WpDocument    *self,
                                        WpItem        *item,
                                        const char    *after,
                                        const char    *before);
void        wp_document_place_items    (WpDocument    *self,
                                        GPtrArray     *items,
                                        const char    *after,
                                        const char    *before);
void        wp_document_move_item      (WpDocument    *self,
                                        WpItem        *item,
                                        WpItem        *after,
                                        WpItem        *before);
void        wp_document_move_release_line (WpDocument *self,
                                        WpRelease     *release,
                                        const char    *after,
                                        const char    *before);
void        wp_document_apply_order    (WpDocument    *self,
                                        GPtrArray     *items,
                                        const char    *label);
void        wp_document_set_status     (WpDocument    *self,
                                        WpItem        *item,
                                        const char    *column_id);
gboolean    wp_document_resolve_conflict (WpDocument  *self,
                                        WpConflict    *conflict,
                                        WpResolution   resolution,
                                        JsonNode      *edited,
                                        GError       **error);
gboolean    wp_document_undo           (WpDocument    *self);
gboolean    wp_document_redo           (WpDocument    *self);

G_END_DECLS
