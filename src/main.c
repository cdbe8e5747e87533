/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The waypoint executable: the headless commands, or the application. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "wp-application.h"
#include "wp-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WpApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (wp_cli_is_headless (argc, argv))
    return wp_cli_run (argc, argv);

  g_set_application_name (_("Waypoint"));

  app = wp_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
