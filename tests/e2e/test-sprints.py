#!/usr/bin/python3
"""The Sprints page and the sprint review with real input: an item dragged from the top of the backlog
into the sprint is planned into it (checked in the saved file); F5 opens the review full screen with
the sprint and its goal on the first slides, Right goes on, O shows all slides, Escape leaves; the
notes typed on the discussion slide are saved into the sprint; Export Review as PDF… writes 16:9
pages with the goal and the sprint's items (pdftotext); typing in the sprint list searches names and
goals, Escape clears the search and a second one closes it."""
import os
import re
import subprocess
import tempfile
import time

import pyatspi

from wpe2e import (Tap, copies_of, in_closed_search_bar, load_json, open_page, quit_cleanly,
                   save_and_load, wait_for, window_manager, window_size_is, xdotool)

SAMPLE = os.environ["WP_SAMPLE"]
OVERDUE = "Overdue alert if I haven't checked in by my return time"


def open_sprints(path):
    return open_page(path, 6, "Sprints")


def assert_planned_and_quit(app, path):
    """The dragged item is in Sprint 4 in the saved file; the app quits cleanly."""
    after = save_and_load(app, path)
    item = next(item for item in after["items"] if item["title"] == OVERDUE)
    assert item["sprint"] == "sprint-4", item
    quit_cleanly(app)


def test_plan_by_dragging(path):
    app = open_sprints(path)
    try:
        # Wide enough for the sprint's list and the top of the backlog side by side.
        xdotool("windowsize", "--sync", app.window_id, 1560, 980)
        xdotool("windowmove", "--sync", app.window_id, 0, 0)
        wait_for(lambda: window_size_is(app, 1560, 980), what="the window at its new size")
        app.find("Sprint 4", pyatspi.ROLE_LABEL)
        planned = app.find("In This Sprint", pyatspi.ROLE_LIST)
        row = app.find(OVERDUE)
        target = app.find_prefix("Delete downloaded regions to free up space", within=planned)
        app.drag(app.point(row, fx=0.3), app.point(target, fx=0.3))
        # The drop rebuilds the sprint's list: find it again.
        app.find_prefix(OVERDUE, within=app.find("In This Sprint", pyatspi.ROLE_LIST))
        assert_planned_and_quit(app, path)
    finally:
        app.close()


def test_export_review(path, folder):
    out = os.path.join(folder, "exported review.pdf")
    app = open_sprints(path)
    try:
        app.find("Sprint 4", pyatspi.ROLE_LABEL)
        app.click(app.find("More for This Sprint"))
        # The menu is a popover of its own: chosen with the keys, as its items are not where the main window is.
        app.find("Export Review as PDF…")
        app.key("Up", "Return")
        # The file chooser offers "Sprint 4 Review.pdf", selected: a whole path typed over it goes elsewhere.
        app.find(role=pyatspi.ROLE_TEXT, within=app.dialog())
        app.key("ctrl+a")
        app.type(out)
        app.key("Return")
        # Complete once pdfinfo can read it.
        wait_for(lambda: os.path.exists(out) and subprocess.run(["pdfinfo", out], capture_output=True)
                 .returncode == 0, what="the exported PDF")
        info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
        assert "960 x 540 pts" in info, info
        text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
        for words in ("Sprint 4", "Record a full-day hike in the background", "Battery saver mode for long hikes"):
            assert words in text, (words, text[:1000])
        quit_cleanly(app)
    finally:
        app.close()


def in_window(app, accessible):
    extents = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    frame = app.frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return 60 < extents.y and extents.y + extents.height < frame.height - 20


def move_in_steps(start, end, steps=20):
    for step in range(1, steps + 1):
        xdotool("mousemove", start[0] + (end[0] - start[0]) * step // steps,
                start[1] + (end[1] - start[1]) * step // steps)
        time.sleep(0.03)


def test_plan_by_dragging_up(path):
    """In a window too narrow for the lists side by side, a drag held at the top edge scrolls up to the sprint."""
    app = open_sprints(path)
    try:
        title = app.find("Sprint 4", pyatspi.ROLE_LABEL)
        backlog = app.find("Top of the Backlog", pyatspi.ROLE_LIST)
        planned = app.find("In This Sprint", pyatspi.ROLE_LIST)
        row = app.find_prefix(OVERDUE, within=backlog)
        # Stacked lists: scroll the page with the wheel until the backlog's first row is in view.
        xdotool("mousemove", "--sync", *app.point(title, dy=300))
        for _ in range(40):
            if in_window(app, row):
                break
            xdotool("click", "5")
            time.sleep(0.1)
        assert in_window(app, row), "the backlog row never came into view"
        assert not in_window(app, planned), "the lists are side by side: nothing to scroll"

        # Hold the row 10 pixels below the page's top edge (under the 47-pixel header bar) until the sprint shows.
        start = app.point(row, fx=0.3)
        frame = app.frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        edge = (start[0], app.screen_center(app.frame)[1] - frame.height // 2 + 57)
        xdotool("mousemove", "--sync", *start)
        xdotool("mousedown", "1")
        time.sleep(0.3)
        move_in_steps(start, edge, 30)
        wait_for(lambda: in_window(app, planned), what="the page to scroll up to the sprint's list")
        # Out of the edge, the page stops; then onto the sprint's first row.
        # (The pauses in a drag are the pace of a hand, which GTK 4.8 needs to drop; not waits.)
        move_in_steps(edge, (edge[0], edge[1] + 80), 10)
        time.sleep(0.5)
        target = app.find_prefix("Delete downloaded regions", within=planned)
        move_in_steps((edge[0], edge[1] + 80), app.point(target, fx=0.3), 30)
        time.sleep(0.5)
        xdotool("mouseup", "1")
        # The drop rebuilds the sprint's list: find it again.
        app.find_prefix(OVERDUE, within=app.find("In This Sprint", pyatspi.ROLE_LIST))
        assert_planned_and_quit(app, path)
    finally:
        app.close()


def window_state(window_id):
    return subprocess.run(["xprop", "-id", window_id, "_NET_WM_STATE"], capture_output=True, text=True).stdout


def review_window_id(app, main_id):
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.proc.pid)],
                            capture_output=True, text=True)
    others = [wid for wid in result.stdout.split() if wid != main_id]
    return others[-1] if others else None


