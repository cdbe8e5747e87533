/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackView is the Feedback page: what customers said, in a table of
 * received date, customer, segment, source, importance, text and linked
 * items, sorted by any column, narrowed as the search is typed (text,
 * customer, tags) and by the filters row (segment, source, tag, importance,
 * linked or not, the day received) while it shows; a narrow window drops the
 * secondary columns. Entries are captured with Ctrl+N (the window routes it
 * here while the page shows) or imported from a CSV file, edited with Enter or a double click, linked to
 * a backlog item with Ctrl+L or by dragging them onto an item of the side
 * list, and removed with Delete, each undoable. The customer cell's
 * accessible name holds the customer and the beginning of the text, so that
 * a screen reader user knows the row.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-demand.h"
#include "wp-feedback-dialog.h"
#include "wp-feedback-query.h"
#include "wp-feedback-results.h"
#include "wp-page.h"
#include "wp-feedback-view.h"
#include "wp-import-dialog.h"
#include "wp-item-format.h"
#include "wp-item-matches.h"
#include "wp-item-picker.h"
#include "wp-row-slot.h"
#include "wp-stable-rows.h"
#include "wp-text-match.h"
#include "wp-time-scale.h"
#include "wp-toast.h"

/* How much of the text an accessible name repeats. */
#define NAME_TEXT_CHARS 60
/* How long a title made from feedback gets. */
#define TITLE_CHARS 72
/* How much of the text its cell lays out: the cell ends in "…" long before, and a long text costs its shaping on every change of the rows. */
#define CELL_TEXT_CHARS 200
/* How many items "Most Requested" lists. */
#define MAX_REQUESTED 15
/* How many items the side list offers to drop feedback on. */
#define MAX_LINK_TARGETS 50
/* Below these widths of the table, secondary columns go, then importance too. */
#define NARROW_WIDTH 760
#define NARROWEST_WIDTH 520
/* The received filter's choices that count days back from today; then "between two days". */
static const guint received_days[] = { 0, 7, 30, 90, 365 };
#define RECEIVED_BETWEEN G_N_ELEMENTS (received_days)
/* How many entries one idle moment prepares for searching: a few milliseconds' work. */
#define PREPARE_CHUNK 2000

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

struct _WpFeedbackView
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search_entry;
  GtkToggleButton    *filter_button;
  GtkRevealer        *filter_revealer;
  GtkDropDown        *segment_filter;
  GtkDropDown        *source_filter;
  GtkDropDown        *tag_filter;
  GtkDropDown        *importance_filter;
  GtkDropDown        *linked_filter;
  GtkDropDown        *received_filter;
  GtkEntry           *from_entry;
  GtkEntry           *to_entry;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkScrolledWindow  *table_scroller;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkButton          *import_button;
  AdwFlap            *flap;
  GtkStack           *side_stack;
  GtkToggleButton    *link_button;
  GtkToggleButton    *requested_button;
  GtkSearchEntry     *item_search;
  GtkListBox         *link_targets;
  GtkListBox         *requested_list;

  WpDocument         *document;
  WpFeedbackQuery    *query;
  WpFeedbackResults  *results;
  GtkSortListModel   *sorted;
  WpStableRows       *rows;
  GtkMultiSelection  *selection;
  GPtrArray          *moving;        /* the selected entries while the rows change under them */
  gboolean            filling;       /* the filter choices are being filled, not chosen */
  guint               side_source;
  guint               prepare_source;
  guint               prepared;      /* entries prepared for searching so far */
  guint               narrow;        /* 0 wide, 1 narrow, 2 narrowest */
  guint               columns_source;
};

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpFeedbackView, wp_feedback_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

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

  /* Translators: accessible name of a feedback row: customer, then the beginning of what they said */
  return g_strdup_printf (_("%s: %s"), customer ? customer : _("Unknown customer"), start);
}

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

/* Dragging entries onto an item links them */

