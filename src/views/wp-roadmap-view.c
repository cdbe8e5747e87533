/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRoadmapView is the Roadmap page: the timeline of the roadmap's entries
 * with the commands to move through time: Today, zoom out and in, and fit
 * all entries into view (Ctrl+0).
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-roadmap-view.h"

#define ZOOM_STEP 1.5

struct _WpRoadmapView
{
  AdwBin      parent_instance;

  WpTimeline *timeline;
  GtkLabel   *hint_label;
};

G_DEFINE_FINAL_TYPE (WpRoadmapView, wp_roadmap_view, ADW_TYPE_BIN)

void
wp_roadmap_view_set_document (WpRoadmapView *self,
                              WpDocument    *document)
{
  g_return_if_fail (WP_IS_ROADMAP_VIEW (self));

  wp_timeline_set_document (self->timeline, document);
}

/**
 * wp_roadmap_view_get_timeline:
 * @self: a roadmap page
 *
 * Returns: (transfer none): its timeline
 */
WpTimeline *
wp_roadmap_view_get_timeline (WpRoadmapView *self)
{
  g_return_val_if_fail (WP_IS_ROADMAP_VIEW (self), NULL);

  return self->timeline;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpRoadmapView *self = WP_ROADMAP_VIEW (widget);

  if (g_str_equal (action_name, "roadmap.zoom-in"))
    wp_timeline_zoom (self->timeline, ZOOM_STEP);
  else if (g_str_equal (action_name, "roadmap.zoom-out"))
    wp_timeline_zoom (self->timeline, 1 / ZOOM_STEP);
  else if (g_str_equal (action_name, "roadmap.fit"))
    wp_timeline_fit_all (self->timeline);
  else
    wp_timeline_show_today (self->timeline);
}

static void
wp_roadmap_view_class_init (WpRoadmapViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (WP_TYPE_TIMELINE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-roadmap-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, timeline);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, hint_label);

  gtk_widget_class_install_action (widget_class, "roadmap.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.today", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "roadmap.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "roadmap.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "roadmap.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "roadmap.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "roadmap.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "roadmap.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "roadmap.fit", NULL);
}

static void
wp_roadmap_view_init (WpRoadmapView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
