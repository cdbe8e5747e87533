/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Loading documents from files: only a regular file of at most
 * WP_FILE_MAX_SIZE bytes is read (a pipe or a device would be read forever),
 * and a file that another program changes while it is read is refused
 * rather than read half old, half new. Saving is in wp-file-save.c.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-error.h"
#include "wp-file.h"
#include "wp-writer.h"

/* Only a regular file can be a document: a pipe or a device would be read forever. */
static gboolean
check_is_document_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, error);
  guint64 size;

  if (info == NULL)
    return FALSE;

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      break;
    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_A_FILE,
                           _("This is a folder, not a Waypoint document."));
      return FALSE;
    case G_FILE_TYPE_SYMBOLIC_LINK:
      /* What is left when following the link failed: it loops, or points at nothing. */
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_A_FILE,
                           _("This is a link that leads back to itself or to nothing, not to a "
                             "document."));
      return FALSE;
    default:
      g_set_error_literal (error, WP_ERROR, WP_ERROR_NOT_A_FILE,
                           _("This is a device, a pipe or a socket, not a file: it cannot hold a "
                             "Waypoint document."));
      return FALSE;
    }

  size = g_file_info_get_size (info);
  if (size > WP_FILE_MAX_SIZE)
    {
      g_autofree char *shown = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS |
                                                          G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size_full (WP_FILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: the sizes of a file and of the largest document, such as 1.5 GB */
      g_set_error (error, WP_ERROR, WP_ERROR_TOO_LARGE,
                   _("The file is %s; Waypoint opens documents of up to %s."), shown, limit);
      return FALSE;
    }

  return TRUE;
}

static GFileInfo *
query_stream (GFileInputStream  *stream,
              GCancellable      *cancellable,
              GError           **error)
{
  return g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                         G_FILE_ATTRIBUTE_ETAG_VALUE, cancellable, error);
}

/*
 * Reads all of @stream, at most WP_FILE_MAX_SIZE bytes (a file can grow after
 * it was measured), and refuses what another program changed meanwhile: its
 * size or modification time differ after the read, or the read was short.
 */
static GBytes *
read_stream (GFileInputStream  *stream,
             char             **etag,
             GCancellable      *cancellable,
             GError           **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GFileInfo) before = query_stream (stream, cancellable, error);
  g_autoptr(GFileInfo) after = NULL;
  guint8 buffer[64 * 1024];
  gssize got = 0;

  while (before != NULL &&
         (got = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                     cancellable, error)) > 0)
    {
      if (data->len + (guint64) got > WP_FILE_MAX_SIZE)
        {
          g_autofree char *limit = g_format_size_full (WP_FILE_MAX_SIZE,
                                                       G_FORMAT_SIZE_IEC_UNITS);

          g_set_error (error, WP_ERROR, WP_ERROR_TOO_LARGE,
                       _("The file is larger than %s, the largest document Waypoint opens."),
                       limit);
          return NULL;
        }
      g_byte_array_append (data, buffer, got);
    }
  if (before == NULL || got < 0 || (after = query_stream (stream, cancellable, error)) == NULL)
    return NULL;

  if (g_file_info_get_size (after) != data->len ||
      g_strcmp0 (g_file_info_get_etag (before), g_file_info_get_etag (after)) != 0)
    {
      g_set_error_literal (error, WP_ERROR, WP_ERROR_CHANGED,
                           _("Another program changed the file while it was being read. Open it "
                             "again once that program is done."));
      return NULL;
    }
  if (etag != NULL)
    *etag = g_strdup (g_file_info_get_etag (after));

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* The whole of a regular file, with the etag of what was read. */
static GBytes *
read_checked (GFile         *file,
              char         **etag,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;

  if (!check_is_document_file (file, cancellable, error))
    return NULL;
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  return read_stream (stream, etag, cancellable, error);
}

/**
 * wp_file_load:
 * @file: a .waypoint file
 * @etag: (out) (optional): the entity tag of what was read, for wp_file_save()
 * @problems: (out) (optional) (element-type WpProblem): what the reader found
 * @read_only: (out) (optional): set when the file must not be overwritten
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GIOError or #WpError
 *
 * Reads a regular file of at most WP_FILE_MAX_SIZE bytes: a folder, a pipe,
 * a device, a socket or a link that loops is refused at once.
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
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *read_etag = NULL;
  WpDocument *document;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  contents = read_checked (file, &read_etag, cancellable, error);
  if (contents == NULL)
    return NULL;

  document = wp_read_document (g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                               problems, read_only, error);
  if (document != NULL && etag != NULL)
    *etag = g_steal_pointer (&read_etag);

  return document;
}

/**
 * wp_file_read_bytes:
 * @file: a file to import
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GIOError or #WpError
 *
 * Reads a file as wp_file_load() does: only a regular file of at most
 * WP_FILE_MAX_SIZE bytes, whole or not at all.
 *
 * Returns: (transfer full) (nullable): its bytes
 */
GBytes *
wp_file_read_bytes (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *etag = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return read_checked (file, &etag, cancellable, error);
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
