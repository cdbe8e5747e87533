/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpItemDetails edits every field of one backlog item. Each change goes
 * through the document, so it is undoable and saved; when the item changes
 * by other means (undo, another page) the fields follow.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-choices.h"
#include "wp-format.h"
#include "wp-item-details.h"
#include "wp-item-scores.h"
#include "wp-item-words.h"
#include "wp-text-area.h"
#include "wp-widget-utils.h"

struct _WpItemDetails
{
  AdwBin       parent_instance;

  AdwEntryRow *title_row;
  AdwComboRow *kind_row;
  AdwComboRow *status_row;
  WpTextArea  *description_view;
  AdwEntryRow *estimate_row;
  AdwEntryRow *value_row;
  AdwEntryRow *effort_row;
  WpItemScores *scores_group;
  AdwComboRow *moscow_row;
  AdwComboRow *epic_row;
  AdwComboRow *release_row;
  AdwComboRow *sprint_row;
  AdwEntryRow *labels_row;
  GtkListBox  *acceptance_list;
  GtkWidget   *feedback_group;
  GtkListBox  *feedback_list;
  AdwEntryRow *criterion_row;

  WpDocument  *document;
  WpEntity    *item;
  gboolean     loading;
  guint        reload_source;
};


G_DEFINE_FINAL_TYPE (WpItemDetails, wp_item_details, ADW_TYPE_BIN)

/**
 * wp_item_details_get_item:
 * @self: the details
 *
 * Returns: (transfer none) (nullable): the item being edited
 */
WpEntity *
wp_item_details_get_item (WpItemDetails *self)
{
  g_return_val_if_fail (WP_IS_ITEM_DETAILS (self), NULL);

  return self->item;
}

/* Choice rows: names shown, ids kept beside them ("" for none) */

static void
fill_choices (AdwComboRow *row,
              guint        field,
              GStrvBuilder *names,
              GStrvBuilder *ids,
              const char  *current)
{
  g_auto(GStrv) name_list = g_strv_builder_end (names);
  GStrv id_list = g_strv_builder_end (ids);
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) name_list);
  guint selected = 0;

  for (guint i = 0; id_list[i] != NULL; i++)
    if (g_strcmp0 (id_list[i], current ? current : "") == 0)
      selected = i;

  g_object_set_data_full (G_OBJECT (row), "wp-ids", id_list, (GDestroyNotify) g_strfreev);
  g_object_set_data (G_OBJECT (row), "wp-field", GUINT_TO_POINTER (field));
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
}

static void
add_choice (GStrvBuilder *names,
            GStrvBuilder *ids,
            const char   *name,
            const char   *id)
{
  g_strv_builder_add (names, name);
  g_strv_builder_add (ids, id);
}

/* Offers "None" and then every entity of @kind, optionally only epics. */
static void
fill_references (WpItemDetails *self,
                 AdwComboRow   *row,
                 guint          field,
                 WpKind         kind,
                 const char    *none)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *list = wp_document_get_list (self->document, kind);
  const char *current = wp_entity_get_string (self->item, field);
  guint n = g_list_model_get_n_items (list);

  add_choice (names, ids, none, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (list, i);

      if (entity == self->item)
        continue;
      if (kind == WP_KIND_ITEM &&
          g_strcmp0 (wp_entity_get_string (entity, WP_ITEM_KIND), "epic") != 0)
        continue;
      add_choice (names, ids, wp_entity_get_display_name (entity), wp_entity_get_id (entity));
    }
  /* A reference to nothing stays visible, so it can be seen and changed. */
  if (current != NULL && wp_document_lookup (self->document, kind, current) == NULL)
    add_choice (names, ids, current, current);

  fill_choices (row, field, names, ids, current);
}

static void
fill_fixed (WpItemDetails      *self,
            AdwComboRow        *row,
            guint               field,
            const char * const *choices,
            const char *      (*name_of) (const char *),
            const char         *none)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (none != NULL)
    add_choice (names, ids, none, "");
  for (guint i = 0; choices[i] != NULL; i++)
    add_choice (names, ids, name_of (choices[i]), choices[i]);

  fill_choices (row, field, names, ids, wp_entity_get_string (self->item, field));
}

