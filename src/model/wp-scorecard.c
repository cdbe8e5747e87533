/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A product's own scorecard, as Aha! has them: criteria the Product Owner
 * defines (the product's `scorecard`, a list of {id, name, scale, weight}),
 * each item rated on each from 0 to its scale (the item's `ratings`, by
 * criterion id). The score is the weighted sum of the ratings: an item's
 * own, so adding an item changes no other score; an item not rated on every
 * criterion has none, as RICE and WSJF have none without their numbers.
 *
 * The scorecard is read leniently, since any tool may have written it: an
 * entry without an id or a name is skipped, a missing or wrong scale is 5,
 * a missing weight 1, both held within their bounds (a weight is never
 * below 0, so no score is); a rating beyond the scale counts as the scale.
 * Ratings of a criterion removed since stay on the items, unused, and count
 * again if it comes back (undo).
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-format.h"
#include "wp-json-number.h"
#include "wp-scorecard.h"

#define DEFAULT_SCALE 5

static void
criterion_clear (gpointer data)
{
  WpCriterion *criterion = data;

  g_free (criterion->id);
  g_free (criterion->name);
}

/* A number however the file wrote it (wp-json-number.c), or @fallback for anything else. */
static double
member_number (JsonObject *object,
               const char *name,
               double      fallback)
{
  JsonNode *node = json_object_get_member (object, name);
  double number;

  return node != NULL && wp_json_node_get_number (node, &number) ? number : fallback;
}

static const char *
member_text (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && wp_json_node_is_string (node) ? json_node_get_string (node) : NULL;
}

static JsonArray *
scorecard_of (WpDocument *document)
{
  JsonNode *node = wp_entity_get_node (WP_ENTITY (wp_document_get_product (document)),
                                       WP_PRODUCT_SCORECARD);

  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The duplicate of an earlier criterion's id is skipped, as the first of them counts. */
static gboolean
seen_before (JsonArray  *scorecard,
             guint       index,
             const char *id)
{
  for (guint i = 0; i < index; i++)
    {
      JsonNode *node = json_array_get_element (scorecard, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (member_text (json_node_get_object (node), "id"), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/*
 * The criterion at @index of @scorecard, its strings borrowed from it, or FALSE when that
 * entry is skipped. Read in place: a proposal scores every item many times.
 */
static gboolean
read_criterion (JsonArray   *scorecard,
                guint        index,
                WpCriterion *criterion)
{
  JsonNode *node = json_array_get_element (scorecard, index);
  JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *id = entry != NULL ? member_text (entry, "id") : NULL;
  const char *name = entry != NULL ? member_text (entry, "name") : NULL;
  double scale, weight;

  if (id == NULL || id[0] == '\0' || name == NULL || seen_before (scorecard, index, id))
    return FALSE;
  scale = member_number (entry, "scale", DEFAULT_SCALE);
  weight = member_number (entry, "weight", 1);
  *criterion = (WpCriterion) {
    (char *) id, (char *) name,
    CLAMP (isfinite (scale) && scale >= 1 ? scale : DEFAULT_SCALE, 1, WP_SCORECARD_MAX_SCALE),
    CLAMP (isfinite (weight) ? weight : 1, 0, WP_SCORECARD_MAX_WEIGHT)
  };

  return TRUE;
}

/**
 * wp_scorecard_criteria:
 * @document: a document
 *
 * Returns: (transfer full) (element-type WpCriterion): the product's criteria, in its order
 */
GArray *
wp_scorecard_criteria (WpDocument *document)
{
  GArray *criteria = g_array_new (FALSE, TRUE, sizeof (WpCriterion));
  JsonArray *scorecard;

  g_array_set_clear_func (criteria, criterion_clear);
  g_return_val_if_fail (WP_IS_DOCUMENT (document), criteria);

  scorecard = scorecard_of (document);
  for (guint i = 0; scorecard != NULL && i < json_array_get_length (scorecard); i++)
    {
      WpCriterion criterion;

      if (!read_criterion (scorecard, i, &criterion))
        continue;
      criterion.id = g_strdup (criterion.id);
      criterion.name = g_strdup (criterion.name);
      g_array_append_val (criteria, criterion);
    }

  return criteria;
}

/**
 * wp_scorecard_rating:
 * @item: an item
 * @criterion: a criterion's id
 *
 * Returns: @item's rating on @criterion, or -1 when it has none
 */
double
wp_scorecard_rating (WpEntity   *item,
                     const char *criterion)
{
  JsonNode *node = wp_entity_get_node (item, WP_ITEM_RATINGS);
  double rating;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return -1;
  rating = member_number (json_node_get_object (node), criterion, -1);

  return isfinite (rating) && rating >= 0 ? rating : -1;
}

static double
rating_counted (const WpCriterion *criterion,
                WpEntity          *item)
{
  double rating = wp_scorecard_rating (item, criterion->id);

  return rating < 0 ? -1 : MIN (rating, criterion->scale);
}

/**
 * wp_scorecard_score:
 * @document: a document
 * @item: one of its items
 *
 * Returns: the weighted sum of @item's ratings, or -1 without criteria or when one is not rated
 */
double
wp_scorecard_score (WpDocument *document,
                    WpEntity   *item)
{
  JsonArray *scorecard = scorecard_of (document);
  gboolean any = FALSE;
  double score = 0;

  for (guint i = 0; scorecard != NULL && i < json_array_get_length (scorecard); i++)
    {
      WpCriterion criterion;
      double rating;

      if (!read_criterion (scorecard, i, &criterion))
        continue;
      rating = rating_counted (&criterion, item);
      if (rating < 0)
        return -1;
      score += criterion.weight * rating;
      any = TRUE;
    }

  return any ? score : -1;
}

/**
 * wp_scorecard_explain:
 * @document: a document
 * @item: one of its items
 *
 * Returns: (transfer full): the formula, each criterion's weight × rating on a line, and the
 *   sum, or what is missing for one
 */
char *
wp_scorecard_explain (WpDocument *document,
                      WpEntity   *item)
{
  g_autoptr(GArray) criteria = wp_scorecard_criteria (document);
  g_autoptr(GString) text = g_string_new (_("Scorecard = the sum of weight × rating"));
  double score = wp_scorecard_score (document, item);
  g_autofree char *sum = NULL;

  if (criteria->len == 0)
    {
      g_string_append_printf (text, "\n%s",
                              _("The product has no criteria: add them with Edit Scorecard…"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  for (guint i = 0; i < criteria->len; i++)
    {
      const WpCriterion *criterion = &g_array_index (criteria, WpCriterion, i);
      double rating = rating_counted (criterion, item);
      g_autofree char *weight = wp_format_number (criterion->weight);
      g_autofree char *rated = rating < 0 ? g_strdup ("?") : wp_format_number (rating);
      g_autofree char *scale = wp_format_number (criterion->scale);

      /* Translators: a line of a scorecard's explanation: criterion: weight × rating (of scale) */
      g_string_append_printf (text, _("\n%s: %s × %s (of %s)"), criterion->name, weight, rated,
                              scale);
    }
  if (score < 0)
    g_string_append_printf (text, "\n%s", _("No score until every criterion is rated."));
  else
    {
      sum = wp_format_score (score);
      g_string_append_printf (text, "\n= %s", sum);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Edits */

static JsonObject *
criterion_object (const char *id,
                  const char *name,
                  double      scale,
                  double      weight)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, "name", name);
  json_object_set_double_member (object, "scale", scale);
  json_object_set_double_member (object, "weight", weight);

  return object;
}

/* The product's scorecard becomes @scorecard (taken), as one undo step named @label. */
static gboolean
set_scorecard (WpDocument *document,
               JsonArray  *scorecard,
               const char *label)
{
  JsonNode *node = json_node_init (json_node_alloc (), JSON_NODE_ARRAY);
  GValue value = G_VALUE_INIT;
  gboolean changed;

  json_node_take_array (node, scorecard);
  g_value_take_boxed (g_value_init (&value, JSON_TYPE_NODE), node);
  wp_document_begin (document, label);
  changed = wp_document_set_value (document, WP_ENTITY (wp_document_get_product (document)),
                                   WP_PRODUCT_SCORECARD, &value);
  wp_document_end (document);
  g_value_unset (&value);

  return changed;
}

/* The criteria as the file will hold them: each written out in full, with @change applied. */
static JsonArray *
rewritten (WpDocument        *document,
           const char        *skip,
           const WpCriterion *change)
{
  g_autoptr(GArray) criteria = wp_scorecard_criteria (document);
  JsonArray *scorecard = json_array_new ();

  for (guint i = 0; i < criteria->len; i++)
    {
      const WpCriterion *criterion = &g_array_index (criteria, WpCriterion, i);

      if (g_strcmp0 (criterion->id, skip) == 0)
        continue;
      if (change != NULL && g_str_equal (criterion->id, change->id))
        criterion = change;
      json_array_add_object_element (scorecard, criterion_object (criterion->id, criterion->name,
                                                                  criterion->scale,
                                                                  criterion->weight));
    }

  return scorecard;
}

/**
 * wp_scorecard_add:
 * @document: a document
 * @name: the new criterion's name
 *
 * Adds a criterion at the end, on a scale of 5 and of weight 1, as one undo step.
 *
 * Returns: (transfer full): its id
 */
char *
wp_scorecard_add (WpDocument *document,
                  const char *name)
{
  JsonArray *scorecard;
  char *id;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  scorecard = rewritten (document, NULL, NULL);
  id = g_uuid_string_random ();
  json_array_add_object_element (scorecard, criterion_object (id, name, DEFAULT_SCALE, 1));
  set_scorecard (document, scorecard, _("Add Criterion"));

  return id;
}

/**
 * wp_scorecard_change:
 * @document: a document
 * @criterion: a criterion's id
 * @name: its name
 * @scale: its scale, 1 to %WP_SCORECARD_MAX_SCALE
 * @weight: its weight, 0 to %WP_SCORECARD_MAX_WEIGHT
 *
 * Returns: whether it changed, as one undo step
 */
gboolean
wp_scorecard_change (WpDocument *document,
                     const char *criterion,
                     const char *name,
                     double      scale,
                     double      weight)
{
  WpCriterion change = { (char *) criterion, (char *) name,
                         CLAMP (scale, 1, WP_SCORECARD_MAX_SCALE),
                         CLAMP (weight, 0, WP_SCORECARD_MAX_WEIGHT) };

  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (criterion != NULL && name != NULL, FALSE);

  return set_scorecard (document, rewritten (document, NULL, &change), _("Change Criterion"));
}

/**
 * wp_scorecard_remove:
 * @document: a document
 * @criterion: a criterion's id
 *
 * Removes it from the scorecard as one undo step; the items keep their ratings on it.
 *
 * Returns: whether it was there
 */
gboolean
wp_scorecard_remove (WpDocument *document,
                     const char *criterion)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);

  return set_scorecard (document, rewritten (document, criterion, NULL), _("Remove Criterion"));
}

/**
 * wp_scorecard_rate:
 * @document: a document
 * @item: one of its items
 * @criterion: a criterion's id
 * @rating: the rating, or -1 for none
 *
 * Returns: whether it changed, as one undo step
 */
gboolean
wp_scorecard_rate (WpDocument *document,
                   WpEntity   *item,
                   const char *criterion,
                   double      rating)
{
  JsonNode *current = wp_entity_get_node (item, WP_ITEM_RATINGS);
  JsonObject *ratings = json_object_new ();
  GValue value = G_VALUE_INIT;
  gboolean changed;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (WP_IS_ITEM (item), FALSE);

  /* The other members, whatever wrote them, are kept as they are. */
  if (JSON_NODE_HOLDS_OBJECT (current))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (current));
      while (json_object_iter_next (&iter, &name, &member))
        if (!g_str_equal (name, criterion))
          json_object_set_member (ratings, name, json_node_copy (member));
    }
  if (rating >= 0)
    json_object_set_double_member (ratings, criterion, rating);
  g_value_take_boxed (g_value_init (&value, JSON_TYPE_NODE),
                      json_node_init_object (json_node_alloc (), ratings));
  json_object_unref (ratings);
  changed = wp_document_set_value (document, item, WP_ITEM_RATINGS, &value);
  g_value_unset (&value);

  return changed;
}
