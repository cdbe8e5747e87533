#!/usr/bin/python3
"""JSONTestSuite (nst/JSONTestSuite) against the real binary: every file through --check (what
JSON forbids is refused, nothing crashes or hangs), and every value that JSON allows, or leaves to
the implementation, put into a document as another tool would, as an unknown member at the top
and in an item: it comes back exactly from --export=json (the writer Save uses), or the document
is refused with a message that says where."""
import json
import os
import subprocess
import sys
import tempfile

from tap import check, finish

BINARY = os.environ["WP_BINARY"]
SUITE = os.path.join(os.environ["WP_TESTDATA"], "jsontestsuite")

# What a refusal of the JSON itself says (as opposed to "not a Waypoint document").
JSON_REFUSALS = ("not valid JSON", "not UTF-8", "NUL character", "nested more than",
                 "half of a character", "The file is empty")
# A text cannot hold NUL (docs/FORMAT.md): valid JSON, refused with its place.
NUL = "NUL character"


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LANGUAGE"] = "C"
    try:
        return subprocess.run([BINARY, *args], capture_output=True, env=env, timeout=20)
    except subprocess.TimeoutExpired as error:
        raise AssertionError(f"{' '.join(args)} did not return within 20 s") from error


def suite_files(prefix):
    return sorted(name for name in os.listdir(SUITE) if name.startswith(prefix))


def read(name):
    with open(os.path.join(SUITE, name), "rb") as f:
        return f.read()


def stderr_of(result):
    return result.stderr.decode("utf-8", errors="replace")


def assert_sane(name, result):
    """Exits 0 or 1 with a message, never by a signal, and prints no GLib criticals."""
    err = stderr_of(result)
    assert result.returncode in (0, 1), f"{name}: exit status {result.returncode}: {err}"
    assert "CRITICAL" not in err and "WARNING" not in err, f"{name}: {err}"
    assert result.returncode == 0 or err.strip(), f"{name}: refused without a message"


def exact(text):
    """A value with its numbers as written, to compare what came back to the letter."""
    return json.loads(text, parse_float=lambda s: ("number", s), parse_int=lambda s: ("number", s),
                      parse_constant=lambda s: ("constant", s))


def check_files(prefix, refused):
    problems = []
    for name in suite_files(prefix):
        result = run("--check", os.path.join(SUITE, name))
        try:
            assert_sane(name, result)
        except AssertionError as error:
            problems.append(str(error))
            continue
        err = stderr_of(result)
        json_refused = result.returncode == 1 and any(r in err for r in JSON_REFUSALS)
        if refused is True and not json_refused:
            problems.append(f"{name}: JSON forbids it, but it was not refused as JSON: {err}")
        if refused is False and json_refused and NUL not in err:
            problems.append(f"{name}: valid JSON refused: {err}")
    assert not problems, "\n".join(problems)


def embeddings(value):
    """The value as an unknown member at the top level, and in an item."""
    head = b'{"format": "waypoint", "version": 1, '
    yield "top", head + b'"x-test": ' + value + b"}", lambda d: d["x-test"]
    item = head + b'"items": [{"id": "a", "title": "A", "x-test": ' + value + b"}]}"
    yield "item", item, lambda d: d["items"][0]["x-test"]


def embed(prefix):
    kept = refused = 0
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "in.waypoint")
        out = os.path.join(folder, "out.waypoint")
        for name in suite_files(prefix):
            value = read(name)
            for where, document, member in embeddings(value):
                with open(source, "wb") as f:
                    f.write(document)
                result = run("--export=json", f"--output={out}", source)
                label = f"{name} ({where})"
                try:
                    assert_sane(label, result)
                except AssertionError as error:
                    problems.append(str(error))
                    continue
                if result.returncode != 0:
                    refused += 1
                    err = stderr_of(result)
                    if "line " not in err.lower() and "x-test" not in err:
                        problems.append(f"{label}: refused without saying where: {err}")
                    continue
                kept += 1
                again = run("--check", out)
                if again.returncode != 0:
                    problems.append(f"{label}: the file written does not open: {stderr_of(again)}")
                    continue
                with open(out, encoding="utf-8") as f:
                    written = member(exact(f.read()))
                if written != exact(value.decode("utf-8")):
                    problems.append(f"{label}: {value[:60]!r} came back as {written!r:.60}")
                if os.path.exists(out):
                    os.unlink(out)
    print(f"# {prefix}: {kept} kept exactly, {refused} refused with their place")
    assert not problems, "\n".join(problems)


def main():
    if not os.path.isdir(SUITE):
        print(f"1..0 # SKIP {SUITE} is not there")
        return 0

    check("every n_ file (JSON forbids it) is refused, with a message", lambda: check_files("n_", True))
    check("every y_ file (JSON allows it) is read as JSON", lambda: check_files("y_", False))
    check("every i_ file (left to the reader) gives an answer, never a crash or hang",
          lambda: check_files("i_", None))
    check("every y_ value in a document comes back exactly or is refused with its place",
          lambda: embed("y_"))
    check("every i_ value in a document comes back exactly or is refused with its place",
          lambda: embed("i_"))
    return finish()


if __name__ == "__main__":
    sys.exit(main())
