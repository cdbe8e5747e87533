/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpFeedbackFilters is the row of filters under the Feedback page's search:
 * segment, source and tag (offering the values the entries have), importance,
 * linked to items or not, and the day received (the last 7, 30, 90 or 365
 * days, or between two days typed as 2026-01-31 or in the locale's form).
 * The filters count only while the row shows: hidden, the query has none.
 */
#define G_LOG_DOMAIN "waypoint-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-date.h"
#include "wp-feedback-filters.h"
#include "wp-text-match.h"

/* The received filter's choices that count days back from today; then "between two days". */
static const guint received_days[] = { 0, 7, 30, 90, 365 };
#define RECEIVED_BETWEEN G_N_ELEMENTS (received_days)

struct _WpFeedbackFilters
{
  AdwBin           parent_instance;

  GtkDropDown     *segment_filter;
  GtkDropDown     *source_filter;
  GtkDropDown     *tag_filter;
  GtkDropDown     *importance_filter;
  GtkDropDown     *linked_filter;
  GtkDropDown     *received_filter;
  GtkEntry        *from_entry;
  GtkEntry        *to_entry;

  WpFeedbackQuery *query;
  gboolean         active;   /* the row shows */
  gboolean         filling;  /* the choices are being filled, not chosen */
};

G_DEFINE_FINAL_TYPE (WpFeedbackFilters, wp_feedback_filters, ADW_TYPE_BIN)

/* The values a filter offers: "any" first, then those the entries have. */
static void
fill_value_filter (WpFeedbackFilters *self,
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
  g_object_set_data_full (G_OBJECT (dropdown), "wp-values", g_steal_pointer (&values),
                          (GDestroyNotify) g_strfreev);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, selected);
  self->filling = FALSE;
}

/**
 * wp_feedback_filters_refill:
 * @self: the filters
 *
 * Offers the segments, sources and tags the entries have now, while the
 * filters show.
 */
void
wp_feedback_filters_refill (WpFeedbackFilters *self)
{
  if (self->query == NULL || !self->active)
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

  if (values == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_strv_length ((GStrv) values))
    return NULL;

  return values[selected - 1];
}

/*
 * A day typed as the format writes it (2026-01-31) or as the locale does; NULL
 * if empty or no day.
 */
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
apply_received_filter (WpFeedbackFilters *self)
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
chosen_importance (WpFeedbackFilters *self)
{
  guint chosen = gtk_drop_down_get_selected (self->importance_filter);

  return chosen > 0 && chosen <= 3 ? 4 - (int) chosen : 0;
}

/* The filters count while their row shows, as the backlog's do while its search bar shows. */
static void
on_changed (WpFeedbackFilters *self)
{
  guint linked;

  if (self->query == NULL || self->filling)
    return;

  if (!self->active)
    {
      wp_feedback_query_clear_filters (self->query);
      return;
    }

  wp_feedback_query_set_field (self->query, WP_FEEDBACK_SEGMENT,
                               chosen_value (self->segment_filter));
  wp_feedback_query_set_field (self->query, WP_FEEDBACK_SOURCE, chosen_value (self->source_filter));
  wp_feedback_query_set_field (self->query, WP_FEEDBACK_TAGS, chosen_value (self->tag_filter));
  wp_feedback_query_set_importance (self->query, chosen_importance (self));
  linked = MIN (gtk_drop_down_get_selected (self->linked_filter), WP_LINKED_NO);
  wp_feedback_query_set_linked (self->query, (WpLinkedFilter) linked);
  apply_received_filter (self);
}

/**
 * wp_feedback_filters_clear:
 * @self: the filters
 *
 * Chooses "any" in every filter.
 */
void
wp_feedback_filters_clear (WpFeedbackFilters *self)
{
  GtkDropDown *dropdowns[] = { self->segment_filter, self->source_filter, self->tag_filter,
                               self->importance_filter, self->linked_filter,
                               self->received_filter };

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_selected (dropdowns[i], 0);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  self->filling = FALSE;
  on_changed (self);
}

/**
 * wp_feedback_filters_set_query:
 * @self: the filters
 * @query: (nullable): the query they set
 */
void
wp_feedback_filters_set_query (WpFeedbackFilters *self,
                               WpFeedbackQuery   *query)
{
  g_return_if_fail (WP_IS_FEEDBACK_FILTERS (self));

  g_set_object (&self->query, query);
}

/**
 * wp_feedback_filters_set_active:
 * @self: the filters
 * @active: whether their row shows
 *
 * Shown, the filters offer what the entries have and count; hidden, the
 * query drops them.
 */
void
wp_feedback_filters_set_active (WpFeedbackFilters *self,
                                gboolean           active)
{
  g_return_if_fail (WP_IS_FEEDBACK_FILTERS (self));

  self->active = active;
  wp_feedback_filters_refill (self);
  on_changed (self);
}

static void
wp_feedback_filters_dispose (GObject *object)
{
  WpFeedbackFilters *self = WP_FEEDBACK_FILTERS (object);

  g_clear_object (&self->query);

  G_OBJECT_CLASS (wp_feedback_filters_parent_class)->dispose (object);
}

static void
wp_feedback_filters_class_init (WpFeedbackFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_feedback_filters_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, RESOURCE_PATH "/pages/feedback/wp-feedback-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, segment_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, source_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, importance_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, linked_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, received_filter);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, from_entry);
  gtk_widget_class_bind_template_child (widget_class, WpFeedbackFilters, to_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
}

static void
wp_feedback_filters_init (WpFeedbackFilters *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
