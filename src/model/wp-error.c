/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wp-error.h"

G_DEFINE_QUARK (waypoint-error-quark, wp_error)
