/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The three-way merge, rule by rule: a change on one side is taken, the same
 * change on both once, additions on both kept, a deletion against an edit
 * kept with a conflict, different changes to a field a conflict with ours in
 * place; texts merge by line, labels as sets, the Definition of Done and
 * criteria as sequences, status histories as the union of both by day;
 * ranks stay distinct; collections keep both sides' order; unknown members
 * merge too; what a side still refers to is not lost; conflicts are
 * written, read back and left out once resolved.
 */
#include "config.h"

#include "wp-scorecard.h"
#include "wp-three-way.h"
#include "test-documents.h"

static const char base_json[] =
  "{\"format\": \"waypoint\", \"version\": 1,"
  " \"product\": {\"name\": \"Trail\", \"vision\": \"One\\nTwo\\nThree\","
  "               \"definition_of_done\": [\"Reviewed\", \"Tested\"]},"
  " \"columns\": [{\"id\": \"todo\", \"title\": \"To Do\"},"
  "               {\"id\": \"doing\", \"title\": \"Doing\"},"
  "               {\"id\": \"done\", \"title\": \"Done\"}],"
  " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Maps\", \"estimate\": 3,"
  "              \"description\": \"first\\nsecond\\nthird\", \"labels\": [\"ux\", \"api\"],"
  "              \"acceptance\": [{\"text\": \"Opens\", \"done\": false}],"
  "              \"updated\": \"2026-01-01T00:00:00Z\", \"x-tool\": 1},"
  "            {\"id\": \"b\", \"rank\": \"k\", \"title\": \"Routes\", \"epic\": \"c\"},"
  "            {\"id\": \"c\", \"rank\": \"s\", \"title\": \"Epic\", \"kind\": \"epic\"}],"
  " \"sprints\": [{\"id\": \"s1\", \"name\": \"Sprint 1\"}],"
  " \"feedback\": [{\"id\": \"f1\", \"customer\": \"Anna\", \"text\": \"Nice\"}],"
  " \"x-top\": {\"kept\": true}}";

typedef struct {
  WpDocument *base;
  WpDocument *ours;
  WpDocument *theirs;
} Versions;

static void
versions_init (Versions *v)
{
  v->base = read_json (base_json);
  v->ours = read_json (base_json);
  v->theirs = read_json (base_json);
}

static void
versions_clear (Versions *v)
{
  g_clear_object (&v->base);
  g_clear_object (&v->ours);
  g_clear_object (&v->theirs);
}

static WpEntity *
item (WpDocument *document,
      const char *id)
{
  return wp_document_lookup (document, WP_KIND_ITEM, id);
}

static guint
n_conflicts (WpDocument *document)
{
  return g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_CONFLICT));
}

static WpEntity *
conflict (WpDocument *document,
          guint       i)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (wp_document_get_list (document,
                                                                            WP_KIND_CONFLICT), i);

  return entity;
}

/* The merge, and the same merge with the sides swapped: they agree on what is not a conflict. */
static WpDocument *
merge (Versions *v)
{
  return wp_three_way_merge (v->base, v->ours, v->theirs);
}

static void
test_one_side (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;

  versions_init (&v);
  wp_document_set_number (v.ours, item (v.ours, "a"), WP_ITEM_ESTIMATE, 5);
  wp_document_set_string (v.theirs, item (v.theirs, "b"), WP_ITEM_TITLE, "Route planning");
  merged = merge (&v);

  g_assert_cmpfloat (wp_entity_get_number (item (merged, "a"), WP_ITEM_ESTIMATE), ==, 5);
  g_assert_cmpstr (wp_entity_get_string (item (merged, "b"), WP_ITEM_TITLE), ==,
                   "Route planning");
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  versions_clear (&v);
}

