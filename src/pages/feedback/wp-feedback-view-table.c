/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Feedback page's table: a column each for the received date, customer,
 * segment, source, importance, what was said and the linked items, sorted by
 * any of them; cells are inscriptions, which size by characters and lay out
 * their text only to draw it; each row can be dragged onto a backlog item.
 * A narrow window drops the secondary columns, then importance too.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-feedback-view-private.h"
#include "wp-format.h"
#include "wp-item-words.h"
#include "wp-row-slot.h"
#include "wp-widget-utils.h"

/* How much of the text an accessible name repeats. */
#define NAME_TEXT_CHARS 60
/*
 * How much of the text its cell lays out: the cell ends in "…" long before,
 * and a long text costs its shaping on every change of the rows.
 */
#define CELL_TEXT_CHARS 200
/* Below these widths of the table, secondary columns go, then importance too. */
#define NARROW_WIDTH 760
#define NARROWEST_WIDTH 520

typedef enum {
  COLUMN_RECEIVED,
  COLUMN_CUSTOMER,
  COLUMN_SEGMENT,
  COLUMN_SOURCE,
  COLUMN_IMPORTANCE,
  COLUMN_TEXT,
  COLUMN_ITEMS,
  N_COLUMNS
} Column;

/* How wide each column's cells ask to be, in characters: at least, and at best. */
static const struct { guint min; guint natural; } column_chars[N_COLUMNS] = {
  [COLUMN_RECEIVED] = { 6, 11 },
  [COLUMN_CUSTOMER] = { 6, 22 },
  [COLUMN_SEGMENT] = { 4, 14 },
  [COLUMN_SOURCE] = { 4, 13 },
  [COLUMN_IMPORTANCE] = { 4, 12 },
  [COLUMN_TEXT] = { 10, 60 },
  [COLUMN_ITEMS] = { 4, 28 },
};

/* What the cells say */

static const char *
importance_name (int importance)
{
  switch (importance)
    {
    case 3:
      return C_("importance", "Critical");
    case 2:
      return C_("importance", "Important");
    case 1:
      return C_("importance", "Nice to have");
    default:
      return "";
    }
}

static char *
linked_items (WpFeedbackView *self,
              WpEntity       *feedback)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (const char * const *id = wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS); *id; id++)
    g_strv_builder_add (names, wp_referenced_name (self->document, WP_KIND_ITEM, *id));
  list = g_strv_builder_end (names);

  return g_strjoinv (", ", list);
}

static char *
first_line (const char *text)
{
  g_autofree char *start = g_utf8_substring (text ? text : "", 0, CELL_TEXT_CHARS);

  start[strcspn (start, "\n")] = '\0';

  return g_steal_pointer (&start);
}

static char *
cell_text (WpFeedbackView *self,
           WpEntity       *feedback,
           Column          column)
{
  switch (column)
    {
    case COLUMN_RECEIVED:
      return wp_format_date (wp_entity_get_string (feedback, WP_FEEDBACK_RECEIVED));
    case COLUMN_CUSTOMER:
      return g_strdup (wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER));
    case COLUMN_SEGMENT:
      return g_strdup (wp_entity_get_string (feedback, WP_FEEDBACK_SEGMENT));
    case COLUMN_SOURCE:
      return g_strdup (wp_entity_get_string (feedback, WP_FEEDBACK_SOURCE));
    case COLUMN_IMPORTANCE:
      return g_strdup (importance_name (wp_entity_get_int (feedback, WP_FEEDBACK_IMPORTANCE)));
    case COLUMN_TEXT:
      return first_line (wp_entity_get_string (feedback, WP_FEEDBACK_TEXT));
    case COLUMN_ITEMS:
    default:
      return linked_items (self, feedback);
    }
}

