/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpEntryEditor edits one roadmap entry beside the timeline: title, start
 * and end with calendars, lane, the backlog items it delivers (linked by
 * typing part of a title) and the entries it depends on. Each change goes
 * through the document, so it is undoable and saved; when the entry changes
 * by other means (a drag, undo) the fields follow.
 */
#define G_LOG_DOMAIN "waypoint-roadmap"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-date-button.h"
#include "wp-date.h"
#include "wp-entry-editor.h"
#include "wp-item-matches.h"
#include "wp-widget-utils.h"

#define MAX_MATCHES 8

struct _WpEntryEditor
{
  AdwBin        parent_instance;

  AdwEntryRow  *title_row;
  WpDateButton  *start_button;
  WpDateButton  *end_button;
  AdwComboRow  *lane_row;
  GtkListBox   *items_list;
  AdwEntryRow  *link_row;
  GtkListBox   *depends_list;
  AdwComboRow  *depend_row;
  GtkListBox   *matches_list;

  WpDocument   *document;
  WpEntity     *entry;
  gboolean      loading;
  guint         reload_source;
};

G_DEFINE_FINAL_TYPE (WpEntryEditor, wp_entry_editor, ADW_TYPE_BIN)

WpEntity *
wp_entry_editor_get_entry (WpEntryEditor *self)
{
  g_return_val_if_fail (WP_IS_ENTRY_EDITOR (self), NULL);

  return self->entry;
}

/* Changing the entry */

static void
set_strv (WpEntryEditor      *self,
          guint               field,
          const char * const *value,
          const char         *label)
{
  wp_document_begin (self->document, label);
  wp_document_set_strv (self->document, self->entry, field, value);
  wp_document_end (self->document);
}

/* @list with @id added, or without it when @remove. */
static GStrv
strv_with (const char * const *list,
           const char         *id,
           gboolean            remove)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; list[i] != NULL; i++)
    if (!g_str_equal (list[i], id))
      g_strv_builder_add (builder, list[i]);
  if (!remove)
    g_strv_builder_add (builder, id);

  return g_strv_builder_end (builder);
}

static void
change_reference (WpEntryEditor *self,
                  guint          field,
                  const char    *id,
                  gboolean       remove,
                  const char    *label)
{
  g_auto(GStrv) changed = strv_with (wp_entity_get_strv (self->entry, field), id, remove);

  set_strv (self, field, (const char * const *) changed, label);
}

static void
on_title_apply (WpEntryEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *title = g_strstrip (g_strdup (text));

  if (self->entry != NULL && title[0] != '\0')
    wp_document_set_string (self->document, self->entry, WP_ROADMAP_ENTRY_TITLE, title);
}

/*
 * A start after the end takes the end along, and an end before the start
 * the start: the entry stays whole.
 */
static void
on_day_chosen (WpEntryEditor *self,
               guint          day,
               WpDateButton  *button)
{
  guint32 start = 0, end = 0;
  gboolean is_start = button == self->start_button;
  g_autofree char *day_text = wp_date_format (day);
  g_autofree char *label = NULL;
  gboolean scheduled;

  if (self->entry == NULL)
    return;

  scheduled = wp_roadmap_entry_get_days (self->entry, &start, &end);
  if (is_start)
    /* Translators: undo label, %s is a roadmap entry */
    label = g_strdup_printf (_("Change the Start of “%s”"),
                             wp_entity_get_display_name (self->entry));
  else
    label = g_strdup_printf (_("Change the End of “%s”"), wp_entity_get_display_name (self->entry));

  wp_document_begin (self->document, label);
  wp_document_set_string (self->document, self->entry,
                          is_start ? WP_ROADMAP_ENTRY_START : WP_ROADMAP_ENTRY_END, day_text);
  if (!scheduled || (is_start && day > end) || (!is_start && day < start))
    wp_document_set_string (self->document, self->entry,
                            is_start ? WP_ROADMAP_ENTRY_END : WP_ROADMAP_ENTRY_START, day_text);
  wp_document_end (self->document);
}

static void
on_lane_selected (WpEntryEditor *self)
{
  const char * const *ids = g_object_get_data (G_OBJECT (self->lane_row), "wp-ids");
  guint selected = adw_combo_row_get_selected (self->lane_row);

  if (self->loading || self->entry == NULL || ids == NULL ||
      selected >= g_strv_length ((GStrv) ids))
    return;

  wp_document_set_string (self->document, self->entry, WP_ROADMAP_ENTRY_LANE,
                          ids[selected][0] != '\0' ? ids[selected] : NULL);
}

