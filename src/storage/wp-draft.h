/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drafts: unsaved states of documents, kept safe from crashes (wp-draft.c). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An unsaved state of a document, kept in the user's state folder until it is saved or
 * discarded. */
typedef struct {
  char   *id;
  char   *uri;       /* the document's file, or NULL for an untitled document */
  char   *title;
  gint64  modified;  /* unix time of the draft */
} WpDraft;

void       wp_draft_free       (WpDraft     *draft);
char      *wp_draft_id_for     (GFile       *file);
gboolean   wp_draft_write      (const char  *id,
                                GFile       *file,
                                const char  *title,
                                GBytes      *contents,
                                GError     **error);
GBytes    *wp_draft_read       (const char  *id,
                                GError     **error);
void       wp_draft_discard    (const char  *id);
GPtrArray *wp_draft_list       (void);
char      *wp_draft_get_folder (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpDraft, wp_draft_free)

G_END_DECLS
