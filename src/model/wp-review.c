/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The slides of a sprint review, made from the document: what the sprint set
 * out to do and whether it did, what was delivered (by epic) and what was not,
 * its burndown, the team's velocity, the release forecast, the roadmap's Now
 * and Next, what customers said during the sprint, the top of the backlog and
 * the notes of the discussion. The presentation and the PDF export both draw
 * these, so that what is shown is what is sent. Each slide keeps to what a
 * room can read: long lists end in "and N more".
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wp-date.h"
#include "wp-flow.h"
#include "wp-format.h"
#include "wp-monte-carlo.h"
#include "wp-review.h"
#include "wp-roadmap-layout.h"
#include "wp-velocity.h"

/* Lines a slide shows before "and N more", group names included. */
#define MAX_LINES 9
/* Closed sprints the velocity slide names. */
#define VELOCITY_SPRINTS 6

/* The flow charts are there to be chosen: a review without them is as it always was. */
static const struct {
  const char *id;
  const char *name;
  gboolean    by_default;
} kinds[WP_N_SLIDE_KINDS] = {
  { "title", N_("Title"), TRUE },
  { "goal", N_("Sprint Goal"), TRUE },
  { "delivered", N_("Delivered"), TRUE },
  { "not-delivered", N_("Not Delivered"), TRUE },
  { "burndown", N_("Burndown"), TRUE },
  { "velocity", N_("Velocity"), TRUE },
  { "forecast", N_("Release Forecast"), TRUE },
  { "cycle-time", N_("Cycle Time"), FALSE },
  { "flow", N_("Cumulative Flow"), FALSE },
  { "roadmap", N_("Roadmap: Now and Next"), TRUE },
  { "feedback", N_("Customer Feedback"), TRUE },
  { "next", N_("Next Up"), TRUE },
  { "discussion", N_("Discussion"), TRUE },
};

const char *
wp_slide_kind_id (WpSlideKind kind)
{
  g_return_val_if_fail (kind < WP_N_SLIDE_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
wp_slide_kind_from_id (const char  *id,
                       WpSlideKind *kind)
{
  for (guint i = 0; i < WP_N_SLIDE_KINDS; i++)
    if (g_strcmp0 (id, kinds[i].id) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/* The slide's name in the slide picker and the overview. */
const char *
wp_slide_kind_name (WpSlideKind kind)
{
  g_return_val_if_fail (kind < WP_N_SLIDE_KINDS, NULL);

  return _(kinds[kind].name);
}

/**
 * wp_review_pick_sprint:
 * @document: a document
 * @id_or_name: (nullable): a sprint's id or name, or %NULL for the one a
 *   review is most likely about
 *
 * Without @id_or_name, the active sprint, else the one that ended last.
 *
 * Returns: (transfer none) (nullable): the sprint
 */
WpEntity *
wp_review_pick_sprint (WpDocument *document,
                       const char *id_or_name)
{
  GListModel *sprints = wp_document_get_list (document, WP_KIND_SPRINT);
  WpEntity *best = NULL;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);

  if (id_or_name != NULL && wp_document_lookup (document, WP_KIND_SPRINT, id_or_name) != NULL)
    return wp_document_lookup (document, WP_KIND_SPRINT, id_or_name);

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      const char *state = wp_entity_get_string (sprint, WP_SPRINT_STATE);

      if (id_or_name != NULL)
        {
          if (g_strcmp0 (wp_entity_get_display_name (sprint), id_or_name) == 0)
            return sprint;
        }
      else if (g_strcmp0 (state, "active") == 0)
        return sprint;
      else if (g_strcmp0 (state, "closed") == 0 &&
               (best == NULL || g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_END),
                                           wp_entity_get_string (best, WP_SPRINT_END)) > 0))
        best = sprint;
    }

  return best;
}

/**
 * wp_review_get_kinds:
 * @sprint: a sprint
 *
 * Returns: (transfer full) (element-type WpSlideKind): the slides the
 *   presenter chose for @sprint's review, in their order; when none were
 *   chosen, all but the flow charts, in the default order
 */
