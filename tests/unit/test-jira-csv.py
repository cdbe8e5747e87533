#!/usr/bin/python3
"""The Jira CSV import on a real export (../shared/testdata/interop) and on variants built from it
here: old column names, a byte order mark with CRLF, semicolons, Spanish headers and months,
epics and sub-tasks, carried-over sprints, fix versions, a shuffled file, 1,000 rows, bad files."""
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile

from tap import check, finish

BINARY = os.environ["WP_BINARY"]
FIXTURE = os.path.join(os.environ.get("WP_TESTDATA", ""), "interop", "jira-cloud-2025-all-fields-tes.csv")

SPANISH = {"Summary": "Resumen", "Issue key": "Clave de incidencia", "Issue id": "ID de la incidencia",
           "Issue Type": "Tipo de Incidencia", "Status": "Estado", "Priority": "Prioridad",
           "Resolution": "Resolución", "Assignee": "Persona asignada", "Reporter": "Informador",
           "Created": "Creada", "Updated": "Actualizada", "Resolved": "Resuelta",
           "Due date": "Fecha de vencimiento", "Description": "Descripción", "Attachment": "Adjunto",
           "Status Category": "Categoría de estado", "Comment": "Comentario",
           "Custom field (Story Points)": "Campo personalizado (Story Points)",
           "Custom field (Rank)": "Campo personalizado (Rank)"}
SPANISH_CATEGORIES = {"To Do": "Por hacer", "In Progress": "En curso", "Done": "Listo"}
SPANISH_MONTHS = {"Jan": "ene", "Aug": "ago", "Sep": "sept", "Oct": "oct", "Nov": "nov", "Dec": "dic"}


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LANGUAGE"] = "C"
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=60)


def read_fixture():
    with open(FIXTURE, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_rows(folder, name, rows, delimiter=",", line_end="\n", bom=False):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=line_end).writerows(rows)
    text = out.getvalue()
    if line_end == "\r\n":
        # Jira writes CRLF inside cells too.
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(text)
    return path


def import_file(folder, path, *extra):
    out = os.path.join(folder, "out.waypoint")
    if os.path.exists(out):
        os.unlink(out)
    result = run("--import=jira-csv", f"--output={out}", *extra, path)
    assert result.returncode == 0, result.stderr
    assert run("--check", out).returncode == 0
    with open(out, encoding="utf-8") as f:
        return json.load(f), result.stderr


def column_of(document, item):
    return next(c["title"] for c in document["columns"] if c["id"] == item["status"])


def by_id(document):
    return {item["id"]: item for item in document["items"]}


def set_cell(rows, key, column, value):
    row = next(r for r in rows[1:] if r[rows[0].index("Issue key")] == key)
    row[rows[0].index(column)] = value


def add_column(rows, name, values=None):
    rows[0].append(name)
    for i, row in enumerate(rows[1:]):
        row.append((values or {}).get(row[rows[0].index("Issue key")], ""))


