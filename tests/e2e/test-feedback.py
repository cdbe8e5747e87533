#!/usr/bin/python3
"""The Feedback page with real input: the search narrows the table as you type, Ctrl+N captures
an entry, Ctrl+L links one to an item picked by typing, and so does dragging an entry onto an item of
the side list — each checked on screen or in the saved file."""
import os
import tempfile

import pyatspi

from wpe2e import Tap, copies_of, load_json, open_page, quit_cleanly, save_and_load, wait_for

SAMPLE = os.environ["WP_SAMPLE"]


def open_feedback(path):
    return open_page(path, 5, "Feedback")


def rows_named(app, prefix):
    return [node for node in app.find_all() if (node.name or "").startswith(prefix)]


def test_search_narrows(path):
    app = open_feedback(path)
    try:
        app.find_prefix("Priya Raman: ")
        app.find_prefix("Tom Eriksen: ")
        app.click(app.find("Search feedback"))
        app.type("priya")
        wait_for(lambda: not rows_named(app, "Tom Eriksen: "), what="the search to narrow the table")
        assert rows_named(app, "Priya Raman: ")
        quit_cleanly(app)
    finally:
        app.close()


def test_escape_clears_search(path):
    app = open_feedback(path)
    try:
        app.find_prefix("Tom Eriksen: ")
        search = app.find("Search feedback")
        app.click(search)
        app.type("priya")
        wait_for(lambda: not rows_named(app, "Tom Eriksen: "), what="the search to narrow the table")
        # Escape empties the search and goes back to the table, which shows everything again.
        app.key("Escape")
        app.find_prefix("Tom Eriksen: ")
        assert search.queryText().getText(0, -1) == ""
        assert not search.getState().contains(pyatspi.STATE_FOCUSED)
        # Typing in the table searches again.
        app.type("priya")
        wait_for(lambda: not rows_named(app, "Tom Eriksen: "), what="the search typed in the table")
        quit_cleanly(app)
    finally:
        app.close()


def test_capture_with_ctrl_n(path):
    before = load_json(path)
    app = open_feedback(path)
    try:
        app.key("ctrl+n")
        dialog = app.dialog()
        app.find("What they said", pyatspi.ROLE_TEXT, within=dialog)
        app.type("Please show hut opening times.")
        app.click(app.find("Customer", within=dialog))
        app.type("Marcus Chen")
        app.key("ctrl+Return")
        after = save_and_load(app, path)
        assert len(after["feedback"]) == len(before["feedback"]) + 1
        added = after["feedback"][-1]
        assert added["text"] == "Please show hut opening times.", added
        assert added["customer"] == "Marcus Chen", added
        assert added["importance"] == 2, added
        quit_cleanly(app)
    finally:
        app.close()


def test_link_with_ctrl_l(path):
    before = load_json(path)
    app = open_feedback(path)
    try:
        row = app.find_prefix("Tom Eriksen: Walking times")
        app.click(row)
        app.key("ctrl+l")
        picker = app.dialog()
        app.find("Find an item", within=picker)
        app.type("battery saver")
        app.key("Return")
        after = save_and_load(app, path)
        battery = next(item["id"] for item in after["items"] if item["title"] == "Battery saver mode for long hikes")
        old = next(entry for entry in before["feedback"] if entry["text"].startswith("Walking times"))
        new = next(entry for entry in after["feedback"] if entry["id"] == old["id"])
        assert new["items"] == old["items"] + [battery], (old["items"], new["items"])
        quit_cleanly(app)
    finally:
        app.close()


def test_link_by_dragging(path):
    before = load_json(path)
    app = open_feedback(path)
    try:
        app.click(app.find("Link by Dragging"))
        app.click(app.find("Find a backlog item to link"))
        app.type("battery saver")
        target = app.find("Battery saver mode for long hikes", pyatspi.ROLE_LIST_ITEM)
        # The customer's cell, which the drag starts from (its row has the same name).
        row = app.find_prefix("Aoife Brennan: Will there be a way", pyatspi.ROLE_LABEL)
        app.drag(app.point(row), app.point(target))
        after = save_and_load(app, path)
        battery = next(item["id"] for item in after["items"] if item["title"] == "Battery saver mode for long hikes")
        old = next(entry for entry in before["feedback"] if entry["customer"] == "Aoife Brennan")
        new = next(entry for entry in after["feedback"] if entry["id"] == old["id"])
        assert new["items"] == old["items"] + [battery], (old["items"], new["items"])
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        fresh = copies_of(SAMPLE, folder)
        tap.run("typing in the search narrows the table", test_search_narrows, fresh("search.waypoint"))
        tap.run("Escape empties the search and shows every entry again; typing in the table searches", test_escape_clears_search,
                fresh("escape.waypoint"))
        tap.run("Ctrl+N on the Feedback page captures an entry", test_capture_with_ctrl_n, fresh("capture.waypoint"))
        tap.run("Ctrl+L links the selected entry to an item picked by typing", test_link_with_ctrl_l,
                fresh("link.waypoint"))
        tap.run("dragging an entry onto an item of the side list links them", test_link_by_dragging,
                fresh("drag.waypoint"))
    tap.finish()


if __name__ == "__main__":
    main()
