/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Files and drafts: atomic save with backup and mode kept, conflicts,
 * unwritable places, recovery.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (f->folder, 0700);
  dir = g_dir_open (f->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->folder);
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
  g_test_add_func ("/draft/cycle", test_draft_cycle);

  return g_test_run ();
}
