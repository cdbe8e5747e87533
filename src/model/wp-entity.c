/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpEntity is the base of everything a document holds. A subclass declares
 * its fields in a table (name, type, constraints); from it the entity gets its
 * GObject properties, and the reader, the writer and the history handle every
 * field of every kind the same way. Members a reader did not know are kept in
 * @extra and written back unchanged.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <math.h>

#include "wp-entity-private.h"

typedef struct
{
  char       *id;
  GValue     *values;
  JsonObject *extra;
} WpEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WpEntity, wp_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
field_gtype (const WpField *field)
{
  switch (field->type)
    {
    case WP_FIELD_NUMBER:
      return G_TYPE_DOUBLE;
    case WP_FIELD_INT:
      return G_TYPE_INT;
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      return G_TYPE_STRV;
    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
    case WP_FIELD_JSON:
      return JSON_TYPE_NODE;
    case WP_FIELD_STRING:
    case WP_FIELD_CHOICE:
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    case WP_FIELD_TIMESTAMP:
    default:
      return G_TYPE_STRING;
    }
}

static void
init_default (const WpField *field,
              GValue        *value)
{
  g_value_init (value, field_gtype (field));

  switch (field->type)
    {
    case WP_FIELD_STRING:
    case WP_FIELD_TIMESTAMP:
      g_value_set_static_string (value, "");
      break;
    case WP_FIELD_CHOICE:
      g_value_set_static_string (value, field->default_choice);
      break;
    case WP_FIELD_NUMBER:
      g_value_set_double (value, -1);
      break;
    case WP_FIELD_INT:
      g_value_set_int (value, field->min);
      break;
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      {
        static const char * const empty[] = { NULL };
        g_value_set_boxed (value, empty);
      }
      break;
    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
      {
        JsonNode *node = json_node_alloc ();

        /* json_node_take_array(): the node keeps the only reference. */
        json_node_take_array (json_node_init (node, JSON_NODE_ARRAY), json_array_new ());
        g_value_take_boxed (value, node);
      }
      break;
    case WP_FIELD_JSON:
      g_value_take_boxed (value, json_node_init_null (json_node_alloc ()));
      break;
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    default:
      break;
    }
}

static GParamSpec *
field_pspec (const WpField *field)
{
  g_autofree char *name = g_strdelimit (g_strdup (field->name), "_", '-');
  const char *interned = g_intern_string (name);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  switch (field->type)
    {
    case WP_FIELD_NUMBER:
      return g_param_spec_double (interned, NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
    case WP_FIELD_INT:
      return g_param_spec_int (interned, NULL, NULL, field->min, field->max, field->min, flags);
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      return g_param_spec_boxed (interned, NULL, NULL, G_TYPE_STRV, flags);
    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
    case WP_FIELD_JSON:
      return g_param_spec_boxed (interned, NULL, NULL, JSON_TYPE_NODE, flags);
    case WP_FIELD_STRING:
    case WP_FIELD_CHOICE:
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    case WP_FIELD_TIMESTAMP:
    default:
      return g_param_spec_string (interned, NULL, NULL, NULL, flags);
    }
}

/**
 * wp_entity_values_equal:
 * @a: a field's value
 * @b: a value of the same field
 *
 * Returns: whether they are the same value
 */
gboolean
wp_entity_values_equal (const GValue *a,
                        const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_STRV)
    return g_strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == JSON_TYPE_NODE)
    return json_node_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  g_assert_not_reached ();
}

static void
wp_entity_field_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WpEntity *self = WP_ENTITY (object);

  g_value_copy (wp_entity_get_value (self, prop_id - 1), value);
}

static void
wp_entity_field_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  wp_entity_set_value (WP_ENTITY (object), prop_id - 1, value);
}

/**
 * wp_entity_class_install_fields:
 * @klass: the class of a subclass
 * @kind: the collection its entities live in
 * @fields: (array length=n_fields): the field table, static
 * @n_fields: its length
 *
 * Installs one property per field. Call it from the subclass's class_init.
 */
