#!/usr/bin/python3
"""The window: welcome page, the six pages by click and by Alt+N, quitting with Ctrl+Q."""
import os
import tempfile

import pyatspi

from wpe2e import App, Tap, quit_cleanly, wait_for

PAGES = ["Vision", "Backlog", "Board", "Roadmap", "Feedback", "Sprints"]


def test_welcome():
    app = App()
    try:
        for name in ("New Product", "Open…", "Open Sample Product"):
            app.find(name, pyatspi.ROLE_PUSH_BUTTON)
        app.find("Welcome to Waypoint", pyatspi.ROLE_LABEL)
        quit_cleanly(app)
    finally:
        app.close()


def test_pages(document):
    app = App(document)
    try:
        tabs = wait_for(lambda: app.find_all(role=pyatspi.ROLE_PAGE_TAB), what="page switcher")
        assert [tab.name for tab in tabs] == PAGES, [tab.name for tab in tabs]
        for name in PAGES:
            app.find(name, shown=False)  # each page is named after its title

        for name in reversed(PAGES):
            app.click(app.find(name, pyatspi.ROLE_PAGE_TAB))
            wait_for(lambda: app.current_page() == name, what=f"page {name} after a click")

        for number, name in enumerate(PAGES, start=1):
            app.key(f"alt+{number}")
            wait_for(lambda: app.current_page() == name, what=f"page {name} after Alt+{number}")

        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        document = os.path.join(folder, "product.waypoint")
        with open(document, "w", encoding="utf-8") as f:
            f.write('{"format": "waypoint", "version": 1}\n')
        tap.run("welcome page offers new, open and sample; Ctrl+Q quits", test_welcome)
        tap.run("a document shows six pages, switched by click and Alt+N; Ctrl+Q quits", test_pages, document)
    tap.finish()


if __name__ == "__main__":
    main()