/* "Priya Raman: I always screenshot the map before I go because…" */
static char *
row_name (WpEntity *feedback)
{
  const char *customer = wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER);
  const char *text = wp_entity_get_string (feedback, WP_FEEDBACK_TEXT);
  g_autofree char *start = g_utf8_substring (text ? text : "", 0, NAME_TEXT_CHARS);

  /* Translators: accessible name of a feedback row: customer, the beginning of the text */
  return g_strdup_printf (_("%s: %s"), customer ? customer : _("Unknown customer"), start);
}

/* Dragging entries onto an item links them */

/*
 * A drag starts from the row's entry: with the other selected ones if it is
 * selected, else alone.
 */
static GdkContentProvider *
on_drag_prepare (WpFeedbackView *self,
                 double          x,
                 double          y,
                 GtkDragSource  *source)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (source), "wp-list-item");
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GListStore) dragged = g_list_store_new (WP_TYPE_FEEDBACK);

  if (position == GTK_INVALID_LIST_POSITION || self->selection == NULL)
    return NULL;
  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);

  entries = wp_feedback_view_get_selection (self);
  for (guint i = 0; i < entries->len; i++)
    g_list_store_append (dragged, g_ptr_array_index (entries, i));

  return gdk_content_provider_new_typed (G_TYPE_LIST_STORE, dragged);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag)
{
  g_autoptr(GdkPaintable) icon =
    gtk_widget_paintable_new (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  gtk_drag_source_set_icon (source, icon, 12, 12);
}

/* Cells */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            WpFeedbackView           *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "wp-column"));
  /*
   * An inscription sizes itself by characters, not by its text: a change of the
   * rows lays out no text to measure.
   */
  GtkWidget *label = gtk_inscription_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  g_object_set_data (G_OBJECT (label), "wp-view", self);
  g_object_set_data (G_OBJECT (label), "wp-column", GINT_TO_POINTER (column));
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_object_set_data (G_OBJECT (source), "wp-list-item", list_item);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), NULL);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), column_chars[column].min);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), column_chars[column].natural);
  if (column == COLUMN_RECEIVED || column == COLUMN_IMPORTANCE)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_SEGMENT || column == COLUMN_SOURCE || column == COLUMN_ITEMS)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (list_item, label);
}

static void
show_cell (GtkWidget *label,
           WpRowSlot *slot)
{
  WpFeedbackView *self = g_object_get_data (G_OBJECT (label), "wp-view");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "wp-column"));
  WpEntity *feedback = wp_row_slot_get_item (slot);
  g_autofree char *text = cell_text (self, feedback, column);

  g_autofree char *name = column == COLUMN_CUSTOMER ? row_name (feedback) : NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text ? text : "");
  /* Unlike a label, an inscription does not name itself after its text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name ? name : text ? text : "", -1);
  /* The cell around it, and for the customer's, the row around that. */
  wp_widget_name_list_item (label, text ? text : "");
  if (name != NULL && gtk_widget_get_parent (label) != NULL)
    wp_widget_name_list_item (gtk_widget_get_parent (label), name);
}

/*
 * A row keeps its place when the search changes and shows another entry (wp-
 * stable-rows.c): its cells follow.
 */
static void
on_slot_changed (WpRowSlot  *slot,
                 GParamSpec *pspec,
                 GtkWidget  *label)
{
  show_cell (label, slot);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  WpRowSlot *slot = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gulong handler = g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_changed),
                                            label, 0);

  g_object_set_data (G_OBJECT (label), "wp-handler", GSIZE_TO_POINTER (handler));
  show_cell (label, slot);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "wp-handler"));

  g_clear_signal_handler (&handler, gtk_list_item_get_item (list_item));
  g_object_set_data (G_OBJECT (label), "wp-handler", NULL);
}