/* A drag starts from the row's entry: with the other selected ones if it is selected, else alone. */
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
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  gtk_drag_source_set_icon (source, icon, 12, 12);
}

/* Cells */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            WpFeedbackView           *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "wp-column"));
  /* An inscription sizes itself by characters, not by its text: a change of the rows lays out no text to measure. */
  GtkWidget *label = gtk_inscription_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  g_object_set_data (G_OBJECT (label), "wp-view", self);
  g_object_set_data (G_OBJECT (label), "wp-column", GINT_TO_POINTER (column));
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_object_set_data (G_OBJECT (source), "wp-list-item", list_item);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare), self, G_CONNECT_SWAPPED);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), NULL);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
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
}

/* A row keeps its place when the search changes and shows another entry (wp-stable-rows.c): its cells follow. */
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
  gulong handler = g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_changed), label, 0);

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
      return wp_entity_get_int (x, WP_FEEDBACK_IMPORTANCE) - wp_entity_get_int (y, WP_FEEDBACK_IMPORTANCE);
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

  return g_utf8_collate (wp_entity_get_string (x, field) ?: "", wp_entity_get_string (y, field) ?: "");
}

static void
add_column (WpFeedbackView *self,
            Column          column,
            const char     *title,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_column, GINT_TO_POINTER (column), NULL));

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

/* Searching and filtering */

static void
update_count (WpFeedbackView *self)
{
  guint shown = self->sorted ? g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) : 0;
  guint all = self->document ? g_list_model_get_n_items (wp_document_get_list (self->document, WP_KIND_FEEDBACK)) : 0;
  g_autofree char *count = NULL;

  if (shown == all)
    /* Translators: how many feedback entries there are */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", all), all);
  else
    /* Translators: how many feedback entries the search shows, of all */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u entry", "%u of %u entries", all), shown, all);
  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), all == 0);
  adw_status_page_set_description (self->empty_page,
                                   all > 0 ? _("Nothing matches the search.")
                                           : _("What customers say about the product will be listed here."));
}

static gboolean
prepare_search (gpointer user_data)
{
  WpFeedbackView *self = user_data;

  if (self->query != NULL && wp_feedback_query_prepare (self->query, &self->prepared, PREPARE_CHUNK))
    return G_SOURCE_CONTINUE;

  self->prepare_source = 0;
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (WpFeedbackView *self)
{
  if (self->query != NULL)
    wp_feedback_query_set_text (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* The values a filter offers: "any" first, then those the entries have. */
static void
fill_value_filter (WpFeedbackView *self,
                   GtkDropDown    *dropdown,
                   guint           field,
                   const char     *any)
{
  g_auto(GStrv) values = wp_feedback_query_list_values (self->query, field);
  const char *chosen = wp_feedback_query_get_field (self->query, field);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (names, any);
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autofree char *folded = wp_text_fold (values[i]);

      gtk_string_list_append (names, values[i]);
      if (g_strcmp0 (folded, chosen) == 0)
        selected = i + 1;
    }
  self->filling = TRUE;
  g_object_set_data_full (G_OBJECT (dropdown), "wp-values", g_steal_pointer (&values), (GDestroyNotify) g_strfreev);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, selected);
  self->filling = FALSE;
}

static void
fill_filters (WpFeedbackView *self)
{
  if (self->query == NULL || !gtk_revealer_get_reveal_child (self->filter_revealer))
    return;

  fill_value_filter (self, self->segment_filter, WP_FEEDBACK_SEGMENT, _("Any segment"));
  fill_value_filter (self, self->source_filter, WP_FEEDBACK_SOURCE, _("Any source"));
  fill_value_filter (self, self->tag_filter, WP_FEEDBACK_TAGS, _("Any tag"));
}

static const char *
chosen_value (GtkDropDown *dropdown)
{
  const char * const *values = g_object_get_data (G_OBJECT (dropdown), "wp-values");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (values == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > g_strv_length ((GStrv) values))
    return NULL;

  return values[selected - 1];
}

/* A day typed as the format writes it (2026-01-31) or as the locale does; NULL when empty or not a day. */
static char *
typed_day (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GDate) date = g_date_new ();
  guint32 day;
  gboolean valid = text[0] == '\0' || wp_date_parse (text, &day);

  if (text[0] != '\0' && !valid)
    {
      g_date_set_parse (date, text);
      valid = g_date_valid (date);
      if (valid)
        day = g_date_get_julian (date);
    }
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");

  return text[0] != '\0' && valid ? wp_date_format (day) : NULL;
}

