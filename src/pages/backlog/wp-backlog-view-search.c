/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Backlog page's search and filters: Ctrl+F opens the search bar with
 * drop-downs of the kinds, priorities, labels, epics and releases the
 * document holds; an item shows when its title, description or a label
 * holds every typed letter in any case and it has what each filter chose.
 * The Done button shows items that reached the last column too. In a narrow
 * window the drop-downs move into the popover of a Filters button, which says
 * how many of them are chosen, so that the bar keeps to a line or two.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-backlog-view-private.h"
#include "wp-choices.h"
#include "wp-item-words.h"
#include "wp-text-match.h"
#include "wp-widget-utils.h"

static const char *
selected_id (GtkDropDown *filter)
{
  const char * const *ids = g_object_get_data (G_OBJECT (filter), "wp-ids");
  guint selected = gtk_drop_down_get_selected (filter);

  if (ids == NULL || selected >= g_strv_length ((GStrv) ids) || ids[selected][0] == '\0')
    return NULL;

  return ids[selected];
}

static gboolean
matches_label (WpEntity    *item,
               GtkDropDown *filter)
{
  const char *wanted = selected_id (filter);

  return wanted == NULL || g_strv_contains (wp_entity_get_strv (item, WP_ITEM_LABELS), wanted);
}

static gboolean
matches_choice (WpEntity    *item,
                guint        field,
                GtkDropDown *filter)
{
  const char *wanted = selected_id (filter);

  return wanted == NULL || g_strcmp0 (wp_entity_get_string (item, field), wanted) == 0;
}

/*
 * What the search bar asks for: text in title, description or labels, and the
 * chosen kind, priority, epic, release.
 */
gboolean
_wp_backlog_view_matches_search (gpointer item,
                                 gpointer user_data)
{
  WpBacklogView *self = user_data;

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return TRUE;

  return (self->search_text == NULL || wp_item_holds_text (item, self->search_text)) &&
         matches_choice (item, WP_ITEM_KIND, self->kind_filter) &&
         matches_choice (item, WP_ITEM_MOSCOW, self->moscow_filter) &&
         matches_label (item, self->label_filter) &&
         matches_choice (item, WP_ITEM_EPIC, self->epic_filter) &&
         matches_choice (item, WP_ITEM_RELEASE, self->release_filter);
}

#define N_FILTERS 5

static void
filters_of (WpBacklogView *self,
            GtkDropDown   *filters[N_FILTERS])
{
  filters[0] = self->kind_filter;
  filters[1] = self->moscow_filter;
  filters[2] = self->label_filter;
  filters[3] = self->epic_filter;
  filters[4] = self->release_filter;
}

/* "Filters", or "Filters (2)" when two of them chose something. */
static void
count_filters (WpBacklogView *self)
{
  GtkDropDown *filters[N_FILTERS];
  guint chosen = 0;
  g_autofree char *label = NULL;

  filters_of (self, filters);
  for (guint i = 0; i < N_FILTERS; i++)
    chosen += gtk_drop_down_get_selected (filters[i]) > 0 &&
              gtk_drop_down_get_selected (filters[i]) != GTK_INVALID_LIST_POSITION;
  /* Translators: the button of a narrow backlog's filters, and how many of them are chosen */
  label = chosen > 0 ? g_strdup_printf (_("Filters (%u)"), chosen) : g_strdup (_("Filters"));
  gtk_menu_button_set_label (self->filters_button, label);
}

/**
 * _wp_backlog_view_place_filters:
 * @self: the backlog
 *
 * Puts the drop-downs in the search bar, or in the Filters popover when the backlog is narrow.
 */
void
_wp_backlog_view_place_filters (WpBacklogView *self)
{
  GtkDropDown *filters[N_FILTERS];
  gboolean in_popover;

  filters_of (self, filters);
  in_popover = gtk_widget_get_parent (GTK_WIDGET (filters[0])) == GTK_WIDGET (self->filters_box);
  gtk_widget_set_visible (GTK_WIDGET (self->filters_button), self->compact);
  if (in_popover == self->compact)
    return;
  for (guint i = 0; i < N_FILTERS; i++)
    {
      GtkWidget *filter = g_object_ref (GTK_WIDGET (filters[i]));

      if (self->compact)
        {
          GtkWidget *child = gtk_widget_get_parent (filter);

          /* Unparented at once: a focus held inside would keep the flow box child alive. */
          gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), NULL);
          gtk_flow_box_remove (self->search_box, child);
          gtk_box_append (self->filters_box, filter);
        }
      else
        {
          gtk_box_remove (self->filters_box, filter);
          gtk_flow_box_append (self->search_box, filter);
        }
      g_object_unref (filter);
    }
}

