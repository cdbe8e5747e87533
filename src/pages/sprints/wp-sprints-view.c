/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpSprintsView is the Sprints page. On the left, the sprints by state
 * (active, planned, closed newest first); on the right, the selected one:
 * its name, goal, dates and whether the goal was met, a capacity gauge (the
 * average velocity of the last three closed sprints against the points
 * planned), its items beside the top of the backlog (drag an item from one
 * list to the other, or press Enter on it, to plan it in or out), and its
 * burndown, the velocity and the release forecast. "+" or Ctrl+N plans a new
 * sprint after the latest one, Start makes a planned sprint the active one,
 * Close ends it and asks where unfinished items go. Each is one undo step.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wp-choices.h"
#include "wp-date-button.h"
#include "wp-drag-scroll.h"
#include "wp-export-file.h"
#include "wp-item-format.h"
#include "wp-list-drop.h"
#include "wp-review-export.h"
#include "wp-slides-dialog.h"
#include "wp-sprint-chart.h"
#include "wp-sprint-plan.h"
#include "wp-page.h"
#include "wp-sprints-view.h"
#include "wp-time-scale.h"
#include "wp-toast.h"
#include "wp-velocity.h"

/* Items the "Top of the Backlog" list offers. */
#define BACKLOG_ROWS 15

struct _WpSprintsView
{
  AdwBin          parent_instance;

  GtkStack       *stack;
  AdwLeaflet     *leaflet;
  GtkWidget      *content;
  GtkListBox     *sprint_list;
  GtkWidget      *back_button;
  GtkLabel       *name_label;
  GtkLabel       *facts_label;
  GtkButton      *state_button;
  AdwEntryRow    *name_row;
  AdwEntryRow    *goal_row;
  WpDateButton   *start_button;
  WpDateButton   *end_button;
  AdwComboRow    *outcome_row;
  GtkWidget      *capacity_box;
  GtkLabel       *capacity_label;
  GtkLevelBar    *capacity_bar;
  GtkWidget      *backlog_column;
  GtkListBox     *sprint_items;
  GtkListBox     *backlog_items;
  WpSprintChart  *burndown_chart;
  WpSprintChart  *velocity_chart;
  WpSprintChart  *forecast_chart;

  WpDocument     *document;
  char           *selected;     /* the id of the sprint shown */
  guint           fill_source;
  gboolean        stale;        /* changed while hidden: filled when shown */
  gboolean        loading;      /* showing the document, not editing it */
};

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpSprintsView, wp_sprints_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

static const char *
state_of (WpEntity *sprint)
{
  const char *state = wp_entity_get_string (sprint, WP_SPRINT_STATE);

  return state != NULL ? state : "planned";
}

static guint
state_order (WpEntity *sprint)
{
  const char *state = state_of (sprint);

  return g_str_equal (state, "active") ? 0 : g_str_equal (state, "planned") ? 1 : 2;
}

/* Active, then planned by start, then closed newest first: the last one is what a review looks back on. */
static int
compare_sprints (gconstpointer a,
                 gconstpointer b)
{
  WpEntity *x = *(WpEntity **) a, *y = *(WpEntity **) b;
  int by_state = (int) state_order (x) - (int) state_order (y);
  int by_start = g_strcmp0 (wp_entity_get_string (x, WP_SPRINT_START), wp_entity_get_string (y, WP_SPRINT_START));

  if (by_state != 0)
    return by_state;

  return state_order (x) == 2 ? -by_start : by_start;
}

/* "1 Sep 2026 – 14 Sep 2026 · 8 of 13 points", from wp_sprint_points_table(). */
static char *
sprint_facts (WpEntity   *sprint,
              GHashTable *points)
{
  WpSprintPoints *found = g_hash_table_lookup (points, wp_entity_get_id (sprint));
  g_autofree char *start = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_START));
  g_autofree char *end = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_END));
  g_autofree char *committed = wp_format_number (found != NULL ? found->committed : 0);
  g_autofree char *completed = wp_format_number (found != NULL ? found->completed : 0);

  /* Translators: a sprint's dates, then its completed and committed points; plural by the committed */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s · %s of %s point", "%s – %s · %s of %s points",
                                       (gulong) (found != NULL ? found->committed : 0)),
                          start ? start : "", end ? end : "", completed, committed);
}

