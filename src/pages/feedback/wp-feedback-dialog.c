/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackDialog captures what a customer said, or edits an entry: the
 * text, the customer (known customers are offered while typing, with their
 * segment), segment, source, the day it was received (today by default),
 * importance and tags. Saving is one undo step.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-date-button.h"
#include "wp-date.h"
#include "wp-feedback-dialog.h"
#include "wp-text-area.h"
#include "wp-text-match.h"
#include "wp-widget-utils.h"

#define MAX_SUGGESTIONS 6
#define DEFAULT_IMPORTANCE 2

struct _WpFeedbackDialog
{
  AdwWindow      parent_instance;

  GtkButton     *save_button;
  WpTextArea    *text_view;
  AdwEntryRow   *customer_row;
  GtkListBox    *suggestions;
  AdwEntryRow   *segment_row;
  AdwEntryRow   *source_row;
  WpDateButton  *date_button;
  AdwComboRow   *importance_row;
  AdwEntryRow   *tags_row;

  WpDocument    *document;
  WpEntity      *feedback;     /* NULL while capturing a new entry */
  char          *received;     /* the timestamp to save */
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (WpFeedbackDialog, wp_feedback_dialog, ADW_TYPE_WINDOW)

/* The day received */

static void
show_received (WpFeedbackDialog *self)
{
  g_autofree char *day = g_strndup (self->received, 10);
  guint32 julian;

  if (!wp_date_parse (day, &julian))
    {
      g_free (day);
      day = wp_date_format (wp_date_today ());
    }
  wp_date_button_set_date (self->date_button, day);
}

/* A day picked in the calendar is noon of that day, in the format's UTC form. */
static void
on_day_chosen (WpFeedbackDialog *self,
               guint             julian)
{
  g_autofree char *day = wp_date_format (julian);

  g_free (self->received);
  self->received = g_strdup_printf ("%sT12:00:00Z", day);
  show_received (self);
}

/* Known customers */

static WpEntity *
earlier_feedback_of (WpFeedbackDialog *self,
                     const char       *customer)
{
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);

  for (guint i = 0, n = g_list_model_get_n_items (feedback); i < n; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);

      if (g_strcmp0 (wp_entity_get_string (entry, WP_FEEDBACK_CUSTOMER), customer) == 0)
        return entry;
    }

  return NULL;
}

/* Customers who gave feedback before whose name holds what is typed, each once. */
static void
on_customer_changed (WpFeedbackDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->customer_row));
  g_autofree char *needle = wp_text_fold (text);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *feedback = wp_document_get_list (self->document, WP_KIND_FEEDBACK);
  guint shown = 0;

  wp_list_box_remove_all (self->suggestions);

  for (guint i = 0, n = g_list_model_get_n_items (feedback);
       !self->filling && text[0] && i < n && shown < MAX_SUGGESTIONS; i++)
    {
      g_autoptr(WpEntity) entry = g_list_model_get_item (feedback, i);
      const char *customer = wp_entity_get_string (entry, WP_FEEDBACK_CUSTOMER);
      GtkWidget *row;

      if (customer == NULL || !wp_text_holds (customer, needle) || g_str_equal (customer, text) ||
          !g_hash_table_add (seen, (gpointer) customer))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), customer);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   wp_entity_get_string (entry, WP_FEEDBACK_SEGMENT));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "wp-customer", g_strdup (customer), g_free);
      gtk_list_box_append (self->suggestions, row);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions), shown > 0);
}

/* A known customer brings their segment along, unless one is typed already. */
static void
on_suggestion_activated (WpFeedbackDialog *self,
                         GtkListBoxRow    *row)
{
  const char *customer = g_object_get_data (G_OBJECT (row), "wp-customer");
  WpEntity *earlier = earlier_feedback_of (self, customer);
  const char *segment = earlier ? wp_entity_get_string (earlier, WP_FEEDBACK_SEGMENT) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->customer_row), customer);
  if (segment != NULL && gtk_editable_get_text (GTK_EDITABLE (self->segment_row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->segment_row), segment);
  gtk_widget_grab_focus (GTK_WIDGET (self->segment_row));
}

/* Saving */

static char *
stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static GStrv
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0')
        g_strv_builder_add (tags, tag);
    }

  return g_strv_builder_end (tags);
}

