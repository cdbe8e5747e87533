/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Folders that tests make and remove again (the widget tests use it too). */
#pragma once

#include <glib/gstdio.h>

/* Removes @folder and everything in it. */
static inline void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_folder (path);
      else
        g_unlink (path);
    }
  g_rmdir (folder);
}