static void
test_same_change_and_conflict (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  WpEntity *c;

  versions_init (&v);
  wp_document_set_string (v.ours, item (v.ours, "b"), WP_ITEM_TITLE, "Routes v2");
  wp_document_set_string (v.theirs, item (v.theirs, "b"), WP_ITEM_TITLE, "Routes v2");
  wp_document_set_number (v.ours, item (v.ours, "a"), WP_ITEM_ESTIMATE, 5);
  wp_document_set_number (v.theirs, item (v.theirs, "a"), WP_ITEM_ESTIMATE, 8);
  merged = merge (&v);

  g_assert_cmpstr (wp_entity_get_string (item (merged, "b"), WP_ITEM_TITLE), ==, "Routes v2");
  /* Ours stays in place until someone chooses. */
  g_assert_cmpfloat (wp_entity_get_number (item (merged, "a"), WP_ITEM_ESTIMATE), ==, 5);
  g_assert_cmpuint (n_conflicts (merged), ==, 1);
  c = conflict (merged, 0);
  g_assert_cmpstr (wp_entity_get_string (c, WP_CONFLICT_COLLECTION), ==, "items");
  g_assert_cmpstr (wp_entity_get_string (c, WP_CONFLICT_ENTITY), ==, "a");
  g_assert_cmpstr (wp_entity_get_string (c, WP_CONFLICT_FIELD), ==, "estimate");
  g_assert_cmpfloat (json_node_get_double (wp_entity_get_node (c, WP_CONFLICT_BASE)), ==, 3);
  g_assert_cmpfloat (json_node_get_double (wp_entity_get_node (c, WP_CONFLICT_OURS)), ==, 5);
  g_assert_cmpfloat (json_node_get_double (wp_entity_get_node (c, WP_CONFLICT_THEIRS)), ==, 8);
  versions_clear (&v);
}

static WpEntity *
new_item (const char *id,
          const char *title,
          const char *rank)
{
  WpEntity *entity = wp_entity_new (WP_TYPE_ITEM, id);

  wp_entity_set_string (entity, WP_ITEM_TITLE, title);
  wp_entity_set_string (entity, WP_ITEM_RANK, rank);

  return entity;
}

/* Additions on both sides are both kept; two that took the same key get distinct ones. */
static void
test_additions_and_ranks (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(WpEntity) ours = new_item ("n1", "Ours", "b");
  g_autoptr(WpEntity) theirs = new_item ("n2", "Theirs", "b");
  GListModel *items;

  versions_init (&v);
  wp_document_add (v.ours, ours);
  wp_document_add (v.theirs, theirs);
  merged = merge (&v);
  items = wp_document_get_list (merged, WP_KIND_ITEM);

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 5);
  g_assert_nonnull (item (merged, "n1"));
  g_assert_nonnull (item (merged, "n2"));
  for (guint i = 1; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) before = g_list_model_get_item (items, i - 1);
      g_autoptr(WpEntity) after = g_list_model_get_item (items, i);

      g_assert_cmpstr (wp_entity_get_string (before, WP_ITEM_RANK), <,
                       wp_entity_get_string (after, WP_ITEM_RANK));
    }
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  versions_clear (&v);
}

static void
test_deletions (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  WpEntity *c;

  versions_init (&v);
  /* Deleted on one side, untouched on the other: gone. */
  g_assert_true (wp_document_remove (v.ours, wp_document_lookup (v.ours, WP_KIND_FEEDBACK, "f1"),
                                     NULL));
  /* Deleted on one side, edited on the other: kept, and said. */
  g_assert_true (wp_document_remove (v.theirs, item (v.theirs, "a"), NULL));
  wp_document_set_number (v.ours, item (v.ours, "a"), WP_ITEM_ESTIMATE, 13);
  merged = merge (&v);

  g_assert_null (wp_document_lookup (merged, WP_KIND_FEEDBACK, "f1"));
  g_assert_nonnull (item (merged, "a"));
  g_assert_cmpfloat (wp_entity_get_number (item (merged, "a"), WP_ITEM_ESTIMATE), ==, 13);
  g_assert_cmpuint (n_conflicts (merged), ==, 1);
  c = conflict (merged, 0);
  g_assert_cmpstr (wp_entity_get_string (c, WP_CONFLICT_FIELD), ==, "");
  g_assert_true (JSON_NODE_HOLDS_NULL (wp_entity_get_node (c, WP_CONFLICT_THEIRS)));
  g_assert_cmpstr (json_node_get_string (wp_entity_get_node (c, WP_CONFLICT_OURS)), ==, "Maps");
  versions_clear (&v);
}

