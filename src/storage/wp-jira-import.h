/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpJiraImport: a Jira CSV export ("all fields" or "current fields") as a product. */
#pragma once

#include "wp-import.h"

G_BEGIN_DECLS

#define WP_TYPE_JIRA_IMPORT (wp_jira_import_get_type ())

G_DECLARE_FINAL_TYPE (WpJiraImport, wp_jira_import, WP, JIRA_IMPORT, WpImport)

G_END_DECLS
