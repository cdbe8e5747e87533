/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The merged backlog list: items by rank with release lines among them, and
 * exact change reports.
 */
#include "config.h"

#include "wp-backlog-model.h"
#include "wp-rank.h"

typedef struct {
  guint position, removed, added, count;
} Change;

static void
on_items_changed (Change *change,
                  guint   position,
                  guint   removed,
                  guint   added)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static WpEntity *
add_item (WpDocument *document,
          const char *id)
{
  g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, id);

  wp_document_add (document, item);
  wp_document_set_string (document, item, WP_ITEM_TITLE, id);

  return item;
}

static char *
describe (GListModel *model)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i ? " " : "", wp_entity_get_id (entity));
    }

  return g_string_free (text, FALSE);
}

static void
test_lines_merge_and_moves_are_exact (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *a = add_item (document, "a");
  WpEntity *b = add_item (document, "b");
  WpEntity *c = add_item (document, "c");
  WpEntity *d = add_item (document, "d");
  g_autoptr(WpEntity) mvp = wp_entity_new (WP_TYPE_RELEASE, "mvp");
  g_autoptr(WpEntity) later = wp_entity_new (WP_TYPE_RELEASE, "later");
  g_autoptr(WpBacklogModel) model = NULL;
  g_autofree char *line = wp_rank_between (wp_entity_get_string (b, WP_ITEM_RANK),
                                           wp_entity_get_string (c, WP_ITEM_RANK));
  g_autofree char *order = NULL;
  Change change = { 0 };

  wp_document_add (document, mvp);
  wp_document_set_string (document, mvp, WP_RELEASE_RANK, line);
  wp_document_add (document, later);  /* no place: below everything */

  model = wp_backlog_model_new (document, wp_document_get_list (document, WP_KIND_ITEM));
  order = describe (G_LIST_MODEL (model));
  g_assert_cmpstr (order, ==, "a b mvp c d later");
  g_clear_pointer (&order, g_free);

  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* d to the top: one removal near the end, one insertion at the top. */
  wp_document_move_item (document, WP_ITEM (d), NULL, WP_ITEM (a));
  order = describe (G_LIST_MODEL (model));
  g_assert_cmpstr (order, ==, "d a b mvp c later");
  g_clear_pointer (&order, g_free);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);

  /* c just above the line: the line is reported along with it. */
  change.count = 0;
  wp_document_place_item (document, WP_ITEM (c), wp_entity_get_string (b, WP_ITEM_RANK), line);
  order = describe (G_LIST_MODEL (model));
  g_assert_cmpstr (order, ==, "d a b c mvp later");
  g_clear_pointer (&order, g_free);

  /* Moving the line itself. */
  {
    g_autofree char *top = wp_rank_between (NULL, wp_entity_get_string (d, WP_ITEM_RANK));

    wp_document_set_string (document, mvp, WP_RELEASE_RANK, top);
  }
  order = describe (G_LIST_MODEL (model));
  g_assert_cmpstr (order, ==, "mvp d a b c later");
  g_clear_pointer (&order, g_free);

  wp_document_undo (document);
  wp_document_undo (document);
  wp_document_undo (document);
  order = describe (G_LIST_MODEL (model));
  g_assert_cmpstr (order, ==, "a b mvp c d later");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backlog-model/lines-merge-and-moves-are-exact",
                   test_lines_merge_and_moves_are_exact);

  return g_test_run ();
}
