/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target: the writer can only write what the reader reads back
 * identically. For any input the reader accepts, writing it, reading that
 * and writing again gives the same bytes, and the second read succeeds.
 */
#include "config.h"

#include "wp-reader.h"
#include "wp-writer.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static WpDocument *
read_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_read_document (g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes), NULL, NULL, &error);

  if (document == NULL)
    g_error ("what the writer wrote does not read back: %s", error->message);

  return document;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(WpDocument) again = NULL;
  g_autoptr(GBytes) once = NULL;
  g_autoptr(GBytes) twice = NULL;

  document = wp_read_document ((const char *) data, size, NULL, NULL, NULL);
  if (document == NULL)
    return 0;

  once = wp_write_document (document);
  again = read_bytes (once);
  twice = wp_write_document (again);
  if (!g_bytes_equal (once, twice))
    g_error ("writing what was read changed it:\n%.*s\n---\n%.*s",
             (int) g_bytes_get_size (once), (const char *) g_bytes_get_data (once, NULL),
             (int) g_bytes_get_size (twice), (const char *) g_bytes_get_data (twice, NULL));

  return 0;
}
