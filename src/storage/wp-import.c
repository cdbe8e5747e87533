/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpImport is what every importer shares: the file is read once (in a
 * worker thread, as every file of a Waypoint document is: a regular file of
 * at most 1 GiB), then the product is built from it, again whenever the user
 * changes an option in the preview. Building makes a new document that
 * nobody shows yet, with a report of what was dropped or converted; nothing
 * changes in the open product until the window merges it. The command line
 * runs the same two steps.
 */
#define G_LOG_DOMAIN "waypoint-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wp-csv.h"
#include "wp-csv-import.h"
#include "wp-error.h"
#include "wp-file.h"
#include "wp-import.h"
#include "wp-jira-import-private.h"
#include "wp-trello-import.h"

typedef struct
{
  GStrv    chosen;     /* a value per option */
  gboolean has_read;
  int      progress;   /* in thousandths, atomic: the worker writes, the window reads */
} WpImportPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WpImport, wp_import, G_TYPE_OBJECT)

typedef struct {
  const char *format;
  GType     (*get_type) (void);
} Importer;

static const Importer importers[] = {
  { "trello", wp_trello_import_get_type },
  { "jira-csv", wp_jira_import_get_type },
  { "csv", wp_csv_import_get_type },
  { "linear-csv", wp_csv_import_get_type },
};

static void
wp_import_finalize (GObject *object)
{
  WpImportPrivate *priv = wp_import_get_instance_private (WP_IMPORT (object));

  g_strfreev (priv->chosen);

  G_OBJECT_CLASS (wp_import_parent_class)->finalize (object);
}

static void
wp_import_constructed (GObject *object)
{
  WpImportClass *klass = WP_IMPORT_GET_CLASS (object);
  WpImportPrivate *priv = wp_import_get_instance_private (WP_IMPORT (object));

  G_OBJECT_CLASS (wp_import_parent_class)->constructed (object);

  priv->chosen = g_new0 (char *, klass->n_options + 1);
  for (guint i = 0; i < klass->n_options; i++)
    priv->chosen[i] = g_strdup (klass->options[i].values[0]);
}

static void
wp_import_class_init (WpImportClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = wp_import_constructed;
  G_OBJECT_CLASS (klass)->finalize = wp_import_finalize;
}

static void
wp_import_init (WpImport *self)
{
}

/**
 * wp_import_known_formats:
 *
 * Returns: the formats wp_import_new() knows, as a list for a message
 */
const char *
wp_import_known_formats (void)
{
  return "trello, jira-csv, csv, linear-csv, feedback-csv";
}

/* Whether the first row of the CSV text @bytes holds names the way Jira's export writes them. */
static gboolean
has_jira_header (GBytes *bytes)
{
  g_autofree char *text = wp_csv_decode (bytes, NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  char *end;

  if (text == NULL)
    return FALSE;
  /* A header that breaks a line inside quotes is not Jira's: the first line is enough. */
  end = strpbrk (text, "\r\n");
  if (end != NULL)
    *end = '\0';
  rows = wp_csv_parse (text, NULL);

  return rows != NULL && rows->len > 0 && _wp_jira_is_header (g_ptr_array_index (rows, 0));
}

/**
 * wp_import_guess_format:
 * @bytes: a file's contents
 *
 * Says which importer most likely reads the file, as the window's import
 * offers it before the user chooses: JSON is a Trello board, a CSV file whose
 * header names Jira's columns is Jira's, any other a plain backlog.
 *
 * Returns: "trello", "jira-csv" or "csv"
 */
const char *
wp_import_guess_format (GBytes *bytes)
{
  gsize length, i = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  g_return_val_if_fail (bytes != NULL, NULL);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i < length && (data[i] == '{' || data[i] == '['))
    return "trello";

  return has_jira_header (bytes) ? "jira-csv" : "csv";
}