static void
apply_received_filter (WpFeedbackView *self)
{
  guint chosen = gtk_drop_down_get_selected (self->received_filter);
  gboolean between = chosen == RECEIVED_BETWEEN;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->from_entry), between);
  gtk_widget_set_visible (GTK_WIDGET (self->to_entry), between);
  if (between)
    {
      from = typed_day (self->from_entry);
      to = typed_day (self->to_entry);
    }
  else if (chosen > 0 && chosen < RECEIVED_BETWEEN)
    from = wp_date_format (wp_date_today () - received_days[chosen] + 1);

  wp_feedback_query_set_received (self->query, from, to);
}

/* Importance is listed from critical down; the query counts up from nice to have. */
static int
chosen_importance (WpFeedbackView *self)
{
  guint chosen = gtk_drop_down_get_selected (self->importance_filter);

  return chosen > 0 && chosen <= 3 ? 4 - (int) chosen : 0;
}

/* The filters count while their row shows, as the backlog's do while its search bar shows. */
static void
on_filter_changed (WpFeedbackView *self)
{
  if (self->query == NULL || self->filling)
    return;

  if (!gtk_revealer_get_reveal_child (self->filter_revealer))
    {
      wp_feedback_query_clear_filters (self->query);
      return;
    }

  wp_feedback_query_set_field (self->query, WP_FEEDBACK_SEGMENT, chosen_value (self->segment_filter));
  wp_feedback_query_set_field (self->query, WP_FEEDBACK_SOURCE, chosen_value (self->source_filter));
  wp_feedback_query_set_field (self->query, WP_FEEDBACK_TAGS, chosen_value (self->tag_filter));
  wp_feedback_query_set_importance (self->query, chosen_importance (self));
  wp_feedback_query_set_linked (self->query, (WpLinkedFilter) MIN (gtk_drop_down_get_selected (self->linked_filter),
                                                                   WP_LINKED_NO));
  apply_received_filter (self);
}

static void
on_filter_toggled (WpFeedbackView *self)
{
  gtk_revealer_set_reveal_child (self->filter_revealer, gtk_toggle_button_get_active (self->filter_button));
  fill_filters (self);
  on_filter_changed (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);
  GtkDropDown *dropdowns[] = { self->segment_filter, self->source_filter, self->tag_filter,
                               self->importance_filter, self->linked_filter, self->received_filter };

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_selected (dropdowns[i], 0);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  self->filling = FALSE;
  on_filter_changed (self);
}

/**
 * wp_feedback_view_search:
 * @self: the feedback page
 * @text: what to search for
 *
 * Narrows the list as typing @text into the search would.
 */
void
wp_feedback_view_search (WpFeedbackView *self,
                         const char     *text)
{
  g_return_if_fail (WP_IS_FEEDBACK_VIEW (self));

  /* Replacing the text empties the entry first, which it reports at once; the list should not show everything meanwhile. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  /* The entry reports changes after a delay; the list should not wait. */
  on_search_changed (self);
}

/**
 * wp_feedback_view_get_model:
 * @self: the feedback page
 *
 * Returns: (transfer none) (nullable): the entries as shown: searched and sorted
 */
GListModel *
wp_feedback_view_get_model (WpFeedbackView *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_VIEW (self), NULL);

  return self->sorted ? G_LIST_MODEL (self->sorted) : NULL;
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

/* Most requested */