/* A side deleted the epic while the other linked an item to it: the epic stays. */
static void
test_referenced_stays (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(WpEntity) linked = new_item ("n1", "Linked", "z");

  versions_init (&v);
  wp_document_set_string (v.ours, item (v.ours, "b"), WP_ITEM_EPIC, NULL);
  g_assert_true (wp_document_remove (v.ours, item (v.ours, "c"), NULL));
  wp_entity_set_string (linked, WP_ITEM_EPIC, "c");
  wp_document_add (v.theirs, linked);
  merged = merge (&v);

  g_assert_nonnull (item (merged, "c"));
  g_assert_cmpstr (wp_entity_get_string (item (merged, "n1"), WP_ITEM_EPIC), ==, "c");
  g_assert_cmpuint (n_conflicts (merged), ==, 1);
  versions_clear (&v);
}

static void
test_texts_by_line (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  WpEntity *product;

  versions_init (&v);
  wp_document_set_string (v.ours, item (v.ours, "a"), WP_ITEM_DESCRIPTION,
                          "first, ours\nsecond\nthird");
  wp_document_set_string (v.theirs, item (v.theirs, "a"), WP_ITEM_DESCRIPTION,
                          "first\nsecond\nthird, theirs");
  product = WP_ENTITY (wp_document_get_product (v.ours));
  wp_document_set_string (v.ours, product, WP_PRODUCT_VISION, "One\nTwo, ours\nThree");
  product = WP_ENTITY (wp_document_get_product (v.theirs));
  wp_document_set_string (v.theirs, product, WP_PRODUCT_VISION, "One\nTwo, theirs\nThree");
  merged = merge (&v);

  g_assert_cmpstr (wp_entity_get_string (item (merged, "a"), WP_ITEM_DESCRIPTION), ==,
                   "first, ours\nsecond\nthird, theirs");
  /* The same line changed differently: a conflict, ours meanwhile. */
  g_assert_cmpstr (wp_entity_get_string (WP_ENTITY (wp_document_get_product (merged)),
                                         WP_PRODUCT_VISION), ==, "One\nTwo, ours\nThree");
  g_assert_cmpuint (n_conflicts (merged), ==, 1);
  g_assert_cmpstr (wp_entity_get_string (conflict (merged, 0), WP_CONFLICT_COLLECTION), ==,
                   "product");
  versions_clear (&v);
}

static void
set_strv (WpDocument *document,
          WpEntity   *entity,
          guint       field,
          const char *joined)
{
  g_auto(GStrv) strv = g_strsplit (joined, ",", -1);

  wp_document_set_strv (document, entity, field, (const char * const *) strv);
}

static char *
joined (WpEntity *entity,
        guint     field)
{
  return g_strjoinv (",", (char **) wp_entity_get_strv (entity, field));
}

