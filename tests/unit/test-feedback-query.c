/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackQuery: the Feedback page's search and filters, and how a change of
 * them narrows or widens.
 */
#include "config.h"

#include "wp-feedback-query.h"
#include "wp-feedback-results.h"
#include "test-list-mirror.h"

static WpEntity *
add_feedback (WpDocument *document,
              const char *customer,
              const char *text,
              const char *segment,
              const char *received)
{
  g_autoptr(WpEntity) feedback = wp_entity_new (WP_TYPE_FEEDBACK, NULL);

  wp_document_add (document, feedback);
  wp_document_set_string (document, feedback, WP_FEEDBACK_CUSTOMER, customer);
  wp_document_set_string (document, feedback, WP_FEEDBACK_TEXT, text);
  wp_document_set_string (document, feedback, WP_FEEDBACK_SEGMENT, segment);
  wp_document_set_string (document, feedback, WP_FEEDBACK_RECEIVED, received);

  return feedback;
}

static guint
count_matches (WpFeedbackQuery *query,
               WpDocument      *document)
{
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  guint matches = 0;

  for (guint i = 0; i < g_list_model_get_n_items (feedback); i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);

      matches += wp_feedback_query_matches (query, entry);
    }

  return matches;
}

static void
remember_change (WpFeedbackQuery *query,
                 guint            change,
                 int             *last)
{
  *last = (int) change;
}

static void
test_search (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpFeedbackQuery) query = wp_feedback_query_new (document);
  const char *tags[] = { "Offline", NULL };
  WpEntity *priya;

  priya = add_feedback (document, "Priya Raman", "I screenshot the MAP before every trip", "Hiker",
                        "2026-08-11T14:20:00Z");
  add_feedback (document, "Jonas Weiß", "Straße names are wrong in Köln", "Cyclist",
                "2026-09-01T08:00:00Z");
  add_feedback (document, NULL, "Export to PDF please", NULL, "");
  wp_document_set_strv (document, priya, WP_FEEDBACK_TAGS, tags);

  g_assert_cmpuint (count_matches (query, document), ==, 3);
  /* Text, customer and tags, whatever the case; every word must be found. */
  wp_feedback_query_set_text (query, "map");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_text (query, "raman");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_text (query, "offline");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_text (query, "  pdf   export ");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_text (query, "pdf map");
  g_assert_cmpuint (count_matches (query, document), ==, 0);
  /* Full case folding: ß is ss. */
  wp_feedback_query_set_text (query, "STRASSE");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_text (query, "köln");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  /* A word does not span the text and the customer. */
  wp_feedback_query_set_text (query, "tripPriya");
  g_assert_cmpuint (count_matches (query, document), ==, 0);

  /* An edit is searched at once, and undone again. */
  wp_feedback_query_set_text (query, "compass");
  g_assert_cmpuint (count_matches (query, document), ==, 0);
  wp_document_set_string (document, priya, WP_FEEDBACK_TEXT, "A compass would help");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_document_undo (document);
  g_assert_cmpuint (count_matches (query, document), ==, 0);

  wp_feedback_query_set_text (query, "");
  g_assert_cmpuint (count_matches (query, document), ==, 3);
}

static void
test_strictness (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpFeedbackQuery) query = wp_feedback_query_new (document);
  int last = -1;

  g_signal_connect (query, "changed", G_CALLBACK (remember_change), &last);

  wp_feedback_query_set_text (query, "ma");
  g_assert_cmpint (last, ==, WP_QUERY_MORE_STRICT);
  wp_feedback_query_set_text (query, "map");
  g_assert_cmpint (last, ==, WP_QUERY_MORE_STRICT);
  wp_feedback_query_set_text (query, "map off");
  g_assert_cmpint (last, ==, WP_QUERY_MORE_STRICT);
  wp_feedback_query_set_text (query, "map of");
  g_assert_cmpint (last, ==, WP_QUERY_LESS_STRICT);
  wp_feedback_query_set_text (query, "route");
  g_assert_cmpint (last, ==, WP_QUERY_DIFFERENT);
  last = -1;
  wp_feedback_query_set_text (query, " Route ");
  g_assert_cmpint (last, ==, -1);

  wp_feedback_query_set_field (query, WP_FEEDBACK_SEGMENT, "Hiker");
  g_assert_cmpint (last, ==, WP_QUERY_MORE_STRICT);
  wp_feedback_query_set_field (query, WP_FEEDBACK_SEGMENT, "Cyclist");
  g_assert_cmpint (last, ==, WP_QUERY_DIFFERENT);
  wp_feedback_query_set_field (query, WP_FEEDBACK_SEGMENT, NULL);
  g_assert_cmpint (last, ==, WP_QUERY_LESS_STRICT);
  wp_feedback_query_set_importance (query, 3);
  wp_feedback_query_clear_filters (query);
  g_assert_cmpint (last, ==, WP_QUERY_LESS_STRICT);
  g_assert_cmpuint (wp_feedback_query_count_filters (query), ==, 0);
}

