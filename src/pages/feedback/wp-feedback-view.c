/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackView is the Feedback page: what customers said, in a table of
 * received date, customer, segment, source, importance, text and linked
 * items, sorted by any column, narrowed as the search is typed (text,
 * customer, tags) and by the filters row (segment, source, tag, importance,
 * linked or not, the day received) while it shows; a narrow window drops the
 * secondary columns. Entries are captured with Ctrl+N (the window routes it
 * here while the page shows) or imported from a CSV file, edited with Enter or a double click,
 * linked to a backlog item with Ctrl+L or by dragging them onto an item of the side list, and
 * removed with Delete, each undoable. The customer cell's accessible name holds the customer and
 * the beginning of the text, so that a screen reader user knows the row.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-feedback-dialog.h"
#include "wp-feedback-link.h"
#include "wp-feedback-view-private.h"
#include "wp-import-dialog.h"
#include "wp-page.h"
#include "wp-row-slot.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

/* How many entries one idle moment prepares for searching: a few milliseconds' work. */
#define PREPARE_CHUNK 2000


static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpFeedbackView, wp_feedback_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

/* Searching and filtering */

static void
update_count (WpFeedbackView *self)
{
  guint shown = self->sorted ? g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) : 0;
  guint all = self->document
                ? g_list_model_get_n_items (wp_document_get_list (self->document, WP_KIND_FEEDBACK))
                : 0;
  g_autofree char *count = NULL;

  if (shown == all)
    /* Translators: how many feedback entries there are */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", all), all);
  else
    count =
      /* Translators: how many feedback entries the search shows, of all */
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u entry", "%u of %u entries", all),
                       shown, all);
  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), all == 0);
  adw_status_page_set_description (
    self->empty_page, all > 0 ? _("Nothing matches the search.")
                              : _("What customers say about the product will be listed here."));
}

static gboolean
prepare_search (gpointer user_data)
{
  WpFeedbackView *self = user_data;

  if (self->query != NULL &&
      wp_feedback_query_prepare (self->query, &self->prepared, PREPARE_CHUNK))
    return G_SOURCE_CONTINUE;

  self->prepare_source = 0;
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (WpFeedbackView *self)
{
  if (self->query != NULL)
    wp_feedback_query_set_text (self->query,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_filter_toggled (WpFeedbackView *self)
{
  gboolean active = gtk_toggle_button_get_active (self->filter_button);

  gtk_revealer_set_reveal_child (self->filter_revealer, active);
  wp_feedback_filters_set_active (self->filters, active);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  wp_feedback_filters_clear (WP_FEEDBACK_VIEW (widget)->filters);
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

  /*
   * Replacing the text empties the entry first, which it reports at once; the
   * list should not show everything meanwhile.
   */
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

static void
on_document_changed (WpFeedbackView *self,
                     WpEntity       *entity)
{
  if (WP_IS_FEEDBACK (entity) || WP_IS_ITEM (entity))
    _wp_feedback_view_queue_side (self);
}

/* The selection */

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
  entries = wp_selection_dup_selected (self->selection ? GTK_SELECTION_MODEL (self->selection)
                                                       : NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      WpRowSlot *slot = entries->pdata[i];

      entries->pdata[i] = g_object_ref (wp_row_slot_get_item (slot));
      g_object_unref (slot);
    }

  return entries;
}

/*
 * The selection follows positions and the rows keep theirs when the entries
 * change: it follows the entries instead.
 */
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

/* Making items, capturing, editing, removing */

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
  g_autoptr(GPtrArray) entries = NULL;
  WpEntity *item;

  g_return_val_if_fail (WP_IS_FEEDBACK_VIEW (self), NULL);

  entries = wp_feedback_view_get_selection (self);
  if (entries->len == 0)
    return NULL;

  item = wp_feedback_create_item (self->document, entries);

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
open_dialog (WpFeedbackView *self,
             WpEntity       *feedback)
{
  if (self->document != NULL)
    wp_feedback_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->document,
                            feedback);
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
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove %u Feedback Entry",
                                          "Remove %u Feedback Entries", entries->len),
                             entries->len);
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
  gboolean selected =
    self->selection != NULL &&
    !gtk_bitset_is_empty (gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self
                                                                                    ->selection)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.link", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.create-item", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.remove", selected);
}

/* The document */

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
  if (self->filters != NULL)
    wp_feedback_filters_set_query (self->filters, NULL);
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
  _wp_feedback_view_queue_side (self);

  self->query = wp_feedback_query_new (document);
  on_search_changed (self);
  wp_feedback_filters_set_query (self->filters, self->query);
  wp_feedback_filters_set_active (self->filters,
                                  gtk_revealer_get_reveal_child (self->filter_revealer));
  self->results = wp_feedback_results_new (document, self->query);
  /* The first keystroke on 50,000 entries would fold them all. */
  self->prepared = 0;
  self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_search, self, NULL);
  self->sorted =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->results)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (update_count), self);
  /* Before the rows change, and after. */
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (remember_selection), self);
  self->rows = wp_stable_rows_new (G_LIST_MODEL (self->sorted));
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (restore_selection), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (update_actions),
                            self);
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

  g_type_ensure (WP_TYPE_FEEDBACK_FILTERS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/feedback/wp-feedback-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackView, filters);
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
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  /* Ctrl+F, through the window. */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "feedback.capture", NULL, capture_action);
  gtk_widget_class_install_action (widget_class, "feedback.import", NULL, import_action);
  /* Ctrl+N, through the window. */
  gtk_widget_class_install_action (widget_class, "page.new", NULL, capture_action);
  gtk_widget_class_install_action (widget_class, "feedback.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "feedback.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "feedback.create-item", NULL, create_item_action);
  gtk_widget_class_install_action (widget_class, "feedback.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "feedback.remove", NULL);
  _wp_feedback_view_class_init_side (widget_class);
}

static void
wp_feedback_view_init (WpFeedbackView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_search_entry_escape_to (self->search_entry, GTK_WIDGET (self->column_view));
  wp_search_entry_type_from (self->search_entry, GTK_WIDGET (self->column_view));
  update_actions (self);

  _wp_feedback_view_init_table (self);
}
