/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The sprint review's slides, made from the sample product, and what planning
 * and forecasting add for them.
 */
#include "config.h"

#include "test-days.h"
#include "wp-date.h"
#include "wp-reader.h"
#include "wp-review.h"
#include "wp-sprint-plan.h"
#include "wp-velocity.h"

static WpDocument *
load_sample (void)
{
  /* The core has no resources: the sample comes from the source tree. */
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "..", "data", "samples",
                                          "sample.waypoint", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  WpDocument *document;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  document = wp_read_document (contents, length, NULL, NULL, &error);
  g_assert_no_error (error);

  return document;
}

static const WpSlideLine *
line_at (const WpSlide *slide,
         guint          index)
{
  g_assert_cmpuint (index, <, slide->lines->len);

  return g_ptr_array_index (slide->lines, index);
}

static gboolean
has_line (const WpSlide *slide,
          const char    *text)
{
  for (guint i = 0; i < slide->lines->len; i++)
    if (g_strcmp0 (line_at (slide, i)->text, text) == 0)
      return TRUE;

  return FALSE;
}

static const WpSlide *
slide_of (GPtrArray   *slides,
          WpSlideKind  kind)
{
  for (guint i = 0; i < slides->len; i++)
    if (((WpSlide *) g_ptr_array_index (slides, i))->kind == kind)
      return g_ptr_array_index (slides, i);

  return NULL;
}

static void
test_slides_of_a_closed_sprint (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *sprint = wp_review_pick_sprint (document, "Sprint 3");
  g_autoptr(GPtrArray) slides = NULL;
  const WpSlide *slide;

  g_assert_nonnull (sprint);
  slides = wp_review_build (document, sprint, test_day ("2026-11-23"));
  /* Every slide but the flow charts, which are chosen, in the order of their kinds. */
  g_assert_cmpuint (slides->len, ==, WP_N_SLIDE_KINDS - 2);
  g_assert_null (slide_of (slides, WP_SLIDE_CYCLE_TIME));
  g_assert_null (slide_of (slides, WP_SLIDE_FLOW));
  for (guint i = 1; i < slides->len; i++)
    g_assert_cmpint (((WpSlide *) g_ptr_array_index (slides, i - 1))->kind, <,
                     ((WpSlide *) g_ptr_array_index (slides, i))->kind);

  slide = slide_of (slides, WP_SLIDE_TITLE);
  g_assert_cmpstr (slide->heading, ==, "Sprint 3");
  g_assert_cmpstr (slide->lead, ==, "Sprint review of Trailhead");

  slide = slide_of (slides, WP_SLIDE_GOAL);
  g_assert_cmpstr (slide->lead, ==,
                   "Follow a planned route with live position and bring in routes from GPX files.");
  g_assert_cmpstr (line_at (slide, 0)->text, ==, "Goal partly met");
  /* It committed to 32 points; background recording (8) moved on to Sprint 4 when it closed. */
  g_assert_cmpstr (line_at (slide, 1)->text, ==, "24 of 32 points completed");

  /* Delivered, by epic: a group line, then its items with their points. */
  slide = slide_of (slides, WP_SLIDE_DELIVERED);
  g_assert_cmpstr (slide->lead, ==, "7 items, 24 points");
  g_assert_true (line_at (slide, 0)->group);
  g_assert_true (has_line (slide, "Import a route from a GPX file"));
  g_assert_cmpuint (slide->lines->len, <=, 9 + 1);
  g_assert_cmpstr (line_at (slide, slide->lines->len - 1)->text, ==, "and 1 more");

  slide = slide_of (slides, WP_SLIDE_NOT_DELIVERED);
  g_assert_cmpstr (slide->lead, ==, "1 item, 8 points");
  g_assert_cmpstr (line_at (slide, 0)->text, ==, "Record my hike in the background");

  slide = slide_of (slides, WP_SLIDE_VELOCITY);
  g_assert_cmpstr (line_at (slide, 0)->text, ==, "Sprint 1");
  g_assert_cmpstr (line_at (slide, 0)->detail, ==, "24 points");

  slide = slide_of (slides, WP_SLIDE_DISCUSSION);
  g_assert_cmpuint (slide->lines->len, ==, 1);
  g_assert_true (g_str_has_prefix (line_at (slide, 0)->text, "Field test on Kinder Scout"));

  /* Only what customers said between 9 and 20 November. */
  slide = slide_of (slides, WP_SLIDE_FEEDBACK);
  g_assert_true (g_str_has_suffix (slide->lead, "received during the sprint"));
  g_assert_cmpuint (slide->lines->len, >, 0);
}

