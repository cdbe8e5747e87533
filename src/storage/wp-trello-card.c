/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One Trello card as a backlog item. Trello keeps a card's pieces apart:
 * checklists at the top of the board, comments only as actions (newest
 * first, and only the last 1,000 of them), labels by id; the board is
 * indexed once so that each card finds its pieces in hash tables. What has
 * no field in Waypoint (the due date, members, attachments, custom fields,
 * comments) is added to the description as plain text, so nothing is lost.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-import-words.h"
#include "wp-trello-import-private.h"

/**
 * _wp_trello_number:
 * @object: (nullable): a JSON object
 * @name: a member
 * @fallback: for a member that is missing or not a number
 *
 * Returns: the member's value
 */
double
_wp_trello_number (JsonObject *object,
                   const char *name,
                   double      fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  double value;

  return node != NULL && wp_json_node_get_number (node, &value) ? value : fallback;
}

/* By pos, then by id: ids are creation times, so equal positions keep their age order. */
static int
compare_by_pos (gconstpointer a,
                gconstpointer b)
{
  JsonObject *x = *(JsonObject **) a, *y = *(JsonObject **) b;
  double px = _wp_trello_number (x, "pos", 0), py = _wp_trello_number (y, "pos", 0);

  if (px != py)
    return px < py ? -1 : 1;

  return g_strcmp0 (trello_string (x, "id"), trello_string (y, "id"));
}

/**
 * _wp_trello_sorted:
 * @array: (nullable): lists, cards, checklists or check items
 *
 * Returns: (transfer container) (element-type JsonObject): the objects of @array as Trello
 *   shows them
 */
GPtrArray *
_wp_trello_sorted (JsonArray *array)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;
  GPtrArray *sorted = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    if (trello_element (array, i) != NULL)
      g_ptr_array_add (sorted, trello_element (array, i));
  g_ptr_array_sort (sorted, compare_by_pos);

  return sorted;
}

/**
 * _wp_trello_day:
 * @timestamp: (nullable): a Trello time such as 2019-04-26T19:00:00.000Z
 *
 * Returns: (transfer full) (nullable): its day, 2019-04-26, or %NULL if it is not a time
 */
char *
_wp_trello_day (const char *timestamp)
{
  g_autoptr(GDateTime) date_time = timestamp != NULL
                                   ? g_date_time_new_from_iso8601 (timestamp, NULL) : NULL;
  WpImportTime time;

  if (date_time == NULL)
    return NULL;
  wp_import_time_of (date_time, &time);

  return wp_import_format_day (&time);
}

/* A time as a comment shows it: 2019-06-10 21:31 UTC. */
static char *
format_moment (const char *timestamp)
{
  g_autoptr(GDateTime) time = timestamp != NULL ? g_date_time_new_from_iso8601 (timestamp, NULL)
                                                : NULL;

  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M UTC") : g_strdup ("");
}

static void
add_to (GHashTable *table,
        const char *key,
        gpointer    value)
{
  GPtrArray *values = g_hash_table_lookup (table, key);

  if (values == NULL)
    g_hash_table_insert (table, (gpointer) key, values = g_ptr_array_new ());
  g_ptr_array_add (values, value);
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (trello_string (*(JsonObject **) a, "date"),
                    trello_string (*(JsonObject **) b, "date"));
}

/* The actions Trello kept (newest first): comments, creations, archiving, moves. */
static void
index_actions (TrelloBoard *board)
{
  JsonArray *actions = trello_array (board->json, "actions");
  guint n = actions != NULL ? json_array_get_length (actions) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *action = trello_element (actions, i);
      JsonObject *data = trello_object (action, "data");
      const char *type = trello_string (action, "type");
      const char *card = trello_string (trello_object (data, "card"), "id");
      const char *date = trello_string (action, "date");
      JsonObject *old = trello_object (data, "old");

      if (type == NULL || card == NULL || date == NULL)
        continue;
      if (g_str_equal (type, "commentCard") && trello_string (data, "text") != NULL)
        add_to (board->comments, card, action);
      else if (g_str_equal (type, "createCard"))
        g_hash_table_insert (board->created, (gpointer) card, (gpointer) date);
      else if (g_str_equal (type, "updateCard") && old != NULL)
        {
          /* Newest first: the first archiving and move seen are the last ones. */
          if (json_object_has_member (old, "closed") && trello_true (trello_object (data, "card"),
                                                                     "closed"))
            g_hash_table_insert (board->archived, (gpointer) card,
                                 g_hash_table_lookup (board->archived, card) ?: (gpointer) date);
          if (trello_object (data, "listAfter") != NULL)
            g_hash_table_insert (board->moved, (gpointer) card,
                                 g_hash_table_lookup (board->moved, card) ?: (gpointer) date);
        }
    }

  {
    GHashTableIter iter;
    gpointer comments;

    g_hash_table_iter_init (&iter, board->comments);
    while (g_hash_table_iter_next (&iter, NULL, &comments))
      g_ptr_array_sort (comments, compare_by_date);
  }
}

