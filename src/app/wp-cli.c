/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The headless commands of the waypoint binary: --check, --export and --import, and the
 * commands for git (--merge, --diff, --git-setup, in wp-cli-git.c). They
 * run before any GTK or D-Bus setup, so scripts and CI can use them without
 * a display. Problems go to stderr as "FILE: path: message"; the exit status
 * is 0 when everything was fine, 1 when anything was wrong, 2 for bad usage.
 */
#define G_LOG_DOMAIN "waypoint-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "wp-cli.h"
#include "wp-cli-git.h"
#include "wp-csv-import.h"
#include "wp-error.h"
#include "wp-exporters.h"
#include "wp-feedback-import.h"
#include "wp-file.h"
#include "wp-import.h"
#include "wp-review.h"
#include "wp-writer.h"

enum {
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

static gboolean check;
static gboolean merge;
static gboolean diff;
static gboolean git_setup;
static char *export_format;
static char *import_format;
static char *into;
static char **import_options;
static char **import_maps;
static char *place;
static char *output;
static char *sprint_name;
static char **files;

const GOptionEntry wp_cli_option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, &check,
    N_("Check documents and print each problem; exit 1 if there are any"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, &export_format,
    N_("Export a document in FORMAT (markdown, html, csv, feedback-csv, roadmap-png, roadmap-svg, "
       "roadmap-pdf, review-pdf, json)"),
    N_("FORMAT") },
  { "sprint", 0, 0, G_OPTION_ARG_STRING, &sprint_name,
    N_("The sprint whose review --export=review-pdf or markdown shows, by id or name; the active "
       "one by default"),
    N_("ID") },
  { "import", 0, 0, G_OPTION_ARG_STRING, &import_format,
    N_("Import a file in FORMAT (trello, jira-csv, csv, linear-csv, feedback-csv) into a new "
       "document, or the one --into names"),
    N_("FORMAT") },
  { "into", 0, 0, G_OPTION_ARG_FILENAME, &into,
    N_("Import into the document FILE; --output names where the result goes"), N_("FILE") },
  { "option", 0, 0, G_OPTION_ARG_STRING_ARRAY, &import_options,
    N_("A choice of the import, such as archived-cards=leave-out (trello); may be repeated"),
    N_("NAME=VALUE") },
  { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &import_maps,
    N_("Which column holds a field in --import=csv, such as title=Summary; may be repeated"),
    N_("FIELD=COLUMN") },
  { "place", 0, 0, G_OPTION_ARG_STRING, &place,
    N_("Where --into puts the imported items: bottom (of the backlog, the default) or top"),
    N_("WHERE") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
    N_("Write the export or the imported document to FILE (- for standard output)"), N_("FILE") },
  { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
    N_("Merge OURS and THEIRS since BASE into OURS, as git's merge driver (%O %A %B); exit 1 "
       "when conflicts are left"),
    NULL },
  { "diff", 0, 0, G_OPTION_ARG_NONE, &diff,
    N_("Say what changed from OLD to NEW; also takes the seven arguments git gives a diff command"),
    NULL },
  { "git-setup", 0, 0, G_OPTION_ARG_NONE, &git_setup,
    N_("Make git in this repository merge and compare .waypoint files with Waypoint"), NULL },
  { NULL }
};

/* Not in the entries above, which the application shows in --help: it opens the files itself. */
static const GOptionEntry file_entries[] = {
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
  { NULL }
};

/**
 * wp_cli_is_headless:
 * @argc: the argument count
 * @argv: the arguments
 *
 * Returns: whether the command line asks for a command that needs no display
 */
gboolean
wp_cli_is_headless (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--check") || g_str_has_prefix (argv[i], "--export") ||
          g_str_has_prefix (argv[i], "--import") || g_str_equal (argv[i], "--merge") ||
          g_str_equal (argv[i], "--diff") || g_str_equal (argv[i], "--git-setup"))
        return TRUE;
    }

  return FALSE;
}

static void
print_problem (const char *name,
               const char *text)
{
  g_printerr ("%s: %s\n", name, text);
}

/*
 * Checked documents are kept, not freed: the process ends right after, and
 * taking apart a big product costs a tenth of the check.
 */
static GPtrArray *checked;

