/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document model: every mutation, its undo and redo, references, ordering, clean state. */
#include "config.h"

#include <string.h>

#include "wp-document.h"
#include "wp-error.h"
#include "wp-rank.h"

static WpEntity *
add (WpDocument *document,
     GType       type,
     const char *id,
     const char *title)
{
  WpEntity *entity = wp_entity_new (type, id);
  int field = wp_entity_find_field (entity, type == WP_TYPE_SPRINT || type == WP_TYPE_RELEASE
                                              ? "name"
                                            : type == WP_TYPE_FEEDBACK ? "customer"
                                                                       : "title");
  GValue value = G_VALUE_INIT;

  g_value_set_string (g_value_init (&value, G_TYPE_STRING), title);
  wp_entity_set_value (entity, field, &value);
  g_value_unset (&value);
  wp_document_add (document, entity);
  g_object_unref (entity);

  return entity;
}

static WpEntity *
item_at (WpDocument *document,
         guint       position)
{
  g_autoptr(WpEntity)
    item = g_list_model_get_item (wp_document_get_list (document, WP_KIND_ITEM), position);

  return item;
}

static void
assert_order (WpDocument *document,
              const char *expected)
{
  g_auto(GStrv) ids = g_strsplit (expected, " ", -1);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, g_strv_length (ids));
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_cmpstr (wp_entity_get_id (item_at (document, i)), ==, ids[i]);
}

static WpDocument *
new_backlog (void)
{
  WpDocument *document = wp_document_new ();

  add (document, WP_TYPE_ITEM, "a", "Alpha");
  add (document, WP_TYPE_ITEM, "b", "Beta");
  add (document, WP_TYPE_ITEM, "c", "Gamma");
  add (document, WP_TYPE_ITEM, "d", "Delta");
  wp_history_clear (wp_document_get_history (document));

  return document;
}

static void
test_add_appends_with_rank (void)
{
  g_autoptr(WpDocument) document = new_backlog ();

  assert_order (document, "a b c d");
  g_assert_nonnull (wp_document_lookup (document, WP_KIND_ITEM, "c"));
  g_assert_null (wp_document_lookup (document, WP_KIND_ITEM, "zz"));
  g_assert_null (wp_document_lookup (document, WP_KIND_COLUMN, "c"));
  g_assert_false (wp_document_get_modified (document));
}

static void
test_move_changes_only_moved_rank (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");
  WpEntity *c = wp_document_lookup (document, WP_KIND_ITEM, "c");
  WpEntity *d = wp_document_lookup (document, WP_KIND_ITEM, "d");
  g_autofree char *rank_a = g_strdup (wp_entity_get_string (a, WP_ITEM_RANK));
  g_autofree char *rank_b = g_strdup (wp_entity_get_string (b, WP_ITEM_RANK));
  g_autofree char *rank_c = g_strdup (wp_entity_get_string (c, WP_ITEM_RANK));

  wp_document_move_item (document, WP_ITEM (d), WP_ITEM (a), WP_ITEM (b));
  assert_order (document, "a d b c");
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_RANK), ==, rank_a);
  g_assert_cmpstr (wp_entity_get_string (b, WP_ITEM_RANK), ==, rank_b);
  g_assert_cmpstr (wp_entity_get_string (c, WP_ITEM_RANK), ==, rank_c);
  g_assert_true (wp_document_get_modified (document));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move “Delta”");

  wp_document_move_item (document, WP_ITEM (c), NULL, WP_ITEM (a));
  assert_order (document, "c a d b");

  g_assert_true (wp_document_undo (document));
  assert_order (document, "a d b c");
  g_assert_true (wp_document_undo (document));
  assert_order (document, "a b c d");
  g_assert_false (wp_document_get_modified (document));
  g_assert_true (wp_document_redo (document));
  assert_order (document, "a d b c");
  g_assert_true (wp_document_get_modified (document));
}

