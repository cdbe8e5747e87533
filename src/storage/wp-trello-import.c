/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpTrelloImport reads a Trello board as its "Export as JSON" writes it:
 * the lists become the board's columns in Trello's order (by pos, which is
 * not an index, ties by id), the cards become items ranked by list and then
 * by pos. Archived lists are kept as columns or their cards go to the
 * nearest open list; archived cards are imported as done, on the date they
 * were archived, or left out: the user chooses. Every array of the export is
 * optional (old exports lack several); only "lists" or "cards" must be
 * there for the file to be a board. wp-trello-card.c makes each card.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-document-private.h"
#include "wp-error.h"
#include "wp-rank.h"
#include "wp-trello-import.h"
#include "wp-trello-import-private.h"

struct _WpTrelloImport
{
  WpImport  parent_instance;

  JsonNode *root;
};

G_DEFINE_FINAL_TYPE (WpTrelloImport, wp_trello_import, WP_TYPE_IMPORT)

static const char * const list_values[] = { "fold", "keep", NULL };
static const char * const list_labels[] = {
  N_("Their cards go to the nearest open list"),
  N_("Keep them as columns"),
  NULL
};
static const char * const card_values[] = { "done", "leave-out", NULL };
static const char * const card_labels[] = {
  N_("Import them as done"),
  N_("Leave them out"),
  NULL
};

static const WpImportOption options[] = {
  { "archived-lists", N_("Archived lists"), list_values, list_labels },
  { "archived-cards", N_("Archived cards"), card_values, card_labels },
};

/* A list of the board, in Trello's order, and the column its cards go to. */
typedef struct {
  JsonObject *json;
  gboolean    closed;
  WpEntity   *column;
} List;

/* A card and where it goes in the backlog. */
typedef struct {
  JsonObject *json;
  guint       list;    /* the index of its list in Trello's order; past the end: none */
  double      pos;
  const char *id;
} Card;

typedef struct {
  TrelloBoard  board;
  GArray      *lists;     /* of List */
  GHashTable  *list_ids;  /* list id -> index + 1 */
  GPtrArray   *columns;   /* WpColumn */
  GPtrArray   *items;     /* WpItem, in rank order */
  char        *rank;
  guint        archived_cards;
} Build;

static gboolean
wp_trello_import_read (WpImport  *import,
                       GBytes    *bytes,
                       GError   **error)
{
  WpTrelloImport *self = WP_TRELLO_IMPORT (import);
  const char *data = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *board;

  if (!wp_json_check_text (data, length, error) ||
      (root = wp_json_parse (data, length, error)) == NULL)
    return FALSE;
  board = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (board != NULL && g_strcmp0 (trello_string (board, "format"), "waypoint") == 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("This is a Waypoint document, not a Trello board: open it instead."));
      return FALSE;
    }
  if (board == NULL || (trello_array (board, "lists") == NULL &&
                        trello_array (board, "cards") == NULL))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_IMPORTABLE,
                           _("This is not a Trello board: the export of a board has “lists” "
                             "and “cards”."));
      return FALSE;
    }

  g_clear_pointer (&self->root, json_node_unref);
  self->root = g_steal_pointer (&root);

  return TRUE;
}

static WpEntity *
new_column (Build      *build,
            const char *id,
            const char *title)
{
  WpEntity *column = wp_entity_new (WP_TYPE_COLUMN, id);
  g_autofree char *trimmed = g_strstrip (g_strdup (title != NULL ? title : ""));

  wp_entity_set_string (column, WP_COLUMN_TITLE, trimmed[0] != '\0' ? trimmed
                                                                    : _("Untitled list"));
  g_ptr_array_add (build->columns, column);

  return column;
}

/* The open list nearest to @i, the one before it first. */
static WpEntity *
nearest_open (Build *build,
              guint  i)
{
  for (guint d = 1; d < build->lists->len; d++)
    {
      if (i >= d && !g_array_index (build->lists, List, i - d).closed)
        return g_array_index (build->lists, List, i - d).column;
      if (i + d < build->lists->len && !g_array_index (build->lists, List, i + d).closed)
        return g_array_index (build->lists, List, i + d).column;
    }

  return NULL;
}

