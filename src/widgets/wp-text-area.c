/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpTextArea is a text view for a document's longer texts (an item's
 * description, the vision board). What is typed is handed over with the
 * ::committed signal when typing pauses and when the focus leaves, so that
 * each pause is one undo step and Ctrl+S right after typing finds the text
 * in the document. Text set from the document never comes back as a commit.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include "wp-text-area.h"

/* Typing is handed over this long after the last key. */
#define PAUSE_MS 800

struct _WpTextArea
{
  GtkTextView  parent_instance;

  char        *committed;   /* the text as the document has it */
  guint        pause_source;
  guint        resize_source;
};

G_DEFINE_FINAL_TYPE (WpTextArea, wp_text_area, GTK_TYPE_TEXT_VIEW)

enum {
  COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * wp_text_area_dup_text:
 * @self: a text area
 *
 * Returns: (transfer full): the text shown
 */
char *
wp_text_area_dup_text (WpTextArea *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (WP_IS_TEXT_AREA (self), NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * wp_text_area_set_text:
 * @self: a text area
 * @text: (nullable): the text the document has
 *
 * Shows @text, unless it is shown already: the cursor then stays where the
 * user is typing.
 */
void
wp_text_area_set_text (WpTextArea *self,
                       const char *text)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (WP_IS_TEXT_AREA (self));

  text = text ? text : "";
  g_free (self->committed);
  self->committed = g_strdup (text);
  shown = wp_text_area_dup_text (self);
  if (!g_str_equal (shown, text))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), text, -1);
  g_clear_handle_id (&self->pause_source, g_source_remove);
}

/**
 * wp_text_area_has_pending:
 * @self: a text area
 *
 * Returns: whether it shows typing that is not committed yet
 */
gboolean
wp_text_area_has_pending (WpTextArea *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (WP_IS_TEXT_AREA (self), FALSE);

  text = wp_text_area_dup_text (self);

  return self->committed != NULL && !g_str_equal (text, self->committed);
}

/**
 * wp_text_area_commit:
 * @self: a text area
 *
 * Hands over what was typed now, if anything was: before the text area
 * shows something else.
 */
void
wp_text_area_commit (WpTextArea *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (WP_IS_TEXT_AREA (self));

  g_clear_handle_id (&self->pause_source, g_source_remove);
  text = wp_text_area_dup_text (self);
  if (self->committed == NULL || g_str_equal (text, self->committed))
    return;

  g_free (self->committed);
  self->committed = g_strdup (text);
  g_signal_emit (self, signals[COMMITTED], 0, text);
}

static gboolean
on_pause (gpointer user_data)
{
  WpTextArea *self = user_data;

  self->pause_source = 0;
  wp_text_area_commit (self);

  return G_SOURCE_REMOVE;
}

static void
on_changed (WpTextArea *self)
{
  g_clear_handle_id (&self->pause_source, g_source_remove);
  self->pause_source = g_timeout_add (PAUSE_MS, on_pause, self);
}

static gboolean
resize_later (gpointer user_data)
{
  WpTextArea *self = user_data;

  self->resize_source = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/*
 * GTK 4.8 lays out a text view's lines in an idle; when that happens while
 * the window is being laid out (a busy machine makes it likely), the resize
 * it asks for is lost and the text view keeps the height it had: 0, and shows
 * nothing. If it has grown taller than it was given, it asks again, after
 * this layout.
 */
static void
wp_text_area_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  WpTextArea *self = WP_TEXT_AREA (widget);
  int minimum;

  GTK_WIDGET_CLASS (wp_text_area_parent_class)->size_allocate (widget, width, height, baseline);

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  if (minimum > height && self->resize_source == 0)
    self->resize_source = g_idle_add (resize_later, self);
}

static void
wp_text_area_dispose (GObject *object)
{
  WpTextArea *self = WP_TEXT_AREA (object);

  g_clear_handle_id (&self->pause_source, g_source_remove);
  g_clear_handle_id (&self->resize_source, g_source_remove);
  g_clear_pointer (&self->committed, g_free);

  G_OBJECT_CLASS (wp_text_area_parent_class)->dispose (object);
}

static void
wp_text_area_class_init (WpTextAreaClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_text_area_dispose;
  GTK_WIDGET_CLASS (klass)->size_allocate = wp_text_area_size_allocate;

  /**
   * WpTextArea::committed:
   * @self: the text area
   * @text: the text as typed
   *
   * Emitted when typing pauses or the focus leaves, if the text changed.
   */
  signals[COMMITTED] =
    g_signal_new ("committed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
wp_text_area_init (WpTextArea *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  /* These texts sit in forms and boards: Tab goes on to the next field. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self), FALSE);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (wp_text_area_commit), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "changed",
                            G_CALLBACK (on_changed), self);
}
