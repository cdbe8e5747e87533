/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Trello import on real exports (../shared/testdata/interop, written by
 * Trello, not by us) and on variants built from them here: old exports,
 * duplicate positions, unnamed labels and null colours, cards in archived
 * lists, hostile files. Each case counts what comes in and checks its order.
 */
#include "config.h"

#include <string.h>

#include "wp-error.h"
#include "wp-import.h"
#include "wp-json.h"
#include "wp-writer.h"

#define GOCD "trello-gocd-test-drive-large.json"
#define LINEAR "trello-linear-import-testdata.json"
#define PLANKA "trello-trello2planka-sample-board.json"

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("WP_TESTDATA"), "interop", name, NULL);
}

static gboolean
have_fixtures (void)
{
  g_autofree char *path = fixture_path (GOCD);

  if (g_getenv ("WP_TESTDATA") != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  g_test_skip ("../shared/testdata/interop is not there");

  return FALSE;
}

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* The fixture as a tree to change, and back to bytes. */
static JsonNode *
fixture_tree (const char *name)
{
  g_autoptr(GBytes) bytes = fixture_bytes (name);
  g_autoptr(GError) error = NULL;
  JsonNode *root = wp_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  &error);

  g_assert_no_error (error);

  return root;
}

static GBytes *
tree_bytes (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

/* Imports @bytes with options "name=value" (NULL-terminated); fails the test on an error. */
static WpDocument *
import_with (GBytes          *bytes,
             const char     **options,
             WpImportReport **report)
{
  g_autoptr(WpImport) import = wp_import_new ("trello", NULL);
  g_autoptr(GError) error = NULL;
  WpDocument *document;

  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (options[i], "=", 2);

      g_assert_true (wp_import_set_option (import, parts[0], parts[1], &error));
    }
  g_assert_true (wp_import_read (import, bytes, &error));
  g_assert_no_error (error);
  *report = wp_import_report_new ();
  document = wp_import_build (import, *report, NULL, &error);
  g_assert_no_error (error);

  return document;
}

static GError *
import_error (GBytes *bytes)
{
  g_autoptr(WpImport) import = wp_import_new ("trello", NULL);
  GError *error = NULL;

  g_assert_false (wp_import_read (import, bytes, &error));
  g_assert_nonnull (error);

  return error;
}

static guint
count (WpDocument *document,
       WpKind      kind)
{
  return g_list_model_get_n_items (wp_document_get_list (document, kind));
}

static WpEntity *
nth (WpDocument *document,
     WpKind      kind,
     guint       i)
{
  g_autoptr(WpEntity) entity = g_list_model_get_item (wp_document_get_list (document, kind), i);

  return entity;
}

static WpEntity *
item_titled (WpDocument *document,
             const char *title)
{
  for (guint i = 0; i < count (document, WP_KIND_ITEM); i++)
    if (g_str_equal (wp_entity_get_display_name (nth (document, WP_KIND_ITEM, i)), title))
      return nth (document, WP_KIND_ITEM, i);

  g_assert_not_reached ();
}

static guint
count_criteria (WpDocument *document)
{
  guint total = 0;

  for (guint i = 0; i < count (document, WP_KIND_ITEM); i++)
    total += json_array_get_length (json_node_get_array (
      wp_entity_get_node (nth (document, WP_KIND_ITEM, i), WP_ITEM_ACCEPTANCE)));

  return total;
}

