/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpSlidesDialog lets the presenter pick and order a sprint review's slides
 * before presenting: a check for each slide and buttons to move it up or
 * down. Each change is kept in the sprint's review_slides at once, as one
 * undo step; one slide at least stays chosen.
 */
#define G_LOG_DOMAIN "waypoint-sprints"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-review.h"
#include "wp-slides-dialog.h"

struct _WpSlidesDialog
{
  AdwWindow    parent_instance;

  GtkListBox  *list;

  WpDocument  *document;
  WpEntity    *sprint;
  WpSlideKind  order[WP_N_SLIDE_KINDS];   /* every slide, in the order shown */
  gboolean     chosen[WP_N_SLIDE_KINDS];  /* by kind */
};

G_DEFINE_FINAL_TYPE (WpSlidesDialog, wp_slides_dialog, ADW_TYPE_WINDOW)

static guint
count_chosen (WpSlidesDialog *self)
{
  guint count = 0;

  for (guint i = 0; i < WP_N_SLIDE_KINDS; i++)
    count += self->chosen[i];

  return count;
}

static void
save (WpSlidesDialog *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;

  for (guint i = 0; i < WP_N_SLIDE_KINDS; i++)
    if (self->chosen[self->order[i]])
      g_strv_builder_add (ids, wp_slide_kind_id (self->order[i]));
  chosen = g_strv_builder_end (ids);

  wp_document_begin (self->document, _("Choose Review Slides"));
  wp_document_set_strv (self->document, self->sprint, WP_SPRINT_REVIEW_SLIDES,
                        (const char * const *) chosen);
  wp_document_end (self->document);
}

static void fill (WpSlidesDialog *self);

/*
 * After the list is made again, the focus goes back to the control that was
 * used: its "wp-role" and slide.
 */
static void
refocus (WpSlidesDialog *self,
         WpSlideKind     kind,
         const char     *role)
{
  for (guint i = 0; i < WP_N_SLIDE_KINDS; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, i));
      GtkWidget *control = row != NULL ? g_object_get_data (G_OBJECT (row), role) : NULL;

      if (self->order[i] != kind || control == NULL)
        continue;
      /* A move button at the end of the list is off: its row then. */
      gtk_widget_grab_focus (gtk_widget_get_sensitive (control) ? control : row);
      return;
    }
}

static void
on_toggled (GtkCheckButton *check,
            WpSlidesDialog *self)
{
  WpSlideKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "wp-kind"));

  self->chosen[kind] = gtk_check_button_get_active (check);
  save (self);
  fill (self);
  refocus (self, kind, "wp-check");
}

static void
on_move (GtkButton      *button,
         WpSlidesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "wp-index"));
  int by = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "wp-by"));
  WpSlideKind kind = self->order[index];

  self->order[index] = self->order[index + by];
  self->order[index + by] = kind;
  save (self);
  fill (self);
  /* The focus goes with the slide, so that pressing again moves it further. */
  refocus (self, kind, by < 0 ? "wp-up" : "wp-down");
}

static GtkWidget *
move_button (WpSlidesDialog *self,
             guint           index,
             int             by)
{
  const char *name = wp_slide_kind_name (self->order[index]);
  GtkWidget *button = gtk_button_new_from_icon_name (by < 0 ? "go-up-symbolic"
                                                            : "go-down-symbolic");
  /* Translators: buttons beside a review slide; %s is the slide */
  g_autofree char *label = g_strdup_printf (by < 0 ? _("Move “%s” Up") : _("Move “%s” Down"), name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_sensitive (button, by < 0 ? index > 0 : index + 1 < WP_N_SLIDE_KINDS);
  g_object_set_data (G_OBJECT (button), "wp-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "wp-by", GINT_TO_POINTER (by));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_move), self, 0);

  return button;
}

static void
fill (WpSlidesDialog *self)
{
  GtkWidget *child;
  gboolean last = count_chosen (self) == 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < WP_N_SLIDE_KINDS; i++)
    {
      WpSlideKind kind = self->order[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *up, *down;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_slide_kind_name (kind));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), self->chosen[kind]);
      /* The review needs a slide. */
      gtk_widget_set_sensitive (check, !(last && self->chosen[kind]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      wp_slide_kind_name (kind), -1);
      g_object_set_data (G_OBJECT (check), "wp-kind", GUINT_TO_POINTER (kind));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_toggled), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      up = move_button (self, i, -1);
      down = move_button (self, i, 1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      g_object_set_data (G_OBJECT (row), "wp-check", check);
      g_object_set_data (G_OBJECT (row), "wp-up", up);
      g_object_set_data (G_OBJECT (row), "wp-down", down);
      gtk_list_box_append (self->list, row);
    }
}

/* The chosen slides in their order, then the others in the default order. */
static void
load (WpSlidesDialog *self)
{
  g_autoptr(GArray) kinds = wp_review_get_kinds (self->sprint);
  guint n = 0;

  for (guint i = 0; i < kinds->len; i++)
    {
      WpSlideKind kind = g_array_index (kinds, WpSlideKind, i);

      if (!self->chosen[kind])
        self->order[n++] = kind;
      self->chosen[kind] = TRUE;
    }
  for (WpSlideKind kind = 0; kind < WP_N_SLIDE_KINDS; kind++)
    if (!self->chosen[kind])
      self->order[n++] = kind;
}

/**
 * wp_slides_dialog_new:
 * @parent: the window it belongs to
 * @document: the document
 * @sprint: the sprint whose review is being prepared
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
WpSlidesDialog *
wp_slides_dialog_new (GtkWindow  *parent,
                      WpDocument *document,
                      WpEntity   *sprint)
{
  WpSlidesDialog *self = g_object_new (WP_TYPE_SLIDES_DIALOG, "transient-for", parent, NULL);

  self->document = g_object_ref (document);
  self->sprint = g_object_ref (sprint);
  load (self);
  fill (self);

  return self;
}

static void
wp_slides_dialog_dispose (GObject *object)
{
  WpSlidesDialog *self = WP_SLIDES_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->sprint);

  G_OBJECT_CLASS (wp_slides_dialog_parent_class)->dispose (object);
}

static void
wp_slides_dialog_class_init (WpSlidesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_slides_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/sprints/wp-slides-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSlidesDialog, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_slides_dialog_init (WpSlidesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));
}
