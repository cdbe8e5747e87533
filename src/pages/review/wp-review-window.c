/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpReviewWindow presents a sprint review full screen on the monitor of the
 * window it was opened from: the slides the presenter chose, made from the
 * document (WpReview), as labels that assistive technologies read, with the
 * charts the Sprints page draws. Right, Space and Page Down go on; Left and
 * Page Up back; Home and End to the first and last; a number then Enter to
 * that slide; O shows all slides to pick one; B blanks the screen; Escape
 * leaves (the overview or the blank screen first). Type sizes follow the
 * screen's height so that the back of a room can read them. The discussion
 * slide's notes are kept in the sprint's review notes and can become
 * feedback entries.
 */
#define G_LOG_DOMAIN "waypoint-review"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-date.h"
#include "wp-review-export.h"
#include "wp-review-window.h"
#include "wp-sprint-chart.h"
#include "wp-text-area.h"
#include "wp-toast.h"

struct _WpReviewWindow
{
  GtkWindow       parent_instance;

  GtkStack       *mode_stack;
  GtkStack       *deck;
  GtkFlowBox     *overview;
  GtkLabel       *counter;
  GtkLabel       *jump_label;

  WpDocument     *document;
  WpEntity       *sprint;
  GPtrArray      *slides;       /* (element-type WpSlide) */
  WpTextArea     *notes;        /* the discussion slide's, if shown */
  GString        *typed;        /* digits typed before Enter */
  GtkCssProvider *css;          /* the notes' type size */
  int             unit;         /* the body text's size in pixels */
  guint           css_source;
};

G_DEFINE_FINAL_TYPE (WpReviewWindow, wp_review_window, GTK_TYPE_WINDOW)

static GtkWidget *
new_label (const char *text,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (!wrap)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A heading to assistive technologies, as the slide's first line. */
static GtkWidget *
new_heading (const char *text,
             const char *css_class)
{
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                     "label", text, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                     "xalign", 0.0, NULL);

  gtk_widget_add_css_class (heading, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);

  return heading;
}

static GtkWidget *
new_line (const WpSlideLine *line)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *text = new_label (line->text, line->group ? "review-group" : "review-line",
                               line->detail == NULL);

  gtk_widget_set_hexpand (text, TRUE);
  if (!line->group)
    gtk_widget_set_margin_start (text, 32);
  gtk_box_append (GTK_BOX (box), text);
  if (line->detail != NULL)
    {
      GtkWidget *detail = new_label (line->detail, "review-detail", FALSE);

      gtk_label_set_xalign (GTK_LABEL (detail), 1);
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_box_append (GTK_BOX (box), detail);
    }

  return box;
}

static void
on_notes_committed (WpReviewWindow *self,
                    const char     *text)
{
  if (self->document == NULL ||
      g_strcmp0 (wp_entity_get_string (self->sprint, WP_SPRINT_REVIEW_NOTES), text) == 0)
    return;

  wp_document_begin (self->document, _("Write Review Notes"));
  wp_document_set_string (self->document, self->sprint, WP_SPRINT_REVIEW_NOTES, text);
  wp_document_end (self->document);
}

/* Each line of the notes becomes what the room said, received today. */
static void
notes_to_feedback (WpReviewWindow *self)
{
  g_autofree char *notes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *received = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *message = NULL;

  wp_text_area_commit (self->notes);
  notes = wp_text_area_dup_text (self->notes);
  lines = g_strsplit (notes, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      WpEntity *entry;

      if (g_strstrip (lines[i])[0] == '\0')
        continue;
      entry = wp_entity_new (WP_TYPE_FEEDBACK, NULL);
      wp_entity_set_string (entry, WP_FEEDBACK_TEXT, lines[i]);
      wp_entity_set_string (entry, WP_FEEDBACK_CUSTOMER, wp_entity_get_display_name (self->sprint));
      wp_entity_set_string (entry, WP_FEEDBACK_SOURCE, _("Sprint review"));
      wp_entity_set_string (entry, WP_FEEDBACK_RECEIVED, received);
      g_ptr_array_add (entries, entry);
    }
  if (entries->len == 0)
    return;

  /* Translators: undo label and toast; %u counts feedback entries */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u review note as feedback",
                                          "Add %u review notes as feedback", entries->len),
                             entries->len);
  wp_document_add_all (self->document, entries, message);
  wp_show_toast (GTK_WIDGET (self->notes), message, FALSE);
}

