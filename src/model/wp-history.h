/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpHistory: the changes of a document as labelled, undoable steps (wp-history.c). */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

typedef enum {
  WP_CHANGE_SET,     /* a field of an entity changed from old_value to new_value */
  WP_CHANGE_INSERT,  /* an entity was added to its collection */
  WP_CHANGE_REMOVE,  /* an entity was removed from its collection at position */
  WP_CHANGE_MOVE,    /* an entity moved in its collection from position to new_position */
} WpChangeType;

typedef struct {
  WpChangeType type;
  WpEntity    *entity;
  guint        field;
  guint        position;
  guint        new_position;
  GValue       old_value;
  GValue       new_value;
} WpChange;

/**
 * WpHistoryApply:
 * @change: the change to apply
 * @reverse: %TRUE to undo it, %FALSE to redo it
 * @user_data: the data given to wp_history_new()
 *
 * Applies one change to the document without recording it again.
 */
typedef void (*WpHistoryApply) (const WpChange *change,
                                gboolean        reverse,
                                gpointer        user_data);

#define WP_TYPE_HISTORY (wp_history_get_type ())

G_DECLARE_FINAL_TYPE (WpHistory, wp_history, WP, HISTORY, GObject)

WpHistory  *wp_history_new            (WpHistoryApply  apply,
                                       gpointer        user_data);
void        wp_history_begin          (WpHistory      *self,
                                       const char     *label);
void        wp_history_begin_merging  (WpHistory      *self,
                                       const char     *label,
                                       const char     *merge_key);
void        wp_history_end            (WpHistory      *self);
gboolean    wp_history_in_group       (WpHistory      *self);
void        wp_history_record_set     (WpHistory      *self,
                                       WpEntity       *entity,
                                       guint           field,
                                       const GValue   *old_value,
                                       const GValue   *new_value);
void        wp_history_record_insert  (WpHistory      *self,
                                       WpEntity       *entity,
                                       guint           position);
void        wp_history_record_remove  (WpHistory      *self,
                                       WpEntity       *entity,
                                       guint           position);
void        wp_history_record_move    (WpHistory      *self,
                                       WpEntity       *entity,
                                       guint           from,
                                       guint           to);
gboolean    wp_history_can_undo       (WpHistory      *self);
gboolean    wp_history_can_redo       (WpHistory      *self);
const char *wp_history_get_undo_label (WpHistory      *self);
const char *wp_history_get_redo_label (WpHistory      *self);
gboolean    wp_history_undo           (WpHistory      *self);
gboolean    wp_history_redo           (WpHistory      *self);
gboolean    wp_history_is_clean       (WpHistory      *self);
void        wp_history_mark_clean     (WpHistory      *self);
void        wp_history_mark_unclean   (WpHistory      *self);
void        wp_history_clear          (WpHistory      *self);

G_END_DECLS
