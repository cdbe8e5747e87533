/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpDocument's insides, shared by its parts (wp-document*.c) and by the reader. */
#pragma once

#include "wp-document.h"

G_BEGIN_DECLS

struct _WpDocument
{
  GObject     parent_instance;

  WpProduct  *product;
  GListStore *lists[WP_N_KINDS];
  GHashTable *ids[WP_N_KINDS];   /* id -> entity, borrowed from the lists */
  WpHistory  *history;
  WpDemand   *demand;
  WpFlow     *flow;
  GHashTable *extra;             /* section ("" = top level) -> JsonObject of unknown members */
};

/*
 * Pseudo-fields, for the history to record changes to unknown members: an
 * entity's, and (recorded on the product) the document's top level and roadmap's.
 */
#define WP_EXTRA_FIELD          G_MAXUINT
#define WP_DOCUMENT_EXTRA_FIELD (G_MAXUINT - 1)
#define WP_ROADMAP_EXTRA_FIELD  (G_MAXUINT - 2)

/* wp-document.c: changes to the collections that are not recorded; the history replays them */
guint    _wp_document_position_of   (WpDocument   *self,
                                     WpEntity     *entity);
void     _wp_document_attach        (WpDocument   *self,
                                     WpEntity     *entity,
                                     guint         position);
void     _wp_document_detach        (WpDocument   *self,
                                     WpEntity     *entity,
                                     guint         hint);
void     _wp_document_move_in_list  (WpDocument   *self,
                                     WpEntity     *entity,
                                     guint         position);
gboolean _wp_document_set_field     (WpDocument   *self,
                                     WpEntity     *entity,
                                     guint         field,
                                     const GValue *value);

/* For the reader: fills an empty document without recording history. */
void     _wp_document_load_entities (WpDocument   *self,
                                     WpKind        kind,
                                     GPtrArray    *entities);

/* wp-document-edits.c */
gboolean _wp_document_begin_step    (WpDocument   *self,
                                     char         *label);

G_END_DECLS
