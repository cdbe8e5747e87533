/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpEntryEditor: the pane beside the timeline that edits one roadmap entry. */
#pragma once

#include <adwaita.h>

#include "wp-document.h"
#include "wp-roadmap-layout.h"

G_BEGIN_DECLS

#define WP_TYPE_ENTRY_EDITOR (wp_entry_editor_get_type ())

G_DECLARE_FINAL_TYPE (WpEntryEditor, wp_entry_editor, WP, ENTRY_EDITOR, AdwBin)

void      wp_entry_editor_set_entry   (WpEntryEditor *self,
                                       WpDocument    *document,
                                       WpEntity      *entry);
WpEntity *wp_entry_editor_get_entry   (WpEntryEditor *self);
void      wp_entry_editor_focus_title (WpEntryEditor *self);

G_END_DECLS
