/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpScorecardDialog edits the product's scorecard (wp-scorecard.c): a row
 * for each criterion, opened to change its name, scale and weight or to
 * remove it, and a row that adds one. Each change is one undo step, kept in
 * the product at once; the rows follow the scorecard as it changes, an undo
 * included, and are made anew only when criteria come or go.
 */
#define G_LOG_DOMAIN "waypoint-backlog"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-format.h"
#include "wp-scorecard-dialog.h"
#include "wp-scorecard.h"

struct _WpScorecardDialog
{
  AdwWindow    parent_instance;

  GtkListBox  *list;
  AdwEntryRow *new_row;

  WpDocument  *document;
  GPtrArray   *rows;      /* AdwExpanderRow, one a criterion, in the scorecard's order */
  gboolean     showing;   /* the scorecard is being shown, not changed */
};

G_DEFINE_FINAL_TYPE (WpScorecardDialog, wp_scorecard_dialog, ADW_TYPE_WINDOW)

/* The parts of a criterion's row, kept on it. */
typedef struct {
  char           *id;
  char           *name;     /* as the scorecard has it */
  AdwEntryRow    *name_row;
  GtkSpinButton  *scale_button;
  GtkSpinButton  *weight_button;
  GtkButton      *remove_button;
} Parts;

static void
parts_free (gpointer data)
{
  Parts *parts = data;

  g_free (parts->id);
  g_free (parts->name);
  g_free (parts);
}

static Parts *
parts_of (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "wp-parts");
}

/* Writes @name and the row's scale and weight into the scorecard, as one undo step. */
static void
save_row (WpScorecardDialog *self,
          GtkWidget         *row,
          const char        *name)
{
  Parts *parts = parts_of (row);

  if (self->showing || name[0] == '\0')
    return;
  wp_scorecard_change (self->document, parts->id, name,
                       gtk_spin_button_get_value (parts->scale_button),
                       gtk_spin_button_get_value (parts->weight_button));
}

/*
 * A scale or a weight changed: the name stays as the scorecard has it, whatever is typed. The
 * clicks of one spin button are one undo step.
 */
static void
on_number_changed (GtkWidget         *part,
                   WpScorecardDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (part), "wp-row");
  Parts *parts = parts_of (row);
  g_autofree char *key = g_strdup_printf ("%s %s", parts->id,
                                          part == GTK_WIDGET (parts->scale_button) ? "scale"
                                                                                   : "weight");

  if (self->showing)
    return;
  wp_document_begin_merging (self->document, _("Change Criterion"), key);
  save_row (self, row, parts->name);
  wp_document_end (self->document);
}

static void
on_name_apply (AdwEntryRow       *name_row,
               WpScorecardDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                                  name_row))));
  GtkWidget *row = g_object_get_data (G_OBJECT (name_row), "wp-row");

  /* A criterion keeps a name: an emptied one shows it again. */
  if (name[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (name_row), parts_of (row)->name);
  else
    save_row (self, row, name);
}

static void
on_remove_clicked (GtkButton         *button,
                   WpScorecardDialog *self)
{
  wp_scorecard_remove (self->document,
                       parts_of (g_object_get_data (G_OBJECT (button), "wp-row"))->id);
}

static GtkSpinButton *
new_spin_row (GtkWidget  *row,
              const char *title,
              const char *accessible,
              double      lower,
              double      upper,
              double      step,
              guint       digits)
{
  GtkWidget *line = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), title);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (line), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (line), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
  g_object_set_data (G_OBJECT (spin), "wp-row", row);

  return GTK_SPIN_BUTTON (spin);
}

