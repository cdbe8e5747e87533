/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRoadmapBar is one roadmap entry on the timeline: a focusable bar in its
 * lane's colour, filled as far as its linked items' points are done, with
 * the title written inside as far as it fits. The timeline places it; the
 * bar draws no child widgets, so it can be as narrow as its dates say. Its
 * accessible name is the entry's title.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-roadmap-bar.h"

#define N_COLORS 8
#define TEXT_PADDING 8

struct _WpRoadmapBar
{
  GtkWidget    parent_instance;

  WpEntity    *entry;
  PangoLayout *layout;
  double       progress;
  double       text_offset;
  guint        color;
};

G_DEFINE_FINAL_TYPE (WpRoadmapBar, wp_roadmap_bar, GTK_TYPE_WIDGET)

static void
update_title (WpRoadmapBar *self)
{
  const char *title = wp_entity_get_display_name (self->entry);

  pango_layout_set_text (self->layout, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
wp_roadmap_bar_new (WpEntity *entry)
{
  WpRoadmapBar *self = g_object_new (WP_TYPE_ROADMAP_BAR, NULL);

  self->entry = g_object_ref (entry);
  g_signal_connect_object (entry, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  update_title (self);

  return GTK_WIDGET (self);
}

/**
 * wp_roadmap_bar_get_entry:
 * @self: a bar
 *
 * Returns: (transfer none): the roadmap entry shown
 */
WpEntity *
wp_roadmap_bar_get_entry (WpRoadmapBar *self)
{
  g_return_val_if_fail (WP_IS_ROADMAP_BAR (self), NULL);

  return self->entry;
}

/**
 * wp_roadmap_bar_set_text_offset:
 * @self: a bar
 * @offset: how much of the bar's start is out of view, in pixels
 *
 * Keeps the title in view when the bar starts left of it.
 */
void
wp_roadmap_bar_set_text_offset (WpRoadmapBar *self,
                                double        offset)
{
  g_return_if_fail (WP_IS_ROADMAP_BAR (self));

  offset = MAX (offset, 0);
  if (self->text_offset == offset)
    return;
  self->text_offset = offset;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wp_roadmap_bar_set_facts:
 * @self: a bar
 * @where: the lane and the dates in words, for the accessible description
 * @progress: the share of the linked items' points that is done, 0 to 1
 * @conflict: whether it starts before a prerequisite ends
 * @color: the lane's colour, an index into the palette
 */
void
wp_roadmap_bar_set_facts (WpRoadmapBar *self,
                          const char   *where,
                          double        progress,
                          gboolean      conflict,
                          guint         color)
{
  g_autofree char *description = NULL;
  g_autofree char *color_class = NULL;

  g_return_if_fail (WP_IS_ROADMAP_BAR (self));

  color %= N_COLORS;
  if (self->color != color)
    {
      g_autofree char *old_class = g_strdup_printf ("lane-color-%u", self->color);

      gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
    }
  self->color = color;
  color_class = g_strdup_printf ("lane-color-%u", self->color);
  gtk_widget_add_css_class (GTK_WIDGET (self), color_class);
  if (conflict)
    gtk_widget_add_css_class (GTK_WIDGET (self), "conflict");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "conflict");
  self->progress = CLAMP (progress, 0, 1);

  if (conflict)
    /* Translators: accessible description of a roadmap bar: dates, share done, a warning */
    description = g_strdup_printf (_("%s, %d%% done, starts before a prerequisite ends"), where,
                                   (int) (self->progress * 100 + 0.5));
  else
    /* Translators: accessible description of a roadmap bar: dates and share done */
    description = g_strdup_printf (_("%s, %d%% done"), where, (int) (self->progress * 100 + 0.5));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wp_roadmap_bar_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  /* As narrow as the dates make it: the title is cut, never the bar widened. */
  *minimum = *natural = 0;
}

static void
wp_roadmap_bar_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  WpRoadmapBar *self = WP_ROADMAP_BAR (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GdkRGBA color, shade;
  int text_height;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  shade = (GdkRGBA) { color.red, color.green, color.blue, 0.14 };
  gtk_snapshot_append_color (snapshot, &shade,
                             &GRAPHENE_RECT_INIT (0, 0, width * self->progress, height));

  if (width - self->text_offset <= 2 * TEXT_PADDING)
    return;
  pango_layout_set_width (self->layout,
                          (width - self->text_offset - 2 * TEXT_PADDING) * PANGO_SCALE);
  pango_layout_get_pixel_size (self->layout, NULL, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->text_offset + TEXT_PADDING,
                                                          (height - text_height) / 2.0));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
wp_roadmap_bar_dispose (GObject *object)
{
  WpRoadmapBar *self = WP_ROADMAP_BAR (object);

  g_clear_object (&self->entry);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (wp_roadmap_bar_parent_class)->dispose (object);
}

static void
wp_roadmap_bar_class_init (WpRoadmapBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_roadmap_bar_dispose;
  widget_class->measure = wp_roadmap_bar_measure;
  widget_class->snapshot = wp_roadmap_bar_snapshot;

  gtk_widget_class_set_css_name (widget_class, "roadmap-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
wp_roadmap_bar_init (WpRoadmapBar *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (self->layout, TRUE);
  self->color = G_MAXUINT;
}