static void
on_depend_selected (WpEntryEditor *self)
{
  const char * const *ids = g_object_get_data (G_OBJECT (self->depend_row), "wp-ids");
  guint selected = adw_combo_row_get_selected (self->depend_row);
  g_autofree char *label = NULL;

  if (self->loading || self->entry == NULL || ids == NULL || selected == 0 ||
      selected >= g_strv_length ((GStrv) ids))
    return;

  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Add a Prerequisite to “%s”"),
                           wp_entity_get_display_name (self->entry));
  change_reference (self, WP_ROADMAP_ENTRY_DEPENDS_ON, ids[selected], FALSE, label);
}

static void
on_unlink_clicked (GtkButton     *button,
                   WpEntryEditor *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "wp-id");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "wp-field"));
  g_autofree char *label = NULL;

  if (field == WP_ROADMAP_ENTRY_ITEMS)
    /* Translators: undo label, %s is a roadmap entry */
    label = g_strdup_printf (_("Unlink an Item from “%s”"),
                             wp_entity_get_display_name (self->entry));
  else
    /* Translators: undo label, %s is a roadmap entry */
    label = g_strdup_printf (_("Remove a Prerequisite of “%s”"),
                             wp_entity_get_display_name (self->entry));
  change_reference (self, field, id, TRUE, label);
}

static void
on_remove_clicked (WpEntryEditor *self)
{
  g_autoptr(WpEntity) entry = self->entry ? g_object_ref (self->entry) : NULL;

  if (entry != NULL)
    wp_document_remove (self->document, entry, NULL);
}

/* Linking items by typing part of a title */

static void
link_item (WpEntryEditor *self,
           const char    *id)
{
  g_autofree char *label = NULL;

  /* Translators: undo label, %s is a roadmap entry */
  label = g_strdup_printf (_("Link an Item to “%s”"), wp_entity_get_display_name (self->entry));
  change_reference (self, WP_ROADMAP_ENTRY_ITEMS, id, FALSE, label);
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), "");
}

/*
 * The first items whose title holds what was typed and that are not linked
 * yet; the first is highlighted.
 */
static void
on_link_changed (WpEntryEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->link_row));
  const char * const *linked =
    self->entry ? wp_entity_get_strv (self->entry, WP_ROADMAP_ENTRY_ITEMS) : NULL;

  wp_item_matches_fill (self->matches_list, self->document, self->entry ? text : "", linked,
                        MAX_MATCHES, FALSE);
}

static void
on_link_activated (WpEntryEditor *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->matches_list);

  if (row != NULL && gtk_widget_get_visible (GTK_WIDGET (self->matches_list)))
    link_item (self, wp_item_matches_get_id (row));
}

static void
on_match_activated (WpEntryEditor *self,
                    GtkListBoxRow *row)
{
  link_item (self, wp_item_matches_get_id (row));
}

/* Down and Up in the entry move the highlight through the matches. */
static gboolean
on_link_key (WpEntryEditor   *self,
             guint            keyval,
             guint            keycode,
             GdkModifierType  state)
{
  if (wp_item_matches_move (self->matches_list, keyval))
    return GDK_EVENT_STOP;
  if (keyval == GDK_KEY_Escape && gtk_widget_get_visible (GTK_WIDGET (self->matches_list)))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->link_row), "");
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Loading */

static GtkWidget *
new_reference_row (WpEntryEditor *self,
                   WpEntity      *referenced,
                   const char    *id,
                   guint          field)
{
  const char *name = referenced ? wp_entity_get_display_name (referenced) : id;
  GtkWidget *row = adw_action_row_new ();
  /* Translators: %s is a backlog item or a roadmap entry */
  g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), name);
  GtkWidget *remove = wp_icon_button_new ("list-remove-symbolic", remove_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  g_object_set_data_full (G_OBJECT (remove), "wp-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (remove), "wp-field", GUINT_TO_POINTER (field));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_unlink_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
fill_references (WpEntryEditor *self,
                 GtkListBox    *list,
                 guint          field,
                 WpKind         kind)
{
  const char * const *ids = wp_entity_get_strv (self->entry, field);

  wp_list_box_remove_all (list);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      WpEntity *referenced = wp_document_lookup (self->document, kind, ids[i]);

      gtk_list_box_append (list, new_reference_row (self, referenced, ids[i], field));
    }
  gtk_widget_set_visible (GTK_WIDGET (list), ids[0] != NULL);
}

static void
fill_combo (AdwComboRow  *row,
            GStrvBuilder *names,
            GStrvBuilder *ids,
            guint         selected)
{
  g_auto(GStrv) name_list = g_strv_builder_end (names);
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) name_list);

  g_object_set_data_full (G_OBJECT (row), "wp-ids", g_strv_builder_end (ids),
                          (GDestroyNotify) g_strfreev);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
}

