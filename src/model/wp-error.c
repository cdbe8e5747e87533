/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WP_ERROR, the error domain of the failures a user can cause. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-error.h"

G_DEFINE_QUARK (waypoint-error-quark, wp_error)
