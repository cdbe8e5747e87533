#!/usr/bin/python3
"""The Backlog page with real input: drags of one row and of a multi-selection, Alt+arrow moves,
a drag across a release line (and its forecast while it rests there), Ctrl+Z after a drag, renaming
in place, the score column and its explanation, a proposed order applied with a click — each checked
in the saved file."""
import json
import os
import tempfile

import pyatspi

from wpe2e import (Tap, by_title, copies_of, in_closed_search_bar, load_json, open_menu_item, open_page,
                   quit_cleanly, save_and_load, wait_for)

SAMPLE = os.environ["WP_SAMPLE"]
ROW = pyatspi.ROLE_TABLE_ROW


def items_by_id(document):
    return {item["id"]: item for item in document["items"]}


def title_order(document):
    """The backlog as the page shows it: open items (not in the last column) by rank."""
    done = document["columns"][-1]["id"]
    return [item["title"] for item in sorted(document["items"], key=lambda item: item["rank"].encode())
            if item["status"] != done]


def changed_items(old, new):
    """{id: [changed members]} between two documents."""
    old_items, new_items = items_by_id(old), items_by_id(new)
    assert old_items.keys() == new_items.keys()
    return {item_id: [key for key in new_items[item_id] if new_items[item_id][key] != old_items[item_id].get(key)]
            for item_id in new_items if new_items[item_id] != old_items[item_id]}


def open_backlog(path):
    return open_page(path, 2, "Backlog")


def drag_above(app, source_title, target_title):
    source = app.find_prefix(source_title, ROW)
    target = app.find_prefix(target_title, ROW)
    app.drag(app.point(source, 0.5, 0.5), app.point(target, 0.5, 0.2))


