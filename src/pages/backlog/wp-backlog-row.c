/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpBacklogRow shows one entry of the ranked backlog: an item with its
 * position, kind, title and planning facts, or a release's cut line with the
 * points above it. Its accessible name starts with the item's title or the
 * release's name. An item's title can be edited in place.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-backlog-row.h"
#include "wp-format.h"
#include "wp-score.h"
#include "wp-item-words.h"
#include "wp-widget-utils.h"

struct _WpBacklogRow
{
  AdwBin      parent_instance;

  GtkStack   *stack;
  GtkLabel   *number_label;
  GtkImage   *kind_image;
  GtkStack   *title_stack;
  GtkLabel   *title_label;
  GtkEntry   *title_entry;
  GtkImage   *flag_image;
  GtkLabel   *labels_label;
  GtkLabel   *epic_label;
  GtkLabel   *planning_label;
  GtkLabel   *moscow_label;
  GtkLabel   *value_effort_label;
  GtkLabel   *demand_label;
  GtkLabel   *estimate_label;
  GtkLabel   *release_label;
  GtkLabel   *points_label;
  GtkLabel   *forecast_label;
  GtkMenuButton *score_button;
  GtkLabel   *score_explanation;
  GtkBox     *release_lines;
  GtkBox     *release_box;
  GtkWidget  *release_rule;

  WpDocument *document;
  WpEntity   *entity;
  char       *described;   /* the item in words, for the accessible name */
  char       *mismatch;    /* why the item is flagged, or NULL */
  guint       number;
  guint       customers;
  double      points;
  char       *forecast;      /* the 85% day of the work above a release line, or NULL */
  char       *forecast_more; /* its 50% day */
  char       *preview;       /* what a drop being hovered would make of the forecast, or NULL */
  gboolean    preview_late;
  gboolean    late;          /* the 85% day is after the release's date */
  int         score;         /* the WpScoreKind shown at the end, or -1 for none */
  gboolean    compact;
};

G_DEFINE_FINAL_TYPE (WpBacklogRow, wp_backlog_row, ADW_TYPE_BIN)

WpBacklogRow *
wp_backlog_row_new (void)
{
  return g_object_new (WP_TYPE_BACKLOG_ROW, NULL);
}

/**
 * wp_backlog_row_get_entity:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the item or release shown
 */
WpEntity *
wp_backlog_row_get_entity (WpBacklogRow *self)
{
  g_return_val_if_fail (WP_IS_BACKLOG_ROW (self), NULL);

  return self->entity;
}

/* Facts that a narrow window leaves out, so that the title stays readable. */
static void
set_secondary_text (WpBacklogRow *self,
                    GtkLabel     *label,
                    const char   *text)
{
  wp_label_set_text_or_hide (label, self->compact ? NULL : text);
}

/*
 * Items above a release line belong to it. An item whose stored release says
 * otherwise (an imported or hand-edited file) is flagged, never changed.
 *
 * Returns: (transfer full) (nullable): why the item is flagged
 */
static char *
release_mismatch (WpBacklogRow *self)
{
  const char *stored = wp_entity_get_string (self->entity, WP_ITEM_RELEASE);
  WpRelease *placed = wp_document_release_at (self->document,
                                              wp_entity_get_string (self->entity, WP_ITEM_RANK));
  GListModel *releases = wp_document_get_list (self->document, WP_KIND_RELEASE);

  if (g_list_model_get_n_items (releases) == 0 ||
      g_strcmp0 (stored, placed ? wp_entity_get_id (WP_ENTITY (placed)) : NULL) == 0)
    return NULL;

  if (placed == NULL)
    /* Translators: %s is a release name */
    return g_strdup_printf (_("Planned for “%s”, but below every release line"),
                            wp_referenced_name (self->document, WP_KIND_RELEASE, stored));
  if (stored == NULL)
    /* Translators: %s is a release name */
    return g_strdup_printf (_("Above the “%s” line, but not planned for any release"),
                            wp_entity_get_display_name (WP_ENTITY (placed)));

  /* Translators: both %s are release names */
  return g_strdup_printf (_("Planned for “%s”, but above the “%s” line"),
                          wp_referenced_name (self->document, WP_KIND_RELEASE, stored),
                          wp_entity_get_display_name (WP_ENTITY (placed)));
}