static GtkWidget *
new_notes (WpReviewWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Add Notes as _Feedback"));

  gtk_widget_add_css_class (gtk_button_get_child (GTK_BUTTON (button)), "review-detail");
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Review Notes"), -1);

  self->notes = g_object_new (WP_TYPE_TEXT_AREA, "wrap-mode", GTK_WRAP_WORD_CHAR, "top-margin", 12,
                              "bottom-margin", 12, "left-margin", 12, "right-margin", 12, NULL);
  gtk_widget_set_name (GTK_WIDGET (self->notes), "review-notes");
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->notes)),
                                  GTK_STYLE_PROVIDER (self->css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Review Notes"), -1);
  wp_text_area_set_text (self->notes, wp_entity_get_string (self->sprint, WP_SPRINT_REVIEW_NOTES));
  g_signal_connect_object (self->notes, "committed", G_CALLBACK (on_notes_committed), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->notes));
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect_object (button, "clicked", G_CALLBACK (notes_to_feedback), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), button);

  return box;
}

static GtkWidget *
new_slide (WpReviewWindow *self,
           const WpSlide  *slide)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gboolean title = slide->kind == WP_SLIDE_TITLE;
  GtkWidget *heading = new_heading (slide->heading, title ? "review-title" : "review-heading");
  WpChartKind chart_kind;

  gtk_widget_add_css_class (page, "review-slide");
  gtk_widget_set_margin_start (page, 72);
  gtk_widget_set_margin_end (page, 72);
  gtk_widget_set_margin_top (page, 56);
  gtk_widget_set_margin_bottom (page, 56);
  gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  slide->heading, -1);
  gtk_box_append (GTK_BOX (page), heading);
  if (slide->lead[0] != '\0')
    {
      GtkWidget *lead = new_label (slide->lead, "review-lead", TRUE);

      gtk_widget_set_margin_top (lead, 12);
      gtk_widget_set_margin_bottom (lead, 24);
      gtk_box_append (GTK_BOX (page), lead);
    }

  if (wp_chart_kind_of_slide (slide->kind, &chart_kind))
    {
      GtkWidget *chart = g_object_new (WP_TYPE_SPRINT_CHART, "kind", chart_kind, "vexpand", TRUE,
                                       NULL);

      wp_sprint_chart_show (WP_SPRINT_CHART (chart), self->document, self->sprint);
      gtk_box_append (GTK_BOX (page), chart);
    }
  else if (slide->kind == WP_SLIDE_DISCUSSION)
    gtk_box_append (GTK_BOX (page), new_notes (self));
  else
    for (guint i = 0; i < slide->lines->len; i++)
      gtk_box_append (GTK_BOX (page), new_line (g_ptr_array_index (slide->lines, i)));

  if (title)
    {
      gtk_widget_set_valign (page, GTK_ALIGN_CENTER);
      for (GtkWidget *child = gtk_widget_get_first_child (page); child;
           child = gtk_widget_get_next_sibling (child))
        gtk_widget_set_halign (child, GTK_ALIGN_CENTER);
    }

  return page;
}

static void
draw_thumbnail (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  WpReviewWindow *self = user_data;
  const WpSlide *slide = g_object_get_data (G_OBJECT (area), "wp-slide");

  wp_review_draw_slide (cr, self->document, self->sprint, slide, wp_date_today (), width, height,
                        adw_style_manager_get_dark (adw_style_manager_get_default ()));
}