static void
index_by_id (GHashTable *table,
             JsonArray  *array)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = trello_element (array, i);

      if (trello_string (object, "id") != NULL)
        g_hash_table_insert (table, (gpointer) trello_string (object, "id"), object);
    }
}

static void
index_checklists (TrelloBoard *board)
{
  g_autoptr(GPtrArray) checklists = _wp_trello_sorted (trello_array (board->json, "checklists"));
  guint orphans = 0;

  for (guint i = 0; i < checklists->len; i++)
    {
      JsonObject *checklist = g_ptr_array_index (checklists, i);
      const char *card = trello_string (checklist, "idCard");

      if (card != NULL && g_hash_table_contains (board->card_ids, card))
        add_to (board->checklists, card, checklist);
      else
        orphans++;
    }
  if (orphans > 0)
    wp_import_report_note (board->report, NULL,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u checklist belongs to no card of the board: left out",
                                        "%u checklists belong to no card of the board: left out",
                                        orphans),
                           orphans);
}

/**
 * _wp_trello_board_index:
 * @board: an empty board
 * @json: the export
 * @report: where to note what is dropped
 *
 * Indexes what the cards need.
 */
void
_wp_trello_board_index (TrelloBoard    *board,
                        JsonObject     *json,
                        WpImportReport *report)
{
  JsonArray *members = trello_array (json, "members");
  guint n_members = members != NULL ? json_array_get_length (members) : 0;

  board->json = json;
  board->report = report;
  board->members = g_hash_table_new (g_str_hash, g_str_equal);
  board->labels = g_hash_table_new (g_str_hash, g_str_equal);
  board->checklists = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);
  board->comments = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) g_ptr_array_unref);
  board->created = g_hash_table_new (g_str_hash, g_str_equal);
  board->archived = g_hash_table_new (g_str_hash, g_str_equal);
  board->moved = g_hash_table_new (g_str_hash, g_str_equal);
  board->fields = g_hash_table_new (g_str_hash, g_str_equal);
  board->card_ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_members; i++)
    {
      JsonObject *member = trello_element (members, i);
      const char *id = trello_string (member, "id");
      const char *name = trello_string (member, "fullName") ?: trello_string (member, "username");

      if (id != NULL && name != NULL)
        g_hash_table_insert (board->members, (gpointer) id, (gpointer) name);
    }
  index_by_id (board->labels, trello_array (json, "labels"));
  index_by_id (board->fields, trello_array (json, "customFields"));
  index_by_id (board->card_ids, trello_array (json, "cards"));
  index_actions (board);
  index_checklists (board);
}

void
_wp_trello_board_clear (TrelloBoard *board)
{
  g_clear_pointer (&board->members, g_hash_table_unref);
  g_clear_pointer (&board->labels, g_hash_table_unref);
  g_clear_pointer (&board->checklists, g_hash_table_unref);
  g_clear_pointer (&board->comments, g_hash_table_unref);
  g_clear_pointer (&board->created, g_hash_table_unref);
  g_clear_pointer (&board->archived, g_hash_table_unref);
  g_clear_pointer (&board->moved, g_hash_table_unref);
  g_clear_pointer (&board->fields, g_hash_table_unref);
  g_clear_pointer (&board->card_ids, g_hash_table_unref);
}