/* Acceptance criteria */

/*
 * A copy to change: json_node_copy() would share the array and change the item
 * behind the history's back.
 */
static JsonNode *
copy_checklist (WpItemDetails *self)
{
  JsonArray *criteria = json_node_get_array (wp_entity_get_node (self->item, WP_ITEM_ACCEPTANCE));
  JsonArray *copy = json_array_new ();
  JsonNode *node;

  for (guint i = 0; i < json_array_get_length (criteria); i++)
    {
      JsonObject *criterion = json_array_get_object_element (criteria, i);
      JsonObject *criterion_copy = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (criterion);

      for (GList *l = members; l; l = l->next)
        json_object_set_member (criterion_copy, l->data,
                                json_node_copy (json_object_get_member (criterion, l->data)));
      json_array_add_object_element (copy, criterion_copy);
    }

  node = json_node_init (json_node_alloc (), JSON_NODE_ARRAY);
  json_node_take_array (node, copy);

  return node;
}

static void
set_checklist (WpItemDetails *self,
               JsonNode      *checklist,
               const char    *label)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, JSON_TYPE_NODE);
  g_value_take_boxed (&value, checklist);
  wp_document_begin (self->document, label);
  wp_document_set_value (self->document, self->item, WP_ITEM_ACCEPTANCE, &value);
  wp_document_end (self->document);
  g_value_unset (&value);
}

static void
on_criterion_toggled (GtkCheckButton *check,
                      WpItemDetails  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "wp-index"));
  JsonNode *checklist;
  JsonObject *criterion;

  if (self->loading)
    return;

  checklist = copy_checklist (self);
  criterion = json_array_get_object_element (json_node_get_array (checklist), index);
  json_object_set_boolean_member (criterion, "done", gtk_check_button_get_active (check));
  set_checklist (self, checklist, _("Check Acceptance Criterion"));
}

static void
on_criterion_remove (GtkButton     *button,
                     WpItemDetails *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "wp-index"));
  JsonNode *checklist = copy_checklist (self);

  json_array_remove_element (json_node_get_array (checklist), index);
  set_checklist (self, checklist, _("Remove Acceptance Criterion"));
}

static void
on_criterion_apply (WpItemDetails *self)
{
  g_autofree char *text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->criterion_row))));
  JsonNode *checklist;
  JsonObject *criterion;

  if (self->item == NULL || text[0] == '\0')
    return;

  checklist = copy_checklist (self);
  criterion = json_object_new ();
  json_object_set_string_member (criterion, "text", text);
  json_object_set_boolean_member (criterion, "done", FALSE);
  json_array_add_object_element (json_node_get_array (checklist), criterion);
  set_checklist (self, checklist, _("Add Acceptance Criterion"));
  gtk_editable_set_text (GTK_EDITABLE (self->criterion_row), "");
}

