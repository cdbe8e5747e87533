/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading and saving documents as files without ever losing data. A save
 * writes a temporary file in the same folder, syncs it and renames it over
 * the original (GIO's replace), so the file on disk is always either the old
 * or the new version; the old version is kept as FILE~. If the file changed
 * on disk since it was loaded, the save is refused with WP_ERROR_CONFLICT so
 * that the window can ask what to do.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-error.h"
#include "wp-file.h"
#include "wp-writer.h"

/**
 * wp_file_load:
 * @file: a .waypoint file
 * @etag: (out) (optional): the entity tag of what was read, for wp_file_save()
 * @problems: (out) (optional) (element-type WpProblem): what the reader found
 * @read_only: (out) (optional): set when the file must not be overwritten
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GIOError or #WpError
 *
 * Returns: (transfer full) (nullable): the document
 */
WpDocument *
wp_file_load (GFile         *file,
              char         **etag,
              GPtrArray    **problems,
              gboolean      *read_only,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *read_etag = NULL;
  gsize length = 0;
  WpDocument *document;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, cancellable, &contents, &length, &read_etag, error))
    return NULL;

  document = wp_read_document (contents, length, problems, read_only, error);
  if (document != NULL && etag != NULL)
    *etag = g_steal_pointer (&read_etag);

  return document;
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
 * file's permissions.
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

/**
 * wp_file_get_backup:
 * @file: a document file
 *
 * Returns: (transfer full): where the previous version is kept
 */
GFile *
wp_file_get_backup (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  return g_file_new_for_path (backup);
}