/* Labels as sets, the Definition of Done as a sequence, criteria as one too. */
static void
test_lists (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autofree char *labels = NULL, *done = NULL;
  WpEntity *ours_product = NULL, *theirs_product = NULL;
  JsonNode *criteria;

  versions_init (&v);
  set_strv (v.ours, item (v.ours, "a"), WP_ITEM_LABELS, "ux,offline");
  set_strv (v.theirs, item (v.theirs, "a"), WP_ITEM_LABELS, "ux,api,gps");
  ours_product = WP_ENTITY (wp_document_get_product (v.ours));
  theirs_product = WP_ENTITY (wp_document_get_product (v.theirs));
  set_strv (v.ours, ours_product, WP_PRODUCT_DEFINITION_OF_DONE, "Reviewed,Tested,Translated");
  set_strv (v.theirs, theirs_product, WP_PRODUCT_DEFINITION_OF_DONE, "Reviewed,Tested,Released");
  {
    g_autoptr(JsonNode) list = json_from_string ("[{\"text\": \"Opens\", \"done\": true}]", NULL);
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, JSON_TYPE_NODE);
    g_value_set_boxed (&value, list);
    wp_document_set_value (v.ours, item (v.ours, "a"), WP_ITEM_ACCEPTANCE, &value);
  }
  merged = merge (&v);

  labels = joined (item (merged, "a"), WP_ITEM_LABELS);
  g_assert_cmpstr (labels, ==, "ux,offline,gps");
  done = joined (WP_ENTITY (wp_document_get_product (merged)), WP_PRODUCT_DEFINITION_OF_DONE);
  g_assert_cmpstr (done, ==, "Reviewed,Tested,Translated,Released");
  criteria = wp_entity_get_node (item (merged, "a"), WP_ITEM_ACCEPTANCE);
  g_assert_true (json_object_get_boolean_member (
                   json_array_get_object_element (json_node_get_array (criteria), 0), "done"));
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  versions_clear (&v);
}

static void
set_history (WpDocument *document,
             const char *id,
             const char *json)
{
  g_autoptr(JsonNode) list = json_from_string (json, NULL);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, JSON_TYPE_NODE);
  g_value_set_boxed (&value, list);
  wp_document_set_value (document, item (document, id), WP_ITEM_STATUS_HISTORY, &value);
}

/* Both sides moved items on their boards: every move of either is kept, by day. */
static void
test_status_histories (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autofree char *history = NULL;

  versions_init (&v);
  set_history (v.base, "a", "[{\"day\": \"2026-03-01\", \"status\": \"todo\"}]");
  set_history (v.ours, "a", "[{\"day\": \"2026-03-01\", \"status\": \"todo\"},"
                            " {\"day\": \"2026-03-04\", \"status\": \"done\"}]");
  set_history (v.theirs, "a", "[{\"day\": \"2026-03-01\", \"status\": \"todo\"},"
                              " {\"day\": \"2026-03-02\", \"status\": \"doing\"},"
                              " {\"day\": \"2026-03-04\", \"status\": null}]");
  set_history (v.theirs, "b", "[{\"day\": \"2026-03-02\", \"status\": \"doing\"}]");
  merged = merge (&v);

  history = json_to_string (wp_entity_get_node (item (merged, "a"), WP_ITEM_STATUS_HISTORY),
                            FALSE);
  g_assert_cmpstr (history, ==,
                   "[{\"day\":\"2026-03-01\",\"status\":\"todo\"},"
                   "{\"day\":\"2026-03-02\",\"status\":\"doing\"},"
                   "{\"day\":\"2026-03-04\",\"status\":\"done\"},"
                   "{\"day\":\"2026-03-04\",\"status\":null}]");
  g_clear_pointer (&history, g_free);
  history = json_to_string (wp_entity_get_node (item (merged, "b"), WP_ITEM_STATUS_HISTORY),
                            FALSE);
  g_assert_cmpstr (history, ==, "[{\"day\":\"2026-03-02\",\"status\":\"doing\"}]");
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  versions_clear (&v);
}