/* A label's name; an unnamed one is called by its colour, as Trello shows it ("sky light"). */
static char *
label_name (JsonObject *label)
{
  const char *name = trello_string (label, "name");
  const char *color = trello_string (label, "color");

  if (name != NULL && name[0] != '\0')
    return g_strstrip (g_strdup (name));
  if (color != NULL && color[0] != '\0')
    return g_strdelimit (g_strdup (color), "_", ' ');

  return g_strdup (_("no colour"));
}

static void
fill_labels (TrelloBoard *board,
             JsonObject  *card,
             WpEntity    *item)
{
  JsonArray *embedded = trello_array (card, "labels");
  JsonArray *ids = trello_array (card, "idLabels");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GValue) value = G_VALUE_INIT;
  guint n = embedded != NULL ? json_array_get_length (embedded)
                             : ids != NULL ? json_array_get_length (ids) : 0;

  /* Old exports have labels only inside the cards; newer ones also by id. */
  for (guint i = 0; i < n; i++)
    {
      JsonObject *label = embedded != NULL ? trello_element (embedded, i)
                          : g_hash_table_lookup (board->labels,
                                                 json_array_get_string_element (ids, i) ?: "");
      g_autofree char *name = label != NULL ? label_name (label) : NULL;

      if (name != NULL && name[0] != '\0' &&
          !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_steal_pointer (&name));
    }
  g_ptr_array_add (names, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, names->pdata);
  wp_entity_set_value (item, WP_ITEM_LABELS, &value);
}

/* Checklists as acceptance criteria; with more than one, each criterion names its list. */
static void
fill_criteria (TrelloBoard *board,
               const char  *card_id,
               WpEntity    *item)
{
  GPtrArray *checklists = g_hash_table_lookup (board->checklists, card_id);
  g_autoptr(JsonArray) criteria = json_array_new ();
  g_auto(GValue) value = G_VALUE_INIT;

  for (guint c = 0; checklists != NULL && c < checklists->len; c++)
    {
      JsonObject *checklist = g_ptr_array_index (checklists, c);
      g_autoptr(GPtrArray) checks = _wp_trello_sorted (trello_array (checklist, "checkItems"));
      const char *list_name = trello_string (checklist, "name");

      for (guint i = 0; i < checks->len; i++)
        {
          JsonObject *check = g_ptr_array_index (checks, i);
          JsonObject *criterion = json_object_new ();
          const char *text = trello_string (check, "name") ?: "";
          g_autofree char *named = checklists->len > 1 && list_name != NULL
                                   ? g_strdup_printf ("%s: %s", list_name, text) : NULL;

          json_object_set_string_member (criterion, "text", named ?: text);
          json_object_set_boolean_member (criterion, "done",
                                          g_strcmp0 (trello_string (check, "state"),
                                                     "complete") == 0);
          json_array_add_object_element (criteria, criterion);
        }
    }
  g_value_init (&value, JSON_TYPE_NODE);
  g_value_take_boxed (&value, json_node_init_array (json_node_alloc (), criteria));
  wp_entity_set_value (item, WP_ITEM_ACCEPTANCE, &value);
}

static const char *
author_of (TrelloBoard *board,
           JsonObject  *action)
{
  JsonObject *creator = trello_object (action, "memberCreator");
  const char *name = trello_string (creator, "fullName") ?: trello_string (creator, "username");

  /* Comments of people who left the board name them only in the action, if at all. */
  name = name ?: g_hash_table_lookup (board->members,
                                      trello_string (action, "idMemberCreator") ?: "");

  return name ?: _("A former member");
}

