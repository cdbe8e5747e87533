#!/usr/bin/python3
"""The headless commands: --check, --export=json and the roadmap pictures, with no display at all."""
import datetime
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

from tap import check, finish

BINARY = os.environ["WP_BINARY"]
SAMPLE = os.environ["WP_SAMPLE"]
TESTDATA = os.environ.get("WP_TESTDATA", "")


def run(*args, stdin=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LANGUAGE"] = "C"
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=60)


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def main():
    with tempfile.TemporaryDirectory() as folder:
        bad = write(folder, "bad.waypoint",
                    '{"format": "waypoint", "version": 1, "items": ['
                    '{"id": "a", "estimate": "five"}, {"id": "b", "status": "gone", "rank": "V"}]}')
        deep = write(folder, "deep.waypoint", "[" * 200000 + "]" * 200000)
        empty = write(folder, "empty.waypoint", "")

        def sample_is_valid():
            result = run("--check", SAMPLE)
            assert result.returncode == 0, result.stderr
            assert result.stderr == "", result.stderr

        def problems_are_listed():
            result = run("--check", bad, SAMPLE)
            assert result.returncode == 1, result.returncode
            lines = result.stderr.splitlines()
            assert f'{bad}: items[0].estimate: expected a number of at least 0, got "five"' in lines, lines
            assert f"{bad}: items[1].status: no column has the id “gone”" in lines, lines
            assert not any(line.startswith(SAMPLE) for line in lines), lines

        def hostile_files_do_not_crash():
            for path, expected in ((deep, "nested more than"), (empty, "The file is empty."),
                                   (os.path.join(folder, "missing.waypoint"), "missing.waypoint")):
                result = run("--check", path)
                assert result.returncode == 1, (path, result.returncode, result.stderr)
                assert expected in result.stderr, result.stderr

        def export_is_canonical():
            out = os.path.join(folder, "out.waypoint")
            result = run("--export=json", f"--output={out}", SAMPLE)
            assert result.returncode == 0, result.stderr
            with open(out, encoding="utf-8") as f, open(SAMPLE, encoding="utf-8") as g:
                assert f.read() == g.read(), "the sample is canonical, so its export is identical"

        def export_to_stdout():
            result = run("--export=json", "--output=-", SAMPLE)
            assert result.returncode == 0, result.stderr
            with open(SAMPLE, encoding="utf-8") as g:
                assert result.stdout == g.read()

        def export_of_bad_file_writes_nothing():
            out = os.path.join(folder, "never.waypoint")
            result = run("--export=json", f"--output={out}", bad)
            assert result.returncode == 1
            assert not os.path.exists(out)

        def bad_usage():
            assert run("--export=yaml", "--output=-", SAMPLE).returncode == 2
            assert run("--export=json", SAMPLE).returncode == 2
            assert run("--check").returncode == 2

        check("the sample product passes --check", sample_is_valid)
        check("--check prints FILE: path: message for every problem and exits 1", problems_are_listed)
        check("deep nesting, empty and missing files give a message, not a crash", hostile_files_do_not_crash)

        def not_documents():
            fifo = os.path.join(folder, "fifo")
            loop = os.path.join(folder, "loop")
            sock_path = os.path.join(folder, "socket")
            big = os.path.join(folder, "big.waypoint")
            os.mkfifo(fifo)
            os.symlink(loop, loop)
            sock = socket.socket(socket.AF_UNIX)
            sock.bind(sock_path)
            with open(big, "wb") as f:
                f.truncate((1 << 30) + 1)
            cases = ((folder, "a folder"), (fifo, "not a file"), ("/dev/zero", "not a file"),
                     (sock_path, "not a file"), (loop, "a link"), (big, "Waypoint opens documents of up to"))
            for path, expected in cases:
                start = time.monotonic()
                result = run("--check", path)
                took = time.monotonic() - start
                assert result.returncode == 1, (path, result.returncode, result.stderr)
                assert expected in result.stderr, (path, result.stderr)
                assert took < 1, (path, took)
            sock.close()

        check("a folder, pipe, device, socket, looping link or oversized file is refused at once",
              not_documents)
        check("--export=json writes the canonical form", export_is_canonical)
        check("--output=- writes to standard output", export_to_stdout)
        check("exporting a broken document writes nothing", export_of_bad_file_writes_nothing)
        check("bad usage exits 2", bad_usage)

        def roadmap_pictures():
            magic = {"png": b"\x89PNG\r\n\x1a\n", "svg": b"<?xml", "pdf": b"%PDF-"}
            for kind, start in magic.items():
                out = os.path.join(folder, f"roadmap.{kind}")
                result = run(f"--export=roadmap-{kind}", f"--output={out}", SAMPLE)
                assert result.returncode == 0, (kind, result.stderr)
                with open(out, "rb") as f:
                    data = f.read()
                assert data.startswith(start), (kind, data[:16])
                assert len(data) > 2000, (kind, len(data))
            with open(os.path.join(folder, "roadmap.svg"), encoding="utf-8") as f:
                assert "<svg" in f.read()

        def roadmap_of_empty_document():
            blank = write(folder, "blank.waypoint", '{"format": "waypoint", "version": 1}')
            out = os.path.join(folder, "blank.png")
            result = run("--export=roadmap-png", f"--output={out}", blank)
            assert result.returncode == 0, result.stderr
            assert os.path.getsize(out) > 100

        def roadmap_of_bad_file_writes_nothing():
            out = os.path.join(folder, "never.pdf")
            result = run("--export=roadmap-pdf", f"--output={out}", empty)
            assert result.returncode == 1, result.returncode
            assert "The file is empty." in result.stderr, result.stderr
            assert not os.path.exists(out)
            assert run("--export=roadmap-gif", "--output=-", SAMPLE).returncode == 2

        check("--export=roadmap-png, -svg and -pdf draw the roadmap without a display", roadmap_pictures)
        check("a document without a roadmap still gives a picture", roadmap_of_empty_document)
        check("a roadmap export of a broken file writes nothing; unknown formats exit 2",
              roadmap_of_bad_file_writes_nothing)

        def review_pdf():
            out = os.path.join(folder, "review.pdf")
            result = run("--export=review-pdf", "--sprint=sprint-3", f"--output={out}", SAMPLE)
            assert result.returncode == 0, result.stderr
            info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
            assert "Pages:           11" in info, info
            assert "960 x 540 pts" in info, info
            text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True,
                                  check=True).stdout
            for words in ("Sprint 3", "Follow a planned route with live position and bring in routes",
                          "Import a route from a GPX file", "Warn me when I leave the planned route",
                          "Not Delivered", "Field test on Kinder Scout"):
                assert words in text, (words, text[:2000])

        def review_of_named_sprint_and_errors():
            out = os.path.join(folder, "named.pdf")
            assert run("--export=review-pdf", "--sprint=Sprint 4", f"--output={out}", SAMPLE).returncode == 0
            text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
            assert "Record a full-day hike in the background" in text, text[:1000]
            missing = os.path.join(folder, "missing.pdf")
            result = run("--export=review-pdf", "--sprint=Sprint 99", f"--output={missing}", SAMPLE)
            assert result.returncode == 1 and "has no sprint “Sprint 99”" in result.stderr, result.stderr
            assert not os.path.exists(missing)
            blank = write(folder, "no-sprints.waypoint", '{"format": "waypoint", "version": 1}')
            result = run("--export=review-pdf", f"--output={missing}", blank)
            assert result.returncode == 1 and "has no sprint to review" in result.stderr, result.stderr
            assert run("--export=json", "--sprint=sprint-1", "--output=-", SAMPLE).returncode == 2

        def review_flow_charts():
            # Sprint 3 of the sample with its items' status histories: each done item entered the
            # board a week before it was done and was in progress from four days before.
            with open(SAMPLE, encoding="utf-8") as f:
                document = json.load(f)
            for item in document["items"]:
                if item.get("done"):
                    done = datetime.date.fromisoformat(item["done"])
                    item["status_history"] = [
                        {"day": (done - datetime.timedelta(days=7)).isoformat(), "status": "todo"},
                        {"day": (done - datetime.timedelta(days=3)).isoformat(), "status": "doing"},
                        {"day": done.isoformat(), "status": "done"}]
            for sprint in document["sprints"]:
                if sprint["id"] == "sprint-3":
                    sprint["review_slides"] = ["cycle-time", "flow"]
            flow = write(folder, "flow.waypoint", json.dumps(document))
            out = os.path.join(folder, "flow.pdf")
            result = run("--export=review-pdf", "--sprint=sprint-3", f"--output={out}", flow)
            assert result.returncode == 0, result.stderr
            info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
            assert "Pages:           2" in info, info
            text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True,
                                  check=True).stdout
            text = " ".join(text.split())
            # Every done item took four days, both counted; Sprint 3 ran 9 to 20 November.
            for words in ("Cycle Time", "Days taken: 50% up to 4, 85% up to 4, 95% up to 4",
                          "95%: 4 days", "Cumulative Flow", "from 9 Nov 2026 to 20 Nov 2026",
                          "To Do", "In Progress", "In Review", "Done"):
                assert words in text, (words, text[:2000])

        check("--export=review-pdf draws the chosen sprint's review as 16:9 pages with its goal and items",
              review_pdf)
        check("the review's cycle-time and cumulative flow slides, when chosen, draw the items' histories",
              review_flow_charts)
        check("--sprint takes a name too; an unknown sprint or none writes nothing", review_of_named_sprint_and_errors)

        def forecast_known_answers():
            # Three closed two-week sprints of 10 points, one item done on each of the last 90
            # days: 25 points left take three sprints, 5 items five days, at every percentile.
            today = datetime.date.today()
            sprints = [{"id": f"s{i}", "name": f"Sprint {i}", "state": "closed",
                        "start": str(today - datetime.timedelta(days=14 * (4 - i))),
                        "end": str(today - datetime.timedelta(days=14 * (3 - i) + 1))}
                       for i in range(1, 4)]
            done = [{"id": f"d{n}", "rank": f"a{n:03d}V", "estimate": 10 if n < 3 else None,
                     "sprint": f"s{n + 1}" if n < 3 else None,
                     "done": str(today - datetime.timedelta(days=n + 1))} for n in range(90)]
            left = [{"id": f"l{n}", "rank": f"b{n}V", "estimate": 5} for n in range(5)]
            epic = [{"id": "e", "rank": "b9V", "kind": "epic"}]
            document = {"format": "waypoint", "version": 1, "sprints": sprints,
                        "items": done + left + epic + [{"id": "after", "rank": "z"}],
                        "releases": [{"id": "r", "name": "MVP", "rank": "c"},
                                     {"id": "done-one", "name": "Old", "rank": "a500V"},
                                     {"id": "no-line", "name": "Later"}]}
            path = write(folder, "forecast.waypoint", json.dumps(document))
            result = run("--export=forecast", "--output=-", path)
            assert result.returncode == 0, result.stderr
            forecast = json.loads(result.stdout)
            assert forecast["today"] == str(today) and forecast["runs"] == 10000
            assert [s["points"] for s in forecast["history"]["velocity"]["sprints"]] == [10, 10, 10]
            throughput = forecast["history"]["throughput"]
            assert throughput["items_done"] == 90, throughput
            assert throughput["to"] == str(today - datetime.timedelta(days=1)), throughput
            releases = {r["id"]: r for r in forecast["releases"]}
            # A release without a rank gets its line after the others, as the app places it.
            assert set(releases) == {"r", "done-one", "no-line"}, releases.keys()
            mvp = releases["r"]
            assert mvp["points_left"] == 25 and mvp["items_left"] == 5, mvp
            first = datetime.date.fromisoformat(forecast["history"]["velocity"]["first_sprint_starts"])
            assert first == today, first
            for percent in ("50", "70", "85", "95"):
                assert mvp["velocity"][percent] == {
                    "sprints": 3, "day": str(first + datetime.timedelta(days=3 * 14 - 1))}, mvp
                assert mvp["throughput"][percent] == str(today + datetime.timedelta(days=4)), mvp
            old = releases["done-one"]
            assert old["items_left"] == 0 and old["velocity"] is None and old["throughput"] is None

        check("--export=forecast gives every release's days from velocity and throughput", forecast_known_answers)


        def feedback_of(path):
            with open(path, encoding="utf-8") as f:
                return json.load(f).get("feedback", [])

        csv_path = write(folder, "feedback.csv",
                         "Date;Customer;Comment;Priority;Tags\n"
                         "2026-11-01;Ann;\"Needs \"\"offline\"\" maps\nsoon\";high;maps, offline\n"
                         "2026-02-30;Bo;A day that is not one;1;\n"
                         "14.11.2026;Cy;<b>not bold</b>;;\n")

        def import_into_new_document():
            out = os.path.join(folder, "imported.waypoint")
            result = run("--import=feedback-csv", f"--output={out}", csv_path)
            # A row was left out: reported, exit 1, the rest imported.
            assert result.returncode == 1, result.stderr
            assert f"{csv_path}: Row 3: “2026-02-30” is not a day" in result.stderr.splitlines(), result.stderr
            entries = feedback_of(out)
            assert [e["customer"] for e in entries] == ["Ann", "Cy"], entries
            assert entries[0]["text"] == 'Needs "offline" maps\nsoon', entries[0]
            assert entries[0]["importance"] == 3 and entries[0]["tags"] == ["maps", "offline"], entries[0]
            assert entries[1]["received"] == "2026-11-14T12:00:00Z" and entries[1]["text"] == "<b>not bold</b>"
            assert run("--check", out).returncode == 0

        def import_into_existing_document():
            out = os.path.join(folder, "sample-plus.waypoint")
            result = run("--import=feedback-csv", f"--into={SAMPLE}", f"--output={out}", csv_path)
            assert result.returncode == 1, result.stderr
            assert len(feedback_of(out)) == len(feedback_of(SAMPLE)) + 2
            with open(SAMPLE, encoding="utf-8") as f:
                assert json.load(f)["items"] == json.load(open(out, encoding="utf-8"))["items"]

        def import_of_bad_files_writes_nothing():
            binary = os.path.join(folder, "picture.csv")
            with open(binary, "wb") as f:
                f.write(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
            open_quote = write(folder, "open.csv", 'text\n"never closed\n')
            no_text = write(folder, "notext.csv", "customer,text\nAnn,\n")
            newer = write(folder, "newer.waypoint", '{"format": "waypoint", "version": 99}')
            for path, expected, extra in ((binary, "not text", []), (open_quote, "never closed", []),
                                          (no_text, "No row of the file", []),
                                          (os.path.join(folder, "missing.csv"), "missing.csv", []),
                                          (csv_path, "newer Waypoint", [f"--into={newer}"])):
                out = os.path.join(folder, "never-imported.waypoint")
                result = run("--import=feedback-csv", f"--output={out}", *extra, path)
                assert result.returncode == 1, (path, result.returncode, result.stderr)
                assert expected in result.stderr, (path, result.stderr)
                assert not os.path.exists(out), path

        def import_bad_usage():
            assert run("--import=feedback-xlsx", "--output=-", csv_path).returncode == 2
            assert run("--import=feedback-csv", csv_path).returncode == 2
            assert run("--into=x.waypoint", "--check", SAMPLE).returncode == 2
            assert run("--import=feedback-csv", "--export=json", "--output=-", csv_path).returncode == 2

        check("--import=feedback-csv makes a new document; bad rows are reported and left out", import_into_new_document)
        check("--into adds the feedback to a copy of a document", import_into_existing_document)
        check("importing a file that is not CSV, or has nothing to import, writes nothing", import_of_bad_files_writes_nothing)
        check("bad import usage exits 2", import_bad_usage)

        trello = os.path.join(TESTDATA, "interop", "trello-gocd-test-drive-large.json")

        def items_of(path):
            with open(path, encoding="utf-8") as f:
                return json.load(f)["items"]

        def trello_into_new_document():
            out = os.path.join(folder, "trello.waypoint")
            result = run("--import=trello", f"--output={out}", trello)
            assert result.returncode == 0, result.stderr
            lines = result.stderr.splitlines()
            assert f"{trello}: Creates 6 columns, 122 items, 62 acceptance criteria, 93 comments" in lines, lines
            assert any("40 comments on 13 cards are not in the file" in line for line in lines), lines
            assert len(items_of(out)) == 122
            assert run("--check", out).returncode == 0
            out = os.path.join(folder, "trello-open-cards.waypoint")
            result = run("--import=trello", "--option=archived-cards=leave-out",
                         "--option", "archived-lists=keep", f"--output={out}", trello)
            assert result.returncode == 0, result.stderr
            assert len(items_of(out)) == 44

        def trello_into_existing_document():
            out = os.path.join(folder, "sample-trello.waypoint")
            result = run("--import=trello", f"--into={SAMPLE}", "--place=top", f"--output={out}", trello)
            assert result.returncode == 0, result.stderr
            items = items_of(out)
            alone = os.path.join(folder, "trello-alone.waypoint")
            assert run("--import=trello", f"--output={alone}", trello).returncode == 0
            assert [i["title"] for i in items[:122]] == [i["title"] for i in items_of(alone)]
            assert items[122:] == items_of(SAMPLE)
            assert run("--check", out).returncode == 0

        def trello_bad_files_and_usage():
            out = os.path.join(folder, "never.waypoint")
            fifo = os.path.join(folder, "trello-fifo")
            os.mkfifo(fifo)
            for path, expected in ((SAMPLE, "This is a Waypoint document"), (fifo, "not a file"),
                                   (write(folder, "cut.json", '{"lists": [{"id": "a"'), "not valid JSON")):
                start = time.monotonic()
                result = run("--import=trello", f"--output={out}", path)
                assert result.returncode == 1 and expected in result.stderr, (path, result.stderr)
                assert time.monotonic() - start < 1, path
                assert not os.path.exists(out)
            for extra in (["--option=colour=red"], ["--option=archived-cards=burn"], ["--option=x"],
                          ["--place=middle", f"--into={SAMPLE}"], ["--place=top"]):
                result = run("--import=trello", f"--output={out}", *extra, trello)
                assert result.returncode == 2, (extra, result.stderr)
            assert run("--option=archived-cards=done", "--check", SAMPLE).returncode == 2

        if os.path.exists(trello):
            check("--import=trello makes a product of a board and says what it converted", trello_into_new_document)
            check("--into with --place=top puts a board's cards above a product's backlog", trello_into_existing_document)
            check("importing what is not a Trello board writes nothing; bad options exit 2", trello_bad_files_and_usage)

    sys.exit(finish())


if __name__ == "__main__":
    main()