static void
on_search_changed (WpBacklogView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  count_filters (self);
  g_clear_pointer (&self->search_text, g_free);
  if (text[0] != '\0')
    self->search_text = wp_text_fold (text);
  if (self->match_filter != NULL)
    gtk_filter_changed (self->match_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fill_filter (GtkDropDown  *filter,
             GStrvBuilder *names,
             GStrvBuilder *ids)
{
  g_auto(GStrv) name_list = g_strv_builder_end (names);
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) name_list);

  g_object_set_data_full (G_OBJECT (filter), "wp-ids", g_strv_builder_end (ids),
                          (GDestroyNotify) g_strfreev);
  gtk_drop_down_set_model (filter, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (filter, 0);
}

static void
fill_fixed_filter (GtkDropDown        *filter,
                   const char         *any,
                   const char * const *choices,
                   const char *      (*name_of) (const char *))
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_strv_builder_add (names, any);
  g_strv_builder_add (ids, "");
  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_strv_builder_add (names, name_of (choices[i]));
      g_strv_builder_add (ids, choices[i]);
    }
  fill_filter (filter, names, ids);
}

static void
fill_entity_filter (WpBacklogView *self,
                    GtkDropDown   *filter,
                    const char    *any,
                    WpKind         kind)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *list = wp_document_get_list (self->document, kind);
  guint n = g_list_model_get_n_items (list);

  g_strv_builder_add (names, any);
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      if (kind == WP_KIND_ITEM &&
          g_strcmp0 (wp_entity_get_string (entity, WP_ITEM_KIND), "epic") != 0)
        continue;
      g_strv_builder_add (names, wp_entity_get_display_name (entity));
      g_strv_builder_add (ids, wp_entity_get_id (entity));
    }
  fill_filter (filter, names, ids);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Every label in use, sorted. */
static void
fill_label_filter (WpBacklogView *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GListModel *items = wp_document_get_list (self->document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      /* The document holds the item, and so its labels, while the menu is filled. */
      for (const char * const *label = wp_entity_get_strv (item, WP_ITEM_LABELS); *label; label++)
        if (g_hash_table_add (seen, (gpointer) *label))
          g_ptr_array_add (labels, (gpointer) *label);
    }
  g_ptr_array_sort (labels, compare_labels);

  g_strv_builder_add (names, _("Any label"));
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < labels->len; i++)
    {
      g_strv_builder_add (names, labels->pdata[i]);
      g_strv_builder_add (ids, labels->pdata[i]);
    }
  fill_filter (self->label_filter, names, ids);
}

/* Ctrl+F or typing in the list: the filters offer what the document holds now. */
static void
fill_filters (WpBacklogView *self)
{
  fill_fixed_filter (self->kind_filter, _("Any kind"), wp_kinds, wp_item_kind_name);
  fill_fixed_filter (self->moscow_filter, _("Any priority"), wp_moscow, wp_item_moscow_name);
  fill_label_filter (self);
  fill_entity_filter (self, self->epic_filter, _("Any epic"), WP_KIND_ITEM);
  fill_entity_filter (self, self->release_filter, _("Any release"), WP_KIND_RELEASE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpBacklogView *self = WP_BACKLOG_VIEW (widget);

  if (self->document == NULL)
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * wp_backlog_view_search:
 * @self: a backlog view
 * @text: what to search for
 *
 * Opens the search bar with @text, as typing it would.
 */
void
wp_backlog_view_search (WpBacklogView *self,
                        const char    *text)
{
  g_return_if_fail (WP_IS_BACKLOG_VIEW (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "backlog.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry reports changes after a delay; the filter should not wait. */
  on_search_changed (self);
}

static void
on_search_mode (WpBacklogView *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar) && self->document != NULL)
    fill_filters (self);
  on_search_changed (self);
}

static void
on_done_toggled (WpBacklogView *self)
{
  if (self->open_filter != NULL)
    gtk_filter_changed (self->open_filter, gtk_toggle_button_get_active (self->done_button)
                                             ? GTK_FILTER_CHANGE_LESS_STRICT
                                             : GTK_FILTER_CHANGE_MORE_STRICT);
}

void
_wp_backlog_view_init_search (WpBacklogView *self)
{
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (on_search_mode), self);
  wp_search_bar_attach (self->search_bar, self->search_entry, GTK_WIDGET (self->list_view));
}

void
_wp_backlog_view_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_done_toggled);
  gtk_widget_class_install_action (widget_class, "backlog.search", NULL, search_action);
  /* Ctrl+F, through the window. */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
}
