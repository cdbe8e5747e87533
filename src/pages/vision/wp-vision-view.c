/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpVisionView is the Vision page: the product's name and its vision board
 * (vision, target group, needs, product, business goals) as large texts laid
 * out like the board POs draw on a wall, and the Definition of Done as a
 * checklist to edit and reorder. Every edit goes through the document, so it
 * is undoable and saved; undo and other windows' changes show up here.
 */
#define G_LOG_DOMAIN "waypoint-vision"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-page.h"
#include "wp-text-area.h"
#include "wp-vision-view.h"
#include "wp-widget-utils.h"

struct _WpVisionView
{
  AdwBin       parent_instance;

  GtkEntry    *name_entry;
  WpTextArea  *vision_text;
  WpTextArea  *target_text;
  WpTextArea  *needs_text;
  WpTextArea  *product_text;
  WpTextArea  *goals_text;
  GtkFlowBox  *board;
  GtkListBox  *done_list;
  AdwEntryRow *done_add_row;

  WpDocument  *document;
  char        *name_shown;   /* the name as the document had it when shown */
  guint        reload_source;
};

static void page_iface_init (WpPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpVisionView, wp_vision_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (WP_TYPE_PAGE, page_iface_init))

static WpEntity *
product (WpVisionView *self)
{
  return WP_ENTITY (wp_document_get_product (self->document));
}

/* The texts of the board and the fields they edit */

static guint
field_of (WpVisionView *self,
          WpTextArea   *area)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "wp-field"));
}

static void
on_text_committed (WpTextArea   *area,
                   const char   *text,
                   WpVisionView *self)
{
  if (self->document != NULL)
    wp_document_set_string (self->document, product (self), field_of (self, area), text);
}

static void
on_name_apply (WpVisionView *self)
{
  g_autofree char *name =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

  if (self->document == NULL)
    return;
  /* The entry shows what is kept, so that the document's later changes show in it. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
  g_free (self->name_shown);
  self->name_shown = g_strdup (name);
  wp_document_set_string (self->document, product (self), WP_PRODUCT_NAME, name);
}

/* The Definition of Done */

static void
set_done (WpVisionView       *self,
          const char * const *criteria,
          const char         *label)
{
  wp_document_begin (self->document, label);
  wp_document_set_strv (self->document, product (self), WP_PRODUCT_DEFINITION_OF_DONE, criteria);
  wp_document_end (self->document);
}

/* A copy of the criteria to change. */
static GPtrArray *
copy_done (WpVisionView *self)
{
  GPtrArray *criteria = g_ptr_array_new_with_free_func (g_free);
  const char * const *done = wp_entity_get_strv (product (self), WP_PRODUCT_DEFINITION_OF_DONE);

  for (const char * const *criterion = done; *criterion; criterion++)
    g_ptr_array_add (criteria, g_strdup (*criterion));

  return criteria;
}

static void
set_done_array (WpVisionView *self,
                GPtrArray    *criteria,
                const char   *label)
{
  g_ptr_array_add (criteria, NULL);
  set_done (self, (const char * const *) criteria->pdata, label);
}

static void
on_done_add (WpVisionView *self)
{
  g_autofree char *text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->done_add_row))));
  g_autoptr(GPtrArray) criteria = NULL;

  if (self->document == NULL || text[0] == '\0')
    return;

  criteria = copy_done (self);
  g_ptr_array_add (criteria, g_steal_pointer (&text));
  set_done_array (self, criteria, _("Add to the Definition of Done"));
  gtk_editable_set_text (GTK_EDITABLE (self->done_add_row), "");
}

static void
on_done_edited (AdwEntryRow  *row,
                WpVisionView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "wp-index"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GPtrArray) criteria = copy_done (self);

  if (text[0] == '\0' || index >= criteria->len)
    return;

  g_free (criteria->pdata[index]);
  criteria->pdata[index] = g_steal_pointer (&text);
  set_done_array (self, criteria, _("Edit the Definition of Done"));
}

static void
on_done_move (GtkButton    *button,
              WpVisionView *self)
{
  guint index = wp_place_button_get_index (button);
  int offset = wp_place_button_get_offset (button);
  g_autoptr(GPtrArray) criteria = copy_done (self);
  gint64 to = (gint64) index + offset;
  gpointer moved;

  if (to < 0 || to >= criteria->len)
    return;

  moved = criteria->pdata[index];
  criteria->pdata[index] = criteria->pdata[to];
  criteria->pdata[to] = moved;
  set_done_array (self, criteria, _("Reorder the Definition of Done"));
}

static void
on_done_remove (GtkButton    *button,
                WpVisionView *self)
{
  guint index = wp_place_button_get_index (button);
  g_autoptr(GPtrArray) criteria = copy_done (self);

  if (index >= criteria->len)
    return;

  g_ptr_array_remove_index (criteria, index);
  set_done_array (self, criteria, _("Remove from the Definition of Done"));
}