GArray *
wp_review_get_kinds (WpEntity *sprint)
{
  const char * const *ids = wp_entity_get_strv (sprint, WP_SPRINT_REVIEW_SLIDES);
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (WpSlideKind));

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      WpSlideKind kind;

      if (wp_slide_kind_from_id (ids[i], &kind))
        g_array_append_val (chosen, kind);
    }
  if (chosen->len > 0)
    return chosen;

  for (WpSlideKind kind = 0; kind < WP_N_SLIDE_KINDS; kind++)
    if (kinds[kind].by_default)
      g_array_append_val (chosen, kind);

  return chosen;
}

static void
line_free (gpointer data)
{
  WpSlideLine *line = data;

  g_free (line->text);
  g_free (line->detail);
  g_free (line);
}

void
wp_slide_free (WpSlide *slide)
{
  if (slide == NULL)
    return;

  g_free (slide->heading);
  g_free (slide->lead);
  g_ptr_array_unref (slide->lines);
  g_free (slide);
}

static void
add_line (WpSlide    *slide,
          const char *text,
          const char *detail,
          gboolean    group)
{
  WpSlideLine *line = g_new0 (WpSlideLine, 1);

  line->text = g_strdup (text);
  line->detail = g_strdup (detail);
  line->group = group;
  g_ptr_array_add (slide->lines, line);
}

static void
add_item_line (WpSlide  *slide,
               WpEntity *item)
{
  double estimate = wp_entity_get_number (item, WP_ITEM_ESTIMATE);
  g_autofree char *points = estimate >= 0 ? wp_format_points (estimate) : NULL;

  add_line (slide, wp_entity_get_display_name (item), points, FALSE);
}

/* Ends a long list: "and 4 more". */
static void
add_more (WpSlide *slide,
          guint    more)
{
  g_autofree char *text = NULL;

  if (more == 0)
    return;

  /* Translators: the last line of a long list on a slide */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
  add_line (slide, text, NULL, FALSE);
}

static char *
count_text (GPtrArray *items)
{
  g_autofree char *points = wp_format_points (wp_items_points (items));

  /* Translators: "3 items, 13 points" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, %s", "%u items, %s", items->len),
                          items->len, points);
}

static void
fill_title (WpSlide    *slide,
            WpDocument *document,
            WpEntity   *sprint)
{
  g_autofree char *start = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_START));
  g_autofree char *end = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_END));
  const char *product = wp_entity_get_display_name (WP_ENTITY (wp_document_get_product (document)));

  g_free (slide->heading);
  slide->heading = g_strdup (wp_entity_get_display_name (sprint));
  /* Translators: under the sprint's name on the first slide: the product */
  slide->lead = g_strdup_printf (_("Sprint review of %s"),
                                 product[0] != '\0' ? product : _("the product"));
  if (start != NULL && end != NULL)
    {
      /* Translators: a sprint's first and last day */
      g_autofree char *dates = g_strdup_printf (_("%s – %s"), start, end);

      add_line (slide, dates, NULL, FALSE);
    }
}

static const char *
outcome_text (const char *outcome)
{
  if (g_strcmp0 (outcome, "met") == 0)
    return _("Goal met");
  if (g_strcmp0 (outcome, "partly") == 0)
    return _("Goal partly met");
  if (g_strcmp0 (outcome, "missed") == 0)
    return _("Goal not met");

  return _("Not judged yet");
}

static void
fill_goal (WpSlide    *slide,
           WpDocument *document,
           WpEntity   *sprint)
{
  const char *goal = wp_entity_get_string (sprint, WP_SPRINT_GOAL);
  g_autofree char *completed = wp_format_number (wp_sprint_completed_points (document, sprint));
  g_autofree char *committed = wp_format_number (wp_sprint_committed_points (document, sprint));
  g_autofree char *points = NULL;

  slide->lead = g_strdup (goal != NULL && goal[0] != '\0'
                          ? goal : _("No goal was set for this sprint."));
  add_line (slide, outcome_text (wp_entity_get_string (sprint, WP_SPRINT_GOAL_MET)), NULL, TRUE);
  /* Translators: on the goal slide: completed of committed points */
  points = g_strdup_printf (_("%s of %s points completed"), completed, committed);
  add_line (slide, points, NULL, FALSE);
}