/* A column added on each side, in the order each side put it; unknown members merge too. */
static void
test_order_and_unknown_members (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(WpEntity) review = wp_entity_new (WP_TYPE_COLUMN, "review");
  g_autoptr(WpEntity) blocked = wp_entity_new (WP_TYPE_COLUMN, "blocked");
  g_autoptr(JsonNode) ours_extra = json_from_string ("{\"x-tool\": 1, \"x-ours\": 2}", NULL);
  g_autoptr(JsonNode) theirs_extra = json_from_string ("{\"x-tool\": 1, \"x-theirs\": 3}", NULL);
  GListModel *columns;
  const char * const expected[] = { "todo", "blocked", "doing", "review", "done" };

  versions_init (&v);
  wp_entity_set_string (review, WP_COLUMN_TITLE, "Review");
  wp_document_insert (v.ours, review, 2);
  wp_entity_set_string (blocked, WP_COLUMN_TITLE, "Blocked");
  wp_document_insert (v.theirs, blocked, 1);
  wp_entity_set_extra (item (v.ours, "a"), json_node_get_object (ours_extra));
  wp_entity_set_extra (item (v.theirs, "a"), json_node_get_object (theirs_extra));
  merged = merge (&v);
  columns = wp_document_get_list (merged, WP_KIND_COLUMN);

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (wp_entity_get_id (column), ==, expected[i]);
    }
  g_assert_true (json_object_has_member (wp_entity_get_extra (item (merged, "a")), "x-ours"));
  g_assert_true (json_object_has_member (wp_entity_get_extra (item (merged, "a")), "x-theirs"));
  g_assert_true (json_object_has_member (wp_document_get_extra (merged, ""), "x-top"));
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  versions_clear (&v);
}

/*
 * Ratings on a scorecard, criterion by criterion: each side's rating of its own criterion is
 * kept; both rating one criterion differently is a conflict of the ratings, ours kept.
 */
static void
test_ratings (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(WpDocument) clashing = NULL;

  versions_init (&v);
  wp_scorecard_rate (v.base, item (v.base, "a"), "fit", 1);
  wp_scorecard_rate (v.ours, item (v.ours, "a"), "fit", 1);
  wp_scorecard_rate (v.theirs, item (v.theirs, "a"), "fit", 1);
  wp_scorecard_rate (v.ours, item (v.ours, "a"), "fit", 4);
  wp_scorecard_rate (v.theirs, item (v.theirs, "a"), "revenue", 7);
  merged = merge (&v);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  g_assert_cmpfloat (wp_scorecard_rating (item (merged, "a"), "fit"), ==, 4);
  g_assert_cmpfloat (wp_scorecard_rating (item (merged, "a"), "revenue"), ==, 7);

  /* Their last rating taken away, as a file reads it (no ratings: null), while ours added one. */
  {
    Versions w;
    g_autoptr(WpDocument) emptied = NULL;
    GValue none = G_VALUE_INIT;

    versions_init (&w);
    wp_scorecard_rate (w.base, item (w.base, "a"), "fit", 1);
    wp_scorecard_rate (w.ours, item (w.ours, "a"), "fit", 1);
    wp_scorecard_rate (w.ours, item (w.ours, "a"), "revenue", 3);
    g_value_take_boxed (g_value_init (&none, JSON_TYPE_NODE),
                        json_node_init_null (json_node_alloc ()));
    wp_document_set_value (w.theirs, item (w.theirs, "a"), WP_ITEM_RATINGS, &none);
    g_value_unset (&none);
    emptied = merge (&w);
    g_assert_cmpuint (n_conflicts (emptied), ==, 0);
    g_assert_cmpfloat (wp_scorecard_rating (item (emptied, "a"), "fit"), ==, -1);
    g_assert_cmpfloat (wp_scorecard_rating (item (emptied, "a"), "revenue"), ==, 3);
    versions_clear (&w);
  }

  wp_scorecard_rate (v.theirs, item (v.theirs, "a"), "fit", 2);
  clashing = merge (&v);
  g_assert_cmpuint (n_conflicts (clashing), ==, 1);
  g_assert_cmpstr (wp_entity_get_string (conflict (clashing, 0), WP_CONFLICT_FIELD), ==,
                   "ratings");
  g_assert_cmpfloat (wp_scorecard_rating (item (clashing, "a"), "fit"), ==, 4);
  versions_clear (&v);
}

