#!/usr/bin/python3
"""The Roadmap page with real input: a bar dragged by its middle (moves, keeps its duration) and by
its right edge (keeps its start), Right and Alt+Down on a selected bar, a new entry drawn out on
empty lane space — each checked in the saved file; typing on the timeline searches it."""
import datetime
import os
import tempfile

import pyatspi

from wpe2e import (Tap, copies_of, in_closed_search_bar, load_json, open_page, quit_cleanly, save_and_load,
                   wait_for)

SAMPLE = os.environ["WP_SAMPLE"]
BAR = pyatspi.ROLE_PUSH_BUTTON


def open_roadmap(path):
    return open_page(path, 4, "Roadmap")


def entry(document, title):
    return next(item for item in document["roadmap"]["entries"] if item["title"] == title)


def days(text):
    return datetime.date.fromisoformat(text)


def duration(item):
    return (days(item["end"]) - days(item["start"])).days


def test_drag_middle_moves_and_keeps_duration(path):
    before = entry(load_json(path), "GPX export & share links")
    app = open_roadmap(path)
    try:
        bar = app.find("GPX export & share links", BAR)
        app.drag(app.point(bar, 0.5, 0.5), app.point(bar, 0.5, 0.5, dx=90))
        after = entry(save_and_load(app, path), "GPX export & share links")
        shift = (days(after["start"]) - days(before["start"])).days
        assert shift > 0, (before, after)
        assert duration(after) == duration(before), (before, after)
        assert after["lane"] == before["lane"]
        quit_cleanly(app)
    finally:
        app.close()


def test_drag_right_edge_keeps_start(path):
    before = entry(load_json(path), "Tour operator pilot")
    app = open_roadmap(path)
    try:
        bar = app.find("Tour operator pilot", BAR)
        start = app.point(bar, 1.0, 0.5, dx=-3)
        app.drag(start, (start[0] - 80, start[1]))
        after = entry(save_and_load(app, path), "Tour operator pilot")
        assert after["start"] == before["start"], (before, after)
        assert days(after["end"]) < days(before["end"]), (before, after)
        quit_cleanly(app)
    finally:
        app.close()


def test_keyboard_moves(path):
    before = entry(load_json(path), "Route planner with elevation")
    app = open_roadmap(path)
    try:
        app.click(app.find("Route planner with elevation", BAR))
        app.key("Right")
        moved = entry(save_and_load(app, path), "Route planner with elevation")
        assert (days(moved["start"]) - days(before["start"])).days == 7, (before, moved)
        assert duration(moved) == duration(before)

        app.key("alt+Down")
        lane = entry(save_and_load(app, path), "Route planner with elevation")
        assert lane["lane"] == "lane-business", lane
        assert lane["start"] == moved["start"]
        quit_cleanly(app)
    finally:
        app.close()


def test_tab_moves_between_bars(path):
    before = load_json(path)
    app = open_roadmap(path)
    try:
        app.click(app.find("Route planner with elevation", BAR))
        app.key("Tab")
        app.key("Right")
        after = save_and_load(app, path)
        moved = [item["title"] for item in after["roadmap"]["entries"]
                 if item != entry(before, item["title"])]
        assert len(moved) == 1 and moved[0] != "Route planner with elevation", moved
        app.key("shift+Tab")
        app.key("shift+Tab")
        app.key("Left")
        again = save_and_load(app, path)
        moved_again = [item["title"] for item in again["roadmap"]["entries"] if item != entry(after, item["title"])]
        assert len(moved_again) == 1 and moved_again[0] != moved[0], (moved, moved_again)
        quit_cleanly(app)
    finally:
        app.close()


def test_draw_new_entry(path):
    before = load_json(path)
    app = open_roadmap(path)
    try:
        # Empty space in the Business lane, right of "Store launch" and left of "Club plan".
        launch = app.find_prefix("Store launch", BAR)
        club = app.find_prefix("Club plan", BAR)
        left = app.point(launch, 1.0, 0.5, dx=8)
        right = app.point(club, 0.0, 0.5, dx=-8)
        if right[0] - left[0] < 20:
            right = (left[0] + 20, left[1])
        app.drag(left, right)
        app.key("Escape")
        after = save_and_load(app, path)
        added = [item for item in after["roadmap"]["entries"]
                 if item["id"] not in {old["id"] for old in before["roadmap"]["entries"]}]
        assert len(added) == 1, added
        assert added[0]["lane"] == "lane-business", added
        assert days(added[0]["start"]) <= days(added[0]["end"]), added
        quit_cleanly(app)
    finally:
        app.close()


def test_type_to_search(path):
    app = open_roadmap(path)
    try:
        other, found = "Route planner with elevation", "GPX export & share links"

        def focusable(name):
            return app.find(name, BAR).getState().contains(pyatspi.STATE_FOCUSABLE)
        app.click(app.find(other, BAR))
        # Typing on a bar opens the search; the bars it does not find step out of Tab's way.
        app.type("gpx")
        search = app.find("Search the roadmap", pyatspi.ROLE_ENTRY)
        wait_for(lambda: not focusable(other) and focusable(found), what="the search to dim the other bars")
        # Enter goes to the first bar found.
        app.key("Return")
        wait_for(lambda: app.find(found, BAR).getState().contains(pyatspi.STATE_FOCUSED),
                 what="the focus on the bar found")
        # Escape on the bar empties the search; a second one closes it.
        app.key("Escape")
        wait_for(lambda: focusable(other), what="every bar back")
        app.key("Escape")
        wait_for(lambda: in_closed_search_bar(search), what="the search bar to close")
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        fresh = copies_of(SAMPLE, folder)
        tap.run("dragging a bar's middle moves it and keeps its duration", test_drag_middle_moves_and_keeps_duration,
                fresh("move.waypoint"))
        tap.run("dragging a bar's right edge changes its end and keeps its start", test_drag_right_edge_keeps_start,
                fresh("edge.waypoint"))
        tap.run("Right moves the selected bar a week, Alt+Down into the next lane", test_keyboard_moves,
                fresh("keys.waypoint"))
        tap.run("Tab and Shift+Tab go from bar to bar", test_tab_moves_between_bars, fresh("tab.waypoint"))
        tap.run("dragging on empty lane space adds an entry in that lane", test_draw_new_entry, fresh("new.waypoint"))
        tap.run("typing on the timeline searches it, Enter goes to the first found, Escape clears",
                test_type_to_search, fresh("search.waypoint"))
    tap.finish()


if __name__ == "__main__":
    main()
