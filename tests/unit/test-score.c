/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * RICE, WSJF and the scorecard against items whose scores are known: the
 * arithmetic, a reach counted from the feedback when none is typed, no score
 * without every number, scores that do not change when other items come, the
 * explanation of each, and "Propose an Order" by them. The scorecard read as
 * any tool may have written it, edited and undone, and saved only when used.
 */
#include "config.h"

#include <string.h>

#include "test-documents.h"
#include "wp-date.h"
#include "wp-proposal.h"
#include "wp-score.h"
#include "wp-scorecard.h"

static WpDocument *
scored (void)
{
  return read_json (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"a\", \"rank\": \"a\", \"value\": 7, \"effort\": 3, \"reach\": 120,"
    "              \"impact\": 2, \"confidence\": 80, \"time_criticality\": 5,"
    "              \"risk_reduction\": 3},"
    "             {\"id\": \"b\", \"rank\": \"b\", \"value\": 1, \"effort\": 0, \"impact\": 1,"
    "              \"confidence\": 50},"
    "             {\"id\": \"c\", \"rank\": \"c\", \"effort\": 2, \"impact\": 3}],"
    " \"feedback\": [{\"id\": \"f1\", \"customer\": \"Anna\", \"items\": [\"b\"]},"
    "                {\"id\": \"f2\", \"customer\": \"Ben\", \"items\": [\"b\"]},"
    "                {\"id\": \"f3\", \"customer\": \"Anna\", \"items\": [\"b\"]}]}");
}

static double
score_of (WpDocument  *document,
          WpScoreKind  kind,
          const char  *id)
{
  return wp_score (kind, wp_document_get_demand (document),
                   wp_document_lookup (document, WP_KIND_ITEM, id));
}

static void
test_known_answers (void)
{
  g_autoptr(WpDocument) document = scored ();
  gboolean from_feedback = FALSE;

  /* 120 × 2 × 80% ÷ 3 = 64; (7 + 5 + 3) ÷ 3 = 5. */
  g_assert_cmpfloat_with_epsilon (score_of (document, WP_SCORE_RICE, "a"), 64, 1e-9);
  g_assert_cmpfloat_with_epsilon (score_of (document, WP_SCORE_WSJF, "a"), 5, 1e-9);
  /* No reach typed: the two distinct customers who asked; an effort of 0 counts a tenth. */
  g_assert_cmpfloat (wp_score_reach (wp_document_get_demand (document),
                                     wp_document_lookup (document, WP_KIND_ITEM, "b"),
                                     &from_feedback), ==, 2);
  g_assert_true (from_feedback);
  g_assert_cmpfloat_with_epsilon (score_of (document, WP_SCORE_RICE, "b"), 2 * 1 * 0.5 / 0.1,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (score_of (document, WP_SCORE_WSJF, "b"), 1 / 0.1, 1e-9);
  /* No confidence, no cost of delay: no score, not a guess. */
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "c"), ==, -1);
  g_assert_cmpfloat (score_of (document, WP_SCORE_WSJF, "c"), ==, -1);
}

/* A score is the item's own: other items, and their feedback, change nothing of it. */
static void
test_absolute (void)
{
  g_autoptr(WpDocument) document = scored ();
  double before = score_of (document, WP_SCORE_RICE, "a");
  g_autoptr(WpEntity) other = wp_entity_new (WP_TYPE_ITEM, "z");
  g_autoptr(WpEntity) entry = wp_entity_new (WP_TYPE_FEEDBACK, NULL);
  const char * const linked[] = { "z", NULL };

  wp_document_add (document, other);
  wp_document_set_number (document, other, WP_ITEM_REACH, 100000);
  wp_document_add (document, entry);
  wp_document_set_strv (document, entry, WP_FEEDBACK_ITEMS, linked);
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "a"), ==, before);
}

