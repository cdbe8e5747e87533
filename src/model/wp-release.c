/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpRelease: A release: a named date, and a cut line in the backlog at its rank. */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include "wp-choices.h"
#include "wp-release.h"

struct _WpRelease
{
  WpEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (WpRelease, wp_release, WP_TYPE_ENTITY)

static const WpField fields[] = {
  { "name", WP_FIELD_STRING },
  { "date", WP_FIELD_DATE, TRUE },
  { "description", WP_FIELD_STRING },
  { "rank", WP_FIELD_STRING },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == WP_RELEASE_N_FIELDS);

static void
wp_release_class_init (WpReleaseClass *klass)
{
  wp_entity_class_install_fields (WP_ENTITY_CLASS (klass), WP_KIND_RELEASE,
                                  fields, G_N_ELEMENTS (fields));
}

static void
wp_release_init (WpRelease *self)
{
}
