/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading and writing documents: canonical round trips, unknown members, every error. */
#include "config.h"

#include <string.h>

#include "wp-error.h"
#include "wp-reader.h"
#include "wp-writer.h"

static const char canonical[] =
  "{\n"
  "  \"format\": \"waypoint\",\n"
  "  \"version\": 1,\n"
  "  \"product\": {\n"
  "    \"name\": \"Trailhead\",\n"
  "    \"vision\": \"Hikers find routes \\\"offline\\\"\\n— anywhere\",\n"
  "    \"target_group\": \"\",\n"
  "    \"needs\": \"\",\n"
  "    \"product\": \"\",\n"
  "    \"business_goals\": \"\",\n"
  "    \"definition_of_done\": [\n"
  "      \"Reviewed\",\n"
  "      \"Tested\"\n"
  "    ],\n"
  "    \"x-color\": \"teal\"\n"
  "  },\n"
  "  \"columns\": [\n"
  "    {\n"
  "      \"id\": \"todo\",\n"
  "      \"title\": \"To Do\",\n"
  "      \"wip_limit\": 0\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"done\",\n"
  "      \"title\": \"Done\",\n"
  "      \"wip_limit\": 3\n"
  "    }\n"
  "  ],\n"
  "  \"items\": [\n"
  "    {\n"
  "      \"id\": \"i1\",\n"
  "      \"rank\": \"V\",\n"
  "      \"title\": \"Offline maps\",\n"
  "      \"description\": \"<b>not markup</b> & more\",\n"
  "      \"kind\": \"story\",\n"
  "      \"status\": \"todo\",\n"
  "      \"estimate\": 0.5,\n"
  "      \"value\": 8,\n"
  "      \"effort\": null,\n"
  "      \"reach\": 120,\n"
  "      \"confidence\": 80,\n"
  "      \"moscow\": \"must\",\n"
  "      \"labels\": [\n"
  "        \"maps\"\n"
  "      ],\n"
  "      \"epic\": null,\n"
  "      \"sprint\": \"s1\",\n"
  "      \"release\": \"r1\",\n"
  "      \"acceptance\": [\n"
  "        {\n"
  "          \"text\": \"Works in airplane mode\",\n"
  "          \"done\": false\n"
  "        }\n"
  "      ],\n"
  "      \"done\": null,\n"
  "      \"created\": \"2026-10-01T09:00:00Z\",\n"
  "      \"updated\": \"2026-10-02T09:00:00Z\",\n"
  "      \"status_history\": [\n"
  "        {\n"
  "          \"day\": \"2026-10-01\",\n"
  "          \"status\": \"review\"\n"
  "        },\n"
  "        {\n"
  "          \"day\": \"2026-10-02\",\n"
  "          \"status\": null\n"
  "        }\n"
  "      ],\n"
  "      \"x-jira\": {\n"
  "        \"key\": \"TRL-12\",\n"
  "        \"points\": [\n"
  "          1,\n"
  "          2.25,\n"
  "          true,\n"
  "          null\n"
  "        ],\n"
  "        \"empty\": {},\n"
  "        \"none\": []\n"
  "      }\n"
  "    }\n"
  "  ],\n"
  "  \"sprints\": [\n"
  "    {\n"
  "      \"id\": \"s1\",\n"
  "      \"name\": \"Sprint 1\",\n"
  "      \"goal\": \"Maps work offline\",\n"
  "      \"start\": \"2026-10-05\",\n"
  "      \"end\": \"2026-10-18\",\n"
  "      \"state\": \"active\",\n"
  "      \"review_notes\": \"\",\n"
  "      \"goal_met\": null,\n"
  "      \"review_slides\": [],\n"
  "      \"committed_points\": null,\n"
  "      \"unfinished_items\": []\n"
  "    }\n"
  "  ],\n"
  "  \"releases\": [\n"
  "    {\n"
  "      \"id\": \"r1\",\n"
  "      \"name\": \"MVP\",\n"
  "      \"date\": \"2026-12-15\",\n"
  "      \"description\": \"\",\n"
  "      \"rank\": \"k\"\n"
  "    }\n"
  "  ],\n"
  "  \"roadmap\": {\n"
  "    \"lanes\": [\n"
  "      {\n"
  "        \"id\": \"l1\",\n"
  "        \"title\": \"Maps\"\n"
  "      }\n"
  "    ],\n"
  "    \"entries\": [\n"
  "      {\n"
  "        \"id\": \"e1\",\n"
  "        \"lane\": \"l1\",\n"
  "        \"title\": \"Offline\",\n"
  "        \"start\": \"2026-10-01\",\n"
  "        \"end\": \"2026-11-30\",\n"
  "        \"items\": [\n"
  "          \"i1\"\n"
  "        ],\n"
  "        \"depends_on\": []\n"
  "      }\n"
  "    ],\n"
  "    \"zoom\": \"month\"\n"
  "  },\n"
  "  \"feedback\": [\n"
  "    {\n"
  "      \"id\": \"f1\",\n"
  "      \"received\": \"2026-10-03T14:00:00+02:00\",\n"
  "      \"customer\": \"Alpine Club\",\n"
  "      \"segment\": \"Clubs\",\n"
  "      \"source\": \"Email\",\n"
  "      \"text\": \"We need maps without signal. 日本語 ✓\",\n"
  "      \"importance\": 3,\n"
  "      \"items\": [\n"
  "        \"i1\"\n"
  "      ],\n"
  "      \"tags\": []\n"
  "    }\n"
  "  ],\n"
  "  \"x-exported-by\": \"another tool\"\n"
  "}\n";