def test_drag_changes_only_the_moved_rank(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        drag_above(app, "Record my hike in the background", "Show stats for a recorded hike")
        after = save_and_load(app, path)
        order = title_order(after)
        assert order.index("Record my hike in the background") == order.index("Show stats for a recorded hike") - 1, order[:10]
        moved = by_title(after, "Record my hike in the background")["id"]
        assert changed_items(before, after) == {moved: ["rank"]}, changed_items(before, after)
        assert {k: v for k, v in after.items() if k != "items"} == {k: v for k, v in before.items() if k != "items"}
        quit_cleanly(app)
    finally:
        app.close()


def test_drag_to_the_top_stays_in_view(path):
    app = open_backlog(path)
    try:
        title = "Record my hike in the background"
        drag_above(app, title, "Offline maps")
        row = app.find_prefix(title, ROW)
        first = app.find_prefix("Offline maps", ROW)
        top = row.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y
        below = first.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y
        # The dropped row is where the marker was: at the top, above the old first row, in view.
        assert top < below, (top, below)
        list_top = app.find_prefix(title, ROW).parent.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y
        assert top >= list_top - 2, (top, list_top)
        assert title_order(save_and_load(app, path))[0] == title
        quit_cleanly(app)
    finally:
        app.close()


def test_keyboard_moves(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        title = "Fill in App Store privacy labels and Play data safety form"
        app.click(app.find_prefix(title, ROW))
        app.key("alt+Up")
        app.key("alt+Up")
        after = save_and_load(app, path)
        old_order, new_order = title_order(before), title_order(after)
        assert new_order.index(title) == old_order.index(title) - 2, (old_order.index(title), new_order.index(title))

        app.key("alt+Down")
        after_down = save_and_load(app, path)
        assert title_order(after_down).index(title) == old_order.index(title) - 1
        moved = by_title(after, title)["id"]
        assert changed_items(before, after_down) == {moved: ["rank"]}
        quit_cleanly(app)
    finally:
        app.close()


def test_drag_across_release_line(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        title = "Safety check-in"
        assert by_title(before, title)["release"] != "rel-mvp"
        drag_above(app, title, "Tell me when a downloaded region has newer map data")
        after = save_and_load(app, path)
        moved = by_title(after, title)
        assert moved["release"] == "rel-mvp", moved["release"]
        assert sorted(changed_items(before, after)[moved["id"]]) == ["rank", "release"]
        app.key("ctrl+q")
        assert app.wait_exit() == 0
    finally:
        app.close()


def test_drag_previews_the_line_forecast(path):
    """Resting above the MVP's line, the line reads the forecast with the dragged item's points;
    after the drop it reads the same days."""
    app = open_backlog(path)
    try:
        title = "Safety check-in"
        source = app.find_prefix(title, ROW)
        target = app.find_prefix("Tell me when a downloaded region has newer map data", ROW)
        seen = {}

        def read_preview():
            line = app.find_prefix("MVP", ROW)
            seen["name"] = wait_for(lambda: line.name if "If dropped here: 85%: by Sprint " in line.name
                                    else None, what="the MVP line's preview")

        app.drag(app.point(source, 0.5, 0.5), app.point(target, 0.5, 0.2), while_held=read_preview)
        preview = seen["name"].split("If dropped here: ", 1)[1]
        line = app.find_prefix("MVP", ROW)
        wait_for(lambda: "If dropped here" not in line.name and preview in line.name,
                 what=f"the MVP line to read {preview!r}")
        assert by_title(save_and_load(app, path), title)["release"] == "rel-mvp"
        app.key("ctrl+q")
        assert app.wait_exit() == 0
    finally:
        app.close()


def test_undo_after_drag(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        drag_above(app, "Battery saver mode for long hikes", "Show stats for a recorded hike")
        app.key("ctrl+z")
        after = save_and_load(app, path)
        assert after == before, changed_items(before, after)
        app.key("ctrl+q")
        assert app.wait_exit() == 0
    finally:
        app.close()


def test_drag_release_line(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        title = "Tell me when a downloaded region has newer map data"
        assert by_title(before, title)["release"] == "rel-mvp"
        drag_above(app, "MVP", title)
        after = save_and_load(app, path)
        mvp = next(release for release in after["releases"] if release["id"] == "rel-mvp")
        assert mvp["rank"] < by_title(after, title)["rank"], (mvp["rank"], by_title(after, title)["rank"])
        assert by_title(after, title)["release"] == "rel-1-0", by_title(after, title)["release"]
        assert changed_items(before, after) == {by_title(after, title)["id"]: ["release"]}, changed_items(before, after)
        quit_cleanly(app)
    finally:
        app.close()


def test_drag_several_keeps_their_order(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        first, second = "Offline search for peaks, huts and car parks", "Crash when rotating the phone during a region download"
        app.click(app.find_prefix(first, ROW))
        app.click(app.find_prefix(second, ROW), modifier="ctrl")
        # The side pane sums up the selection: 5 and 2 points.
        app.find_prefix("2 Items Selected")
        app.find_prefix("7 points.")
        drag_above(app, second, "Navigation & track recording")
        after = save_and_load(app, path)
        order = title_order(after)
        start = order.index("Route planning")
        assert order[start:start + 4] == ["Route planning", first, second, "Navigation & track recording"], order[:8]
        moved = {by_title(after, first)["id"]: ["rank"], by_title(after, second)["id"]: ["rank"]}
        assert changed_items(before, after) == moved, changed_items(before, after)
        quit_cleanly(app)
    finally:
        app.close()


def test_rename_in_place(path):
    before = load_json(path)
    app = open_backlog(path)
    try:
        title = "Battery saver mode for long hikes"
        app.click(app.find_prefix(title, ROW))
        app.key("F2")
        app.type("Nothing to keep")
        app.key("Escape")
        assert save_and_load(app, path) == before

        # Enter on the row edits too; the whole title is selected, so typing replaces it.
        app.key("Return")
        app.type("Battery saver for multi-day hikes")
        app.key("Return")
        after = save_and_load(app, path)
        renamed = by_title(after, "Battery saver for multi-day hikes")
        assert changed_items(before, after) == {renamed["id"]: ["title"]}, changed_items(before, after)
        app.find_prefix("Battery saver for multi-day hikes", ROW)
        quit_cleanly(app)
    finally:
        app.close()


def test_flags_release_mismatch(path):
    document = load_json(path)
    title = "Show stats for a recorded hike"
    by_title(document, title)["release"] = "rel-1-0"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=2, ensure_ascii=False)
        f.write("\n")
    app = open_backlog(path)
    try:
        row = app.find_prefix(title, ROW)
        assert "Planned for “1.0”, but above the “MVP” line" in row.name, row.name
        # Flagged, never silently changed.
        app.key("ctrl+q")
        assert app.wait_exit() == 0
        assert by_title(load_json(path), title)["release"] == "rel-1-0"
    finally:
        app.close()


def test_escape_clears_then_closes_search(path):
    app = open_backlog(path)
    try:
        other = "Record my hike in the background"
        app.find_prefix(other, ROW)
        app.key("ctrl+f")
        search = app.find("Search the backlog", pyatspi.ROLE_ENTRY)
        app.type("battery")
        wait_for(lambda: not app.find_all(other, ROW), what="the search to narrow the list")
        # The list shows everything again, around the row that has the focus now.
        app.key("Escape")
        app.find_prefix(other, ROW)
        assert search.queryText().getText(0, -1) == ""
        assert not in_closed_search_bar(search)
        # A second Escape, on the list now, leaves the search.
        app.key("Escape")
        wait_for(lambda: in_closed_search_bar(search), what="the search bar to close")
        quit_cleanly(app)
    finally:
        app.close()


def test_release_lines_without_rank(path):
    """Another tool's file: releases without a rank get their lines after their last items."""
    document = load_json(path)
    for release in document["releases"]:
        del release["rank"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=2, ensure_ascii=False)
    app = open_backlog(path)
    try:
        app.find_prefix("Offline maps", ROW)
        names = [node.name for node in app.find_all(role=ROW) if node.name]
        line = next(i for i, name in enumerate(names) if name.startswith("MVP"))
        assert names[line - 1].startswith("Tell me when a downloaded region"), names[line - 2:line + 2]
        assert names[line + 1].startswith("Safety check-in"), names[line - 2:line + 2]
        assert not [name for name in names if "Planned for" in name or "not planned" in name], names
        # Nothing changed until the user saves.
        app.key("ctrl+q")
        assert app.wait_exit() == 0
        assert "rank" not in load_json(path)["releases"][0]
    finally:
        app.close()


def test_score_column(path):
    app = open_backlog(path)
    try:
        open_menu_item(app, "Propose an Order", "Show WSJF Scores")
        row = app.find_prefix("Show stats for a recorded hike", ROW)
        score = app.find_prefix("WSJF ", within=row)
        # Each row says its score to assistive technologies, and its button explains it.
        assert score.name == "WSJF 2.3", score.name
        # After a menu item taken through AT-SPI, GTK 4.8 gives the window the first click: a
        # click on the row takes it.
        app.click(row)
        app.click(score)
        app.find("WSJF = (value + time criticality + risk reduction) ÷ effort\n= (7 + 0 + 0) ÷ 3\n= 2.3",
                 pyatspi.ROLE_LABEL, within=app.root)
        app.key("Escape")
        after = save_and_load(app, path)
        assert after["product"]["score_column"] == "wsjf", after["product"]
        quit_cleanly(app)
    finally:
        app.close()


def test_apply_proposed_order(path):
    """By WSJF, applied with a click: the highest WSJF first in the file, as one undo step."""
    before = load_json(path)
    app = open_backlog(path)
    try:
        open_menu_item(app, "Propose an Order", "By WSJF")
        apply = app.find("Apply Order", pyatspi.ROLE_PUSH_BUTTON)
        # The first click after a menu item taken through AT-SPI goes to the window (GTK 4.8).
        app.click(app.find_prefix("Show stats for a recorded hike", ROW))
        app.click(apply)
        after = wait_for(lambda: (lambda saved: saved if title_order(saved) != title_order(before)
                                  else None)(save_and_load(app, path)),
                         what="the proposed order in the file")
        assert title_order(after)[0] == "Fill in App Store privacy labels and Play data safety form", \
            title_order(after)[:3]
        app.key("ctrl+z")
        assert title_order(save_and_load(app, path)) == title_order(before)
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        fresh = copies_of(SAMPLE, folder)

        tap.run("dragging a row above another changes only its rank in the file",
                test_drag_changes_only_the_moved_rank, fresh("drag.waypoint"))
        tap.run("a row dragged to the top of the list lands in view, first in the file",
                test_drag_to_the_top_stays_in_view, fresh("top.waypoint"))
        tap.run("Alt+Up and Alt+Down move the selected item", test_keyboard_moves, fresh("keys.waypoint"))
        tap.run("dragging an item above a release line puts it into that release",
                test_drag_across_release_line, fresh("release.waypoint"))
        tap.run("resting a drag above a release line shows that line's forecast with the item, "
                "which the line keeps after the drop", test_drag_previews_the_line_forecast,
                fresh("preview.waypoint"))
        tap.run("Ctrl+Z after a drag restores the file exactly", test_undo_after_drag, fresh("undo.waypoint"))
        tap.run("a proposed order by WSJF, applied with a click, is saved and undone as one step",
                test_apply_proposed_order, fresh("apply.waypoint"))
        tap.run("dragging a release line moves the cut; the item it passes changes release",
                test_drag_release_line, fresh("line.waypoint"))
        tap.run("dragging one of several selected rows moves them all, in their order",
                test_drag_several_keeps_their_order, fresh("several.waypoint"))
        tap.run("F2 or Enter renames the selected item in its row; Escape keeps the old title",
                test_rename_in_place, fresh("rename.waypoint"))
        tap.run("an item whose release disagrees with its place is flagged, not changed",
                test_flags_release_mismatch, fresh("flag.waypoint"))
        tap.run("Escape empties the search and shows everything; a second one closes the search",
                test_escape_clears_then_closes_search, fresh("escape.waypoint"))
        tap.run("releases without a rank get their lines after their last items, nothing flagged",
                test_release_lines_without_rank, fresh("ranks.waypoint"))
        tap.run("Show WSJF Scores from the menu puts a score on every row, kept in the file",
                test_score_column, fresh("scores.waypoint"))
    tap.finish()


if __name__ == "__main__":
    main()
