#!/usr/bin/python3
"""The Board page with real input: a card dragged to another column, Ctrl+Right, Alt+Up,
and Ctrl+Z after a drag — each checked in the saved file; typing on the board searches its cards, Escape
clears the search and a second one closes it."""
import os
import tempfile

import pyatspi

from wpe2e import (Tap, by_title, copies_of, in_closed_search_bar, load_json, open_page, quit_cleanly,
                   save_and_load, wait_for)

SAMPLE = os.environ["WP_SAMPLE"]
CARD = pyatspi.ROLE_LIST_ITEM


def open_board(path):
    return open_page(path, 3, "Board")


def column_order(document, column_id, sprint="sprint-4"):
    items = [item for item in document["items"] if item["status"] == column_id and item["sprint"] == sprint]
    return [item["title"] for item in sorted(items, key=lambda item: item["rank"].encode())]


def test_drag_to_other_column(path):
    app = open_board(path)
    try:
        title = "Battery saver mode for long hikes"
        card = app.find_prefix(title, CARD)
        column = app.find_prefix("GPS position jumps", CARD)
        # Drop into the In Progress column, below its last card.
        app.drag(app.point(card), app.point(column, 0.5, 0.9))
        after = save_and_load(app, path)
        assert by_title(after, title)["status"] == "doing", by_title(after, title)["status"]
        assert column_order(after, "doing")[-1] == title, column_order(after, "doing")
        quit_cleanly(app)
    finally:
        app.close()


def test_keyboard_moves(path):
    before = load_json(path)
    app = open_board(path)
    try:
        title = "Fill in App Store privacy labels and Play data safety form"
        app.click(app.find_prefix(title, CARD))
        app.key("ctrl+Right")
        after = save_and_load(app, path)
        assert by_title(after, title)["status"] == "doing"
        assert by_title(after, title)["rank"] == by_title(before, title)["rank"], "Ctrl+Right keeps the rank"

        order = column_order(after, "doing")
        position = order.index(title)
        assert position > 0, order
        app.key("alt+Up")
        moved = save_and_load(app, path)
        assert column_order(moved, "doing").index(title) == position - 1, column_order(moved, "doing")
        quit_cleanly(app)
    finally:
        app.close()


def test_undo_after_drag(path):
    before = load_json(path)
    app = open_board(path)
    try:
        card = app.find_prefix("Show stats for a recorded hike", CARD)
        target = app.find_prefix("Battery saver mode for long hikes", CARD)
        app.drag(app.point(card), app.point(target, 0.5, 0.2))
        app.key("ctrl+z")
        after = save_and_load(app, path)
        assert after == before
        app.key("ctrl+q")
        assert app.wait_exit() == 0
    finally:
        app.close()


def test_type_to_search(path):
    app = open_board(path)
    try:
        found, other = "Battery saver mode for long hikes", "GPS position jumps"

        def shown(prefix):
            return [node for node in app.find_all(role=CARD) if node.name.startswith(prefix)]
        app.click(app.find_prefix(other, CARD))
        # Typing on a card opens the search with what was typed, and the board keeps what it finds.
        app.type("battery")
        search = app.find("Search the board", pyatspi.ROLE_ENTRY)
        wait_for(lambda: not shown(other) and shown(found), what="the search to keep the battery card alone")
        # Escape empties the search and every card is back.
        app.key("Escape")
        wait_for(lambda: shown(other), what="every card back")
        # A second one closes the search bar.
        assert not in_closed_search_bar(search)
        app.key("Escape")
        wait_for(lambda: in_closed_search_bar(search), what="the search bar to close")
        # Ctrl+F opens it again, empty, in the entry: typed text searches, Escape there empties it.
        app.key("ctrl+f")
        wait_for(lambda: search.getState().contains(pyatspi.STATE_FOCUSED), what="the focus in the search")
        app.type("battery")
        wait_for(lambda: not shown(other), what="the search to narrow the board")
        app.key("Escape")
        wait_for(lambda: shown(other), what="every card back after Escape in the search")
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        fresh = copies_of(SAMPLE, folder)

        tap.run("a card dragged to another column gets that status in the file",
                test_drag_to_other_column, fresh("drag.waypoint"))
        tap.run("Ctrl+Right moves a card to the next column, Alt+Up up within it",
                test_keyboard_moves, fresh("keys.waypoint"))
        tap.run("Ctrl+Z after a card drag restores the file exactly", test_undo_after_drag, fresh("undo.waypoint"))
        tap.run("typing on the board searches its cards; Escape clears, a second one closes",
                test_type_to_search, fresh("search.waypoint"))
    tap.finish()


if __name__ == "__main__":
    main()
