/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What changed between two versions of a product, said as a Product Owner
 * would say it, for reviews and for `git diff`: "moved *Offline maps* above
 * *Route planning*", "estimate of *Battery saver*: 3 → 5", "added feedback
 * from *Nordlicht Bau*", "release line *MVP* moved below *Export as GPX*".
 * Entities are matched by id; the backlog's moves are the items outside the
 * longest run that kept its order, so one drag is one line however many
 * rank keys it touched. Times of change and rank keys themselves are not
 * said; texts that span lines are said to have changed, not quoted; an
 * item's ratings are said criterion by criterion, by the scorecard's names.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-diff3.h"
#include "wp-format.h"
#include "wp-scorecard.h"
#include "wp-semantic-diff.h"

/* Past this, a text is said to have changed rather than quoted. */
#define QUOTED_TEXT 60

static const char *
kind_noun (WpKind kind)
{
  switch (kind)
    {
    case WP_KIND_COLUMN: return _("column");
    case WP_KIND_SPRINT: return _("sprint");
    case WP_KIND_RELEASE: return _("release");
    case WP_KIND_LANE: return _("roadmap lane");
    case WP_KIND_ENTRY: return _("roadmap entry");
    case WP_KIND_ITEM:
    case WP_KIND_FEEDBACK:
    case WP_KIND_PRODUCT:
    case WP_N_KINDS:
    default:
      return _("item");
    }
}

/* "*Offline maps*", as Markdown emphasizes it. */
static char *
named (WpEntity *entity)
{
  const char *name = wp_entity_get_display_name (entity);

  return g_strdup_printf ("*%s*", name[0] != '\0' ? name : wp_entity_get_id (entity));
}

static char *
ref_name (WpDocument *document,
          WpKind      kind,
          const char *id)
{
  WpEntity *entity = id != NULL ? wp_document_lookup (document, kind, id) : NULL;

  if (id == NULL)
    return g_strdup (_("none"));

  return entity != NULL ? named (entity) : g_strdup (id);
}

/* A field's value in words, or NULL where only "changed" can be said. */
static char *
value_words (WpDocument *document,
             WpEntity   *entity,
             guint       field)
{
  const WpField *f = &wp_entity_get_fields (entity, NULL)[field];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (f->type)
    {
    case WP_FIELD_NUMBER:
      if (wp_entity_get_number (entity, field) < 0)
        return g_strdup (_("none"));
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g",
                                        wp_entity_get_number (entity, field)));
    case WP_FIELD_INT:
      return g_strdup_printf ("%d", wp_entity_get_int (entity, field));
    case WP_FIELD_REF:
      return ref_name (document, f->ref_kind, wp_entity_get_string (entity, field));
    case WP_FIELD_STRING:
      {
        const char *text = wp_entity_get_string (entity, field);

        if (strchr (text, '\n') != NULL || g_utf8_strlen (text, -1) > QUOTED_TEXT)
          return NULL;
        return g_strdup_printf ("“%s”", text);
      }
    case WP_FIELD_CHOICE:
    case WP_FIELD_DATE:
      return g_strdup (wp_entity_get_string (entity, field) ?: _("none"));
    case WP_FIELD_TIMESTAMP:
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
    case WP_FIELD_JSON:
    default:
      return NULL;
    }
}

/* "labels of *X*: added ux, removed api" */
static char *
list_change (WpEntity   *old,
             WpEntity   *new,
             guint       field)
{
  const char * const *before = wp_entity_get_strv (old, field);
  const char * const *after = wp_entity_get_strv (new, field);
  g_autoptr(GString) added = g_string_new (NULL), removed = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; after[i] != NULL; i++)
    if (!g_strv_contains (before, after[i]))
      g_string_append_printf (added, "%s%s", added->len > 0 ? ", " : "", after[i]);
  for (guint i = 0; before[i] != NULL; i++)
    if (!g_strv_contains (after, before[i]))
      g_string_append_printf (removed, "%s%s", removed->len > 0 ? ", " : "", before[i]);
  if (added->len > 0)
    /* Translators: what was added to a list, such as labels */
    g_string_append_printf (words, _("added %s"), added->str);
  if (added->len > 0 && removed->len > 0)
    g_string_append (words, _(", "));
  if (removed->len > 0)
    /* Translators: what was removed from a list */
    g_string_append_printf (words, _("removed %s"), removed->str);
  if (words->len == 0)
    return g_strdup (_("reordered"));

  return g_string_free (g_steal_pointer (&words), FALSE);
}

