/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpDemand: distinct customers and importance-weighted mentions per item,
 * recounted after changes.
 */
#include "config.h"

#include "wp-demand.h"

static WpEntity *
add_feedback (WpDocument         *document,
              const char         *customer,
              int                 importance,
              const char * const *items)
{
  g_autoptr(WpEntity) feedback = wp_entity_new (WP_TYPE_FEEDBACK, NULL);

  wp_document_add (document, feedback);
  wp_document_set_string (document, feedback, WP_FEEDBACK_CUSTOMER, customer);
  if (importance > 0)
    wp_document_set_int (document, feedback, WP_FEEDBACK_IMPORTANCE, importance);
  wp_document_set_strv (document, feedback, WP_FEEDBACK_ITEMS, items);

  return feedback;
}

static void
test_customers_and_weights (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpDemand *demand = wp_document_get_demand (document);
  const char *a[] = { "a", NULL }, *a_b[] = { "a", "b", NULL }, *b[] = { "b", NULL },
             *none[] = { NULL };
  WpEntity *critical;

  critical = add_feedback (document, "Ann", 3, a);
  add_feedback (document, "Ann", 1, a_b);
  add_feedback (document, NULL, 0, a);      /* no customer, no importance */
  add_feedback (document, "Bo", 2, b);

  /* Ann twice is one customer; the unnamed entry is one more. */
  g_assert_cmpuint (wp_demand_customers (demand, "a"), ==, 2);
  g_assert_cmpuint (wp_demand_weight (demand, "a"), ==, 3 + 1 + 1);
  g_assert_cmpuint (wp_demand_customers (demand, "b"), ==, 2);
  g_assert_cmpuint (wp_demand_weight (demand, "b"), ==, 1 + 2);
  g_assert_cmpuint (wp_demand_customers (demand, "nobody-asked"), ==, 0);
  g_assert_cmpuint (wp_demand_weight (demand, "nobody-asked"), ==, 0);

  /* A change is counted at the next question; undo counts again. */
  wp_document_set_strv (document, critical, WP_FEEDBACK_ITEMS, none);
  g_assert_cmpuint (wp_demand_weight (demand, "a"), ==, 1 + 1);
  g_assert_cmpuint (wp_demand_customers (demand, "a"), ==, 2);
  wp_document_undo (document);
  g_assert_cmpuint (wp_demand_weight (demand, "a"), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demand/customers-and-weights", test_customers_and_weights);

  return g_test_run ();
}
