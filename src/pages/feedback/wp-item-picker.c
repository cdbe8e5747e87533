/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpItemPicker finds a backlog item as its title is typed: the first matches
 * show, the first highlighted; Up and Down move the highlight, Enter or a
 * click picks it, and the dialog closes.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include "wp-accessible.h"
#include "wp-item-matches.h"
#include "wp-item-picker.h"

#define MAX_MATCHES 12

struct _WpItemPicker
{
  AdwWindow       parent_instance;

  GtkSearchEntry *search_entry;
  GtkListBox     *matches;

  WpDocument     *document;
};

G_DEFINE_FINAL_TYPE (WpItemPicker, wp_item_picker, ADW_TYPE_WINDOW)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_search_changed (WpItemPicker *self)
{
  wp_item_matches_fill (self->matches, self->document,
                        gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), NULL,
                        MAX_MATCHES, FALSE);
}

static void
pick (WpItemPicker  *self,
      GtkListBoxRow *row)
{
  WpEntity *item = wp_document_lookup (self->document, WP_KIND_ITEM, wp_item_matches_get_id (row));

  if (item != NULL)
    g_signal_emit (self, signals[PICKED], 0, item);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_activate (WpItemPicker *self)
{
  GtkListBoxRow *row;

  /* The list follows typing after a pause; Enter should not wait for it. */
  on_search_changed (self);
  row = gtk_list_box_get_selected_row (self->matches);
  if (row != NULL)
    pick (self, row);
}

static void
on_row_activated (WpItemPicker  *self,
                  GtkListBoxRow *row)
{
  pick (self, row);
}

/* The search entry takes Escape: it clears the search, or closes the picker when
 * there is none, as Escape in a dialog does. */
static void
on_stop_search (WpItemPicker *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_key (WpItemPicker    *self,
        guint            keyval,
        guint            keycode,
        GdkModifierType  state)
{
  return wp_item_matches_move (self->matches, keyval);
}

/**
 * wp_item_picker_search:
 * @self: the picker
 * @text: what to look for
 *
 * Shows the matches as typing @text would.
 */
void
wp_item_picker_search (WpItemPicker *self,
                       const char   *text)
{
  g_return_if_fail (WP_IS_ITEM_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

/**
 * wp_item_picker_new:
 * @parent: the window it belongs to
 * @document: the document whose items are offered
 *
 * Returns: (transfer none): the picker, shown
 */
WpItemPicker *
wp_item_picker_new (GtkWindow  *parent,
                    WpDocument *document)
{
  WpItemPicker *self = g_object_new (WP_TYPE_ITEM_PICKER, "transient-for", parent, NULL);

  self->document = g_object_ref (document);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

static void
wp_item_picker_dispose (GObject *object)
{
  g_clear_object (&WP_ITEM_PICKER (object)->document);

  G_OBJECT_CLASS (wp_item_picker_parent_class)->dispose (object);
}

static void
wp_item_picker_class_init (WpItemPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_item_picker_dispose;

  /**
   * WpItemPicker::picked:
   * @self: the picker
   * @item: the backlog item picked
   *
   * Emitted when an item is picked, just before the picker closes.
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, WP_TYPE_ENTITY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/feedback/wp-item-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, WpItemPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpItemPicker, matches);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_item_picker_init (WpItemPicker *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}
