/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRelease: a release, a named date with a cut line in the backlog; its field indexes. */
#pragma once

#include "wp-entity.h"

G_BEGIN_DECLS

#define WP_TYPE_RELEASE (wp_release_get_type ())

G_DECLARE_FINAL_TYPE (WpRelease, wp_release, WP, RELEASE, WpEntity)

/* Field indexes, in the order the format writes them. */
enum {
  WP_RELEASE_NAME,
  WP_RELEASE_DATE,
  WP_RELEASE_DESCRIPTION,
  WP_RELEASE_RANK,
  WP_RELEASE_N_FIELDS
};

G_END_DECLS
