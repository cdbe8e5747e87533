/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of WpTrelloImport share: the board's indexes and JSON lookups. */
#pragma once

#include "wp-document.h"
#include "wp-import-report.h"
#include "wp-json.h"

G_BEGIN_DECLS

/* The board, indexed once per build: every lookup a card needs is a hash table. */
typedef struct {
  JsonObject     *json;
  WpImportReport *report;
  GHashTable     *members;      /* member id -> full name */
  GHashTable     *labels;       /* label id -> JsonObject */
  GHashTable     *checklists;   /* card id -> GPtrArray of JsonObject, in order */
  GHashTable     *comments;     /* card id -> GPtrArray of commentCard actions, oldest first */
  GHashTable     *created;      /* card id -> the date of its createCard action */
  GHashTable     *archived;     /* card id -> the date it was archived */
  GHashTable     *moved;        /* card id -> the date it last moved to another list */
  GHashTable     *fields;       /* custom field id -> JsonObject */
  GHashTable     *card_ids;     /* the cards' ids, to find checklists of no card */
  guint           missing_comments;
  guint           cards_missing_comments;
  guint           comments_found;
} TrelloBoard;

void        _wp_trello_board_index (TrelloBoard    *board,
                                    JsonObject     *json,
                                    WpImportReport *report);
void        _wp_trello_board_clear (TrelloBoard    *board);
void        _wp_trello_fill_item   (TrelloBoard    *board,
                                    JsonObject     *card,
                                    WpEntity       *item);
char       *_wp_trello_day         (const char     *timestamp);

/* A member of @object if it is of the type asked for, else NULL (FALSE). */
static inline const char *
trello_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && wp_json_node_is_string (node) ? json_node_get_string (node) : NULL;
}

static inline JsonArray *
trello_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static inline JsonObject *
trello_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline gboolean
trello_true (JsonObject *object,
             const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

/* The objects of @array (others skipped), for walking it. */
static inline JsonObject *
trello_element (JsonArray *array,
                guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

double      _wp_trello_number      (JsonObject     *object,
                                    const char     *name,
                                    double          fallback);
GPtrArray  *_wp_trello_sorted      (JsonArray      *array);

G_END_DECLS
