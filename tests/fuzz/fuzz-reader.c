/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the document reader must never crash, hang or leak, whatever the bytes. */
#include "config.h"

#include "wp-reader.h"
#include "wp-writer.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WpDocument) document = NULL;
  gboolean read_only;

  document = wp_read_document ((const char *) data, size, &problems, &read_only, NULL);

  /* Whatever loads must also write, and read back. */
  if (document != NULL)
    {
      g_autoptr(GBytes) bytes = wp_write_document (document);
      g_autoptr(WpDocument) again = wp_read_document (g_bytes_get_data (bytes, NULL),
                                                      g_bytes_get_size (bytes), NULL, NULL, NULL);

      g_assert (again != NULL);
    }

  return 0;
}