static void
show_slide (WpReviewWindow *self,
            guint           index)
{
  g_autofree char *name = g_strdup_printf ("%u", index + 1);
  g_autofree char *count = NULL;

  if (index >= self->slides->len)
    return;

  gtk_stack_set_visible_child_name (self->deck, name);
  gtk_stack_set_visible_child_name (self->mode_stack, "slides");
  /* Translators: the slide counter, "3 / 11" */
  count = g_strdup_printf (_("%u / %u"), index + 1, self->slides->len);
  gtk_label_set_text (self->counter, count);
  gtk_widget_set_visible (GTK_WIDGET (self->counter), TRUE);
}

static void
on_thumbnail_clicked (GtkButton      *button,
                      WpReviewWindow *self)
{
  show_slide (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "wp-index")));
}

static GtkWidget *
new_thumbnail (WpReviewWindow *self,
               const WpSlide  *slide,
               guint           index)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *frame = gtk_aspect_frame_new (0.5, 0.5, 16.0 / 9.0, FALSE);
  /* Translators: a slide in the overview: its number and heading */
  g_autofree char *name = g_strdup_printf (_("%u. %s"), index + 1, slide->heading);

  g_object_set_data (G_OBJECT (area), "wp-slide", (gpointer) slide);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_thumbnail, self, NULL);
  gtk_widget_set_size_request (area, 320, 180);
  gtk_aspect_frame_set_child (GTK_ASPECT_FRAME (frame), area);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), gtk_label_new (name));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "review-thumbnail");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "wp-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_thumbnail_clicked), self, 0);

  return button;
}

static void
build (WpReviewWindow *self)
{
  self->slides = wp_review_build (self->document, self->sprint, wp_date_today ());
  for (guint i = 0; i < self->slides->len; i++)
    {
      const WpSlide *slide = g_ptr_array_index (self->slides, i);
      g_autofree char *name = g_strdup_printf ("%u", i + 1);

      gtk_stack_add_titled (self->deck, new_slide (self, slide), name, slide->heading);
      gtk_flow_box_append (self->overview, new_thumbnail (self, slide, i));
    }
  show_slide (self, 0);
}

/**
 * wp_review_window_get_slide:
 * @self: a review window
 *
 * Returns: the index of the slide shown
 */
guint
wp_review_window_get_slide (WpReviewWindow *self)
{
  const char *name;

  g_return_val_if_fail (WP_IS_REVIEW_WINDOW (self), 0);

  name = gtk_stack_get_visible_child_name (self->deck);

  return name != NULL ? (guint) g_ascii_strtoull (name, NULL, 10) - 1 : 0;
}

guint
wp_review_window_get_n_slides (WpReviewWindow *self)
{
  g_return_val_if_fail (WP_IS_REVIEW_WINDOW (self), 0);

  return self->slides != NULL ? self->slides->len : 0;
}

/**
 * wp_review_window_get_mode:
 * @self: a review window
 *
 * Returns: "slides", "overview" or "blank"
 */
const char *
wp_review_window_get_mode (WpReviewWindow *self)
{
  g_return_val_if_fail (WP_IS_REVIEW_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->mode_stack);
}

static void
leave (WpReviewWindow *self)
{
  if (self->notes != NULL)
    wp_text_area_commit (self->notes);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_typed (WpReviewWindow *self)
{
  /* Translators: shown while a slide number is typed, before Enter */
  g_autofree char *text = g_strdup_printf (_("Go to slide %s"), self->typed->str);

  gtk_label_set_text (self->jump_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->jump_label), self->typed->len > 0);
}

static gboolean
jump_to_typed (WpReviewWindow *self)
{
  guint64 number = g_ascii_strtoull (self->typed->str, NULL, 10);

  g_string_truncate (self->typed, 0);
  show_typed (self);
  if (number >= 1 && number <= self->slides->len)
    show_slide (self, number - 1);

  return TRUE;
}

