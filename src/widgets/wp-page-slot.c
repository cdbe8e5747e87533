/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpPageSlot stands in the window's view stack for one page. It knows the
 * page's name, title and icon from its class, so the view switcher shows
 * every page at once, but makes the page itself only when it is first shown
 * (or asked for): opening a product builds and fills the page the user sees,
 * not all six, and the first frame with the product comes that much sooner.
 * GNOME Settings makes its panels the same way.
 */
#define G_LOG_DOMAIN "waypoint-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-accessible.h"
#include "wp-page-slot.h"

struct _WpPageSlot
{
  GtkWidget   parent_instance;

  GType       page_type;
  gpointer    page_class;   /* held, so the page's interface can be read before there is a page */
  WpPage     *page;         /* (nullable) until first shown */
  WpDocument *document;
};

G_DEFINE_FINAL_TYPE (WpPageSlot, wp_page_slot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE_TYPE,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static WpPageInterface *
page_iface (WpPageSlot *self)
{
  return g_type_interface_peek (self->page_class, WP_TYPE_PAGE);
}

WpPageSlot *
wp_page_slot_new (GType page_type)
{
  g_return_val_if_fail (g_type_is_a (page_type, WP_TYPE_PAGE), NULL);

  return g_object_new (WP_TYPE_PAGE_SLOT, "page-type", page_type, NULL);
}

const char *
wp_page_slot_get_name (WpPageSlot *self)
{
  g_return_val_if_fail (WP_IS_PAGE_SLOT (self), NULL);

  return page_iface (self)->name;
}

const char *
wp_page_slot_get_title (WpPageSlot *self)
{
  g_return_val_if_fail (WP_IS_PAGE_SLOT (self), NULL);

  return _(page_iface (self)->title);
}

const char *
wp_page_slot_get_icon_name (WpPageSlot *self)
{
  g_return_val_if_fail (WP_IS_PAGE_SLOT (self), NULL);

  return page_iface (self)->icon_name;
}

/**
 * wp_page_slot_set_document:
 * @self: a slot
 * @document: (nullable): the document to show
 *
 * Hands @document to the page, now if it is made, or when it is.
 */
void
wp_page_slot_set_document (WpPageSlot *self,
                           WpDocument *document)
{
  g_return_if_fail (WP_IS_PAGE_SLOT (self));
  g_return_if_fail (document == NULL || WP_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  if (self->page != NULL)
    wp_page_set_document (self->page, document);
}

/* Returns: (transfer none) (nullable): the page, if it has been shown or asked for. */
WpPage *
wp_page_slot_get_page (WpPageSlot *self)
{
  g_return_val_if_fail (WP_IS_PAGE_SLOT (self), NULL);

  return self->page;
}

/* Returns: (transfer none): the page, made now (with the document) if it was not yet. */
WpPage *
wp_page_slot_make_page (WpPageSlot *self)
{
  g_return_val_if_fail (WP_IS_PAGE_SLOT (self), NULL);

  if (self->page != NULL)
    return self->page;

  self->page = g_object_new (self->page_type, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
  wp_accessible_name_parts (GTK_WIDGET (self->page));
  if (self->document != NULL)
    wp_page_set_document (self->page, self->document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);

  return self->page;
}

/**
 * wp_page_slot_reveal:
 * @self: a slot
 * @entity: what the user asked to see
 *
 * Asks the page to show @entity (wp_page_reveal()), making it if its kind
 * of page can show things at all.
 *
 * Returns: whether the page showed @entity
 */
gboolean
wp_page_slot_reveal (WpPageSlot *self,
                     WpEntity   *entity)
{
  g_return_val_if_fail (WP_IS_PAGE_SLOT (self), FALSE);

  if (page_iface (self)->reveal == NULL)
    return FALSE;

  return wp_page_reveal (wp_page_slot_make_page (self), entity);
}

/*
 * The page is shown only while its slot is: GTK 4.8 tells screen readers
 * that the pages a stack does not show are there (and measures them all).
 */
static void
wp_page_slot_map (GtkWidget *widget)
{
  gtk_widget_set_visible (GTK_WIDGET (wp_page_slot_make_page (WP_PAGE_SLOT (widget))), TRUE);

  GTK_WIDGET_CLASS (wp_page_slot_parent_class)->map (widget);
}

static void
wp_page_slot_unmap (GtkWidget *widget)
{
  WpPageSlot *self = WP_PAGE_SLOT (widget);

  GTK_WIDGET_CLASS (wp_page_slot_parent_class)->unmap (widget);

  if (self->page != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->page), FALSE);
}

static void
wp_page_slot_dispose (GObject *object)
{
  WpPageSlot *self = WP_PAGE_SLOT (object);

  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->page)));
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_page_slot_parent_class)->dispose (object);
}

static void
wp_page_slot_finalize (GObject *object)
{
  WpPageSlot *self = WP_PAGE_SLOT (object);

  g_clear_pointer (&self->page_class, g_type_class_unref);

  G_OBJECT_CLASS (wp_page_slot_parent_class)->finalize (object);
}

static void
wp_page_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WpPageSlot *self = WP_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_gtype (value, self->page_type);
      break;
    case PROP_PAGE:
      g_value_set_object (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_page_slot_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WpPageSlot *self = WP_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      self->page_type = g_value_get_gtype (value);
      self->page_class = g_type_class_ref (self->page_type);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_page_slot_class_init (WpPageSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_page_slot_dispose;
  object_class->finalize = wp_page_slot_finalize;
  object_class->get_property = wp_page_slot_get_property;
  object_class->set_property = wp_page_slot_set_property;
  widget_class->map = wp_page_slot_map;
  widget_class->unmap = wp_page_slot_unmap;

  /**
   * WpPageSlot:page-type:
   *
   * The type of the page, a #WpPage widget.
   */
  properties[PROP_PAGE_TYPE] =
    g_param_spec_gtype ("page-type", NULL, NULL, WP_TYPE_PAGE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * WpPageSlot:page:
   *
   * The page, once it has been shown or asked for; %NULL before.
   */
  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL, WP_TYPE_PAGE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wp_page_slot_init (WpPageSlot *self)
{
}