static void
make_columns (Build    *build,
              gboolean  fold)
{
  g_autoptr(GPtrArray) sorted = _wp_trello_sorted (trello_array (build->board.json, "lists"));
  guint closed = 0, open = 0;

  for (guint i = 0; i < sorted->len; i++)
    {
      List list = { g_ptr_array_index (sorted, i), FALSE, NULL };
      const char *id = trello_string (list.json, "id");

      if (id == NULL || g_hash_table_contains (build->list_ids, id))
        continue;
      list.closed = trello_true (list.json, "closed");
      closed += list.closed;
      open += !list.closed;
      g_array_append_val (build->lists, list);
      g_hash_table_insert (build->list_ids, (gpointer) id, GUINT_TO_POINTER (build->lists->len));
    }
  /* A board of archived lists only keeps them. */
  fold = fold && open > 0;
  for (guint i = 0; i < build->lists->len; i++)
    {
      List *list = &g_array_index (build->lists, List, i);

      if (!fold || !list->closed)
        list->column = new_column (build, trello_string (list->json, "id"),
                                   trello_string (list->json, "name"));
    }
  for (guint i = 0; fold && i < build->lists->len; i++)
    if (g_array_index (build->lists, List, i).closed)
      g_array_index (build->lists, List, i).column = nearest_open (build, i);

  if (closed > 0)
    wp_import_report_note (build->board.report, NULL,
                           fold ? g_dngettext (GETTEXT_PACKAGE,
                                               "%u archived list: its cards are in the nearest "
                                               "open list",
                                               "%u archived lists: their cards are in the "
                                               "nearest open list", closed)
                                : g_dngettext (GETTEXT_PACKAGE,
                                               "%u archived list is kept as a column",
                                               "%u archived lists are kept as columns", closed),
                           closed);
}

static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  const Card *x = a, *y = b;

  if (x->list != y->list)
    return x->list < y->list ? -1 : 1;
  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;

  return strcmp (x->id, y->id);
}

/* The cards in backlog order: by list, then pos, then id; a card twice is taken once. */
static GArray *
sorted_cards (Build *build)
{
  JsonArray *cards = trello_array (build->board.json, "cards");
  guint n = cards != NULL ? json_array_get_length (cards) : 0;
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (Card), n);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      Card card = { trello_element (cards, i), 0, 0, NULL };
      const char *list = trello_string (card.json, "idList");
      guint list_index = GPOINTER_TO_UINT (g_hash_table_lookup (build->list_ids, list ?: ""));

      card.id = trello_string (card.json, "id");
      if (card.id == NULL || !g_hash_table_add (seen, (gpointer) card.id))
        continue;
      card.list = list_index > 0 ? list_index - 1 : G_MAXUINT;
      card.pos = _wp_trello_number (card.json, "pos", 0);
      g_array_append_val (sorted, card);
    }
  g_array_sort (sorted, compare_cards);

  return sorted;
}

static void
set_done (WpEntity   *item,
          const char *first,
          const char *second)
{
  g_autofree char *day = _wp_trello_day (first);

  if (day == NULL)
    day = _wp_trello_day (second);
  wp_entity_set_string (item, WP_ITEM_DONE, day);
}

/* The card as an item, or NULL for an archived card the user leaves out. */
static WpEntity *
make_item (Build      *build,
           const Card *card,
           gboolean    archived_as_done)
{
  WpEntity *done_column = g_ptr_array_index (build->columns, build->columns->len - 1);
  const char *last_activity = trello_string (card->json, "dateLastActivity");
  gboolean archived = trello_true (card->json, "closed");
  WpEntity *column = card->list < build->lists->len
                     ? g_array_index (build->lists, List, card->list).column
                     : g_ptr_array_index (build->columns, 0);
  WpEntity *item;
  char *rank;

  build->archived_cards += archived;
  if (archived && !archived_as_done)
    return NULL;

  item = wp_entity_new (WP_TYPE_ITEM, card->id);
  _wp_trello_fill_item (&build->board, card->json, item);
  if (card->list >= build->lists->len)
    wp_import_report_note (build->board.report, wp_entity_get_string (item, WP_ITEM_TITLE),
                           _("in no list of the board: put in “%s”"),
                           wp_entity_get_string (column, WP_COLUMN_TITLE));
  if (archived)
    {
      column = done_column;
      set_done (item, g_hash_table_lookup (build->board.archived, card->id), last_activity);
    }
  else if (column == done_column)
    set_done (item, g_hash_table_lookup (build->board.moved, card->id), last_activity);
  wp_entity_set_string (item, WP_ITEM_STATUS, wp_entity_get_id (column));

  rank = wp_rank_between (build->rank, NULL);
  wp_entity_set_string (item, WP_ITEM_RANK, rank);
  g_free (build->rank);
  build->rank = rank;

  return item;
}

