/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What changed, in words: a drag is one move however many keys it touched, a
 * release line's move is said by the item above it, fields say their old and
 * new values, additions and deletions say what they were.
 */
#include "config.h"

#include "wp-scorecard.h"
#include "wp-semantic-diff.h"
#include "test-documents.h"

static const char old_json[] =
  "{\"format\": \"waypoint\", \"version\": 1, \"product\": {\"name\": \"Trail\"},"
  " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Offline maps\", \"estimate\": 3},"
  "            {\"id\": \"b\", \"rank\": \"k\", \"title\": \"Route planning\"},"
  "            {\"id\": \"c\", \"rank\": \"s\", \"title\": \"Battery saver\", \"estimate\": 3,"
  "             \"labels\": [\"power\"]},"
  "            {\"id\": \"d\", \"rank\": \"w\", \"title\": \"Export as GPX\"}],"
  " \"releases\": [{\"id\": \"r\", \"name\": \"MVP\", \"rank\": \"n\"}],"
  " \"feedback\": [{\"id\": \"f\", \"customer\": \"Anna\", \"text\": \"Nice\"}]}";

static GPtrArray *
diff_after (void (*change) (WpDocument *document))
{
  g_autoptr(WpDocument) old = read_json (old_json);
  g_autoptr(WpDocument) new = read_json (old_json);

  change (new);

  return wp_semantic_diff (old, new);
}

static void
assert_lines (GPtrArray          *lines,
              const char * const *expected)
{
  g_autofree char *got = NULL;
  g_autofree char *wanted = g_strjoinv ("\n", (char **) expected);

  g_ptr_array_add (lines, NULL);
  got = g_strjoinv ("\n", (char **) lines->pdata);
  g_assert_cmpstr (got, ==, wanted);
}

static void
move_and_estimate (WpDocument *document)
{
  WpEntity *saver = wp_document_lookup (document, WP_KIND_ITEM, "c");
  WpEntity *maps = wp_document_lookup (document, WP_KIND_ITEM, "a");

  /* Battery saver to the top, above Offline maps: one move, though its key changed. */
  wp_document_move_item (document, WP_ITEM (saver), NULL, WP_ITEM (maps));
  wp_document_set_number (document, saver, WP_ITEM_ESTIMATE, 5);
}

static void
test_moves_and_fields (void)
{
  g_autoptr(GPtrArray) lines = diff_after (move_and_estimate);
  const char * const expected[] = {
    "estimate of *Battery saver*: 3 → 5",
    /* Above the MVP line now, so in the MVP. */
    "release of *Battery saver*: none → *MVP*",
    "moved *Battery saver* above *Offline maps*",
    NULL
  };

  assert_lines (lines, expected);
}

static void
rename_label_add_remove (WpDocument *document)
{
  g_autoptr(WpEntity) entry = wp_entity_new (WP_TYPE_FEEDBACK, "g");
  const char *labels[] = { "battery", NULL };

  wp_document_set_string (document, wp_document_lookup (document, WP_KIND_ITEM, "b"),
                          WP_ITEM_TITLE, "Plan a route");
  wp_document_set_strv (document, wp_document_lookup (document, WP_KIND_ITEM, "c"),
                        WP_ITEM_LABELS, labels);
  g_assert_true (wp_document_remove (document, wp_document_lookup (document, WP_KIND_ITEM, "d"),
                                     NULL));
  wp_entity_set_string (entry, WP_FEEDBACK_CUSTOMER, "Nordlicht Bau");
  wp_document_add (document, entry);
}

static void
test_renames_lists_additions (void)
{
  g_autoptr(GPtrArray) lines = diff_after (rename_label_add_remove);
  const char * const expected[] = {
    "renamed *Route planning* to *Plan a route*",
    "labels of *Battery saver*: added battery, removed power",
    "removed *Export as GPX*",
    "added feedback from *Nordlicht Bau*",
    NULL
  };

  assert_lines (lines, expected);
}

static void
rate (WpDocument *document)
{
  WpEntity *maps = wp_document_lookup (document, WP_KIND_ITEM, "a");
  g_autofree char *fit = wp_scorecard_add (document, "Fit");

  wp_scorecard_rate (document, maps, fit, 4);
  wp_scorecard_rate (document, maps, "gone", 2);
}

/* Ratings said criterion by criterion, by the scorecard's names (an id once it is gone). */
static void
test_ratings (void)
{
  g_autoptr(GPtrArray) lines = diff_after (rate);
  const char * const expected[] = {
    "scorecard of *Trail* changed",
    "ratings of *Offline maps*: Fit: none → 4, gone: none → 2",
    NULL
  };

  assert_lines (lines, expected);
}

static void
move_line (WpDocument *document)
{
  WpRelease *mvp = WP_RELEASE (wp_document_lookup (document, WP_KIND_RELEASE, "r"));

  /* From between Route planning and Battery saver to below Battery saver. */
  wp_document_move_release_line (document, mvp, "s", "w");
}

static void
test_release_line (void)
{
  g_autoptr(GPtrArray) lines = diff_after (move_line);
  const char * const expected[] = {
    /* The item the line passed is in the release now. */
    "release of *Battery saver*: none → *MVP*",
    "release line *MVP* moved below *Battery saver*",
    NULL
  };

  assert_lines (lines, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/semantic-diff/moves-and-fields", test_moves_and_fields);
  g_test_add_func ("/semantic-diff/renames-lists-additions", test_renames_lists_additions);
  g_test_add_func ("/semantic-diff/release-line", test_release_line);
  g_test_add_func ("/semantic-diff/ratings", test_ratings);

  return g_test_run ();
}