static void
append_comments (TrelloBoard *board,
                 JsonObject  *card,
                 const char  *title,
                 GString     *text)
{
  GPtrArray *comments = g_hash_table_lookup (board->comments, trello_string (card, "id"));
  guint found = comments != NULL ? comments->len : 0;
  double counted = _wp_trello_number (trello_object (card, "badges"), "comments", 0);

  if (found > 0)
    g_string_append_printf (text, "\n\n%s", _("Comments:"));
  for (guint i = 0; i < found; i++)
    {
      JsonObject *comment = g_ptr_array_index (comments, i);
      g_autofree char *when = format_moment (trello_string (comment, "date"));

      g_string_append_printf (text, "\n\n%s, %s:\n%s", author_of (board, comment), when,
                              trello_string (trello_object (comment, "data"), "text"));
    }
  board->comments_found += found;

  /* Trello counts a card's comments itself: what its export left out shows. */
  if (counted > found && counted < G_MAXUINT)
    {
      guint missing = (guint) counted - found;

      wp_import_report_note (board->report, title,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u comments is not in the export",
                                          "%u of %u comments are not in the export", missing),
                             missing, (guint) counted);
      board->missing_comments += missing;
      board->cards_missing_comments++;
      g_string_append_printf (text, "\n\n(%s)",
                              g_dngettext (GETTEXT_PACKAGE,
                                           "An earlier comment is not in Trello's export.",
                                           "Earlier comments are not in Trello's export.",
                                           missing));
    }
}

static void
append_attachments (TrelloBoard *board,
                    JsonObject  *card,
                    const char  *title,
                    GString     *text)
{
  g_autoptr(GPtrArray) attachments = _wp_trello_sorted (trello_array (card, "attachments"));
  guint uploads = 0;

  if (attachments->len > 0)
    g_string_append_printf (text, "\n\n%s", _("Attachments:"));
  for (guint i = 0; i < attachments->len; i++)
    {
      JsonObject *attachment = g_ptr_array_index (attachments, i);
      const char *url = trello_string (attachment, "url") ?: "";
      const char *name = trello_string (attachment, "name");

      g_string_append (text, "\n- ");
      if (name != NULL && name[0] != '\0' && !g_str_equal (name, url))
        g_string_append_printf (text, "%s: ", name);
      g_string_append (text, url);
      if (trello_true (attachment, "isUpload"))
        {
          g_string_append_printf (text, " (%s)", _("uploaded to Trello: opening it needs a "
                                                  "Trello login"));
          uploads++;
        }
    }
  if (uploads > 0)
    wp_import_report_note (board->report, title,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "%u attachment is an upload that needs a Trello login: "
                                        "kept as a link",
                                        "%u attachments are uploads that need a Trello login: "
                                        "kept as links", uploads),
                           uploads);
}

static char *
custom_value (JsonObject *field,
              JsonObject *item)
{
  JsonObject *value = trello_object (item, "value");
  const char *option = trello_string (item, "idValue");
  JsonArray *options = trello_array (field, "options");
  guint n = options != NULL ? json_array_get_length (options) : 0;

  /* Trello writes every kind of value as a string: {"number": "2"}, {"checked": "true"}. */
  if (value != NULL)
    {
      const char *kinds[] = { "text", "number", "date", "checked" };

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (trello_string (value, kinds[i]) != NULL)
          return g_strdup (trello_string (value, kinds[i]));
    }
  for (guint i = 0; option != NULL && i < n; i++)
    if (g_strcmp0 (trello_string (trello_element (options, i), "id"), option) == 0)
      return g_strdup (trello_string (trello_object (trello_element (options, i), "value"),
                                      "text"));

  return NULL;
}

/* Whether a custom field holds story points ("Story Points", "Estimate", "Punkte"). */
static gboolean
is_points_field (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return strstr (folded, "point") != NULL || strstr (folded, "estimate") != NULL ||
         strstr (folded, "punkte") != NULL;
}

/* Custom fields (a Power-Up): points become the estimate, the others lines of text. */
static void
append_custom_fields (TrelloBoard *board,
                      JsonObject  *card,
                      WpEntity    *item,
                      GString     *text)
{
  JsonArray *values = trello_array (card, "customFieldItems");
  guint n = values != NULL ? json_array_get_length (values) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *value = trello_element (values, i);
      JsonObject *field = g_hash_table_lookup (board->fields,
                                               trello_string (value, "idCustomField") ?: "");
      const char *name = trello_string (field, "name");
      g_autofree char *shown = field != NULL ? custom_value (field, value) : NULL;
      char *end = NULL;
      double points = shown != NULL ? g_ascii_strtod (shown, &end) : -1;

      if (name == NULL || shown == NULL)
        continue;
      if (g_strcmp0 (trello_string (field, "type"), "number") == 0 && is_points_field (name) &&
          end != NULL && *end == '\0' && points >= 0)
        {
          g_auto(GValue) estimate = G_VALUE_INIT;

          g_value_set_double (g_value_init (&estimate, G_TYPE_DOUBLE), points);
          wp_entity_set_value (item, WP_ITEM_ESTIMATE, &estimate);
        }
      else
        g_string_append_printf (text, "\n%s: %s", name, shown);
    }
}

