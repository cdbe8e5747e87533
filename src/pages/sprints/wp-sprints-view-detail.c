/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The selected sprint on the Sprints page: its name, goal, dates and whether
 * the goal was met, each edit one undo step; Start (one sprint runs at a
 * time) and Close, which asks where unfinished items go; its capacity gauge
 * and charts; choosing the review's slides. Its menu's Export Review as PDF…
 * is the window's win.export::review-pdf, which exports the sprint selected here.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-choices.h"
#include "wp-date.h"
#include "wp-format.h"
#include "wp-slides-dialog.h"
#include "wp-sprint-plan.h"
#include "wp-sprints-view-private.h"
#include "wp-toast.h"
#include "wp-velocity.h"
#include "wp-widget-utils.h"

static void
show_state_button (WpSprintsView *self,
                   WpEntity      *sprint)
{
  const char *state = wp_sprint_get_state (sprint);
  gboolean planned = g_str_equal (state, "planned");
  g_autofree char *name = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->state_button), !g_str_equal (state, "closed"));
  gtk_button_set_label (self->state_button,
                        planned ? C_("sprint", "Start") : C_("sprint", "Close…"));
  /* Translators: the accessible names of the Start and Close buttons; %s is a sprint */
  name = g_strdup_printf (planned ? _("Start “%s”") : _("Close “%s”"),
                          wp_entity_get_display_name (sprint));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->state_button), "s",
                                    wp_entity_get_id (sprint));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->state_button),
                                  planned ? "sprints.start" : "sprints.close");
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

static double
planned_points (WpEntity   *sprint,
                GHashTable *points)
{
  WpSprintPoints *found = g_hash_table_lookup (points, wp_entity_get_id (sprint));

  return found != NULL ? found->committed : 0;
}

/*
 * Shows the selected sprint. The velocity and the forecast are the same for
 * every sprint: they are drawn again only when the document changed.
 */
void
_wp_sprints_view_show_detail (WpSprintsView *self,
                              GHashTable    *points,
                              gboolean       changed)
{
  WpEntity *sprint = _wp_sprints_view_selected_sprint (self);
  g_autofree char *facts = NULL;
  gboolean closed;

  if (sprint == NULL)
    return;

  self->loading = TRUE;
  closed = g_str_equal (wp_sprint_get_state (sprint), "closed");
  facts = _wp_sprints_view_sprint_facts (sprint, points);
  gtk_label_set_text (self->name_label, wp_entity_get_display_name (sprint));
  gtk_label_set_text (self->facts_label, facts);
  show_state_button (self, sprint);
  show_text (self->name_row, wp_entity_get_string (sprint, WP_SPRINT_NAME));
  show_text (self->goal_row, wp_entity_get_string (sprint, WP_SPRINT_GOAL));
  wp_date_button_set_date (self->start_button, wp_entity_get_string (sprint, WP_SPRINT_START));
  wp_date_button_set_date (self->end_button, wp_entity_get_string (sprint, WP_SPRINT_END));
  adw_combo_row_set_selected (self->outcome_row, outcome_index (sprint));
  gtk_widget_set_visible (GTK_WIDGET (self->capacity_gauge), !closed);
  gtk_widget_set_visible (self->backlog_column, !closed);
  if (!closed)
    wp_capacity_gauge_show (self->capacity_gauge, self->document, planned_points (sprint, points));
  _wp_sprints_view_fill_items (self, sprint);
  wp_sprint_chart_show (self->burndown_chart, self->document, sprint);
  wp_sprint_chart_show (self->cycle_time_chart, self->document, sprint);
  wp_sprint_chart_show (self->flow_chart, self->document, sprint);
  if (changed)
    {
      wp_sprint_chart_show (self->velocity_chart, self->document, sprint);
      wp_sprint_chart_show (self->forecast_chart, self->document, sprint);
      wp_throughput_forecast_show (self->throughput_forecast, self->document);
    }
  self->loading = FALSE;
}

static void
set_field (WpSprintsView *self,
           guint          field,
           const char    *value,
           const char    *label)
{
  WpEntity *sprint = _wp_sprints_view_selected_sprint (self);

  if (self->loading || sprint == NULL ||
      g_strcmp0 (wp_entity_get_string (sprint, field), value) == 0)
    return;

  wp_document_begin (self->document, label);
  wp_document_set_string (self->document, sprint, field, value);
  wp_document_end (self->document);
}

static void
on_name_apply (WpSprintsView *self)
{
  g_autofree char *name =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  /* An emptied name keeps the old one. */
  if (name[0] != '\0')
    set_field (self, WP_SPRINT_NAME, name, _("Rename Sprint"));
}

static void
on_goal_apply (WpSprintsView *self)
{
  g_autofree char *goal =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->goal_row))));

  set_field (self, WP_SPRINT_GOAL, goal, _("Change the Sprint Goal"));
}

static void
on_outcome_selected (WpSprintsView *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  if (selected <= g_strv_length ((GStrv) wp_goal_outcomes))
    set_field (self, WP_SPRINT_GOAL_MET, selected > 0 ? wp_goal_outcomes[selected - 1] : NULL,
               _("Judge the Sprint Goal"));
}

