/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A property of the three-way merge: when two copies of a product get random
 * independent edits (moves, field edits, additions, deletions, feedback,
 * sprints, each side touching its own entities), every change of each side
 * is in the merged document, the merge is clean and reads back without a
 * problem, and merging the other way round gives the same entities. Starts
 * from the sample product and from a generated one of 10,000 items.
 */
#include "config.h"

#include "wp-document-private.h"
#include "wp-rank.h"
#include "wp-three-way.h"
#include "test-documents.h"

/* An entity a side changed, added or deleted, and by which side. */
typedef struct {
  WpKind   kind;
  char    *id;
  gboolean deleted;
  gboolean ours;
} Touched;

typedef struct {
  GRand      *rand;
  GHashTable *referenced;   /* ids something refers to in the base: never deleted */
  GArray     *touched;
  guint       serial;
} Edits;

static void
touched_clear (gpointer data)
{
  g_free (((Touched *) data)->id);
}

static void
note (Edits      *edits,
      WpEntity   *entity,
      gboolean    deleted,
      gboolean    ours)
{
  Touched touched = { wp_entity_get_kind (entity), g_strdup (wp_entity_get_id (entity)), deleted,
                      ours };

  g_array_append_val (edits->touched, touched);
}

static void
collect_references (GHashTable *referenced,
                    WpDocument *document)
{
  for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    {
      GListModel *list = wp_document_get_list (document, kind);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);
          guint n_fields;
          const WpField *fields = wp_entity_get_fields (entity, &n_fields);

          for (guint f = 0; f < n_fields; f++)
            if (fields[f].type == WP_FIELD_REF && wp_entity_get_string (entity, f) != NULL)
              g_hash_table_add (referenced, g_strdup (wp_entity_get_string (entity, f)));
            else if (fields[f].type == WP_FIELD_REFS)
              for (const char * const *id = wp_entity_get_strv (entity, f); *id; id++)
                g_hash_table_add (referenced, g_strdup (*id));
        }
    }
}

/* The items of one side's half (even places for ours, odd for theirs), as they are now. */
static WpEntity *
pick_item (Edits      *edits,
           WpDocument *document,
           gboolean    ours)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);

  for (guint tries = 0; tries < 50; tries++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, g_rand_int_range (edits->rand, 0,
                                                                                 n));
      const char *id = wp_entity_get_id (item);
      guint hash = g_str_hash (id);

      /* Each side edits the items whose id hashes to its half, and never the other's. */
      if ((hash % 2 == 0) == ours && !g_str_has_prefix (id, ours ? "theirs-" : "ours-"))
        return item;
    }

  return NULL;
}

static void
edit_item (Edits      *edits,
           WpDocument *document,
           WpEntity   *item,
           gboolean    ours)
{
  g_autofree char *title = g_strdup_printf ("%s edit %u", ours ? "Ours" : "Theirs",
                                            edits->serial++);

  switch (g_rand_int_range (edits->rand, 0, 4))
    {
    case 0:
      wp_document_set_string (document, item, WP_ITEM_TITLE, title);
      break;
    case 1:
      wp_document_set_number (document, item, WP_ITEM_ESTIMATE,
                              g_rand_int_range (edits->rand, 1, 21));
      break;
    case 2:
      wp_document_set_string (document, item, WP_ITEM_DESCRIPTION, title);
      break;
    default:
      {
        const char *labels[] = { ours ? "ours" : "theirs", NULL };

        wp_document_set_strv (document, item, WP_ITEM_LABELS, labels);
      }
      break;
    }
}

static void
move_item (Edits      *edits,
           WpDocument *document,
           WpEntity   *item)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);
  guint to = g_rand_int_range (edits->rand, 1, n);
  g_autoptr(WpItem) after = g_list_model_get_item (items, to - 1);
  g_autoptr(WpItem) before = to < n ? g_list_model_get_item (items, to) : NULL;

  if (WP_ENTITY (after) != item && WP_ENTITY (before) != item)
    wp_document_move_item (document, WP_ITEM (item), after, before);
}

