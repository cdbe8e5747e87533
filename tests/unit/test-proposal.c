/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scores of "Propose an Order" (wp-proposal.c) and the text matching the searches share. */
#include "config.h"

#include "wp-proposal.h"
#include "wp-text-match.h"

static WpEntity *
add_item (WpDocument *document,
          const char *rank,
          double      value,
          double      effort)
{
  g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, NULL);

  wp_document_add (document, item);
  wp_document_set_string (document, item, WP_ITEM_RANK, rank);
  if (value >= 0)
    wp_document_set_number (document, item, WP_ITEM_VALUE, value);
  if (effort >= 0)
    wp_document_set_number (document, item, WP_ITEM_EFFORT, effort);

  return item;
}

static void
test_value_for_effort (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpDemand *demand = wp_document_get_demand (document);
  WpEntity *cheap = add_item (document, "a", 8, 2);
  WpEntity *dear = add_item (document, "b", 8, 8);
  WpEntity *free_of_effort = add_item (document, "c", 1, 0);
  WpEntity *unscored = add_item (document, "d", 5, -1);
  WpEntity *same_as_cheap = add_item (document, "e", 4, 1);
  WpProposalKind kind;

  g_assert_true (wp_proposal_kind_from_name ("value-effort", &kind));
  g_assert_cmpint (kind, ==, WP_PROPOSAL_VALUE_EFFORT);
  g_assert_false (wp_proposal_kind_from_name ("nonsense", &kind));

  g_assert_cmpfloat (wp_proposal_score (kind, demand, cheap), ==, 4);
  g_assert_cmpfloat (wp_proposal_score (kind, demand, dear), ==, 1);
  /* No effort at all is as good as a tenth of a point, not a division by zero. */
  g_assert_cmpfloat (wp_proposal_score (kind, demand, free_of_effort), ==, 10);
  g_assert_cmpfloat (wp_proposal_score (kind, demand, unscored), ==, -1);

  g_assert_cmpint (wp_proposal_compare (kind, demand, free_of_effort, cheap), <, 0);
  g_assert_cmpint (wp_proposal_compare (kind, demand, unscored, dear), >, 0);
  /* Equal scores keep the backlog's order. */
  g_assert_cmpint (wp_proposal_compare (kind, demand, cheap, same_as_cheap), <, 0);
  g_assert_cmpint (wp_proposal_compare (kind, demand, same_as_cheap, cheap), >, 0);
}

static void
test_demand (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpDemand *demand = wp_document_get_demand (document);
  WpEntity *asked = add_item (document, "a", -1, -1);
  WpEntity *not_asked = add_item (document, "b", 9, 1);
  g_autoptr(WpEntity) feedback = wp_entity_new (WP_TYPE_FEEDBACK, NULL);
  const char *items[] = { wp_entity_get_id (asked), NULL };
  WpProposalKind kind;

  wp_document_add (document, feedback);
  wp_document_set_string (document, feedback, WP_FEEDBACK_CUSTOMER, "Nordlicht Bau");
  wp_document_set_strv (document, feedback, WP_FEEDBACK_ITEMS, items);

  g_assert_true (wp_proposal_kind_from_name ("demand", &kind));
  g_assert_cmpfloat (wp_proposal_score (kind, demand, asked), ==, 1);
  g_assert_cmpfloat (wp_proposal_score (kind, demand, not_asked), ==, 0);
  g_assert_cmpint (wp_proposal_compare (kind, demand, asked, not_asked), <, 0);
}

static void
test_text_match (void)
{
  g_autofree char *needle = wp_text_fold ("STRASSE");
  g_autofree char *empty = wp_text_fold (NULL);

  g_assert_true (wp_text_holds ("Hauptstraße 5", needle));
  g_assert_false (wp_text_holds ("Hauptweg 5", needle));
  g_assert_false (wp_text_holds (NULL, needle));
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (wp_text_holds (NULL, empty));
}

static void
test_item_holds_text (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *item = add_item (document, "a", -1, -1);
  const char *labels[] = { "Offline", NULL };
  g_autofree char *in_title = wp_text_fold ("MAPS");
  g_autofree char *in_description = wp_text_fold ("straße");
  g_autofree char *in_label = wp_text_fold ("offl");
  g_autofree char *nowhere = wp_text_fold ("battery");

  wp_document_set_string (document, item, WP_ITEM_TITLE, "Download maps");
  wp_document_set_string (document, item, WP_ITEM_DESCRIPTION, "Along the Hauptstrasse");
  wp_document_set_strv (document, item, WP_ITEM_LABELS, labels);
  g_assert_true (wp_item_holds_text (item, in_title));
  g_assert_true (wp_item_holds_text (item, in_description));
  g_assert_true (wp_item_holds_text (item, in_label));
  g_assert_false (wp_item_holds_text (item, nowhere));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/proposal/value-for-effort", test_value_for_effort);
  g_test_add_func ("/proposal/demand", test_demand);
  g_test_add_func ("/text-match/fold", test_text_match);
  g_test_add_func ("/text-match/item", test_item_holds_text);

  return g_test_run ();
}