static void
test_filters (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpFeedbackQuery) query = wp_feedback_query_new (document);
  const char *tags[] = { "Offline", "maps", NULL }, *items[] = { "item-1", NULL };
  WpEntity *priya, *jonas;
  g_auto(GStrv) segments = NULL;
  g_auto(GStrv) all_tags = NULL;

  priya = add_feedback (document, "Priya", "Maps offline", "Hiker", "2026-08-11T14:20:00Z");
  jonas = add_feedback (document, "Jonas", "Street names", "cyclist", "2026-09-01T08:00:00Z");
  add_feedback (document, "Mo", "Dark mode", "Cyclist", "2026-09-30T23:59:00Z");
  add_feedback (document, "Undated", "No day", "", "");
  wp_document_set_strv (document, priya, WP_FEEDBACK_TAGS, tags);
  wp_document_set_strv (document, jonas, WP_FEEDBACK_ITEMS, items);
  wp_document_set_int (document, jonas, WP_FEEDBACK_IMPORTANCE, 3);
  wp_document_set_string (document, jonas, WP_FEEDBACK_SOURCE, "Interview");

  /* Values to choose from: each once whatever its case, sorted, empty ones left out. */
  segments = wp_feedback_query_list_values (query, WP_FEEDBACK_SEGMENT);
  g_assert_cmpstrv (segments, ((const char *[]) { "cyclist", "Hiker", NULL }));
  all_tags = wp_feedback_query_list_values (query, WP_FEEDBACK_TAGS);
  g_assert_cmpstrv (all_tags, ((const char *[]) { "maps", "Offline", NULL }));

  wp_feedback_query_set_field (query, WP_FEEDBACK_SEGMENT, "CYCLIST");
  g_assert_cmpuint (count_matches (query, document), ==, 2);
  wp_feedback_query_set_field (query, WP_FEEDBACK_SEGMENT, NULL);
  wp_feedback_query_set_field (query, WP_FEEDBACK_SOURCE, "interview");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_field (query, WP_FEEDBACK_SOURCE, NULL);
  wp_feedback_query_set_field (query, WP_FEEDBACK_TAGS, "offline");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_field (query, WP_FEEDBACK_TAGS, "off");
  g_assert_cmpuint (count_matches (query, document), ==, 0);
  wp_feedback_query_set_field (query, WP_FEEDBACK_TAGS, NULL);

  wp_feedback_query_set_importance (query, 3);
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_importance (query, 1);
  g_assert_cmpuint (count_matches (query, document), ==, 3);
  wp_feedback_query_set_importance (query, 0);

  wp_feedback_query_set_linked (query, WP_LINKED_YES);
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_linked (query, WP_LINKED_NO);
  g_assert_cmpuint (count_matches (query, document), ==, 3);
  wp_feedback_query_set_linked (query, WP_LINKED_ANY);

  /* Both days count; an entry without a day is outside every range. */
  wp_feedback_query_set_received (query, "2026-09-01", "2026-09-30");
  g_assert_cmpuint (count_matches (query, document), ==, 2);
  wp_feedback_query_set_received (query, NULL, "2026-08-31");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  wp_feedback_query_set_received (query, "2026-09-02", NULL);
  g_assert_cmpuint (count_matches (query, document), ==, 1);

  /* Filters and search together. */
  wp_feedback_query_set_received (query, NULL, NULL);
  wp_feedback_query_set_field (query, WP_FEEDBACK_SEGMENT, "cyclist");
  wp_feedback_query_set_text (query, "dark");
  g_assert_cmpuint (count_matches (query, document), ==, 1);
  g_assert_cmpuint (wp_feedback_query_count_filters (query), ==, 1);
  wp_feedback_query_clear_filters (query);
  g_assert_cmpuint (count_matches (query, document), ==, 1);

  /* A removed entry is forgotten. */
  wp_feedback_query_set_text (query, "");
  wp_document_remove (document, priya, NULL);
  g_assert_cmpuint (count_matches (query, document), ==, 3);
}