static WpEntity *
selected_sprint (WpSprintsView *self)
{
  if (self->document == NULL || self->selected == NULL)
    return NULL;

  return wp_document_lookup (self->document, WP_KIND_SPRINT, self->selected);
}

static WpEntity *
sprint_of_row (WpSprintsView *self,
               GtkListBoxRow *row)
{
  const char *id = row != NULL ? g_object_get_data (G_OBJECT (row), "wp-id") : NULL;

  return id != NULL && self->document != NULL ? wp_document_lookup (self->document, WP_KIND_SPRINT, id) : NULL;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  WpSprintsView *self = user_data;
  WpEntity *sprint = sprint_of_row (self, row);
  WpEntity *previous = sprint_of_row (self, before);
  GtkWidget *header;
  guint order;

  if (sprint == NULL || (previous != NULL && state_order (previous) == state_order (sprint)))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  order = state_order (sprint);
  header = gtk_label_new (order == 0 ? _("Active") : order == 1 ? _("Planned") : _("Closed"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 12 : 6);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
new_sprint_row (WpEntity   *sprint,
                GHashTable *points)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (wp_entity_get_display_name (sprint));
  g_autofree char *facts_text = sprint_facts (sprint, points);
  GtkWidget *facts = gtk_label_new (facts_text);
  const char *goal_text = wp_entity_get_string (sprint, WP_SPRINT_GOAL);
  g_autofree char *description = NULL;

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (facts), 0);
  gtk_label_set_ellipsize (GTK_LABEL (facts), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (facts, "caption");
  gtk_widget_add_css_class (facts, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), facts);
  if (goal_text != NULL && goal_text[0] != '\0')
    {
      GtkWidget *goal = gtk_label_new (goal_text);

      gtk_label_set_xalign (GTK_LABEL (goal), 0);
      gtk_label_set_ellipsize (GTK_LABEL (goal), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (goal, "caption");
      gtk_box_append (GTK_BOX (box), goal);
    }
  description = goal_text != NULL && goal_text[0] != '\0' ? g_strdup_printf ("%s\n%s", facts_text, goal_text)
                                                           : g_strdup (facts_text);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  wp_entity_get_display_name (sprint),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  g_object_set_data_full (G_OBJECT (row), "wp-id", g_strdup (wp_entity_get_id (sprint)), g_free);

  return row;
}

/* The points an item counts for, "5 points", and where it is on the board. */
static char *
item_facts (WpSprintsView *self,
            WpEntity      *item)
{
  double estimate = wp_entity_get_number (item, WP_ITEM_ESTIMATE);
  const char *status = wp_referenced_name (self->document, WP_KIND_COLUMN, wp_entity_get_string (item, WP_ITEM_STATUS));
  g_autofree char *estimate_text = NULL;

  if (wp_entity_get_string (item, WP_ITEM_DONE) != NULL)
    status = _("Done");
  estimate_text = estimate >= 0 ? wp_format_points (estimate) : g_strdup (_("Not estimated"));
  if (status == NULL || status[0] == '\0')
    return g_steal_pointer (&estimate_text);

  return g_strdup_printf ("%s · %s", estimate_text, status);
}

/* What a planning row offers when dragged: its item. */
static GObject *
item_of_row (GtkWidget *row)
{
  return g_object_ref (g_object_get_data (G_OBJECT (row), "wp-item"));
}

/* A row of either planning list: Enter, a click on its button or a drag moves it to the other list. */
static GtkWidget *
new_item_row (WpSprintsView *self,
              WpEntity      *item,
              gboolean       planned,
              gboolean       editable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *facts = item_facts (self, item);
  const char *title = wp_entity_get_display_name (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts);
  /* Titles that wrap are shaped again at every width the lists are measured at: one line, ellipsized. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  wp_widget_set_tooltip (row, title);
  g_object_set_data_full (G_OBJECT (row), "wp-id", g_strdup (wp_entity_get_id (item)), g_free);
  if (!editable)
    return row;

  {
    GtkWidget *button = gtk_button_new_from_icon_name (planned ? "list-remove-symbolic" : "list-add-symbolic");
    /* Translators: the buttons beside items when planning a sprint; %s is an item */
    g_autofree char *name = g_strdup_printf (planned ? _("Take “%s” out of the sprint") : _("Add “%s” to the sprint"), title);

    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (button, "flat");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", wp_entity_get_id (item));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), planned ? "sprints.unplan-item" : "sprints.plan-item");
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    wp_widget_set_tooltip (button, name);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

    g_object_set_data_full (G_OBJECT (row), "wp-item", g_object_ref (item), g_object_unref);
    wp_list_drop_add_drag_source (row, item_of_row);
  }

  return row;
}