static void
test_set_undo_redo (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpHistory *history = wp_document_get_history (document);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  const char *labels[] = { "ux", "offline", NULL };

  g_assert_true (wp_document_set_string (document, a, WP_ITEM_TITLE, "Offline mode"));
  g_assert_false (wp_document_set_string (document, a, WP_ITEM_TITLE, "Offline mode"));
  g_assert_true (wp_document_set_number (document, a, WP_ITEM_ESTIMATE, 5));
  g_assert_true (wp_document_set_strv (document, a, WP_ITEM_LABELS, labels));
  g_assert_true (wp_document_set_string (document, a, WP_ITEM_MOSCOW, "must"));
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Edit “Offline mode”");

  g_assert_true (wp_document_undo (document));
  g_assert_null (wp_entity_get_string (a, WP_ITEM_MOSCOW));
  g_assert_true (wp_document_undo (document));
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (a, WP_ITEM_LABELS)), ==, 0);
  g_assert_true (wp_document_undo (document));
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, -1);
  g_assert_true (wp_document_undo (document));
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_TITLE), ==, "Alpha");
  g_assert_false (wp_history_can_undo (history));
  g_assert_false (wp_document_undo (document));

  g_assert_true (wp_document_redo (document));
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_TITLE), ==, "Offline mode");
  g_assert_cmpstr (wp_history_get_redo_label (history), ==, "Edit “Offline mode”");
}

static void
test_grouping (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpHistory *history = wp_document_get_history (document);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");

  wp_document_begin (document, "Edit Two Items");
  wp_document_set_number (document, a, WP_ITEM_VALUE, 8);
  wp_document_begin (document, "inner");
  wp_document_set_number (document, b, WP_ITEM_VALUE, 3);
  wp_document_end (document);
  wp_document_end (document);

  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Edit Two Items");
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_VALUE), ==, -1);
  g_assert_cmpfloat (wp_entity_get_number (b, WP_ITEM_VALUE), ==, -1);
  g_assert_false (wp_history_can_undo (history));

  /* An empty group leaves no step. */
  wp_document_begin (document, "Nothing");
  wp_document_end (document);
  g_assert_false (wp_history_can_undo (history));
}

/* Sets @a's estimate in a step that merges by @key. */
static void
set_merging (WpDocument *document,
             WpEntity   *a,
             const char *key,
             double      estimate)
{
  wp_document_begin_merging (document, "Spin", key);
  wp_document_set_number (document, a, WP_ITEM_ESTIMATE, estimate);
  wp_document_end (document);
}

/*
 * The clicks of a spin button are one step: steps of one merge key in a row join, unless
 * another step, a save or an undo came between.
 */
static void
test_merging_steps (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpHistory *history = wp_document_get_history (document);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  double first = wp_entity_get_number (a, WP_ITEM_ESTIMATE);

  set_merging (document, a, "estimate", 1);
  set_merging (document, a, "estimate", 2);
  set_merging (document, a, "estimate", 3);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Spin");
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, first);
  g_assert_false (wp_history_can_undo (history));
  wp_document_redo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 3);

  /* Another key, or a save, starts a step of its own. */
  set_merging (document, a, "other", 4);
  set_merging (document, a, "estimate", 5);
  wp_history_mark_clean (history);
  set_merging (document, a, "estimate", 6);
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 5);
  g_assert_false (wp_document_get_modified (document));
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 4);
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 3);

  /* After an undo, the next click is a step of its own: the redo it drops stays dropped. */
  set_merging (document, a, "estimate", 7);
  g_assert_false (wp_history_can_redo (history));
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 3);

  /* An undo and a redo end a run: the click after them is a step of its own. */
  set_merging (document, a, "estimate", 8);
  wp_document_undo (document);
  wp_document_redo (document);
  set_merging (document, a, "estimate", 9);
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 8);

  /* Clicks that end where they began, just after a save, leave nothing to undo. */
  wp_history_mark_clean (history);
  g_assert_true (wp_history_can_undo (history));
  wp_document_undo (document);
  wp_history_mark_clean (history);
  set_merging (document, a, "estimate", 4);
  set_merging (document, a, "estimate", 3);
  g_assert_false (wp_document_get_modified (document));
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), ==, 3);
  g_assert_true (wp_history_can_redo (history) || wp_history_can_undo (history));
  wp_document_undo (document);
  g_assert_cmpfloat (wp_entity_get_number (a, WP_ITEM_ESTIMATE), !=, 3);
}