static int
compare_demand (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  WpDemand *demand = user_data;
  const char *x = wp_entity_get_id (*(WpEntity **) a), *y = wp_entity_get_id (*(WpEntity **) b);
  int customers = (int) wp_demand_customers (demand, y) - (int) wp_demand_customers (demand, x);

  return customers != 0 ? customers : (int) wp_demand_weight (demand, y) - (int) wp_demand_weight (demand, x);
}

/* The items customers asked for most: distinct customers first, then importance-weighted mentions. */
static void
fill_requested (WpFeedbackView *self)
{
  WpDemand *demand = wp_document_get_demand (self->document);
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  g_autoptr(GPtrArray) asked = g_ptr_array_new_with_free_func (g_object_unref);

  wp_list_box_remove_all (self->requested_list);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      WpEntity *item = g_list_model_get_item (items, i);

      if (wp_demand_customers (demand, wp_entity_get_id (item)) > 0)
        g_ptr_array_add (asked, item);
      else
        g_object_unref (item);
    }
  g_ptr_array_sort_with_data (asked, compare_demand, demand);

  for (guint i = 0; i < MIN (asked->len, MAX_REQUESTED); i++)
    {
      WpEntity *item = g_ptr_array_index (asked, i);
      guint customers = wp_demand_customers (demand, wp_entity_get_id (item));
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *facts = NULL;

      /* Translators: under an item in "Most Requested": customers, then the importance-weighted mentions */
      facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer · weight %u", "%u customers · weight %u",
                                            customers), customers, wp_demand_weight (demand, wp_entity_get_id (item)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wp_entity_get_display_name (item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "wp-id", g_strdup (wp_entity_get_id (item)), g_free);
      gtk_list_box_append (self->requested_list, row);
    }
}

/* Linking */

static void
link_entries (WpFeedbackView *self,
              GPtrArray      *entries,
              WpEntity       *item)
{
  g_autofree char *label = NULL;
  guint changed = 0;

  if (entries->len == 0)
    return;

  /* Translators: undo label and toast; %s is a backlog item */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Link %u Entry to “%s”", "Link %u Entries to “%s”", entries->len),
                           entries->len, wp_entity_get_display_name (item));
  wp_document_begin (self->document, label);
  for (guint i = 0; i < entries->len; i++)
    {
      WpEntity *feedback = g_ptr_array_index (entries, i);
      const char * const *linked = wp_entity_get_strv (feedback, WP_FEEDBACK_ITEMS);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) items = NULL;

      if (g_strv_contains (linked, wp_entity_get_id (item)))
        continue;
      g_strv_builder_addv (builder, (const char **) linked);
      g_strv_builder_add (builder, wp_entity_get_id (item));
      items = g_strv_builder_end (builder);
      changed += wp_document_set_strv (self->document, feedback, WP_FEEDBACK_ITEMS, (const char * const *) items);
    }
  wp_document_end (self->document);
  /* Inside a bigger step (a new item), the caller says what happened. */
  if (wp_history_in_group (wp_document_get_history (self->document)))
    return;
  if (changed > 0)
    wp_show_toast (GTK_WIDGET (self), label, TRUE);
  else
    {
      g_autofree char *already = NULL;

      /* Translators: a toast when the dropped or picked entries were linked to the item before; %s is the item */
      already = g_strdup_printf (_("Already linked to “%s”"), wp_entity_get_display_name (item));
      /* Nothing was done, so there is nothing to undo. */
      wp_show_toast (GTK_WIDGET (self), already, FALSE);
    }
}

static WpEntity *
target_item (WpFeedbackView *self,
             GtkListBoxRow  *row)
{
  return wp_document_lookup (self->document, WP_KIND_ITEM, wp_item_matches_get_id (row));
}