static gboolean
is_candidate (WpEntity *item)
{
  return wp_entity_get_string (item, WP_ITEM_SPRINT) == NULL && wp_entity_get_string (item, WP_ITEM_DONE) == NULL &&
         g_strcmp0 (wp_entity_get_string (item, WP_ITEM_KIND), "epic") != 0;
}

static void
fill_items (WpSprintsView *self,
            WpEntity      *sprint)
{
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  gboolean editable = !g_str_equal (state_of (sprint), "closed");
  guint offered = 0;

  wp_list_box_remove_all (self->sprint_items);
  wp_list_box_remove_all (self->backlog_items);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), wp_entity_get_id (sprint)) == 0)
        gtk_list_box_append (self->sprint_items, new_item_row (self, item, TRUE, editable));
      else if (editable && offered < BACKLOG_ROWS && is_candidate (item))
        {
          gtk_list_box_append (self->backlog_items, new_item_row (self, item, FALSE, TRUE));
          offered++;
        }
    }
}

/* What the team has shown it can do: the average of the last three closed sprints. */
static void
show_capacity (WpSprintsView *self,
               WpEntity      *sprint,
               GHashTable    *points)
{
  WpSprintPoints *found = g_hash_table_lookup (points, wp_entity_get_id (sprint));
  double capacity = round (wp_velocity_average (self->document, 3) * 10) / 10;
  double planned = found != NULL ? found->committed : 0;
  g_autofree char *capacity_text = wp_format_number (capacity);
  g_autofree char *planned_text = wp_format_number (planned);
  g_autofree char *text = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->capacity_label), "error");
  if (capacity <= 0)
    /* Translators: the capacity gauge before any sprint was closed */
    text = g_strdup_printf (_("%s points planned. The capacity shows once a sprint has been closed."), planned_text);
  else if (planned > capacity)
    {
      g_autofree char *over = wp_format_number (planned - capacity);

      /* Translators: the capacity gauge: planned points, capacity, points over */
      text = g_strdup_printf (_("%s points planned, %s over the capacity of %s (the average of the last three sprints)"),
                              planned_text, over, capacity_text);
      gtk_widget_add_css_class (GTK_WIDGET (self->capacity_label), "error");
    }
  else
    /* Translators: the capacity gauge: planned points of the capacity */
    text = g_strdup_printf (_("%s of %s points planned (the capacity: the average of the last three sprints)"),
                            planned_text, capacity_text);

  gtk_label_set_text (self->capacity_label, text);
  gtk_level_bar_set_max_value (self->capacity_bar, MAX (capacity, 1));
  gtk_level_bar_set_value (self->capacity_bar, MIN (planned, MAX (capacity, 1)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->capacity_bar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
show_state_button (WpSprintsView *self,
                   WpEntity      *sprint)
{
  const char *state = state_of (sprint);
  gboolean planned = g_str_equal (state, "planned");
  g_autofree char *name = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->state_button), !g_str_equal (state, "closed"));
  gtk_button_set_label (self->state_button, planned ? C_("sprint", "Start") : C_("sprint", "Close…"));
  /* Translators: the accessible names of the Start and Close buttons; %s is a sprint */
  name = g_strdup_printf (planned ? _("Start “%s”") : _("Close “%s”"), wp_entity_get_display_name (sprint));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->state_button), "s", wp_entity_get_id (sprint));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->state_button), planned ? "sprints.start" : "sprints.close");
  if (planned)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_button), "suggested-action");
}

static guint
outcome_index (WpEntity *sprint)
{
  const char *outcome = wp_entity_get_string (sprint, WP_SPRINT_GOAL_MET);

  /* The combo row's first choice is "Not judged yet", then the format's outcomes in their order. */
  for (guint i = 0; wp_goal_outcomes[i] != NULL; i++)
    if (g_strcmp0 (outcome, wp_goal_outcomes[i]) == 0)
      return i + 1;

  return 0;
}

