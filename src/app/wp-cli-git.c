/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What git needs to keep a product in a repository: a merge driver
 * (waypoint --merge %O %A %B) that merges by entity and field and writes the
 * result into %A in canonical form, exiting 1 when conflicts are left for
 * the app; an external diff (waypoint --diff, with git's seven arguments, or
 * OLD NEW) that says what changed as a Product Owner would; and
 * waypoint --git-setup, which configures both for the repository at hand.
 */
#define G_LOG_DOMAIN "waypoint-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "wp-cli-git.h"
#include "wp-file.h"
#include "wp-semantic-diff.h"
#include "wp-three-way.h"
#include "wp-writer.h"

enum {
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

static void
print_problem (const char *name,
               const char *text)
{
  g_printerr ("%s: %s\n", name, text);
}

/*
 * A version to merge or compare. Git gives an empty file for one that does not
 * exist (a file added on both branches has no ancestor; a new file, no old
 * version): that is an empty product.
 */
static WpDocument *
load_version (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(WpDocument) document = NULL;
  gboolean read_only = FALSE;

  if (g_str_equal (path, "/dev/null") || (info != NULL && g_file_info_get_size (info) == 0))
    return wp_document_new ();
  document = wp_file_load (file, NULL, NULL, &read_only, NULL, error);
  if (document != NULL && read_only)
    {
      /* Merging would drop what this version does not know. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("written by a newer Waypoint; merge it with that version"));
      return NULL;
    }

  return g_steal_pointer (&document);
}

static guint
print_conflicts (const char *path,
                 WpDocument *merged)
{
  GListModel *conflicts = wp_document_get_list (merged, WP_KIND_CONFLICT);
  guint n = g_list_model_get_n_items (conflicts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *text = wp_conflict_describe (conflict, merged);

      print_problem (path, text);
    }

  return n;
}

/**
 * wp_cli_git_merge:
 * @base: the common ancestor's file (%O)
 * @ours: ours (%A), which gets the result
 * @theirs: theirs (%B)
 *
 * Returns: 0 when the merge is clean, 1 when conflicts are left (the result
 *   still opens) or a version cannot be read (@ours is left as it was)
 */
int
wp_cli_git_merge (const char *base,
                  const char *ours,
                  const char *theirs)
{
  const char *paths[] = { base, ours, theirs };
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(WpDocument) merged = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      WpDocument *version = load_version (paths[i], &error);

      if (version == NULL)
        {
          print_problem (paths[i], error->message);
          return EXIT_PROBLEMS;
        }
      g_ptr_array_add (versions, version);
    }

  merged = wp_three_way_merge (g_ptr_array_index (versions, 0), g_ptr_array_index (versions, 1),
                               g_ptr_array_index (versions, 2));
  bytes = wp_write_document (merged);
  if (!g_file_set_contents_full (ours, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &error))
    {
      print_problem (ours, error->message);
      return EXIT_PROBLEMS;
    }

  return print_conflicts (ours, merged) > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * wp_cli_git_diff:
 * @args: OLD NEW, or git's seven: path old-file old-hex old-mode new-file new-hex new-mode
 *
 * Prints what changed, a line each.
 *
 * Returns: the exit status
 */
int
wp_cli_git_diff (char **args)
{
  guint n = args != NULL ? g_strv_length (args) : 0;
  const char *name = n == 7 ? args[0] : NULL;
  const char *old_path = n == 7 ? args[1] : n == 2 ? args[0] : NULL;
  const char *new_path = n == 7 ? args[4] : n == 2 ? args[1] : NULL;
  g_autoptr(WpDocument) old = NULL;
  g_autoptr(WpDocument) new = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  if (old_path == NULL)
    {
      g_printerr ("%s\n",
                  _("--diff needs OLD NEW, or the seven arguments git gives a diff command"));
      return EXIT_USAGE;
    }
  old = load_version (old_path, &error);
  if (old != NULL)
    new = load_version (new_path, &error);
  if (new == NULL)
    {
      print_problem (old == NULL ? old_path : new_path, error->message);
      return EXIT_PROBLEMS;
    }

  changes = wp_semantic_diff (old, new);
  if (name != NULL && changes->len > 0)
    g_print ("%s\n", name);
  for (guint i = 0; i < changes->len; i++)
    g_print ("%s%s\n", name != NULL ? "  " : "", (char *) g_ptr_array_index (changes, i));
  fflush (stdout);

  return EXIT_OK;
}

static gboolean
run_git (const char * const *argv,
         char              **out,
         GError            **error)
{
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err,
                     &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", err != NULL ? g_strstrip (err) : "");
      return FALSE;
    }

  return TRUE;
}

/* How git should call this program: by name when that is what the path finds, else whole. */
static char *
dup_command (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *found = g_find_program_in_path ("waypoint");
  g_autofree char *found_real = found != NULL ? g_canonicalize_filename (found, NULL) : NULL;
  g_autofree char *target = found != NULL ? g_file_read_link (found, NULL) : NULL;

  if (self == NULL || (found != NULL && (g_strcmp0 (found_real, self) == 0 ||
                                         g_strcmp0 (target, self) == 0)))
    return g_strdup ("waypoint");

  return g_shell_quote (self);
}

static gboolean
add_attributes (const char  *top,
                GError     **error)
{
  static const char line[] = "*.waypoint merge=waypoint diff=waypoint";
  g_autofree char *path = g_build_filename (top, ".gitattributes", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) updated = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    text = g_strdup ("");
  if (strstr (text, line) != NULL)
    return TRUE;
  updated = g_string_new (text);
  if (updated->len > 0 && updated->str[updated->len - 1] != '\n')
    g_string_append_c (updated, '\n');
  g_string_append_printf (updated, "%s\n", line);

  return g_file_set_contents (path, updated->str, updated->len, error);
}

/**
 * wp_cli_git_setup:
 *
 * Configures the repository at the current folder: *.waypoint files are
 * merged by `waypoint --merge` and compared by `waypoint --diff`.
 *
 * Returns: the exit status
 */
int
wp_cli_git_setup (void)
{
  static const char * const top_argv[] = { "git", "rev-parse", "--show-toplevel", NULL };
  g_autofree char *top = NULL;
  g_autofree char *command = dup_command ();
  g_autofree char *driver = g_strconcat (command, " --merge %O %A %B", NULL);
  g_autofree char *differ = g_strconcat (command, " --diff", NULL);
  const char * const settings[][2] = {
    { "merge.waypoint.name", "Waypoint product merge" },
    { "merge.waypoint.driver", driver },
    { "diff.waypoint.command", differ },
  };
  g_autoptr(GError) error = NULL;

  if (!run_git (top_argv, &top, &error))
    {
      print_problem ("--git-setup", error->message);
      return EXIT_PROBLEMS;
    }
  g_strstrip (top);
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      const char *argv[] = { "git", "config", settings[i][0], settings[i][1], NULL };

      if (!run_git (argv, NULL, &error))
        {
          print_problem ("--git-setup", error->message);
          return EXIT_PROBLEMS;
        }
    }
  if (!add_attributes (top, &error))
    {
      print_problem (".gitattributes", error->message);
      return EXIT_PROBLEMS;
    }
  /* Translators: after --git-setup; %s is the repository's folder */
  g_print (_("%s: *.waypoint files are merged and compared by Waypoint\n"), top);

  return EXIT_OK;
}