/* What changes when rows above come or go: a move redoes only this in every row below. */
static void
update_position (WpBacklogRow *self)
{
  g_autofree char *number = g_strdup_printf ("%u", self->number);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (self->number_label, number);
  /* Translators: accessible name of a backlog row: the item, then its position */
  accessible = g_strdup_printf (_("%s, position %u"), self->described, self->number);
  if (self->mismatch != NULL)
    {
      char *flagged = g_strconcat (accessible, ", ", self->mismatch, NULL);

      g_free (accessible);
      accessible = flagged;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  wp_widget_name_list_item (GTK_WIDGET (self), accessible);
}

/* The score the backlog shows, as a button that explains it. */
static void
update_score (WpBacklogRow *self)
{
  g_autofree char *text = NULL, *name = NULL;
  double score;

  gtk_widget_set_visible (GTK_WIDGET (self->score_button), self->score >= 0);
  if (self->score < 0)
    return;
  score = wp_score (self->score, wp_document_get_demand (self->document), self->entity);
  text = score >= 0 ? wp_format_score (score) : g_strdup ("–");
  gtk_menu_button_set_label (self->score_button, text);
  /* Translators: a backlog row's score button, for screen readers: "RICE 64" */
  name = g_strdup_printf (_("%s %s"), wp_score_name (self->score), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The explanation is written when it is asked for, not for every row that scrolls into view. */
static void
explain_score (GtkMenuButton *button,
               gpointer       user_data)
{
  WpBacklogRow *self = user_data;
  g_autofree char *how = NULL;

  if (self->entity == NULL || self->score < 0)
    return;
  how = wp_score_explain (self->score, wp_document_get_demand (self->document), self->entity);
  gtk_label_set_text (self->score_explanation, how);
}

static void
update_item (WpBacklogRow *self)
{
  WpEntity *item = self->entity;
  const char *title = wp_entity_get_string (item, WP_ITEM_TITLE);
  const char *kind = wp_entity_get_string (item, WP_ITEM_KIND);
  const char *sprint = wp_referenced_name (self->document, WP_KIND_SPRINT,
                                           wp_entity_get_string (item, WP_ITEM_SPRINT));
  g_autofree char *estimate = wp_format_number (wp_entity_get_number (item, WP_ITEM_ESTIMATE));
  g_autofree char *value = wp_format_number (wp_entity_get_number (item, WP_ITEM_VALUE));
  g_autofree char *effort = wp_format_number (wp_entity_get_number (item, WP_ITEM_EFFORT));
  g_autofree char *value_effort = NULL;
  g_autofree char *labels = g_strjoinv (", ", (char **) wp_entity_get_strv (item, WP_ITEM_LABELS));
  g_autofree char *demand = self->customers ? g_strdup_printf ("♥ %u", self->customers) : NULL;

  if (value[0] != '\0' || effort[0] != '\0')
    value_effort = g_strdup_printf ("%s/%s", value[0] ? value : "–", effort[0] ? effort : "–");

  g_free (self->mismatch);
  self->mismatch = release_mismatch (self);
  g_free (self->described);
  self->described = wp_item_describe (item);

  gtk_image_set_from_icon_name (self->kind_image, wp_item_kind_icon (kind));
  wp_widget_set_tooltip (GTK_WIDGET (self->kind_image), wp_item_kind_name (kind));
  gtk_label_set_text (self->title_label, title[0] ? title : _("Untitled item"));
  set_secondary_text (self, self->labels_label, labels);
  set_secondary_text (self, self->epic_label,
                      wp_referenced_name (self->document, WP_KIND_ITEM,
                                          wp_entity_get_string (item, WP_ITEM_EPIC)));
  set_secondary_text (self, self->planning_label, sprint);
  set_secondary_text (self, self->moscow_label,
                      wp_item_moscow_name (wp_entity_get_string (item, WP_ITEM_MOSCOW)));
  set_secondary_text (self, self->value_effort_label, value_effort);
  wp_label_set_text_or_hide (self->demand_label, demand);
  wp_label_set_text_or_hide (self->estimate_label, estimate);

  update_score (self);
  gtk_widget_set_visible (GTK_WIDGET (self->flag_image), self->mismatch != NULL);
  wp_widget_set_tooltip (GTK_WIDGET (self->flag_image), self->mismatch);
  update_position (self);
}

/* Wide, the forecast sits on the line before the points; compact, on a line of its own. */
static void
place_forecast (WpBacklogRow *self)
{
  GtkWidget *label = GTK_WIDGET (self->forecast_label);
  GtkBox *box = self->compact ? self->release_lines : self->release_box;

  if (gtk_widget_get_parent (label) == GTK_WIDGET (box))
    return;
  g_object_ref (label);
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (label)), label);
  gtk_box_insert_child_after (box, label, self->compact ? GTK_WIDGET (self->release_box)
                                                         : self->release_rule);
  /* Under the release's name, past the icon. */
  gtk_widget_set_margin_start (label, self->compact ? 28 : 0);
  g_object_unref (label);
}

static void
update_release (WpBacklogRow *self)
{
  WpEntity *release = self->entity;
  const char *name = wp_entity_get_display_name (release);
  g_autofree char *date = wp_format_date (wp_entity_get_string (release, WP_RELEASE_DATE));
  g_autofree char *points = wp_format_number (self->points);
  g_autofree char *title = NULL;
  g_autofree char *above = NULL;
  g_autofree char *accessible = NULL;

  /* Translators: a release line: release name — date */
  title = date ? g_strdup_printf (_("%s — %s"), name, date) : g_strdup (name);
  /* Translators: the points of the items above a release line */
  above = g_strdup_printf (_("%s points above"), points[0] ? points : "0");
  gtk_label_set_text (self->release_label, title);
  gtk_label_set_text (self->points_label, above);
  place_forecast (self);
  if (self->preview != NULL || self->compact || self->forecast_more == NULL)
    wp_label_set_text_or_hide (self->forecast_label, self->preview ?: self->forecast);
  else
    {
      /* Translators: a release line's forecasts at 85% and 50%, side by side */
      g_autofree char *both = g_strdup_printf (_("%s   %s"), self->forecast, self->forecast_more);

      gtk_label_set_text (self->forecast_label, both);
      gtk_widget_set_visible (GTK_WIDGET (self->forecast_label), TRUE);
    }
  wp_widget_set_tooltip (GTK_WIDGET (self->forecast_label), self->forecast_more);
  if (self->preview != NULL ? self->preview_late : self->late)
    gtk_widget_add_css_class (GTK_WIDGET (self->forecast_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->forecast_label), "error");
  if (self->preview != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->forecast_label), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->forecast_label), "accent");

  /* Translators: accessible name of a release line: name, date and points */
  accessible = g_strdup_printf (_("%s, release line, %s"), title, above);
  if (self->forecast != NULL)
    {
      /* Translators: a release line's accessible name, then its forecasts at 85% and 50% */
      g_autofree char *longer = self->forecast_more != NULL
                                ? g_strdup_printf (_("%s, %s, %s"), accessible, self->forecast,
                                                   self->forecast_more)
                                /* Translators: a release line's accessible name, then its
                                   forecast */
                                : g_strdup_printf (_("%s, %s"), accessible, self->forecast);

      g_free (accessible);
      accessible = g_steal_pointer (&longer);
    }
  if (self->preview != NULL)
    {
      /* Translators: a release line's accessible name, then what a drop would make of it */
      g_autofree char *longer = g_strdup_printf (_("%s, %s"), accessible, self->preview);

      g_free (accessible);
      accessible = g_steal_pointer (&longer);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  wp_widget_name_list_item (GTK_WIDGET (self), accessible);
}