static gboolean
on_link_drop (GtkDropTarget  *target,
              const GValue   *value,
              double          x,
              double          y,
              WpFeedbackView *self)
{
  GListModel *dropped = g_value_get_object (value);
  GtkListBoxRow *row = GTK_LIST_BOX_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  WpEntity *item = target_item (self, row);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  if (item == NULL || dropped == NULL || g_list_model_get_item_type (dropped) != WP_TYPE_FEEDBACK)
    return FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (dropped); i < n; i++)
    g_ptr_array_add (entries, g_list_model_get_item (dropped, i));
  link_entries (self, entries, item);

  return TRUE;
}

/* The side list: the top of the backlog, or the items whose title holds what is typed; each takes dropped feedback. */
static void
fill_link_targets (WpFeedbackView *self)
{
  if (self->document == NULL)
    return;

  wp_item_matches_fill (self->link_targets, self->document, gtk_editable_get_text (GTK_EDITABLE (self->item_search)),
                        NULL, MAX_LINK_TARGETS, TRUE);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->link_targets)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_LIST_STORE, GDK_ACTION_COPY);

      g_signal_connect_object (target, "drop", G_CALLBACK (on_link_drop), self, 0);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
      gtk_widget_add_css_class (row, "link-target");
    }
}

/* Enter on an item of the side list links the selected entries to it, as a drop would. */
static void
on_link_target_activated (WpFeedbackView *self,
                          GtkListBoxRow  *row)
{
  WpEntity *item = target_item (self, row);

  if (item != NULL)
    wp_feedback_view_link (self, item);
}

/* The side panel: the backlog to link to, or the most requested items */

static gboolean
refresh_side (gpointer user_data)
{
  WpFeedbackView *self = user_data;

  self->side_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_toggle_button_get_active (self->requested_button))
    fill_requested (self);
  if (gtk_toggle_button_get_active (self->link_button))
    fill_link_targets (self);
  /* An import or an edit may bring new segments, sources or tags to choose. */
  fill_filters (self);

  return G_SOURCE_REMOVE;
}

static void
queue_side (WpFeedbackView *self)
{
  if (self->side_source == 0)
    self->side_source = g_idle_add (refresh_side, self);
}

/* One side panel at a time: showing one hides the other. */
static void
on_side_toggled (WpFeedbackView  *self,
                 GtkToggleButton *button)
{
  gboolean requested = button == self->requested_button;
  GtkToggleButton *other = requested ? self->link_button : self->requested_button;

  if (gtk_toggle_button_get_active (button))
    {
      gtk_toggle_button_set_active (other, FALSE);
      gtk_stack_set_visible_child_name (self->side_stack, requested ? "requested" : "backlog");
    }
  adw_flap_set_reveal_flap (self->flap, gtk_toggle_button_get_active (self->requested_button) ||
                                        gtk_toggle_button_get_active (self->link_button));
  queue_side (self);
}

static void
on_requested_activated (WpFeedbackView *self,
                        GtkListBoxRow  *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s", g_object_get_data (G_OBJECT (row), "wp-id"));
}

/**
 * wp_feedback_view_get_requested:
 * @self: the feedback page
 *
 * Returns: (transfer none): the list of the most requested items, as shown
 */
GtkListBox *
wp_feedback_view_get_requested (WpFeedbackView *self)
{
  g_return_val_if_fail (WP_IS_FEEDBACK_VIEW (self), NULL);

  return self->requested_list;
}

static void
on_document_changed (WpFeedbackView *self,
                     WpEntity       *entity)
{
  if (WP_IS_FEEDBACK (entity) || WP_IS_ITEM (entity))
    queue_side (self);
}

/* The document */

/* Capturing, editing, removing */

/**
 * wp_feedback_view_get_selection:
 * @self: the feedback page
 *
 * Returns: (transfer full) (element-type WpEntity): the selected entries, as shown
 */