static void
test_explained (void)
{
  g_autoptr(WpDocument) document = scored ();
  WpDemand *demand = wp_document_get_demand (document);
  g_autofree char *rice = wp_score_explain (WP_SCORE_RICE, demand,
                                            wp_document_lookup (document, WP_KIND_ITEM, "a"));
  g_autofree char *wsjf = wp_score_explain (WP_SCORE_WSJF, demand,
                                            wp_document_lookup (document, WP_KIND_ITEM, "a"));
  g_autofree char *counted = wp_score_explain (WP_SCORE_RICE, demand,
                                               wp_document_lookup (document, WP_KIND_ITEM, "b"));
  g_autofree char *missing = wp_score_explain (WP_SCORE_WSJF, demand,
                                               wp_document_lookup (document, WP_KIND_ITEM, "c"));
  g_autofree char *partly = wp_score_explain (WP_SCORE_WSJF, demand,
                                              wp_document_lookup (document, WP_KIND_ITEM, "b"));

  g_assert_cmpstr (rice, ==, "RICE = reach × impact × confidence ÷ effort\n"
                             "= 120 × 2 × 80% ÷ 3\n"
                             "Reach 120: as typed\n"
                             "= 64");
  g_assert_cmpstr (wsjf, ==, "WSJF = (value + time criticality + risk reduction) ÷ effort\n"
                             "= (7 + 5 + 3) ÷ 3\n"
                             "= 5");
  g_assert_nonnull (strstr (counted, "Reach 2: the customers whose feedback asks for it"));
  /* Terms of the cost of delay left out count 0, and say so. */
  g_assert_nonnull (strstr (partly, "= (1 + 0 + 0) ÷ 0\n= 10"));
  g_assert_nonnull (strstr (missing, "= (? + ? + ?) ÷ 2\nNo score until every term has a number."));
}

/* An empty reach, as the product counts it: customers or importance, all feedback or recent. */
static void
test_reach_as_the_product_counts (void)
{
  guint32 today = wp_date_today ();
  g_autofree char *recent = wp_date_format (today - 5), *old = wp_date_format (today - 200);
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"b\", \"rank\": \"b\", \"effort\": 1, \"impact\": 1,"
    "              \"confidence\": 100}],"
    " \"feedback\": [{\"id\": \"f1\", \"customer\": \"Anna\", \"importance\": 3,"
    "                 \"received\": \"%sT10:00:00Z\", \"items\": [\"b\"]},"
    "                {\"id\": \"f2\", \"customer\": \"Ben\", \"importance\": 2,"
    "                 \"received\": \"%sT10:00:00+02:00\", \"items\": [\"b\"]},"
    "                {\"id\": \"f3\", \"customer\": \"Anna\", \"received\": \"\","
    "                 \"items\": [\"b\"]}]}", recent, old);
  g_autoptr(WpDocument) document = read_json (json);
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));
  g_autofree char *how = NULL;

  /* Two customers; their importance 3 + 2 + 1 (none said counts 1). */
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "b"), ==, 2);
  wp_document_set_string (document, product, WP_PRODUCT_REACH_FROM, "mentions");
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "b"), ==, 6);
  /* Of the last 30 days: Anna's recent entry only; an entry with no day is not recent. */
  wp_document_set_int (document, product, WP_PRODUCT_REACH_DAYS, 30);
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "b"), ==, 3);
  how = wp_score_explain (WP_SCORE_RICE, wp_document_get_demand (document),
                          wp_document_lookup (document, WP_KIND_ITEM, "b"));
  g_assert_nonnull (strstr (how, "Reach 3: the importance of the feedback that asks for it, "
                                 "received in the last 30 days"));
  wp_document_set_string (document, product, WP_PRODUCT_REACH_FROM, NULL);
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "b"), ==, 1);
  /* Undone, as every change: all of the feedback again. */
  wp_document_undo (document);
  wp_document_undo (document);
  wp_document_undo (document);
  g_assert_cmpfloat (score_of (document, WP_SCORE_RICE, "b"), ==, 2);
}

static void
test_proposals (void)
{
  g_autoptr(WpDocument) document = scored ();
  WpDemand *demand = wp_document_get_demand (document);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");
  WpEntity *c = wp_document_lookup (document, WP_KIND_ITEM, "c");
  WpProposalKind kind;

  g_assert_true (wp_proposal_kind_from_name ("rice", &kind));
  g_assert_cmpint (kind, ==, WP_PROPOSAL_RICE);
  /* RICE: a 64 before b 10; c, with no score, last. */
  g_assert_cmpint (wp_proposal_compare (kind, demand, a, b), <, 0);
  g_assert_cmpint (wp_proposal_compare (kind, demand, b, c), <, 0);
  g_assert_true (wp_proposal_kind_from_name ("wsjf", &kind));
  /* WSJF: b 10 before a 5. */
  g_assert_cmpint (wp_proposal_compare (kind, demand, b, a), <, 0);
}