static const char *
epic_of (WpDocument *document,
         WpEntity   *item)
{
  const char *id = wp_entity_get_string (item, WP_ITEM_EPIC);
  WpEntity *epic = id != NULL ? wp_document_lookup (document, WP_KIND_ITEM, id) : NULL;

  return epic != NULL ? wp_entity_get_display_name (epic) : NULL;
}

/* Groups by epic in the order the epics first come, items without one last. */
static void
fill_delivered (WpSlide    *slide,
                WpDocument *document,
                WpEntity   *sprint)
{
  g_autoptr(GPtrArray) done = wp_sprint_items (document, sprint, TRUE);
  g_autoptr(GPtrArray) epics = g_ptr_array_new ();
  guint shown = 0;

  slide->lead = done->len > 0 ? count_text (done)
                              : g_strdup (_("Nothing was finished in this sprint."));
  for (guint i = 0; i < done->len; i++)
    {
      const char *epic = epic_of (document, g_ptr_array_index (done, i));

      if (epic != NULL && !g_ptr_array_find_with_equal_func (epics, epic, g_str_equal, NULL))
        g_ptr_array_add (epics, (gpointer) epic);
    }
  g_ptr_array_add (epics, NULL);

  for (guint e = 0; e < epics->len; e++)
    {
      const char *epic = g_ptr_array_index (epics, e);
      gboolean named = FALSE;

      for (guint i = 0; i < done->len; i++)
        {
          WpEntity *item = g_ptr_array_index (done, i);

          gboolean needs_name = !named && (epic != NULL || epics->len > 1);

          if (g_strcmp0 (epic_of (document, item), epic) != 0)
            continue;
          if (slide->lines->len + needs_name >= MAX_LINES)
            continue;
          if (needs_name)
            add_line (slide, epic != NULL ? epic : _("Other items"), NULL, TRUE);
          named = TRUE;
          add_item_line (slide, item);
          shown++;
        }
    }
  add_more (slide, done->len - shown);
}

/* A closed sprint's unfinished items have left it; it names them. */
static GPtrArray *
unfinished_of (WpDocument *document,
               WpEntity   *sprint)
{
  const char * const *ids = wp_entity_get_strv (sprint, WP_SPRINT_UNFINISHED_ITEMS);
  GPtrArray *found;

  if (g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_STATE), "closed") != 0 ||
      ids == NULL || ids[0] == NULL)
    return wp_sprint_items (document, sprint, FALSE);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      WpEntity *item = wp_document_lookup (document, WP_KIND_ITEM, ids[i]);

      if (item != NULL)
        g_ptr_array_add (found, g_object_ref (item));
    }

  return found;
}

static void
fill_not_delivered (WpSlide    *slide,
                    WpDocument *document,
                    WpEntity   *sprint)
{
  g_autoptr(GPtrArray) open = unfinished_of (document, sprint);
  guint shown = MIN (open->len, MAX_LINES);

  slide->lead = open->len > 0 ? count_text (open)
                              : g_strdup (_("Everything planned was finished."));
  for (guint i = 0; i < shown; i++)
    add_item_line (slide, g_ptr_array_index (open, i));
  add_more (slide, open->len - shown);
}

static void
fill_burndown (WpSlide    *slide,
               WpDocument *document,
               WpEntity   *sprint)
{
  g_autoptr(GArray) remaining = wp_sprint_burndown (document, sprint);
  g_autofree char *committed = wp_format_number (wp_sprint_committed_points (document, sprint));
  g_autofree char *left = NULL;

  if (remaining->len == 0)
    {
      slide->lead = g_strdup (_("The sprint has no dates to draw a burndown over."));
      return;
    }

  left = wp_format_number (g_array_index (remaining, double, remaining->len - 1));
  /* Translators: under the burndown chart */
  slide->lead = g_strdup_printf (_("%s points committed, %s left at the end"), committed, left);
}