/*
 * The results hold exactly what the query keeps, in the document's order, and
 * say so in their changes.
 */
static void
assert_results (WpFeedbackResults *results,
                WpFeedbackQuery   *query,
                WpDocument        *document,
                GListStore        *mirror)
{
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (feedback); i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);
      g_autoptr(WpEntity) listed = NULL;
      g_autoptr(WpEntity) mirrored = NULL;

      if (!wp_feedback_query_matches (query, entry))
        continue;
      listed = g_list_model_get_item (G_LIST_MODEL (results), shown);
      mirrored = g_list_model_get_item (G_LIST_MODEL (mirror), shown);
      g_assert_true (listed == entry);
      g_assert_true (mirrored == entry);
      shown++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (results)), ==, shown);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mirror)), ==, shown);
}

static void
test_results (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpFeedbackQuery) query = wp_feedback_query_new (document);
  g_autoptr(WpFeedbackResults) results = NULL;
  g_autoptr(GListStore) mirror = g_list_store_new (WP_TYPE_FEEDBACK);
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);
  WpEntity *entries[6];

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s entry %u", i % 2 ? "map" : "route", i);

      entries[i] = add_feedback (document, "Ann", text, "Hiker", "");
    }
  results = wp_feedback_results_new (document, query);
  follow_changes (G_LIST_MODEL (results), 0, 0, g_list_model_get_n_items (G_LIST_MODEL (results)),
                  mirror);
  g_signal_connect (results, "items-changed", G_CALLBACK (follow_changes), mirror);
  assert_results (results, query, document, mirror);

  /* Narrowing, widening, something else. */
  wp_feedback_query_set_text (query, "map");
  assert_results (results, query, document, mirror);
  wp_feedback_query_set_text (query, "ma");
  assert_results (results, query, document, mirror);
  wp_feedback_query_set_text (query, "map entry 3");
  assert_results (results, query, document, mirror);
  wp_feedback_query_set_text (query, "map");
  assert_results (results, query, document, mirror);

  /* An edit makes an entry leave, another join at its place; undo. */
  wp_document_set_string (document, entries[3], WP_FEEDBACK_TEXT, "route now");
  assert_results (results, query, document, mirror);
  wp_document_set_string (document, entries[2], WP_FEEDBACK_TEXT, "map now");
  assert_results (results, query, document, mirror);
  wp_document_undo (document);
  wp_document_undo (document);
  assert_results (results, query, document, mirror);

  /* Removed in the middle, added at the end, many at once, and undone. */
  wp_document_remove (document, entries[1], NULL);
  assert_results (results, query, document, mirror);
  add_feedback (document, "Bo", "map at the end", "", "");
  assert_results (results, query, document, mirror);
  for (guint i = 0; i < 100; i++)
    {
      WpEntity *entry = wp_entity_new (WP_TYPE_FEEDBACK, NULL);
      g_autofree char *text = g_strdup_printf ("%s bulk %u", i % 3 ? "map" : "route", i);
      GValue value = G_VALUE_INIT;

      g_value_set_string (g_value_init (&value, G_TYPE_STRING), text);
      wp_entity_set_value (entry, WP_FEEDBACK_TEXT, &value);
      g_value_unset (&value);
      g_ptr_array_add (more, entry);
    }
  wp_document_add_all (document, more, "Import");
  assert_results (results, query, document, mirror);
  wp_document_undo (document);
  assert_results (results, query, document, mirror);
  wp_document_undo (document);
  wp_document_undo (document);
  assert_results (results, query, document, mirror);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feedback-query/search", test_search);
  g_test_add_func ("/feedback-query/strictness", test_strictness);
  g_test_add_func ("/feedback-query/filters", test_filters);
  g_test_add_func ("/feedback-query/results", test_results);

  return g_test_run ();
}