/* A scorecard's criteria as a sequence: one side adds one, the other changes another. */
static void
test_scorecards (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(GArray) criteria = NULL;
  g_autofree char *fit = NULL;
  g_autofree char *revenue = NULL;
  g_autofree char *text = NULL;

  versions_init (&v);
  fit = wp_scorecard_add (v.base, "Fit");
  text = written (v.base);
  g_clear_object (&v.ours);
  g_clear_object (&v.theirs);
  v.ours = read_json (text);
  v.theirs = read_json (text);
  revenue = wp_scorecard_add (v.ours, "Revenue");
  wp_scorecard_change (v.theirs, fit, "Strategic fit", 5, 3);
  merged = merge (&v);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  criteria = wp_scorecard_criteria (merged);
  g_assert_cmpuint (criteria->len, ==, 2);
  g_assert_cmpstr (g_array_index (criteria, WpCriterion, 0).name, ==, "Strategic fit");
  g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 0).weight, ==, 3);
  g_assert_cmpstr (g_array_index (criteria, WpCriterion, 1).id, ==, revenue);
  versions_clear (&v);
}

/* Editing different fields of one item on two branches is no conflict over its time of change. */
static void
test_times_of_change (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;

  versions_init (&v);
  wp_document_set_string (v.ours, item (v.ours, "a"), WP_ITEM_UPDATED, "2026-02-01T00:00:00Z");
  wp_document_set_string (v.theirs, item (v.theirs, "a"), WP_ITEM_UPDATED,
                          "2026-03-01T00:00:00Z");
  merged = merge (&v);

  g_assert_cmpstr (wp_entity_get_string (item (merged, "a"), WP_ITEM_UPDATED), ==,
                   "2026-03-01T00:00:00Z");
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  versions_clear (&v);
}

