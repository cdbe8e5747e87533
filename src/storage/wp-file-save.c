/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Saving documents without ever losing data. The document is written to a
 * temporary file in the same folder, synced, and renamed over the original,
 * so the file on disk is always either the old or the new version, whatever
 * fails in between (a full disk, a crash, a kill): then the temporary file is
 * removed and the original is untouched. The old version is kept as FILE~, a
 * second name of the old file made just before the rename. A file or folder
 * without any write permission is read-only to Waypoint, even for root. If
 * the file changed on disk since it was loaded, the save is refused with
 * WP_ERROR_CONFLICT so that the window can ask what to do.
 *
 * The temporary file has no name until it is complete (O_TMPFILE), so a
 * save killed while writing leaves nothing behind in the user's folder; one
 * killed in the instant between naming it and the rename leaves a hidden
 * .FILE.XXXXXX, which the next save removes.
 *
 * GIO's g_file_replace_contents() is not used for local files: when the
 * disk fills up it may already have truncated the original and leave it
 * half written (seen with a backup and a file size limit).
 */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wp-error.h"
#include "wp-file.h"
#include "wp-writer.h"

/* How long a temporary file lies untouched before it is taken for one a killed save left. */
#define STALE_SECONDS 60

static gboolean set_errno_error (GError     **error,
                                 int          code,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (3, 4);

/* A failure of the system call that set @code, in the words of @format. */
static gboolean
set_errno_error (GError     **error,
                 int          code,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* A quota or a file size limit is as full as a full disk to the user. */
  g_set_error_literal (error, G_IO_ERROR,
                       code == EFBIG || code == EDQUOT ? G_IO_ERROR_NO_SPACE
                                                       : g_io_error_from_errno (code),
                       message);

  return FALSE;
}

/* The failure of a call on @path that set errno, in a sentence of @format: the path, the reason. */
#define set_path_error(error, format, path)                                                     \
  ({                                                                                            \
    int code_ = errno;                                                                          \
    g_autofree char *shown_ = g_filename_display_name (path);                                   \
                                                                                                \
    set_errno_error (error, code_, format, shown_, g_strerror (code_));                         \
  })

/*
 * Whether @path may be written to: refused as permission denied where the
 * system says so, and as read-only where no one has write permission (which
 * would not stop root, but is what the user meant).
 */
static gboolean
check_place (const char         *path,
             const struct stat  *info,
             const char         *read_only_message,
             GError            **error)
{
  if (access (path, W_OK) != 0)
    return set_path_error (error, _("Could not save in “%s”: %s"), path);
  if ((info->st_mode & 0222) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, read_only_message);
      return FALSE;
    }

  return TRUE;
}

/* Read-only places are refused before anything is written. */
static gboolean
check_writable (const char  *path,
                const char  *folder,
                struct stat *info,
                gboolean    *exists,
                GError     **error)
{
  struct stat folder_info;

  *exists = g_stat (path, info) == 0;
  if (!*exists && errno != ENOENT)
    return set_path_error (error, _("Could not look at “%s”: %s"), path);
  if (*exists &&
      !check_place (path, info, _("The file is read-only. Save it elsewhere with Save As."), error))
    return FALSE;
  if (g_stat (folder, &folder_info) != 0)
    return set_path_error (error, _("Could not look at “%s”: %s"), folder);

  return check_place (folder, &folder_info,
                      _("The folder is read-only. Save the file elsewhere with Save As."), error);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           const char  *path,
           GError     **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_path_error (error, _("Could not write “%s”: %s"), path);
      data += written;
      length -= written;
    }
  if (fsync (fd) != 0)
    return set_path_error (error, _("Could not write “%s”: %s"), path);

  return TRUE;
}

/* Gives @fd, a file without a name in @folder, a new hidden name there; NULL on failure. */
static char *
name_temporary (int         fd,
                const char *folder,
                const char *base)
{
  g_autofree char *self = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%06X", base, g_random_int () & 0xFFFFFF);
      g_autofree char *temporary = g_build_filename (folder, name, NULL);

      if (linkat (AT_FDCWD, self, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0)
        return g_steal_pointer (&temporary);
      if (errno != EEXIST)
        break;
    }

  return NULL;
}

/* The new version while it is written: without a name (path NULL) where the system allows. */
typedef struct {
  int   fd;
  char *path;
} Temporary;

static void
discard_temporary (Temporary *temporary)
{
  if (temporary->fd >= 0)
    close (temporary->fd);
  if (temporary->path != NULL)
    g_unlink (temporary->path);
  g_clear_pointer (&temporary->path, g_free);
}