static void
fill_lanes (WpEntryEditor *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *lanes = wp_document_get_list (self->document, WP_KIND_LANE);
  const char *current = wp_entity_get_string (self->entry, WP_ROADMAP_ENTRY_LANE);
  guint selected = 0;

  g_strv_builder_add (names, _("No lane"));
  g_strv_builder_add (ids, "");
  for (guint i = 0, n = g_list_model_get_n_items (lanes); i < n; i++)
    {
      g_autoptr(WpEntity) lane = g_list_model_get_item (lanes, i);

      if (g_strcmp0 (wp_entity_get_id (lane), current) == 0)
        selected = i + 1;
      g_strv_builder_add (names, wp_entity_get_display_name (lane));
      g_strv_builder_add (ids, wp_entity_get_id (lane));
    }
  fill_combo (self->lane_row, names, ids, selected);
}

/* Every other entry that is not a prerequisite yet. */
static void
fill_depend_choices (WpEntryEditor *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *entries = wp_document_get_list (self->document, WP_KIND_ENTRY);
  const char * const *depends = wp_entity_get_strv (self->entry, WP_ROADMAP_ENTRY_DEPENDS_ON);

  g_strv_builder_add (names, _("Choose an Entry…"));
  g_strv_builder_add (ids, "");
  for (guint i = 0, n = g_list_model_get_n_items (entries); i < n; i++)
    {
      g_autoptr(WpEntity) other = g_list_model_get_item (entries, i);

      if (other == self->entry || g_strv_contains (depends, wp_entity_get_id (other)))
        continue;
      g_strv_builder_add (names, wp_entity_get_display_name (other));
      g_strv_builder_add (ids, wp_entity_get_id (other));
    }
  fill_combo (self->depend_row, names, ids, 0);
}

static void
load (WpEntryEditor *self)
{
  const char *title;

  if (self->entry == NULL)
    return;

  self->loading = TRUE;
  title = wp_entity_get_string (self->entry, WP_ROADMAP_ENTRY_TITLE);
  /* What is being typed stays until it is applied. */
  if (!wp_widget_has_focus_within (GTK_WIDGET (self->title_row)))
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
  wp_date_button_set_date (self->start_button,
                           wp_entity_get_string (self->entry, WP_ROADMAP_ENTRY_START));
  wp_date_button_set_date (self->end_button,
                           wp_entity_get_string (self->entry, WP_ROADMAP_ENTRY_END));
  fill_lanes (self);
  fill_references (self, self->items_list, WP_ROADMAP_ENTRY_ITEMS, WP_KIND_ITEM);
  fill_references (self, self->depends_list, WP_ROADMAP_ENTRY_DEPENDS_ON, WP_KIND_ENTRY);
  fill_depend_choices (self);
  self->loading = FALSE;
}

static gboolean
reload (gpointer user_data)
{
  WpEntryEditor *self = user_data;

  self->reload_source = 0;
  load (self);

  return G_SOURCE_REMOVE;
}

/* A change arrives field by field; the editor loads once they are all in. */
static void
on_entry_notify (WpEntryEditor *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload, self);
}

/**
 * wp_entry_editor_set_entry:
 * @self: the editor
 * @document: (nullable): the document
 * @entry: (nullable): the roadmap entry to edit
 */
void
wp_entry_editor_set_entry (WpEntryEditor *self,
                           WpDocument    *document,
                           WpEntity      *entry)
{
  g_return_if_fail (WP_IS_ENTRY_EDITOR (self));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_set_object (&self->document, document);
  g_set_object (&self->entry, entry);
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), "");
  if (entry == NULL)
    return;

  g_signal_connect_swapped (entry, "notify", G_CALLBACK (on_entry_notify), self);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  load (self);
}

/**
 * wp_entry_editor_focus_title:
 * @self: the editor
 *
 * Puts the keyboard into the title, all of it selected, to type a new one.
 */
void
wp_entry_editor_focus_title (WpEntryEditor *self)
{
  g_return_if_fail (WP_IS_ENTRY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

static void
wp_entry_editor_dispose (GObject *object)
{
  WpEntryEditor *self = WP_ENTRY_EDITOR (object);

  wp_entry_editor_set_entry (self, NULL, NULL);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_entry_editor_parent_class)->dispose (object);
}

static void
wp_entry_editor_class_init (WpEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_entry_editor_dispose;

  g_type_ensure (WP_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/roadmap/wp-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, start_button);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, end_button);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, lane_row);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, items_list);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, link_row);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, depends_list);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, depend_row);
  gtk_widget_class_bind_template_child (widget_class, WpEntryEditor, matches_list);
  gtk_widget_class_bind_template_callback (widget_class, on_title_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_day_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_lane_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_link_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_link_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_depend_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_match_activated);
}

static void
wp_entry_editor_init (WpEntryEditor *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_link_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->link_row), keys);
}