static GtkWidget *
new_criterion_row (WpItemDetails *self,
                   JsonObject    *criterion,
                   guint          index)
{
  const char *text = json_object_get_string_member_with_default (criterion, "text", "");
  gboolean done = json_object_get_boolean_member_with_default (criterion, "done", FALSE);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  /* Translators: %s is an acceptance criterion */
  g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), text);
  GtkWidget *remove = wp_icon_button_new ("user-trash-symbolic", remove_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data (G_OBJECT (check), "wp-index", GUINT_TO_POINTER (index));
  g_signal_connect (check, "toggled", G_CALLBACK (on_criterion_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_object_set_data (G_OBJECT (remove), "wp-index", GUINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_criterion_remove), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
load_acceptance (WpItemDetails *self)
{
  JsonArray *criteria = json_node_get_array (wp_entity_get_node (self->item, WP_ITEM_ACCEPTANCE));

  wp_list_box_remove_all (self->acceptance_list);

  for (guint i = 0; i < json_array_get_length (criteria); i++)
    gtk_list_box_append (self->acceptance_list,
                         new_criterion_row (self, json_array_get_object_element (criteria, i), i));
  gtk_widget_set_visible (GTK_WIDGET (self->acceptance_list), json_array_get_length (criteria) > 0);
}

/* What customers said about the item: the feedback entries linked to it. */
static void
load_feedback (WpItemDetails *self)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  const char *id = wp_entity_get_id (self->item);
  guint shown = 0;

  wp_list_box_remove_all (self->feedback_list);

  for (guint i = 0, n = g_list_model_get_n_items (feedback); i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);
      const char *customer = wp_entity_get_string (entry, WP_FEEDBACK_CUSTOMER);
      GtkWidget *row;

      if (!g_strv_contains (wp_entity_get_strv (entry, WP_FEEDBACK_ITEMS), id))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     customer ? customer : _("Unknown customer"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   wp_entity_get_string (entry, WP_FEEDBACK_TEXT));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_append (self->feedback_list, row);
      shown++;
    }
  gtk_widget_set_visible (self->feedback_group, shown > 0);
}

/* Loading the item into the widgets */

static void
fill_status (WpItemDetails *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *columns = wp_document_get_list (self->document, WP_KIND_COLUMN);
  const char *current = wp_entity_get_string (self->item, WP_ITEM_STATUS);
  guint n = g_list_model_get_n_items (columns);

  add_choice (names, ids, _("Not on the board"), "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpEntity) column = g_list_model_get_item (columns, i);

      add_choice (names, ids, wp_entity_get_display_name (column), wp_entity_get_id (column));
    }
  if (current != NULL && wp_document_lookup (self->document, WP_KIND_COLUMN, current) == NULL)
    add_choice (names, ids, current, current);

  fill_choices (self->status_row, WP_ITEM_STATUS, names, ids, current);
}

static void
load (WpItemDetails *self)
{
  g_autofree char *labels = NULL;

  if (self->item == NULL)
    return;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         wp_entity_get_string (self->item, WP_ITEM_TITLE));
  fill_fixed (self, self->kind_row, WP_ITEM_KIND, wp_kinds, wp_item_kind_name, NULL);
  fill_status (self);
  wp_text_area_set_text (self->description_view,
                         wp_entity_get_string (self->item, WP_ITEM_DESCRIPTION));
  wp_number_row_show (self->estimate_row, wp_entity_get_number (self->item, WP_ITEM_ESTIMATE));
  wp_number_row_show (self->value_row, wp_entity_get_number (self->item, WP_ITEM_VALUE));
  wp_number_row_show (self->effort_row, wp_entity_get_number (self->item, WP_ITEM_EFFORT));
  wp_item_scores_show (self->scores_group, self->document, self->item);
  fill_fixed (self, self->moscow_row, WP_ITEM_MOSCOW, wp_moscow, wp_item_moscow_name, _("None"));
  fill_references (self, self->epic_row, WP_ITEM_EPIC, WP_KIND_ITEM, _("None"));
  fill_references (self, self->release_row, WP_ITEM_RELEASE, WP_KIND_RELEASE, _("None"));
  fill_references (self, self->sprint_row, WP_ITEM_SPRINT, WP_KIND_SPRINT, _("None"));
  labels = g_strjoinv (", ", (char **) wp_entity_get_strv (self->item, WP_ITEM_LABELS));
  gtk_editable_set_text (GTK_EDITABLE (self->labels_row), labels);
  load_acceptance (self);
  load_feedback (self);
  self->loading = FALSE;
}

/*
 * A change of the item reloads the fields once the change is over: the
 * widget that made it (a combo row emitting notify::selected) may still be
 * running, and its model must not be replaced under it.
 */
static gboolean
reload (gpointer user_data)
{
  WpItemDetails *self = user_data;

  self->reload_source = 0;
  load (self);

  return G_SOURCE_REMOVE;
}