/* What is being typed stays until it is applied. */
static void
show_text (AdwEntryRow *row,
           const char  *text)
{
  if (!wp_widget_has_focus_within (GTK_WIDGET (row)))
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/*
 * Shows the selected sprint. The velocity and the forecast are the same for
 * every sprint: they are drawn again only when the document changed.
 */
static void
show_detail (WpSprintsView *self,
             GHashTable    *points,
             gboolean       changed)
{
  WpEntity *sprint = selected_sprint (self);
  g_autofree char *facts = NULL;
  gboolean closed;

  if (sprint == NULL)
    return;

  self->loading = TRUE;
  closed = g_str_equal (state_of (sprint), "closed");
  facts = sprint_facts (sprint, points);
  gtk_label_set_text (self->name_label, wp_entity_get_display_name (sprint));
  gtk_label_set_text (self->facts_label, facts);
  show_state_button (self, sprint);
  show_text (self->name_row, wp_entity_get_string (sprint, WP_SPRINT_NAME));
  show_text (self->goal_row, wp_entity_get_string (sprint, WP_SPRINT_GOAL));
  wp_date_button_set_date (self->start_button, wp_entity_get_string (sprint, WP_SPRINT_START));
  wp_date_button_set_date (self->end_button, wp_entity_get_string (sprint, WP_SPRINT_END));
  adw_combo_row_set_selected (self->outcome_row, outcome_index (sprint));
  gtk_widget_set_visible (self->capacity_box, !closed);
  gtk_widget_set_visible (self->backlog_column, !closed);
  if (!closed)
    show_capacity (self, sprint, points);
  fill_items (self, sprint);
  wp_sprint_chart_show (self->burndown_chart, self->document, sprint);
  if (changed)
    {
      wp_sprint_chart_show (self->velocity_chart, self->document, sprint);
      wp_sprint_chart_show (self->forecast_chart, self->document, sprint);
    }
  self->loading = FALSE;
}

/* The sprint a page opens on: the active one, else the latest closed, else the first planned. */
static char *
default_selection (WpSprintsView *self,
                   GPtrArray     *sorted)
{
  WpEntity *sprint = wp_review_pick_sprint (self->document, NULL);

  if (sprint == NULL && sorted->len > 0)
    sprint = g_ptr_array_index (sorted, 0);

  return sprint != NULL ? g_strdup (wp_entity_get_id (sprint)) : NULL;
}

static void
fill (WpSprintsView *self)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) points = wp_sprint_points_table (self->document);
  GtkListBoxRow *select = NULL;

  self->stale = FALSE;
  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (sprints, i));
  g_ptr_array_sort (sorted, compare_sprints);
  if (selected_sprint (self) == NULL)
    {
      g_free (self->selected);
      self->selected = default_selection (self, sorted);
    }

  self->loading = TRUE;
  wp_list_box_remove_all (self->sprint_list);
  for (guint i = 0; i < sorted->len; i++)
    {
      WpEntity *sprint = g_ptr_array_index (sorted, i);
      GtkWidget *row = new_sprint_row (sprint, points);

      gtk_list_box_append (self->sprint_list, row);
      if (g_strcmp0 (wp_entity_get_id (sprint), self->selected) == 0)
        select = GTK_LIST_BOX_ROW (row);
    }
  gtk_list_box_select_row (self->sprint_list, select);
  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, sorted->len > 0 ? "list" : "empty");
  show_detail (self, points, TRUE);
}

static gboolean
fill_later (gpointer user_data)
{
  WpSprintsView *self = user_data;

  self->fill_source = 0;
  if (self->document != NULL)
    fill (self);

  return G_SOURCE_REMOVE;
}

/* Every item edit, a board drop too, changes the points: a hidden page counts them when it shows. */
static void
queue_fill (WpSprintsView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->fill_source == 0)
    self->fill_source = g_idle_add (fill_later, self);
}

static void
on_document_changed (WpSprintsView *self,
                     WpEntity      *entity)
{
  if (WP_IS_SPRINT (entity) || WP_IS_ITEM (entity) || WP_IS_RELEASE (entity))
    queue_fill (self);
}

static void
select_sprint (WpSprintsView *self,
               WpEntity      *sprint)
{
  g_free (self->selected);
  self->selected = g_strdup (wp_entity_get_id (sprint));
  fill (self);
}

