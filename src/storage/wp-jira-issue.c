/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One Jira issue as a backlog item: its fields, and as text in its
 * description what Waypoint has no field for (the key, priority, people,
 * components, earlier sprints, attachments and comments, whose authors the
 * export names by account id only). Epics and parents are linked once every
 * issue is an item.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-entity-private.h"
#include "wp-jira-import-private.h"

/* A field of a new item nobody watches yet: no comparison, no signal. */
static void
put_string (WpEntity   *item,
            guint       field,
            const char *text)
{
  _wp_entity_take_string (item, field, g_strdup (text));
}

static WpEntity *
named (GPtrArray  *entities,
       guint       field,
       const char *name)
{
  for (guint i = 0; i < entities->len; i++)
    if (g_str_equal (wp_entity_get_string (g_ptr_array_index (entities, i), field), name))
      return g_ptr_array_index (entities, i);

  return NULL;
}

/* The sprint or release of that name, made at first sight. */
static WpEntity *
sprint_or_release (GPtrArray  *entities,
                   GType       type,
                   guint       field,
                   const char *name)
{
  WpEntity *entity = named (entities, field, name);

  if (entity == NULL)
    {
      entity = wp_entity_new (type, NULL);
      wp_entity_set_string (entity, field, name);
      g_ptr_array_add (entities, entity);
    }

  return entity;
}

static char *
day_of (Build      *build,
        GStrv       row,
        JiraField   field)
{
  return wp_import_day (_wp_jira_cell (build, row, field));
}

/* "Label: value" on a line of its own; @label is translated only when there is a value. */
static void
append_fact (GString    *facts,
             const char *label,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  g_string_append_c (facts, '\n');
  g_string_append (facts, _(label));
  g_string_append_c (facts, ' ');
  g_string_append (facts, value);
}

/* The values from @from up to @to, joined with commas. */
static void
append_joined (GString    *facts,
               const char *label,
               GPtrArray  *values,
               guint       from,
               guint       to)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      if (joined->len > 0)
        g_string_append (joined, ", ");
      g_string_append (joined, g_ptr_array_index (values, i));
    }
  append_fact (facts, label, joined->str);
}

/* "date;account;body": only the first two semicolons separate, the body may hold more. */
static void
append_comments (Build   *build,
                 GStrv    row,
                 GString *text)
{
  g_autoptr(GPtrArray) comments = _wp_jira_cells (build, row, JIRA_COMMENT);

  if (comments->len > 0)
    g_string_append_printf (text, "\n\n%s", _("Comments:"));
  for (guint i = 0; i < comments->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (comments, i), ";", 3);
      WpImportTime time;
      g_autofree char *when = NULL;
      const char *author;

      g_string_append (text, "\n\n");
      if (g_strv_length (parts) < 3)
        {
          g_string_append (text, g_ptr_array_index (comments, i));
          continue;
        }
      when = wp_import_parse_time (parts[0], &time) ? wp_import_format_minute (&time)
                                                    : g_strdup (parts[0]);
      author = g_hash_table_lookup (build->people, parts[1]) ?: parts[1];
      g_string_append (text, author);
      g_string_append (text, ", ");
      g_string_append (text, when);
      g_string_append (text, ":\n");
      g_string_append (text, parts[2]);
    }
  wp_import_report_add_comments (build->report, comments->len);
}

/* "date;account;file name;url". */
static void
append_attachments (Build   *build,
                    GStrv    row,
                    GString *text)
{
  g_autoptr(GPtrArray) attachments = _wp_jira_cells (build, row, JIRA_ATTACHMENT);

  if (attachments->len > 0)
    g_string_append_printf (text, "\n\n%s", _("Attachments:"));
  for (guint i = 0; i < attachments->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (attachments, i), ";", 4);

      if (g_strv_length (parts) == 4)
        g_string_append_printf (text, "\n- %s: %s", parts[2], parts[3]);
      else
        g_string_append_printf (text, "\n- %s", (char *) g_ptr_array_index (attachments, i));
    }
}

/* The facts Waypoint has no field for, each on a line of its own after the description. */
static void
append_facts (Build     *build,
              GStrv      row,
              GPtrArray *sprints,
              GPtrArray *versions,
              GString   *text)
{
  g_autoptr(GPtrArray) components = _wp_jira_cells (build, row, JIRA_COMPONENT);
  g_autofree char *due = day_of (build, row, JIRA_DUE);
  const char *key = _wp_jira_cell (build, row, JIRA_KEY);
  const char *type = _wp_jira_cell (build, row, JIRA_TYPE);
  g_autofree char *jira = key != NULL && type != NULL ? g_strconcat (key, " (", type, ")", NULL)
                                                      : g_strdup (key);

  if (text->len > 0)
    g_string_append_c (text, '\n');
  append_fact (text, N_("Jira:"), jira);
  append_fact (text, N_("Priority:"), _wp_jira_cell (build, row, JIRA_PRIORITY));
  append_fact (text, N_("Resolution:"), _wp_jira_cell (build, row, JIRA_RESOLUTION));
  append_fact (text, N_("Assignee:"), _wp_jira_cell (build, row, JIRA_ASSIGNEE));
  append_fact (text, N_("Reporter:"), _wp_jira_cell (build, row, JIRA_REPORTER));
  append_fact (text, N_("Due:"), due);
  append_joined (text, N_("Components:"), components, 0, components->len);
  /* The last sprint is the item's; those before it, and other fix versions, are said here. */
  if (sprints->len > 1)
    append_joined (text, N_("Earlier sprints:"), sprints, 0, sprints->len - 1);
  append_joined (text, N_("Also in releases:"), versions, 1, versions->len);
  append_fact (text, N_("Environment:"), _wp_jira_cell (build, row, JIRA_ENVIRONMENT));
}