/* The list inside an expander row, which holds its parts. */
static GtkWidget *
inner_list (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LIST_BOX (child) ? child : inner_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The row's title, subtitle and the names its parts are read by, from @criterion. */
static void
show_row (WpScorecardDialog *self,
          GtkWidget         *row,
          const WpCriterion *criterion)
{
  Parts *parts = parts_of (row);
  g_autofree char *scale = wp_format_number (criterion->scale);
  g_autofree char *weight = wp_format_number (criterion->weight);
  /* Translators: a scorecard criterion's subtitle: its scale and weight */
  g_autofree char *subtitle = g_strdup_printf (_("Rated 0–%s · weight %s"), scale, weight);
  /* Translators: accessible names of a criterion's controls; %s is its name */
  g_autofree char *scale_name = g_strdup_printf (_("Scale of “%s”"), criterion->name);
  g_autofree char *weight_name = g_strdup_printf (_("Weight of “%s”"), criterion->name);
  g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), criterion->name);

  self->showing = TRUE;
  g_free (parts->name);
  parts->name = g_strdup (criterion->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), criterion->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  criterion->name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (inner_list (row)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, criterion->name, -1);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (parts->name_row)), criterion->name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (parts->name_row), criterion->name);
  gtk_spin_button_set_value (parts->scale_button, criterion->scale);
  gtk_spin_button_set_value (parts->weight_button, criterion->weight);
  gtk_accessible_update_property (GTK_ACCESSIBLE (parts->scale_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, scale_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (parts->weight_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, weight_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (parts->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (parts->remove_button), remove_name);
  self->showing = FALSE;
}

static GtkWidget *
new_row (WpScorecardDialog *self,
         const WpCriterion *criterion)
{
  GtkWidget *row = adw_expander_row_new ();
  Parts *parts = g_new0 (Parts, 1);

  parts->id = g_strdup (criterion->id);
  g_object_set_data_full (G_OBJECT (row), "wp-parts", parts, parts_free);
  parts->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (parts->name_row), _("Name"));
  adw_entry_row_set_show_apply_button (parts->name_row, TRUE);
  g_object_set_data (G_OBJECT (parts->name_row), "wp-row", row);
  g_signal_connect (parts->name_row, "apply", G_CALLBACK (on_name_apply), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (parts->name_row));
  parts->scale_button = new_spin_row (row, _("Scale"), _("Scale"), 1, WP_SCORECARD_MAX_SCALE, 1,
                                      0);
  parts->weight_button = new_spin_row (row, _("Weight"), _("Weight"), 0, WP_SCORECARD_MAX_WEIGHT,
                                       0.5, 1);
  parts->remove_button = GTK_BUTTON (gtk_button_new_from_icon_name ("user-trash-symbolic"));
  gtk_widget_set_valign (GTK_WIDGET (parts->remove_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (parts->remove_button), "flat");
  g_object_set_data (G_OBJECT (parts->remove_button), "wp-row", row);
  g_signal_connect (parts->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), GTK_WIDGET (parts->remove_button));
  show_row (self, row, criterion);
  g_signal_connect (parts->scale_button, "value-changed", G_CALLBACK (on_number_changed), self);
  g_signal_connect (parts->weight_button, "value-changed", G_CALLBACK (on_number_changed), self);

  return row;
}

/* Whether the rows are those of @criteria, in their order. */
static gboolean
rows_match (WpScorecardDialog *self,
            GArray            *criteria)
{
  if (self->rows->len != criteria->len)
    return FALSE;
  for (guint i = 0; i < criteria->len; i++)
    if (!g_str_equal (parts_of (g_ptr_array_index (self->rows, i))->id,
                      g_array_index (criteria, WpCriterion, i).id))
      return FALSE;

  return TRUE;
}

/* The scorecard as it is now: rows changed in place, or made anew when criteria came or went. */
static void
fill (WpScorecardDialog *self)
{
  g_autoptr(GArray) criteria = wp_scorecard_criteria (self->document);

  if (!rows_match (self, criteria))
    {
      for (guint i = 0; i < self->rows->len; i++)
        gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
      g_ptr_array_set_size (self->rows, 0);
      for (guint i = 0; i < criteria->len; i++)
        {
          GtkWidget *row = new_row (self, &g_array_index (criteria, WpCriterion, i));

          g_ptr_array_add (self->rows, row);
          gtk_list_box_append (self->list, row);
        }
    }
  else
    for (guint i = 0; i < criteria->len; i++)
      show_row (self, g_ptr_array_index (self->rows, i),
                &g_array_index (criteria, WpCriterion, i));
  gtk_widget_set_visible (GTK_WIDGET (self->list), criteria->len > 0);
}

static void
on_document_changed (WpScorecardDialog *self,
                     WpEntity          *entity,
                     guint              field)
{
  if (WP_IS_PRODUCT (entity) && field == WP_PRODUCT_SCORECARD)
    fill (self);
}

static void
on_new_apply (WpScorecardDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                                  self->new_row))));
  g_autofree char *id = NULL;

  if (name[0] == '\0')
    return;
  id = wp_scorecard_add (self->document, name);
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
}

/**
 * wp_scorecard_dialog_new:
 * @parent: the window it belongs to
 * @document: the document whose product's scorecard it edits
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
WpScorecardDialog *
wp_scorecard_dialog_new (GtkWindow  *parent,
                         WpDocument *document)
{
  WpScorecardDialog *self = g_object_new (WP_TYPE_SCORECARD_DIALOG, "transient-for", parent,
                                          NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  fill (self);

  return self;
}

static void
wp_scorecard_dialog_dispose (GObject *object)
{
  WpScorecardDialog *self = WP_SCORECARD_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_scorecard_dialog_parent_class)->dispose (object);
}

static void
wp_scorecard_dialog_class_init (WpScorecardDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wp_scorecard_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH
                                               "/pages/backlog/wp-scorecard-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpScorecardDialog, list);
  gtk_widget_class_bind_template_child (widget_class, WpScorecardDialog, new_row);
  gtk_widget_class_bind_template_callback (widget_class, on_new_apply);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_scorecard_dialog_init (WpScorecardDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  wp_accessible_name_parts (GTK_WIDGET (self));
}