def main():
    if not os.path.exists(FIXTURE):
        print(f"1..0 # SKIP {FIXTURE} is not there")
        return 0
    folder = tempfile.mkdtemp(prefix="wp-jira-")
    fixture, report = import_file(folder, FIXTURE)
    titles = [item["title"] for item in fixture["items"]]

    def the_fixture():
        assert fixture["product"]["name"] == "TestAutoGen"
        assert [c["title"] for c in fixture["columns"]] == ["To Do", "In Progress", "Done"]
        assert len(fixture["items"]) == 22
        assert [(s["name"], s["state"]) for s in fixture["sprints"]] == [("TES Sprint 1", "active")]
        assert "Creates 3 columns, 22 items, 1 sprint, 17 comments" in report, report
        assert "Columns not used: Project key, Project type, Project lead" in report, report
        assert "Watchers" in report, report
        # The backlog order is the Rank's (0|i000...), not the file's (key descending).
        assert fixture["items"][0]["id"] == "TES-4", fixture["items"][0]
        items = by_id(fixture)
        assert items["TES-24"]["kind"] == "task" and column_of(fixture, items["TES-24"]) == "In Progress"
        assert items["TES-4"]["done"] == "2025-08-22", items["TES-4"]
        assert items["TES-4"]["created"] == "2025-08-20T12:37:00Z", items["TES-4"]
        description = items["TES-5"]["description"]
        # A comment's author is named by the account ids the other columns spell out.
        assert "Saicharan Basireddy, 2025-09-05 07:22:\n[~accountid:" in description, description
        assert description.startswith("Jira: TES-5 (Story)\nPriority: Medium"), description

    def shuffled_file_keeps_rank_order():
        rows = read_fixture()
        body = rows[1:]
        random.Random(7).shuffle(body)
        document, _ = import_file(folder, write_rows(folder, "shuffled.csv", [rows[0]] + body))
        assert [item["title"] for item in document["items"]] == titles

    def bom_crlf_and_semicolons():
        rows = read_fixture()
        set_cell(rows, "TES-6", "Description", "First line\nsecond line")
        for name, kwargs in (("bom-crlf.csv", {"bom": True, "line_end": "\r\n"}),
                             ("semicolons.csv", {"delimiter": ";"})):
            document, _ = import_file(folder, write_rows(folder, name, rows, **kwargs))
            assert [item["title"] for item in document["items"]] == titles, name
            assert by_id(document)["TES-6"]["description"].startswith("First line\nsecond line\n\nJira:"), name
            assert by_id(document)["TES-4"]["created"] == "2025-08-20T12:37:00Z", name

    def spanish_export():
        rows = read_fixture()
        rows[0] = [SPANISH.get(name, name) for name in rows[0]]
        category = rows[0].index("Categoría de estado")
        for row in rows[1:]:
            row[category] = SPANISH_CATEGORIES[row[category]]
            for i, value in enumerate(row):
                for english, spanish in SPANISH_MONTHS.items():
                    value = value.replace(f"/{english}/", f"/{spanish}/")
                row[i] = value
        document, report = import_file(folder, write_rows(folder, "es.csv", rows, line_end="\r\n"))
        assert len(document["items"]) == 22
        assert [c["title"] for c in document["columns"]] == ["To Do", "In Progress", "Done"], document["columns"]
        assert by_id(document)["TES-4"]["created"] == "2025-08-20T12:37:00Z"
        assert by_id(document)["TES-4"]["done"] == "2025-08-22"
        assert "Resumen" not in report

    def old_names_epics_and_versions():
        rows = read_fixture()
        rows[0][rows[0].index("Custom field (Story Points)")] = "Story Points"
        rows[0][rows[0].index("Due date")] = "Due Date"
        set_cell(rows, "TES-12", "Issue Type", "Epic")
        set_cell(rows, "TES-6", "Story Points", "5.0")
        add_column(rows, "Custom field (Epic Link)", {"TES-6": "TES-12", "TES-7": "TES-12", "TES-8": "TES-99"})
        add_column(rows, "Fix Version/s", {"TES-6": "1.0", "TES-7": "1.0", "TES-8": "2.0"})
        add_column(rows, "Fix Version/s", {"TES-6": "2.0"})
        add_column(rows, "Labels", {"TES-6": "backend"})
        add_column(rows, "Labels", {"TES-6": "db"})
        document, report = import_file(folder, write_rows(folder, "old.csv", rows))
        items = by_id(document)
        assert items["TES-12"]["kind"] == "epic"
        assert items["TES-6"]["epic"] == "TES-12" and items["TES-7"]["epic"] == "TES-12"
        assert items["TES-6"]["estimate"] == 5
        assert items["TES-6"]["labels"] == ["backend", "db"]
        assert "Also in releases: 2.0" in items["TES-6"]["description"]
        releases = {r["id"]: r for r in document["releases"]}
        # In the order of their lines in the backlog.
        assert sorted(r["name"] for r in document["releases"]) == ["1.0", "2.0"]
        assert [r["rank"] for r in document["releases"]] == sorted(r["rank"] for r in document["releases"])
        assert releases[items["TES-7"]["release"]]["name"] == "1.0"
        # Each release's line is right below the last of its items.
        order = [item["id"] for item in document["items"]]
        last_of_one = max(order.index("TES-6"), order.index("TES-7"))
        line = releases[items["TES-7"]["release"]]["rank"]
        assert document["items"][last_of_one]["rank"] < line
        assert last_of_one + 1 == len(order) or line < document["items"][last_of_one + 1]["rank"]
        assert items["TES-8"]["epic"] is None
        assert "Parent: TES-99" in items["TES-8"]["description"]
        assert "its parent TES-99 is not in the file" in report, report

    def parents_and_carried_over_sprints():
        rows = read_fixture()
        ids = {r[rows[0].index("Issue key")]: r[rows[0].index("Issue id")] for r in rows[1:]}
        set_cell(rows, "TES-12", "Issue Type", "Epic")
        set_cell(rows, "TES-13", "Issue Type", "Sub-task")
        add_column(rows, "Parent", {"TES-6": ids["TES-12"], "TES-13": ids["TES-6"]})
        add_column(rows, "Sprint", {"TES-25": "TES Sprint 2"})
        document, report = import_file(folder, write_rows(folder, "parents.csv", rows))
        items = by_id(document)
        assert items["TES-6"]["epic"] == "TES-12"
        assert items["TES-13"]["kind"] == "task" and items["TES-13"]["epic"] == "TES-12"
        assert "Sub-task of TES-6: Convert Data Storage to use Postgres" in items["TES-13"]["description"]
        sprints = {s["name"]: s for s in document["sprints"]}
        assert sprints["TES Sprint 1"]["state"] == "closed" and sprints["TES Sprint 2"]["state"] == "active"
        assert items["TES-25"]["sprint"] == sprints["TES Sprint 2"]["id"]
        assert "Earlier sprints: TES Sprint 1" in items["TES-25"]["description"]
        assert "1 sub-task belongs to its story's epic" in report, report

    def zones_spaces_and_blank_rows():
        rows = read_fixture()
        # The REST API's times name their zone: the moment is kept in UTC, the day as written.
        set_cell(rows, "TES-4", "Created", "2025-08-20T14:37:00.000+0200")
        set_cell(rows, "TES-4", "Resolved", "2025-08-22T01:00:00.000+0200")
        # Spaces around what the import reads go; a column holding only spaces is not "used".
        set_cell(rows, "TES-6", "Summary", "  Padded title \r\n")
        add_column(rows, "Spaces only", {"TES-6": "   ", "TES-7": " \t"})
        blank = [" " for _ in rows[0]]
        document, report = import_file(folder, write_rows(folder, "zones.csv", rows + [blank]))
        items = by_id(document)
        assert items["TES-4"]["created"] == "2025-08-20T12:37:00Z", items["TES-4"]
        assert items["TES-4"]["done"] == "2025-08-22", items["TES-4"]
        assert items["TES-6"]["title"] == "Padded title", items["TES-6"]
        assert len(document["items"]) == 22
        assert "Spaces only" not in report, report

    def a_thousand_rows():
        rows = read_fixture()
        header, template = rows[0], rows[1]
        body = []
        for i in range(1000):
            row = list(template)
            row[header.index("Issue key")] = f"BIG-{i}"
            row[header.index("Issue id")] = str(50000 + i)
            row[header.index("Summary")] = f"Issue {i}"
            row[header.index("Custom field (Rank)")] = f"0|i{i:05d}:"
            body.append(row)
        document, report = import_file(folder, write_rows(folder, "thousand.csv", [header] + body))
        assert [item["title"] for item in document["items"][:3]] == ["Issue 0", "Issue 1", "Issue 2"]
        assert "as many as Jira exports unless told otherwise: it may be cut short" in report, report

    def bad_files_write_nothing():
        out = os.path.join(folder, "never.waypoint")
        rows = read_fixture()
        no_summary = [[c for i, c in enumerate(r) if i != 0] for r in rows]
        no_key = [[c for c, name in zip(r, rows[0]) if name not in ("Issue key", "Issue id")] for r in rows]
        huge = read_fixture()
        set_cell(huge, "TES-6", "Description", "x" * (10 * 1024 * 1024))
        quote = write_rows(folder, "quote.csv", rows[:1])
        with open(quote, "a", encoding="utf-8") as f:
            f.write('"never closed,TES-1\n')
        cases = ((write_rows(folder, "no-summary.csv", no_summary), "no column is named “Summary”"),
                 (write_rows(folder, "no-key.csv", no_key), "“Issue key” or “Issue id”"),
                 (write_rows(folder, "header.csv", rows[:1]), "holds no issues"),
                 (quote, "never closed"))
        for path, expected in cases:
            result = run("--import=jira-csv", f"--output={out}", path)
            assert result.returncode == 1, (path, result.stderr)
            assert expected in result.stderr, (path, result.stderr)
            assert not os.path.exists(out), path
        document, _ = import_file(folder, write_rows(folder, "huge.csv", huge))
        assert len(by_id(document)["TES-6"]["description"]) > 10 * 1024 * 1024

    check("the 2025 all-fields export: columns by status category, rank order, comments' authors", the_fixture)
    check("the rows' order in the file does not matter: the Rank decides", shuffled_file_keeps_rank_order)
    check("a byte order mark with CRLF, and semicolons, read the same", bom_crlf_and_semicolons)
    check("Spanish headers, categories and month names", spanish_export)
    check("old column names; epic links, story points, fix versions and labels gathered", old_names_epics_and_versions)
    check("Parent links epics and sub-tasks; an issue carried over sits in its last sprint",
          parents_and_carried_over_sprints)
    check("times with a zone in UTC, days as written; cells trimmed; blank rows and columns skipped",
          zones_spaces_and_blank_rows)
    check("1,000 rows: the export may be cut short, and the report says so", a_thousand_rows)
    check("no Summary, no key, only a header, an open quote: nothing written; 10 MB cells are kept",
          bad_files_write_nothing)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