static WpDocument *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_read_document (text, strlen (text), NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static char *
write_text (WpDocument *document)
{
  g_autoptr(GBytes) bytes = wp_write_document (document);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static void
test_canonical_round_trip (void)
{
  g_autoptr(WpDocument) document = read_ok (canonical);
  g_autofree char *written = write_text (document);

  g_assert_cmpstr (written, ==, canonical);
}

static void
test_model_values (void)
{
  g_autoptr(WpDocument) document = read_ok (canonical);
  WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, "i1");
  WpEntity *product = WP_ENTITY (wp_document_get_product (document));

  g_assert_nonnull (item);
  g_assert_cmpfloat (wp_entity_get_number (item, WP_ITEM_ESTIMATE), ==, 0.5);
  g_assert_cmpfloat (wp_entity_get_number (item, WP_ITEM_EFFORT), ==, -1);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_EPIC), ==, NULL);
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_DESCRIPTION), ==,
                   "<b>not markup</b> & more");
  g_assert_cmpstr (wp_entity_get_string (product, WP_PRODUCT_VISION), ==,
                   "Hikers find routes \"offline\"\n— anywhere");
  g_assert_nonnull (wp_entity_get_extra (item));
  g_assert_false (wp_document_get_modified (document));
}

static void
test_minimal_document (void)
{
  g_autoptr(WpDocument) document = read_ok ("{\"format\": \"waypoint\", \"version\": 1}");
  g_autofree char *written = write_text (document);
  g_autoptr(WpDocument) again = read_ok (written);
  g_autofree char *rewritten = write_text (again);

  g_assert_cmpstr (written, ==, rewritten);
  g_assert_true (g_str_has_suffix (written, "}\n"));
}

static void
test_items_sorted_by_rank (void)
{
  g_autoptr(WpDocument)
    document = read_ok ("{\"format\": \"waypoint\", \"version\": 1, \"items\": ["
                        "{\"id\": \"c\", \"rank\": \"c\"}, {\"id\": \"a\", \"rank\": \"a\"}, "
                        "{\"id\": \"b\", \"rank\": \"b\"}]}");
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(WpEntity) first = g_list_model_get_item (items, 0);
  g_autoptr(WpEntity) last = g_list_model_get_item (items, 2);

  g_assert_cmpstr (wp_entity_get_id (first), ==, "a");
  g_assert_cmpstr (wp_entity_get_id (last), ==, "c");
}

