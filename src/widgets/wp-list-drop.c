/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpListDrop turns a GtkListView into a drop target for reordering, as the
 * backlog and each board column need it: the slot under the pointer (before
 * a row in its upper half, after it in its lower half) is marked on the row
 * with the CSS classes .drop-above and .drop-below, the list scrolls when the
 * pointer nears its top or bottom edge, the slot is reported while it
 * changes (::hover) and on a drop (::drop).
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include "wp-drag-scroll.h"
#include "wp-list-drop.h"

struct _WpListDrop
{
  GObject            parent_instance;

  GtkListView       *list_view;
  GType              row_type;
  GtkWidget         *marked_row;
  guint              hover_slot;    /* the slot last said by ::hover, G_MAXUINT for none */
};

G_DEFINE_FINAL_TYPE (WpListDrop, wp_list_drop, G_TYPE_OBJECT)

enum {
  DROP,
  HOVER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * wp_list_drop_attach_row:
 * @row: a row widget made by the list's factory
 * @list_item: the list item it is the child of
 *
 * Lets the drop target find the row's position. Call it from the factory's setup.
 */
void
wp_list_drop_attach_row (GtkWidget   *row,
                         GtkListItem *list_item)
{
  g_object_set_data (G_OBJECT (row), "wp-list-item", list_item);
}

/**
 * wp_list_drop_row_position:
 * @row: a row given to wp_list_drop_attach_row()
 *
 * Returns: the row's position in the list's model
 */
guint
wp_list_drop_row_position (GtkWidget *row)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (row), "wp-list-item");

  return list_item ? gtk_list_item_get_position (list_item) : GTK_INVALID_LIST_POSITION;
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  WpListDropObjectFunc get_object = g_object_get_data (G_OBJECT (source), "wp-get-object");
  g_autoptr(GObject) object = get_object (row);
  GdkContentProvider *providers[16];
  guint n = 0;

  if (object == NULL)
    return NULL;

  /*
   * Offered as its own type and every ancestor, so a target that takes any
   * entity accepts an item.
   */
  for (GType type = G_OBJECT_TYPE (object); type != G_TYPE_OBJECT && n < G_N_ELEMENTS (providers);
       type = g_type_parent (type))
    providers[n++] = gdk_content_provider_new_typed (type, object);

  return gdk_content_provider_new_union (providers, n);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 24, 12);
}

/**
 * wp_list_drop_add_drag_source:
 * @row: a row widget
 * @get_object: returns (transfer full) what the row offers when dragged
 *
 * Lets the row be dragged, showing itself under the pointer.
 */
void
wp_list_drop_add_drag_source (GtkWidget            *row,
                              WpListDropObjectFunc  get_object)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_object_set_data (G_OBJECT (source), "wp-get-object", get_object);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
}

static GtkWidget *
row_at (WpListDrop *self,
        double      x,
        double      y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && !g_type_is_a (G_OBJECT_TYPE (picked), self->row_type))
    picked = gtk_widget_get_parent (picked);

  return picked;
}

static void
mark (WpListDrop *self,
      GtkWidget  *row,
      gboolean    below)
{
  if (self->marked_row != NULL)
    {
      gtk_widget_remove_css_class (self->marked_row, "drop-above");
      gtk_widget_remove_css_class (self->marked_row, "drop-below");
    }
  g_set_weak_pointer (&self->marked_row, row);
  if (row != NULL)
    gtk_widget_add_css_class (row, below ? "drop-below" : "drop-above");
}

/* The slot at (x, y): a row's position, or one more in its lower half; past the rows, the end. */
static guint
slot_at (WpListDrop *self,
         double      x,
         double      y,
         GtkWidget **row_out,
         gboolean   *below_out)
{
  GtkWidget *row = row_at (self, x, y);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->list_view));
  double row_x, row_y;

  *row_out = row;
  *below_out = FALSE;
  if (row == NULL)
    return model ? g_list_model_get_n_items (model) : 0;

  gtk_widget_translate_coordinates (GTK_WIDGET (self->list_view), row, x, y, &row_x, &row_y);
  *below_out = row_y >= gtk_widget_get_height (row) / 2.0;

  return wp_list_drop_row_position (row) + (*below_out ? 1 : 0);
}

