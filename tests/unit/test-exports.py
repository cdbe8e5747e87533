#!/usr/bin/python3
"""The exports for people and spreadsheets: Markdown, CSV (imported back to the same items),
feedback CSV, and the web page, which a real browser (Debian's chromium, headless) loads with no
console message and no request; user text that looks like markup stays text in each."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from tap import check, finish

BINARY = os.environ["WP_BINARY"]
SAMPLE = os.environ["WP_SAMPLE"]
HOSTILE = '<script>alert("x")</script> | *not bold* [link](javascript:alert(1)) & more'
FORMULA = "=HYPERLINK(\"http://example.com\",\"click\")"


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LANGUAGE"] = "C"
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=120)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def export(folder, fmt, source, *extra):
    out = os.path.join(folder, f"out.{fmt}")
    result = run(f"--export={fmt}", f"--output={out}", *extra, source)
    assert result.returncode == 0, (fmt, result.stderr)
    with open(out, "rb") as f:
        return f.read()


def hostile_sample(folder):
    """The sample with markup and a formula in titles, texts and the product's name."""
    document = load(SAMPLE)
    document["product"]["name"] = "Trail<b>head</b> & Co"
    document["items"][0]["title"] = HOSTILE
    document["items"][1]["title"] = FORMULA
    document["items"][2]["description"] = "-1+1 looks like a formula\nand has two lines"
    document["feedback"][0]["customer"] = "@everyone"
    path = os.path.join(folder, "hostile.waypoint")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    return path