static GPtrArray *
read_problems (const char *text,
               gboolean    expect_document)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = NULL;
  g_autoptr(WpDocument) document = wp_read_document (text, strlen (text), &problems, NULL, &error);

  if (expect_document)
    {
      g_assert_no_error (error);
      g_assert_nonnull (document);
    }
  else
    {
      g_assert_null (document);
      g_assert_nonnull (error);
    }
  g_assert_nonnull (problems);

  return problems;
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *expected)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = wp_problem_format (g_ptr_array_index (problems, i));

      if (g_str_equal (text, expected))
        return TRUE;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = wp_problem_format (g_ptr_array_index (problems, i));
      g_test_message ("problem: %s", text);
    }

  return FALSE;
}

static void
assert_error (const char *text,
              int         code,
              const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = wp_read_document (text, strlen (text), NULL, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WP_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static void
test_errors_name_the_place (void)
{
  g_autoptr(GPtrArray) problems = read_problems (
    "{\"format\": \"waypoint\", \"version\": 1,\n"
    " \"columns\": [{\"id\": \"todo\", \"title\": 5, \"wip_limit\": -2}],\n"
    " \"items\": [{\"id\": \"a\", \"estimate\": \"five\", \"kind\": \"feature\"},\n"
    "           {\"id\": \"a\"}, {\"title\": \"no id\"}, 7,\n"
    "           {\"id\": \"b\", \"labels\": [\"ok\", 3], \"created\": \"yesterday\", "
    "\"acceptance\": [{\"done\": true}]},\n"
    "           {\"id\": \"c\", \"status_history\": {}},\n"
    "           {\"id\": \"d\",\n"
    "            \"status_history\": [{\"day\": \"2026-02-30\", \"status\": \"t\"}]},\n"
    "           {\"id\": \"e\", \"status_history\": [{\"status\": \"t\"}, 4]},\n"
    "           {\"id\": \"f\", \"status_history\": [{\"day\": \"2026-02-03\", \"status\": 4}]},\n"
    "           {\"id\": \"g\", \"status_history\": [{\"day\": \"2026-02-03\"}]}],\n"
    " \"sprints\": [{\"id\": \"s\", \"start\": \"2026-02-30\", \"state\": \"running\"}],\n"
    " \"feedback\": [{\"id\": \"f\", \"importance\": 5}],\n"
    " \"releases\": {}}",
    FALSE);

  g_assert_true (has_problem (problems,
                              "items[0].estimate: expected a number of at least 0, got \"five\""));
  g_assert_true (has_problem (
    problems, "items[0].kind: expected one of story, bug, task, spike, epic, got \"feature\""));
  g_assert_true (has_problem (problems,
                              "items[1].id: the id “a” is used twice (also by items[0])"));
  g_assert_true (has_problem (problems, "items[2].id: missing; every entry needs an id"));
  g_assert_true (has_problem (problems, "items[3]: expected an object, got 7"));
  g_assert_true (has_problem (problems, "items[4].labels[1]: expected a text, got 3"));
  g_assert_true (has_problem (
    problems,
    "items[4].created: expected a date and time like 2026-12-15T09:30:00Z, got \"yesterday\""));
  g_assert_true (has_problem (problems, "items[4].acceptance[0].text: missing"));
  g_assert_true (has_problem (
    problems, "items[5].status_history: expected a list of status changes, got an object"));
  g_assert_true (has_problem (
    problems,
    "items[6].status_history[0].day: expected a date like 2026-12-15, got \"2026-02-30\""));
  g_assert_true (has_problem (problems, "items[7].status_history[0].day: missing"));
  g_assert_true (has_problem (
    problems, "items[8].status_history[0].status: expected an id or null, got 4"));
  g_assert_true (has_problem (problems, "items[9].status_history[0].status: missing"));
  g_assert_true (has_problem (problems, "columns[0].title: expected a text, got 5"));
  g_assert_true (has_problem (
    problems, "columns[0].wip_limit: expected a whole number from 0 to 100000, got -2"));
  g_assert_true (has_problem (
    problems, "sprints[0].start: expected a date like 2026-12-15, got \"2026-02-30\""));
  g_assert_true (has_problem (
    problems, "sprints[0].state: expected one of planned, active, closed, got \"running\""));
  g_assert_true (
    has_problem (problems, "feedback[0].importance: expected a whole number from 1 to 3, got 5"));
  g_assert_true (has_problem (problems, "releases: expected a list, got an object"));
}

static void
test_dangling_references_warn (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *text =
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"status\": \"gone\", \"epic\": \"nope\"}],"
    " \"feedback\": [{\"id\": \"f\", \"importance\": 1, \"items\": [\"a\", \"lost\"]}]}";
  g_autoptr(WpDocument) document = wp_read_document (text, strlen (text), &problems, NULL, &error);
  WpEntity *item;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (has_problem (problems, "items[0].status: no column has the id “gone”"));
  g_assert_true (has_problem (problems, "items[0].epic: no item has the id “nope”"));
  g_assert_true (has_problem (problems, "feedback[0].items[1]: no item has the id “lost”"));

  /* Kept as they were, so the user can see and fix them. */
  item = wp_document_lookup (document, WP_KIND_ITEM, "a");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_STATUS), ==, "gone");
}

