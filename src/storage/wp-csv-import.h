/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpCsvImport: a backlog from a spreadsheet (or Linear), its columns mapped to item fields. */
#pragma once

#include "wp-import.h"

G_BEGIN_DECLS

/* What a column can hold; the names are those Waypoint's own CSV export writes. */
typedef enum {
  WP_CSV_ID,
  WP_CSV_TITLE,
  WP_CSV_DESCRIPTION,
  WP_CSV_KIND,
  WP_CSV_STATUS,
  WP_CSV_ESTIMATE,
  WP_CSV_VALUE,
  WP_CSV_EFFORT,
  WP_CSV_MOSCOW,
  WP_CSV_LABELS,
  WP_CSV_EPIC,
  WP_CSV_SPRINT,
  WP_CSV_SPRINT_START,
  WP_CSV_SPRINT_END,
  WP_CSV_RELEASE,
  WP_CSV_ACCEPTANCE,
  WP_CSV_DONE,
  WP_CSV_CREATED,
  WP_CSV_UPDATED,
  WP_CSV_N_FIELDS
} WpCsvField;

/* A column mapped to no field. */
#define WP_CSV_NO_COLUMN (-1)

#define WP_TYPE_CSV_IMPORT (wp_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (WpCsvImport, wp_csv_import, WP, CSV_IMPORT, WpImport)

const char *wp_csv_field_name               (WpCsvField   field);
const char *wp_csv_field_title              (WpCsvField   field);
guint       wp_csv_import_get_n_columns     (WpCsvImport *self);
const char *wp_csv_import_get_column_name   (WpCsvImport *self,
                                             guint        column);
int         wp_csv_import_get_column        (WpCsvImport *self,
                                             WpCsvField   field);
void        wp_csv_import_set_column        (WpCsvImport *self,
                                             WpCsvField   field,
                                             int          column);
gboolean    wp_csv_import_map               (WpCsvImport *self,
                                             const char  *field,
                                             const char  *column,
                                             GError     **error);

G_END_DECLS