static void
test_clean_state (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpHistory *history = wp_document_get_history (document);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");

  wp_document_set_string (document, a, WP_ITEM_TITLE, "One");
  wp_history_mark_clean (history);
  g_assert_false (wp_document_get_modified (document));
  wp_document_set_string (document, a, WP_ITEM_TITLE, "Two");
  g_assert_true (wp_document_get_modified (document));
  wp_document_undo (document);
  g_assert_false (wp_document_get_modified (document));
  wp_document_undo (document);
  g_assert_true (wp_document_get_modified (document));
  wp_document_redo (document);
  g_assert_false (wp_document_get_modified (document));

  /* A new change after undoing past the saved state makes it unreachable. */
  wp_document_undo (document);
  wp_document_set_string (document, a, WP_ITEM_TITLE, "Three");
  g_assert_true (wp_document_get_modified (document));
  wp_document_undo (document);
  g_assert_true (wp_document_get_modified (document));
}

static void
test_insert_remove_undo (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");
  WpEntity *column;
  g_autoptr(GError) error = NULL;

  g_object_ref (b);
  g_assert_true (wp_document_remove (document, b, &error));
  g_assert_no_error (error);
  assert_order (document, "a c d");
  g_assert_null (wp_document_lookup (document, WP_KIND_ITEM, "b"));
  wp_document_undo (document);
  assert_order (document, "a b c d");
  g_assert_true (wp_document_lookup (document, WP_KIND_ITEM, "b") == b);
  g_object_unref (b);

  column = add (document, WP_TYPE_COLUMN, "todo", "To Do");
  add (document, WP_TYPE_COLUMN, "doing", "Doing");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Add “Doing”");
  wp_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_COLUMN)), ==,
                    1);
  wp_document_redo (document);
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (document, WP_KIND_COLUMN)), ==,
                    2);
  g_assert_true (wp_document_lookup (document, WP_KIND_COLUMN, "todo") == column);
}

static void
test_remove_column_in_use (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *column = add (document, WP_TYPE_COLUMN, "todo", "To Do");
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *lane = add (document, WP_TYPE_LANE, "l", "Growth");
  WpEntity *entry = add (document, WP_TYPE_ROADMAP_ENTRY, "e", "Onboarding");
  g_autoptr(GError) error = NULL;

  wp_document_set_string (document, a, WP_ITEM_STATUS, "todo");
  g_assert_false (wp_document_remove (document, column, &error));
  g_assert_error (error, WP_ERROR, WP_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "The column “To Do” still holds 1 item. Move it to another column first.");
  g_assert_nonnull (wp_document_lookup (document, WP_KIND_COLUMN, "todo"));
  g_clear_error (&error);

  wp_document_set_string (document, entry, WP_ROADMAP_ENTRY_LANE, "l");
  g_assert_false (wp_document_remove (document, lane, &error));
  g_assert_error (error, WP_ERROR, WP_ERROR_IN_USE);
  g_clear_error (&error);

  wp_document_set_string (document, a, WP_ITEM_STATUS, NULL);
  g_assert_true (wp_document_remove (document, column, &error));
  g_assert_no_error (error);
}