static int
check_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_file_load (file, NULL, &problems, NULL, NULL, &error);

  if (document != NULL)
    {
      if (checked == NULL)
        checked = g_ptr_array_new ();
      g_ptr_array_add (checked, document);
    }

  if (problems != NULL && problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = wp_problem_format (g_ptr_array_index (problems, i));

          print_problem (path, text);
        }
      return EXIT_PROBLEMS;
    }

  if (document == NULL)
    {
      print_problem (path, error->message);
      return EXIT_PROBLEMS;
    }

  return EXIT_OK;
}

static int
run_check (void)
{
  int status = EXIT_OK;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--check needs at least one file"));
      return EXIT_USAGE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      int file_status = check_file (files[i]);

      status = MAX (status, file_status);
    }

  return status;
}

static gboolean
write_output (GBytes  *bytes,
              GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_str_equal (output, "-"))
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("Could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  return g_file_set_contents_full (output, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

/* The sprint --sprint names, or the one to review by default; an unknown name is an error. */
static gboolean
pick_sprint (WpDocument  *document,
             WpEntity   **sprint,
             GError     **error)
{
  *sprint = wp_review_pick_sprint (document, sprint_name);
  if (*sprint == NULL && sprint_name != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("has no sprint “%s”"), sprint_name);
      return FALSE;
    }

  return TRUE;
}

static int
run_export (void)
{
  const WpExporter *exporter = wp_exporters_find (export_format);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean read_only = FALSE;
  WpEntity *sprint = NULL;

  if (exporter == NULL)
    {
      g_autofree char *known = wp_exporters_list ();

      g_printerr (_("Unknown export format “%s”. Known formats: %s\n"), export_format, known);
      return EXIT_USAGE;
    }
  if (sprint_name != NULL && !exporter->sprint)
    {
      g_printerr ("%s\n", _("--sprint only goes with --export=review-pdf and markdown"));
      return EXIT_USAGE;
    }
  if (output == NULL || files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--export needs --output=OUT and exactly one document"));
      return EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  document = wp_file_load (file, NULL, NULL, &read_only, NULL, &error);
  if (document == NULL)
    {
      print_problem (files[0], error->message);
      return EXIT_PROBLEMS;
    }
  /*
   * A picture of a newer document only shows it; a JSON export would lose what
   * this version does not know.
   */
  if (read_only && !exporter->picture)
    {
      print_problem (files[0], _("written by a newer Waypoint; export it with that version"));
      return EXIT_PROBLEMS;
    }

  if (!exporter->sprint || pick_sprint (document, &sprint, &error))
    bytes = exporter->write (document, sprint, &error);
  if (bytes == NULL)
    {
      print_problem (files[0], error->message);
      return EXIT_PROBLEMS;
    }
  if (!write_output (bytes, &error))
    {
      print_problem (output, error->message);
      return EXIT_PROBLEMS;
    }

  return EXIT_OK;
}

/* The document to import into: the one --into names, or a new product. */
static WpDocument *
import_target (GError **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(WpDocument) document = NULL;
  gboolean read_only = FALSE;

  if (into == NULL)
    return wp_document_new_product ();

  file = g_file_new_for_commandline_arg (into);
  document = wp_file_load (file, NULL, NULL, &read_only, NULL, error);
  if (document != NULL && read_only)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_VERSION,
                           _("written by a newer Waypoint; import into it with that version"));
      return NULL;
    }

  return g_steal_pointer (&document);
}

