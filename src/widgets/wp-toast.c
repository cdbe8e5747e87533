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
 * @message: what happened
 * @with_undo: whether to offer to undo it (win.undo)
 *
 * Shows @message in the nearest toast overlay around @inside.
 */
void
wp_show_toast (GtkWidget  *inside,
               const char *message,
               gboolean    with_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (inside, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (message);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