static void
test_bad_ranks_repaired (void)
{
  g_autoptr(GPtrArray)
    problems = read_problems ("{\"format\": \"waypoint\", \"version\": 1, \"items\": ["
                              "{\"id\": \"x\", \"rank\": \"V\"}, {\"id\": \"y\", \"rank\": \"V\"}, "
                              "{\"id\": \"z\", \"rank\": \"W\"},"
                              "{\"id\": \"w\"}, {\"id\": \"v\", \"rank\": \"bad rank\"}]}",
                              TRUE);

  g_assert_true (has_problem (
    problems,
    "items[1].rank: “V” is used by another item too; the item was given a new rank next to it"));
  g_assert_true (has_problem (problems,
                              "items[3].rank: missing; the item was given a place at the end"));
  g_assert_true (has_problem (
    problems, "items[4].rank: “bad rank” is not a valid rank; the item was given a new one"));

  {
    const char *text = "{\"format\": \"waypoint\", \"version\": 1, \"items\": ["
                       "{\"id\": \"x\", \"rank\": \"V\"}, {\"id\": \"y\", \"rank\": \"V\"}, "
                       "{\"id\": \"z\", \"rank\": \"W\"},"
                       "{\"id\": \"w\"}, {\"id\": \"v\", \"rank\": \"bad rank\"}]}";
    g_autoptr(WpDocument) document = read_ok (text);
    GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
    const char *order[] = { "x", "y", "z", "w", "v" };

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

        g_assert_cmpstr (wp_entity_get_id (item), ==, order[i]);
        if (i > 0)
          {
            g_autoptr(WpEntity) previous = g_list_model_get_item (items, i - 1);

            g_assert_cmpstr (wp_entity_get_string (previous, WP_ITEM_RANK), <,
                             wp_entity_get_string (item, WP_ITEM_RANK));
          }
      }
  }
}

