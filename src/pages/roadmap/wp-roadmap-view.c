/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpRoadmapView is the Roadmap page: the timeline of the roadmap's entries,
 * or the same entries as Now, Next and Later columns, the format Product
 * Owners show stakeholders; switching keeps the selection. The selected
 * entry's editor shows beside either. The toolbar moves through time
 * (Today, zoom, fit all with Ctrl+0), manages the lanes and offers the
 * window's exports of the roadmap as a picture (win.export). Ctrl+F (or
 * typing on the timeline) searches: the entries that do not match dim on
 * the timeline and leave the Now, Next, Later columns; Enter goes to the
 * first that does.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-date.h"
#include "wp-entry-editor.h"
#include "wp-page.h"
#include "wp-roadmap-view.h"
#include "wp-text-match.h"
#include "wp-toast.h"
#include "wp-widget-utils.h"

#define ZOOM_STEP 1.5

struct _WpRoadmapView
{
  AdwBin          parent_instance;

  GtkToggleButton *timeline_button;
  GtkToggleButton *horizons_button;
  GtkWidget      *time_box;
  GtkFlowBox     *toolbar;
  GtkMenuButton  *lanes_button;
  GtkListBox     *lanes_list;
  AdwEntryRow    *new_lane_row;
  AdwFlap        *flap;
  GtkStack       *stack;
  WpTimeline     *timeline;
  GtkBox         *horizons_box;
  WpEntryEditor  *editor;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;

  WpDocument     *document;
  guint           refresh_source;
  char           *search_text;  /* (nullable) folded, while a search is on */
};

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpRoadmapView, wp_roadmap_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

/**
 * wp_roadmap_view_get_timeline:
 * @self: a roadmap page
 *
 * Returns: (transfer none): its timeline
 */
WpTimeline *
wp_roadmap_view_get_timeline (WpRoadmapView *self)
{
  g_return_val_if_fail (WP_IS_ROADMAP_VIEW (self), NULL);

  return self->timeline;
}

/* The editor follows the selection */

static void
on_selected (WpRoadmapView *self)
{
  WpEntity *entry = wp_timeline_get_selected (self->timeline);

  wp_entry_editor_set_entry (self->editor, self->document, entry);
  adw_flap_set_reveal_flap (self->flap, entry != NULL);
}

static void
on_edit (WpRoadmapView *self,
         WpEntity      *entry)
{
  wp_timeline_select (self->timeline, entry);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  wp_entry_editor_focus_title (self->editor);
}

/* Now, Next, Later */

static GtkWidget *
new_horizon_card (WpRoadmapView *self,
                  WpEntity      *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (wp_entity_get_display_name (entry));
  GtkWidget *facts = gtk_label_new (NULL);
  const char *lane_id = wp_entity_get_string (entry, WP_ROADMAP_ENTRY_LANE);
  WpEntity *lane = lane_id ? wp_document_lookup (self->document, WP_KIND_LANE, lane_id) : NULL;
  guint32 start, end;
  g_autofree char *dates = NULL;
  g_autofree char *text = NULL;
  int done = (int) (wp_roadmap_entry_get_progress (self->document, entry) * 100 + 0.5);

  if (wp_roadmap_entry_get_days (entry, &start, &end))
    dates = wp_date_describe_span (start, end);
  /* Translators: under a roadmap entry in the Now, Next, Later view: dates, lane, share done */
  text = g_strdup_printf (_("%s · %s · %d%% done"), dates ? dates : _("Not scheduled"),
                          lane ? wp_entity_get_display_name (lane) : _("No lane"), done);
  gtk_label_set_text (GTK_LABEL (facts), text);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_wrap (GTK_LABEL (facts), TRUE);
  gtk_label_set_xalign (GTK_LABEL (facts), 0);
  gtk_widget_add_css_class (facts, "caption");
  gtk_widget_add_css_class (facts, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), facts);
  gtk_widget_add_css_class (box, "horizon-card");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  wp_entity_get_display_name (entry), -1);
  g_object_set_data_full (G_OBJECT (row), "wp-entry", g_object_ref (entry), g_object_unref);

  return row;
}

