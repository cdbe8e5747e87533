/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Linking feedback to items and making an item from feedback (wp-feedback-link.c), with undo. */
#include "config.h"

#include "wp-feedback-link.h"

static WpEntity *
add_feedback (WpDocument *document,
              const char *customer,
              const char *text)
{
  g_autoptr(WpEntity) feedback = wp_entity_new (WP_TYPE_FEEDBACK, NULL);

  wp_document_add (document, feedback);
  wp_document_set_string (document, feedback, WP_FEEDBACK_CUSTOMER, customer);
  wp_document_set_string (document, feedback, WP_FEEDBACK_TEXT, text);

  return feedback;
}

static void
test_link (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  WpHistory *history = wp_document_get_history (document);

  wp_document_add (document, item);
  g_ptr_array_add (entries, add_feedback (document, "Ann", "Offline maps, please"));
  g_ptr_array_add (entries, add_feedback (document, "Bo", "I lose the route in tunnels"));

  g_assert_cmpuint (wp_feedback_link (document, entries, item, "Link"), ==, 2);
  g_assert_true (g_strv_contains (wp_entity_get_strv (entries->pdata[1], WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (item)));
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Link");
  /* Linked before: nothing changes, and there is no step to undo. */
  g_assert_cmpuint (wp_feedback_link (document, entries, item, "Again"), ==, 0);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Link");

  g_assert_true (wp_document_undo (document));
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (entries->pdata[0],
                                                               WP_FEEDBACK_ITEMS)),
                    ==, 0);
}

static void
test_create_item (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpEntity) top = wp_entity_new (WP_TYPE_ITEM, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(WpEntity) first = NULL;
  WpEntity *item;

  wp_document_add (document, top);
  wp_document_place_item (document, WP_ITEM (top), NULL, NULL);
  g_ptr_array_add (entries, add_feedback (document, "Ann", "Let me save maps for the mountains. "
                                          "Coverage ends at the first pass."));
  g_ptr_array_add (entries, add_feedback (document, NULL, "Same here"));

  item = wp_feedback_create_item (document, entries);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==,
                   "Let me save maps for the mountains");
  g_assert_cmpstr (
    wp_entity_get_string (item, WP_ITEM_DESCRIPTION), ==,
    "“Let me save maps for the mountains. Coverage ends at the first pass.” — Ann\n\n"
    "“Same here” — Unknown customer");
  /* At the top of the backlog, linked to every entry, as one step. */
  first = g_list_model_get_item (items, 0);
  g_assert_true (first == item);
  g_assert_true (g_strv_contains (wp_entity_get_strv (entries->pdata[1], WP_FEEDBACK_ITEMS),
                                  wp_entity_get_id (item)));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Create Item from Feedback");
  g_assert_true (wp_document_undo (document));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (entries->pdata[0],
                                                               WP_FEEDBACK_ITEMS)),
                    ==, 0);
}

static void
test_long_title (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  WpEntity *item;

  g_ptr_array_add (entries, add_feedback (document, "Ann",
                                          "When I plan a long tour across the Alps I would "
                                          "really like the app to remember every pass I crossed"));
  item = wp_feedback_create_item (document, entries);
  /* Cut at a word within 72 characters, with an ellipsis. */
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==,
                   "When I plan a long tour across the Alps I would really like the app to…");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feedback-link/link", test_link);
  g_test_add_func ("/feedback-link/create-item", test_create_item);
  g_test_add_func ("/feedback-link/long-title", test_long_title);

  return g_test_run ();
}
