/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackQuery says which feedback entries the Feedback page shows: those
 * holding every word of the search in their text, customer or tags, and
 * passing the filters (segment, source, tag, importance, linked or not,
 * received between two days). Matching is case-insensitive. The casefolded
 * text of each entry is kept until the entry changes, so that a keystroke
 * costs a scan, not 50,000 foldings (a removed entry's is kept too: undo may
 * bring it back, and an edit would drop it); and the "changed" signal says whether
 * the query only got stricter, so that the list rechecks only what it shows.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-date.h"
#include "wp-feedback-query.h"
#include "wp-text-match.h"

/* Between the parts of the searched text, so that a word never spans two. */
#define PART_SEPARATOR "\x1f"

typedef struct {
  char  *search;    /* text, customer and tags, casefolded */
  char  *segment;
  char  *source;
  GStrv  tags;
} Folded;

struct _WpFeedbackQuery
{
  GObject         parent_instance;

  WpDocument     *document;
  GHashTable     *folded;        /* WpEntity (ref) -> Folded */
  GStrv           words;         /* the search, casefolded, split at spaces; empty for none */
  char           *segment;       /* casefolded, or NULL for any */
  char           *source;
  char           *tag;
  int             importance;    /* 0 for any */
  WpLinkedFilter  linked;
  char           *received_from; /* YYYY-MM-DD, or NULL */
  char           *received_to;
};

G_DEFINE_FINAL_TYPE (WpFeedbackQuery, wp_feedback_query, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
folded_free (gpointer data)
{
  Folded *folded = data;

  g_free (folded->search);
  g_free (folded->segment);
  g_free (folded->source);
  g_strfreev (folded->tags);
  g_free (folded);
}

static Folded *
fold_entry (WpEntity *feedback)
{
  const char * const *tags = wp_entity_get_strv (feedback, WP_FEEDBACK_TAGS);
  g_autoptr(GString) search = g_string_new (wp_entity_get_string (feedback, WP_FEEDBACK_TEXT));
  Folded *folded = g_new0 (Folded, 1);
  guint n_tags = g_strv_length ((GStrv) tags);

  g_string_append (search, PART_SEPARATOR);
  g_string_append (search, wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER) ?: "");
  folded->tags = g_new0 (char *, n_tags + 1);
  for (guint i = 0; i < n_tags; i++)
    {
      g_string_append (search, PART_SEPARATOR);
      g_string_append (search, tags[i]);
      folded->tags[i] = wp_text_fold (tags[i]);
    }
  folded->search = wp_text_fold (search->str);
  folded->segment = wp_text_fold (wp_entity_get_string (feedback, WP_FEEDBACK_SEGMENT));
  folded->source = wp_text_fold (wp_entity_get_string (feedback, WP_FEEDBACK_SOURCE));

  return folded;
}

static Folded *
lookup_folded (WpFeedbackQuery *self,
               WpEntity        *feedback)
{
  Folded *folded = g_hash_table_lookup (self->folded, feedback);

  if (folded == NULL)
    {
      folded = fold_entry (feedback);
      g_hash_table_insert (self->folded, g_object_ref (feedback), folded);
    }

  return folded;
}

static void
on_document_changed (WpFeedbackQuery *self,
                     WpEntity        *entity)
{
  if (WP_IS_FEEDBACK (entity))
    g_hash_table_remove (self->folded, entity);
}

/**
 * wp_feedback_query_new:
 * @document: the document whose feedback is asked about; it must outlive the query
 *
 * Returns: (transfer full): a query that keeps every entry
 */
WpFeedbackQuery *
wp_feedback_query_new (WpDocument *document)
{
  WpFeedbackQuery *self;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  self = g_object_new (WP_TYPE_FEEDBACK_QUERY, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed),
                           self, G_CONNECT_SWAPPED);

  return self;
}

static void
emit_changed (WpFeedbackQuery *self,
              WpQueryChange    change)
{
  g_signal_emit (self, signals[CHANGED], 0, change);
}