static void
test_chosen_slides_and_sprint (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  const char * const chosen[] = { "discussion", "no-such-slide", "goal", NULL };
  WpEntity *sprint = wp_review_pick_sprint (document, NULL);
  g_autoptr(GArray) kinds = NULL;
  g_autoptr(GPtrArray) slides = NULL;

  /* Without a name: the active sprint. By id or by name. */
  g_assert_cmpstr (wp_entity_get_id (sprint), ==, "sprint-4");
  g_assert_true (wp_review_pick_sprint (document, "sprint-2") ==
                 wp_review_pick_sprint (document, "Sprint 2"));
  g_assert_null (wp_review_pick_sprint (document, "Sprint 99"));

  wp_document_set_strv (document, sprint, WP_SPRINT_REVIEW_SLIDES, chosen);
  kinds = wp_review_get_kinds (sprint);
  g_assert_cmpuint (kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (kinds, WpSlideKind, 0), ==, WP_SLIDE_DISCUSSION);
  g_assert_cmpint (g_array_index (kinds, WpSlideKind, 1), ==, WP_SLIDE_GOAL);
  slides = wp_review_build (document, sprint, test_day ("2026-11-28"));
  g_assert_cmpuint (slides->len, ==, 2);
  g_assert_cmpstr (((WpSlide *) g_ptr_array_index (slides, 1))->lead, ==,
                   "Record a full-day hike in the background without draining the battery.");
}

static void
test_release_forecast (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  g_autoptr(GArray) first = wp_release_forecasts (document, test_day ("2026-11-28"));
  g_autoptr(GArray) again = wp_release_forecasts (document, test_day ("2026-11-28"));
  WpReleaseForecast *mvp;

  /* Both releases have work left above their lines. */
  g_assert_cmpuint (first->len, ==, 2);
  mvp = &g_array_index (first, WpReleaseForecast, 0);
  g_assert_cmpstr (wp_entity_get_id (mvp->release), ==, "rel-mvp");
  g_assert_cmpfloat (mvp->remaining, ==, wp_release_remaining_points (document, mvp->release));
  g_assert_cmpfloat (mvp->remaining, >, 0);

  /* Seeded by the release: the same document, the same dates. */
  g_assert_cmpuint (mvp->forecast.days[WP_P50], ==,
                    g_array_index (again, WpReleaseForecast, 0).forecast.days[WP_P50]);
  g_assert_cmpuint (mvp->forecast.sprints[WP_P50], <=, mvp->forecast.sprints[WP_P85]);
  /* From the day after the latest sprint, Sprint 5 (7 to 18 December), in sprints of 12 days. */
  g_assert_cmpuint ((mvp->forecast.days[WP_P50] - test_day ("2026-12-19") + 1) % 12, ==, 0);

  /* Long after the last sprint, the next one starts today: no forecast lies in the past. */
  {
    g_autoptr(GArray) later = wp_release_forecasts (document, test_day ("2027-06-01"));

    g_assert_cmpuint (g_array_index (later, WpReleaseForecast, 0).forecast.days[WP_P50], >=,
                      test_day ("2027-06-01"));
  }
}

/* A memo gives what running again gives, and runs again what changed: a later start, more work. */
static void
test_forecast_memo (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  g_autoptr(WpForecastMemo) memo = wp_forecast_memo_new ();
  WpEntity *first_item = wp_document_lookup (document, WP_KIND_ITEM, "item-004");
  const char *days[] = { "2026-11-28", "2026-11-28", "2027-06-01", "2027-06-01" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GArray) remembered = NULL, fresh = NULL;

      if (i == 3)
        wp_document_set_number (document, first_item, WP_ITEM_ESTIMATE, 40);
      remembered = wp_release_forecasts_memo (document, test_day (days[i]), memo);
      fresh = wp_release_forecasts (document, test_day (days[i]));
      g_assert_cmpuint (remembered->len, ==, fresh->len);
      for (guint r = 0; r < fresh->len; r++)
        g_assert_cmpmem (&g_array_index (remembered, WpReleaseForecast, r).forecast,
                         sizeof (WpForecast), &g_array_index (fresh, WpReleaseForecast, r).forecast,
                         sizeof (WpForecast));
    }
}

static void
test_burndown_and_table (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT, "sprint-3");
  g_autoptr(GArray) burndown = wp_sprint_burndown (document, sprint);
  g_autoptr(GHashTable) table = wp_sprint_points_table (document);
  WpSprintPoints *points = g_hash_table_lookup (table, "sprint-4");

  /* 9 to 20 November: 32 points as it starts, 24 of them done by the 19th, 8 left over. */
  g_assert_cmpuint (burndown->len, ==, 13);
  g_assert_cmpfloat (g_array_index (burndown, double, 0), ==, 32);
  g_assert_cmpfloat (g_array_index (burndown, double, 1), ==, 32);
  g_assert_cmpfloat (g_array_index (burndown, double, 11), ==, 8);
  g_assert_cmpfloat (g_array_index (burndown, double, 12), ==, 8);
  g_assert_cmpfloat (points->committed, ==,
                     wp_sprint_committed_points (document,
                                                 wp_document_lookup (document, WP_KIND_SPRINT,
                                                                     "sprint-4")));
  g_assert_cmpfloat (points->completed, ==, 5);
}