static void
update (WpBacklogRow *self)
{
  if (self->entity == NULL)
    return;

  if (WP_IS_ITEM (self->entity))
    update_item (self);
  else
    update_release (self);
}

/* Editing the title in place */

static void
finish_editing (WpBacklogRow *self,
                gboolean      keep)
{
  g_autofree char *title = NULL;

  if (!wp_backlog_row_get_editing (self))
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  gtk_stack_set_visible_child (self->title_stack, GTK_WIDGET (self->title_label));
  /* An item needs a title: an emptied entry keeps the old one. */
  if (keep && title[0] != '\0' &&
      g_strcmp0 (title, wp_entity_get_string (self->entity, WP_ITEM_TITLE)) != 0)
    wp_document_set_string (self->document, self->entity, WP_ITEM_TITLE, title);
}

/* Gives the focus back to the row, so that the keyboard goes on in the list. */
static void
end_editing (WpBacklogRow *self,
             gboolean      keep)
{
  GtkWidget *list_row = gtk_widget_get_parent (GTK_WIDGET (self));

  finish_editing (self, keep);
  if (list_row != NULL)
    gtk_widget_grab_focus (list_row);
}

static void
on_title_entry_activate (WpBacklogRow *self)
{
  end_editing (self, TRUE);
}

static gboolean
on_title_entry_key (WpBacklogRow          *self,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;

  end_editing (self, FALSE);
  return GDK_EVENT_STOP;
}

