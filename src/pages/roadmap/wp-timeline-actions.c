/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpTimeline's editing: the keyboard actions on the focused bar (move it,
 * change its end, move it to another lane, remove it, open its editor) with
 * their key bindings, and the changes of the document that dragging makes
 * too (scheduling an entry, adding one). Each is one undo step.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-roadmap-bar.h"
#include "wp-timeline-private.h"

/* Changing the document */

/* Dates and lane of @entry, as one undo step named @label. */
void
_wp_timeline_schedule (WpTimeline *self,
                       WpEntity   *entry,
                       guint32     start,
                       guint32     end,
                       const char *lane_id,
                       const char *label)
{
  g_autofree char *start_text = wp_date_format (start);
  g_autofree char *end_text = wp_date_format (end);

  wp_document_begin (self->document, label);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_START, start_text);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_END, end_text);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_LANE, lane_id);
  wp_document_end (self->document);
}

/* A new entry, selected, with its editor asked for so that it gets a name. */
WpEntity *
_wp_timeline_add_entry (WpTimeline *self,
                        guint32     first_day,
                        guint32     last_day,
                        const char *lane_id)
{
  g_autoptr(WpEntity) entry = wp_entity_new (WP_TYPE_ROADMAP_ENTRY, NULL);
  g_autofree char *start = wp_date_format (first_day);
  g_autofree char *end = wp_date_format (last_day);
  const char *title = _("New Entry");
  g_autofree char *label = NULL;

  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Add “%s”"), title);
  wp_document_begin (self->document, label);
  wp_document_add (self->document, entry);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_TITLE, title);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_START, start);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_END, end);
  wp_document_set_string (self->document, entry, WP_ROADMAP_ENTRY_LANE, lane_id);
  wp_document_end (self->document);

  wp_timeline_select (self, entry);
  _wp_timeline_edit (self, entry);

  return entry;
}

/**
 * wp_timeline_add_entry:
 * @self: a timeline
 *
 * What a drag on empty lane space does, from the keyboard: a four-week
 * entry from the next snap day on, in the selected entry's lane or the
 * first one.
 *
 * Returns: (transfer none) (nullable): the new entry, or %NULL without lanes
 */
WpEntity *
wp_timeline_add_entry (WpTimeline *self)
{
  const char *lane_id =
    self->selected ? wp_entity_get_string (self->selected, WP_ROADMAP_ENTRY_LANE) : NULL;
  guint32 start;

  g_return_val_if_fail (WP_IS_TIMELINE (self), NULL);

  if (self->document == NULL || _wp_timeline_lane_of_row (self, 0) == NULL)
    return NULL;

  if (wp_roadmap_layout_row_of_lane (self->layout, lane_id) == G_MAXUINT)
    lane_id = _wp_timeline_lane_id_of_row (self, 0);
  start = wp_time_scale_snap (&self->scale, wp_date_today () + 0.5);

  return _wp_timeline_add_entry (self, start, start + 27, lane_id);
}

/* Keyboard actions */

static WpEntity *
focused_entry (WpTimeline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (WP_IS_ROADMAP_BAR (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    return wp_roadmap_bar_get_entry (WP_ROADMAP_BAR (focus));

  return self->selected;
}

/* Left and Right: a snap unit earlier or later, the duration kept. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);
  const WpRoadmapPlace *place = entry ? wp_roadmap_layout_lookup (self->layout, entry) : NULL;
  int steps = g_variant_get_int32 (param);
  g_autofree char *label = NULL;
  gint64 shift;

  if (place == NULL)
    return;

  shift = (gint64) steps * wp_time_scale_snap_days (&self->scale);
  if ((gint64) place->start + shift < 1)
    return;
  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Move “%s”"), wp_entity_get_display_name (entry));
  _wp_timeline_schedule (self, entry, place->start + shift, place->end + shift,
            wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), label);
  wp_timeline_select (self, entry);
}

/* Shift+Left and Shift+Right: the end a snap unit earlier or later, never before the start. */
static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);
  const WpRoadmapPlace *place = entry ? wp_roadmap_layout_lookup (self->layout, entry) : NULL;
  gint64 end;
  g_autofree char *label = NULL;

  if (place == NULL)
    return;

  end = (gint64) place->end +
        (gint64) g_variant_get_int32 (param) * wp_time_scale_snap_days (&self->scale);
  if (end < place->start)
    return;
  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Change the End of “%s”"), wp_entity_get_display_name (entry));
  _wp_timeline_schedule (self, entry, place->start, end,
                         wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE), label);
  wp_timeline_select (self, entry);
}

/* Alt+Up and Alt+Down: into the lane above or below. */
static void
change_lane_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);
  const WpRoadmapPlace *place = entry ? wp_roadmap_layout_lookup (self->layout, entry) : NULL;
  gint64 row;
  g_autofree char *label = NULL;

  if (place == NULL)
    return;

  row = (gint64) place->row + g_variant_get_int32 (param);
  if (row < 0 || _wp_timeline_lane_of_row (self, row) == NULL)
    return;
  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Move “%s” to Another Lane"), wp_entity_get_display_name (entry));
  _wp_timeline_schedule (self, entry, place->start, place->end,
                         _wp_timeline_lane_id_of_row (self, row), label);
  wp_timeline_select (self, entry);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  g_autoptr(WpEntity) entry = focused_entry (self) ? g_object_ref (focused_entry (self)) : NULL;

  if (entry == NULL)
    return;

  _wp_timeline_set_selected (self, NULL);
  wp_document_remove (self->document, entry, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpTimeline *self = WP_TIMELINE (widget);
  WpEntity *entry = focused_entry (self);

  if (entry != NULL)
    _wp_timeline_edit (self, entry);
}

void
_wp_timeline_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "timeline.resize", "i", resize_action);
  gtk_widget_class_install_action (widget_class, "timeline.change-lane", "i", change_lane_action);
  gtk_widget_class_install_action (widget_class, "timeline.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit", NULL, edit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK,
                                       "timeline.resize", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK,
                                       "timeline.resize", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "timeline.change-lane", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "timeline.change-lane", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "timeline.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.edit", NULL);
}