GPtrArray *
wp_feedback_view_get_selection (WpFeedbackView *self)
{
  GPtrArray *entries;

  g_return_val_if_fail (WP_IS_FEEDBACK_VIEW (self), NULL);

  /* The table's rows show entries; the rows are selected. */
  entries = wp_selection_dup_selected (self->selection ? GTK_SELECTION_MODEL (self->selection) : NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      WpRowSlot *slot = entries->pdata[i];

      entries->pdata[i] = g_object_ref (wp_row_slot_get_item (slot));
      g_object_unref (slot);
    }

  return entries;
}

/* The selection follows positions and the rows keep theirs when the entries change: it follows the entries instead. */
static void
remember_selection (WpFeedbackView *self)
{
  g_clear_pointer (&self->moving, g_ptr_array_unref);
  self->moving = wp_feedback_view_get_selection (self);
}

static void
restore_selection (WpFeedbackView *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) all = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  if (self->moving == NULL || self->moving->len == 0)
    return;

  for (guint i = 0; i < self->moving->len; i++)
    g_hash_table_add (wanted, g_ptr_array_index (self->moving, i));
  for (guint i = 0; i < n && g_hash_table_size (wanted) > 0; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (g_hash_table_remove (wanted, entry))
        gtk_bitset_add (selected, i);
    }
  all = gtk_bitset_new_range (0, n);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, all);
  g_clear_pointer (&self->moving, g_ptr_array_unref);
}

/**
 * wp_feedback_view_get_selected:
 * @self: the feedback page
 *
 * Returns: (transfer none) (nullable): the first selected entry
 */
WpEntity *
wp_feedback_view_get_selected (WpFeedbackView *self)
{
  g_autoptr(GPtrArray) entries = wp_feedback_view_get_selection (self);

  /* The document holds the entry. */
  return entries->len > 0 ? g_ptr_array_index (entries, 0) : NULL;
}

/**
 * wp_feedback_view_link:
 * @self: the feedback page
 * @item: a backlog item
 *
 * Links the selected entries to @item, as one undo step.
 */
void
wp_feedback_view_link (WpFeedbackView *self,
                       WpEntity       *item)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (WP_IS_FEEDBACK_VIEW (self));

  entries = wp_feedback_view_get_selection (self);
  link_entries (self, entries, item);
}

/* A title from what was said: its first sentence, cut at a word. */
static char *
title_from (const char *text)
{
  g_autofree char *first = g_strdup (text ? text : "");
  char *end = strpbrk (first, ".!?\n");

  if (end != NULL)
    *end = '\0';
  g_strstrip (first);
  if (g_utf8_strlen (first, -1) > TITLE_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (first, 0, TITLE_CHARS);
      char *space = strrchr (cut, ' ');

      if (space != NULL)
        *space = '\0';
      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&first);
}

/* Each entry quoted, with who said it, as the new item's description. */
static char *
quotes_of (GPtrArray *entries)
{
  g_autoptr(GString) quotes = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      WpEntity *feedback = g_ptr_array_index (entries, i);
      const char *customer = wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER);

      if (i > 0)
        g_string_append (quotes, "\n\n");
      /* Translators: a quote in an item made from feedback: “what they said” — customer */
      g_string_append_printf (quotes, _("“%s” — %s"), wp_entity_get_string (feedback, WP_FEEDBACK_TEXT),
                              customer ? customer : _("Unknown customer"));
    }

  return g_string_free (g_steal_pointer (&quotes), FALSE);
}

/**
 * wp_feedback_view_create_item:
 * @self: the feedback page
 *
 * Makes a backlog item from the selected entries, at the top of the backlog,
 * titled after the first entry, quoting all of them, linked to them: one undo
 * step. The window then shows the item on the Backlog page.
 *
 * Returns: (transfer none) (nullable): the new item
 */