/* Says where a drop would land now, when that changed; @value NULL when none would. */
static void
hover (WpListDrop   *self,
       const GValue *value,
       guint         slot)
{
  if (value == NULL)
    slot = G_MAXUINT;
  if (slot == self->hover_slot)
    return;
  self->hover_slot = slot;
  g_signal_emit (self, signals[HOVER], 0, value != NULL ? g_value_get_object (value) : NULL, slot);
}

static GdkDragAction
on_motion (GtkDropTarget *target,
           double         x,
           double         y,
           WpListDrop    *self)
{
  GtkWidget *row;
  gboolean below;
  guint slot = slot_at (self, x, y, &row, &below);

  mark (self, row, below);
  hover (self, gtk_drop_target_get_value (target), slot);

  return GDK_ACTION_MOVE;
}

static void
on_leave (GtkDropTarget *target,
          WpListDrop    *self)
{
  mark (self, NULL, FALSE);
  hover (self, NULL, G_MAXUINT);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WpListDrop    *self)
{
  GtkWidget *row;
  gboolean below, accepted = FALSE;
  guint slot = slot_at (self, x, y, &row, &below);

  mark (self, NULL, FALSE);
  hover (self, NULL, G_MAXUINT);
  g_signal_emit (self, signals[DROP], 0, g_value_get_object (value), slot, &accepted);

  return accepted;
}

/**
 * wp_list_drop_new:
 * @list_view: the list to drop into
 * @scroller: the scrolled window around it
 * @row_type: the type of the rows its factory makes
 * @value_type: the object type that can be dropped, alone or as a
 *   #GListStore of several
 *
 * Returns: (transfer full): the helper; keep it as long as the list
 */
WpListDrop *
wp_list_drop_new (GtkListView       *list_view,
                  GtkScrolledWindow *scroller,
                  GType              row_type,
                  GType              value_type)
{
  WpListDrop *self = g_object_new (WP_TYPE_LIST_DROP, NULL);
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  GType types[] = { value_type, G_TYPE_LIST_STORE };

  self->list_view = list_view;
  self->row_type = row_type;

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  /* What is dragged is known while it hovers, for ::hover. */
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect_object (target, "motion", G_CALLBACK (on_motion), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (on_leave), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (list_view), GTK_EVENT_CONTROLLER (target));
  wp_drag_scroll_attach (scroller);

  return self;
}

static void
wp_list_drop_dispose (GObject *object)
{
  WpListDrop *self = WP_LIST_DROP (object);

  g_clear_weak_pointer (&self->marked_row);

  G_OBJECT_CLASS (wp_list_drop_parent_class)->dispose (object);
}

static void
wp_list_drop_class_init (WpListDropClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wp_list_drop_dispose;

  /**
   * WpListDrop::drop:
   * @self: the helper
   * @value: the dropped object, or a #GListStore of several
   * @slot: where it landed: before the entry at @slot (the number of entries for the end)
   *
   * Emitted on a drop. Return %TRUE if the drop was taken.
   */
  signals[DROP] =
    g_signal_new ("drop",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  g_signal_accumulator_true_handled, NULL,
                  NULL,
                  G_TYPE_BOOLEAN, 2, G_TYPE_OBJECT, G_TYPE_UINT);

  /**
   * WpListDrop::hover:
   * @self: the helper
   * @value: (nullable): what is dragged, or a #GListStore of several; %NULL once it left,
   *   was dropped, or is not known yet
   * @slot: where it would land: before the entry at @slot; %G_MAXUINT with no @value
   *
   * Emitted when where a drop would land changes, so that a list can show beforehand what a
   * drop there would do.
   */
  signals[HOVER] =
    g_signal_new ("hover",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_UINT);
}

static void
wp_list_drop_init (WpListDrop *self)
{
  self->hover_slot = G_MAXUINT;
}