static void
on_card_activated (WpRoadmapView *self,
                   GtkListBoxRow *row)
{
  WpEntity *entry = g_object_get_data (G_OBJECT (row), "wp-entry");

  wp_timeline_select (self->timeline, entry);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static GtkListBox *
add_horizon (WpRoadmapView *self,
             const char    *name,
             const char    *title,
             const char    *description)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *subtitle = gtk_label_new (description);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_name (list, name);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (list, "row-activated", G_CALLBACK (on_card_activated), self);
  gtk_box_append (GTK_BOX (column), heading);
  gtk_box_append (GTK_BOX (column), subtitle);
  gtk_box_append (GTK_BOX (column), list);
  gtk_box_append (self->horizons_box, column);

  return GTK_LIST_BOX (list);
}

/* Whether the search, if there is one, finds @entry. */
static gboolean
entry_found (WpRoadmapView *self,
             WpEntity      *entry)
{
  return self->search_text == NULL
         || wp_roadmap_entry_holds_text (self->document, entry, self->search_text);
}

static int
compare_entries_by_start (gconstpointer a,
                          gconstpointer b)
{
  guint32 x = G_MAXUINT32, y = G_MAXUINT32, end;

  wp_roadmap_entry_get_days (*(WpEntity **) a, &x, &end);
  wp_roadmap_entry_get_days (*(WpEntity **) b, &y, &end);

  return (x > y) - (x < y);
}

/*
 * Running today is Now; starting within three months, Next; later or not
 * scheduled, Later. Finished ones are left out.
 */
static void
fill_horizons (WpRoadmapView *self)
{
  GListModel *entries = wp_document_get_list (self->document, WP_KIND_ENTRY);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 today = wp_date_today ();
  GtkListBox *now, *next, *later;
  GtkWidget *child;
  WpEntity *selected = wp_timeline_get_selected (self->timeline);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->horizons_box))) != NULL)
    gtk_box_remove (self->horizons_box, child);
  now = add_horizon (self, "horizon-now", _("Now"), _("Under way today"));
  next = add_horizon (self, "horizon-next", _("Next"), _("Starting in the next three months"));
  later = add_horizon (self, "horizon-later", _("Later"), _("Further out, or not scheduled yet"));

  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (entries, i));
  g_ptr_array_sort (sorted, compare_entries_by_start);

  for (guint i = 0; i < sorted->len; i++)
    {
      WpEntity *entry = g_ptr_array_index (sorted, i);
      WpHorizon horizon = wp_roadmap_entry_horizon (entry, today);
      GtkListBox *column = horizon == WP_HORIZON_NOW ? now
                           : horizon == WP_HORIZON_NEXT ? next : later;
      GtkWidget *card;

      if (horizon == WP_HORIZON_DONE || !entry_found (self, entry))
        continue;
      card = new_horizon_card (self, entry);
      gtk_list_box_append (column, card);
      if (entry == selected)
        gtk_list_box_select_row (column, GTK_LIST_BOX_ROW (card));
    }
}

/* The bars the search does not find dim, and Tab passes them by. */
static void
dim_bars (WpRoadmapView *self)
{
  GListModel *entries = wp_document_get_list (self->document, WP_KIND_ENTRY);

  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (entries, i);
      GtkWidget *bar = wp_timeline_get_bar (self->timeline, entry);
      gboolean found = entry_found (self, entry);

      if (bar == NULL)
        continue;
      gtk_widget_set_opacity (bar, found ? 1.0 : 0.3);
      gtk_widget_set_focusable (bar, found);
    }
}

