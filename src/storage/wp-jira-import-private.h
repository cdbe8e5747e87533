/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of WpJiraImport share: the columns it knows, how they read, a build. */
#pragma once

#include "wp-document.h"
#include "wp-import-report.h"
#include "wp-import-words.h"
#include "wp-jira-import.h"

G_BEGIN_DECLS

/* The columns the import reads, by their meaning; Jira names them in several ways. */
typedef enum {
  JIRA_SUMMARY,
  JIRA_KEY,
  JIRA_ID,
  JIRA_TYPE,
  JIRA_STATUS,
  JIRA_CATEGORY,
  JIRA_CATEGORY_CHANGED,
  JIRA_PRIORITY,
  JIRA_RESOLUTION,
  JIRA_ASSIGNEE,
  JIRA_ASSIGNEE_ID,
  JIRA_REPORTER,
  JIRA_REPORTER_ID,
  JIRA_CREATOR,
  JIRA_CREATOR_ID,
  JIRA_CREATED,
  JIRA_UPDATED,
  JIRA_RESOLVED,
  JIRA_DUE,
  JIRA_DESCRIPTION,
  JIRA_ENVIRONMENT,
  JIRA_LABELS,
  JIRA_SPRINT,
  JIRA_FIX_VERSION,
  JIRA_COMPONENT,
  JIRA_EPIC_LINK,
  JIRA_EPIC_NAME,
  JIRA_PARENT,
  JIRA_PARENT_KEY,
  JIRA_PARENT_SUMMARY,
  JIRA_POINTS,
  JIRA_RANK,
  JIRA_COMMENT,
  JIRA_ATTACHMENT,
  JIRA_PROJECT,
  JIRA_N_FIELDS
} JiraField;

/* A row of the file, and the item it becomes. */
typedef struct {
  GStrv         row;
  guint         line;       /* its row in the file, counting the header as 1 */
  const char   *rank;
  WpStatusCategory category;
  WpEntity     *item;
} Issue;

/* What one build of the product keeps, shared by wp-jira-import.c and wp-jira-issue.c. */
typedef struct {
  WpJiraImport   *self;
  WpImportReport *report;
  GPtrArray      *issues;        /* Issue, in backlog order */
  GHashTable     *by_key;        /* issue key -> Issue */
  GHashTable     *by_id;         /* issue id -> Issue */
  GHashTable     *people;        /* account id -> name */
  GHashTable     *statuses;      /* status as written -> WpColumn */
  GPtrArray      *columns;
  GPtrArray      *items;
  GPtrArray      *sprints;
  GPtrArray      *releases;
  GHashTable     *earlier;       /* sprints some issue moved on from */
  guint           orphans;
  guint           subtasks;
} Build;


/* wp-jira-import.c */
const char   *_wp_jira_cell        (Build      *build,
                                    GStrv       row,
                                    JiraField   field);
GPtrArray    *_wp_jira_cells       (Build      *build,
                                    GStrv       row,
                                    JiraField   field);

/* wp-jira-issue.c */
void          _wp_jira_make_item   (Build      *build,
                                    Issue      *issue);
void          _wp_jira_link_epics  (Build      *build);

/* wp-jira-fields.c */
int           _wp_jira_field_of    (const char *header);
gboolean      _wp_jira_is_header   (const char * const *header);

G_END_DECLS