/* Whether every word of @some is part of a word of @all: then what holds @all holds @some. */
static gboolean
words_cover (const char * const *all,
             const char * const *some)
{
  for (; some != NULL && *some != NULL; some++)
    {
      gboolean found = FALSE;

      for (const char * const *word = all; !found && word != NULL && *word != NULL; word++)
        found = strstr (*word, *some) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

static GStrv
split_words (const char *text)
{
  g_autofree char *folded = wp_text_fold (text);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

  for (char **part = parts; *part != NULL; part++)
    if (**part != '\0')
      g_strv_builder_add (words, *part);

  return g_strv_builder_end (words);
}

/**
 * wp_feedback_query_set_text:
 * @self: a query
 * @text: (nullable): what to search for; each word must be found
 */
void
wp_feedback_query_set_text (WpFeedbackQuery *self,
                            const char      *text)
{
  g_auto(GStrv) words = NULL;
  WpQueryChange change;

  g_return_if_fail (WP_IS_FEEDBACK_QUERY (self));

  words = split_words (text);
  if (g_strv_equal ((const char * const *) words, (const char * const *) self->words))
    return;

  if (words_cover ((const char * const *) words, (const char * const *) self->words))
    change = WP_QUERY_MORE_STRICT;
  else if (words_cover ((const char * const *) self->words, (const char * const *) words))
    change = WP_QUERY_LESS_STRICT;
  else
    change = WP_QUERY_DIFFERENT;
  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);
  emit_changed (self, change);
}

static char **
field_filter (WpFeedbackQuery *self,
              guint            field)
{
  switch (field)
    {
    case WP_FEEDBACK_SEGMENT:
      return &self->segment;
    case WP_FEEDBACK_SOURCE:
      return &self->source;
    case WP_FEEDBACK_TAGS:
      return &self->tag;
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Going from any value to one only narrows; from one to any only widens. */
static void
replace_filter (WpFeedbackQuery *self,
                char           **slot,
                char            *value)
{
  WpQueryChange change = *slot == NULL ? WP_QUERY_MORE_STRICT
                         : value == NULL ? WP_QUERY_LESS_STRICT
                         : WP_QUERY_DIFFERENT;

  if (g_strcmp0 (*slot, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*slot);
  *slot = value;
  emit_changed (self, change);
}

/**
 * wp_feedback_query_set_field:
 * @self: a query
 * @field: %WP_FEEDBACK_SEGMENT, %WP_FEEDBACK_SOURCE or %WP_FEEDBACK_TAGS
 * @value: (nullable): the value entries must have (one of their tags), any case; %NULL for any
 */
void
wp_feedback_query_set_field (WpFeedbackQuery *self,
                             guint            field,
                             const char      *value)
{
  char **slot;

  g_return_if_fail (WP_IS_FEEDBACK_QUERY (self));

  slot = field_filter (self, field);
  if (slot != NULL)
    replace_filter (self, slot, value != NULL ? wp_text_fold (value) : NULL);
}

/**
 * wp_feedback_query_get_field:
 * @self: a query
 * @field: %WP_FEEDBACK_SEGMENT, %WP_FEEDBACK_SOURCE or %WP_FEEDBACK_TAGS
 *
 * Returns: (nullable): the value filtered for, casefolded, or %NULL
 */
const char *
wp_feedback_query_get_field (WpFeedbackQuery *self,
                             guint            field)
{
  char **slot;

  g_return_val_if_fail (WP_IS_FEEDBACK_QUERY (self), NULL);

  slot = field_filter (self, field);

  return slot != NULL ? *slot : NULL;
}

/**
 * wp_feedback_query_set_importance:
 * @self: a query
 * @importance: 1 to 3 to keep entries of that importance, 0 for any
 */
void
wp_feedback_query_set_importance (WpFeedbackQuery *self,
                                  int              importance)
{
  g_return_if_fail (WP_IS_FEEDBACK_QUERY (self));
  g_return_if_fail (importance >= 0 && importance <= 3);

  if (importance == self->importance)
    return;

  self->importance = importance;
  emit_changed (self, importance == 0 ? WP_QUERY_LESS_STRICT : WP_QUERY_DIFFERENT);
}

/**
 * wp_feedback_query_set_linked:
 * @self: a query
 * @linked: whether entries must be linked to an item, must not be, or either
 */
void
wp_feedback_query_set_linked (WpFeedbackQuery *self,
                              WpLinkedFilter   linked)
{
  g_return_if_fail (WP_IS_FEEDBACK_QUERY (self));

  if (linked == self->linked)
    return;

  self->linked = linked;
  emit_changed (self, linked == WP_LINKED_ANY ? WP_QUERY_LESS_STRICT : WP_QUERY_DIFFERENT);
}

static gboolean
is_day (const char *day)
{
  guint32 julian;

  return wp_date_parse (day, &julian);
}

/**
 * wp_feedback_query_set_received:
 * @self: a query
 * @from: (nullable): the first day (YYYY-MM-DD) entries may have been received on, or %NULL
 * @to: (nullable): the last day, or %NULL
 */
void
wp_feedback_query_set_received (WpFeedbackQuery *self,
                                const char      *from,
                                const char      *to)
{
  g_return_if_fail (WP_IS_FEEDBACK_QUERY (self));
  g_return_if_fail (from == NULL || is_day (from));
  g_return_if_fail (to == NULL || is_day (to));

  if (g_strcmp0 (from, self->received_from) == 0 && g_strcmp0 (to, self->received_to) == 0)
    return;

  g_free (self->received_from);
  g_free (self->received_to);
  self->received_from = g_strdup (from);
  self->received_to = g_strdup (to);
  emit_changed (self, WP_QUERY_DIFFERENT);
}

/**
 * wp_feedback_query_count_filters:
 * @self: a query
 *
 * Returns: how many filters narrow the list, the search not counted
 */
guint
wp_feedback_query_count_filters (WpFeedbackQuery *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_QUERY (self), 0);

  return (self->segment != NULL) + (self->source != NULL) + (self->tag != NULL) +
         (self->importance != 0) + (self->linked != WP_LINKED_ANY) +
         (self->received_from != NULL || self->received_to != NULL);
}

/**
 * wp_feedback_query_clear_filters:
 * @self: a query
 *
 * Keeps the search, drops every filter.
 */
void
wp_feedback_query_clear_filters (WpFeedbackQuery *self)
{
  g_return_if_fail (WP_IS_FEEDBACK_QUERY (self));

  if (wp_feedback_query_count_filters (self) == 0)
    return;

  g_clear_pointer (&self->segment, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->received_from, g_free);
  g_clear_pointer (&self->received_to, g_free);
  self->importance = 0;
  self->linked = WP_LINKED_ANY;
  emit_changed (self, WP_QUERY_LESS_STRICT);
}

static gboolean
received_in_range (WpFeedbackQuery *self,
                   WpEntity        *feedback)
{
  const char *received = wp_entity_get_string (feedback, WP_FEEDBACK_RECEIVED);

  /* Timestamps begin with their day, which compares as text. */
  if (received == NULL || received[0] == '\0')
    return FALSE;

  return (self->received_from == NULL || strncmp (received, self->received_from, 10) >= 0) &&
         (self->received_to == NULL || strncmp (received, self->received_to, 10) <= 0);
}

static gboolean
is_linked (WpEntity *feedback)
{
  return wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS)[0] != NULL;
}

/* Each filter is asked only when set: a keystroke in the search checks every entry. */
static gboolean
passes_filters (WpFeedbackQuery *self,
                WpEntity        *feedback)
{
  Folded *folded;

  if (self->importance != 0 &&
      wp_entity_get_int (feedback, WP_FEEDBACK_IMPORTANCE) != self->importance)
    return FALSE;
  if (self->linked != WP_LINKED_ANY && is_linked (feedback) != (self->linked == WP_LINKED_YES))
    return FALSE;
  if ((self->received_from != NULL || self->received_to != NULL) &&
      !received_in_range (self, feedback))
    return FALSE;
  if (self->segment == NULL && self->source == NULL && self->tag == NULL)
    return TRUE;

  folded = lookup_folded (self, feedback);

  return (self->segment == NULL || g_str_equal (self->segment, folded->segment)) &&
         (self->source == NULL || g_str_equal (self->source, folded->source)) &&
         (self->tag == NULL || g_strv_contains ((const char * const *) folded->tags, self->tag));
}

/**
 * wp_feedback_query_matches:
 * @self: a query
 * @feedback: a feedback entry of the query's document
 *
 * Returns: whether the query keeps @feedback
 */
gboolean
wp_feedback_query_matches (WpFeedbackQuery *self,
                           WpEntity        *feedback)
{
  Folded *folded;

  g_return_val_if_fail (WP_IS_FEEDBACK_QUERY (self), FALSE);
  g_return_val_if_fail (WP_IS_FEEDBACK (feedback), FALSE);

  if (!passes_filters (self, feedback))
    return FALSE;
  if (self->words[0] == NULL)
    return TRUE;

  folded = lookup_folded (self, feedback);
  for (char **word = self->words; *word != NULL; word++)
    if (strstr (folded->search, *word) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * wp_feedback_query_prepare:
 * @self: a query
 * @position: (inout): the first entry to prepare; moved past those prepared
 * @count: how many entries to prepare at most
 *
 * Folds the texts of some entries ahead of the first search, so that a page
 * can spread the work over idle moments instead of the first keystroke.
 *
 * Returns: whether entries are left to prepare
 */
gboolean
wp_feedback_query_prepare (WpFeedbackQuery *self,
                           guint           *position,
                           guint            count)
{
  GListModel *feedback;
  guint n;

  g_return_val_if_fail (WP_IS_FEEDBACK_QUERY (self), FALSE);

  feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  n = g_list_model_get_n_items (feedback);
  for (guint end = MIN (*position + count, n); *position < end; (*position)++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, *position);

      lookup_folded (self, entry);
    }

  return *position < n;
}

static void
add_value (GHashTable *seen,
           GPtrArray  *values,
           const char *value)
{
  char *folded;

  if (value == NULL || value[0] == '\0')
    return;
  folded = wp_text_fold (value);
  if (g_hash_table_add (seen, folded))
    g_ptr_array_add (values, g_strdup (value));
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  g_autofree char *x = wp_text_fold (*(const char **) a);
  g_autofree char *y = wp_text_fold (*(const char **) b);

  return g_utf8_collate (x, y);
}

/**
 * wp_feedback_query_list_values:
 * @self: a query
 * @field: %WP_FEEDBACK_SEGMENT, %WP_FEEDBACK_SOURCE or %WP_FEEDBACK_TAGS
 *
 * The values the entries have in @field, for choosing a filter: each once
 * (the first spelling met, whatever the case), sorted.
 *
 * Returns: (transfer full): the values
 */
GStrv
wp_feedback_query_list_values (WpFeedbackQuery *self,
                               guint            field)
{
  GListModel *feedback;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  g_return_val_if_fail (WP_IS_FEEDBACK_QUERY (self), NULL);
  g_return_val_if_fail (field == WP_FEEDBACK_SEGMENT || field == WP_FEEDBACK_SOURCE ||
                        field == WP_FEEDBACK_TAGS, NULL);

  feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  for (guint i = 0, n = g_list_model_get_n_items (feedback); i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);

      if (field == WP_FEEDBACK_TAGS)
        for (const char * const *tag = wp_entity_get_strv (entry, field); *tag; tag++)
          add_value (seen, values, *tag);
      else
        add_value (seen, values, wp_entity_get_string (entry, field));
    }
  g_ptr_array_sort (values, compare_values);
  g_ptr_array_add (values, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&values), FALSE);
}

static void
wp_feedback_query_finalize (GObject *object)
{
  WpFeedbackQuery *self = WP_FEEDBACK_QUERY (object);

  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->words, g_strfreev);
  g_free (self->segment);
  g_free (self->source);
  g_free (self->tag);
  g_free (self->received_from);
  g_free (self->received_to);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_feedback_query_parent_class)->finalize (object);
}

static void
wp_feedback_query_class_init (WpFeedbackQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wp_feedback_query_finalize;

  /**
   * WpFeedbackQuery::changed:
   * @self: the query
   * @change: a #WpQueryChange: whether the query only got stricter, or looser
   *
   * Emitted when the search or a filter changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
wp_feedback_query_init (WpFeedbackQuery *self)
{
  self->folded = g_hash_table_new_full (NULL, NULL, g_object_unref, folded_free);
  self->words = g_new0 (char *, 1);
}