static int
run_feedback_import (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpFeedbackImport) import = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) written = NULL;

  document = import_target (&error);
  if (document == NULL)
    {
      print_problem (into, error->message);
      return EXIT_PROBLEMS;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  import = wp_feedback_import_new_for_file (file, &error);
  if (import != NULL)
    wp_feedback_import_apply (import, document, &problems, &error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    print_problem (files[0], g_ptr_array_index (problems, i));
  /* Nothing is written when nothing could be imported. */
  if (error != NULL)
    {
      print_problem (files[0], error->message);
      return EXIT_PROBLEMS;
    }

  written = wp_write_document (document);
  if (!write_output (written, &error))
    {
      print_problem (output, error->message);
      return EXIT_PROBLEMS;
    }

  return problems->len > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/* The choices of --option=NAME=VALUE, or a usage message. */
static gboolean
set_import_options (WpImport  *import,
                    GError   **error)
{
  for (guint i = 0; import_options != NULL && import_options[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (import_options[i], "=", 2);

      if (parts[1] == NULL)
        {
          g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED,
                       _("--option takes NAME=VALUE, not “%s”"), import_options[i]);
          return FALSE;
        }
      if (!wp_import_set_option (import, parts[0], parts[1], error))
        return FALSE;
    }

  return TRUE;
}

/* The columns --map=FIELD=COLUMN names, once the file's header is read. */
static gboolean
map_columns (WpImport  *import,
             GError   **error)
{
  for (guint i = 0; import_maps != NULL && import_maps[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (import_maps[i], "=", 2);

      if (!WP_IS_CSV_IMPORT (import) || parts[1] == NULL)
        {
          g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED,
                       _("--map takes FIELD=COLUMN and goes with --import=csv, not “%s”"),
                       import_maps[i]);
          return FALSE;
        }
      if (!wp_csv_import_map (WP_CSV_IMPORT (import), parts[0], parts[1], error))
        return FALSE;
    }

  return TRUE;
}

/* What the import makes and drops, on stderr, a line each: "FILE: note". */
static void
print_report (WpImportReport *report,
              WpDocument     *incoming,
              WpDocument     *target)
{
  g_autofree char *text = wp_import_report_to_text (report, incoming, target);
  g_auto(GStrv) lines = g_strsplit (g_strchomp (text), "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    print_problem (files[0], lines[i]);
}

/* A product from Trello (and the other importers): new, or merged into --into's. */
static int
run_product_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpImport) import = wp_import_new (import_format, &error);
  g_autoptr(WpDocument) target = NULL;
  g_autoptr(WpDocument) incoming = NULL;
  g_autoptr(WpImportReport) report = wp_import_report_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) written = NULL;

  if (import == NULL || !set_import_options (import, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_USAGE;
    }
  if (into != NULL && (target = import_target (&error)) == NULL)
    {
      print_problem (into, error->message);
      return EXIT_PROBLEMS;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  if (!wp_import_read_file (import, file, NULL, &error))
    {
      print_problem (files[0], error->message);
      return EXIT_PROBLEMS;
    }
  if (!map_columns (import, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_USAGE;
    }
  incoming = wp_import_build (import, report, NULL, &error);
  /* Nothing is written when nothing could be imported. */
  if (incoming == NULL)
    {
      print_problem (files[0], error->message);
      return EXIT_PROBLEMS;
    }
  print_report (report, incoming, target);

  if (target != NULL)
    wp_document_merge (target, incoming, g_strcmp0 (place, "top") == 0 ? WP_MERGE_TOP
                                                                       : WP_MERGE_BOTTOM,
                       _("Import"));
  written = wp_write_document (target != NULL ? target : incoming);
  if (!write_output (written, &error))
    {
      print_problem (output, error->message);
      return EXIT_PROBLEMS;
    }

  return EXIT_OK;
}

static int
run_import (void)
{
  if (output == NULL || files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--import needs --output=OUT and exactly one file to import"));
      return EXIT_USAGE;
    }
  if (place != NULL && (into == NULL || (!g_str_equal (place, "top") &&
                                         !g_str_equal (place, "bottom"))))
    {
      g_printerr ("%s\n", _("--place is top or bottom, and goes with --into"));
      return EXIT_USAGE;
    }
  if (g_strcmp0 (import_format, "feedback-csv") == 0)
    return run_feedback_import ();

  return run_product_import ();
}

static int
run_git_command (void)
{
  guint n_files = files != NULL ? g_strv_length (files) : 0;

  if (git_setup)
    return n_files == 0 ? wp_cli_git_setup () : EXIT_USAGE;
  if (diff)
    return wp_cli_git_diff (files);
  if (n_files != 3)
    {
      g_printerr ("%s\n", _("--merge needs three files: BASE OURS THEIRS"));
      return EXIT_USAGE;
    }

  return wp_cli_git_merge (files[0], files[1], files[2]);
}

/**
 * wp_cli_run:
 * @argc: the argument count
 * @argv: the arguments
 *
 * Runs a headless command.
 *
 * Returns: the exit status
 */
int
wp_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, wp_cli_option_entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, file_entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_USAGE;
    }

  if (check + (export_format != NULL) + (import_format != NULL) + merge + diff + git_setup > 1)
    {
      g_printerr ("%s\n", _("Use one of --check, --export, --import, --merge, --diff and "
                            "--git-setup"));
      return EXIT_USAGE;
    }
  if (merge || diff || git_setup)
    return run_git_command ();
  if ((into != NULL || import_options != NULL || import_maps != NULL) && import_format == NULL)
    {
      g_printerr ("%s\n", _("--into, --option and --map only go with --import"));
      return EXIT_USAGE;
    }

  return check ? run_check () : import_format != NULL ? run_import () : run_export ();
}