/* A criterion's name in @document's scorecard, or its id once it is gone. */
static const char *
criterion_name (GArray     *criteria,
                const char *id)
{
  for (guint i = 0; i < criteria->len; i++)
    if (g_str_equal (g_array_index (criteria, WpCriterion, i).id, id))
      return g_array_index (criteria, WpCriterion, i).name;

  return id;
}

static char *
rating_words (WpEntity   *item,
              const char *id)
{
  double rating = wp_scorecard_rating (item, id);

  /* Translators: an item not rated on a criterion, in "Fit: none → 4" */
  return rating < 0 ? g_strdup (_("none")) : wp_format_number (rating);
}

/* "Fit: 1 → 4, Revenue: none → 7": each criterion whose rating changed. */
static char *
ratings_change (WpDocument *new_document,
                WpEntity   *old,
                WpEntity   *new)
{
  g_autoptr(GArray) criteria = wp_scorecard_criteria (new_document);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint side = 0; side < 2; side++)
    {
      JsonNode *node = wp_entity_get_node (side == 0 ? old : new, WP_ITEM_RATINGS);
      g_autoptr(GList) names = JSON_NODE_HOLDS_OBJECT (node)
                               ? json_object_get_members (json_node_get_object (node)) : NULL;

      for (GList *l = names; l != NULL; l = l->next)
        if (!g_ptr_array_find_with_equal_func (ids, l->data, g_str_equal, NULL))
          g_ptr_array_add (ids, l->data);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      g_autofree char *before = rating_words (old, id), *after = rating_words (new, id);

      if (g_str_equal (before, after))
        continue;
      /* Translators: a criterion's rating before and after, "Fit: 1 → 4" */
      g_string_append_printf (words, _("%s%s: %s → %s"), words->len > 0 ? ", " : "",
                              criterion_name (criteria, id), before, after);
    }

  return g_string_free (g_steal_pointer (&words), FALSE);
}

static gboolean
is_unsaid (const WpField *field)
{
  /* Ranks are said as moves; times of change change with every change, and a status history
     with every change of status, which is said. */
  return g_str_equal (field->name, "rank") || field->type == WP_FIELD_TIMESTAMP ||
         field->type == WP_FIELD_STATUS_HISTORY;
}

/* One line per changed field of an entity that both versions have. */
static void
say_field_changes (GPtrArray  *lines,
                   WpDocument *old_document,
                   WpDocument *new_document,
                   WpEntity   *old,
                   WpEntity   *new)
{
  guint n_fields;
  const WpField *fields = wp_entity_get_fields (new, &n_fields);
  g_autofree char *subject = named (new);

  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *before = NULL, *after = NULL;
      g_autofree char *field_name = g_strdelimit (g_strdup (fields[f].name), "_", ' ');

      if (is_unsaid (&fields[f]) ||
          wp_entity_values_equal (wp_entity_get_value (old, f), wp_entity_get_value (new, f)))
        continue;
      if (g_strv_contains ((const char * const[]) { "title", "name", NULL }, fields[f].name))
        {
          g_autofree char *was = named (old);

          /* Translators: renamed *Old name* to *New name* */
          g_ptr_array_add (lines, g_strdup_printf (_("renamed %s to %s"), was, subject));
          continue;
        }
      if (WP_IS_ITEM (new) && f == WP_ITEM_RATINGS)
        {
          g_autofree char *change = ratings_change (new_document, old, new);

          if (change[0] != '\0')
            /* Translators: "ratings of *Offline maps*: Fit: 1 → 4" */
            g_ptr_array_add (lines, g_strdup_printf (_("%s of %s: %s"), field_name, subject,
                                                     change));
          continue;
        }
      if (fields[f].type == WP_FIELD_STRV || fields[f].type == WP_FIELD_REFS)
        {
          g_autofree char *change = list_change (old, new, f);

          /* Translators: "labels of *Offline maps*: added ux" */
          g_ptr_array_add (lines, g_strdup_printf (_("%s of %s: %s"), field_name, subject, change));
          continue;
        }
      before = value_words (old_document, old, f);
      after = value_words (new_document, new, f);
      if (before != NULL && after != NULL)
        /* Translators: "estimate of *Battery saver*: 3 → 5" */
        g_ptr_array_add (lines, g_strdup_printf (_("%s of %s: %s → %s"), field_name, subject,
                                                 before, after));
      else
        /* Translators: "description of *Battery saver* changed" */
        g_ptr_array_add (lines, g_strdup_printf (_("%s of %s changed"), field_name, subject));
    }
}