/* Whether some note of @report (about @subject, or the whole import for NULL) contains @text. */
static gboolean
has_note (WpImportReport *report,
          const char     *subject,
          const char     *text)
{
  for (guint i = 0; i < wp_import_report_get_n_notes (report); i++)
    {
      const char *about;
      const char *note = wp_import_report_get_note (report, i, &about);

      if (g_strcmp0 (about, subject) == 0 && strstr (note, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static const char *
column_title (WpDocument *document,
              WpEntity   *item)
{
  return wp_entity_get_display_name (
    wp_document_lookup (document, WP_KIND_COLUMN, wp_entity_get_string (item, WP_ITEM_STATUS)));
}

static void
test_gocd (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  g_autofree char *text = NULL;
  const char *titles[] = { "Backlog/Future Work/Ideas", "To Do", "In Progress", "Ready to merge",
                           "Ready for QA", "Done" };
  guint done = 0;

  if (!have_fixtures ())
    return;
  bytes = fixture_bytes (GOCD);
  document = import_with (bytes, NULL, &report);

  /* 18 lists, 12 archived: their cards go to the nearest open one. */
  g_assert_cmpuint (count (document, WP_KIND_COLUMN), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_cmpstr (wp_entity_get_display_name (nth (document, WP_KIND_COLUMN, i)), ==,
                     titles[i]);
  g_assert_cmpuint (count (document, WP_KIND_ITEM), ==, 122);
  g_assert_cmpuint (count_criteria (document), ==, 62);
  for (guint i = 0; i < count (document, WP_KIND_ITEM); i++)
    done += wp_entity_get_string (nth (document, WP_KIND_ITEM, i), WP_ITEM_DONE) != NULL;
  g_assert_cmpuint (done, >=, 78);
  g_assert_cmpstr (wp_entity_get_string (WP_ENTITY (wp_document_get_product (document)),
                                         WP_PRODUCT_NAME), ==, "Test Drive");

  /* 133 comments by the badges, 93 in the 1,000 actions: the 40 missing are said. */
  text = wp_import_report_to_text (report, document, NULL);
  g_assert_nonnull (strstr (text, "122 items"));
  g_assert_nonnull (strstr (text, "93 comments"));
  g_assert_true (has_note (report, NULL, "40 comments on 13 cards are not in the file"));
  g_assert_true (has_note (report, "Wireframe design", "6 of 6 comments are not in the export"));
  g_assert_true (has_note (report, "Wireframe design",
                           "2 attachments are uploads that need a Trello login"));
  g_assert_true (has_note (report, NULL, "78 archived cards are imported as done, in “Done”"));
  g_assert_true (has_note (report, NULL, "12 archived lists"));

  {
    WpEntity *item = item_titled (document, "Validate empty pipeline group");
    const char *description = wp_entity_get_string (item, WP_ITEM_DESCRIPTION);

    g_assert_true (g_str_has_prefix (description, "Does having an empty pipeline group"));
    g_assert_nonnull (strstr (description, "Due: 2019-04-12 (complete)"));
    g_assert_nonnull (strstr (description, "Members: Louda Peña, Steven"));
    g_assert_nonnull (strstr (description, "- Round 5  - Add Pipeline Affordance testing: "
                                           "https://drive.google.com/"));
    g_assert_nonnull (strstr (description, "Louda Peña, 2019-05-20 22:00 UTC:\n@marquesfarques"));
    g_assert_cmpstr (wp_entity_get_strv (item, WP_ITEM_LABELS)[0], ==, "Research");
    g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_CREATED), ==, "2019-04-03T21:26:54Z");
  }
}

static void
test_gocd_options (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) kept = NULL;
  g_autoptr(WpDocument) without = NULL;
  g_autoptr(WpImportReport) report = NULL;
  g_autoptr(WpImportReport) report_without = NULL;
  const char *keep[] = { "archived-lists=keep", NULL };
  const char *leave_out[] = { "archived-cards=leave-out", NULL };

  if (!have_fixtures ())
    return;
  bytes = fixture_bytes (GOCD);

  kept = import_with (bytes, keep, &report);
  g_assert_cmpuint (count (kept, WP_KIND_COLUMN), ==, 18);
  g_assert_cmpstr (wp_entity_get_display_name (nth (kept, WP_KIND_COLUMN, 1)), ==, "Landing Page");
  g_assert_true (has_note (report, NULL, "12 archived lists are kept as columns"));

  without = import_with (bytes, leave_out, &report_without);
  g_assert_cmpuint (count (without, WP_KIND_ITEM), ==, 122 - 78);
  g_assert_true (has_note (report_without, NULL, "78 archived cards are left out"));
}

static void
test_linear_fixture (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  WpEntity *in_progress, *archived;

  if (!have_fixtures ())
    return;
  bytes = fixture_bytes (LINEAR);
  document = import_with (bytes, NULL, &report);

  g_assert_cmpuint (count (document, WP_KIND_COLUMN), ==, 3);
  g_assert_cmpuint (count (document, WP_KIND_ITEM), ==, 4);
  in_progress = item_titled (document, "Task in progress");
  g_assert_cmpstr (wp_entity_get_strv (in_progress, WP_ITEM_LABELS)[0], ==, "trello-task");
  archived = item_titled (document, "Archived Task");
  g_assert_cmpstr (column_title (document, archived), ==, "Done");
  g_assert_nonnull (wp_entity_get_string (archived, WP_ITEM_DONE));
}

static void
test_planka_checklists (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  JsonArray *criteria;

  if (!have_fixtures ())
    return;
  bytes = fixture_bytes (PLANKA);
  document = import_with (bytes, NULL, &report);
  g_assert_cmpuint (count_criteria (document), ==, 12);

  /* Its check items come out of order in the file: sorted by pos. */
  for (guint i = 0; i < count (document, WP_KIND_ITEM); i++)
    {
      JsonNode *node = wp_entity_get_node (nth (document, WP_KIND_ITEM, i), WP_ITEM_ACCEPTANCE);
      JsonObject *first;

      criteria = json_node_get_array (node);
      if (json_array_get_length (criteria) != 4)
        continue;
      first = json_array_get_object_element (criteria, 0);
      g_assert_cmpstr (json_object_get_string_member (first, "text"), ==,
                       "Create lists (Brainstorm, todo, doing, done)");
      g_assert_true (json_object_get_boolean_member (first, "done"));
    }
  /* Two checklists on one card: each criterion names its list, in the lists' order. */
  for (guint i = 0; i < count (document, WP_KIND_ITEM); i++)
    {
      JsonNode *node = wp_entity_get_node (nth (document, WP_KIND_ITEM, i), WP_ITEM_ACCEPTANCE);

      criteria = json_node_get_array (node);
      if (json_array_get_length (criteria) != 5)
        continue;
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (criteria, 0),
                                                      "text"), ==,
                       "first checklist: first item of the first checklist");
      g_assert_true (json_object_get_boolean_member (json_array_get_object_element (criteria, 4),
                                                     "done"));
    }
}