void
wp_entity_class_install_fields (WpEntityClass *klass,
                                WpKind         kind,
                                const WpField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->kind = kind;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);
  klass->field_index = g_hash_table_new (g_str_hash, g_str_equal);

  object_class->get_property = wp_entity_field_get_property;
  object_class->set_property = wp_entity_field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      klass->pspecs[i] = field_pspec (&fields[i]);
      /* Stored plus one, so that field 0 is not NULL. */
      g_hash_table_insert (klass->field_index, (gpointer) fields[i].name, GUINT_TO_POINTER (i + 1));
      g_object_class_install_property (object_class, i + 1, klass->pspecs[i]);
    }
}

WpKind
wp_entity_get_kind (WpEntity *self)
{
  g_return_val_if_fail (WP_IS_ENTITY (self), WP_KIND_PRODUCT);

  return WP_ENTITY_GET_CLASS (self)->kind;
}

const WpField *
wp_entity_get_fields (WpEntity *self,
                      guint    *n_fields)
{
  WpEntityClass *klass;

  g_return_val_if_fail (WP_IS_ENTITY (self), NULL);

  klass = WP_ENTITY_GET_CLASS (self);
  if (n_fields != NULL)
    *n_fields = klass->n_fields;

  return klass->fields;
}

/**
 * wp_entity_find_field:
 * @self: an entity
 * @name: a JSON member name
 *
 * Returns: the index of the field called @name, or -1
 */
int
wp_entity_find_field (WpEntity   *self,
                      const char *name)
{
  WpEntityClass *klass = WP_ENTITY_GET_CLASS (self);

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (klass->field_index, name)) - 1;
}

const char *
wp_entity_get_id (WpEntity *self)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);

  g_return_val_if_fail (WP_IS_ENTITY (self), NULL);

  return priv->id;
}

const GValue *
wp_entity_get_value (WpEntity *self,
                     guint     field)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);

  g_return_val_if_fail (WP_IS_ENTITY (self), NULL);
  g_return_val_if_fail (field < WP_ENTITY_GET_CLASS (self)->n_fields, NULL);

  return &priv->values[field];
}

/**
 * wp_entity_set_value:
 * @self: an entity
 * @field: a field index
 * @value: the new value, of the field's type
 *
 * Sets a field and notifies its property if it changed. Documents call this;
 * views change entities through the document so that the change is undoable.
 *
 * Returns: whether the value changed
 */
gboolean
wp_entity_set_value (WpEntity     *self,
                     guint         field,
                     const GValue *value)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);
  WpEntityClass *klass;

  g_return_val_if_fail (WP_IS_ENTITY (self), FALSE);

  klass = WP_ENTITY_GET_CLASS (self);
  g_return_val_if_fail (field < klass->n_fields, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, G_VALUE_TYPE (&priv->values[field])), FALSE);

  if (wp_entity_values_equal (&priv->values[field], value))
    return FALSE;

  g_value_copy (value, g_value_reset (&priv->values[field]));
  g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[field]);

  return TRUE;
}

/**
 * wp_entity_set_string:
 * @self: an entity not yet in a document (an import, entries made from notes)
 * @field: a text, choice, reference or date field
 * @text: (nullable): the new value
 *
 * Fills in a new entity before it is added in one undo step.
 */
void
wp_entity_set_string (WpEntity   *self,
                      guint       field,
                      const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  wp_entity_set_value (self, field, &value);
}

/**
 * _wp_entity_take_value:
 * @self: an entity nobody watches yet
 * @field: a field index
 * @value: (transfer full): the value, of the field's type; left unset
 *
 * Sets a field without comparing or notifying, for the reader's speed.
 */
void
_wp_entity_take_value (WpEntity *self,
                       guint     field,
                       GValue   *value)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);

  g_value_unset (&priv->values[field]);
  priv->values[field] = *value;
  *value = (GValue) G_VALUE_INIT;
}

/**
 * _wp_entity_take_string:
 * @self: an entity nobody watches yet
 * @field: a text, choice, reference or date field
 * @text: (transfer full) (nullable): the value
 *
 * Sets a field to @text as it is, without copying, comparing or notifying, for importers.
 */
void
_wp_entity_take_string (WpEntity *self,
                        guint     field,
                        char     *text)
{
  GValue value = G_VALUE_INIT;

  g_value_take_string (g_value_init (&value, G_TYPE_STRING), text);
  _wp_entity_take_value (self, field, &value);
}

const char *
wp_entity_get_string (WpEntity *self,
                      guint     field)
{
  return g_value_get_string (wp_entity_get_value (self, field));
}

