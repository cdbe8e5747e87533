/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Finding what the user typed in the document's texts, in any case: the
 * backlog's search, the item pickers, the feedback search and the customer
 * suggestions fold both sides the same way, with full case folding, so that
 * "STRASSE" finds "Straße" everywhere alike.
 */
#define G_LOG_DOMAIN "waypoint-model"

#include "config.h"

#include <string.h>

#include "wp-text-match.h"

/**
 * wp_text_fold:
 * @text: (nullable): a text
 *
 * Returns: (transfer full): @text casefolded; an empty string for %NULL
 */
char *
wp_text_fold (const char *text)
{
  return g_utf8_casefold (text != NULL ? text : "", -1);
}

/**
 * wp_text_holds:
 * @text: (nullable): a text
 * @folded_needle: what to find, already folded with wp_text_fold()
 *
 * Returns: whether @text holds @folded_needle, in any case
 */
gboolean
wp_text_holds (const char *text,
               const char *folded_needle)
{
  g_autofree char *folded = wp_text_fold (text);

  return strstr (folded, folded_needle) != NULL;
}