def table_cells(line):
    """The cells of a Markdown table row, split at the pipes that are not escaped."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def main():
    folder = tempfile.mkdtemp(prefix="wp-exports-")
    hostile = hostile_sample(folder)
    sample = load(SAMPLE)

    def markdown():
        text = export(folder, "markdown", SAMPLE).decode("utf-8")
        assert text.startswith("# Trailhead\n\n> For hikers"), text[:200]
        rows = [line for line in text.splitlines() if line.startswith("| ")]
        assert all(len(table_cells(row)) == 6 for row in rows), rows
        assert "| | **MVP — 2026-12-18** | | | | |" in rows, rows
        for heading in ("## Backlog", "## Roadmap", "### Now", "### Next", "### Later",
                        "## Sprint Review: Sprint 4", "### Delivered", "### Not Delivered", "### Burndown"):
            assert f"\n{heading}\n" in text, heading
        assert "- Delete downloaded regions to free up space — 3 points" in text
        sprint3 = export(folder, "markdown", SAMPLE, "--sprint=Sprint 3").decode("utf-8")
        assert "## Sprint Review: Sprint 3" in sprint3
        assert run("--export=markdown", "--sprint=Sprint 99", "--output=-", SAMPLE).returncode == 1

    def markdown_escapes():
        text = export(folder, "markdown", hostile).decode("utf-8")
        row = next(line for line in text.splitlines() if "alert" in line and line.startswith("| "))
        assert len(table_cells(row)) == 6, row
        assert "\\<script\\>" in row and "\\*not bold\\*" in row and "\\[link\\]" in row, row
        assert text.startswith("# Trail\\<b\\>head\\</b\\> & Co\n"), text[:80]

    def csv_round_trip():
        data = export(folder, "csv", SAMPLE)
        assert data.startswith(b"\xef\xbb\xbf"), data[:10]
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert rows[0][:5] == ["id", "title", "description", "kind", "status"], rows[0]
        assert len(rows) == len(sample["items"]) + 1
        path = os.path.join(folder, "backlog.csv")
        with open(path, "wb") as f:
            f.write(data)
        out = os.path.join(folder, "again.waypoint")
        result = run("--import=csv", f"--output={out}", path)
        assert result.returncode == 0, result.stderr
        again = load(out)
        columns = {c["id"]: c["title"] for c in sample["columns"]}
        columns_again = {c["id"]: c["title"] for c in again["columns"]}
        sprints = {s["id"]: s["name"] for s in sample["sprints"]}
        sprints_again = {s["id"]: s["name"] for s in again["sprints"]}
        releases = {r["id"]: r["name"] for r in sample["releases"]}
        releases_again = {r["id"]: r["name"] for r in again["releases"]}
        assert [i["id"] for i in again["items"]] == [i["id"] for i in sample["items"]]
        for before, after in zip(sample["items"], again["items"]):
            for field in ("title", "description", "kind", "estimate", "value", "effort", "moscow",
                          "labels", "epic", "acceptance", "done", "created", "updated"):
                assert before[field] == after[field], (before["id"], field, before[field], after[field])
            assert columns.get(before["status"]) == columns_again.get(after["status"]), before["id"]
            assert sprints.get(before["sprint"]) == sprints_again.get(after["sprint"]), before["id"]
            assert releases.get(before["release"]) == releases_again.get(after["release"]), before["id"]
        dates = {s["name"]: (s["start"], s["end"]) for s in sample["sprints"]}
        assert {s["name"]: (s["start"], s["end"]) for s in again["sprints"]} == dates

    def csv_guards_formulas():
        data = export(folder, "csv", hostile).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(data, newline="")))
        titles = [row[1] for row in rows[1:]]
        assert "'" + FORMULA in titles, titles[:3]
        assert not any(cell[:1] in "=+-@" for row in rows[1:] for cell in row if cell), "an unguarded formula"
        path = os.path.join(folder, "hostile.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(data)
        out = os.path.join(folder, "hostile-again.waypoint")
        assert run("--import=csv", f"--output={out}", path).returncode == 0
        items = load(out)["items"]
        assert items[1]["title"] == FORMULA and items[0]["title"] == HOSTILE
        assert items[2]["description"] == "-1+1 looks like a formula\nand has two lines"

    def feedback_csv():
        data = export(folder, "feedback-csv", hostile).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert rows[0] == ["received", "customer", "segment", "source", "text", "importance", "items", "tags"]
        assert len(rows) == len(sample["feedback"]) + 1
        assert rows[1][1] == "'@everyone", rows[1]
        path = os.path.join(folder, "feedback.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(data)
        out = os.path.join(folder, "feedback.waypoint")
        result = run("--import=feedback-csv", f"--output={out}", path)
        assert result.returncode == 0, result.stderr
        again = load(out)["feedback"]
        assert [(e["customer"], e["text"], e["importance"], e["tags"]) for e in again[1:]] == \
               [(e["customer"], e["text"], e["importance"], e["tags"]) for e in sample["feedback"][1:]]
        assert again[0]["customer"] == "@everyone"

    def html_is_self_contained():
        text = export(folder, "html", hostile).decode("utf-8")
        assert "<script" not in text and "&lt;script&gt;" in text
        assert "Trail&lt;b&gt;head&lt;/b&gt; &amp; Co" in text
        assert not re.search(r'(src|href)="(https?:)?//', text), "the page fetches something"
        assert "<svg" in text and "<?xml" not in text

    def html_in_a_browser():
        browser = shutil.which("chromium")
        assert browser, "chromium is not installed (build-aux/dev installs it)"
        page = os.path.join(folder, "page.html")
        with open(page, "wb") as f:
            f.write(export(folder, "html", hostile))
        profile = tempfile.mkdtemp(prefix="wp-chromium-")
        result = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                 f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                                 "--dump-dom", f"file://{page}"],
                                capture_output=True, text=True, timeout=120)
        shutil.rmtree(profile, ignore_errors=True)
        assert result.returncode == 0, result.stderr[-2000:]
        console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
        assert not console, console
        dom = result.stdout
        assert "<h1>Trail&lt;b&gt;head&lt;/b&gt; &amp; Co</h1>" in dom, dom[:500]
        assert "<script" not in dom
        for title in ("Record my hike in the background", "Battery saver mode for long hikes", "MVP"):
            assert title in dom, title
        assert "Current Sprint: Sprint 4" in dom

    check("Markdown: the backlog as a table with release lines, the roadmap, the sprint's review", markdown)
    check("Markdown escapes what would be markup, and the table keeps its columns", markdown_escapes)
    check("CSV: every field of every item; importing it gives the same items, order and fields", csv_round_trip)
    check("CSV cells a spreadsheet would run as formulas start with ', taken off when imported", csv_guards_formulas)
    check("feedback CSV imports back as the same feedback", feedback_csv)
    check("the web page holds everything itself and escapes user text", html_is_self_contained)
    check("the web page loads in chromium with no console message and shows the product", html_in_a_browser)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