/* Each card's labels, in order: unnamed ones by colour; a null colour has a name. */
static void
test_unnamed_labels (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  JsonObject *card, *label;
  JsonArray *labels;

  if (!have_fixtures ())
    return;
  root = fixture_tree (LINEAR);
  card = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                      "cards"), 0);
  labels = json_array_new ();
  label = json_object_new ();
  json_object_set_string_member (label, "name", "");
  json_object_set_string_member (label, "color", "sky_light");
  json_array_add_object_element (labels, label);
  label = json_object_new ();
  json_object_set_string_member (label, "name", "");
  json_object_set_null_member (label, "color");
  json_array_add_object_element (labels, label);
  json_object_set_array_member (card, "labels", labels);
  bytes = tree_bytes (root);
  document = import_with (bytes, NULL, &report);

  {
    WpEntity *item = item_titled (document, json_object_get_string_member (card, "name"));
    const char * const *names = wp_entity_get_strv (item, WP_ITEM_LABELS);

    g_assert_cmpstr (names[0], ==, "sky light");
    g_assert_cmpstr (names[1], ==, "no colour");
  }
}

/* An export of 2015: no "labels", "customFields" or "pluginData" at the top. */
static void
test_legacy_export (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  JsonObject *board;

  if (!have_fixtures ())
    return;
  root = fixture_tree (GOCD);
  board = json_node_get_object (root);
  json_object_remove_member (board, "labels");
  json_object_remove_member (board, "customFields");
  json_object_remove_member (board, "pluginData");
  json_object_remove_member (board, "actions");
  bytes = tree_bytes (root);
  document = import_with (bytes, NULL, &report);

  g_assert_cmpuint (count (document, WP_KIND_ITEM), ==, 122);
  g_assert_cmpstr (wp_entity_get_strv (item_titled (document, "Validate empty pipeline group"),
                                       WP_ITEM_LABELS)[0], ==, "Research");
  /* Without actions the creation time comes from the card's id. */
  g_assert_cmpstr (wp_entity_get_string (item_titled (document, "Validate empty pipeline group"),
                                         WP_ITEM_CREATED), ==, "2019-04-03T21:26:54Z");
}

