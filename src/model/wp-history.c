/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpHistory records every change of a document as undoable steps. A step is
 * a labelled group of changes ("Move “Offline mode”"), so one drag or one
 * dialog is undone at once. Steps begun with the same merge key one after
 * the other, as the clicks of one spin button, are one step. The history also
 * knows whether the document is at the state it was last saved in: undoing
 * back to it makes it clean again.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-history.h"

typedef struct {
  char   *label;
  char   *merge_key;  /* a step begun with the same key right after it joins it; or NULL */
  GArray *changes;    /* of WpChange */
} Step;

struct _WpHistory
{
  GObject         parent_instance;

  WpHistoryApply  apply;
  gpointer        user_data;

  GPtrArray      *steps;         /* of Step; [0, position) are done, the rest can be redone */
  guint           position;
  int             clean_position; /* -1: the saved state can no longer be reached */

  Step           *open_step;
  guint           depth;
  gboolean        applying;
  gboolean        may_join;       /* the newest step takes the next one of its merge key */
};

G_DEFINE_FINAL_TYPE (WpHistory, wp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_CLEAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
change_clear (gpointer data)
{
  WpChange *change = data;

  g_clear_object (&change->entity);
  if (G_IS_VALUE (&change->old_value))
    g_value_unset (&change->old_value);
  if (G_IS_VALUE (&change->new_value))
    g_value_unset (&change->new_value);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->changes = g_array_new (FALSE, TRUE, sizeof (WpChange));
  g_array_set_clear_func (step->changes, change_clear);

  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_array_unref (step->changes);
  g_free (step->label);
  g_free (step->merge_key);
  g_free (step);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Step, step_free)

/**
 * wp_history_new:
 * @apply: applies a change when undoing or redoing
 * @user_data: data for @apply
 *
 * Returns: (transfer full): an empty history
 */
WpHistory *
wp_history_new (WpHistoryApply apply,
                gpointer       user_data)
{
  WpHistory *self = g_object_new (WP_TYPE_HISTORY, NULL);

  self->apply = apply;
  self->user_data = user_data;

  return self;
}

static void
notify_all (WpHistory *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

/**
 * wp_history_begin:
 * @self: a history
 * @label: what the step does, for "Undo …" (translated)
 *
 * Starts a step; every change until the matching wp_history_end() is undone
 * together. Steps nest: the outermost label names the step.
 */
void
wp_history_begin (WpHistory  *self,
                  const char *label)
{
  g_return_if_fail (WP_IS_HISTORY (self));

  if (self->depth++ == 0)
    self->open_step = step_new (label);
}

/**
 * wp_history_begin_merging:
 * @self: a history
 * @label: what the step does, for "Undo …" (translated)
 * @merge_key: what the step changes ("reach-days"), the same for each of its repeats
 *
 * Starts a step, as wp_history_begin() does, that joins the step before it when that one has
 * the same @merge_key, is the newest and nothing was undone, redone or saved since: the clicks
 * of a spin button are undone at once. Clicks that end where they began leave no step.
 */
void
wp_history_begin_merging (WpHistory  *self,
                          const char *label,
                          const char *merge_key)
{
  g_return_if_fail (WP_IS_HISTORY (self));
  g_return_if_fail (merge_key != NULL);

  wp_history_begin (self, label);
  if (self->depth == 1)
    self->open_step->merge_key = g_strdup (merge_key);
}

/*
 * Whether @step joins the newest step, which it repeats: not after an undo, a redo or a save,
 * which end a run of clicks.
 */
static gboolean
joins_newest (WpHistory *self,
              Step      *step)
{
  Step *newest;

  if (!self->may_join || step->merge_key == NULL || self->position == 0 ||
      self->position < self->steps->len || self->clean_position == (int) self->position)
    return FALSE;
  newest = g_ptr_array_index (self->steps, self->position - 1);

  return g_strcmp0 (newest->merge_key, step->merge_key) == 0;
}

/* Whether the changes of @step, taken together, change nothing: clicks up, then back down. */
static gboolean
changes_nothing (Step *step)
{
  for (guint i = 0; i < step->changes->len; i++)
    {
      WpChange *first = &g_array_index (step->changes, WpChange, i), *last = first;
      gboolean seen_before = FALSE;

      if (first->type != WP_CHANGE_SET)
        return FALSE;
      for (guint j = 0; j < step->changes->len; j++)
        {
          WpChange *other = &g_array_index (step->changes, WpChange, j);

          if (other->entity != first->entity || other->field != first->field)
            continue;
          seen_before |= j < i;
          if (j > i)
            last = other;
        }
      if (!seen_before && !wp_entity_values_equal (&first->old_value, &last->new_value))
        return FALSE;
    }

  return TRUE;
}

void
wp_history_end (WpHistory *self)
{
  g_autoptr(Step) step = NULL;

  g_return_if_fail (WP_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  step = g_steal_pointer (&self->open_step);
  if (step->changes->len == 0)
    return;
  if (joins_newest (self, step))
    {
      Step *newest = g_ptr_array_index (self->steps, self->position - 1);

      /* The changes move, with the references they hold. */
      g_array_append_vals (newest->changes, step->changes->data, step->changes->len);
      g_array_set_clear_func (step->changes, NULL);
      /* Back where the run of clicks began: no step is left to undo. */
      if (changes_nothing (newest))
        {
          g_ptr_array_remove_index (self->steps, --self->position);
          self->may_join = FALSE;
        }
      notify_all (self);
      return;
    }

  /* A new step forgets what could be redone. */
  if (self->position < self->steps->len)
    {
      if (self->clean_position > (int) self->position)
        self->clean_position = -1;
      g_ptr_array_remove_range (self->steps, self->position, self->steps->len - self->position);
    }

  self->may_join = step->merge_key != NULL;
  g_ptr_array_add (self->steps, g_steal_pointer (&step));
  self->position++;
  notify_all (self);
}

gboolean
wp_history_in_group (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return self->depth > 0;
}

static WpChange *
append_change (WpHistory    *self,
               WpChangeType  type,
               WpEntity     *entity)
{
  WpChange *change;

  g_return_val_if_fail (self->depth > 0, NULL);
  g_return_val_if_fail (!self->applying, NULL);

  g_array_set_size (self->open_step->changes, self->open_step->changes->len + 1);
  change = &g_array_index (self->open_step->changes, WpChange, self->open_step->changes->len - 1);
  change->type = type;
  change->entity = g_object_ref (entity);

  return change;
}

/**
 * wp_history_record_set:
 * @self: a history
 * @entity: the entity that changed
 * @field: the index of the field
 * @old_value: its value before
 * @new_value: its value now
 *
 * Records a field change inside an open step.
 */
void
wp_history_record_set (WpHistory    *self,
                       WpEntity     *entity,
                       guint         field,
                       const GValue *old_value,
                       const GValue *new_value)
{
  WpChange *change;

  g_return_if_fail (WP_IS_HISTORY (self));

  change = append_change (self, WP_CHANGE_SET, entity);
  if (change == NULL)
    return;

  change->field = field;
  g_value_init (&change->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &change->old_value);
  g_value_init (&change->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &change->new_value);
}

static void
record_position (WpHistory    *self,
                 WpChangeType  type,
                 WpEntity     *entity,
                 guint         position,
                 guint         new_position)
{
  WpChange *change;

  g_return_if_fail (WP_IS_HISTORY (self));

  change = append_change (self, type, entity);
  if (change == NULL)
    return;

  change->position = position;
  change->new_position = new_position;
}

void
wp_history_record_insert (WpHistory *self,
                          WpEntity  *entity,
                          guint      position)
{
  record_position (self, WP_CHANGE_INSERT, entity, position, position);
}

void
wp_history_record_remove (WpHistory *self,
                          WpEntity  *entity,
                          guint      position)
{
  record_position (self, WP_CHANGE_REMOVE, entity, position, position);
}

void
wp_history_record_move (WpHistory *self,
                        WpEntity  *entity,
                        guint      from,
                        guint      to)
{
  record_position (self, WP_CHANGE_MOVE, entity, from, to);
}

gboolean
wp_history_can_undo (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return self->position > 0;
}

gboolean
wp_history_can_redo (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return self->position < self->steps->len;
}

/**
 * wp_history_get_undo_label:
 * @self: a history
 *
 * Returns: (nullable): the label of the step that undo would revert
 */
const char *
wp_history_get_undo_label (WpHistory *self)
{
  Step *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), NULL);

  if (self->position == 0)
    return NULL;
  step = g_ptr_array_index (self->steps, self->position - 1);

  return step->label;
}

/**
 * wp_history_get_redo_label:
 * @self: a history
 *
 * Returns: (nullable): the label of the step that redo would apply again
 */
const char *
wp_history_get_redo_label (WpHistory *self)
{
  Step *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), NULL);

  if (self->position >= self->steps->len)
    return NULL;
  step = g_ptr_array_index (self->steps, self->position);

  return step->label;
}