static void
note_board (Build    *build,
            gboolean  archived_as_done)
{
  TrelloBoard *board = &build->board;
  WpEntity *done_column = g_ptr_array_index (build->columns, build->columns->len - 1);

  if (build->archived_cards > 0 && archived_as_done)
    wp_import_report_note (board->report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u archived card is imported as done, in “%s”",
                                        "%u archived cards are imported as done, in “%s”",
                                        build->archived_cards),
                           build->archived_cards,
                           wp_entity_get_string (done_column, WP_COLUMN_TITLE));
  else if (build->archived_cards > 0)
    wp_import_report_note (board->report, NULL,
                           g_dngettext (GETTEXT_PACKAGE, "%u archived card is left out",
                                        "%u archived cards are left out", build->archived_cards),
                           build->archived_cards);
  if (board->missing_comments > 0)
    wp_import_report_note (board->report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "Trello exports only a board's last 1,000 actions: "
                                        "%u comment on %u cards is not in the file",
                                        "Trello exports only a board's last 1,000 actions: "
                                        "%u comments on %u cards are not in the file",
                                        board->missing_comments),
                           board->missing_comments, board->cards_missing_comments);
  if (g_hash_table_size (board->members) > 0)
    wp_import_report_note (board->report, NULL, "%s",
                           _("Members are kept as names in the descriptions: Waypoint has no "
                             "people"));
  if (trello_array (board->json, "pluginData") != NULL &&
      json_array_get_length (trello_array (board->json, "pluginData")) > 0)
    wp_import_report_note (board->report, NULL, "%s", _("Power-Up data is not imported"));
  wp_import_report_add_comments (board->report, board->comments_found);
}

static void
make_items (Build        *build,
            gboolean      archived_as_done,
            WpImport     *import,
            GCancellable *cancellable)
{
  g_autoptr(GArray) cards = sorted_cards (build);

  for (guint i = 0; i < cards->len; i++)
    {
      WpEntity *item = make_item (build, &g_array_index (cards, Card, i), archived_as_done);

      if (item != NULL)
        g_ptr_array_add (build->items, item);
      if (i % 256 == 0)
        {
          wp_import_set_progress (import, (double) i / cards->len);
          if (g_cancellable_is_cancelled (cancellable))
            return;
        }
    }
}

static WpDocument *
wp_trello_import_build (WpImport        *import,
                        WpImportReport  *report,
                        GCancellable    *cancellable,
                        GError         **error)
{
  WpTrelloImport *self = WP_TRELLO_IMPORT (import);
  JsonObject *json = json_node_get_object (self->root);
  Build build = { { NULL } };
  WpDocument *document = wp_document_new ();
  gboolean fold = g_str_equal (wp_import_get_option (import, "archived-lists"), "fold");
  gboolean as_done = g_str_equal (wp_import_get_option (import, "archived-cards"), "done");

  _wp_trello_board_index (&build.board, json, report);
  build.lists = g_array_new (FALSE, FALSE, sizeof (List));
  build.list_ids = g_hash_table_new (g_str_hash, g_str_equal);
  build.columns = g_ptr_array_new_with_free_func (g_object_unref);
  build.items = g_ptr_array_new_with_free_func (g_object_unref);

  wp_entity_set_string (WP_ENTITY (wp_document_get_product (document)), WP_PRODUCT_NAME,
                        trello_string (json, "name") ?: "");
  make_columns (&build, fold);
  if (build.columns->len == 0)
    new_column (&build, NULL, _("Cards"));
  make_items (&build, as_done, import, cancellable);
  note_board (&build, as_done);

  _wp_document_load_entities (document, WP_KIND_COLUMN, build.columns);
  _wp_document_load_entities (document, WP_KIND_ITEM, build.items);

  _wp_trello_board_clear (&build.board);
  g_array_unref (build.lists);
  g_hash_table_unref (build.list_ids);
  g_ptr_array_unref (build.columns);
  g_ptr_array_unref (build.items);
  g_free (build.rank);

  return document;
}

static void
wp_trello_import_finalize (GObject *object)
{
  WpTrelloImport *self = WP_TRELLO_IMPORT (object);

  g_clear_pointer (&self->root, json_node_unref);

  G_OBJECT_CLASS (wp_trello_import_parent_class)->finalize (object);
}

static void
wp_trello_import_class_init (WpTrelloImportClass *klass)
{
  WpImportClass *import_class = WP_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = wp_trello_import_finalize;
  import_class->format = "trello";
  import_class->options = options;
  import_class->n_options = G_N_ELEMENTS (options);
  import_class->read = wp_trello_import_read;
  import_class->build = wp_trello_import_build;
}

static void
wp_trello_import_init (WpTrelloImport *self)
{
}