static gboolean
refresh_horizons (gpointer user_data)
{
  WpRoadmapView *self = user_data;

  self->refresh_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;
  /* After the timeline has made its bars anew. */
  dim_bars (self);
  if (gtk_toggle_button_get_active (self->horizons_button))
    fill_horizons (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (WpRoadmapView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_horizons, self);
}

static void
on_view_toggled (WpRoadmapView *self)
{
  gboolean timeline = gtk_toggle_button_get_active (self->timeline_button);

  gtk_stack_set_visible_child_name (self->stack, timeline ? "timeline" : "horizons");
  /* In the toolbar's flow box, it sits in a child of its own. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->time_box), timeline);
  if (!timeline && self->document != NULL)
    fill_horizons (self);
}

/* Search */

static void
on_search_changed (WpRoadmapView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean on = gtk_search_bar_get_search_mode (self->search_bar) && text[0] != '\0';

  g_clear_pointer (&self->search_text, g_free);
  if (on)
    self->search_text = wp_text_fold (text);
  if (self->document != NULL)
    refresh_horizons (self);
}

/* Enter: the first entry found, in order of start, selected and in view. */
static void
on_search_activate (WpRoadmapView *self)
{
  GListModel *entries;
  WpEntity *first = NULL;
  guint32 first_start = G_MAXUINT32;

  if (self->document == NULL)
    return;
  entries = wp_document_get_list (self->document, WP_KIND_ENTRY);
  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (entries, i);
      guint32 start = G_MAXUINT32, end;

      wp_roadmap_entry_get_days (entry, &start, &end);
      if (entry_found (self, entry) && (first == NULL || start < first_start))
        {
          first = entry;
          first_start = start;
        }
    }
  if (first != NULL)
    wp_timeline_select (self->timeline, first);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WpRoadmapView *self = WP_ROADMAP_VIEW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Lanes */

static void
on_lane_apply (AdwEntryRow   *row,
               WpRoadmapView *self)
{
  WpEntity *lane = g_object_get_data (G_OBJECT (row), "wp-lane");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (title[0] != '\0')
    wp_document_set_string (self->document, lane, WP_LANE_TITLE, title);
}

static WpEntity *
lane_of_button (WpRoadmapView *self,
                GtkButton     *button)
{
  GListModel *lanes = wp_document_get_list (self->document, WP_KIND_LANE);
  g_autoptr(WpEntity) lane = g_list_model_get_item (lanes, wp_place_button_get_index (button));

  /* The document holds the lane. */
  return lane;
}

static void
on_lane_move (GtkButton     *button,
              WpRoadmapView *self)
{
  WpEntity *lane = lane_of_button (self, button);
  gint64 to = (gint64) wp_place_button_get_index (button) + wp_place_button_get_offset (button);

  if (lane != NULL && to >= 0)
    wp_document_reorder (self->document, lane, to);
}

/* A lane that still holds entries stays; the message says so. */
static void
on_lane_remove (GtkButton     *button,
                WpRoadmapView *self)
{
  WpEntity *lane = lane_of_button (self, button);
  g_autoptr(GError) error = NULL;

  if (lane != NULL && !wp_document_remove (self->document, lane, &error))
    wp_show_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
fill_lanes (WpRoadmapView *self)
{
  GListModel *lanes = wp_document_get_list (self->document, WP_KIND_LANE);

  wp_list_box_remove_all (self->lanes_list);

  for (guint i = 0, n = g_list_model_get_n_items (lanes); i < n; i++)
    {
      g_autoptr(WpEntity) lane = g_list_model_get_item (lanes, i);
      GtkWidget *row = adw_entry_row_new ();
      const char *title = wp_entity_get_display_name (lane);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Lane"));
      gtk_editable_set_text (GTK_EDITABLE (row), title);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "wp-lane", lane);
      g_signal_connect (row, "apply", G_CALLBACK (on_lane_apply), self);
      wp_entry_row_add_place_button (ADW_ENTRY_ROW (row), "go-up-symbolic",
                                     /* Translators: %s is a lane of the roadmap */
                                     g_strdup_printf (_("Move “%s” Up"), title),
                                     G_CALLBACK (on_lane_move), self, i, -1);
      wp_entry_row_add_place_button (ADW_ENTRY_ROW (row), "go-down-symbolic",
                                     /* Translators: %s is a lane of the roadmap */
                                     g_strdup_printf (_("Move “%s” Down"), title),
                                     G_CALLBACK (on_lane_move), self, i, 1);
      wp_entry_row_add_place_button (ADW_ENTRY_ROW (row), "user-trash-symbolic",
                                     g_strdup_printf (_("Remove “%s”"), title),
                                     G_CALLBACK (on_lane_remove), self, i, 0);
      gtk_list_box_append (self->lanes_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->lanes_list), g_list_model_get_n_items (lanes) > 0);
}

static void
on_new_lane_apply (WpRoadmapView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_lane_row));
  g_autofree char *title = g_strstrip (g_strdup (text));
  g_autoptr(WpEntity) lane = NULL;
  g_autofree char *label = NULL;

  if (self->document == NULL || title[0] == '\0')
    return;

  lane = wp_entity_new (WP_TYPE_LANE, NULL);
  /* Translators: undo label, %s is a new lane of the roadmap */
  label = g_strdup_printf (_("Add Lane “%s”"), title);
  wp_document_begin (self->document, label);
  wp_document_add (self->document, lane);
  wp_document_set_string (self->document, lane, WP_LANE_TITLE, title);
  wp_document_end (self->document);
  gtk_editable_set_text (GTK_EDITABLE (self->new_lane_row), "");
}