/*
 * A first day after the last takes the last along, and a last day before the
 * first the first: the sprint stays whole.
 */
static void
on_day_chosen (WpSprintsView *self,
               guint          day,
               WpDateButton  *button)
{
  WpEntity *sprint = _wp_sprints_view_selected_sprint (self);
  gboolean is_start = button == self->start_button;
  g_autofree char *day_text = wp_date_format (day);
  guint32 start = 0, end = 0;
  gboolean whole;

  if (sprint == NULL)
    return;

  whole = wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_START), &start) &&
          wp_date_parse (wp_entity_get_string (sprint, WP_SPRINT_END), &end);
  wp_document_begin (self->document, is_start ? _("Change the First Day of the Sprint")
                                              : _("Change the Last Day of the Sprint"));
  wp_document_set_string (self->document, sprint, is_start ? WP_SPRINT_START : WP_SPRINT_END,
                          day_text);
  if (!whole || (is_start && day > end) || (!is_start && day < start))
    wp_document_set_string (self->document, sprint, is_start ? WP_SPRINT_END : WP_SPRINT_START,
                            day_text);
  wp_document_end (self->document);
}

WpEntity *
_wp_sprints_view_lookup_param (WpSprintsView *self,
                               WpKind         kind,
                               GVariant      *param)
{
  return self->document != NULL
           ? wp_document_lookup (self->document, kind, g_variant_get_string (param, NULL))
           : NULL;
}

/* One sprint at a time is active: another one must be closed first. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = _wp_sprints_view_lookup_param (self, WP_KIND_SPRINT, param);
  WpEntity *active;
  g_autofree char *label = NULL;

  if (sprint == NULL)
    return;

  active = wp_sprint_in_state (self->document, "active");
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
  _wp_sprints_view_fill (self);
}

static void
close_into (WpSprintsView *self,
            WpEntity      *sprint,
            WpEntity      *next)
{
  g_autofree char *message = NULL;
  guint moved = wp_sprint_close (self->document, sprint, next);
  const char *name = wp_entity_get_display_name (sprint);

  if (next != NULL)
    /* Translators: a toast after closing a sprint; %s are the sprint and the next one */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closed “%s”: %u unfinished item "
                                            "moved to “%s”", "Closed “%s”: %u unfinished items "
                                            "moved to “%s”", moved),
                               name, moved, wp_entity_get_display_name (next));
  else
    /* Translators: a toast after closing a sprint; %s is the sprint */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closed “%s”: %u unfinished item "
                                            "is back at the top of the backlog", "Closed “%s”: "
                                            "%u unfinished items are back at the top of the "
                                            "backlog", moved),
                               name, moved);
  wp_show_toast (GTK_WIDGET (self), message, TRUE);
  _wp_sprints_view_fill (self);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   WpSprintsView    *self)
{
  WpEntity *sprint = self->document != NULL
                       ? wp_document_lookup (self->document, WP_KIND_SPRINT,
                                             g_object_get_data (G_OBJECT (dialog), "wp-sprint"))
                       : NULL;
  WpEntity *next = self->document != NULL
                     ? wp_document_lookup (self->document, WP_KIND_SPRINT,
                                           g_object_get_data (G_OBJECT (dialog), "wp-next"))
                     : NULL;

  if (sprint == NULL || g_str_equal (response, "cancel"))
    return;

  close_into (self, sprint, g_str_equal (response, "next") ? next : NULL);
}

/*
 * Unfinished items go to the top of the backlog or into the next planned
 * sprint: the Product Owner says which.
 */
static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = _wp_sprints_view_lookup_param (self, WP_KIND_SPRINT, param);
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

  next = wp_sprint_next_planned (self->document);
  points = wp_format_points (wp_items_points (unfinished));
  /* Translators: the heading of the dialog closing a sprint; %s is the sprint */
  heading = g_strdup_printf (_("Close “%s”?"), wp_entity_get_display_name (sprint));
  /* Translators: %u counts unfinished items, %s is their points ("13 points") */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item (%s) is not finished. Where "
                                       "does it go?", "%u items (%s) are not finished. Where "
                                       "do they go?", unfinished->len),
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
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "next",
                                                  ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (dialog), "wp-next", g_strdup (wp_entity_get_id (next)),
                              g_free);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           next != NULL ? "next" : "backlog");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "wp-sprint", g_strdup (wp_entity_get_id (sprint)),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
choose_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpSprintsView *self = WP_SPRINTS_VIEW (widget);
  WpEntity *sprint = _wp_sprints_view_selected_sprint (self);

  if (sprint != NULL)
    gtk_window_present (GTK_WINDOW (wp_slides_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                          self->document, sprint)));
}

void
_wp_sprints_view_class_init_detail (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_day_chosen);
  gtk_widget_class_install_action (widget_class, "sprints.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "sprints.close", "s", close_action);
  gtk_widget_class_install_action (widget_class, "sprints.choose-slides", NULL,
                                   choose_slides_action);
}