static void
fill_velocity (WpSlide    *slide,
               WpDocument *document)
{
  g_autoptr(GPtrArray) closed = wp_velocity_closed_sprints (document);
  g_autoptr(GArray) velocities = wp_velocity_history (document);
  g_autofree char *average = wp_format_number (round (wp_velocity_average (document, 3) * 10) / 10);
  guint first = closed->len > VELOCITY_SPRINTS ? closed->len - VELOCITY_SPRINTS : 0;

  if (closed->len == 0)
    {
      slide->lead = g_strdup (_("No sprint has been closed yet."));
      return;
    }

  /* Translators: under the velocity chart */
  slide->lead = g_strdup_printf (_("%s points a sprint on average over the last three"), average);
  for (guint i = first; i < closed->len; i++)
    {
      WpEntity *sprint = g_ptr_array_index (closed, i);
      g_autofree char *points = wp_format_points (g_array_index (velocities, double, i));

      add_line (slide, wp_entity_get_display_name (sprint), points, FALSE);
    }
}

static void
fill_cycle_time (WpSlide    *slide,
                 WpDocument *document,
                 WpEntity   *sprint,
                 guint32     today)
{
  g_autoptr(GArray) points = NULL;
  g_autofree guint *days = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint32 from, to;

  wp_flow_cycle_days (sprint, today, &from, &to);
  points = wp_flow_cycle_points (wp_document_get_flow (document), from, to);
  first = wp_format_day (from);
  last = wp_format_day (to);
  if (points->len == 0)
    {
      /* Translators: under the cycle-time chart; %s are days */
      slide->lead = g_strdup_printf (_("No item done from %s to %s has a recorded start."),
                                     first, last);
      return;
    }

  days = wp_flow_sorted_days (points);
  /* Translators: under the cycle-time chart: items done, two days, three numbers of days */
  slide->lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u item done from %s to %s. Days taken: 50%% "
                                              "up to %u, 85%% up to %u, 95%% up to %u",
                                              "%u items done from %s to %s. Days taken: 50%% "
                                              "up to %u, 85%% up to %u, 95%% up to %u",
                                              points->len),
                                 points->len, first, last,
                                 wp_monte_carlo_at_most (days, points->len, 50),
                                 wp_monte_carlo_at_most (days, points->len, 85),
                                 wp_monte_carlo_at_most (days, points->len, 95));
}

/* What the cumulative flow shows, and each column's items on its last day as a line. */
static void
fill_flow (WpSlide    *slide,
           WpDocument *document,
           WpEntity   *sprint,
           guint32     today)
{
  GListModel *columns = wp_document_get_list (document, WP_KIND_COLUMN);
  guint n_columns = g_list_model_get_n_items (columns);
  g_autoptr(GArray) counts = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint32 from, to;

  wp_flow_chart_days (sprint, today, &from, &to);
  counts = wp_flow_cumulative (wp_document_get_flow (document), from, to);
  first = wp_format_day (from);
  last = wp_format_day (to);
  /* Translators: under the cumulative flow diagram; %s are days */
  slide->lead = g_strdup_printf (_("The items in each column at the end of each day, from %s to "
                                   "%s"), first, last);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, c);
      g_autofree char *number = g_strdup_printf ("%u", g_array_index (counts, guint,
                                                                      (to - from) * n_columns +
                                                                      c));

      add_line (slide, wp_entity_get_display_name (column), number, FALSE);
    }
}

/**
 * wp_review_forecast_detail:
 * @row: a release's forecast
 *
 * Returns: (transfer full): its days as people read them, "11 Jan 2027
 *   likely, 25 Jan 2027 safe"
 */
char *
wp_review_forecast_detail (const WpReleaseForecast *row)
{
  g_autofree char *p50 = wp_format_day (row->forecast.days[WP_P50]);
  g_autofree char *p85 = wp_format_day (row->forecast.days[WP_P85]);

  /* Translators: a release's forecast: likely (50%) and safe (85%) days */
  return g_strdup_printf (_("%s likely, %s safe"), p50, p85);
}