/**
 * wp_import_new:
 * @format: the format, as --import= names it
 * @error: %WP_ERROR_UNSUPPORTED for a format no importer reads
 *
 * Returns: (transfer full) (nullable): an importer of @format
 */
WpImport *
wp_import_new (const char  *format,
               GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    if (g_strcmp0 (format, importers[i].format) == 0)
      return g_object_new (importers[i].get_type (), NULL);

  g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED,
               _("Unknown import format “%s”. Known formats: %s"), format,
               wp_import_known_formats ());

  return NULL;
}

const char *
wp_import_get_format (WpImport *self)
{
  g_return_val_if_fail (WP_IS_IMPORT (self), NULL);

  return WP_IMPORT_GET_CLASS (self)->format;
}

/**
 * wp_import_get_options:
 * @self: an import
 * @n_options: (out): how many
 *
 * Returns: (array length=n_options): the choices the user has before importing
 */
const WpImportOption *
wp_import_get_options (WpImport *self,
                       guint    *n_options)
{
  g_return_val_if_fail (WP_IS_IMPORT (self), NULL);

  *n_options = WP_IMPORT_GET_CLASS (self)->n_options;

  return WP_IMPORT_GET_CLASS (self)->options;
}

static int
find_option (WpImport   *self,
             const char *name)
{
  WpImportClass *klass = WP_IMPORT_GET_CLASS (self);

  for (guint i = 0; i < klass->n_options; i++)
    if (g_str_equal (klass->options[i].name, name))
      return i;

  return -1;
}

/**
 * wp_import_get_option:
 * @self: an import
 * @name: an option's name
 *
 * Returns: (nullable): the value chosen, %NULL for an option the import does not have
 */
const char *
wp_import_get_option (WpImport   *self,
                      const char *name)
{
  WpImportPrivate *priv = wp_import_get_instance_private (self);
  int option;

  g_return_val_if_fail (WP_IS_IMPORT (self), NULL);

  option = find_option (self, name);

  return option >= 0 ? priv->chosen[option] : NULL;
}

/**
 * wp_import_set_option:
 * @self: an import, not running
 * @name: an option's name
 * @value: one of its values
 * @error: %WP_ERROR_UNSUPPORTED for an option or value the import does not have
 *
 * Returns: whether the option was set
 */
gboolean
wp_import_set_option (WpImport    *self,
                      const char  *name,
                      const char  *value,
                      GError     **error)
{
  WpImportPrivate *priv = wp_import_get_instance_private (self);
  const WpImportOption *option;
  int i;

  g_return_val_if_fail (WP_IS_IMPORT (self), FALSE);

  i = find_option (self, name);
  if (i < 0)
    {
      g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED,
                   _("The import of %s has no option “%s”."), wp_import_get_format (self), name);
      return FALSE;
    }
  option = &WP_IMPORT_GET_CLASS (self)->options[i];
  if (!g_strv_contains (option->values, value))
    {
      g_autofree char *values = g_strjoinv (", ", (char **) option->values);

      g_set_error (error, WP_ERROR, WP_ERROR_UNSUPPORTED,
                   _("The option “%s” is one of %s, not “%s”."), name, values, value);
      return FALSE;
    }
  g_free (priv->chosen[i]);
  priv->chosen[i] = g_strdup (value);

  return TRUE;
}

/**
 * wp_import_read:
 * @self: an import
 * @bytes: the file's contents
 * @error: why it cannot be imported
 *
 * Reads what the file holds; safe in a worker thread.
 *
 * Returns: whether it could be read
 */
gboolean
wp_import_read (WpImport  *self,
                GBytes    *bytes,
                GError   **error)
{
  WpImportPrivate *priv = wp_import_get_instance_private (self);

  g_return_val_if_fail (WP_IS_IMPORT (self), FALSE);

  priv->has_read = WP_IMPORT_GET_CLASS (self)->read (self, bytes, error);

  return priv->has_read;
}

