/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Start-up: from exec to the first frame, and to the first frame that shows
 * the product, for Waypoint with the sample and with 10,000 items, beside a
 * bare libadwaita window (wp-bench-bare). The three are started in turn, so
 * whatever else the machine does falls on all of them alike; medians.
 */
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "wp-bench.h"
#include "wp-writer.h"

#define ROUNDS 7
#define TIMEOUT_SECONDS 60

typedef struct {
  GMainLoop *loop;
  char      *output;
  gboolean   done;
} Wait;

typedef struct {
  const char *what;
  const char *argv[3];
  GArray     *window;   /* of double: ms from exec */
  GArray     *content;
} Subject;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  Wait *wait = data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &wait->output, NULL, NULL);
  wait->done = TRUE;
  g_main_loop_quit (wait->loop);
}

static gboolean
on_timeout (gpointer data)
{
  g_main_loop_quit (((Wait *) data)->loop);

  return G_SOURCE_REMOVE;
}

static double
ms_after (const char *output,
          const char *key,
          gint64      start)
{
  g_autofree char *prefix = g_strconcat (key, " ", NULL);
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return (g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10) - start) / 1000.0;

  return -1;
}

/* Starts @subject once and adds its times; FALSE when it did not report in time. */
static gboolean
run_once (GSubprocessLauncher *launcher,
          Subject             *subject)
{
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL, FALSE };
  g_autoptr(GSubprocess) process = NULL;
  gint64 start = g_get_monotonic_time ();
  guint timeout;
  double window, content;

  process = g_subprocess_launcher_spawnv (launcher, subject->argv, NULL);
  if (process == NULL)
    return FALSE;
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated, &wait);
  timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, &wait);
  g_main_loop_run (wait.loop);
  if (wait.done)
    g_source_remove (timeout);
  else
    g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  g_main_loop_unref (wait.loop);

  window = wait.output != NULL ? ms_after (wait.output, "window", start) : -1;
  content = wait.output != NULL ? ms_after (wait.output, "content", start) : -1;
  g_free (wait.output);
  if (window < 0 || content < 0)
    return FALSE;
  g_array_append_val (subject->window, window);
  g_array_append_val (subject->content, content);

  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);

  return g_array_index (samples, double, samples->len / 2);
}

static char *
write_big_product (const char *folder)
{
  g_autoptr(WpDocument) document = wp_bench_generate (10000);
  g_autoptr(GBytes) bytes = wp_write_document (document);
  char *path = g_build_filename (folder, "10k.waypoint", NULL);

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_clear_pointer (&path, g_free);

  return path;
}

static GSubprocessLauncher *
launcher_new (void)
{
  GSubprocessLauncher *launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autofree char *schemas = g_build_filename (WP_BUILD_ROOT, "data", NULL);

  g_subprocess_launcher_setenv (launcher, "WAYPOINT_STARTUP_REPORT", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);

  return launcher;
}

static void
print_subject (const Subject *subject,
               double         bare)
{
  if (subject->content->len < ROUNDS)
    {
      g_print ("| %-32s | did not report its frames (%u of %d runs) |\n", subject->what,
               subject->content->len, ROUNDS);
      return;
    }
  g_print ("| %-32s | %9.0f | %10.0f | %8.2fx |\n", subject->what, median (subject->window),
           median (subject->content), median (subject->content) / bare);
}

void
wp_bench_startup (const char *waypoint)
{
  g_autofree char *folder = g_dir_make_tmp ("wp-bench-startup-XXXXXX", NULL);
  g_autofree char *big = folder != NULL ? write_big_product (folder) : NULL;
  g_autofree char *bare = g_build_filename (WP_BUILD_ROOT, "tests", "bench", "wp-bench-bare", NULL);
  g_autofree char *sample = g_build_filename (WP_SOURCE_ROOT, "data", "samples", "sample.waypoint",
                                              NULL);
  g_autoptr(GSubprocessLauncher) launcher = launcher_new ();
  Subject subjects[] = {
    { "bare libadwaita window", { bare, NULL }, NULL, NULL },
    { "Waypoint, the sample", { waypoint, sample, NULL }, NULL, NULL },
    { "Waypoint, 10,000 items", { waypoint, big, NULL }, NULL, NULL },
  };

  if (big == NULL)
    return;
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      subjects[s].window = g_array_new (FALSE, FALSE, sizeof (double));
      subjects[s].content = g_array_new (FALSE, FALSE, sizeof (double));
      /* A first start of each fills the disk cache; it is not counted. */
      run_once (launcher, &subjects[s]);
      g_array_set_size (subjects[s].window, 0);
      g_array_set_size (subjects[s].content, 0);
    }
  for (guint round = 0; round < ROUNDS; round++)
    for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
      run_once (launcher, &subjects[s]);

  g_print ("\nStart-up (ms from exec, median of %d started in turn; content = the first frame "
           "showing the product's pages; ratio = content / the bare window's)\n\n", ROUNDS);
  g_print ("| what                             | window ms | content ms | ratio    |\n");
  g_print ("|----------------------------------|-----------|------------|----------|\n");
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    print_subject (&subjects[s], subjects[0].content->len > 0 ? median (subjects[0].content) : 1);

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      g_array_unref (subjects[s].window);
      g_array_unref (subjects[s].content);
    }
  g_unlink (big);
  g_rmdir (folder);
}