static void
say_added_or_removed (GPtrArray *lines,
                      WpEntity  *entity,
                      gboolean   added)
{
  WpKind kind = wp_entity_get_kind (entity);
  g_autofree char *subject = named (entity);

  if (kind == WP_KIND_FEEDBACK)
    g_ptr_array_add (lines, g_strdup_printf (added ? _("added feedback from %s")
                                                   : _("removed feedback from %s"), subject));
  else if (kind == WP_KIND_ITEM)
    g_ptr_array_add (lines, g_strdup_printf (added ? _("added %s") : _("removed %s"), subject));
  else
    /* Translators: "added sprint *Sprint 5*" */
    g_ptr_array_add (lines, g_strdup_printf (added ? _("added %s %s") : _("removed %s %s"),
                                             kind_noun (kind), subject));
}

static void
say_collection (GPtrArray  *lines,
                WpDocument *old,
                WpDocument *new,
                WpKind      kind)
{
  GListModel *old_list = wp_document_get_list (old, kind);
  GListModel *new_list = wp_document_get_list (new, kind);

  for (guint i = 0; i < g_list_model_get_n_items (new_list); i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (new_list, i);
      WpEntity *before = wp_document_lookup (old, kind, wp_entity_get_id (entity));

      if (before == NULL)
        say_added_or_removed (lines, entity, TRUE);
      else
        say_field_changes (lines, old, new, before, entity);
    }
  for (guint i = 0; i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(WpEntity) entity = g_list_model_get_item (old_list, i);

      if (wp_document_lookup (new, kind, wp_entity_get_id (entity)) == NULL)
        say_added_or_removed (lines, entity, FALSE);
    }
}

/* The ids of the items both versions have, in @document's order. */
static GStrv
common_items (WpDocument *document,
              WpDocument *other)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (wp_document_lookup (other, WP_KIND_ITEM, wp_entity_get_id (item)) != NULL)
        g_strv_builder_add (ids, wp_entity_get_id (item));
    }

  return g_strv_builder_end (ids);
}

/* The item after @item in the new backlog, to say where it went. */
static WpEntity *
item_after (WpDocument *document,
            WpEntity   *item)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(WpEntity) here = g_list_model_get_item (items, i);

      if (here == item)
        return g_list_model_get_item (items, i + 1);
    }

  return NULL;
}

/* The moves: the items outside the longest run of common items that kept its order. */
static void
say_moves (GPtrArray  *lines,
           WpDocument *old,
           WpDocument *new)
{
  g_auto(GStrv) before = common_items (old, new);
  g_auto(GStrv) after = common_items (new, old);
  g_autoptr(GHashTable) unmoved = wp_sequence_unmoved ((const char * const *) before,
                                                       (const char * const *) after);

  for (guint i = 0; after[i] != NULL; i++)
    {
      WpEntity *item = wp_document_lookup (new, WP_KIND_ITEM, after[i]);
      g_autoptr(WpEntity) next = NULL;
      g_autofree char *subject = NULL;

      if (g_hash_table_contains (unmoved, after[i]))
        continue;
      next = item_after (new, item);
      subject = named (item);
      if (next != NULL)
        {
          g_autofree char *neighbour = named (next);

          /* Translators: "moved *Offline maps* above *Route planning*" */
          g_ptr_array_add (lines, g_strdup_printf (_("moved %s above %s"), subject, neighbour));
        }
      else
        g_ptr_array_add (lines, g_strdup_printf (_("moved %s to the bottom of the backlog"),
                                                 subject));
    }
}