static void
on_sprint_selected (WpSprintsView *self,
                    GtkListBoxRow *row)
{
  WpEntity *sprint = sprint_of_row (self, row);
  g_autoptr(GHashTable) points = NULL;

  if (self->loading || sprint == NULL)
    return;

  g_free (self->selected);
  self->selected = g_strdup (wp_entity_get_id (sprint));
  points = wp_sprint_points_table (self->document);
  show_detail (self, points, FALSE);
}

static void
on_sprint_activated (WpSprintsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked (WpSprintsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_folded (WpSprintsView *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
set_field (WpSprintsView *self,
           guint          field,
           const char    *value,
           const char    *label)
{
  WpEntity *sprint = selected_sprint (self);

  if (self->loading || sprint == NULL || g_strcmp0 (wp_entity_get_string (sprint, field), value) == 0)
    return;

  wp_document_begin (self->document, label);
  wp_document_set_string (self->document, sprint, field, value);
  wp_document_end (self->document);
}

static void
on_name_apply (WpSprintsView *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  /* An emptied name keeps the old one. */
  if (name[0] != '\0')
    set_field (self, WP_SPRINT_NAME, name, _("Rename Sprint"));
}

static void
on_goal_apply (WpSprintsView *self)
{
  g_autofree char *goal = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->goal_row))));

  set_field (self, WP_SPRINT_GOAL, goal, _("Change the Sprint Goal"));
}

static void
on_outcome_selected (WpSprintsView *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  if (selected <= g_strv_length ((GStrv) wp_goal_outcomes))
    set_field (self, WP_SPRINT_GOAL_MET, selected > 0 ? wp_goal_outcomes[selected - 1] : NULL, _("Judge the Sprint Goal"));
}

/* A first day after the last takes the last along, and a last day before the first the first: the sprint stays whole. */
static void
on_day_chosen (WpSprintsView *self,
               guint          day,
               WpDateButton  *button)
{
  WpEntity *sprint = selected_sprint (self);
  gboolean is_start = button == self->start_button;
  g_autofree char *day_text = wp_date_format (day);
  guint32 start = 0, end = 0;
  gboolean whole;

  if (sprint == NULL)
    return;

  whole = wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_START), &start) &&
          wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_END), &end);
  wp_document_begin (self->document, is_start ? _("Change the First Day of the Sprint") : _("Change the Last Day of the Sprint"));
  wp_document_set_string (self->document, sprint, is_start ? WP_SPRINT_START : WP_SPRINT_END, day_text);
  if (!whole || (is_start && day > end) || (!is_start && day < start))
    wp_document_set_string (self->document, sprint, is_start ? WP_SPRINT_END : WP_SPRINT_START, day_text);
  wp_document_end (self->document);
}

static WpEntity *
sprint_in_state (WpSprintsView *self,
                 const char    *state)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);

      if (g_str_equal (state_of (sprint), state))
        return sprint;
    }

  return NULL;
}

/* Where a closing sprint's unfinished items go next: the planned sprint that starts first. */
static WpEntity *
next_planned (WpSprintsView *self)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);
  WpEntity *next = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);
      const char *start = wp_entity_get_string (sprint, WP_SPRINT_START);

      if (!g_str_equal (state_of (sprint), "planned"))
        continue;
      if (next == NULL || (start != NULL && (wp_entity_get_string (next, WP_SPRINT_START) == NULL ||
                                             strcmp (start, wp_entity_get_string (next, WP_SPRINT_START)) < 0)))
        next = sprint;
    }

  return next;
}

/**
 * wp_sprints_view_add_sprint:
 * @self: the sprints page
 *
 * Plans a new sprint, "Sprint N", after the latest one and as long as it
 * was (or from today for two weeks), as one undo step, and shows it.
 *
 * Returns: (transfer none) (nullable): the new sprint
 */
