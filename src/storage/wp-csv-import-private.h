/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of WpCsvImport share: one build of the product. */
#pragma once

#include "wp-csv-import.h"
#include "wp-import-report.h"

G_BEGIN_DECLS

/* What one build of the product keeps, shared by wp-csv-import.c and wp-csv-item.c. */
typedef struct {
  GStrv           header;
  const int      *mapping;    /* the column of each WpCsvField */
  WpImportReport *report;
  GPtrArray      *rows;       /* GStrv of the items' rows, in order */
  GPtrArray      *items;      /* WpItem, one per row, then the epics made */
  GPtrArray      *columns;
  GPtrArray      *sprints;
  GPtrArray      *releases;
  GHashTable     *statuses;   /* casefolded status -> WpColumn */
  GHashTable     *ids;        /* id -> WpItem */
  guint           epics_made;
  guint           bad_numbers;
} Build;


/* wp-csv-import.c */
const char *_wp_csv_value     (Build      *build,
                               GStrv       row,
                               WpCsvField  field);

/* wp-csv-item.c */
void        _wp_csv_fill_item (Build      *build,
                               GStrv       row,
                               WpEntity   *item);

G_END_DECLS