/* The last item above a release line's rank key, or NULL when the line is at the top. */
static WpEntity *
item_above (WpDocument *document,
            const char *rank)
{
  GListModel *items = wp_document_get_list (document, WP_KIND_ITEM);
  WpEntity *above = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WpEntity) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (wp_entity_get_string (item, WP_ITEM_RANK), rank) >= 0)
        break;
      above = item;
    }

  return above;
}

static void
say_release_lines (GPtrArray  *lines,
                   WpDocument *old,
                   WpDocument *new)
{
  GListModel *releases = wp_document_get_list (new, WP_KIND_RELEASE);

  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr(WpEntity) release = g_list_model_get_item (releases, i);
      WpEntity *before = wp_document_lookup (old, WP_KIND_RELEASE, wp_entity_get_id (release));
      const char *rank = wp_entity_get_string (release, WP_RELEASE_RANK);
      WpEntity *above_before, *above;
      g_autofree char *subject = NULL;

      if (before == NULL || g_strcmp0 (wp_entity_get_string (before, WP_RELEASE_RANK), rank) == 0)
        continue;
      above_before = item_above (old, wp_entity_get_string (before, WP_RELEASE_RANK));
      above = item_above (new, rank);
      if (above != NULL && above_before != NULL &&
          g_str_equal (wp_entity_get_id (above), wp_entity_get_id (above_before)))
        continue;
      subject = named (release);
      if (above != NULL)
        {
          g_autofree char *neighbour = named (above);

          /* Translators: "release line *MVP* moved below *Export as GPX*" */
          g_ptr_array_add (lines, g_strdup_printf (_("release line %s moved below %s"), subject,
                                                   neighbour));
        }
      else
        g_ptr_array_add (lines, g_strdup_printf (_("release line %s moved to the top"), subject));
    }
}

/* Conflicts are not the product's content: how many wait for someone, when that changed. */
static void
say_conflicts (GPtrArray  *lines,
               WpDocument *old,
               WpDocument *new)
{
  guint before = g_list_model_get_n_items (wp_document_get_list (old, WP_KIND_CONFLICT));
  guint after = g_list_model_get_n_items (wp_document_get_list (new, WP_KIND_CONFLICT));

  if (after == before)
    return;
  if (after == 0)
    g_ptr_array_add (lines, g_strdup (_("every conflict from the merge was resolved")));
  else
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u conflict from a merge to resolve",
                                                          "%u conflicts from a merge to resolve",
                                                          after),
                                             after));
}

/**
 * wp_semantic_diff:
 * @old: a version of a product
 * @new: a later version
 *
 * Returns: (transfer container) (element-type utf8): what changed, a sentence each
 */
GPtrArray *
wp_semantic_diff (WpDocument *old,
                  WpDocument *new)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (WP_IS_DOCUMENT (old), NULL);
  g_return_val_if_fail (WP_IS_DOCUMENT (new), NULL);

  say_field_changes (lines, old, new, WP_ENTITY (wp_document_get_product (old)),
                     WP_ENTITY (wp_document_get_product (new)));
  say_collection (lines, old, new, WP_KIND_ITEM);
  say_moves (lines, old, new);
  say_release_lines (lines, old, new);
  for (WpKind kind = WP_KIND_COLUMN; kind < WP_N_KINDS; kind++)
    if (kind != WP_KIND_ITEM && kind != WP_KIND_CONFLICT)
      say_collection (lines, old, new, kind);
  say_conflicts (lines, old, new);

  return lines;
}