static void
add_entity (Edits      *edits,
            WpDocument *document,
            gboolean    ours)
{
  g_autofree char *id = g_strdup_printf ("%s-%u", ours ? "ours" : "theirs", edits->serial++);
  guint what = g_rand_int_range (edits->rand, 0, 3);
  GType type = what == 0 ? WP_TYPE_ITEM : what == 1 ? WP_TYPE_FEEDBACK : WP_TYPE_SPRINT;
  g_autoptr(WpEntity) entity = wp_entity_new (type, id);

  if (type == WP_TYPE_ITEM)
    {
      GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
      guint n = g_list_model_get_n_items (items);
      g_autoptr(WpEntity) last = n > 0 ? g_list_model_get_item (items, n - 1) : NULL;
      /* At the bottom, as quick add puts an item at the top: a key of its own. */
      g_autofree char *rank = wp_rank_between (last ? wp_entity_get_string (last, WP_ITEM_RANK)
                                                    : NULL, NULL);

      wp_entity_set_string (entity, WP_ITEM_TITLE, id);
      wp_entity_set_string (entity, WP_ITEM_RANK, rank);
    }
  else
    wp_entity_set_string (entity, type == WP_TYPE_FEEDBACK ? WP_FEEDBACK_CUSTOMER : WP_SPRINT_NAME,
                          id);
  wp_document_add (document, entity);
  note (edits, entity, FALSE, ours);
}

/* One side's random edits, each to an entity of its own. */
static void
edit_side (Edits      *edits,
           WpDocument *document,
           gboolean    ours,
           guint       n_edits)
{
  for (guint e = 0; e < n_edits; e++)
    {
      guint what = g_rand_int_range (edits->rand, 0, 10);
      WpEntity *item = what < 7 ? pick_item (edits, document, ours) : NULL;

      if (what >= 7)
        add_entity (edits, document, ours);
      else if (item == NULL)
        continue;
      else if (what < 3)
        {
          move_item (edits, document, item);
          note (edits, item, FALSE, ours);
        }
      else if (what < 6 || g_hash_table_contains (edits->referenced, wp_entity_get_id (item)))
        {
          edit_item (edits, document, item, ours);
          note (edits, item, FALSE, ours);
        }
      else
        {
          note (edits, item, TRUE, ours);
          g_assert_true (wp_document_remove (document, item, NULL));
        }
    }
}

/* The entity's fields as JSON text, its rank left out (ties get new keys). */
static char *
fields_text (WpEntity *entity)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_fields;
  const WpField *fields = wp_entity_get_fields (entity, &n_fields);

  for (guint f = 0; f < n_fields; f++)
    {
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *value = NULL;

      if (g_str_equal (fields[f].name, "rank"))
        continue;
      node = wp_entity_dup_field_node (entity, f);
      value = json_to_string (node, FALSE);
      g_string_append_printf (text, "%s=%s;", fields[f].name, value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_changes_kept (Edits      *edits,
                     WpDocument *merged,
                     WpDocument *ours,
                     WpDocument *theirs)
{
  for (guint i = 0; i < edits->touched->len; i++)
    {
      Touched *t = &g_array_index (edits->touched, Touched, i);
      WpEntity *in_merged = wp_document_lookup (merged, t->kind, t->id);
      WpEntity *in_side = wp_document_lookup (t->ours ? ours : theirs, t->kind, t->id);
      g_autofree char *expected = NULL, *got = NULL;

      if (t->deleted || in_side == NULL)
        {
          g_assert_null (in_merged);
          continue;
        }
      g_assert_nonnull (in_merged);
      expected = fields_text (in_side);
      got = fields_text (in_merged);
      g_assert_cmpstr (got, ==, expected);
    }
}

static void
assert_same_entities (WpDocument *a,
                      WpDocument *b)
{
  for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    {
      GListModel *list = wp_document_get_list (a, kind);

      g_assert_cmpuint (g_list_model_get_n_items (list), ==,
                        g_list_model_get_n_items (wp_document_get_list (b, kind)));
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);
          WpEntity *other = wp_document_lookup (b, kind, wp_entity_get_id (entity));
          g_autofree char *text = fields_text (entity);
          g_autofree char *other_text = NULL;

          g_assert_nonnull (other);
          other_text = fields_text (other);
          g_assert_cmpstr (text, ==, other_text);
        }
    }
}

