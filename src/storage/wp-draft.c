/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Drafts keep unsaved changes safe from crashes. A few seconds after an edit
 * the window writes the document to $XDG_STATE_HOME/waypoint/drafts/ID.waypoint
 * with a small ID.info key file saying which document it belongs to. A real
 * save or an explicit discard removes it; whatever is left at the next start
 * was not saved, and the user is offered to restore it.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wp-draft.h"

#define INFO_GROUP "Draft"

void
wp_draft_free (WpDraft *draft)
{
  g_free (draft->id);
  g_free (draft->uri);
  g_free (draft->title);
  g_free (draft);
}

/**
 * wp_draft_get_folder:
 *
 * Returns: (transfer full): the folder drafts are kept in
 */
char *
wp_draft_get_folder (void)
{
  return g_build_filename (g_get_user_state_dir (), "waypoint", "drafts", NULL);
}

/**
 * wp_draft_id_for:
 * @file: (nullable): a document's file, or %NULL for an untitled document
 *
 * Returns: (transfer full): the draft id of @file, or a new one for an untitled document
 */
char *
wp_draft_id_for (GFile *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *sum = NULL;

  if (file == NULL)
    return g_uuid_string_random ();

  uri = g_file_get_uri (file);
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);

  return g_strndup (sum, 32);
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *folder = wp_draft_get_folder ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

/**
 * wp_draft_write:
 * @id: the draft id
 * @file: (nullable): the document's file
 * @title: what the user calls the document
 * @contents: the document's current text
 * @error: a #GFileError
 *
 * Returns: whether the draft was written
 */
gboolean
wp_draft_write (const char  *id,
                GFile       *file,
                const char  *title,
                GBytes      *contents,
                GError     **error)
{
  g_autofree char *folder = wp_draft_get_folder ();
  g_autofree char *path = draft_path (id, ".waypoint");
  g_autofree char *info_path = draft_path (id, ".info");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }

  g_key_file_set_string (info, INFO_GROUP, "Uri", uri ? uri : "");
  g_key_file_set_string (info, INFO_GROUP, "Title", title);
  g_key_file_set_int64 (info, INFO_GROUP, "Modified", g_get_real_time () / G_USEC_PER_SEC);

  /* The contents first: an info file always has its draft. */
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                   error) &&
         g_key_file_save_to_file (info, info_path, error);
}

/**
 * wp_draft_read:
 * @id: a draft id
 * @error: a #GFileError
 *
 * Returns: (transfer full) (nullable): the draft's text
 */
GBytes *
wp_draft_read (const char  *id,
               GError     **error)
{
  g_autofree char *path = draft_path (id, ".waypoint");
  char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

void
wp_draft_discard (const char *id)
{
  g_autofree char *path = draft_path (id, ".waypoint");
  g_autofree char *info_path = draft_path (id, ".info");

  g_unlink (info_path);
  g_unlink (path);
}

static WpDraft *
read_info (const char *folder,
           const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *uri = NULL;
  WpDraft *draft;

  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL))
    return NULL;

  draft = g_new0 (WpDraft, 1);
  draft->id = g_strndup (name, strlen (name) - strlen (".info"));
  uri = g_key_file_get_string (info, INFO_GROUP, "Uri", NULL);
  draft->uri = uri != NULL && uri[0] != '\0' ? g_steal_pointer (&uri) : NULL;
  draft->title = g_key_file_get_string (info, INFO_GROUP, "Title", NULL);
  if (draft->title == NULL)
    draft->title = g_strdup ("");
  draft->modified = g_key_file_get_int64 (info, INFO_GROUP, "Modified", NULL);

  return draft;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const WpDraft *x = *(WpDraft **) a, *y = *(WpDraft **) b;

  return (x->modified < y->modified) - (x->modified > y->modified);
}

/**
 * wp_draft_list:
 *
 * Returns: (transfer full) (element-type WpDraft): the drafts left, newest first
 */
GPtrArray *
wp_draft_list (void)
{
  g_autofree char *folder = wp_draft_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_free);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      WpDraft *draft;

      if (!g_str_has_suffix (name, ".info"))
        continue;
      draft = read_info (folder, name);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
    }
  g_ptr_array_sort (drafts, compare_newest_first);

  return drafts;
}