static void
test_remove_unlinks_references (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *epic = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *story = wp_document_lookup (document, WP_KIND_ITEM, "b");
  WpEntity *sprint = add (document, WP_TYPE_SPRINT, "s1", "Sprint 1");
  WpEntity *feedback = add (document, WP_TYPE_FEEDBACK, "f1", "ACME");
  WpEntity *entry = add (document, WP_TYPE_ROADMAP_ENTRY, "e1", "Checkout");
  WpEntity *entry2 = add (document, WP_TYPE_ROADMAP_ENTRY, "e2", "Payments");
  const char *linked[] = { "a", "b", NULL };
  const char *depends[] = { "e1", NULL };
  g_autoptr(GError) error = NULL;

  wp_document_set_string (document, epic, WP_ITEM_KIND, "epic");
  wp_document_set_string (document, story, WP_ITEM_EPIC, "a");
  wp_document_set_string (document, story, WP_ITEM_SPRINT, "s1");
  wp_document_set_strv (document, feedback, WP_FEEDBACK_ITEMS, linked);
  wp_document_set_strv (document, entry, WP_ROADMAP_ENTRY_ITEMS, linked);
  wp_document_set_strv (document, entry2, WP_ROADMAP_ENTRY_DEPENDS_ON, depends);

  g_assert_true (wp_document_remove (document, epic, &error));
  g_assert_null (wp_entity_get_string (story, WP_ITEM_EPIC));
  g_assert_cmpstrv (wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS),
                    ((const char *[]){ "b", NULL }));
  g_assert_cmpstrv (wp_entity_get_strv (entry, WP_ROADMAP_ENTRY_ITEMS),
                    ((const char *[]){ "b", NULL }));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Remove “Alpha”");

  /* One undo brings the epic and every link back. */
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (story, WP_ITEM_EPIC), ==, "a");
  g_assert_cmpstrv (wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS), linked);
  g_assert_nonnull (wp_document_lookup (document, WP_KIND_ITEM, "a"));

  g_assert_true (wp_document_remove (document, sprint, &error));
  g_assert_null (wp_entity_get_string (story, WP_ITEM_SPRINT));
  g_assert_true (wp_document_remove (document, entry, &error));
  g_assert_cmpuint (g_strv_length ((GStrv) wp_entity_get_strv (entry2,
                                                               WP_ROADMAP_ENTRY_DEPENDS_ON)),
                    ==, 0);
  wp_document_undo (document);
  g_assert_cmpstrv (wp_entity_get_strv (entry2, WP_ROADMAP_ENTRY_DEPENDS_ON), depends);
}

static void
test_reorder_columns (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GListModel *columns = wp_document_get_list (document, WP_KIND_COLUMN);
  WpEntity *todo = add (document, WP_TYPE_COLUMN, "todo", "To Do");
  g_autoptr(WpEntity) first = NULL;

  add (document, WP_TYPE_COLUMN, "doing", "Doing");
  add (document, WP_TYPE_COLUMN, "done", "Done");

  wp_document_reorder (document, todo, 2);
  first = g_list_model_get_item (columns, 0);
  g_assert_cmpstr (wp_entity_get_id (first), ==, "doing");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move “To Do”");
  wp_document_undo (document);
  g_clear_object (&first);
  first = g_list_model_get_item (columns, 0);
  g_assert_cmpstr (wp_entity_get_id (first), ==, "todo");
}

static void
count_signal (guint *counter)
{
  (*counter)++;
}

static void
test_items_changed_on_move (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint signals = 0;
  gulong id = g_signal_connect_swapped (items, "items-changed", G_CALLBACK (count_signal),
                                        &signals);

  wp_document_move_item (document, WP_ITEM (wp_document_lookup (document, WP_KIND_ITEM, "d")), NULL,
                         WP_ITEM (wp_document_lookup (document, WP_KIND_ITEM, "a")));
  g_signal_handler_disconnect (items, id);
  g_assert_cmpuint (signals, ==, 2);
}

static void
test_property_notify (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  guint notified = 0;
  g_autofree char *title = NULL;

  g_signal_connect_swapped (a, "notify::title", G_CALLBACK (count_signal), &notified);
  wp_document_set_string (document, a, WP_ITEM_TITLE, "New");
  wp_document_set_string (document, a, WP_ITEM_TITLE, "New");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (a, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "New");
}

static void
test_product_edit (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));

  wp_document_set_string (document, product, WP_PRODUCT_VISION, "For teams who…");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Edit Product");
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (product, WP_PRODUCT_VISION), ==, "");
}