/* The whole document in a new file beside @path, with the original's mode. */
static gboolean
write_temporary (const char         *path,
                 const char         *folder,
                 const struct stat  *original,
                 const char         *data,
                 gsize               length,
                 Temporary          *temporary,
                 GError            **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  temporary->fd = open (folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
  if (temporary->fd < 0)
    {
      temporary->path = g_build_filename (folder, name, NULL);
      temporary->fd = g_mkstemp_full (temporary->path, O_RDWR | O_CLOEXEC, 0644);
    }
  if (temporary->fd < 0)
    {
      g_clear_pointer (&temporary->path, g_free);
      return set_path_error (error, _("Could not create a file in “%s”: %s"), folder);
    }
  if (original != NULL && fchmod (temporary->fd, original->st_mode & 07777) == 0 &&
      geteuid () == 0)
    /* Root saving someone's file leaves it theirs; anybody else cannot, and need not. */
    (void) !fchown (temporary->fd, original->st_uid, original->st_gid);

  return write_all (temporary->fd, data, length, path, error);
}

/* Names the new version, right before it replaces the old, and closes it. */
static gboolean
finish_temporary (Temporary   *temporary,
                  const char  *path,
                  const char  *folder,
                  GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  int fd = temporary->fd;

  if (temporary->path == NULL &&
      (temporary->path = name_temporary (fd, folder, base)) == NULL)
    return set_path_error (error, _("Could not create a file in “%s”: %s"), folder);
  temporary->fd = -1;
  if (close (fd) != 0)
    return set_path_error (error, _("Could not write “%s”: %s"), path);

  return TRUE;
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* The version on disk is the one the document was loaded from, or gone. */
static gboolean
check_unchanged (GFile       *file,
                 gboolean     exists,
                 const char  *expected_etag,
                 GError     **error)
{
  g_autofree char *etag = NULL;

  if (expected_etag == NULL || !exists)
    return TRUE;

  etag = query_etag (file);
  if (etag != NULL && !g_str_equal (etag, expected_etag))
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_CONFLICT,
                           _("The file was changed by another program since it was opened."));
      return FALSE;
    }

  return TRUE;
}

/* The old version stays as FILE~: another name for it, made before it is replaced. */
static void
keep_backup (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_unlink (backup);
  if (link (path, backup) != 0)
    g_debug ("no backup of %s: %s", path, g_strerror (errno));
}

static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  (void) !fsync (fd);
  close (fd);
}

/* Whether @name is one of our temporary names for @base: ".BASE." and six letters or digits. */
static gboolean
is_temporary_name (const char *name,
                   const char *base)
{
  gsize length = strlen (base);

  if (name[0] != '.' || strncmp (name + 1, base, length) != 0 || name[length + 1] != '.')
    return FALSE;
  name += length + 2;
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;

  return name[6] == '\0';
}

/*
 * Removes what killed saves of @path left behind. Another save of the same
 * file, by another window, holds its name for an instant and has just written
 * it: only files untouched for a minute are taken.
 */
static void
remove_stale_temporaries (const char *path,
                          const char *folder)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *temporary = NULL;
      struct stat info;

      if (!is_temporary_name (name, base))
        continue;
      temporary = g_build_filename (folder, name, NULL);
      if (lstat (temporary, &info) == 0 && S_ISREG (info.st_mode) &&
          now - info.st_mtime >= STALE_SECONDS)
        g_unlink (temporary);
    }
}

static gboolean
save_local (GFile       *file,
            const char  *data,
            gsize        length,
            const char  *expected_etag,
            char       **new_etag,
            GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folder = g_path_get_dirname (path);
  Temporary temporary = { -1, NULL };
  struct stat info;
  gboolean exists;

  if (!check_writable (path, folder, &info, &exists, error))
    return FALSE;
  /* Checked, backed up and named only once written: a kill leaves the least behind. */
  if (!write_temporary (path, folder, exists ? &info : NULL, data, length, &temporary, error) ||
      !check_unchanged (file, exists, expected_etag, error))
    {
      discard_temporary (&temporary);
      return FALSE;
    }
  if (exists)
    keep_backup (path);
  if (!finish_temporary (&temporary, path, folder, error) || g_rename (temporary.path, path) != 0)
    {
      if (error != NULL && *error == NULL)
        set_path_error (error, _("Could not save “%s”: %s"), path);
      discard_temporary (&temporary);
      return FALSE;
    }
  g_free (temporary.path);
  sync_folder (folder);
  remove_stale_temporaries (path, folder);

  if (new_etag != NULL)
    *new_etag = query_etag (file);

  return TRUE;
}

/**
 * wp_file_save:
 * @document: a document
 * @file: where to save it
 * @expected_etag: (nullable): the etag from loading or the last save; the
 *   save fails with %WP_ERROR_CONFLICT if the file on disk has another one
 * @new_etag: (out) (optional): the etag of the written file
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GIOError or #WpError
 *
 * Saves atomically, keeping the previous version as a backup (FILE~) and the
 * file's permissions. When it fails, the file is as it was and nothing else
 * is left in its folder.
 *
 * Returns: whether the document was saved
 */
gboolean
wp_file_save (WpDocument    *document,
              GFile         *file,
              const char    *expected_etag,
              char         **new_etag,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = wp_write_document (document);
  data = g_bytes_get_data (bytes, &length);

  if (g_file_is_native (file))
    return save_local (file, data, length, expected_etag, new_etag, error);

  /* Elsewhere (a network share through GVfs) GIO's replace is the only way. */
  if (g_file_replace_contents (file, data, length, expected_etag, TRUE, G_FILE_CREATE_NONE,
                               new_etag, cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    g_set_error_literal (error, WP_ERROR, WP_ERROR_CONFLICT,
                         _("The file was changed by another program since it was opened."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}