gboolean
wp_history_undo (WpHistory *self)
{
  Step *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->position == 0)
    return FALSE;

  step = g_ptr_array_index (self->steps, --self->position);
  self->may_join = FALSE;
  self->applying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    self->apply (&g_array_index (step->changes, WpChange, i - 1), TRUE, self->user_data);
  self->applying = FALSE;

  notify_all (self);

  return TRUE;
}

gboolean
wp_history_redo (WpHistory *self)
{
  Step *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->position >= self->steps->len)
    return FALSE;

  step = g_ptr_array_index (self->steps, self->position++);
  self->may_join = FALSE;
  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    self->apply (&g_array_index (step->changes, WpChange, i), FALSE, self->user_data);
  self->applying = FALSE;

  notify_all (self);

  return TRUE;
}

/**
 * wp_history_is_clean:
 * @self: a history
 *
 * Returns: whether the document is in the state it was last saved (or loaded) in
 */
gboolean
wp_history_is_clean (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), TRUE);

  return self->clean_position == (int) self->position;
}

void
wp_history_mark_clean (WpHistory *self)
{
  g_return_if_fail (WP_IS_HISTORY (self));

  self->clean_position = self->position;
  self->may_join = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEAN]);
}

/* For a document that has never been saved in its current state, such as a restored draft. */
void
wp_history_mark_unclean (WpHistory *self)
{
  g_return_if_fail (WP_IS_HISTORY (self));

  self->clean_position = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEAN]);
}

void
wp_history_clear (WpHistory *self)
{
  g_return_if_fail (WP_IS_HISTORY (self));
  g_return_if_fail (self->depth == 0);

  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  self->clean_position = 0;
  self->may_join = FALSE;
  notify_all (self);
}

static void
wp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WpHistory *self = WP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, wp_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, wp_history_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, wp_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, wp_history_get_redo_label (self));
      break;

    case PROP_CLEAN:
      g_value_set_boolean (value, wp_history_is_clean (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_history_finalize (GObject *object)
{
  WpHistory *self = WP_HISTORY (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->open_step, step_free);

  G_OBJECT_CLASS (wp_history_parent_class)->finalize (object);
}

static void
wp_history_class_init (WpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wp_history_finalize;
  object_class->get_property = wp_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * WpHistory:clean:
   *
   * Whether the document is in the state it was last saved in.
   */
  properties[PROP_CLEAN] =
    g_param_spec_boolean ("clean", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_history_init (WpHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}