WpEntity *
wp_sprints_view_add_sprint (WpSprintsView *self)
{
  g_autoptr(WpEntity) sprint = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  guint32 start, end;

  g_return_val_if_fail (WP_IS_SPRINTS_VIEW (self), NULL);

  if (self->document == NULL)
    return NULL;

  wp_sprint_next_dates (self->document, wp_date_today (), &start, &end);
  start_text = wp_date_format (start);
  end_text = wp_date_format (end);
  /* Translators: the name of a new sprint; %u counts the sprints */
  name = g_strdup_printf (_("Sprint %u"), g_list_model_get_n_items (wp_document_get_list (self->document, WP_KIND_SPRINT)) + 1);
  /* Translators: undo label; %s is a sprint */
  label = g_strdup_printf (_("Plan “%s”"), name);
  sprint = wp_entity_new (WP_TYPE_SPRINT, NULL);

  wp_document_begin (self->document, label);
  wp_document_add (self->document, sprint);
  wp_document_set_string (self->document, sprint, WP_SPRINT_NAME, name);
  wp_document_set_string (self->document, sprint, WP_SPRINT_START, start_text);
  wp_document_set_string (self->document, sprint, WP_SPRINT_END, end_text);
  wp_document_end (self->document);
  select_sprint (self, sprint);
  gtk_widget_grab_focus (GTK_WIDGET (self->goal_row));

  return sprint;
}

/**
 * wp_sprints_view_get_selected:
 * @self: the sprints page
 *
 * Returns: (transfer none) (nullable): the sprint shown
 */
WpEntity *
wp_sprints_view_get_selected (WpSprintsView *self)
{
  g_return_val_if_fail (WP_IS_SPRINTS_VIEW (self), NULL);

  return selected_sprint (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  wp_sprints_view_add_sprint (WP_SPRINTS_VIEW (widget));
}

static WpEntity *
lookup_param (WpSprintsView *self,
              WpKind         kind,
              GVariant      *param)
{
  return self->document != NULL ? wp_document_lookup (self->document, kind, g_variant_get_string (param, NULL)) : NULL;
}

/* One sprint at a time is active: another one must be closed first. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = lookup_param (self, WP_KIND_SPRINT, param);
  WpEntity *active;
  g_autofree char *label = NULL;

  if (sprint == NULL)
    return;

  active = sprint_in_state (self, "active");
  if (active != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Close “%s” first: one sprint runs at a time"),
                                                  wp_entity_get_display_name (active));

      wp_show_toast (widget, message, FALSE);
      return;
    }

  /* Translators: undo label; %s is a sprint */
  label = g_strdup_printf (_("Start “%s”"), wp_entity_get_display_name (sprint));
  wp_document_begin (self->document, label);
  wp_document_set_string (self->document, sprint, WP_SPRINT_STATE, "active");
  wp_document_end (self->document);
  fill (self);
}

static void
close_into (WpSprintsView *self,
            WpEntity      *sprint,
            WpEntity      *next)
{
  g_autofree char *message = NULL;
  guint moved = wp_sprint_close (self->document, sprint, next);

  if (next != NULL)
    /* Translators: a toast after closing a sprint; the first %s is the sprint, the second the next one */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closed “%s”: %u unfinished item moved to “%s”",
                                            "Closed “%s”: %u unfinished items moved to “%s”", moved),
                               wp_entity_get_display_name (sprint), moved, wp_entity_get_display_name (next));
  else
    /* Translators: a toast after closing a sprint; %s is the sprint */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closed “%s”: %u unfinished item is back at the top of the backlog",
                                            "Closed “%s”: %u unfinished items are back at the top of the backlog", moved),
                               wp_entity_get_display_name (sprint), moved);
  wp_show_toast (GTK_WIDGET (self), message, TRUE);
  fill (self);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   WpSprintsView    *self)
{
  WpEntity *sprint = self->document != NULL ? wp_document_lookup (self->document, WP_KIND_SPRINT,
                                                                  g_object_get_data (G_OBJECT (dialog), "wp-sprint"))
                                            : NULL;
  WpEntity *next = self->document != NULL ? wp_document_lookup (self->document, WP_KIND_SPRINT,
                                                                g_object_get_data (G_OBJECT (dialog), "wp-next"))
                                          : NULL;

  if (sprint == NULL || g_str_equal (response, "cancel"))
    return;

  close_into (self, sprint, g_str_equal (response, "next") ? next : NULL);
}