static void
test_file_errors (void)
{
  assert_error ("", WP_ERROR_EMPTY, "The file is empty.");
  assert_error ("  \n\t ", WP_ERROR_EMPTY, NULL);
  assert_error ("{\"format\": \"waypoint\",\n \"version\": 1,,}", WP_ERROR_SYNTAX, NULL);
  assert_error ("[1, 2]", WP_ERROR_FORMAT, NULL);
  assert_error ("{\"format\": \"trello\"}", WP_ERROR_FORMAT, NULL);
  assert_error ("{\"name\": \"x\"}", WP_ERROR_FORMAT, NULL);
  assert_error ("{\"format\": \"waypoint\", \"version\": \"1\"}", WP_ERROR_INVALID,
                "version: expected a whole number of at least 1, got \"1\"");
  assert_error ("{\"format\": \"waypoint\", \"version\": 1, \"product\": \"x\"}", WP_ERROR_INVALID,
                "product: expected an object, got \"x\"");
  assert_error ("{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": \"a\", \"title\": "
                "\"\\u0000\"}]}",
                WP_ERROR_ENCODING, NULL);
  assert_error (
    "{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": \"a\", \"estimate\": 1e999}]}",
    WP_ERROR_INVALID, NULL);
}

static void
test_syntax_error_has_line (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "{\"format\": \"waypoint\",\n \"version\": 1,\n \"items\": [}\n";
  g_autoptr(WpDocument) document = wp_read_document (text, strlen (text), NULL, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WP_ERROR, WP_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "The file is not valid JSON: line 3, column "));
}

static void
test_invalid_utf8 (void)
{
  const char text[] = "{\"format\": \"waypoint\",\n \"version\": 1, \"x\": \"\xff\xfe\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = wp_read_document (text, sizeof text - 1, NULL, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WP_ERROR, WP_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "The file is not UTF-8 text: line 2, column 22 holds bytes that are not.");
}

static void
test_nul_byte (void)
{
  const char text[] = "{\"format\": \"waypoint\", \"version\": 1}\0garbage";
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = wp_read_document (text, sizeof text - 1, NULL, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WP_ERROR, WP_ERROR_ENCODING);
}

static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  GString *text = g_string_new ("{\"format\": \"waypoint\", \"version\": 1, \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  document = wp_read_document (text->str, text->len, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, WP_ERROR, WP_ERROR_TOO_DEEP);
  g_string_free (text, TRUE);

  /* Brackets inside strings are text, not nesting. */
  text = g_string_new ("{\"format\": \"waypoint\", \"version\": 1, \"x\": \"");
  for (guint i = 0; i < depth; i++)
    g_string_append (text, "[{");
  g_string_append (text, "\"}");
  g_clear_error (&error);
  g_clear_object (&document);
  document = wp_read_document (text->str, text->len, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_string_free (text, TRUE);
}

static void
test_newer_version_read_only (void)
{
  const char *text =
    "{\"format\": \"waypoint\", \"version\": 7, \"future\": {\"a\": 1},"
    " \"items\": [{\"id\": \"a\", \"rank\": \"V\", \"title\": \"Kept\", \"new_field\": 3}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gboolean read_only = FALSE;
  g_autoptr(WpDocument)
    document = wp_read_document (text, strlen (text), &problems, &read_only, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (read_only);
  g_assert_true (has_problem (problems, "version: written by a newer Waypoint (format version 7); "
                                         "it can be read here but not saved over"));
}

static void
test_huge_values (void)
{
  GString *text = g_string_new ("{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": "
                                "\"a\", \"rank\": \"V\", \"title\": \"");
  g_autoptr(WpDocument) document = NULL;
  g_autofree char *written = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\", \"estimate\": 1e300, \"x-big\": 123456789012345678}]}");

  document = read_ok (text->str);
  written = write_text (document);
  g_assert_nonnull (strstr (written, "\"estimate\": 1e+300"));
  g_assert_nonnull (strstr (written, "\"x-big\": 123456789012345678"));
  g_string_free (text, TRUE);
}

static void
test_edit_then_write (void)
{
  g_autoptr(WpDocument) document = read_ok (canonical);
  WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, "i1");
  g_autofree char *written = NULL;
  g_autoptr(WpDocument) again = NULL;

  wp_document_set_string (document, item, WP_ITEM_TITLE, "Tab\there \"quoted\" \x01 ünïcode");
  wp_document_set_number (document, item, WP_ITEM_EFFORT, 0.1);
  written = write_text (document);
  g_assert_nonnull (strstr (written, "\"title\": \"Tab\\there \\\"quoted\\\" \\u0001 ünïcode\""));
  g_assert_nonnull (strstr (written, "\"effort\": 0.1,"));

  again = read_ok (written);
  item = wp_document_lookup (again, WP_KIND_ITEM, "i1");
  g_assert_cmpstr (wp_entity_get_string (item, WP_ITEM_TITLE), ==,
                   "Tab\there \"quoted\" \x01 ünïcode");
}

