/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpPage is the one interface through which the window knows its pages, as
 * GNOME Calendar's views implement GcalView: the name, title and icon the
 * view switcher shows, the document the page shows, and what a page may
 * answer to: finding an entity the user asked for (an item from a feedback
 * entry's link) and the entity it has selected (the sprint F5 presents).
 *
 * Ctrl+N and Ctrl+F are the window's accelerators; a page takes them by
 * installing the actions "page.new" and "page.search", which the window
 * activates on the page that is shown.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-page.h"

G_DEFINE_INTERFACE (WpPage, wp_page, GTK_TYPE_WIDGET)

static void
wp_page_default_init (WpPageInterface *iface)
{
}

const char *
wp_page_get_name (WpPage *self)
{
  g_return_val_if_fail (WP_IS_PAGE (self), NULL);

  return WP_PAGE_GET_IFACE (self)->name;
}

const char *
wp_page_get_title (WpPage *self)
{
  g_return_val_if_fail (WP_IS_PAGE (self), NULL);

  return _(WP_PAGE_GET_IFACE (self)->title);
}

const char *
wp_page_get_icon_name (WpPage *self)
{
  g_return_val_if_fail (WP_IS_PAGE (self), NULL);

  return WP_PAGE_GET_IFACE (self)->icon_name;
}

/**
 * wp_page_set_document:
 * @self: a page
 * @document: (nullable): the document to show
 */
void
wp_page_set_document (WpPage     *self,
                      WpDocument *document)
{
  g_return_if_fail (WP_IS_PAGE (self));
  g_return_if_fail (document == NULL || WP_IS_DOCUMENT (document));

  WP_PAGE_GET_IFACE (self)->set_document (self, document);
}

/**
 * wp_page_reveal:
 * @self: a page
 * @entity: an entity of the page's document
 *
 * Returns: whether the page shows @entity now; %FALSE where it does not live
 */
gboolean
wp_page_reveal (WpPage   *self,
                WpEntity *entity)
{
  WpPageInterface *iface;

  g_return_val_if_fail (WP_IS_PAGE (self), FALSE);
  g_return_val_if_fail (WP_IS_ENTITY (entity), FALSE);

  iface = WP_PAGE_GET_IFACE (self);

  return iface->reveal != NULL && iface->reveal (self, entity);
}

/**
 * wp_page_get_selected:
 * @self: a page
 * @kind: the kind of entity asked for
 *
 * Returns: (transfer none) (nullable): the entity of @kind the page has selected
 */
WpEntity *
wp_page_get_selected (WpPage *self,
                      WpKind  kind)
{
  WpPageInterface *iface;

  g_return_val_if_fail (WP_IS_PAGE (self), NULL);

  iface = WP_PAGE_GET_IFACE (self);

  return iface->get_selected != NULL ? iface->get_selected (self, kind) : NULL;
}

/* Asks the window to show the page (win.show-page): a page shows itself before it reveals. */
void
wp_page_present (WpPage *self)
{
  g_return_if_fail (WP_IS_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", wp_page_get_name (self));
}

/* Returns: whether the page has a "page.new" action (and so took the command). */
gboolean
wp_page_new (WpPage *self)
{
  g_return_val_if_fail (WP_IS_PAGE (self), FALSE);

  return gtk_widget_activate_action (GTK_WIDGET (self), "page.new", NULL);
}

/* Returns: whether the page has a "page.search" action (and so took the command). */
gboolean
wp_page_search (WpPage *self)
{
  g_return_val_if_fail (WP_IS_PAGE (self), FALSE);

  return gtk_widget_activate_action (GTK_WIDGET (self), "page.search", NULL);
}