/* Unfinished items go to the top of the backlog or into the next planned sprint: the Product Owner says which. */
static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = lookup_param (self, WP_KIND_SPRINT, param);
  WpEntity *next;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *points = NULL;
  g_autofree char *into = NULL;
  g_autoptr(GPtrArray) unfinished = NULL;

  if (sprint == NULL)
    return;

  unfinished = wp_sprint_items (self->document, sprint, FALSE);
  if (unfinished->len == 0)
    {
      close_into (self, sprint, NULL);
      return;
    }

  next = next_planned (self);
  points = wp_format_points (wp_items_points (unfinished));
  /* Translators: the heading of the dialog closing a sprint; %s is the sprint */
  heading = g_strdup_printf (_("Close “%s”?"), wp_entity_get_display_name (sprint));
  /* Translators: %u counts unfinished items, %s is their points ("13 points") */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item (%s) is not finished. Where does it go?",
                                       "%u items (%s) are not finished. Where do they go?", unfinished->len),
                          unfinished->len, points);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "backlog", _("Top of the _Backlog"), NULL);
  if (next != NULL)
    {
      /* A sprint's own underscores are not mnemonics. */
      g_auto(GStrv) parts = g_strsplit (wp_entity_get_display_name (next), "_", -1);
      g_autofree char *escaped = g_strjoinv ("__", parts);

      /* Translators: a response of the dialog closing a sprint; %s is the next sprint */
      into = g_strdup_printf (_("_Into “%s”"), escaped);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "next", into);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "next", ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (dialog), "wp-next", g_strdup (wp_entity_get_id (next)), g_free);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), next != NULL ? "next" : "backlog");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "wp-sprint", g_strdup (wp_entity_get_id (sprint)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plan_one (WpSprintsView *self,
          WpEntity      *item,
          WpEntity      *sprint)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  if (item == NULL || !WP_IS_ITEM (item))
    return;
  if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_SPRINT), sprint != NULL ? wp_entity_get_id (sprint) : NULL) == 0)
    return;

  g_ptr_array_add (items, item);
  g_free (wp_sprint_plan_items (self->document, sprint, items));
  fill (self);
}

static void
plan_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = selected_sprint (self);

  if (sprint != NULL && !g_str_equal (state_of (sprint), "closed"))
    plan_one (self, lookup_param (self, WP_KIND_ITEM, param), g_str_equal (action_name, "sprints.plan-item") ? sprint : NULL);
}

/* Enter on a row plans it in or out, like its button. */
static void
on_item_activated (WpSprintsView *self,
                   GtkListBoxRow *row,
                   GtkListBox    *list)
{
  const char *id = g_object_get_data (G_OBJECT (row), "wp-id");

  if (id != NULL && gtk_list_box_row_get_activatable (row))
    gtk_widget_activate_action (GTK_WIDGET (self), list == self->sprint_items ? "sprints.unplan-item" : "sprints.plan-item",
                                "s", id);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WpSprintsView *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  WpEntity *item = g_value_get_object (value);
  WpEntity *sprint = selected_sprint (self);

  /* An item dragged from another window's product is not this one's to plan. */
  if (item == NULL || sprint == NULL || g_str_equal (state_of (sprint), "closed") ||
      wp_document_lookup (self->document, WP_KIND_ITEM, wp_entity_get_id (item)) != item)
    return FALSE;

  plan_one (self, item, list == GTK_WIDGET (self->sprint_items) ? sprint : NULL);

  return TRUE;
}

static void
add_drop_target (WpSprintsView *self,
                 GtkListBox    *list)
{
  GtkDropTarget *target = gtk_drop_target_new (WP_TYPE_ITEM, GDK_ACTION_MOVE);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (list), GTK_EVENT_CONTROLLER (target));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 24);
  gtk_widget_set_margin_bottom (label, 24);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

void
wp_sprints_view_set_document (WpSprintsView *self,
                              WpDocument    *document)
{
  g_return_if_fail (WP_IS_SPRINTS_VIEW (self));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_SPRINT), self);
      g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_ITEM), self);
    }
  g_set_object (&self->document, document);
  g_clear_pointer (&self->selected, g_free);
  if (document == NULL)
    return;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_SPRINT), "items-changed",
                           G_CALLBACK (queue_fill), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_ITEM), "items-changed",
                           G_CALLBACK (queue_fill), self, G_CONNECT_SWAPPED);
  fill (self);
}

static void
choose_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = selected_sprint (self);

  if (sprint != NULL)
    gtk_window_present (GTK_WINDOW (wp_slides_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->document,
                                                          sprint)));
}