static gboolean
toggle_mode (WpReviewWindow *self,
             const char     *mode)
{
  gboolean leaving = g_strcmp0 (wp_review_window_get_mode (self), mode) == 0;

  if (leaving)
    show_slide (self, wp_review_window_get_slide (self));
  else
    {
      gtk_stack_set_visible_child_name (self->mode_stack, mode);
      gtk_widget_set_visible (GTK_WIDGET (self->counter), FALSE);
    }
  if (!leaving && g_str_equal (mode, "overview"))
    gtk_widget_child_focus (GTK_WIDGET (self->overview), GTK_DIR_TAB_FORWARD);

  return TRUE;
}

static gboolean
move (WpReviewWindow *self,
      int             by)
{
  int index = (int) wp_review_window_get_slide (self) + by;

  show_slide (self, CLAMP (index, 0, (int) self->slides->len - 1));

  return TRUE;
}

/* The digit a key types, from the row above the letters or the keypad; -1 for another key. */
static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;

  return -1;
}

static gboolean
on_key_pressed (WpReviewWindow  *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean typing = focus != NULL && GTK_IS_TEXT_VIEW (focus);
  gboolean in_slides = g_strcmp0 (wp_review_window_get_mode (self), "slides") == 0;
  int digit = digit_of (keyval);

  /* A number being typed: Enter goes there, Escape forgets it, any other key too. */
  if (self->typed->len > 0 && digit < 0 && keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter)
    {
      g_string_truncate (self->typed, 0);
      show_typed (self);
      if (keyval == GDK_KEY_Escape)
        return TRUE;
    }

  if (keyval == GDK_KEY_Escape)
    {
      if (!in_slides)
        return toggle_mode (self, wp_review_window_get_mode (self));
      leave (self);
      return TRUE;
    }
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Page_Down || keyval == GDK_KEY_Page_Up)
    return in_slides && move (self, keyval == GDK_KEY_Page_Down ? 1 : -1);
  /* The notes take letters, digits, spaces and arrows. */
  if (typing)
    return FALSE;
  if (digit >= 0 && in_slides)
    {
      g_string_append_c (self->typed, '0' + digit);
      show_typed (self);
      return TRUE;
    }
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && self->typed->len > 0)
    return jump_to_typed (self);

  switch (keyval)
    {
    case GDK_KEY_o:
    case GDK_KEY_O:
      return toggle_mode (self, "overview");
    case GDK_KEY_b:
    case GDK_KEY_B:
      return toggle_mode (self, "blank");
    default:
      break;
    }
  if (!in_slides)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_space:
      return move (self, 1);
    case GDK_KEY_Left:
      return move (self, -1);
    case GDK_KEY_Home:
      return move (self, -(int) self->slides->len);
    case GDK_KEY_End:
      return move (self, (int) self->slides->len);
    default:
      return FALSE;
    }
}

/* Ctrl+S keeps the notes and saves the document, as in the window behind. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpReviewWindow *self = WP_REVIEW_WINDOW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (self->notes != NULL)
    wp_text_area_commit (self->notes);
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.save", NULL);
}

/* Each kind of text on a slide: its size against the body text's, and its weight. */
static const struct {
  const char  *css_class;
  double       scale;
  PangoWeight  weight;
} text_kinds[] = {
  { "review-title", 2.5, PANGO_WEIGHT_ULTRABOLD },
  { "review-heading", 1.8, PANGO_WEIGHT_ULTRABOLD },
  { "review-lead", 1.2, PANGO_WEIGHT_NORMAL },
  { "review-group", 1, PANGO_WEIGHT_BOLD },
  { "review-line", 1, PANGO_WEIGHT_NORMAL },
  { "review-detail", 0.9, PANGO_WEIGHT_NORMAL },
  { "review-counter", 0.6, PANGO_WEIGHT_NORMAL },
};

static void
size_label (GtkLabel *label,
            int       unit)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_kinds); i++)
    if (gtk_widget_has_css_class (GTK_WIDGET (label), text_kinds[i].css_class))
      {
        PangoAttrList *attributes = pango_attr_list_new ();

        pango_attr_list_insert (attributes,
                                pango_attr_size_new_absolute (MAX (unit * text_kinds[i].scale, 12) *
                                                              PANGO_SCALE));
        pango_attr_list_insert (attributes, pango_attr_weight_new (text_kinds[i].weight));
        gtk_label_set_attributes (label, attributes);
        pango_attr_list_unref (attributes);
        return;
      }
}

