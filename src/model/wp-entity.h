/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpEntity: the base of everything a document holds, its fields described by a table. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The collections of a document; a reference field names the one it points into. */
typedef enum {
  WP_KIND_PRODUCT,
  WP_KIND_COLUMN,
  WP_KIND_ITEM,
  WP_KIND_SPRINT,
  WP_KIND_RELEASE,
  WP_KIND_LANE,
  WP_KIND_ENTRY,
  WP_KIND_FEEDBACK,
  WP_KIND_CONFLICT,
  WP_N_KINDS
} WpKind;

typedef enum {
  WP_FIELD_STRING,     /* text; "" when empty */
  WP_FIELD_CHOICE,     /* one of @choices, or NULL (JSON null) when nullable */
  WP_FIELD_REF,        /* id of an entity of @ref_kind, or NULL */
  WP_FIELD_DATE,       /* YYYY-MM-DD, or NULL when nullable */
  WP_FIELD_TIMESTAMP,  /* ISO 8601 date and time, or "" */
  WP_FIELD_NUMBER,     /* a number >= 0, or -1 for JSON null */
  WP_FIELD_INT,        /* an integer in [min, max] */
  WP_FIELD_STRV,       /* array of strings */
  WP_FIELD_REFS,       /* array of ids of entities of @ref_kind */
  WP_FIELD_CHECKLIST,  /* array of { "text": "", "done": false } */
  WP_FIELD_JSON,       /* any JSON value, kept as it is */
  WP_FIELD_STATUS_HISTORY, /* array of { "day": date, "status": column id or null }, oldest
                              first */
} WpFieldType;

typedef struct {
  const char         *name;      /* the JSON member; the property is its canonical form */
  WpFieldType         type;
  gboolean            nullable;
  WpKind              ref_kind;
  const char * const *choices;
  int                 min;
  int                 max;
  const char         *default_choice;
  gboolean            optional;  /* written only when it holds something (newer members, so that
                                    files that do not use them keep their lines) */
} WpField;

#define WP_TYPE_ENTITY (wp_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (WpEntity, wp_entity, WP, ENTITY, GObject)

struct _WpEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  WpKind         kind;
  const WpField *fields;
  guint          n_fields;
  GParamSpec   **pspecs;
  GHashTable    *field_index;
};

void            wp_entity_class_install_fields (WpEntityClass  *klass,
                                                WpKind          kind,
                                                const WpField  *fields,
                                                guint           n_fields);

WpKind          wp_entity_get_kind             (WpEntity       *self);
const WpField  *wp_entity_get_fields           (WpEntity       *self,
                                                guint          *n_fields);
int             wp_entity_find_field           (WpEntity       *self,
                                                const char     *name);
const char     *wp_entity_get_id               (WpEntity       *self);
const GValue   *wp_entity_get_value            (WpEntity       *self,
                                                guint           field);
gboolean        wp_entity_set_value            (WpEntity       *self,
                                                guint           field,
                                                const GValue   *value);
void            wp_entity_set_string           (WpEntity       *self,
                                                guint           field,
                                                const char     *text);
const char     *wp_entity_get_string           (WpEntity       *self,
                                                guint           field);
double          wp_entity_get_number           (WpEntity       *self,
                                                guint           field);
int             wp_entity_get_int              (WpEntity       *self,
                                                guint           field);
const char * const *wp_entity_get_strv         (WpEntity       *self,
                                                guint           field);
JsonNode       *wp_entity_get_node             (WpEntity       *self,
                                                guint           field);
const char     *wp_entity_get_display_name     (WpEntity       *self);
gboolean        wp_entity_values_equal         (const GValue   *a,
                                                const GValue   *b);
JsonNode       *wp_entity_dup_field_node       (WpEntity       *self,
                                                guint           field);
gboolean        wp_entity_value_from_node      (WpEntity       *self,
                                                guint           field,
                                                JsonNode       *node,
                                                GValue         *value);
JsonObject     *wp_entity_get_extra            (WpEntity       *self);
void            wp_entity_set_extra            (WpEntity       *self,
                                                JsonObject     *extra);

WpEntity       *wp_entity_new                  (GType           type,
                                                const char     *id);
WpEntity       *wp_entity_copy                 (WpEntity       *self,
                                                const char     *id);

G_END_DECLS
