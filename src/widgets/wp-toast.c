/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Toasts from anywhere in a window, in the window's toast overlay. */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wp-toast.h"

/**
 * wp_show_toast:
 * @inside: a widget in a window with an #AdwToastOverlay
 * @message: what happened, plain text (item titles and file names included)
 * @with_undo: whether to offer to undo it (win.undo)
 *
 * Shows @message in the nearest toast overlay around @inside. A toast's
 * title is Pango markup; @message is escaped, so "Q&A.csv" shows as written.
 */
void
wp_show_toast (GtkWidget  *inside,
               const char *message,
               gboolean    with_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (inside, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;

  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