WpEntity *
wp_feedback_view_create_item (WpFeedbackView *self)
{
  g_autoptr(GPtrArray) entries = wp_feedback_view_get_selection (self);
  g_autoptr(WpEntity) item = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  GListModel *items;
  g_autoptr(WpEntity) first = NULL;

  g_return_val_if_fail (WP_IS_FEEDBACK_VIEW (self), NULL);

  if (entries->len == 0)
    return NULL;

  items = wp_document_get_list (self->document, WP_KIND_ITEM);
  first = g_list_model_get_n_items (items) > 0 ? g_list_model_get_item (items, 0) : NULL;
  title = title_from (wp_entity_get_string (g_ptr_array_index (entries, 0), WP_FEEDBACK_TEXT));
  description = quotes_of (entries);
  item = wp_entity_new (WP_TYPE_ITEM, NULL);

  wp_document_begin (self->document, _("Create Item from Feedback"));
  wp_document_add (self->document, item);
  wp_document_set_string (self->document, item, WP_ITEM_TITLE, title[0] ? title : _("New item from feedback"));
  wp_document_set_string (self->document, item, WP_ITEM_DESCRIPTION, description);
  wp_document_place_item (self->document, WP_ITEM (item), NULL,
                          first ? wp_entity_get_string (first, WP_ITEM_RANK) : NULL);
  wp_feedback_view_link (self, item);
  wp_document_end (self->document);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s", wp_entity_get_id (item));

  return item;
}

static void
create_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);

  if (wp_feedback_view_create_item (self) != NULL)
    wp_show_toast (widget, _("Created an item from the feedback"), TRUE);
}

static void
on_picked (WpFeedbackView *self,
           WpEntity       *item)
{
  wp_feedback_view_link (self, item);
}

/* Ctrl+L: the selected entries are linked to the item picked by typing part of its title. */
static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);
  WpItemPicker *picker;

  if (self->document == NULL || wp_feedback_view_get_selected (self) == NULL)
    return;

  picker = wp_item_picker_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->document);
  g_signal_connect_object (picker, "picked", G_CALLBACK (on_picked), self, G_CONNECT_SWAPPED);
}

static void
open_dialog (WpFeedbackView *self,
             WpEntity       *feedback)
{
  if (self->document != NULL)
    wp_feedback_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->document, feedback);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);

  if (self->document != NULL)
    wp_import_dialog_choose_file (widget, self->document);
}

static void
capture_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  open_dialog (WP_FEEDBACK_VIEW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);
  WpEntity *selected = wp_feedback_view_get_selected (self);

  if (selected != NULL)
    open_dialog (self, selected);
}

static void
on_row_activated (WpFeedbackView *self,
                  guint           position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  edit_action (GTK_WIDGET (self), "feedback.edit", NULL);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (widget);
  g_autoptr(GPtrArray) entries = wp_feedback_view_get_selection (self);
  g_autofree char *message = NULL;

  if (entries->len == 0)
    return;

  /* Translators: undo label and toast after removing feedback entries */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove %u Feedback Entry", "Remove %u Feedback Entries",
                                          entries->len), entries->len);
  wp_document_begin (self->document, message);
  for (guint i = 0; i < entries->len; i++)
    wp_document_remove (self->document, g_ptr_array_index (entries, i), NULL);
  wp_document_end (self->document);
  wp_show_toast (GTK_WIDGET (self), message, TRUE);
}

/* Linking and making an item need entries to start from. */
static void
update_actions (WpFeedbackView *self)
{
  gboolean selected = self->selection != NULL &&
                      !gtk_bitset_is_empty (gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.link", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.create-item", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.remove", selected);
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
      gboolean secondary = column == COLUMN_SEGMENT || column == COLUMN_SOURCE || column == COLUMN_ITEMS;

      gtk_column_view_column_set_visible (view_column, (self->narrow < 1 || !secondary) &&
                                                       (self->narrow < 2 || column != COLUMN_IMPORTANCE));
    }

  return G_SOURCE_REMOVE;
}

/* A narrow window drops the secondary columns, so that what was said stays readable. */
static void
on_width_changed (WpFeedbackView *self)
{
  double width = gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->table_scroller));
  guint narrow = width < NARROWEST_WIDTH ? 2 : width < NARROW_WIDTH ? 1 : 0;

  if (narrow == self->narrow || width <= 0)
    return;

  self->narrow = narrow;
  /* Columns change after this allocation, not during it. */
  if (self->columns_source == 0)
    self->columns_source = g_idle_add (apply_narrow, self);
}

