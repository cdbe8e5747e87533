/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpConflictsDialog shows the conflicts a merge left in the product, one
 * group each: what it is about, yours and theirs side by side (the common
 * ancestor's value under them), and the choices: keep yours, use theirs, or
 * for a text, type it (a line, or an area for a text of several lines).
 * Each choice is one undo step
 * (wp_document_resolve_conflict()); the list follows the document, so an
 * undo brings a conflict back here too.
 */
#define G_LOG_DOMAIN "waypoint"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "wp-accessible.h"
#include "wp-conflicts-dialog.h"

/* How much of the value before the branches the description shows. */
#define SHOWN_CHARS 160

struct _WpConflictsDialog
{
  AdwWindow            parent_instance;

  GtkStack            *stack;
  AdwPreferencesPage  *page;

  WpDocument          *document;
  GPtrArray           *groups;   /* AdwPreferencesGroup, one per conflict */
};

G_DEFINE_FINAL_TYPE (WpConflictsDialog, wp_conflicts_dialog, ADW_TYPE_WINDOW)

static void
show_error (AdwPreferencesGroup *group,
            const GError        *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_preferences_group_set_description (group, escaped);
}

static void
resolve (GtkWidget    *widget,
         WpResolution  resolution,
         JsonNode     *edited)
{
  WpConflictsDialog *self = WP_CONFLICTS_DIALOG (gtk_widget_get_root (widget));
  WpConflict *conflict = g_object_get_data (G_OBJECT (widget), "wp-conflict");
  g_autoptr(GError) error = NULL;

  if (!wp_document_resolve_conflict (self->document, conflict, resolution, edited, &error))
    show_error (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (widget,
                                                                ADW_TYPE_PREFERENCES_GROUP)),
                error);
}

static void
on_keep_ours (GtkButton *button)
{
  resolve (GTK_WIDGET (button), WP_RESOLVE_OURS, NULL);
}

static void
on_use_theirs (GtkButton *button)
{
  resolve (GTK_WIDGET (button), WP_RESOLVE_THEIRS, NULL);
}

static void
on_edited (AdwEntryRow *row)
{
  g_autoptr(JsonNode) text = json_node_init_string (json_node_alloc (),
                                                    gtk_editable_get_text (GTK_EDITABLE (row)));

  resolve (GTK_WIDGET (row), WP_RESOLVE_EDITED, text);
}

/* Yours or theirs: a heading, the value, and the button that chooses it. */
static GtkWidget *
side_card (WpConflictsDialog *self,
           WpConflict        *conflict,
           const char        *subject,
           gboolean           ours)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (ours ? _("Yours") : _("Theirs"));
  g_autofree char *text = wp_conflict_dup_value_text (conflict, self->document,
                                                      ours ? WP_CONFLICT_OURS : WP_CONFLICT_THEIRS);
  GtkWidget *value = gtk_label_new (text);
  GtkWidget *button = gtk_button_new_with_label (ours ? _("Keep Yours") : _("Use Theirs"));
  /* Translators: a button's name for screen readers: "Use Theirs for “Offline maps”" */
  g_autofree char *name = g_strdup_printf (ours ? _("Keep Yours for %s") : _("Use Theirs for %s"),
                                           subject);

  gtk_widget_set_hexpand (card, TRUE);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "conflict-side");
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_vexpand (value, TRUE);
  gtk_widget_set_valign (value, GTK_ALIGN_START);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  if (!ours)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "wp-conflict", g_object_ref (conflict),
                          g_object_unref);
  g_signal_connect (button, "clicked", ours ? G_CALLBACK (on_keep_ours)
                                            : G_CALLBACK (on_use_theirs), NULL);
  gtk_box_append (GTK_BOX (card), heading);
  gtk_box_append (GTK_BOX (card), value);
  gtk_box_append (GTK_BOX (card), button);

  return card;
}

/* Whether the conflict is about a text field, which someone may type instead. */
static gboolean
is_text (WpConflictsDialog *self,
         WpConflict        *conflict)
{
  WpEntity *subject = wp_conflict_get_subject (conflict, self->document);
  const char *field_name = wp_entity_get_string (WP_ENTITY (conflict), WP_CONFLICT_FIELD);
  int field = subject != NULL ? wp_entity_find_field (subject, field_name) : -1;

  return field >= 0 && wp_entity_get_fields (subject, NULL)[field].type == WP_FIELD_STRING;
}

/* A value shown in a description: its beginning. */
static char *
shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= SHOWN_CHARS)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, SHOWN_CHARS);

  return g_strconcat (start, "…", NULL);
}

static GtkWidget *
edit_row (WpConflict *conflict,
          const char *ours)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Or Type the Text"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Or Type the Text"), -1);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), ours);
  g_object_set_data_full (G_OBJECT (row), "wp-conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (row, "apply", G_CALLBACK (on_edited), NULL);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return list;
}