/* Releases as other tools write them, without a cut line: each gets one where its items say. */
static void
test_release_lines_placed (void)
{
  static const char text[] =
    "{\"format\": \"waypoint\", \"version\": 1,"
    " \"items\": [{\"id\": \"i1\", \"rank\": \"a\", \"release\": \"r1\"},"
    "            {\"id\": \"i2\", \"rank\": \"b\", \"release\": \"r1\"},"
    "            {\"id\": \"i3\", \"rank\": \"c\", \"release\": \"r2\"},"
    "            {\"id\": \"i4\", \"rank\": \"d\"}],"
    " \"releases\": [{\"id\": \"r3\", \"name\": \"Later\"},"
    "               {\"id\": \"r2\", \"name\": \"2.0\"},"
    "               {\"id\": \"r1\", \"name\": \"1.0\"}]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = wp_read_document (text, strlen (text), &problems, NULL,
                                                      &error);
  const char *ids[] = { "i1", "i2", "i3", "i4" };
  const char *placed[] = { "r1", "r1", "r2", NULL };
  const char *r1, *r2, *r3;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_false (wp_document_get_modified (document));
  /* Every item sits where its release says: none is flagged. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, ids[i]);
      WpRelease *at = wp_document_release_at (document, wp_entity_get_string (item,
                                                                              WP_ITEM_RANK));

      g_assert_cmpstr (at != NULL ? wp_entity_get_id (WP_ENTITY (at)) : NULL, ==, placed[i]);
    }
  r1 = wp_entity_get_string (wp_document_lookup (document, WP_KIND_RELEASE, "r1"), WP_RELEASE_RANK);
  r2 = wp_entity_get_string (wp_document_lookup (document, WP_KIND_RELEASE, "r2"), WP_RELEASE_RANK);
  r3 = wp_entity_get_string (wp_document_lookup (document, WP_KIND_RELEASE, "r3"), WP_RELEASE_RANK);
  g_assert_cmpstr (r1, >, "b");
  g_assert_cmpstr (r1, <, "c");
  g_assert_cmpstr (r2, >, "c");
  /* The empty release's line follows the others, above the unplanned item. */
  g_assert_cmpstr (r3, >, r2);
  g_assert_cmpstr (r3, <, "d");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/storage/canonical-round-trip", test_canonical_round_trip);
  g_test_add_func ("/storage/model-values", test_model_values);
  g_test_add_func ("/storage/minimal-document", test_minimal_document);
  g_test_add_func ("/storage/items-sorted-by-rank", test_items_sorted_by_rank);
  g_test_add_func ("/storage/errors-name-the-place", test_errors_name_the_place);
  g_test_add_func ("/storage/dangling-references-warn", test_dangling_references_warn);
  g_test_add_func ("/storage/bad-ranks-repaired", test_bad_ranks_repaired);
  g_test_add_func ("/storage/file-errors", test_file_errors);
  g_test_add_func ("/storage/syntax-error-has-line", test_syntax_error_has_line);
  g_test_add_func ("/storage/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/storage/nul-byte", test_nul_byte);
  g_test_add_func ("/storage/deep-nesting", test_deep_nesting);
  g_test_add_func ("/storage/newer-version-read-only", test_newer_version_read_only);
  g_test_add_func ("/storage/huge-values", test_huge_values);
  g_test_add_func ("/storage/edit-then-write", test_edit_then_write);
  g_test_add_func ("/storage/release-lines-placed", test_release_lines_placed);

  return g_test_run ();
}