static void
on_title_entry_leave (WpBacklogRow *self)
{
  finish_editing (self, TRUE);
}

/**
 * wp_backlog_row_edit_title:
 * @self: a row showing an item
 *
 * Replaces the title with an entry holding it, focused and selected. Enter
 * or leaving the entry keeps the edit, Escape drops it.
 */
void
wp_backlog_row_edit_title (WpBacklogRow *self)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (!WP_IS_ITEM (self->entity))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                         wp_entity_get_string (self->entity, WP_ITEM_TITLE));
  gtk_stack_set_visible_child (self->title_stack, GTK_WIDGET (self->title_entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->title_entry), 0, -1);
}

gboolean
wp_backlog_row_get_editing (WpBacklogRow *self)
{
  g_return_val_if_fail (WP_IS_BACKLOG_ROW (self), FALSE);

  return gtk_stack_get_visible_child (self->title_stack) == GTK_WIDGET (self->title_entry);
}

/**
 * wp_backlog_row_bind:
 * @self: a row
 * @document: the document
 * @entity: an item or a release
 * @number: the item's position in the backlog, from 1
 * @customers: how many customers asked for the item
 *
 * Shows @entity and follows its changes until wp_backlog_row_unbind().
 */
void
wp_backlog_row_bind (WpBacklogRow *self,
                     WpDocument   *document,
                     WpEntity     *entity,
                     guint         number,
                     guint         customers)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  wp_backlog_row_unbind (self);
  self->document = document;
  self->entity = g_object_ref (entity);
  self->number = number;
  self->customers = customers;
  gtk_stack_set_visible_child_name (self->stack, WP_IS_ITEM (entity) ? "item" : "release");
  g_signal_connect_swapped (entity, "notify", G_CALLBACK (update), self);
  update (self);
}

void
wp_backlog_row_unbind (WpBacklogRow *self)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (self->entity == NULL)
    return;

  /* A row scrolled away while its title is edited keeps what was typed. */
  finish_editing (self, TRUE);

  g_signal_handlers_disconnect_by_data (self->entity, self);
  g_clear_object (&self->entity);
  g_clear_pointer (&self->described, g_free);
  g_clear_pointer (&self->mismatch, g_free);
  g_clear_pointer (&self->forecast, g_free);
  g_clear_pointer (&self->forecast_more, g_free);
  g_clear_pointer (&self->preview, g_free);
  self->late = FALSE;
  self->document = NULL;
}

void
wp_backlog_row_set_number (WpBacklogRow *self,
                           guint         number)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (self->number == number)
    return;
  self->number = number;
  if (WP_IS_ITEM (self->entity))
    update_position (self);
}