static void
fill_description (Build     *build,
                  Issue     *issue,
                  GPtrArray *sprints,
                  GPtrArray *versions)
{
  GString *text = g_string_new (_wp_jira_cell (build, issue->row, JIRA_DESCRIPTION));

  append_facts (build, issue->row, sprints, versions, text);
  append_attachments (build, issue->row, text);
  append_comments (build, issue->row, text);
  g_strstrip (text->str);
  _wp_entity_take_string (issue->item, WP_ITEM_DESCRIPTION, g_string_free (text, FALSE));
}

static void
set_labels (WpEntity  *item,
            GPtrArray *labels)
{
  GValue value = G_VALUE_INIT;
  GPtrArray *unique = g_ptr_array_new ();

  /* Jira forbids spaces in labels; values joined with ", " by other tools are split. */
  for (guint i = 0; i < labels->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (labels, i), ",", -1);

      for (guint p = 0; parts[p] != NULL; p++)
        {
          char *label = g_strstrip (parts[p]);

          if (label[0] != '\0' &&
              !g_ptr_array_find_with_equal_func (unique, label, g_str_equal, NULL))
            g_ptr_array_add (unique, g_strdup (label));
        }
    }
  g_ptr_array_add (unique, NULL);
  g_value_take_boxed (g_value_init (&value, G_TYPE_STRV), g_ptr_array_free (unique, FALSE));
  _wp_entity_take_value (item, WP_ITEM_LABELS, &value);
}

static void
set_estimate (WpEntity   *item,
              const char *points)
{
  GValue value = G_VALUE_INIT;
  char *end = NULL;
  double number = points != NULL ? g_ascii_strtod (points, &end) : -1;

  if (points == NULL || end == points || *end != '\0' || !(number >= 0))
    return;
  g_value_set_double (g_value_init (&value, G_TYPE_DOUBLE), number);
  _wp_entity_take_value (item, WP_ITEM_ESTIMATE, &value);
}

/* The day an issue in the done column was done: resolved, else moved to done, else last changed. */
static char *
done_day (Build *build,
          GStrv  row)
{
  static const JiraField fields[] = {
    JIRA_RESOLVED, JIRA_CATEGORY_CHANGED, JIRA_UPDATED, JIRA_CREATED
  };
  char *day = NULL;

  for (guint i = 0; day == NULL && i < G_N_ELEMENTS (fields); i++)
    day = day_of (build, row, fields[i]);

  return day;
}

static void
set_sprint (Build     *build,
            WpEntity  *item,
            GPtrArray *sprints)
{
  for (guint i = 0; i < sprints->len; i++)
    {
      WpEntity *sprint = sprint_or_release (build->sprints, WP_TYPE_SPRINT, WP_SPRINT_NAME,
                                            g_ptr_array_index (sprints, i));

      if (i + 1 < sprints->len)
        g_hash_table_add (build->earlier, sprint);
      else
        put_string (item, WP_ITEM_SPRINT, wp_entity_get_id (sprint));
    }
}

/* The item's own fields; its epic once every issue is an item. Its fields are set as the
   reader sets them: a big export has thousands of issues. */