static void
append_members (TrelloBoard *board,
                JsonObject  *card,
                GString     *text)
{
  JsonArray *ids = trello_array (card, "idMembers");
  guint n = ids != NULL ? json_array_get_length (ids) : 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      const char *name = g_hash_table_lookup (board->members,
                                              json_array_get_string_element (ids, i) ?: "");

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  if (names->len == 0)
    return;
  g_ptr_array_add (names, NULL);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);

    g_string_append_printf (text, "\n%s %s", _("Members:"), joined);
  }
}

static void
append_dates (JsonObject *card,
              GString    *text)
{
  g_autofree char *due = _wp_trello_day (trello_string (card, "due"));
  g_autofree char *start = _wp_trello_day (trello_string (card, "start"));

  if (start != NULL)
    g_string_append_printf (text, "\n%s %s", _("Start:"), start);
  if (due != NULL)
    g_string_append_printf (text, "\n%s %s%s", _("Due:"), due,
                            trello_true (card, "dueComplete") ? _(" (complete)") : "");
}

/* The card's description, then what Waypoint has no field for, as text. */
static void
fill_description (TrelloBoard *board,
                  JsonObject  *card,
                  WpEntity    *item)
{
  const char *title = wp_entity_get_string (item, WP_ITEM_TITLE);
  g_autoptr(GString) text = g_string_new (trello_string (card, "desc"));
  g_autoptr(GString) facts = g_string_new (NULL);

  append_dates (card, facts);
  append_members (board, card, facts);
  append_custom_fields (board, card, item, facts);
  if (facts->len > 0)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", facts->str);
  append_attachments (board, card, title, text);
  append_comments (board, card, title, text);
  wp_entity_set_string (item, WP_ITEM_DESCRIPTION, g_strstrip (text->str));
}

/* When the card was made: its createCard action, or else the time in its id. */
static char *
creation_time (TrelloBoard *board,
               const char  *id)
{
  const char *created = g_hash_table_lookup (board->created, id);
  char *end = NULL;
  g_autofree char *seconds_hex = g_strndup (id, 8);
  gint64 seconds = g_ascii_strtoll (seconds_hex, &end, 16);
  g_autoptr(GDateTime) date_time = NULL;
  WpImportTime time;

  if (created != NULL)
    return g_strdup (created);
  if (strlen (id) < 8 || end == NULL || *end != '\0' || seconds <= 0 ||
      (date_time = g_date_time_new_from_unix_utc (seconds)) == NULL)
    return g_strdup ("");
  wp_import_time_of (date_time, &time);

  return wp_import_format_time (&time);
}

/**
 * _wp_trello_fill_item:
 * @board: the indexed board
 * @card: one of its cards
 * @item: a new item
 *
 * Fills in the item's title, description, labels, criteria and times.
 */
void
_wp_trello_fill_item (TrelloBoard *board,
                      JsonObject  *card,
                      WpEntity    *item)
{
  const char *id = trello_string (card, "id");
  g_autofree char *name = g_strstrip (g_strdup (trello_string (card, "name") ?: ""));
  g_autofree char *created = creation_time (board, id);
  const char *updated = trello_string (card, "dateLastActivity");
  g_autoptr(GDateTime) updated_time = updated != NULL ? g_date_time_new_from_iso8601 (updated,
                                                                                     NULL)
                                                      : NULL;

  wp_entity_set_string (item, WP_ITEM_TITLE, name[0] != '\0' ? name : _("Untitled card"));
  fill_labels (board, card, item);
  fill_criteria (board, id, item);
  fill_description (board, card, item);
  wp_entity_set_string (item, WP_ITEM_CREATED, created);
  wp_entity_set_string (item, WP_ITEM_UPDATED, updated_time != NULL ? updated : "");
}
