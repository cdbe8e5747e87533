/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * RICE and WSJF against items whose scores are known: the arithmetic, a
 * reach counted from the feedback when none is typed, no score without every
 * number, scores that do not change when other items come, the explanation
 * of each, and "Propose an Order" by them.
 */
#include "config.h"

#include <string.h>

#include "test-documents.h"
#include "wp-date.h"
#include "wp-proposal.h"
#include "wp-score.h"

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

  return g_test_run ();
}