double
wp_entity_get_number (WpEntity *self,
                      guint     field)
{
  return g_value_get_double (wp_entity_get_value (self, field));
}

int
wp_entity_get_int (WpEntity *self,
                   guint     field)
{
  return g_value_get_int (wp_entity_get_value (self, field));
}

const char * const *
wp_entity_get_strv (WpEntity *self,
                    guint     field)
{
  return g_value_get_boxed (wp_entity_get_value (self, field));
}

JsonNode *
wp_entity_get_node (WpEntity *self,
                    guint     field)
{
  return g_value_get_boxed (wp_entity_get_value (self, field));
}

/**
 * wp_entity_get_display_name:
 * @self: an entity
 *
 * Returns: what people call the entity: its title, name or customer
 */
const char *
wp_entity_get_display_name (WpEntity *self)
{
  static const char * const names[] = { "title", "name", "customer" };

  g_return_val_if_fail (WP_IS_ENTITY (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      int field = wp_entity_find_field (self, names[i]);

      if (field >= 0)
        return wp_entity_get_string (self, field);
    }

  return "";
}

/**
 * wp_entity_dup_field_node:
 * @self: an entity
 * @field: a field index
 *
 * Returns: (transfer full): the field's value as the document's JSON has it
 */
JsonNode *
wp_entity_dup_field_node (WpEntity *self,
                          guint     field)
{
  const WpField *fields = wp_entity_get_fields (self, NULL);
  JsonNode *node = json_node_alloc ();

  switch (fields[field].type)
    {
    case WP_FIELD_NUMBER:
      if (wp_entity_get_number (self, field) < 0)
        return json_node_init_null (node);
      return json_node_init_double (node, wp_entity_get_number (self, field));
    case WP_FIELD_INT:
      return json_node_init_int (node, wp_entity_get_int (self, field));
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      {
        JsonArray *array = json_array_new ();

        for (const char * const *text = wp_entity_get_strv (self, field); *text; text++)
          json_array_add_string_element (array, *text);
        json_node_take_array (json_node_init (node, JSON_NODE_ARRAY), array);
        return node;
      }
    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
    case WP_FIELD_JSON:
      json_node_free (node);
      return json_node_copy (wp_entity_get_node (self, field));
    case WP_FIELD_STRING:
    case WP_FIELD_CHOICE:
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    case WP_FIELD_TIMESTAMP:
    default:
      if (wp_entity_get_string (self, field) == NULL)
        return json_node_init_null (node);
      return json_node_init_string (node, wp_entity_get_string (self, field));
    }
}

static gboolean
node_is_string_array (JsonNode *node)
{
  JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (json_node_get_value_type (json_array_get_element (array, i)) != G_TYPE_STRING)
      return FALSE;

  return array != NULL;
}

static gboolean
text_from_node (const WpField *field,
                JsonNode      *node,
                GValue        *value)
{
  gboolean may_be_null = field->type != WP_FIELD_STRING && field->type != WP_FIELD_TIMESTAMP;

  if (JSON_NODE_HOLDS_NULL (node) && may_be_null &&
      (field->nullable || field->type == WP_FIELD_REF))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  if (field->type == WP_FIELD_CHOICE &&
      !g_strv_contains (field->choices, json_node_get_string (node)))
    return FALSE;
  g_value_set_string (value, json_node_get_string (node));

  return TRUE;
}

/**
 * wp_entity_value_from_node:
 * @self: an entity
 * @field: a field index
 * @node: a JSON value, as wp_entity_dup_field_node() gives them
 * @value: (out caller-allocates): an unset value, set to the field's type
 *
 * Returns: whether @node is a value the field can hold; @value is set either way
 */
gboolean
wp_entity_value_from_node (WpEntity *self,
                           guint     field,
                           JsonNode *node,
                           GValue   *value)
{
  const WpField *fields = wp_entity_get_fields (self, NULL);
  const WpField *f = &fields[field];
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  init_default (f, value);
  switch (f->type)
    {
    case WP_FIELD_NUMBER:
      if (JSON_NODE_HOLDS_NULL (node) && f->nullable)
        return TRUE;
      if ((type != G_TYPE_DOUBLE && type != G_TYPE_INT64) || json_node_get_double (node) < 0)
        return FALSE;
      g_value_set_double (value, json_node_get_double (node));
      return TRUE;
    case WP_FIELD_INT:
      if (type != G_TYPE_INT64 || json_node_get_int (node) < f->min ||
          json_node_get_int (node) > f->max)
        return FALSE;
      g_value_set_int (value, (int) json_node_get_int (node));
      return TRUE;
    case WP_FIELD_STRV:
    case WP_FIELD_REFS:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        JsonArray *array;

        if (!node_is_string_array (node))
          return FALSE;
        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          g_strv_builder_add (builder, json_array_get_string_element (array, i));
        g_value_take_boxed (value, g_strv_builder_end (builder));
        return TRUE;
      }
    case WP_FIELD_CHECKLIST:
    case WP_FIELD_STATUS_HISTORY:
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return FALSE;
      g_value_take_boxed (value, json_node_copy (node));
      return TRUE;
    case WP_FIELD_JSON:
      g_value_take_boxed (value, json_node_copy (node));
      return TRUE;
    case WP_FIELD_STRING:
    case WP_FIELD_CHOICE:
    case WP_FIELD_REF:
    case WP_FIELD_DATE:
    case WP_FIELD_TIMESTAMP:
    default:
      return text_from_node (f, node, value);
    }
}

