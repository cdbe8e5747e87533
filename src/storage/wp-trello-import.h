/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpTrelloImport: a Trello board's JSON export as a product (wp-trello-import*.c). */
#pragma once

#include "wp-import.h"

G_BEGIN_DECLS

#define WP_TYPE_TRELLO_IMPORT (wp_trello_import_get_type ())

G_DECLARE_FINAL_TYPE (WpTrelloImport, wp_trello_import, WP, TRELLO_IMPORT, WpImport)

G_END_DECLS