void
_wp_jira_make_item (Build *build,
                    Issue *issue)
{
  GStrv row = issue->row;
  const char *key = _wp_jira_cell (build, row, JIRA_KEY), *id = _wp_jira_cell (build, row, JIRA_ID);
  const char *summary = _wp_jira_cell (build, row, JIRA_SUMMARY);
  const char *status = _wp_jira_cell (build, row, JIRA_STATUS);
  WpEntity *column = status != NULL ? g_hash_table_lookup (build->statuses, status) : NULL;
  WpEntity *done_column = g_ptr_array_index (build->columns, build->columns->len - 1);
  g_autofree char *item_id = key != NULL ? g_strdup (key) : g_strconcat ("jira-", id, NULL);
  g_autoptr(GPtrArray) labels = _wp_jira_cells (build, row, JIRA_LABELS);
  g_autoptr(GPtrArray) sprints = _wp_jira_cells (build, row, JIRA_SPRINT);
  g_autoptr(GPtrArray) versions = _wp_jira_cells (build, row, JIRA_FIX_VERSION);
  WpEntity *item = wp_entity_new (WP_TYPE_ITEM, item_id);

  issue->item = item;
  put_string (item, WP_ITEM_TITLE, summary != NULL ? summary : _("Untitled issue"));
  put_string (item, WP_ITEM_KIND, wp_import_kind (_wp_jira_cell (build, row, JIRA_TYPE)));
  if (column == NULL)
    column = issue->category == WP_STATUS_DONE ? done_column
                                               : g_ptr_array_index (build->columns, 0);
  put_string (item, WP_ITEM_STATUS, wp_entity_get_id (column));
  if (column == done_column)
    _wp_entity_take_string (item, WP_ITEM_DONE, done_day (build, row));
  set_estimate (item, _wp_jira_cell (build, row, JIRA_POINTS));
  set_labels (item, labels);
  set_sprint (build, item, sprints);
  if (versions->len > 0)
    put_string (item, WP_ITEM_RELEASE,
                wp_entity_get_id (sprint_or_release (build->releases, WP_TYPE_RELEASE,
                                                     WP_RELEASE_NAME,
                                                     g_ptr_array_index (versions, 0))));
  _wp_entity_take_string (item, WP_ITEM_CREATED,
                          wp_import_time (_wp_jira_cell (build, row, JIRA_CREATED)));
  _wp_entity_take_string (item, WP_ITEM_UPDATED,
                          wp_import_time (_wp_jira_cell (build, row, JIRA_UPDATED)));
  fill_description (build, issue, sprints, versions);
}

/* The issue a Parent, Parent key or Epic Link cell names, and whether one is named at all. */
static Issue *
parent_of (Build    *build,
           Issue    *issue,
           gboolean *named_one)
{
  const char *epic = _wp_jira_cell (build, issue->row, JIRA_EPIC_LINK);
  const char *parent_id = _wp_jira_cell (build, issue->row, JIRA_PARENT);
  const char *parent_key = _wp_jira_cell (build, issue->row, JIRA_PARENT_KEY);
  Issue *parent = NULL;

  *named_one = epic != NULL || parent_id != NULL || parent_key != NULL;
  if (epic != NULL)
    parent = g_hash_table_lookup (build->by_key, epic);
  if (parent == NULL && parent_id != NULL)
    parent = g_hash_table_lookup (build->by_id, parent_id);
  if (parent == NULL && parent_key != NULL)
    parent = g_hash_table_lookup (build->by_key, parent_key);

  return parent != issue ? parent : NULL;
}

static void
append_to_description (WpEntity   *item,
                       const char *line)
{
  const char *description = wp_entity_get_string (item, WP_ITEM_DESCRIPTION);
  g_autofree char *longer = g_strconcat (description, description[0] != '\0' ? "\n" : "", line,
                                         NULL);

  wp_entity_set_string (item, WP_ITEM_DESCRIPTION, longer);
}

static gboolean
is_epic (Issue *issue)
{
  return g_str_equal (wp_entity_get_string (issue->item, WP_ITEM_KIND), "epic");
}

/*
 * An epic's stories belong to it. A sub-task's parent is a story: it belongs
 * to that story's epic, and names the story. A parent the file does not hold
 * is named, and said.
 */
void
_wp_jira_link_epics (Build *build)
{

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < build->issues->len; i++)
      {
        Issue *issue = g_ptr_array_index (build->issues, i);
        gboolean named_one;
        Issue *parent = parent_of (build, issue, &named_one);
        const char *title = wp_entity_get_string (issue->item, WP_ITEM_TITLE);

        if (pass == 0 && parent != NULL && is_epic (parent))
          wp_entity_set_string (issue->item, WP_ITEM_EPIC, wp_entity_get_id (parent->item));
        else if (pass == 1 && parent != NULL && !is_epic (parent))
          {
            g_autofree char *line = g_strdup_printf (_("Sub-task of %s: %s"),
                                                     wp_entity_get_id (parent->item),
                                                     wp_entity_get_string (parent->item,
                                                                           WP_ITEM_TITLE));

            wp_entity_set_string (issue->item, WP_ITEM_EPIC,
                                  wp_entity_get_string (parent->item, WP_ITEM_EPIC));
            append_to_description (issue->item, line);
            build->subtasks++;
          }
        else if (pass == 1 && parent == NULL && named_one)
          {
            const char *named = _wp_jira_cell (build, issue->row, JIRA_PARENT_KEY)
                                ?: _wp_jira_cell (build, issue->row, JIRA_EPIC_LINK)
                                ?: _wp_jira_cell (build, issue->row, JIRA_PARENT);
            const char *summary = _wp_jira_cell (build, issue->row, JIRA_PARENT_SUMMARY);
            g_autofree char *line = g_strdup_printf (_("Parent: %s %s (not in the file)"), named,
                                                     summary != NULL ? summary : "");

            append_to_description (issue->item, line);
            wp_import_report_note (build->report, title, _("its parent %s is not in the file"),
                                   named);
            build->orphans++;
          }
      }
}