static void
test_many_items_move_fast (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *id = g_strdup_printf ("i%u", i);

      add (document, WP_TYPE_ITEM, id, id);
    }

  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(WpEntity) last = g_list_model_get_item (items, 1999);
      g_autoptr(WpEntity) first = g_list_model_get_item (items, 0);

      wp_document_move_item (document, WP_ITEM (last), NULL, WP_ITEM (first));
    }

  for (guint i = 1; i < 2000; i++)
    g_assert_cmpstr (wp_entity_get_string (item_at (document, i - 1), WP_ITEM_RANK), <,
                     wp_entity_get_string (item_at (document, i), WP_ITEM_RANK));
}

static void
test_move_across_release_line (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");
  WpEntity *d = wp_document_lookup (document, WP_KIND_ITEM, "d");
  WpEntity *mvp = add (document, WP_TYPE_RELEASE, "mvp", "MVP");
  g_autofree char *line = NULL;

  /* The MVP line sits between b and c. */
  line = wp_rank_between (wp_entity_get_string (b, WP_ITEM_RANK),
                          wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "c"),
                                                WP_ITEM_RANK));
  wp_document_set_string (document, mvp, WP_RELEASE_RANK, line);
  g_assert_true (wp_document_release_at (document, wp_entity_get_string (a, WP_ITEM_RANK)) ==
                 WP_RELEASE (mvp));
  g_assert_null (wp_document_release_at (document, wp_entity_get_string (d, WP_ITEM_RANK)));

  wp_document_move_item (document, WP_ITEM (d), WP_ITEM (a), WP_ITEM (b));
  g_assert_cmpstr (wp_entity_get_string (d, WP_ITEM_RELEASE), ==, "mvp");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move “Delta”");

  /* Below the line again: no release; one undo step restores rank and release. */
  wp_document_place_item (document, WP_ITEM (a), line, NULL);
  g_assert_null (wp_entity_get_string (a, WP_ITEM_RELEASE));
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_RELEASE), ==, NULL);
  assert_order (document, "a d b c");
  wp_document_undo (document);
  g_assert_null (wp_entity_get_string (d, WP_ITEM_RELEASE));
  assert_order (document, "a b c d");
}

static void
test_place_items_keeps_their_order (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  g_autoptr(GPtrArray) moving = g_ptr_array_new ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");

  /* d and b, in that order, between a and c: one step. */
  g_ptr_array_add (moving, wp_document_lookup (document, WP_KIND_ITEM, "d"));
  g_ptr_array_add (moving, b);
  wp_document_place_items (document, moving, wp_entity_get_string (a, WP_ITEM_RANK),
                           wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "c"),
                                                 WP_ITEM_RANK));
  assert_order (document, "a d b c");
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move 2 Items");
  wp_document_undo (document);
  assert_order (document, "a b c d");

  /* To the top, and to the bottom. */
  wp_document_place_items (document, moving, NULL, wp_entity_get_string (a, WP_ITEM_RANK));
  assert_order (document, "d b a c");
  wp_document_place_items (document, moving,
                           wp_entity_get_string (item_at (document, 3), WP_ITEM_RANK), NULL);
  assert_order (document, "a c d b");
}

/* A thousand items dropped into one gap still get short keys. */
static void
test_place_many_items_keeps_keys_short (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  g_autoptr(GPtrArray) moving = g_ptr_array_new ();
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("i%04u", i);

      g_ptr_array_add (moving, add (document, WP_TYPE_ITEM, id, id));
    }
  wp_document_place_items (document, moving, wp_entity_get_string (a, WP_ITEM_RANK),
                           wp_entity_get_string (b, WP_ITEM_RANK));

  g_assert_true (item_at (document, 0) == a);
  g_assert_true (item_at (document, 1001) == b);
  for (guint i = 0; i < 1000; i++)
    {
      const char *rank = wp_entity_get_string (item_at (document, i + 1), WP_ITEM_RANK);

      g_assert_true (item_at (document, i + 1) == g_ptr_array_index (moving, i));
      g_assert_cmpuint (strlen (rank), <=, 16);
    }
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1004);
}