/* Two cards at the same pos keep the order of their ids; a list's cards stay together. */
static void
test_duplicate_pos (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  JsonArray *cards;
  guint n;

  if (!have_fixtures ())
    return;
  root = fixture_tree (GOCD);
  cards = json_object_get_array_member (json_node_get_object (root), "cards");
  n = json_array_get_length (cards);
  for (guint i = 0; i < n; i++)
    json_object_set_double_member (json_array_get_object_element (cards, i), "pos", 16384);
  bytes = tree_bytes (root);
  document = import_with (bytes, NULL, &report);

  for (guint i = 1; i < count (document, WP_KIND_ITEM); i++)
    {
      WpEntity *before = nth (document, WP_KIND_ITEM, i - 1);
      WpEntity *item = nth (document, WP_KIND_ITEM, i);

      if (g_strcmp0 (wp_entity_get_string (before, WP_ITEM_STATUS),
                     wp_entity_get_string (item, WP_ITEM_STATUS)) == 0 &&
          wp_entity_get_string (before, WP_ITEM_DONE) == NULL &&
          wp_entity_get_string (item, WP_ITEM_DONE) == NULL)
        g_assert_cmpstr (wp_entity_get_id (before), <, wp_entity_get_id (item));
    }
}

/* An open card in an archived list: folded into the open list before it, or kept with it. */
static void
test_card_in_archived_list (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) folded = NULL;
  g_autoptr(WpDocument) kept = NULL;
  g_autoptr(WpImportReport) report = NULL;
  g_autoptr(WpImportReport) kept_report = NULL;
  const char *keep[] = { "archived-lists=keep", NULL };
  JsonObject *board;
  JsonArray *lists;

  if (!have_fixtures ())
    return;
  root = fixture_tree (LINEAR);
  board = json_node_get_object (root);
  lists = json_object_get_array_member (board, "lists");
  /* The list "Doing" is archived; its open card goes to the list before it. */
  for (guint i = 0; i < json_array_get_length (lists); i++)
    {
      JsonObject *list = json_array_get_object_element (lists, i);

      if (g_str_equal (json_object_get_string_member (list, "name"), "Doing"))
        json_object_set_boolean_member (list, "closed", TRUE);
    }
  bytes = tree_bytes (root);
  folded = import_with (bytes, NULL, &report);
  kept = import_with (bytes, keep, &kept_report);

  g_assert_cmpuint (count (folded, WP_KIND_COLUMN), ==, 2);
  g_assert_cmpstr (column_title (folded, item_titled (folded, "Task in progress")), ==,
                   "Things To Do");
  g_assert_cmpuint (count (kept, WP_KIND_COLUMN), ==, 3);
  g_assert_cmpstr (column_title (kept, item_titled (kept, "Task in progress")), ==, "Doing");
}