/* Fit (weight 2, 0 to 5) and Risk (weight 0.5, 0 to 10); an entry without an id, a duplicate. */
static WpDocument *
carded (void)
{
  return read_json (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"product\": {\"scorecard\": ["
    "   {\"id\": \"fit\", \"name\": \"Fit\", \"scale\": 5, \"weight\": 2},"
    "   {\"name\": \"No id\"},"
    "   {\"id\": \"risk\", \"name\": \"Risk\", \"scale\": 10, \"weight\": 0.5},"
    "   {\"id\": \"fit\", \"name\": \"Fit again\", \"weight\": 50}]},"
    " \"items\": [{\"id\": \"a\", \"rank\": \"a\", \"ratings\": {\"fit\": 4, \"risk\": 3}},"
    "             {\"id\": \"b\", \"rank\": \"b\", \"ratings\": {\"fit\": 9, \"risk\": 0,"
    "                                                   \"gone\": 7}},"
    "             {\"id\": \"c\", \"rank\": \"c\", \"ratings\": {\"fit\": 2}}]}");
}

/* 2 × 4 + 0.5 × 3 = 9.5; a rating past the scale counts as the scale: 2 × 5 + 0 = 10. */
static void
test_scorecard_known_answers (void)
{
  g_autoptr(WpDocument) document = carded ();
  g_autoptr(GArray) criteria = wp_scorecard_criteria (document);
  g_autofree char *explained = NULL;

  g_assert_cmpuint (criteria->len, ==, 2);
  g_assert_cmpstr (g_array_index (criteria, WpCriterion, 1).name, ==, "Risk");
  g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 1).weight, ==, 0.5);
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "a"), ==, 9.5);
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "b"), ==, 10);
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "c"), ==, -1);
  g_assert_cmpint (wp_score_kind_of ("scorecard"), ==, WP_SCORE_SCORECARD);

  explained = wp_score_explain (WP_SCORE_SCORECARD, wp_document_get_demand (document),
                                wp_document_lookup (document, WP_KIND_ITEM, "a"));
  g_assert_cmpstr (explained, ==, "Scorecard = the sum of weight × rating\n"
                                  "Fit: 2 × 4 (of 5)\n"
                                  "Risk: 0.5 × 3 (of 10)\n"
                                  "= 9.5");
  g_clear_pointer (&explained, g_free);
  explained = wp_score_explain (WP_SCORE_SCORECARD, wp_document_get_demand (document),
                                wp_document_lookup (document, WP_KIND_ITEM, "c"));
  g_assert_true (g_str_has_suffix (explained, "Risk: 0.5 × ? (of 10)\n"
                                              "No score until every criterion is rated."));
}

/* Scorecards as other tools or hands write them: nothing to score with, nothing breaks. */
static void
test_scorecard_hostile (void)
{
  const char *scorecards[] = {
    "\"not a list\"", "[1, \"two\", null, []]", "[{\"id\": 3, \"name\": \"Number id\"}]",
    "[{\"id\": \"\", \"name\": \"Empty id\"}]", "{}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (scorecards); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"waypoint\", \"version\": 1, \"product\": {\"scorecard\": %s},"
        " \"items\": [{\"id\": \"a\", \"rank\": \"a\", \"ratings\": [1, 2]}]}", scorecards[i]);
      g_autoptr(WpDocument) document = read_json (json);
      g_autoptr(GArray) criteria = wp_scorecard_criteria (document);

      g_assert_cmpuint (criteria->len, ==, 0);
      g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "a"), ==, -1);
    }

  /* Scale and weight out of bounds or of the wrong type are held to what counts. */
  {
    g_autoptr(WpDocument) document = read_json (
      "{\"format\": \"waypoint\", \"version\": 1, \"product\": {\"scorecard\": ["
      " {\"id\": \"x\", \"name\": \"X\", \"scale\": 0, \"weight\": 1e9},"
      " {\"id\": \"z\", \"name\": \"Z\", \"scale\": 1e9, \"weight\": -3},"
      " {\"id\": \"y\", \"name\": \"Y\", \"scale\": \"ten\", \"weight\": true}]}}");
    g_autoptr(GArray) criteria = wp_scorecard_criteria (document);

    g_assert_cmpuint (criteria->len, ==, 3);
    g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 0).scale, ==, 5);
    g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 0).weight, ==,
                       WP_SCORECARD_MAX_WEIGHT);
    g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 1).scale, ==,
                       WP_SCORECARD_MAX_SCALE);
    g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 1).weight, ==, 0);
    g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 2).scale, ==, 5);
    g_assert_cmpfloat (g_array_index (criteria, WpCriterion, 2).weight, ==, 1);
  }
}