static void
test_status_and_done_date (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");

  add (document, WP_TYPE_COLUMN, "todo", "To Do");
  add (document, WP_TYPE_COLUMN, "done", "Done");

  wp_document_set_status (document, WP_ITEM (a), "todo");
  g_assert_null (wp_entity_get_string (a, WP_ITEM_DONE));
  wp_document_set_status (document, WP_ITEM (a), "done");
  g_assert_nonnull (wp_entity_get_string (a, WP_ITEM_DONE));
  g_assert_cmpuint (strlen (wp_entity_get_string (a, WP_ITEM_DONE)), ==, 10);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Edit “Alpha”");
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_STATUS), ==, "todo");
  g_assert_null (wp_entity_get_string (a, WP_ITEM_DONE));
}

/* "status on day" for each change of @item's status history, joined with spaces. */
static char *
status_changes (WpEntity *item)
{
  JsonArray *history = json_node_get_array (wp_entity_get_node (item, WP_ITEM_STATUS_HISTORY));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *change = json_array_get_object_element (history, i);

      g_string_append_printf (text, "%s%s@%s", i > 0 ? " " : "",
                              json_object_get_string_member_with_default (change, "status",
                                                                          "null"),
                              json_object_get_string_member (change, "day"));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_status_changes (WpEntity   *item,
                       const char *expected)
{
  g_autofree char *changes = status_changes (item);

  g_assert_cmpstr (changes, ==, expected);
}

static void
test_status_history (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *two = g_strdup_printf ("todo@%s done@%s", today, today);
  g_autofree char *three = g_strdup_printf ("%s null@%s", two, today);

  add (document, WP_TYPE_COLUMN, "todo", "To Do");
  add (document, WP_TYPE_COLUMN, "done", "Done");
  assert_status_changes (a, "");

  wp_document_set_status (document, WP_ITEM (a), "todo");
  /* The same status again is no change, and no entry. */
  wp_document_set_status (document, WP_ITEM (a), "todo");
  wp_document_set_status (document, WP_ITEM (a), "done");
  assert_status_changes (a, two);
  wp_document_set_status (document, WP_ITEM (a), NULL);
  assert_status_changes (a, three);

  /* Each change and its entry are one undo step. */
  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_STATUS), ==, "done");
  assert_status_changes (a, two);
  wp_document_undo (document);
  wp_document_undo (document);
  assert_status_changes (a, "");
  for (guint i = 0; i < 3; i++)
    wp_document_redo (document);
  assert_status_changes (a, three);
}

static void
test_apply_order_changes_few_ranks (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const char *wanted[] = { "b", "c", "a", "d" };
  g_autofree char *rank_b = NULL;
  g_autofree char *rank_c = NULL;
  g_autofree char *rank_d = NULL;

  rank_b = g_strdup (wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "b"),
                                           WP_ITEM_RANK));
  rank_c = g_strdup (wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "c"),
                                           WP_ITEM_RANK));
  rank_d = g_strdup (wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "d"),
                                           WP_ITEM_RANK));
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    g_ptr_array_add (order, wp_document_lookup (document, WP_KIND_ITEM, wanted[i]));

  wp_document_apply_order (document, order, "Order by Value");
  assert_order (document, "b c a d");
  /* b, c and d were already in order: only a moved. */
  g_assert_cmpstr (wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "b"),
                                         WP_ITEM_RANK),
                   ==, rank_b);
  g_assert_cmpstr (wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "c"),
                                         WP_ITEM_RANK),
                   ==, rank_c);
  g_assert_cmpstr (wp_entity_get_string (wp_document_lookup (document, WP_KIND_ITEM, "d"),
                                         WP_ITEM_RANK),
                   ==, rank_d);
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Order by Value");

  wp_document_undo (document);
  assert_order (document, "a b c d");

  /* A reversal keeps one rank and moves the rest. */
  g_ptr_array_set_size (order, 0);
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (order, wp_document_lookup (document, WP_KIND_ITEM,
                                                (const char *[]){ "d", "c", "b", "a" }[i]));
  wp_document_apply_order (document, order, "Reverse");
  assert_order (document, "d c b a");
}