/* A card whose list is not in the file, and one twice: kept once, in the first column. */
static void
test_card_without_list (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  JsonArray *cards;
  JsonObject *card;

  if (!have_fixtures ())
    return;
  root = fixture_tree (LINEAR);
  cards = json_object_get_array_member (json_node_get_object (root), "cards");
  card = json_array_get_object_element (cards, 0);
  json_object_set_string_member (card, "idList", "000000000000000000000000");
  json_array_add_element (cards, json_node_copy (json_array_get_element (cards, 1)));
  bytes = tree_bytes (root);
  document = import_with (bytes, NULL, &report);

  g_assert_cmpuint (count (document, WP_KIND_ITEM), ==, 4);
  g_assert_cmpstr (column_title (document, item_titled (document,
                                                        "Unstarted task to be imported")), ==,
                   "Things To Do");
  g_assert_true (has_note (report, "Unstarted task to be imported", "in no list of the board"));
}

/* 10,000 cards: the large board repeated, every id made new. */
static void
test_ten_thousand_cards (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  JsonArray *cards, *all;
  guint n;

  if (!have_fixtures ())
    return;
  root = fixture_tree (GOCD);
  cards = json_object_get_array_member (json_node_get_object (root), "cards");
  n = json_array_get_length (cards);
  all = json_array_new ();
  for (guint i = 0; i < 10000; i++)
    {
      /* json_node_copy() shares the object: through text, each card is its own. */
      g_autofree char *text = json_to_string (json_array_get_element (cards, i % n), FALSE);
      JsonNode *copy = json_from_string (text, NULL);
      JsonObject *card = json_node_get_object (copy);
      g_autofree char *id = g_strdup_printf ("%.16s%08x", json_object_get_string_member (card,
                                                                                      "id"), i);

      json_object_set_string_member (card, "id", id);
      json_object_set_boolean_member (card, "closed", FALSE);
      json_array_add_element (all, copy);
    }
  json_object_set_array_member (json_node_get_object (root), "cards", all);
  bytes = tree_bytes (root);
  document = import_with (bytes, NULL, &report);

  g_assert_cmpuint (count (document, WP_KIND_ITEM), ==, 10000);
  for (guint i = 1; i < 10000; i++)
    g_assert_cmpstr (wp_entity_get_string (nth (document, WP_KIND_ITEM, i - 1), WP_ITEM_RANK), <,
                     wp_entity_get_string (nth (document, WP_KIND_ITEM, i), WP_ITEM_RANK));
}

static void
assert_refused (const char *text,
                gsize       length,
                const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(GError) error = import_error (bytes);

  g_assert_nonnull (strstr (error->message, message));
}

static void
test_not_boards (void)
{
  static const char waypoint[] = "{\"format\": \"waypoint\", \"version\": 1}";
  static const char invalid[] = "{\"name\": \"B\xff\", \"cards\": []}";

  assert_refused ("[1, 2]", 6, "not a Trello board");
  assert_refused ("{}", 2, "not a Trello board");
  assert_refused ("{\"lists\": 3}", 12, "not a Trello board");
  assert_refused (waypoint, strlen (waypoint), "This is a Waypoint document");
  assert_refused (invalid, strlen (invalid), "UTF-8");
  assert_refused ("", 0, "empty");

  if (have_fixtures ())
    {
      g_autoptr(GBytes) whole = fixture_bytes (GOCD);
      g_autoptr(GBytes) half = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
      g_autoptr(GError) error = import_error (half);

      g_assert_error (error, WP_ERROR, WP_ERROR_SYNTAX);
    }
}