static void
fill_forecast (WpSlide    *slide,
               WpDocument *document,
               guint32     today)
{
  g_autoptr(GArray) forecasts = wp_release_forecasts (document, today);

  for (guint i = 0; i < forecasts->len; i++)
    {
      WpReleaseForecast *row = &g_array_index (forecasts, WpReleaseForecast, i);
      g_autofree char *detail = wp_review_forecast_detail (row);

      add_line (slide, wp_entity_get_display_name (row->release), detail, FALSE);
    }

  if (slide->lines->len > 0)
    slide->lead = g_strdup (_("When the work above each release line is done: "
                              "in half of 10,000 simulated futures, and in 85 of 100"));
  else if (wp_velocity_average (document, G_MAXUINT) <= 0)
    slide->lead = g_strdup (_("A forecast needs a closed sprint that completed points."));
  else
    slide->lead = g_strdup (_("No release has work left above its line."));
}

static void
fill_roadmap (WpSlide    *slide,
              WpDocument *document,
              guint32     today)
{
  GListModel *entries = wp_document_get_list (document, WP_KIND_ENTRY);
  guint n = g_list_model_get_n_items (entries);
  guint shown = 0, more = 0;

  for (WpHorizon horizon = WP_HORIZON_NOW; horizon <= WP_HORIZON_NEXT; horizon++)
    {
      gboolean named = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WpEntity) entry = g_list_model_get_item (entries, i);

          if (wp_roadmap_entry_horizon (entry, today) != horizon)
            continue;
          if (shown >= MAX_LINES)
            {
              more++;
              continue;
            }
          if (!named)
            add_line (slide, horizon == WP_HORIZON_NOW ? _("Now") : _("Next"), NULL, TRUE);
          named = TRUE;
          add_line (slide, wp_entity_get_display_name (entry), NULL, FALSE);
          shown++;
        }
    }
  add_more (slide, more);
  if (shown == 0)
    slide->lead = g_strdup (_("Nothing on the roadmap runs now "
                              "or starts in the next three months."));
}

static int
compare_importance (gconstpointer a,
                    gconstpointer b)
{
  return wp_entity_get_int (*(WpEntity **) b, WP_FEEDBACK_IMPORTANCE) -
         wp_entity_get_int (*(WpEntity **) a, WP_FEEDBACK_IMPORTANCE);
}

/* What customers said between the sprint's first and last day, the most important first. */
static void
fill_feedback (WpSlide    *slide,
               WpDocument *document,
               WpEntity   *sprint)
{
  GListModel *feedback = wp_document_get_list (document, WP_KIND_FEEDBACK);
  g_autoptr(GPtrArray) heard = g_ptr_array_new_with_free_func (g_object_unref);
  const char *start = wp_entity_get_string (sprint, WP_SPRINT_START);
  const char *end = wp_entity_get_string (sprint, WP_SPRINT_END);
  guint shown;

  if (start == NULL || end == NULL)
    {
      slide->lead = g_strdup (_("The sprint has no dates to collect feedback between."));
      return;
    }

  for (guint i = 0, n = g_list_model_get_n_items (feedback); i < n; i++)
    {
      WpEntity *entry = g_list_model_get_item (feedback, i);
      const char *received = wp_entity_get_string (entry, WP_FEEDBACK_RECEIVED);

      /* Timestamps begin with their day, which compares as text. */
      if (received != NULL &&
          strncmp (received, start, 10) >= 0 && strncmp (received, end, 10) <= 0)
        g_ptr_array_add (heard, entry);
      else
        g_object_unref (entry);
    }
  g_ptr_array_sort (heard, compare_importance);

  shown = MIN (heard->len, MAX_LINES);
  slide->lead = heard->len > 0
    /* Translators: on the feedback slide */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry received during the sprint",
                                    "%u entries received during the sprint", heard->len),
                       heard->len)
    : g_strdup (_("No feedback was received during the sprint."));
  for (guint i = 0; i < shown; i++)
    {
      WpEntity *entry = g_ptr_array_index (heard, i);

      add_line (slide, wp_entity_get_string (entry, WP_FEEDBACK_TEXT),
                wp_entity_get_display_name (entry), FALSE);
    }
  add_more (slide, heard->len - shown);
}