static void
assert_reads_clean (WpDocument *merged)
{
  g_autofree char *text = written (merged);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) again = wp_read_document (text, strlen (text), &problems, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
check_round (const char *json,
             guint32     seed,
             guint       n_edits)
{
  g_autoptr(WpDocument) base = read_json (json);
  g_autoptr(WpDocument) ours = read_json (json);
  g_autoptr(WpDocument) theirs = read_json (json);
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(WpDocument) swapped = NULL;
  Edits edits = { g_rand_new_with_seed (seed),
                  g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                  g_array_new (FALSE, FALSE, sizeof (Touched)), 0 };

  g_array_set_clear_func (edits.touched, touched_clear);
  collect_references (edits.referenced, base);
  edit_side (&edits, ours, TRUE, n_edits);
  edit_side (&edits, theirs, FALSE, n_edits);

  merged = wp_three_way_merge (base, ours, theirs);
  swapped = wp_three_way_merge (base, theirs, ours);
  g_assert_cmpuint (g_list_model_get_n_items (wp_document_get_list (merged, WP_KIND_CONFLICT)),
                    ==, 0);
  assert_changes_kept (&edits, merged, ours, theirs);
  assert_same_entities (merged, swapped);
  assert_reads_clean (merged);

  g_rand_free (edits.rand);
  g_hash_table_unref (edits.referenced);
  g_array_unref (edits.touched);
}

static void
test_sample (void)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (g_getenv ("WP_SAMPLE"), &json, NULL, &error);
  g_assert_no_error (error);
  for (guint32 seed = 1; seed <= 40; seed++)
    check_round (json, seed, 25);
}

/* A product of @n items, a tenth of them with feedback, as canonical JSON. */
static char *
generated (guint n)
{
  g_autoptr(WpDocument) document = read_json ("{\"format\": \"waypoint\", \"version\": 1}");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) feedback = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *rank = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("item-%05u", i);
      g_autofree char *title = g_strdup_printf ("Item %u", i);
      WpEntity *item = wp_entity_new (WP_TYPE_ITEM, id);
      char *next = wp_rank_between (rank, NULL);

      g_free (rank);
      rank = next;
      wp_entity_set_string (item, WP_ITEM_TITLE, title);
      wp_entity_set_string (item, WP_ITEM_RANK, rank);
      g_ptr_array_add (items, item);
      if (i % 10 == 0)
        {
          g_autofree char *entry_id = g_strdup_printf ("fb-%05u", i);
          WpEntity *entry = wp_entity_new (WP_TYPE_FEEDBACK, entry_id);
          const char *linked[] = { id, NULL };
          g_auto(GValue) value = G_VALUE_INIT;

          g_value_init (&value, G_TYPE_STRV);
          g_value_set_boxed (&value, linked);
          wp_entity_set_value (entry, WP_FEEDBACK_ITEMS, &value);
          wp_entity_set_string (entry, WP_FEEDBACK_CUSTOMER, title);
          g_ptr_array_add (feedback, entry);
        }
    }
  _wp_document_load_entities (document, WP_KIND_ITEM, items);
  _wp_document_load_entities (document, WP_KIND_FEEDBACK, feedback);

  return written (document);
}

static void
test_ten_thousand (void)
{
  g_autofree char *json = generated (10000);

  for (guint32 seed = 1; seed <= 3; seed++)
    check_round (json, seed, 200);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge-property/sample", test_sample);
  g_test_add_func ("/merge-property/ten-thousand", test_ten_thousand);

  return g_test_run ();
}
