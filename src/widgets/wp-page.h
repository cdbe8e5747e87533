/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPage: what the window knows of a page (name, title, icon, document, search, new, reveal). */
#pragma once

#include <gtk/gtk.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_PAGE (wp_page_get_type ())

G_DECLARE_INTERFACE (WpPage, wp_page, WP, PAGE, GtkWidget)

struct _WpPageInterface
{
  GTypeInterface parent_iface;

  const char *name;       /* the view stack's and win.show-page's name for it */
  const char *title;      /* marked with N_(), shown translated */
  const char *icon_name;

  void       (*set_document) (WpPage     *self,
                              WpDocument *document);
  /* Optional: answers TRUE where @entity lives, and shows it (wp_page_present() first). */
  gboolean   (*reveal)       (WpPage     *self,
                              WpEntity   *entity);
  /* Optional: the entity of @kind the page has selected. */
  WpEntity * (*get_selected) (WpPage     *self,
                              WpKind      kind);
};

const char *wp_page_get_name      (WpPage     *self);
const char *wp_page_get_title     (WpPage     *self);
const char *wp_page_get_icon_name (WpPage     *self);
void        wp_page_set_document  (WpPage     *self,
                                   WpDocument *document);
gboolean    wp_page_reveal        (WpPage     *self,
                                   WpEntity   *entity);
WpEntity   *wp_page_get_selected  (WpPage     *self,
                                   WpKind      kind);
void        wp_page_present       (WpPage     *self);
gboolean    wp_page_new           (WpPage     *self);
gboolean    wp_page_search        (WpPage     *self);

G_END_DECLS
