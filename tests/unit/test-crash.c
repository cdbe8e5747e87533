/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A child process saves a document again and again, alternating two versions,
 * while this process kills it with SIGKILL at random moments, hundreds of
 * times. After every kill the file must be exactly the old or the new
 * version, byte for byte, and must load; what killed saves left is removed
 * by the next save. CI kills 200 times;
 * `build-aux/dev bench` sets WP_CRASH_ROUNDS=1000.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <utime.h>

#include "test-folder.h"
#include "wp-file.h"
#include "wp-writer.h"

/* Kills unless WP_CRASH_ROUNDS says otherwise. */
#define DEFAULT_ROUNDS 200

static WpDocument *
make_version (guint n_items,
              const char *title)
{
  WpDocument *document = wp_document_new ();

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(WpEntity) item = wp_entity_new (WP_TYPE_ITEM, NULL);

      wp_document_add (document, item);
      wp_document_set_string (document, item, WP_ITEM_TITLE, title);
    }

  return document;
}

static int
save_loop (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WpDocument) small = make_version (10, "small version");
  g_autoptr(WpDocument) large = make_version (800, "large version");

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!wp_file_save (i % 2 ? large : small, file, NULL, NULL, NULL, &error))
        g_error ("save failed: %s", error->message);
      /* Tell the parent that at least one full save happened. */
      if (i == 0)
        {
          g_print ("saved\n");
          fflush (stdout);
        }
    }

  return 0;
}

/* What is left in @folder besides the document and its backup: temporary files of killed saves. */
static guint
count_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint left = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    left += name[0] == '.';

  return left;
}

/* Makes what killed saves left look an hour old, as it would when the user saves next. */
static void
age_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 hour_ago = g_get_real_time () / G_USEC_PER_SEC - 3600;
  struct utimbuf times = { hour_ago, hour_ago };
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (name[0] == '.')
        g_assert_cmpint (g_utime (path, &times), ==, 0);
    }
}

static guint
rounds (void)
{
  const char *asked = g_getenv ("WP_CRASH_ROUNDS");

  return asked != NULL ? (guint) g_ascii_strtoull (asked, NULL, 10) : DEFAULT_ROUNDS;
}

static void
test_kill_while_saving (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("wp-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "product.waypoint", NULL);
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WpDocument) last = NULL;
  guint total = rounds (), loaded = 0, versions[2] = { 0, 0 }, left;

  g_assert_no_error (error);

  for (guint round = 0; round < total; round++)
    {
      const char *argv[] = { self_path, "--save-loop", path, NULL };
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) out = NULL;
      g_autofree char *line = NULL;
      g_autoptr(WpDocument) document = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *written = NULL;
      g_autoptr(GBytes) bytes = NULL;
      GListModel *items;
      guint n;

      child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line (out, NULL, NULL, &error);
      g_assert_cmpstr (line, ==, "saved");

      g_usleep (g_rand_int_range (rand, 0, 15000));
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);

      document = wp_file_load (file, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      items = wp_document_get_list (document, WP_KIND_ITEM);
      n = g_list_model_get_n_items (items);
      g_assert_true (n == 10 || n == 800);
      /* Not a mixture: the whole of one version, as the writer writes it. */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      bytes = wp_write_document (document);
      written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpstr (contents, ==, written);
      versions[n == 800]++;
      loaded++;
    }

  left = count_temporaries (folder);
  age_temporaries (folder);
  last = make_version (10, "small version");
  g_assert_true (wp_file_save (last, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("%u kills: the file loaded every time, %u times the small version, "
                  "%u times the large one; %u temporary files of killed saves were left, "
                  "%u after the next save", loaded, versions[0], versions[1], left,
                  count_temporaries (folder));
  g_assert_cmpuint (loaded, ==, total);
  g_assert_cmpuint (count_temporaries (folder), ==, 0);
  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--save-loop"))
    return save_loop (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