/**
 * wp_entity_get_extra:
 * @self: an entity
 *
 * Returns: (nullable) (transfer none): the members the reader did not know
 */
JsonObject *
wp_entity_get_extra (WpEntity *self)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);

  return priv->extra;
}

void
wp_entity_set_extra (WpEntity   *self,
                     JsonObject *extra)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = extra;
}

/**
 * wp_entity_new:
 * @type: a subclass of #WpEntity
 * @id: (nullable): the id, or %NULL to make a new random one
 *
 * Returns: (transfer full): a new entity with every field at its default
 */
WpEntity *
wp_entity_new (GType       type,
               const char *id)
{
  WpEntity *self;
  WpEntityPrivate *priv;

  g_return_val_if_fail (g_type_is_a (type, WP_TYPE_ENTITY), NULL);

  /* Not a construct property: readers create tens of thousands of entities. */
  self = g_object_new (type, NULL);
  priv = wp_entity_get_instance_private (self);
  priv->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();

  return self;
}

/**
 * wp_entity_copy:
 * @self: an entity
 * @id: (nullable): the copy's id, or %NULL for a new one
 *
 * Returns: (transfer full): a copy of every field and extra member
 */
WpEntity *
wp_entity_copy (WpEntity   *self,
                const char *id)
{
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);
  WpEntity *copy = wp_entity_new (G_OBJECT_TYPE (self), id);
  WpEntityPrivate *copy_priv = wp_entity_get_instance_private (copy);

  for (guint i = 0; i < WP_ENTITY_GET_CLASS (self)->n_fields; i++)
    g_value_copy (&priv->values[i], g_value_reset (&copy_priv->values[i]));
  if (priv->extra != NULL)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), priv->extra);
      g_autoptr(JsonNode) node_copy = json_node_copy (node);

      wp_entity_set_extra (copy, json_node_get_object (node_copy));
    }

  return copy;
}

static void
wp_entity_constructed (GObject *object)
{
  WpEntity *self = WP_ENTITY (object);
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);
  WpEntityClass *klass = WP_ENTITY_GET_CLASS (self);

  G_OBJECT_CLASS (wp_entity_parent_class)->constructed (object);

  priv->values = g_new0 (GValue, klass->n_fields);
  for (guint i = 0; i < klass->n_fields; i++)
    init_default (&klass->fields[i], &priv->values[i]);
}

static void
wp_entity_finalize (GObject *object)
{
  WpEntity *self = WP_ENTITY (object);
  WpEntityPrivate *priv = wp_entity_get_instance_private (self);
  guint n_fields = WP_ENTITY_GET_CLASS (self)->n_fields;

  for (guint i = 0; i < n_fields; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->id);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (wp_entity_parent_class)->finalize (object);
}

static void
wp_entity_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WpEntity *self = WP_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, wp_entity_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_entity_class_init (WpEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = wp_entity_constructed;
  object_class->finalize = wp_entity_finalize;
  object_class->get_property = wp_entity_get_property;

  /**
   * WpEntity:id:
   *
   * The stable id that references in the document use; never changes.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_entity_init (WpEntity *self)
{
}