/* The document */

static void
on_document_changed (WpRoadmapView *self,
                     WpEntity      *entity,
                     guint          field)
{
  if (WP_IS_LANE (entity))
    fill_lanes (self);
  if (WP_IS_ROADMAP_ENTRY (entity) || WP_IS_LANE (entity) || WP_IS_ITEM (entity))
    queue_refresh (self);
}

static void
on_lanes_changed (WpRoadmapView *self)
{
  fill_lanes (self);
  queue_refresh (self);
}

void
wp_roadmap_view_set_document (WpRoadmapView *self,
                              WpDocument    *document)
{
  g_return_if_fail (WP_IS_ROADMAP_VIEW (self));

  if (self->document != NULL)
    {
      GListModel *lanes = wp_document_get_list (self->document, WP_KIND_LANE);
      GListModel *entries = wp_document_get_list (self->document, WP_KIND_ENTRY);

      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (lanes, self);
      g_signal_handlers_disconnect_by_data (entries, self);
    }
  wp_entry_editor_set_entry (self->editor, NULL, NULL);
  g_set_object (&self->document, document);
  wp_timeline_set_document (self->timeline, document);
  if (document == NULL)
    return;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_LANE), "items-changed",
                            G_CALLBACK (on_lanes_changed), self);
  g_signal_connect_swapped (wp_document_get_list (document, WP_KIND_ENTRY), "items-changed",
                            G_CALLBACK (queue_refresh), self);
  fill_lanes (self);
  queue_refresh (self);
}

/* Commands */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpRoadmapView *self = WP_ROADMAP_VIEW (widget);

  if (g_str_equal (action_name, "roadmap.zoom-in"))
    wp_timeline_zoom (self->timeline, ZOOM_STEP);
  else if (g_str_equal (action_name, "roadmap.zoom-out"))
    wp_timeline_zoom (self->timeline, 1 / ZOOM_STEP);
  else if (g_str_equal (action_name, "roadmap.fit"))
    wp_timeline_fit_all (self->timeline);
  else
    wp_timeline_show_today (self->timeline);
}

/*
 * The keyboard's way to what a drag on empty lane space does; without
 * lanes, the lanes come first.
 */
static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WpRoadmapView *self = WP_ROADMAP_VIEW (widget);

  if (self->document == NULL || wp_timeline_add_entry (self->timeline) != NULL)
    return;

  wp_show_toast (widget, _("Add a lane first: entries sit in lanes"), FALSE);
  gtk_menu_button_popup (self->lanes_button);
}

static void
wp_roadmap_view_dispose (GObject *object)
{
  WpRoadmapView *self = WP_ROADMAP_VIEW (object);

  if (self->editor != NULL)
    wp_roadmap_view_set_document (self, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->document);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (wp_roadmap_view_parent_class)->dispose (object);
}

static void
page_iface_init (WpPageInterface *iface)
{
  iface->name = "roadmap";
  iface->title = N_("Roadmap");
  iface->icon_name = "x-office-calendar-symbolic";
  iface->set_document = (gpointer) wp_roadmap_view_set_document;
}

static void
wp_roadmap_view_class_init (WpRoadmapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_roadmap_view_dispose;

  g_type_ensure (WP_TYPE_TIMELINE);
  g_type_ensure (WP_TYPE_ENTRY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/roadmap/wp-roadmap-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, horizons_button);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, time_box);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, lanes_button);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, lanes_list);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, new_lane_row);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, flap);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, timeline);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, horizons_box);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, editor);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WpRoadmapView, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_edit);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_new_lane_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);

  gtk_widget_class_install_action (widget_class, "roadmap.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.today", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "roadmap.add-entry", NULL, add_entry_action);
  /* Ctrl+N and Ctrl+F, through the window. */
  gtk_widget_class_install_action (widget_class, "page.new", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "roadmap.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "roadmap.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "roadmap.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "roadmap.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "roadmap.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "roadmap.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "roadmap.fit", NULL);
}

static void
wp_roadmap_view_init (WpRoadmapView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The toolbar wraps in a narrow window; Tab goes to its buttons, not to the boxes around them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->toolbar)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  wp_search_bar_attach (self->search_bar, self->search_entry, GTK_WIDGET (self->timeline));
}
