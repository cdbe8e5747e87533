/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Days in tests written as the format writes them. */
#pragma once

#include "wp-date.h"

/* "2026-12-07" as a Julian day; the test fails on anything else. */
static inline guint32
test_day (const char *text)
{
  guint32 day = 0;

  g_assert_true (wp_date_parse (text, &day));

  return day;
}