def counter(app, review):
    """The slide counter, "2 / 11": which slide shows (the deck keeps its other slides "visible")."""
    for node in app.find_all(role=pyatspi.ROLE_LABEL, within=review):
        if re.fullmatch(r"\d+ / \d+", node.name or ""):
            return node.name
    return None


def test_present_review(path):
    wm = window_manager()
    app = open_sprints(path)
    try:
        main_id = app.window_id
        app.find("Sprint 4", pyatspi.ROLE_LABEL)
        app.key("F5")
        review = app.dialog()
        wid = wait_for(lambda: review_window_id(app, main_id), what="the review's window")
        wait_for(lambda: "_NET_WM_STATE_FULLSCREEN" in window_state(wid), what="the review full screen")
        assert app.find("Sprint 4", pyatspi.ROLE_HEADING, within=review)
        wait_for(lambda: counter(app, review) == "1 / 11", what="the first slide")

        app.key("Right")
        wait_for(lambda: counter(app, review) == "2 / 11", what="the second slide")
        app.find("Sprint Goal", pyatspi.ROLE_HEADING, within=review)
        app.find("Record a full-day hike in the background without draining the battery.", within=review)

        # O shows every slide; a number and Enter go straight to one.
        app.key("o")
        app.find("11. Discussion", pyatspi.ROLE_PUSH_BUTTON, within=review)
        app.key("Escape")
        app.key("1", "1", "Return")
        wait_for(lambda: counter(app, review) == "11 / 11", what="the discussion slide")
        notes = app.find("Review Notes", pyatspi.ROLE_TEXT, within=review)
        app.click(notes)
        app.type("Stakeholders want a battery report")
        app.key("ctrl+s")

        app.key("Escape")
        wait_for(lambda: review_window_id(app, main_id) is None, what="the review to close")
        after = save_and_load(app, path)
        sprint = next(sprint for sprint in after["sprints"] if sprint["id"] == "sprint-4")
        assert sprint["review_notes"] == "Stakeholders want a battery report", sprint
        quit_cleanly(app)
    finally:
        app.close()
        wm.terminate()
        wm.wait()


def test_search_sprints(path):
    app = open_sprints(path)
    try:
        def shown(name):
            return app.find_all(name, pyatspi.ROLE_LIST_ITEM)

        def only_routes():
            return not shown("Sprint 4") and shown("Sprint 3") and shown("Sprint 2")
        app.find("Sprint 4", pyatspi.ROLE_LIST_ITEM)
        # Ctrl+F searches the sprints' names and goals.
        app.key("ctrl+f")
        app.type("route")
        wait_for(only_routes, what="the sprints with a route in their goal alone")
        search = app.find("Search sprints", pyatspi.ROLE_ENTRY)
        # Escape empties it and goes back to the list, where typing searches again.
        app.key("Escape")
        wait_for(lambda: shown("Sprint 4"), what="every sprint back")
        app.type("route")
        wait_for(only_routes, what="the search typed in the list")
        # Escape in the list empties the search, the next one closes it.
        app.key("Escape")
        wait_for(lambda: shown("Sprint 4"), what="every sprint back after Escape in the list")
        assert not in_closed_search_bar(search)
        app.key("Escape")
        wait_for(lambda: in_closed_search_bar(search), what="the search bar to close")
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        fresh = copies_of(SAMPLE, folder)
        tap.run("dragging a backlog item into the sprint's list plans it", test_plan_by_dragging,
                fresh("plan.waypoint"))
        tap.run("in a narrow window a drag held at the page's top edge scrolls up to the sprint and plans the item",
                test_plan_by_dragging_up, fresh("plan-up.waypoint"))
        tap.run("F5 presents the review full screen; Right, O, a number, notes, Escape", test_present_review,
                fresh("review.waypoint"))
        tap.run("Export Review as PDF… writes the review's 16:9 pages with its goal and items", test_export_review,
                fresh("export.waypoint"), folder)
        tap.run("typing in the sprint list searches names and goals; Escape clears, a second one closes",
                test_search_sprints, fresh("search.waypoint"))
    tap.finish()


if __name__ == "__main__":
    main()