static WpEntity *
add_item (WpDocument *document,
          const char *title,
          const char *epic,
          const char *done)
{
  g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, NULL);

  wp_document_add (document, item);
  wp_document_set_string (document, item, WP_ITEM_TITLE, title);
  wp_document_set_string (document, item, WP_ITEM_SPRINT, "s1");
  wp_document_set_string (document, item, WP_ITEM_EPIC, epic);
  wp_document_set_number (document, item, WP_ITEM_ESTIMATE, 2);
  wp_document_set_string (document, item, WP_ITEM_DONE, done);

  return item;
}

/* Items with and without an epic, in either order; what was left over after closing. */
static void
test_delivered_and_left_over (void)
{
  g_autoptr(WpDocument) document = wp_document_new ();
  g_autoptr(WpEntity) sprint = wp_entity_new (WP_TYPE_SPRINT, "s1");
  g_autoptr(WpEntity) epic = wp_entity_new (WP_TYPE_ITEM, "e1");
  g_autoptr(WpSlide) delivered = NULL;
  g_autoptr(WpSlide) left = NULL;

  wp_document_add (document, sprint);
  wp_document_set_string (document, sprint, WP_SPRINT_NAME, "Sprint 1");
  wp_document_set_string (document, sprint, WP_SPRINT_STATE, "active");
  wp_document_add (document, epic);
  wp_document_set_string (document, epic, WP_ITEM_TITLE, "Maps");
  wp_document_set_string (document, epic, WP_ITEM_KIND, "epic");
  add_item (document, "With an epic", "e1", "2026-11-02");
  add_item (document, "Without one", NULL, "2026-11-03");
  add_item (document, "Not done", NULL, NULL);
  wp_sprint_close (document, sprint, NULL);

  delivered = wp_review_slide_new (document, sprint, WP_SLIDE_DELIVERED, test_day ("2026-11-28"));
  g_assert_cmpuint (delivered->lines->len, ==, 4);
  g_assert_cmpstr (line_at (delivered, 0)->text, ==, "Maps");
  g_assert_cmpstr (line_at (delivered, 2)->text, ==, "Other items");
  g_assert_cmpstr (line_at (delivered, 3)->text, ==, "Without one");

  /* Closing took it out of the sprint; the review still names it, and the points it was. */
  left = wp_review_slide_new (document, sprint, WP_SLIDE_NOT_DELIVERED, test_day ("2026-11-28"));
  g_assert_cmpstr (left->lead, ==, "1 item, 2 points");
  g_assert_cmpstr (line_at (left, 0)->text, ==, "Not done");
  g_assert_cmpfloat (wp_sprint_committed_points (document, sprint), ==, 6);
}

static void
test_plan_items (void)
{
  g_autoptr(WpDocument) document = load_sample ();
  WpEntity *sprint = wp_document_lookup (document, WP_KIND_SPRINT, "sprint-5");
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GListModel *all = wp_document_get_list (document, WP_KIND_ITEM);
  double before = wp_sprint_committed_points (document, sprint);
  g_autofree char *label = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (all); i < n && items->len < 2; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (all, i);

      if (wp_entity_get_string (item, WP_ITEM_SPRINT) == NULL &&
          wp_entity_get_number (item, WP_ITEM_ESTIMATE) > 0)
        g_ptr_array_add (items, item);
    }
  g_assert_cmpuint (items->len, ==, 2);

  label = wp_sprint_plan_items (document, sprint, items);
  g_assert_cmpstr (label, ==, "Add 2 items to “Sprint 5”");
  g_assert_cmpfloat (wp_sprint_committed_points (document, sprint), >, before);
  g_assert_true (wp_document_undo (document));
  g_assert_cmpfloat (wp_sprint_committed_points (document, sprint), ==, before);
  g_clear_pointer (&label, g_free);

  g_ptr_array_set_size (items, 1);
  label = wp_sprint_plan_items (document, NULL, items);
  g_assert_true (g_str_has_prefix (label, "Take “"));
  g_assert_null (wp_entity_get_string (g_ptr_array_index (items, 0), WP_ITEM_SPRINT));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/slides-of-a-closed-sprint", test_slides_of_a_closed_sprint);
  g_test_add_func ("/review/chosen-slides-and-sprint", test_chosen_slides_and_sprint);
  g_test_add_func ("/review/release-forecast", test_release_forecast);
  g_test_add_func ("/review/forecast-memo", test_forecast_memo);
  g_test_add_func ("/review/burndown-and-table", test_burndown_and_table);
  g_test_add_func ("/review/plan-items", test_plan_items);
  g_test_add_func ("/review/delivered-and-left-over", test_delivered_and_left_over);

  return g_test_run ();
}
