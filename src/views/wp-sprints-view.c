/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpSprintsView is the Sprints page: the sprints by state (active, planned,
 * closed), each with its dates, its committed and completed points and its
 * goal; "+" or Ctrl+N plans a new sprint after the latest one, Start makes a
 * planned sprint the active one, Close ends the active sprint and puts its
 * unfinished items back at the top of the backlog. Each is one undo step.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-item-format.h"
#include "wp-sprint-plan.h"
#include "wp-sprints-view.h"
#include "wp-time-scale.h"
#include "wp-toast.h"
#include "wp-velocity.h"

struct _WpSprintsView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  AdwPreferencesGroup *active_group;
  AdwPreferencesGroup *planned_group;
  AdwPreferencesGroup *closed_group;

  WpDocument          *document;
  GPtrArray           *rows;        /* (row, group) pairs shown */
  guint                fill_source;
  gboolean             stale;       /* changed while hidden: filled when shown */
};

G_DEFINE_FINAL_TYPE (WpSprintsView, wp_sprints_view, ADW_TYPE_BIN)

/* "1 Sep 2026 – 14 Sep 2026 · 8 of 13 points" */
static char *
sprint_facts (WpSprintsView *self,
              WpEntity      *sprint)
{
  g_autofree char *start = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_START));
  g_autofree char *end = wp_format_date (wp_entity_get_string (sprint, WP_SPRINT_END));
  g_autofree char *committed = wp_format_number (wp_sprint_committed_points (self->document, sprint));
  g_autofree char *completed = wp_format_number (wp_sprint_completed_points (self->document, sprint));
  const char *goal = wp_entity_get_string (sprint, WP_SPRINT_GOAL);
  g_autofree char *facts = NULL;

  /* Translators: a sprint's dates, then its completed and committed points */
  facts = g_strdup_printf (_("%s – %s · %s of %s points"), start ? start : "", end ? end : "", completed, committed);
  if (goal == NULL || goal[0] == '\0')
    return g_steal_pointer (&facts);

  return g_strdup_printf ("%s\n%s", facts, goal);
}

static GtkWidget *
state_button (WpEntity   *sprint,
              const char *state)
{
  gboolean planned = g_str_equal (state, "planned");
  GtkWidget *button = gtk_button_new_with_label (planned ? C_("sprint", "Start") : C_("sprint", "Close"));
  g_autofree char *name = g_strdup_printf (planned ? _("Start “%s”") : _("Close “%s”"),
                                           wp_entity_get_display_name (sprint));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), planned ? "sprints.start" : "sprints.close");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", wp_entity_get_id (sprint));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (planned)
    gtk_widget_add_css_class (button, "suggested-action");

  return button;
}

static AdwPreferencesGroup *
group_of (WpSprintsView *self,
          const char    *state)
{
  if (g_strcmp0 (state, "active") == 0)
    return self->active_group;
  if (g_strcmp0 (state, "closed") == 0)
    return self->closed_group;

  return self->planned_group;
}

static void
clear_rows (WpSprintsView *self)
{
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rows, i + 1), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

/* Closed sprints come newest first: the last one is what a review looks back on. */
static void
fill (WpSprintsView *self)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);
  guint n = g_list_model_get_n_items (sprints);

  clear_rows (self);
  self->stale = FALSE;
  for (guint k = 0; k < 2 * n; k++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, k < n ? k : 2 * n - 1 - k);
      const char *state = wp_entity_get_string (sprint, WP_SPRINT_STATE);
      AdwPreferencesGroup *group = group_of (self, state);
      GtkWidget *row;
      g_autofree char *facts = NULL;

      if ((k < n) == (g_strcmp0 (state, "closed") == 0))
        continue;
      row = adw_action_row_new ();
      facts = sprint_facts (self, sprint);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_entity_get_display_name (sprint));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      if (g_strcmp0 (state, "closed") != 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), state_button (sprint, state ? state : "planned"));
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->rows, group);
    }

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
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
  if (WP_IS_SPRINT (entity) || WP_IS_ITEM (entity))
    queue_fill (self);
}

static WpEntity *
sprint_in_state (WpSprintsView *self,
                 const char    *state)
{
  GListModel *sprints = wp_document_get_list (self->document, WP_KIND_SPRINT);

  for (guint i = 0, n = g_list_model_get_n_items (sprints); i < n; i++)
    {
      g_autoptr(WpEntity) sprint = g_list_model_get_item (sprints, i);

      if (g_strcmp0 (wp_entity_get_string (sprint, WP_SPRINT_STATE), state) == 0)
        return sprint;
    }

  return NULL;
}

/**
 * wp_sprints_view_add_sprint:
 * @self: the sprints page
 *
 * Plans a new sprint, "Sprint N", after the latest one and as long as it
 * was (or from today for two weeks), as one undo step.
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
  fill (self);

  return sprint;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  wp_sprints_view_add_sprint (WP_SPRINTS_VIEW (widget));
}

static WpEntity *
sprint_from (WpSprintsView *self,
             GVariant      *param)
{
  return self->document != NULL ? wp_document_lookup (self->document, WP_KIND_SPRINT, g_variant_get_string (param, NULL))
                                : NULL;
}

/* One sprint at a time is active: another one must be closed first. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = sprint_from (self, param);
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
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = sprint_from (self, param);
  g_autofree char *message = NULL;
  guint moved;

  if (sprint == NULL)
    return;

  moved = wp_sprint_close (self->document, sprint, NULL);
  /* Translators: a toast after closing a sprint; %s is the sprint */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closed “%s”: %u unfinished item is back at the top of the backlog",
                                          "Closed “%s”: %u unfinished items are back at the top of the backlog", moved),
                             wp_entity_get_display_name (sprint), moved);
  wp_show_toast (widget, message, TRUE);
  fill (self);
}

void
wp_sprints_view_set_document (WpSprintsView *self,
                              WpDocument    *document)
{
  g_return_if_fail (WP_IS_SPRINTS_VIEW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  clear_rows (self);
  if (document == NULL)
    return;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_SPRINT), "items-changed",
                           G_CALLBACK (queue_fill), self, G_CONNECT_SWAPPED);
  fill (self);
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
  g_clear_pointer (&WP_SPRINTS_VIEW (object)->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_sprints_view_parent_class)->finalize (object);
}

static void
wp_sprints_view_class_init (WpSprintsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_sprints_view_dispose;
  object_class->finalize = wp_sprints_view_finalize;
  widget_class->map = wp_sprints_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-sprints-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, active_group);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, planned_group);
  gtk_widget_class_bind_template_child (widget_class, WpSprintsView, closed_group);

  gtk_widget_class_install_action (widget_class, "sprints.add", NULL, add_action);
  /* Ctrl+N, through the window. */
  gtk_widget_class_install_action (widget_class, "page.new", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "sprints.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "sprints.close", "s", close_action);
}

static void
wp_sprints_view_init (WpSprintsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