static void
test_move_release_line (void)
{
  g_autoptr(WpDocument) document = new_backlog ();
  WpEntity *a = wp_document_lookup (document, WP_KIND_ITEM, "a");
  WpEntity *b = wp_document_lookup (document, WP_KIND_ITEM, "b");
  WpEntity *c = wp_document_lookup (document, WP_KIND_ITEM, "c");
  WpEntity *d = wp_document_lookup (document, WP_KIND_ITEM, "d");
  WpEntity *mvp = add (document, WP_TYPE_RELEASE, "mvp", "MVP");

  /* The line goes below b: a and b join the MVP. */
  wp_document_move_release_line (document, WP_RELEASE (mvp), wp_entity_get_string (b, WP_ITEM_RANK),
                                 wp_entity_get_string (c, WP_ITEM_RANK));
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_RELEASE), ==, "mvp");
  g_assert_cmpstr (wp_entity_get_string (b, WP_ITEM_RELEASE), ==, "mvp");
  g_assert_null (wp_entity_get_string (c, WP_ITEM_RELEASE));
  g_assert_cmpstr (wp_history_get_undo_label (wp_document_get_history (document)), ==,
                   "Move the “MVP” Line");

  /* Down below d: c and d join; up above a: everything leaves. */
  wp_document_move_release_line (document, WP_RELEASE (mvp), wp_entity_get_string (d, WP_ITEM_RANK),
                                 NULL);
  g_assert_cmpstr (wp_entity_get_string (d, WP_ITEM_RELEASE), ==, "mvp");
  wp_document_move_release_line (document, WP_RELEASE (mvp), NULL,
                                 wp_entity_get_string (a, WP_ITEM_RANK));
  g_assert_null (wp_entity_get_string (a, WP_ITEM_RELEASE));
  g_assert_null (wp_entity_get_string (d, WP_ITEM_RELEASE));

  wp_document_undo (document);
  g_assert_cmpstr (wp_entity_get_string (a, WP_ITEM_RELEASE), ==, "mvp");
  g_assert_cmpstr (wp_entity_get_string (d, WP_ITEM_RELEASE), ==, "mvp");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/add-appends-with-rank", test_add_appends_with_rank);
  g_test_add_func ("/document/move-changes-only-moved-rank", test_move_changes_only_moved_rank);
  g_test_add_func ("/document/set-undo-redo", test_set_undo_redo);
  g_test_add_func ("/document/grouping", test_grouping);
  g_test_add_func ("/document/clean-state", test_clean_state);
  g_test_add_func ("/document/merging-steps", test_merging_steps);
  g_test_add_func ("/document/insert-remove-undo", test_insert_remove_undo);
  g_test_add_func ("/document/remove-column-in-use", test_remove_column_in_use);
  g_test_add_func ("/document/remove-unlinks-references", test_remove_unlinks_references);
  g_test_add_func ("/document/reorder-columns", test_reorder_columns);
  g_test_add_func ("/document/items-changed-on-move", test_items_changed_on_move);
  g_test_add_func ("/document/property-notify", test_property_notify);
  g_test_add_func ("/document/product-edit", test_product_edit);
  g_test_add_func ("/document/many-items-move", test_many_items_move_fast);
  g_test_add_func ("/document/move-across-release-line", test_move_across_release_line);
  g_test_add_func ("/document/place-items-keeps-their-order", test_place_items_keeps_their_order);
  g_test_add_func ("/document/place-many-items-keeps-keys-short",
                   test_place_many_items_keeps_keys_short);
  g_test_add_func ("/document/status-and-done-date", test_status_and_done_date);
  g_test_add_func ("/document/status-history", test_status_history);
  g_test_add_func ("/document/apply-order-changes-few-ranks", test_apply_order_changes_few_ranks);
  g_test_add_func ("/document/move-release-line", test_move_release_line);

  return g_test_run ();
}
