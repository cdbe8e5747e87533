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

#include "wp-date.h"
#include "wp-drag-scroll.h"
#include "wp-format.h"
#include "wp-page.h"
#include "wp-review.h"
#include "wp-sprint-plan.h"
#include "wp-sprints-view-private.h"
#include "wp-text-match.h"
#include "wp-velocity.h"
#include "wp-widget-utils.h"

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpSprintsView, wp_sprints_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

static guint
state_order (WpEntity *sprint)
{
  const char *state = wp_sprint_get_state (sprint);

  return g_str_equal (state, "active") ? 0 : g_str_equal (state, "planned") ? 1 : 2;
}

/*
 * Active, then planned by start, then closed newest first: the last one is
 * what a review looks back on.
 */
static int
compare_sprints (gconstpointer a,
                 gconstpointer b)
{
  WpEntity *x = *(WpEntity **) a, *y = *(WpEntity **) b;
  int by_state = (int) state_order (x) - (int) state_order (y);
  int by_start = g_strcmp0 (wp_entity_get_string (x, WP_SPRINT_START),
                            wp_entity_get_string (y, WP_SPRINT_START));

  if (by_state != 0)
    return by_state;

  return state_order (x) == 2 ? -by_start : by_start;
}

/* "1 Sep 2026 – 14 Sep 2026 · 8 of 13 points", from wp_sprint_points_table(). */
char *
_wp_sprints_view_sprint_facts (WpEntity   *sprint,
                               GHashTable *points)
{
  WpSprintPoints *found = g_hash_table_lookup (points, wp_entity_get_id (sprint));
  g_autofree char *start = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_START));
  g_autofree char *end = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_END));
  g_autofree char *committed = wp_format_number (found != NULL ? found->committed : 0);
  g_autofree char *completed = wp_format_number (found != NULL ? found->completed : 0);

  /* Translators: a sprint's dates, its completed and committed points (plural by these) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s · %s of %s point",
                                       "%s – %s · %s of %s points",
                                       (gulong) (found != NULL ? found->committed : 0)),
                          start ? start : "", end ? end : "", completed, committed);
}

WpEntity *
_wp_sprints_view_selected_sprint (WpSprintsView *self)
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

  return id != NULL && self->document != NULL
           ? wp_document_lookup (self->document, WP_KIND_SPRINT, id)
           : NULL;
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
  g_autofree char *facts_text = _wp_sprints_view_sprint_facts (sprint, points);
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
  description = goal_text != NULL && goal_text[0] != '\0'
                  ? g_strdup_printf ("%s\n%s", facts_text, goal_text)
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

/* Ctrl+F, or typing in the list: the sprints whose name or goal holds the
 * text. Rows that do not are hidden, not filtered: GTK 4.8 tells a screen
 * reader a filtered row is still there. */

static gboolean
matches_search (WpSprintsView *self,
                GtkWidget     *row)
{
  WpEntity *sprint = sprint_of_row (self, GTK_LIST_BOX_ROW (row));

  return self->search_text == NULL || sprint == NULL ||
         wp_text_holds (wp_entity_get_string (sprint, WP_SPRINT_NAME), self->search_text) ||
         wp_text_holds (wp_entity_get_string (sprint, WP_SPRINT_GOAL), self->search_text);
}

static void
apply_search (WpSprintsView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sprint_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      gtk_widget_set_visible (row, matches_search (self, row));
  gtk_list_box_invalidate_headers (self->sprint_list);
}

static void
on_search_changed (WpSprintsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_text, g_free);
  if (gtk_search_bar_get_search_mode (self->search_bar) && text[0] != '\0')
    self->search_text = wp_text_fold (text);
  apply_search (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
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

void
_wp_sprints_view_fill (WpSprintsView *self)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) points = wp_sprint_points_table (self->document);
  GtkListBoxRow *select = NULL;

  self->stale = FALSE;
  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (sprints, i));
  g_ptr_array_sort (sorted, compare_sprints);
  if (_wp_sprints_view_selected_sprint (self) == NULL)
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
  apply_search (self);
  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, sorted->len > 0 ? "list" : "empty");
  _wp_sprints_view_show_detail (self, points, TRUE);
}

static gboolean
fill_later (gpointer user_data)
{
  WpSprintsView *self = user_data;

  self->fill_source = 0;
  if (self->document != NULL)
    _wp_sprints_view_fill (self);

  return G_SOURCE_REMOVE;
}

/*
 * Every item edit, a board drop too, changes the points: a hidden page counts
 * them when it shows.
 */
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
  /* The cumulative flow draws the board's columns. */
  if (WP_IS_SPRINT (entity) || WP_IS_ITEM (entity) || WP_IS_RELEASE (entity) ||
      WP_IS_COLUMN (entity))
    queue_fill (self);
}

static void
select_sprint (WpSprintsView *self,
               WpEntity      *sprint)
{
  g_free (self->selected);
  self->selected = g_strdup (wp_entity_get_id (sprint));
  _wp_sprints_view_fill (self);
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
  _wp_sprints_view_show_detail (self, points, FALSE);
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
  name = wp_sprint_new_name (self->document, 1);
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

  return _wp_sprints_view_selected_sprint (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  wp_sprints_view_add_sprint (WP_SPRINTS_VIEW (widget));
}

void
wp_sprints_view_set_document (WpSprintsView *self,
                              WpDocument    *document)
{
  g_return_if_fail (WP_IS_SPRINTS_VIEW (self));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_SPRINT),
                                            self);
      g_signal_handlers_disconnect_by_data (wp_document_get_list (self->document, WP_KIND_ITEM),
                                            self);
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
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_COLUMN), "items-changed",
                           G_CALLBACK (queue_fill), self, G_CONNECT_SWAPPED);
  _wp_sprints_view_fill (self);
}

static void
wp_sprints_view_map (GtkWidget *widget)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);

  GTK_WIDGET_CLASS (wp_sprints_view_parent_class)->map (widget);
  if (self->stale && self->document != NULL)
    _wp_sprints_view_fill (self);
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
  g_free (WP_SPRINTS_VIEW (object)->search_text);

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
  g_type_ensure (WP_TYPE_CAPACITY_GAUGE);
  g_type_ensure (WP_TYPE_THROUGHPUT_FORECAST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/sprints/wp-sprints-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, content);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, search_entry);
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
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, capacity_gauge);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, backlog_column);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, sprint_items);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, backlog_items);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, burndown_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, velocity_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, forecast_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, cycle_time_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, flow_chart);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, throughput_forecast);
  gtk_widget_class_bind_template_callback (widget_class, on_sprint_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sprint_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);

  gtk_widget_class_install_action (widget_class, "sprints.add", NULL, add_action);
  /* Ctrl+N, through the window. */
  gtk_widget_class_install_action (widget_class, "page.new", NULL, add_action);
  /* Ctrl+F, through the window. */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  _wp_sprints_view_class_init_detail (widget_class);
  _wp_sprints_view_class_init_plan (widget_class);
}

static void
wp_sprints_view_init (WpSprintsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->sprint_list, update_header, self, NULL);
  wp_search_bar_attach (self->search_bar, self->search_entry, GTK_WIDGET (self->sprint_list));
  _wp_sprints_view_init_plan (self);
  /* Stacked in a narrow window, the lists are apart: a drag near an edge scrolls to the other. */
  wp_drag_scroll_attach (GTK_SCROLLED_WINDOW (self->content));
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (on_folded), self,
                           G_CONNECT_SWAPPED);
  on_folded (self);
}