/**
 * wp_backlog_row_set_compact:
 * @self: a row
 * @compact: whether to show only position, kind, title, demand and estimate
 */
void
wp_backlog_row_set_compact (WpBacklogRow *self,
                            gboolean      compact)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (self->compact == compact)
    return;
  self->compact = compact;
  update (self);
}

void
wp_backlog_row_set_points (WpBacklogRow *self,
                           double        points)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (self->points == points)
    return;
  self->points = points;
  update (self);
}

/**
 * wp_backlog_row_set_forecast:
 * @self: a release line's row
 * @forecast: (nullable): when the work above the line is done in 85 of 100 runs, in words
 * @forecast_more: (nullable): and in half of them, when that is sooner
 * @late: whether the 85% day is after the release's date
 */
void
wp_backlog_row_set_forecast (WpBacklogRow *self,
                             const char   *forecast,
                             const char   *forecast_more,
                             gboolean      late)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (g_strcmp0 (self->forecast, forecast) == 0 &&
      g_strcmp0 (self->forecast_more, forecast_more) == 0 && self->late == late)
    return;
  g_free (self->forecast);
  self->forecast = g_strdup (forecast);
  g_free (self->forecast_more);
  self->forecast_more = g_strdup (forecast_more);
  self->late = late;
  update (self);
}

/**
 * wp_backlog_row_set_preview:
 * @self: a release line's row
 * @preview: (nullable): what the forecast would be if the drop being hovered were made, in
 *   words, shown in place of the forecast; %NULL to show the forecast again
 * @late: whether that 85% day is after the release's date
 */
void
wp_backlog_row_set_preview (WpBacklogRow *self,
                            const char   *preview,
                            gboolean      late)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (g_strcmp0 (self->preview, preview) == 0 && self->preview_late == late)
    return;
  g_free (self->preview);
  self->preview = g_strdup (preview);
  self->preview_late = late;
  update (self);
}

/**
 * wp_backlog_row_set_score:
 * @self: a row
 * @score: the #WpScoreKind to show at the end of an item's row, or -1 for none
 */
void
wp_backlog_row_set_score (WpBacklogRow *self,
                          int           score)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  if (self->score == score)
    return;
  self->score = score;
  update (self);
}

/**
 * wp_backlog_row_refresh:
 * @self: a row
 *
 * Shows its entry again, for a change outside it that it shows: the product's scorecard.
 */
void
wp_backlog_row_refresh (WpBacklogRow *self)
{
  g_return_if_fail (WP_IS_BACKLOG_ROW (self));

  update (self);
}

static void
wp_backlog_row_dispose (GObject *object)
{
  wp_backlog_row_unbind (WP_BACKLOG_ROW (object));

  G_OBJECT_CLASS (wp_backlog_row_parent_class)->dispose (object);
}

static void
wp_backlog_row_class_init (WpBacklogRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_backlog_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/backlog/wp-backlog-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, stack);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, kind_image);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, flag_image);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, labels_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, epic_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, planning_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, moscow_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, value_effort_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, demand_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, estimate_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, release_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, points_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, forecast_label);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, score_button);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, score_explanation);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, release_lines);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, release_box);
  gtk_widget_class_bind_template_child (widget_class, WpBacklogRow, release_rule);
  gtk_widget_class_bind_template_callback (widget_class, on_title_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_title_entry_key);
  gtk_widget_class_bind_template_callback (widget_class, on_title_entry_leave);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
wp_backlog_row_init (WpBacklogRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->score = -1;
  wp_widget_set_tooltip (GTK_WIDGET (self->score_button), _("How the Score Adds Up"));
  gtk_menu_button_set_create_popup_func (self->score_button, explain_score, self, NULL);
  wp_widget_set_tooltip (GTK_WIDGET (self->value_effort_label), _("Value / effort"));
  wp_widget_set_tooltip (GTK_WIDGET (self->demand_label), _("Customers who asked for it"));
  wp_widget_set_tooltip (GTK_WIDGET (self->estimate_label), _("Estimate in points"));
}