/* The top of the backlog: open items in no sprint yet, or in a planned one. */
static void
fill_next (WpSlide    *slide,
           WpDocument *document,
           WpEntity   *sprint)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);

  slide->lead = g_strdup (_("The top of the backlog, for the next sprint"));
  for (guint i = 0, n = g_list_model_get_n_items (items);
       i < n && slide->lines->len < MAX_LINES; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      const char *in = wp_entity_get_string (item, WP_ITEM_SPRINT);
      WpEntity *other = in != NULL ? wp_document_lookup (document, WP_KIND_SPRINT, in) : NULL;

      if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL ||
          g_strcmp0 (wp_entity_get_string (item, WP_ITEM_KIND), "epic") == 0)
        continue;
      if (other == sprint ||
          (other != NULL &&
           g_strcmp0 (wp_entity_get_string (other, WP_SPRINT_STATE), "planned") != 0))
        continue;
      add_item_line (slide, item);
    }
}

static void
fill_discussion (WpSlide  *slide,
                 WpEntity *sprint)
{
  const char *notes = wp_entity_get_string (sprint, WP_SPRINT_REVIEW_NOTES);
  g_auto(GStrv) lines = g_strsplit (notes != NULL ? notes : "", "\n", -1);

  guint more = 0;

  slide->lead = g_strdup (_("Questions, remarks and ideas from the room"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_strstrip (lines[i])[0] == '\0')
        continue;
      if (slide->lines->len < MAX_LINES)
        add_line (slide, lines[i], NULL, FALSE);
      else
        more++;
    }
  add_more (slide, more);
}

/**
 * wp_review_slide_new:
 * @document: a document
 * @sprint: one of its sprints
 * @kind: which slide
 * @today: today, as a Julian day, for the forecast and the roadmap
 *
 * Returns: (transfer full): the slide, with its heading, lead and lines
 */
WpSlide *
wp_review_slide_new (WpDocument  *document,
                     WpEntity    *sprint,
                     WpSlideKind  kind,
                     guint32      today)
{
  WpSlide *slide;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), NULL);
  g_return_val_if_fail (kind < WP_N_SLIDE_KINDS, NULL);

  slide = g_new0 (WpSlide, 1);
  slide->kind = kind;
  slide->heading = g_strdup (wp_slide_kind_name (kind));
  slide->lines = g_ptr_array_new_with_free_func (line_free);

  switch (kind)
    {
    case WP_SLIDE_TITLE: fill_title (slide, document, sprint); break;
    case WP_SLIDE_GOAL: fill_goal (slide, document, sprint); break;
    case WP_SLIDE_DELIVERED: fill_delivered (slide, document, sprint); break;
    case WP_SLIDE_NOT_DELIVERED: fill_not_delivered (slide, document, sprint); break;
    case WP_SLIDE_BURNDOWN: fill_burndown (slide, document, sprint); break;
    case WP_SLIDE_VELOCITY: fill_velocity (slide, document); break;
    case WP_SLIDE_FORECAST: fill_forecast (slide, document, today); break;
    case WP_SLIDE_CYCLE_TIME: fill_cycle_time (slide, document, sprint, today); break;
    case WP_SLIDE_FLOW: fill_flow (slide, document, sprint, today); break;
    case WP_SLIDE_ROADMAP: fill_roadmap (slide, document, today); break;
    case WP_SLIDE_FEEDBACK: fill_feedback (slide, document, sprint); break;
    case WP_SLIDE_NEXT: fill_next (slide, document, sprint); break;
    case WP_SLIDE_DISCUSSION: fill_discussion (slide, sprint); break;
    case WP_N_SLIDE_KINDS: default: g_assert_not_reached ();
    }
  if (slide->lead == NULL)
    slide->lead = g_strdup ("");

  return slide;
}

/**
 * wp_review_build:
 * @document: a document
 * @sprint: one of its sprints
 * @today: today, as a Julian day
 *
 * Returns: (transfer full) (element-type WpSlide): the slides chosen for
 *   @sprint's review, in their order
 */
GPtrArray *
wp_review_build (WpDocument *document,
                 WpEntity   *sprint,
                 guint32     today)
{
  g_autoptr(GArray) chosen = wp_review_get_kinds (sprint);
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_slide_free);

  for (guint i = 0; i < chosen->len; i++)
    g_ptr_array_add (slides, wp_review_slide_new (document, sprint,
                                                  g_array_index (chosen, WpSlideKind, i), today));

  return slides;
}
