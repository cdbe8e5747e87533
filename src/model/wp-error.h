/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WP_ERROR: the failures a user can cause, in the project's own error domain. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WP_ERROR (wp_error_quark ())

/* Failures a user can cause; messages are written for the Product Owner. */
typedef enum {
  WP_ERROR_IN_USE,      /* an entity cannot be removed while others use it */
  WP_ERROR_SYNTAX,      /* the file is not JSON */
  WP_ERROR_INVALID,     /* the JSON does not follow the format */
  WP_ERROR_FORMAT,      /* not a Waypoint document at all */
  WP_ERROR_VERSION,     /* written by a newer Waypoint */
  WP_ERROR_EMPTY,       /* the file is empty */
  WP_ERROR_ENCODING,    /* not UTF-8 */
  WP_ERROR_TOO_DEEP,    /* nested deeper than any real document */
  WP_ERROR_CONFLICT,    /* the file changed on disk since it was loaded */
  WP_ERROR_READ_ONLY,   /* the document must not be overwritten */
  WP_ERROR_NOT_A_FILE,  /* a folder, pipe, device, socket or looping link */
  WP_ERROR_TOO_LARGE,   /* larger than any document (WP_FILE_MAX_SIZE) */
  WP_ERROR_CHANGED,     /* another program changed the file while it was read */
  WP_ERROR_UNSUPPORTED, /* an import format or option that does not exist */
  WP_ERROR_NOT_IMPORTABLE, /* the file is not what its import reads, or holds nothing to import */
} WpError;

GQuark wp_error_quark (void);

G_END_DECLS