/* Sorting: by the cell's text, dates and importance by their value */

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  WpEntity *x = (WpEntity *) a, *y = (WpEntity *) b;
  guint field;

  switch (column)
    {
    case COLUMN_IMPORTANCE:
      return wp_entity_get_int (x, WP_FEEDBACK_IMPORTANCE) -
             wp_entity_get_int (y, WP_FEEDBACK_IMPORTANCE);
    case COLUMN_ITEMS:
      return (int) g_strv_length ((GStrv) wp_entity_get_strv (x, WP_FEEDBACK_ITEMS)) -
             (int) g_strv_length ((GStrv) wp_entity_get_strv (y, WP_FEEDBACK_ITEMS));
    case COLUMN_RECEIVED:
      /* Timestamps in the format's form sort as text. */
      field = WP_FEEDBACK_RECEIVED;
      break;
    case COLUMN_CUSTOMER:
      field = WP_FEEDBACK_CUSTOMER;
      break;
    case COLUMN_SEGMENT:
      field = WP_FEEDBACK_SEGMENT;
      break;
    case COLUMN_SOURCE:
      field = WP_FEEDBACK_SOURCE;
      break;
    case COLUMN_TEXT:
    default:
      field = WP_FEEDBACK_TEXT;
      break;
    }

  return g_utf8_collate (wp_entity_get_string (x, field) ?: "",
                         wp_entity_get_string (y, field) ?: "");
}

static void
add_column (WpFeedbackView *self,
            Column          column,
            const char     *title,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter)
    sorter = GTK_SORTER (gtk_custom_sorter_new (compare_column, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "wp-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), NULL);
  view_column = gtk_column_view_column_new (title, factory);
  /* The user may reorder the columns; narrow windows find them by this. */
  g_object_set_data (G_OBJECT (view_column), "wp-column", GINT_TO_POINTER (column));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/**
 * wp_feedback_view_sort:
 * @self: the feedback page
 * @column: the column's index, from 0 for the received date
 * @direction: the order
 *
 * Sorts as a click on the column's header does.
 */
void
wp_feedback_view_sort (WpFeedbackView *self,
                       guint           column,
                       GtkSortType     direction)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_return_if_fail (WP_IS_FEEDBACK_VIEW (self));

  view_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), column);
  gtk_column_view_sort_by_column (self->column_view, view_column, direction);
}

/* Narrow windows */

static gboolean
apply_narrow (gpointer user_data)
{
  WpFeedbackView *self = user_data;
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  self->columns_source = 0;
  for (guint i = 0, n = g_list_model_get_n_items (columns); i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);
      Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view_column), "wp-column"));
      gboolean secondary = column == COLUMN_SEGMENT || column == COLUMN_SOURCE ||
                           column == COLUMN_ITEMS;

      gtk_column_view_column_set_visible (view_column,
                                          (self->narrow < 1 || !secondary) &&
                                            (self->narrow < 2 || column != COLUMN_IMPORTANCE));
    }

  return G_SOURCE_REMOVE;
}

/* A narrow window drops the secondary columns, so that what was said stays readable. */
static void
on_width_changed (WpFeedbackView *self)
{
  double width =
    gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->table_scroller));
  guint narrow = width < NARROWEST_WIDTH ? 2 : width < NARROW_WIDTH ? 1 : 0;

  if (narrow == self->narrow || width <= 0)
    return;

  self->narrow = narrow;
  /* Columns change after this allocation, not during it. */
  if (self->columns_source == 0)
    self->columns_source = g_idle_add (apply_narrow, self);
}

void
_wp_feedback_view_init_table (WpFeedbackView *self)
{
  GtkAdjustment *width = gtk_scrolled_window_get_hadjustment (self->table_scroller);

  add_column (self, COLUMN_RECEIVED, _("Received"), FALSE);
  add_column (self, COLUMN_CUSTOMER, _("Customer"), FALSE);
  add_column (self, COLUMN_SEGMENT, _("Segment"), FALSE);
  add_column (self, COLUMN_SOURCE, _("Source"), FALSE);
  add_column (self, COLUMN_IMPORTANCE, _("Importance"), FALSE);
  add_column (self, COLUMN_TEXT, _("What They Said"), TRUE);
  add_column (self, COLUMN_ITEMS, _("Linked Items"), FALSE);
  g_signal_connect_object (width, "notify::page-size", G_CALLBACK (on_width_changed), self,
                           G_CONNECT_SWAPPED);
}
