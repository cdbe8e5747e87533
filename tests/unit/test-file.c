/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Files and drafts: atomic save with backup and mode kept, conflicts,
 * unwritable places, a full disk, inputs that are not documents, what killed
 * saves left, recovery.
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "test-folder.h"
#include "wp-draft.h"
#include "wp-error.h"
#include "wp-file.h"
#include "wp-writer.h"

static const char original[] = "{\"format\": \"waypoint\", \"version\": 1, \"items\": [{\"id\": "
                               "\"a\", \"rank\": \"V\", \"title\": \"First\"}]}";

typedef struct {
  char  *folder;
  char  *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("wp-file-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->folder, "product.waypoint", NULL);
  f->file = g_file_new_for_path (f->path);
  g_file_set_contents (f->path, original, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_chmod (f->folder, 0700);
  remove_folder (f->folder);
  g_clear_object (&f->file);
  g_free (f->path);
  g_free (f->folder);
}

static char *
contents_of (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  return text;
}

static WpDocument *
load (Fixture  *f,
      char    **etag)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_file_load (f->file, etag, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static void
rename_item (WpDocument *document,
             const char *title)
{
  wp_document_set_string (document, wp_document_lookup (document, WP_KIND_ITEM, "a"), WP_ITEM_TITLE,
                          title);
}

static void
test_save_canonical_with_backup (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autoptr(WpDocument) document = load (f, &etag);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *backup_path = g_strconcat (f->path, "~", NULL);
  g_autofree char *backup = NULL;
  struct stat info;

  g_assert_nonnull (etag);
  g_chmod (f->path, 0640);
  rename_item (document, "Second");
  g_assert_true (wp_file_save (document, f->file, etag, &new_etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (new_etag);
  g_assert_cmpstr (etag, !=, new_etag);

  expected = wp_write_document (document);
  saved = contents_of (f->path);
  g_assert_cmpstr (saved, ==, g_bytes_get_data (expected, NULL));
  backup = contents_of (backup_path);
  g_assert_cmpstr (backup, ==, original);

  g_assert_cmpint (g_stat (f->path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0640);

  /* Saving again with the new etag works: our own save is no conflict. */
  rename_item (document, "Third");
  g_assert_true (wp_file_save (document, f->file, new_etag, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_conflict_leaves_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autoptr(WpDocument) document = load (f, &etag);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  const char *theirs = "{\"format\": \"waypoint\", \"version\": 1}\n";

  /* Another program (git, a sync client) rewrites the file a moment later. */
  g_usleep (20000);
  g_file_set_contents (f->path, theirs, -1, &error);
  g_assert_no_error (error);

  rename_item (document, "Mine");
  g_assert_false (wp_file_save (document, f->file, etag, NULL, NULL, &error));
  g_assert_error (error, WP_ERROR, WP_ERROR_CONFLICT);
  after = contents_of (f->path);
  g_assert_cmpstr (after, ==, theirs);
}

static void
test_vanished_file_is_recreated (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autoptr(WpDocument) document = load (f, &etag);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  rename_item (document, "Still here");
  g_assert_true (wp_file_save (document, f->file, etag, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(WpDocument) document = load (f, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) proc_file = g_file_new_for_path ("/proc/self/product.waypoint");
  g_autofree char *after = NULL;

  /* A place nobody can write to, root included. */
  g_assert_false (wp_file_save (document, proc_file, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  if (geteuid () == 0)
    {
      g_test_message ("running as root: a read-only folder does not stop root, skipping that half");
      return;
    }

  g_chmod (f->folder, 0555);
  rename_item (document, "Nope");
  g_assert_false (wp_file_save (document, f->file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  after = contents_of (f->path);
  g_assert_cmpstr (after, ==, original);
}

static void
test_load_missing_and_bad (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/product.waypoint");
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDocument) document = wp_file_load (missing, NULL, NULL, NULL, NULL, &error);
  g_autoptr(GFile) folder = g_file_new_for_path (f->folder);

  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  document = wp_file_load (folder, NULL, NULL, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_nonnull (error);
}

/* The folder holds the document and nothing else: no temporary file was left behind. */
static void
assert_only_document (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "product.waypoint");
}

static void
make_large (WpDocument *document)
{
  g_autofree char *long_text = g_strnfill (64 * 1024, 'x');

  wp_document_set_string (document, wp_document_lookup (document, WP_KIND_ITEM, "a"),
                          WP_ITEM_DESCRIPTION, long_text);
}

static void
test_full_disk (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(WpDocument) document = load (f, NULL);
  g_autofree char *after = NULL;
  int status;
  pid_t child;

  make_large (document);
  /* A file size limit stands in for a full disk: writing beyond it fails with EFBIG. */
  child = fork ();
  if (child == 0)
    {
      struct rlimit limit = { 16 * 1024, 16 * 1024 };
      g_autoptr(GError) error = NULL;

      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
      _exit (!wp_file_save (document, f->file, NULL, NULL, NULL, &error) && error != NULL ? 0 : 1);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  after = contents_of (f->path);
  g_assert_cmpstr (after, ==, original);
  assert_only_document (f);
}

/*
 * Saving with @place (the file or its folder) at @mode: refused, the file as
 * it was, nothing left beside it.
 */
static void
assert_save_refused (Fixture    *f,
                     const char *place,
                     int         mode)
{
  g_autoptr(WpDocument) document = load (f, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_chmod (place, mode);
  rename_item (document, "Nope");
  g_assert_false (wp_file_save (document, f->file, NULL, NULL, NULL, &error));
  g_assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY) ||
                 g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED));
  g_chmod (f->folder, 0700);
  after = contents_of (f->path);
  g_assert_cmpstr (after, ==, original);
  assert_only_document (f);
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  assert_save_refused (f, f->path, 0444);
}

/* No one may write here: refused even for root, who the permissions would not stop. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  assert_save_refused (f, f->folder, 0555);
}

static void
test_conflict_leaves_nothing_behind (Fixture       *f,
                                     gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autoptr(WpDocument) document = load (f, &etag);
  g_autoptr(GError) error = NULL;

  g_usleep (20000);
  g_file_set_contents (f->path, original, -1, &error);
  g_assert_no_error (error);
  rename_item (document, "Mine");
  g_assert_false (wp_file_save (document, f->file, etag, NULL, NULL, &error));
  g_assert_error (error, WP_ERROR, WP_ERROR_CONFLICT);
  assert_only_document (f);
}

static void
assert_not_a_document (const char *path,
                       int         code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(WpDocument) document = wp_file_load (file, NULL, NULL, NULL, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WP_ERROR, code);
  /* At once: nothing is read from a pipe or a device. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_not_documents (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->folder, "fifo", NULL);
  g_autofree char *loop = g_build_filename (f->folder, "loop", NULL);
  g_autofree char *dangling = g_build_filename (f->folder, "dangling", NULL);
  g_autofree char *socket_path = g_build_filename (f->folder, "socket", NULL);
  g_autofree char *big = g_build_filename (f->folder, "big.waypoint", NULL);
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);
  int big_fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink (loop, loop), ==, 0);
  g_assert_cmpint (symlink ("/nonexistent/product.waypoint", dangling), ==, 0);
  g_strlcpy (address.sun_path, socket_path, sizeof address.sun_path);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  /* A file past the limit, with holes: it takes no room on disk. */
  big_fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (ftruncate (big_fd, WP_FILE_MAX_SIZE + 1), ==, 0);
  close (big_fd);

  assert_not_a_document (f->folder, WP_ERROR_NOT_A_FILE);
  assert_not_a_document (fifo, WP_ERROR_NOT_A_FILE);
  assert_not_a_document ("/dev/zero", WP_ERROR_NOT_A_FILE);
  assert_not_a_document (socket_path, WP_ERROR_NOT_A_FILE);
  assert_not_a_document (loop, WP_ERROR_NOT_A_FILE);
  assert_not_a_document (dangling, WP_ERROR_NOT_A_FILE);
  assert_not_a_document (big, WP_ERROR_TOO_LARGE);
  close (fd);
}

static gpointer
load_in_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_file_load (data, NULL, NULL, NULL, NULL, &error);

  /* Half a document never reads as a document: the read was whole, or it is refused. */
  if (document == NULL)
    g_assert_true (g_error_matches (error, WP_ERROR, WP_ERROR_CHANGED) ||
                   g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
                   g_error_matches (error, WP_ERROR, WP_ERROR_SYNTAX) ||
                   g_error_matches (error, WP_ERROR, WP_ERROR_EMPTY));

  return document;
}

static void
test_truncated_while_read (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(WpDocument) document = load (f, NULL);
  g_autoptr(GBytes) whole = NULL;
  guint complete = 0, refused = 0;

  make_large (document);
  whole = wp_write_document (document);

  /* Another program cuts the file to half while it is being read, sooner or later. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GThread) thread = NULL;
      g_autoptr(WpDocument) loaded = NULL;

      g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (whole, NULL),
                                          g_bytes_get_size (whole), NULL));
      thread = g_thread_new ("loader", load_in_thread, f->file);
      g_assert_cmpint (truncate (f->path, g_bytes_get_size (whole) / 2), ==, 0);
      loaded = g_thread_join (g_steal_pointer (&thread));
      if (loaded != NULL)
        {
          g_autoptr(GBytes) bytes = wp_write_document (loaded);

          g_assert_true (g_bytes_equal (bytes, whole));
          complete++;
        }
      else
        refused++;
    }
  g_test_message ("%u reads were whole, %u refused", complete, refused);
}

static void
test_vanished_while_read (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(WpDocument) document = load (f, NULL);
  g_autoptr(GBytes) whole = NULL;

  make_large (document);
  whole = wp_write_document (document);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GThread) thread = NULL;
      g_autoptr(WpDocument) loaded = NULL;

      g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (whole, NULL),
                                          g_bytes_get_size (whole), NULL));
      thread = g_thread_new ("loader", load_in_thread, f->file);
      g_unlink (f->path);
      /* What was opened is read whole; what was gone before says so. */
      loaded = g_thread_join (g_steal_pointer (&thread));
      if (loaded != NULL)
        {
          g_autoptr(GBytes) bytes = wp_write_document (loaded);

          g_assert_true (g_bytes_equal (bytes, whole));
        }
    }
}

/* A file in the test's folder, last changed @age seconds ago. */
static void
leave_file (Fixture    *f,
            const char *name,
            gint64      age)
{
  g_autofree char *path = g_build_filename (f->folder, name, NULL);
  gint64 when = g_get_real_time () / G_USEC_PER_SEC - age;
  struct utimbuf times = { when, when };

  g_assert_true (g_file_set_contents (path, "left", -1, NULL));
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static gboolean
exists_in (Fixture    *f,
           const char *name)
{
  g_autofree char *path = g_build_filename (f->folder, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_stale_temporaries_removed (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(WpDocument) document = load (f, NULL);
  g_autoptr(GError) error = NULL;

  /* What saves killed between naming their file and the rename left, an hour ago. */
  leave_file (f, ".product.waypoint.A1B2C3", 3600);
  leave_file (f, ".product.waypoint.zz09Qx", 3600);
  /* Another window's save, under way; other files, whatever their age. */
  leave_file (f, ".product.waypoint.D4E5F6", 0);
  leave_file (f, ".other.waypoint.A1B2C3", 3600);
  leave_file (f, ".product.waypoint.A1B2C", 3600);
  leave_file (f, ".product.waypoint.A1B2C3D", 3600);
  leave_file (f, "product.waypoint.A1B2C3", 3600);

  rename_item (document, "Second");
  g_assert_true (wp_file_save (document, f->file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (exists_in (f, ".product.waypoint.A1B2C3"));
  g_assert_false (exists_in (f, ".product.waypoint.zz09Qx"));
  g_assert_true (exists_in (f, ".product.waypoint.D4E5F6"));
  g_assert_true (exists_in (f, ".other.waypoint.A1B2C3"));
  g_assert_true (exists_in (f, ".product.waypoint.A1B2C"));
  g_assert_true (exists_in (f, ".product.waypoint.A1B2C3D"));
  g_assert_true (exists_in (f, "product.waypoint.A1B2C3"));
}

static void
test_draft_cycle (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/some/product.waypoint");
  g_autofree char *id = wp_draft_id_for (file);
  g_autofree char *same = wp_draft_id_for (file);
  g_autofree char *untitled = wp_draft_id_for (NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": \"waypoint\", \"version\": 1}\n", 37);
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  WpDraft *draft;

  g_assert_cmpstr (id, ==, same);
  g_assert_cmpstr (id, !=, untitled);

  g_assert_true (wp_draft_write (id, file, "Trailhead", bytes, &error));
  g_assert_no_error (error);
  g_assert_true (wp_draft_write (untitled, NULL, "", bytes, &error));

  drafts = wp_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      draft = g_ptr_array_index (drafts, i);
      if (g_str_equal (draft->id, id))
        {
          g_assert_cmpstr (draft->uri, ==, "file:///tmp/some/product.waypoint");
          g_assert_cmpstr (draft->title, ==, "Trailhead");
        }
      else
        g_assert_null (draft->uri);
    }

  back = wp_draft_read (id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, bytes));

  wp_draft_discard (id);
  wp_draft_discard (untitled);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = wp_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  g_assert_null (wp_draft_read (id, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("wp-state-XXXXXX", NULL);
  int status;

  /* Drafts of this test never mix with a real user's. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/file/save-canonical-with-backup", Fixture, NULL, fixture_set_up,
              test_save_canonical_with_backup, fixture_tear_down);
  g_test_add ("/file/conflict-leaves-file", Fixture, NULL, fixture_set_up,
              test_conflict_leaves_file, fixture_tear_down);
  g_test_add ("/file/vanished-file-is-recreated", Fixture, NULL, fixture_set_up,
              test_vanished_file_is_recreated, fixture_tear_down);
  g_test_add ("/file/unwritable-folder", Fixture, NULL, fixture_set_up, test_unwritable_folder,
              fixture_tear_down);
  g_test_add ("/file/load-missing-and-bad", Fixture, NULL, fixture_set_up,
              test_load_missing_and_bad, fixture_tear_down);
  g_test_add ("/file/full-disk", Fixture, NULL, fixture_set_up, test_full_disk,
              fixture_tear_down);
  g_test_add ("/file/read-only-file", Fixture, NULL, fixture_set_up, test_read_only_file,
              fixture_tear_down);
  g_test_add ("/file/read-only-folder", Fixture, NULL, fixture_set_up, test_read_only_folder,
              fixture_tear_down);
  g_test_add ("/file/conflict-leaves-nothing-behind", Fixture, NULL, fixture_set_up,
              test_conflict_leaves_nothing_behind, fixture_tear_down);
  g_test_add ("/file/not-documents", Fixture, NULL, fixture_set_up, test_not_documents,
              fixture_tear_down);
  g_test_add ("/file/truncated-while-read", Fixture, NULL, fixture_set_up,
              test_truncated_while_read, fixture_tear_down);
  g_test_add ("/file/vanished-while-read", Fixture, NULL, fixture_set_up,
              test_vanished_while_read, fixture_tear_down);
  g_test_add ("/file/stale-temporaries-removed", Fixture, NULL, fixture_set_up,
              test_stale_temporaries_removed, fixture_tear_down);
  g_test_add_func ("/draft/cycle", test_draft_cycle);

  status = g_test_run ();
  remove_folder (state);

  return status;
}