/**
 * wp_import_read_file:
 * @self: an import
 * @file: the file to import
 * @cancellable: (nullable): a #GCancellable
 * @error: why it cannot be imported
 *
 * Reads @file as a document file is read, then what it holds.
 *
 * Returns: whether it could be read
 */
gboolean
wp_import_read_file (WpImport      *self,
                     GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = wp_file_read_bytes (file, cancellable, error);

  return bytes != NULL && wp_import_read (self, bytes, error);
}

/**
 * wp_import_build:
 * @self: an import that has read its file
 * @report: where it notes what it drops or converts
 * @cancellable: (nullable): stops the build
 * @error: why nothing can be imported
 *
 * Makes the product the file holds, with the options as they are; safe in a
 * worker thread.
 *
 * Returns: (transfer full) (nullable): a new document
 */
WpDocument *
wp_import_build (WpImport        *self,
                 WpImportReport  *report,
                 GCancellable    *cancellable,
                 GError         **error)
{
  WpImportPrivate *priv = wp_import_get_instance_private (self);
  WpDocument *document;

  g_return_val_if_fail (WP_IS_IMPORT (self), NULL);
  g_return_val_if_fail (priv->has_read, NULL);

  wp_import_set_progress (self, 0);
  document = WP_IMPORT_GET_CLASS (self)->build (self, report, cancellable, error);
  if (document != NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    g_clear_object (&document);
  wp_import_set_progress (self, 1);

  return document;
}

typedef struct {
  WpDocument     *document;
  WpImportReport *report;
} Built;

static void
built_free (gpointer data)
{
  Built *built = data;

  g_clear_object (&built->document);
  g_clear_object (&built->report);
  g_free (built);
}

static void
run_in_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WpImport *self = source;
  GBytes *bytes = task_data;
  Built *built = g_new0 (Built, 1);
  GError *error = NULL;

  built->report = wp_import_report_new ();
  if (bytes == NULL || wp_import_read (self, bytes, &error))
    built->document = wp_import_build (self, built->report, cancellable, &error);
  if (built->document == NULL)
    {
      built_free (built);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, built, built_free);
}

/**
 * wp_import_run_async:
 * @self: an import
 * @bytes: (nullable): the file's contents to read first, or %NULL to build again from
 *   what was read
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in this thread when done
 * @user_data: for @callback
 *
 * Reads and builds in a worker thread. Options are not to be changed until it is done.
 */
void
wp_import_run_async (WpImport            *self,
                     GBytes              *bytes,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (WP_IS_IMPORT (self));

  g_task_set_source_tag (task, wp_import_run_async);
  if (bytes != NULL)
    g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * wp_import_run_finish:
 * @self: an import
 * @result: what the callback got
 * @report: (out) (transfer full): what the import drops or converts
 * @error: why nothing can be imported, or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (nullable): the product the file holds
 */
WpDocument *
wp_import_run_finish (WpImport         *self,
                      GAsyncResult     *result,
                      WpImportReport  **report,
                      GError          **error)
{
  Built *built;
  WpDocument *document;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  built = g_task_propagate_pointer (G_TASK (result), error);
  if (built == NULL)
    return NULL;
  document = g_steal_pointer (&built->document);
  *report = g_steal_pointer (&built->report);
  built_free (built);

  return document;
}

/**
 * wp_import_get_progress:
 * @self: an import
 *
 * Returns: how far the build is, from 0 to 1; from any thread
 */
double
wp_import_get_progress (WpImport *self)
{
  WpImportPrivate *priv = wp_import_get_instance_private (self);

  return g_atomic_int_get (&priv->progress) / 1000.0;
}

void
wp_import_set_progress (WpImport *self,
                        double    fraction)
{
  WpImportPrivate *priv = wp_import_get_instance_private (self);

  g_atomic_int_set (&priv->progress, (int) (CLAMP (fraction, 0, 1) * 1000));
}