static void
clear_models (WpFeedbackView *self)
{
  gtk_column_view_set_model (self->column_view, NULL);
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->sorted);
  g_clear_pointer (&self->moving, g_ptr_array_unref);
  g_clear_object (&self->results);
  g_clear_object (&self->query);
  g_clear_handle_id (&self->prepare_source, g_source_remove);
}

void
wp_feedback_view_set_document (WpFeedbackView *self,
                               WpDocument     *document)
{
  g_return_if_fail (WP_IS_FEEDBACK_VIEW (self));

  clear_models (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document == NULL)
    return;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  queue_side (self);

  self->query = wp_feedback_query_new (document);
  on_search_changed (self);
  fill_filters (self);
  on_filter_changed (self);
  self->results = wp_feedback_results_new (document, self->query);
  /* The first keystroke on 50,000 entries would fold them all. */
  self->prepared = 0;
  self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_search, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->results)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (update_count), self);
  /* Before the rows change, and after. */
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (remember_selection), self);
  self->rows = wp_stable_rows_new (G_LIST_MODEL (self->sorted));
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (restore_selection), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (update_actions), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  update_count (self);
  update_actions (self);
}

static void
wp_feedback_view_dispose (GObject *object)
{
  WpFeedbackView *self = WP_FEEDBACK_VIEW (object);

  clear_models (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_handle_id (&self->side_source, g_source_remove);
  g_clear_handle_id (&self->columns_source, g_source_remove);

  G_OBJECT_CLASS (wp_feedback_view_parent_class)->dispose (object);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (WP_FEEDBACK_VIEW (widget)->search_entry));
}

static void
page_iface_init (WpPageInterface *iface)
{
  iface->name = "feedback";
  iface->title = N_("Feedback");
  iface->icon_name = "system-users-symbolic";
  iface->set_document = (gpointer) wp_feedback_view_set_document;
}

static void
wp_feedback_view_class_init (WpFeedbackViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_feedback_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/pages/feedback/wp-feedback-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, segment_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, source_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, importance_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, linked_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, received_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, count_label);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, column_view);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, import_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, flap);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, side_stack);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, link_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, requested_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, item_search);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, link_targets);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, requested_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_side_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_requested_activated);
  gtk_widget_class_bind_template_callback (widget_class, fill_link_targets);
  gtk_widget_class_bind_template_callback (widget_class, on_link_target_activated);

  /* Ctrl+F, through the window. */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "feedback.capture", NULL, capture_action);
  gtk_widget_class_install_action (widget_class, "feedback.import", NULL, import_action);
  /* Ctrl+N, through the window. */
  gtk_widget_class_install_action (widget_class, "page.new", NULL, capture_action);
  gtk_widget_class_install_action (widget_class, "feedback.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "feedback.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "feedback.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "feedback.create-item", NULL, create_item_action);
  gtk_widget_class_install_action (widget_class, "feedback.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "feedback.link", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "feedback.remove", NULL);
}

static void
wp_feedback_view_init (WpFeedbackView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);

  add_column (self, COLUMN_RECEIVED, _("Received"), FALSE);
  add_column (self, COLUMN_CUSTOMER, _("Customer"), FALSE);
  add_column (self, COLUMN_SEGMENT, _("Segment"), FALSE);
  add_column (self, COLUMN_SOURCE, _("Source"), FALSE);
  add_column (self, COLUMN_IMPORTANCE, _("Importance"), FALSE);
  add_column (self, COLUMN_TEXT, _("What They Said"), TRUE);
  add_column (self, COLUMN_ITEMS, _("Linked Items"), FALSE);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->table_scroller), "notify::page-size",
                           G_CALLBACK (on_width_changed), self, G_CONNECT_SWAPPED);
}