static void
size_texts (GtkWidget *widget,
            int        unit)
{
  if (GTK_IS_LABEL (widget))
    size_label (GTK_LABEL (widget), unit);
  else if (WP_IS_SPRINT_CHART (widget))
    g_object_set (widget, "text-size", unit * 0.8, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    size_texts (child, unit);
}

/*
 * The body text is a 27th of the height: 40 pixels at 1080, 27 at 720. Set
 * on each label rather than by a style sheet: GTK 4.8 does not restyle the
 * slides a stack hides when a style sheet changes.
 */
static gboolean
update_sizes (gpointer user_data)
{
  WpReviewWindow *self = user_data;
  g_autofree char *css = g_strdup_printf ("textview { font-size: %dpx; }", self->unit);

  self->css_source = 0;
  size_texts (GTK_WIDGET (self->deck), self->unit);
  size_label (self->counter, self->unit);
  size_label (self->jump_label, self->unit);
  if (self->notes != NULL)
    gtk_css_provider_load_from_data (self->css, css, -1);

  return G_SOURCE_REMOVE;
}

static void
wp_review_window_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  WpReviewWindow *self = WP_REVIEW_WINDOW (widget);
  int unit = MAX (MIN (height / 27, width / 48), 12);

  GTK_WIDGET_CLASS (wp_review_window_parent_class)->size_allocate (widget, width, height, baseline);
  /* New sizes change the layout: not while it is being made. */
  if (unit != self->unit)
    {
      self->unit = unit;
      if (self->css_source == 0)
        self->css_source = g_idle_add (update_sizes, self);
    }
}

/**
 * wp_review_window_present:
 * @parent: the window the review is started from
 * @document: the document
 * @sprint: the sprint under review
 *
 * Opens the review full screen on @parent's monitor, at its first slide.
 *
 * Returns: (transfer none): the review window
 */
WpReviewWindow *
wp_review_window_present (GtkWindow  *parent,
                          WpDocument *document,
                          WpEntity   *sprint)
{
  WpReviewWindow *self;
  GdkSurface *surface;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WP_IS_SPRINT (sprint), NULL);

  self = g_object_new (WP_TYPE_REVIEW_WINDOW, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->sprint = g_object_ref (sprint);
  build (self);

  surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  if (surface != NULL)
    gtk_window_fullscreen_on_monitor (
      GTK_WINDOW (self),
      gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface));
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

static void
wp_review_window_dispose (GObject *object)
{
  WpReviewWindow *self = WP_REVIEW_WINDOW (object);

  g_clear_handle_id (&self->css_source, g_source_remove);
  g_clear_object (&self->css);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->sprint);

  G_OBJECT_CLASS (wp_review_window_parent_class)->dispose (object);
}

static void
wp_review_window_finalize (GObject *object)
{
  g_string_free (WP_REVIEW_WINDOW (object)->typed, TRUE);

  G_OBJECT_CLASS (wp_review_window_parent_class)->finalize (object);
}

static void
wp_review_window_class_init (WpReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_review_window_dispose;
  object_class->finalize = wp_review_window_finalize;
  widget_class->size_allocate = wp_review_window_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/review/wp-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpReviewWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, WpReviewWindow, deck);
  gtk_widget_class_bind_template_child (widget_class, WpReviewWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, WpReviewWindow, counter);
  gtk_widget_class_bind_template_child (widget_class, WpReviewWindow, jump_label);

  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "review.save",
                                       NULL);
}

static void
wp_review_window_init (WpReviewWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));
  self->typed = g_string_new (NULL);
  self->css = gtk_css_provider_new ();
  /* Before the focused widget: the slides' keys work wherever the focus is. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
