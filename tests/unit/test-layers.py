#!/usr/bin/python3
"""The house rules that a compiler does not check by itself: which folder may include which,
that the unit tests of the core never load GTK, the size and shape of every source file, and
that every translatable string and every template reaches the build."""
import os
import re
import subprocess
import sys

from tap import check, finish

SOURCE = os.environ["WP_SOURCE_ROOT"]
SRC = os.path.join(SOURCE, "src")

# What each folder may include, besides itself (docs/HACKING.md draws it).
ALLOWED = {
    "model": set(),
    "storage": {"model"},
    "render": {"model"},
    "widgets": {"model", "storage", "render"},
    "pages": {"model", "storage", "render", "widgets"},
    "app": {"model", "storage", "render", "widgets", "pages"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
# GNOME's anchors split a file at about 800 lines; .editorconfig sets 100 columns.
MAX_LINES = 800
MAX_COLUMNS = 100
TRANSLATABLE = re.compile(r'(?<![\w])(_|N_|C_|NC_)\(\s*"|g_dngettext \(|translatable="yes"')


def sources(*folders, suffixes=(".c", ".h")):
    """The files below @folders with one of @suffixes, as git would see them: no build output."""
    for folder in folders:
        for root, _, names in os.walk(os.path.join(SOURCE, folder)):
            for name in sorted(names):
                if name.endswith(suffixes):
                    yield os.path.join(root, name)


def folder_of(path):
    """The layer a file belongs to; a page is its own folder under pages/."""
    parts = os.path.relpath(path, SRC).split(os.sep)
    if parts[0] == "pages" and len(parts) > 2:
        return "pages/" + parts[1]
    return parts[0]


def layer(folder):
    return folder.split("/")[0]


def header_folders():
    where = {}
    for path in sources("src", suffixes=(".h",)):
        where[os.path.basename(path)] = folder_of(path)
    return where


def includes_follow_the_arrows():
    where = header_folders()
    wrong = []
    for path in sources("src", suffixes=(".c", ".h")):
        mine = folder_of(path)
        if mine == "main.c":
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for header in INCLUDE.findall(text):
            theirs = where.get(header)
            if theirs is None or theirs == mine:
                continue
            if layer(theirs) in ALLOWED[layer(mine)] and not (
                layer(mine) == "pages" and layer(theirs) == "pages"
            ):
                continue
            wrong.append(f"{os.path.relpath(path, SOURCE)} includes {header} ({theirs})")
    assert not wrong, "\n".join(wrong)


def private_headers_kept_in():
    """A -private.h is for its own folder; the reader alone builds documents from the model's."""
    where = header_folders()
    wrong = []
    for path in sources("src", suffixes=(".c", ".h")):
        mine = folder_of(path)
        for header in INCLUDE.findall(read(path)):
            theirs = where.get(header)
            if not header.endswith("-private.h") or theirs is None or theirs == mine:
                continue
            if mine == "storage" and theirs == "model":
                continue
            wrong.append(f"{os.path.relpath(path, SOURCE)} includes {header} of {theirs}")
    assert not wrong, "\n".join(wrong)


def core_tests_without_gtk(binaries):
    linked = []
    for binary in binaries:
        out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
        for lib in ("libgtk", "libadwaita", "libgdk"):
            if lib in out:
                linked.append(f"{os.path.basename(binary)} links {lib}")
    assert not linked, "\n".join(linked)


def core_library_without_gtk(library):
    out = subprocess.run(["nm", "-u", library], capture_output=True, text=True, check=True).stdout
    used = sorted({s for s in out.split() if re.match(r"^(gtk|gdk|adw|gsk)_", s)})
    assert not used, "the core library calls " + ", ".join(used)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def files_in_shape():
    wrong = []
    for path in sources("src", "tests"):
        lines = read(path).split("\n")
        name = os.path.relpath(path, SOURCE)
        if len(lines) > MAX_LINES:
            wrong.append(f"{name}: {len(lines)} lines; split it by concern or into child widgets")
        long = [str(i + 1) for i, line in enumerate(lines) if len(line) > MAX_COLUMNS]
        if long:
            wrong.append(f"{name}: over {MAX_COLUMNS} columns at lines {', '.join(long[:10])}")
        if not lines[0].startswith("/* SPDX-License-Identifier:") or not lines[1].startswith("/*"):
            wrong.append(f"{name}: does not open with the SPDX line and a comment saying what it is for")
    assert not wrong, "\n".join(wrong)


def translations_listed():
    listed = {line.strip() for line in read(os.path.join(SOURCE, "po", "POTFILES.in")).split("\n")
              if line.strip() and not line.startswith("#")}
    found = set()
    for path in sources("src", "ui", suffixes=(".c", ".ui")):
        if TRANSLATABLE.search(read(path)):
            found.add(os.path.relpath(path, SOURCE))
    missing = sorted(found - listed)
    gone = sorted(p for p in listed if not os.path.exists(os.path.join(SOURCE, p)))
    assert not missing and not gone, "\n".join(
        [f"{p}: has translatable strings, not in po/POTFILES.in" for p in missing] +
        [f"{p}: in po/POTFILES.in, but there is no such file" for p in gone])


def templates_bundled():
    manifest = read(os.path.join(SOURCE, "ui", "waypoint.gresource.xml.in"))
    bundled = set(re.findall(r"<file[^>]*>([^<]+\.ui)</file>", manifest))
    wrong = []
    for path in sources("ui", suffixes=(".ui",)):
        name = os.path.relpath(path, os.path.join(SOURCE, "ui"))
        if name not in bundled:
            wrong.append(f"ui/{name}: not in ui/waypoint.gresource.xml.in")
    for path in sources("src", suffixes=(".c",)):
        for resource in re.findall(r'RESOURCE_PATH\s+"/([^"]+\.ui)"', read(path)):
            if resource not in bundled:
                wrong.append(f"{os.path.relpath(path, SOURCE)}: its template {resource} is not bundled")
    assert not wrong, "\n".join(wrong)


def main():
    library, *binaries = sys.argv[1:]
    check("includes point down only: app, pages, widgets, render and storage, model",
          includes_follow_the_arrows)
    check("private headers stay in their folder", private_headers_kept_in)
    check("the unit tests of the core link no GTK", lambda: core_tests_without_gtk(binaries))
    check("the core library calls no GTK", lambda: core_library_without_gtk(library))
    check(f"files within {MAX_LINES} lines and {MAX_COLUMNS} columns, each saying what it is for",
          files_in_shape)
    check("every file with translatable strings is in po/POTFILES.in", translations_listed)
    check("every template is bundled", templates_bundled)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