/* 100,000 checklists of no card, and a description of 10 MB: read, said, nothing lost. */
static void
test_hostile_sizes (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpImportReport) report = NULL;
  g_autofree char *huge = g_strnfill (10 * 1024 * 1024, 'x');
  JsonArray *checklists = json_array_new ();
  JsonObject *board;

  if (!have_fixtures ())
    return;
  root = fixture_tree (LINEAR);
  board = json_node_get_object (root);
  for (guint i = 0; i < 100000; i++)
    {
      JsonObject *checklist = json_object_new ();

      json_object_set_string_member (checklist, "idCard", "nobody");
      json_object_set_int_member (checklist, "pos", i);
      json_array_add_object_element (checklists, checklist);
    }
  json_object_set_array_member (board, "checklists", checklists);
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (board, "cards"), 0),
                                 "desc", huge);
  bytes = tree_bytes (root);
  document = import_with (bytes, NULL, &report);

  g_assert_true (has_note (report, NULL, "100000 checklists belong to no card"));
  g_assert_cmpuint (count_criteria (document), ==, 0);
  g_assert_cmpuint (strlen (wp_entity_get_string (item_titled (document,
                                                               "Unstarted task to be imported"),
                                                  WP_ITEM_DESCRIPTION)), ==, strlen (huge));
}

static const char *
guess (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return wp_import_guess_format (bytes);
}

/* The window's import offers the format the file most likely has. */
static void
test_guess_format (void)
{
  static const char * const fixtures[][2] = {
    { GOCD, "trello" }, { LINEAR, "trello" }, { PLANKA, "trello" },
    { "jira-cloud-2025-all-fields-tes.csv", "jira-csv" }, { "linear-export-2023.csv", "csv" },
  };

  g_assert_cmpstr (guess ("\xEF\xBB\xBF \r\n {\"cards\": []}"), ==, "trello");
  g_assert_cmpstr (guess ("Resumen;Clave de incidencia;Estado\r\nA;B-1;Hecho\r\n"), ==, "jira-csv");
  g_assert_cmpstr (guess ("Summary,Status\nA,Done\n"), ==, "csv");
  g_assert_cmpstr (guess ("\"Summary\nIssue key\",Issue key\n"), ==, "csv");
  g_assert_cmpstr (guess (""), ==, "csv");
  g_assert_cmpstr (guess ("\xff\xfe\x00"), ==, "csv");

  if (!have_fixtures ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(GBytes) bytes = fixture_bytes (fixtures[i][0]);

      g_assert_cmpstr (wp_import_guess_format (bytes), ==, fixtures[i][1]);
    }
}

static void
test_options_refused (void)
{
  g_autoptr(WpImport) import = wp_import_new ("trello", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) value_error = NULL;
  g_autoptr(GError) format_error = NULL;

  g_assert_false (wp_import_set_option (import, "colour", "red", &error));
  g_assert_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED);
  g_assert_false (wp_import_set_option (import, "archived-cards", "burn", &value_error));
  g_assert_nonnull (strstr (value_error->message, "done, leave-out"));
  g_assert_null (wp_import_new ("asana", &format_error));
  g_assert_error (format_error, WP_ERROR, WP_ERROR_UNSUPPORTED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trello/gocd", test_gocd);
  g_test_add_func ("/trello/gocd-options", test_gocd_options);
  g_test_add_func ("/trello/linear-fixture", test_linear_fixture);
  g_test_add_func ("/trello/planka-checklists", test_planka_checklists);
  g_test_add_func ("/trello/unnamed-labels", test_unnamed_labels);
  g_test_add_func ("/trello/legacy-export", test_legacy_export);
  g_test_add_func ("/trello/duplicate-pos", test_duplicate_pos);
  g_test_add_func ("/trello/card-in-archived-list", test_card_in_archived_list);
  g_test_add_func ("/trello/card-without-list", test_card_without_list);
  g_test_add_func ("/trello/ten-thousand-cards", test_ten_thousand_cards);
  g_test_add_func ("/trello/not-boards", test_not_boards);
  g_test_add_func ("/trello/hostile-sizes", test_hostile_sizes);
  g_test_add_func ("/trello/options-refused", test_options_refused);
  g_test_add_func ("/import/guess-format", test_guess_format);

  return g_test_run ();
}