/* Conflicts are written, read back with a warning each, and left out of the file once resolved. */
static void
test_conflicts_in_the_file (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(WpDocument) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *text_again = NULL, *resolved = NULL;

  versions_init (&v);
  wp_document_set_number (v.ours, item (v.ours, "a"), WP_ITEM_ESTIMATE, 5);
  wp_document_set_number (v.theirs, item (v.theirs, "a"), WP_ITEM_ESTIMATE, 8);
  merged = merge (&v);
  text = written (merged);
  g_assert_nonnull (strstr (text, "\"conflicts\": ["));

  again = wp_read_document (text, strlen (text), &problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_false (((WpProblem *) g_ptr_array_index (problems, 0))->fatal);
  text_again = written (again);
  g_assert_cmpstr (text, ==, text_again);

  g_assert_true (wp_document_remove (again, conflict (again, 0), NULL));
  resolved = written (again);
  g_assert_null (strstr (resolved, "\"conflicts\""));
  versions_clear (&v);
}

/* Each resolution is one undo step that also brings the conflict back. */
static void
test_resolving (void)
{
  Versions v;
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(JsonNode) typed = json_from_string ("\"Typed\"", NULL);
  g_autoptr(JsonNode) ours_extra = json_from_string ("{\"x-tool\": 2}", NULL);
  g_autoptr(JsonNode) theirs_extra = json_from_string ("{\"x-tool\": 3}", NULL);
  g_autoptr(GError) error = NULL;
  WpConflict *c;

  versions_init (&v);
  wp_document_set_number (v.ours, item (v.ours, "a"), WP_ITEM_ESTIMATE, 5);
  wp_document_set_number (v.theirs, item (v.theirs, "a"), WP_ITEM_ESTIMATE, 8);
  wp_document_set_string (v.ours, item (v.ours, "b"), WP_ITEM_TITLE, "Ours");
  wp_document_set_string (v.theirs, item (v.theirs, "b"), WP_ITEM_TITLE, "Theirs");
  wp_entity_set_extra (item (v.ours, "c"), json_node_get_object (ours_extra));
  wp_entity_set_extra (item (v.theirs, "c"), json_node_get_object (theirs_extra));
  merged = merge (&v);
  g_assert_cmpuint (n_conflicts (merged), ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      const char *field;

      c = WP_CONFLICT (conflict (merged, 0));
      field = wp_entity_get_string (WP_ENTITY (c), WP_CONFLICT_FIELD);
      if (g_str_equal (field, "estimate"))
        g_assert_true (wp_document_resolve_conflict (merged, c, WP_RESOLVE_THEIRS, NULL, &error));
      else if (g_str_equal (field, "title"))
        g_assert_true (wp_document_resolve_conflict (merged, c, WP_RESOLVE_EDITED, typed, &error));
      else
        g_assert_true (wp_document_resolve_conflict (merged, c, WP_RESOLVE_THEIRS, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  g_assert_cmpfloat (wp_entity_get_number (item (merged, "a"), WP_ITEM_ESTIMATE), ==, 8);
  g_assert_cmpstr (wp_entity_get_string (item (merged, "b"), WP_ITEM_TITLE), ==, "Typed");
  g_assert_cmpint (json_object_get_int_member (wp_entity_get_extra (item (merged, "c")), "x-tool"),
                   ==, 3);

  /* Undone one by one: ours and the conflicts come back. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (wp_document_undo (merged));
  g_assert_cmpuint (n_conflicts (merged), ==, 3);
  g_assert_cmpfloat (wp_entity_get_number (item (merged, "a"), WP_ITEM_ESTIMATE), ==, 5);
  g_assert_cmpstr (wp_entity_get_string (item (merged, "b"), WP_ITEM_TITLE), ==, "Ours");
  g_assert_cmpint (json_object_get_int_member (wp_entity_get_extra (item (merged, "c")), "x-tool"),
                   ==, 2);
  g_assert_false (wp_document_undo (merged));
  versions_clear (&v);
}

/* A deleted entity: ours (deleted) deletes it, theirs keeps it. */
static void
test_resolving_a_deletion (void)
{
  g_autoptr(GError) error = NULL;

  for (guint keep = 0; keep < 2; keep++)
    {
      Versions v;
      g_autoptr(WpDocument) merged = NULL;

      versions_init (&v);
      g_assert_true (wp_document_remove (v.ours, item (v.ours, "a"), NULL));
      wp_document_set_number (v.theirs, item (v.theirs, "a"), WP_ITEM_ESTIMATE, 13);
      merged = merge (&v);
      g_assert_true (wp_document_resolve_conflict (merged, WP_CONFLICT (conflict (merged, 0)),
                                                   keep ? WP_RESOLVE_THEIRS : WP_RESOLVE_OURS,
                                                   NULL, &error));
      g_assert_no_error (error);
      g_assert_true ((item (merged, "a") != NULL) == keep);
      g_assert_cmpuint (n_conflicts (merged), ==, 0);
      versions_clear (&v);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/three-way/one-side", test_one_side);
  g_test_add_func ("/three-way/same-change-and-conflict", test_same_change_and_conflict);
  g_test_add_func ("/three-way/additions-and-ranks", test_additions_and_ranks);
  g_test_add_func ("/three-way/deletions", test_deletions);
  g_test_add_func ("/three-way/referenced-stays", test_referenced_stays);
  g_test_add_func ("/three-way/texts-by-line", test_texts_by_line);
  g_test_add_func ("/three-way/lists", test_lists);
  g_test_add_func ("/three-way/status-histories", test_status_histories);
  g_test_add_func ("/three-way/order-and-unknown-members", test_order_and_unknown_members);
  g_test_add_func ("/three-way/ratings", test_ratings);
  g_test_add_func ("/three-way/scorecards", test_scorecards);
  g_test_add_func ("/three-way/times-of-change", test_times_of_change);
  g_test_add_func ("/three-way/conflicts-in-the-file", test_conflicts_in_the_file);
  g_test_add_func ("/three-way/resolving", test_resolving);
  g_test_add_func ("/three-way/resolving-a-deletion", test_resolving_a_deletion);

  return g_test_run ();
}