static void
set_text_field (WpFeedbackDialog *self,
                WpEntity         *feedback,
                guint             field,
                GtkEditable      *editable)
{
  g_autofree char *text = stripped_text (editable);

  wp_document_set_string (self->document, feedback, field, text[0] ? text : NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WpFeedbackDialog *self = WP_FEEDBACK_DIALOG (widget);
  g_autofree char *text = wp_text_area_dup_text (self->text_view);
  g_autofree char *customer = stripped_text (GTK_EDITABLE (self->customer_row));
  g_autofree char *tag_text = stripped_text (GTK_EDITABLE (self->tags_row));
  g_auto(GStrv) tags = parse_tags (tag_text);
  g_autoptr(WpEntity) feedback = self->feedback ? g_object_ref (self->feedback)
                                                 : wp_entity_new (WP_TYPE_FEEDBACK, NULL);
  g_autofree char *label = NULL;
  const char *who = customer[0] ? customer : _("Unknown customer");

  g_strstrip (text);
  if (text[0] == '\0')
    return;

  if (self->feedback == NULL)
    /* Translators: undo label, %s is a customer */
    label = g_strdup_printf (_("Add Feedback from “%s”"), who);
  else
    /* Translators: undo label, %s is a customer */
    label = g_strdup_printf (_("Edit Feedback from “%s”"), who);
  wp_document_begin (self->document, label);
  if (self->feedback == NULL)
    wp_document_add (self->document, feedback);
  wp_document_set_string (self->document, feedback, WP_FEEDBACK_TEXT, text);
  wp_document_set_string (self->document, feedback, WP_FEEDBACK_CUSTOMER,
                          customer[0] ? customer : NULL);
  set_text_field (self, feedback, WP_FEEDBACK_SEGMENT, GTK_EDITABLE (self->segment_row));
  set_text_field (self, feedback, WP_FEEDBACK_SOURCE, GTK_EDITABLE (self->source_row));
  wp_document_set_string (self->document, feedback, WP_FEEDBACK_RECEIVED, self->received);
  wp_document_set_int (self->document, feedback, WP_FEEDBACK_IMPORTANCE,
                       (int) adw_combo_row_get_selected (self->importance_row) + 1);
  wp_document_set_strv (self->document, feedback, WP_FEEDBACK_TAGS, (const char * const *) tags);
  wp_document_end (self->document);

  gtk_window_close (GTK_WINDOW (self));
}

static void
on_text_changed (WpFeedbackDialog *self)
{
  g_autofree char *text = wp_text_area_dup_text (self->text_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", g_strstrip (text)[0] != '\0');
}

/* Filling in */

static void
fill (WpFeedbackDialog *self)
{
  WpEntity *feedback = self->feedback;
  g_autofree char *tags = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->filling = TRUE;
  if (feedback == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Feedback"));
      gtk_button_set_label (self->save_button, _("_Add"));
      self->received = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
      adw_combo_row_set_selected (self->importance_row, DEFAULT_IMPORTANCE - 1);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Feedback"));
      gtk_button_set_label (self->save_button, _("_Save"));
      wp_text_area_set_text (self->text_view, wp_entity_get_string (feedback, WP_FEEDBACK_TEXT));
      gtk_editable_set_text (GTK_EDITABLE (self->customer_row),
                             wp_entity_get_string (feedback, WP_FEEDBACK_CUSTOMER) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->segment_row),
                             wp_entity_get_string (feedback, WP_FEEDBACK_SEGMENT) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->source_row),
                             wp_entity_get_string (feedback, WP_FEEDBACK_SOURCE) ?: "");
      tags = g_strjoinv (", ", (char **) wp_entity_get_strv (feedback, WP_FEEDBACK_TAGS));
      gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
      adw_combo_row_set_selected (self->importance_row,
                                  (guint) CLAMP (wp_entity_get_int (feedback,
                                                                    WP_FEEDBACK_IMPORTANCE),
                                                 1, 3) -
                                    1);
      self->received = g_strdup (wp_entity_get_string (feedback, WP_FEEDBACK_RECEIVED));
      if (self->received == NULL)
        self->received = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
    }
  self->filling = FALSE;
  show_received (self);
  on_text_changed (self);
}

/**
 * wp_feedback_dialog_new:
 * @parent: the window it belongs to
 * @document: the document
 * @feedback: (nullable): the entry to edit, or %NULL to capture a new one
 *
 * Returns: (transfer none): the dialog, shown
 */
WpFeedbackDialog *
wp_feedback_dialog_new (GtkWindow  *parent,
                        WpDocument *document,
                        WpEntity   *feedback)
{
  WpFeedbackDialog *self = g_object_new (WP_TYPE_FEEDBACK_DIALOG, "transient-for", parent, NULL);

  self->document = g_object_ref (document);
  self->feedback = feedback ? g_object_ref (feedback) : NULL;
  fill (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));

  return self;
}

static void
wp_feedback_dialog_dispose (GObject *object)
{
  WpFeedbackDialog *self = WP_FEEDBACK_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->feedback);
  g_clear_pointer (&self->received, g_free);

  G_OBJECT_CLASS (wp_feedback_dialog_parent_class)->dispose (object);
}

static void
wp_feedback_dialog_class_init (WpFeedbackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_feedback_dialog_dispose;

  g_type_ensure (WP_TYPE_DATE_BUTTON);
  g_type_ensure (WP_TYPE_TEXT_AREA);
  gtk_widget_class_set_template_from_resource (
    widget_class, RESOURCE_PATH "/pages/feedback/wp-feedback-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, customer_row);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, suggestions);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, segment_row);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, importance_row);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackDialog, tags_row);
  gtk_widget_class_bind_template_callback (widget_class, on_day_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_activated);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
wp_feedback_dialog_init (WpFeedbackDialog *self)
{
  const char *importance[] = { C_("importance", "Nice to have"), C_("importance", "Important"),
                               C_("importance", "Critical"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (importance);

  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));
  adw_combo_row_set_model (self->importance_row, G_LIST_MODEL (model));
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), "changed",
                            G_CALLBACK (on_text_changed), self);
}