static void
on_item_notify (WpItemDetails *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload, self);
}

/* Writing edits back */

static void
on_title_apply (WpItemDetails *self)
{
  g_autofree char *title =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  if (self->item != NULL && title[0] != '\0')
    wp_document_set_string (self->document, self->item, WP_ITEM_TITLE, title);
}

static void
on_number_apply (WpItemDetails *self,
                 AdwEntryRow   *row)
{
  guint field = row == self->estimate_row ? WP_ITEM_ESTIMATE
                : row == self->value_row  ? WP_ITEM_VALUE
                                          : WP_ITEM_EFFORT;
  double number;

  if (self->item != NULL && wp_number_row_read (row, &number))
    wp_document_set_number (self->document, self->item, field, number);
}

static void
on_labels_apply (WpItemDetails *self)
{
  g_auto(GStrv)
    parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->labels_row)), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  if (self->item == NULL)
    return;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *label = g_strstrip (parts[i]);

      if (label[0] != '\0')
        g_strv_builder_add (builder, label);
    }
  labels = g_strv_builder_end (builder);
  wp_document_set_strv (self->document, self->item, WP_ITEM_LABELS, (const char * const *) labels);
}

static void
on_choice_selected (WpItemDetails *self,
                    GParamSpec    *pspec,
                    AdwComboRow   *row)
{
  const char * const *ids = g_object_get_data (G_OBJECT (row), "wp-ids");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "wp-field"));
  guint selected = adw_combo_row_get_selected (row);
  const char *id;

  if (self->loading || self->item == NULL || ids == NULL || selected >= g_strv_length ((GStrv) ids))
    return;

  id = ids[selected][0] != '\0' ? ids[selected] : NULL;
  if (field == WP_ITEM_STATUS)
    wp_document_set_status (self->document, WP_ITEM (self->item), id);
  else
    wp_document_set_string (self->document, self->item, field, id);
}

static void
on_description_committed (WpItemDetails *self,
                          const char    *text)
{
  if (self->item != NULL)
    wp_document_set_string (self->document, self->item, WP_ITEM_DESCRIPTION, text);
}

/**
 * wp_item_details_set_item:
 * @self: the details
 * @document: (nullable): the document
 * @item: (nullable): the item to edit
 */
void
wp_item_details_set_item (WpItemDetails *self,
                          WpDocument    *document,
                          WpEntity      *item)
{
  g_return_if_fail (WP_IS_ITEM_DETAILS (self));

  if (self->item == item)
    return;

  if (self->item != NULL)
    {
      /* An edit still being typed belongs to the item it was typed for. */
      wp_text_area_commit (self->description_view);
      g_signal_handlers_disconnect_by_data (self->item, self);
    }
  g_set_object (&self->document, document);
  g_set_object (&self->item, item);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (item != NULL)
    g_signal_connect_swapped (item, "notify", G_CALLBACK (on_item_notify), self);
  load (self);
}

static void
wp_item_details_dispose (GObject *object)
{
  WpItemDetails *self = WP_ITEM_DETAILS (object);

  if (self->item != NULL)
    {
      wp_text_area_commit (self->description_view);
      g_signal_handlers_disconnect_by_data (self->item, self);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->item);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_item_details_parent_class)->dispose (object);
}

static void
wp_item_details_class_init (WpItemDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_item_details_dispose;

  g_type_ensure (WP_TYPE_TEXT_AREA);
  g_type_ensure (WP_TYPE_ITEM_SCORES);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/backlog/wp-item-details.ui");
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, kind_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, description_view);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, estimate_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, value_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, effort_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, scores_group);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, moscow_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, epic_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, release_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, sprint_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, labels_row);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, acceptance_list);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, feedback_group);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, feedback_list);
  gtk_widget_class_bind_template_child (widget_class, WpItemDetails, criterion_row);
  gtk_widget_class_bind_template_callback (widget_class, on_title_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_number_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_labels_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_criterion_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_description_committed);
}

static void
wp_item_details_init (WpItemDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
