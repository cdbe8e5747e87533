/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sprints page of wp-bench-ui: choosing a sprint, planning an item, redrawing the charts. */
#include "config.h"

#include "wp-bench-ui.h"
#include "wp-date.h"
#include "wp-document-private.h"
#include "wp-entity-private.h"
#include "wp-sprints-view.h"

/*
 * @n_items as generate() makes them, estimated at 1 to 8 points, @n_sprints
 * two-week sprints of 20 items each (all closed but the last two: one
 * active, one planned; the closed ones' items done on their last day), and
 * three releases whose lines cut the backlog in quarters: each forecast
 * simulates hundreds of sprints.
 */
WpDocument *
generate_sprints (guint n_items,
                  guint n_sprints)
{
  WpDocument *document = generate (n_items);
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(GPtrArray) sprints = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 first = wp_date_today () - 14 * (n_sprints - 2);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);
      GValue points = G_VALUE_INIT;

      g_value_init (&points, G_TYPE_DOUBLE);
      g_value_set_double (&points, 1 + i % 8);
      _wp_entity_take_value (item, WP_ITEM_ESTIMATE, &points);
    }

  for (guint s = 0; s < n_sprints; s++)
    {
      g_autofree char *id = g_strdup_printf ("sprint-%u", s);
      g_autofree char *name = g_strdup_printf ("Sprint %u", s + 1);
      g_autofree char *start = wp_date_format (first + 14 * s);
      g_autofree char *end = wp_date_format (first + 14 * s + 13);
      WpEntity *sprint = wp_entity_new (WP_TYPE_SPRINT, id);

      take_string (sprint, WP_SPRINT_NAME, name);
      take_string (sprint, WP_SPRINT_START, start);
      take_string (sprint, WP_SPRINT_END, end);
      take_string (sprint, WP_SPRINT_STATE,
                   s + 2 < n_sprints    ? "closed"
                   : s + 2 == n_sprints ? "active"
                                        : "planned");
      g_ptr_array_add (sprints, sprint);
      for (guint k = 0; k < 20 && s * 20 + k < n_items; k++)
        {
          g_autoptr(WpEntity) item = g_list_model_get_item (items, n_items - 1 - (s * 20 + k));

          take_string (item, WP_ITEM_SPRINT, id);
          if (s + 2 < n_sprints)
            take_string (item, WP_ITEM_DONE, end);
        }
    }
  _wp_document_load_entities (document, WP_KIND_SPRINT, sprints);

  for (guint r = 1; r <= 3; r++)
    {
      g_autofree char *id = g_strdup_printf ("release-%u", r);
      g_autofree char *name = g_strdup_printf ("Release %u", r);
      g_autoptr(WpEntity) below = g_list_model_get_item (items, n_items * r / 4);
      WpEntity *release = wp_entity_new (WP_TYPE_RELEASE, id);

      take_string (release, WP_RELEASE_NAME, name);
      take_string (release, WP_RELEASE_RANK, wp_entity_get_string (below, WP_ITEM_RANK));
      g_ptr_array_add (releases, release);
    }
  _wp_document_load_entities (document, WP_KIND_RELEASE, releases);

  return document;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = g_str_equal (gtk_widget_get_name (child), name) ? child
                                                                         : find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first item the "Top of the Backlog" list offers. */
static const char *
offered_item (GtkWidget *view)
{
  GtkWidget *row = gtk_widget_get_first_child (find_named (view, "backlog_items"));

  return row != NULL ? g_object_get_data (G_OBJECT (row), "wp-id") : NULL;
}

void
bench_sprints (WpDocument *document,
               int         n_items,
               int         n_sprints)
{
  Frames frames = { g_array_new (FALSE, FALSE, sizeof (double)), 0, FALSE };
  g_autoptr(GArray) choose = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plan = g_array_new (FALSE, FALSE, sizeof (double));
  WpSprintsView *view = g_object_new (WP_TYPE_SPRINTS_VIEW, NULL);
  GtkListBox *list;
  GtkWindow *window;
  gint64 start = g_get_monotonic_time ();
  double first_frame_ms;

  wp_sprints_view_set_document (view, document);
  window = show_page (GTK_WIDGET (view), 1400, 900, &frames);
  first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  list = GTK_LIST_BOX (find_named (GTK_WIDGET (view), "sprint_list"));

  for (guint i = 0; i < 30; i++)
    {
      gint64 before = g_get_monotonic_time ();
      double ms;

      gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, i % 3));
      wait_for_paint (&frames);
      ms = (g_get_monotonic_time () - before) / 1000.0;
      g_array_append_val (choose, ms);
    }
  /* Plan into the active sprint, shown first. */
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  wait_for_paint (&frames);
  for (guint i = 0; i < 30; i++)
    {
      gint64 before = g_get_monotonic_time ();
      double ms;

      gtk_widget_activate_action (GTK_WIDGET (view), "sprints.plan-item", "s",
                                  offered_item (GTK_WIDGET (view)));
      wait_for_paint (&frames);
      ms = (g_get_monotonic_time () - before) / 1000.0;
      g_array_append_val (plan, ms);
    }
  g_array_set_size (frames.frames, 0);
  for (guint i = 0; i < 60; i++)
    {
      static const char * const charts[] = { "burndown_chart", "velocity_chart", "forecast_chart" };

      for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
        gtk_widget_queue_draw (find_named (GTK_WIDGET (view), charts[c]));
      wait_for_paint (&frames);
    }

  g_print ("\nSprints page, %d items, %d sprints, 3 releases; open page to first frame: %.1f ms",
           n_items, n_sprints, first_frame_ms);
  print_header ("(from the change to its frame; redrawing: work per frame)", "times");
  print_row ("choosing a sprint", choose);
  print_row ("planning an item (Enter)", plan);
  print_row ("redrawing the three charts", frames.frames);

  gtk_window_destroy (window);
  g_array_unref (frames.frames);
}