typedef struct {
  WpDocument *document;
  WpEntity   *sprint;
} ReviewExport;

static void
review_export_free (gpointer data)
{
  ReviewExport *export = data;

  g_object_unref (export->document);
  g_object_unref (export->sprint);
  g_free (export);
}

static GBytes *
draw_review (gpointer   data,
             GError   **error)
{
  ReviewExport *export = data;

  return wp_review_export_pdf (export->document, export->sprint, wp_date_today (), error);
}

static void
export_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = selected_sprint (self);
  ReviewExport *export;
  g_autofree char *name = NULL;

  if (sprint == NULL)
    return;

  export = g_new0 (ReviewExport, 1);
  export->document = g_object_ref (self->document);
  export->sprint = g_object_ref (sprint);
  /* Translators: the suggested file name of an exported sprint review; %s is the sprint */
  name = g_strdup_printf (_("%s Review.pdf"), wp_entity_get_display_name (sprint));
  wp_export_file_ask (widget, _("Export the Sprint Review"), name, draw_review, export, review_export_free);
}

static void
wp_sprints_view_map (GtkWidget *widget)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);

  GTK_WIDGET_CLASS (wp_sprints_view_parent_class)->map (widget);
  if (self->stale && self->document != NULL)
    fill (self);
}

static void
wp_sprints_view_dispose (GObject *object)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->fill_source, g_source_remove);

  G_OBJECT_CLASS (wp_sprints_view_parent_class)->dispose (object);
}

static void
wp_sprints_view_finalize (GObject *object)
{
  g_free (WP_SPRINTS_VIEW (object)->selected);

  G_OBJECT_CLASS (wp_sprints_view_parent_class)->finalize (object);
}

static WpEntity *
get_selected (WpPage *page,
              WpKind  kind)
{
  return kind == WP_KIND_SPRINT ? wp_sprints_view_get_selected (WP_SPRINTS_VIEW (page)) : NULL;
}

static void
page_iface_init (WpPageInterface *iface)
{
  iface->name = "sprints";
  iface->title = N_("Sprints");
  iface->icon_name = "media-playlist-repeat-symbolic";
  iface->set_document = (gpointer) wp_sprints_view_set_document;
  iface->get_selected = get_selected;
}

static void
wp_sprints_view_class_init (WpSprintsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_sprints_view_dispose;
  object_class->finalize = wp_sprints_view_finalize;
  widget_class->map = wp_sprints_view_map;

  g_type_ensure (WP_TYPE_DATE_BUTTON);
  g_type_ensure (WP_TYPE_SPRINT_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/pages/sprints/wp-sprints-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, content);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, sprint_list);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, name_label);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, facts_label);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, state_button);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, name_row);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, goal_row);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, start_button);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, end_button);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, capacity_box);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, capacity_label);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, capacity_bar);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, backlog_column);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, sprint_items);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, backlog_items);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, burndown_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, velocity_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, forecast_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_sprint_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sprint_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_day_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_item_activated);

  gtk_widget_class_install_action (widget_class, "sprints.add", NULL, add_action);
  /* Ctrl+N, through the window. */
  gtk_widget_class_install_action (widget_class, "page.new", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "sprints.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "sprints.close", "s", close_action);
  gtk_widget_class_install_action (widget_class, "sprints.export-review", NULL, export_review_action);
  gtk_widget_class_install_action (widget_class, "sprints.choose-slides", NULL, choose_slides_action);
  gtk_widget_class_install_action (widget_class, "sprints.plan-item", "s", plan_item_action);
  gtk_widget_class_install_action (widget_class, "sprints.unplan-item", "s", plan_item_action);
}

static void
wp_sprints_view_init (WpSprintsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->sprint_list, update_header, self, NULL);
  set_placeholder (self->sprint_items, _("Drag items here from the top of the backlog, or press Enter on one."));
  set_placeholder (self->backlog_items, _("Every open item is planned into a sprint."));
  add_drop_target (self, self->sprint_items);
  add_drop_target (self, self->backlog_items);
  /* Stacked in a narrow window, the lists are apart: a drag near an edge scrolls to the other. */
  wp_drag_scroll_attach (GTK_SCROLLED_WINDOW (self->content));
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (on_folded), self, G_CONNECT_SWAPPED);
  on_folded (self);
}