static void
fill_done (WpVisionView *self)
{
  const char * const *criteria = wp_entity_get_strv (product (self), WP_PRODUCT_DEFINITION_OF_DONE);

  wp_list_box_remove_all (self->done_list);

  for (guint i = 0; criteria[i] != NULL; i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      /* Translators: the title of a Definition of Done row: "Criterion 3" */
      g_autofree char *title = g_strdup_printf (_("Criterion %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), criteria[i]);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "wp-index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "apply", G_CALLBACK (on_done_edited), self);
      wp_entry_row_add_place_button (ADW_ENTRY_ROW (row), "go-up-symbolic",
                                     /* Translators: %s is a criterion of the Definition of Done */
                                     g_strdup_printf (_("Move “%s” Up"), criteria[i]),
                                     G_CALLBACK (on_done_move), self, i, -1);
      wp_entry_row_add_place_button (ADW_ENTRY_ROW (row), "go-down-symbolic",
                                     /* Translators: %s is a criterion of the Definition of Done */
                                     g_strdup_printf (_("Move “%s” Down"), criteria[i]),
                                     G_CALLBACK (on_done_move), self, i, 1);
      wp_entry_row_add_place_button (ADW_ENTRY_ROW (row), "user-trash-symbolic",
                                     /* Translators: %s is a criterion of the Definition of Done */
                                     g_strdup_printf (_("Remove “%s”"), criteria[i]),
                                     G_CALLBACK (on_done_remove), self, i, 0);
      gtk_list_box_append (self->done_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->done_list), criteria[0] != NULL);
}

/* Loading */

/* What is being typed and not kept yet stays; everything else follows the document. */
static void
load (WpVisionView *self)
{
  WpTextArea *areas[] = { self->vision_text, self->target_text, self->needs_text,
                          self->product_text, self->goals_text };
  const char *name = wp_entity_get_string (product (self), WP_PRODUCT_NAME);

  if (self->name_shown == NULL ||
      g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), self->name_shown))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name ? name : "");
      g_free (self->name_shown);
      self->name_shown = g_strdup (name ? name : "");
    }
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (!wp_text_area_has_pending (areas[i]))
      wp_text_area_set_text (areas[i],
                             wp_entity_get_string (product (self), field_of (self, areas[i])));
  if (!wp_widget_has_focus_within (GTK_WIDGET (self->done_list)))
    fill_done (self);
}

static gboolean
reload (gpointer user_data)
{
  WpVisionView *self = user_data;

  self->reload_source = 0;
  if (self->document != NULL)
    load (self);

  return G_SOURCE_REMOVE;
}

static void
on_document_changed (WpVisionView *self,
                     WpEntity     *entity)
{
  if (WP_IS_PRODUCT (entity) && self->reload_source == 0)
    self->reload_source = g_idle_add (reload, self);
}

void
wp_vision_view_set_document (WpVisionView *self,
                             WpDocument   *document)
{
  WpTextArea *areas[] = { self->vision_text, self->target_text, self->needs_text,
                          self->product_text, self->goals_text };

  g_return_if_fail (WP_IS_VISION_VIEW (self));

  /* Typing still pending belongs to the document it was typed into. */
  for (guint i = 0; self->document != NULL && i < G_N_ELEMENTS (areas); i++)
    wp_text_area_commit (areas[i]);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_set_object (&self->document, document);
  if (document == NULL)
    return;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_clear_pointer (&self->name_shown, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    wp_text_area_set_text (areas[i], NULL);
  load (self);
}

static void
wp_vision_view_dispose (GObject *object)
{
  WpVisionView *self = WP_VISION_VIEW (object);

  if (self->vision_text != NULL)
    wp_vision_view_set_document (self, NULL);
  g_clear_pointer (&self->name_shown, g_free);

  G_OBJECT_CLASS (wp_vision_view_parent_class)->dispose (object);
}

static void
page_iface_init (WpPageInterface *iface)
{
  iface->name = "vision";
  iface->title = N_("Vision");
  iface->icon_name = "starred-symbolic";
  iface->set_document = (gpointer) wp_vision_view_set_document;
}

static void
wp_vision_view_class_init (WpVisionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_vision_view_dispose;

  g_type_ensure (WP_TYPE_TEXT_AREA);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pages/vision/wp-vision-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, vision_text);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, target_text);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, needs_text);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, product_text);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, goals_text);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, board);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, done_list);
  gtk_widget_class_bind_template_child (widget_class, WpVisionView, done_add_row);
  gtk_widget_class_bind_template_callback (widget_class, on_text_committed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_done_add);
}

static void
wp_vision_view_init (WpVisionView *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_set_data (G_OBJECT (self->vision_text), "wp-field",
                     GUINT_TO_POINTER (WP_PRODUCT_VISION));
  g_object_set_data (G_OBJECT (self->target_text), "wp-field",
                     GUINT_TO_POINTER (WP_PRODUCT_TARGET_GROUP));
  g_object_set_data (G_OBJECT (self->needs_text), "wp-field", GUINT_TO_POINTER (WP_PRODUCT_NEEDS));
  g_object_set_data (G_OBJECT (self->product_text), "wp-field",
                     GUINT_TO_POINTER (WP_PRODUCT_PRODUCT));
  g_object_set_data (G_OBJECT (self->goals_text), "wp-field",
                     GUINT_TO_POINTER (WP_PRODUCT_BUSINESS_GOALS));

  /* The name is kept when the focus leaves it, as Enter keeps it. */
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_name_apply), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), focus);

  /* The board's cards are read and typed in, not selected: Tab goes into the texts. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->board)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}