/* Adding, changing, removing criteria and rating, each one undo step; saved only when there. */
static void
test_scorecard_edits (void)
{
  g_autoptr(WpDocument) document = read_json (
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"a\", \"rank\": \"a\"}]}");
  g_autofree char *before = written (document);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpHistory *history = wp_document_get_history (document);
  g_autofree char *fit = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GArray) criteria = NULL;

  g_assert_null (strstr (before, "scorecard"));
  g_assert_null (strstr (before, "ratings"));
  fit = wp_scorecard_add (document, "Fit");
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Add Criterion");
  g_assert_true (wp_scorecard_rate (document, a, fit, 3));
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "a"), ==, 3);
  g_assert_true (wp_scorecard_change (document, fit, "Strategic fit", 10, 2.5));
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Change Criterion");
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "a"), ==, 7.5);

  after = written (document);
  g_assert_nonnull (strstr (after, "\"name\": \"Strategic fit\""));
  g_assert_nonnull (strstr (after, "\"ratings\": {"));

  /* Removed, the rating stays on the item; undone, it counts again. */
  g_assert_true (wp_scorecard_remove (document, fit));
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "a"), ==, -1);
  g_assert_cmpfloat (wp_scorecard_rating (a, fit), ==, 3);
  wp_document_undo (document);
  g_assert_cmpfloat (score_of (document, WP_SCORE_SCORECARD, "a"), ==, 7.5);

  /* Undone to the start, the file is as it was. */
  while (wp_history_can_undo (history))
    wp_document_undo (document);
  g_clear_pointer (&after, g_free);
  after = written (document);
  g_assert_cmpstr (after, ==, before);
  criteria = wp_scorecard_criteria (document);
  g_assert_cmpuint (criteria->len, ==, 0);
}

/* By the scorecard: the higher score first (b 10, a 9.5), unrated items last. */
static void
test_scorecard_proposal (void)
{
  g_autoptr(WpDocument) document = carded ();
  WpDemand *demand = wp_document_get_demand (document);
  WpProposalKind kind;

  g_assert_true (wp_proposal_kind_from_name ("scorecard", &kind));
  g_assert_cmpint (kind, ==, WP_PROPOSAL_SCORECARD);
  g_assert_cmpint (wp_proposal_compare (kind, demand,
                                        wp_document_lookup (document, WP_KIND_ITEM, "b"),
                                        wp_document_lookup (document, WP_KIND_ITEM, "a")), <, 0);
  g_assert_cmpint (wp_proposal_compare (kind, demand,
                                        wp_document_lookup (document, WP_KIND_ITEM, "a"),
                                        wp_document_lookup (document, WP_KIND_ITEM, "c")), <, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/score/known-answers", test_known_answers);
  g_test_add_func ("/score/absolute", test_absolute);
  g_test_add_func ("/score/explained", test_explained);
  g_test_add_func ("/score/reach-as-the-product-counts", test_reach_as_the_product_counts);
  g_test_add_func ("/score/proposals", test_proposals);
  g_test_add_func ("/score/scorecard-known-answers", test_scorecard_known_answers);
  g_test_add_func ("/score/scorecard-hostile", test_scorecard_hostile);
  g_test_add_func ("/score/scorecard-edits", test_scorecard_edits);
  g_test_add_func ("/score/scorecard-proposal", test_scorecard_proposal);

  return g_test_run ();
}
