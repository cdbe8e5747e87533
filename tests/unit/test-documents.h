/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Documents that unit tests write as JSON and read back as the canonical text. */
#pragma once

#include <string.h>

#include "wp-reader.h"
#include "wp-writer.h"

static inline WpDocument *
read_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  WpDocument *document = wp_read_document (json, strlen (json), NULL, NULL, &error);

  g_assert_no_error (error);

  return document;
}

/* The canonical text of @document, as a save writes it. */
static inline char *
written (WpDocument *document)
{
  g_autoptr(GBytes) bytes = wp_write_document (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}
