/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader's insides, shared by wp-reader.c, wp-reader-fields.c and wp-reader-checks.c. */
#pragma once

#include "wp-reader.h"

G_BEGIN_DECLS

/* Where a value is: section[index].member[element].sub, each part optional. */
typedef struct {
  const char *section;
  int         index;
  const char *member;
  int         element;
  const char *sub;
} Where;

/* One reading: the document it fills, the problems found so far, and whether one was fatal. */
typedef struct {
  GPtrArray  *problems;
  WpDocument *document;
  gboolean    failed;
} Reader;

/* Entities read from one array, with their positions in the file for messages. */
typedef struct {
  const char *section;
  GPtrArray  *entities;
  GArray     *indexes;   /* of guint */
} Collection;

/* wp-reader.c: problems and their places */
void        _wp_reader_report              (Reader             *reader,
                                            gboolean            fatal,
                                            const Where        *where,
                                            const char         *format,
                                            ...) G_GNUC_PRINTF (4, 5);
void        _wp_reader_report_type         (Reader             *reader,
                                            const Where        *where,
                                            const char         *expected,
                                            JsonNode           *got);

/* wp-reader-fields.c: entities, field by field, by their field tables */
gboolean    _wp_reader_is_string           (JsonNode           *node);
void        _wp_reader_read_members        (Reader             *reader,
                                            Where              *where,
                                            JsonObject         *object,
                                            WpEntity           *entity);
void        _wp_reader_read_collection     (Reader             *reader,
                                            JsonObject         *parent,
                                            const char         *member,
                                            const char         *section,
                                            WpKind              kind,
                                            Collection         *out);
void        _wp_reader_collection_clear    (Collection         *collection);
JsonObject *_wp_reader_collect_extra       (JsonObject         *object,
                                            const char * const *known);

/* wp-reader-checks.c: the format version, and what holds across entities */
gboolean    _wp_reader_read_header         (Reader             *reader,
                                            JsonObject         *root,
                                            gboolean           *read_only,
                                            GError            **error);
void        _wp_reader_check_references    (Reader             *reader,
                                            Collection         *collection);
void        _wp_reader_order_items         (Reader             *reader,
                                            Collection         *items);
void        _wp_reader_place_lines         (Reader             *reader,
                                            Collection         *items,
                                            Collection         *releases);

G_END_DECLS