static void
on_text_chosen (GtkButton *button)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (button), "wp-buffer");
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  node = json_node_init_string (json_node_alloc (), text);
  resolve (GTK_WIDGET (button), WP_RESOLVE_EDITED, node);
}

/* For a text of several lines: yours to change, and a button that keeps what it becomes. */
static GtkWidget *
edit_area (WpConflict *conflict,
           const char *ours,
           const char *subject)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Or Type the Text"));
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Use This Text"));
  /* Translators: a button's name for screen readers: "Use This Text for “Offline maps”" */
  g_autofree char *name = g_strdup_printf (_("Use This Text for %s"), subject);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "conflict-side");
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), ours, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Or Type the Text"), -1);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "wp-conflict", g_object_ref (conflict),
                          g_object_unref);
  g_object_set_data (G_OBJECT (button), "wp-buffer",
                     gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  g_signal_connect (button, "clicked", G_CALLBACK (on_text_chosen), NULL);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), button);

  return box;
}

/* Typing the text instead: a line, or an area for several. */
static GtkWidget *
editor (WpConflictsDialog *self,
        WpConflict        *conflict,
        const char        *subject)
{
  g_autofree char *ours = wp_conflict_dup_value_text (conflict, self->document, WP_CONFLICT_OURS);
  g_autofree char *theirs = wp_conflict_dup_value_text (conflict, self->document,
                                                        WP_CONFLICT_THEIRS);
  GtkWidget *widget = strchr (ours, '\n') == NULL && strchr (theirs, '\n') == NULL
                      ? edit_row (conflict, ours) : edit_area (conflict, ours, subject);

  gtk_widget_set_margin_top (widget, 12);

  return widget;
}

static GtkWidget *
conflict_group (WpConflictsDialog *self,
                WpConflict        *conflict)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *subject = wp_conflict_dup_subject (conflict, self->document);
  const char *field = wp_entity_get_string (WP_ENTITY (conflict), WP_CONFLICT_FIELD);
  g_autofree char *full_base = wp_conflict_dup_value_text (conflict, self->document,
                                                           WP_CONFLICT_BASE);
  g_autofree char *base = shorten (full_base);
  g_autofree char *heading = NULL, *title = NULL, *before = NULL, *description = NULL;
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  /* Translators: a conflict's heading: what, such as “Offline maps”, then the field, estimate */
  heading = field[0] != '\0' ? g_strdup_printf (_("%s: %s"), subject, field) : g_strdup (subject);
  title = g_markup_escape_text (heading, -1);
  if (field[0] != '\0')
    /* Translators: under a conflict; %s is the value before the branches */
    before = g_strdup_printf (_("Changed on both sides. Before: %s"), base);
  else
    before = g_strdup (_("Deleted on one side, changed or still used on the other"));
  description = g_markup_escape_text (before, -1);
  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);
  gtk_box_append (GTK_BOX (sides), side_card (self, conflict, subject, TRUE));
  gtk_box_append (GTK_BOX (sides), side_card (self, conflict, subject, FALSE));
  adw_preferences_group_add (group, sides);
  if (is_text (self, conflict))
    adw_preferences_group_add (group, editor (self, conflict, subject));

  return GTK_WIDGET (group);
}

static void
fill (WpConflictsDialog *self)
{
  GListModel *conflicts = wp_document_get_list (self->document, WP_KIND_CONFLICT);
  guint n = g_list_model_get_n_items (conflicts);

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpConflict) conflict = g_list_model_get_item (conflicts, i);
      GtkWidget *group = conflict_group (self, conflict);

      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->groups, group);
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "conflicts" : "done");
}

static void
on_conflicts_changed (WpConflictsDialog *self)
{
  fill (self);
}

/**
 * wp_conflicts_dialog_new:
 * @parent: the window to be modal for
 * @document: a document with conflicts
 *
 * Returns: (transfer none): the dialog, presented
 */
WpConflictsDialog *
wp_conflicts_dialog_new (GtkWindow  *parent,
                         WpDocument *document)
{
  WpConflictsDialog *self = g_object_new (WP_TYPE_CONFLICTS_DIALOG, "transient-for", parent,
                                          NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (wp_document_get_list (document, WP_KIND_CONFLICT), "items-changed",
                           G_CALLBACK (on_conflicts_changed), self, G_CONNECT_SWAPPED);
  fill (self);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

static void
wp_conflicts_dialog_dispose (GObject *object)
{
  WpConflictsDialog *self = WP_CONFLICTS_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_conflicts_dialog_parent_class)->dispose (object);
}

static void
wp_conflicts_dialog_class_init (WpConflictsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_conflicts_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/app/wp-conflicts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpConflictsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WpConflictsDialog, page);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_conflicts_dialog_init (WpConflictsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
}
