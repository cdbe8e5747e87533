#!/usr/bin/python3
"""Every control a user can reach has a name a screen reader can say: each page of a full and of an
empty product, the welcome page, the dialogs, the review and the popovers — walked through AT-SPI,
every focusable or operable node checked, and each one without a name listed with where it is."""
import json
import os
import tempfile

import pyatspi

from wpe2e import App, Tap, describe, quit_cleanly, unnamed_controls, wait_for

SAMPLE = os.environ["WP_SAMPLE"]
PAGES = ["Vision", "Backlog", "Board", "Roadmap", "Feedback", "Sprints"]
# What a walk waits for before it judges: a control that is named once the view is built.
SETTLE = 10


def not_shown_page(current):
    """GTK 4.8 keeps the pages of a stack that are not shown "visible" to AT-SPI: skip them."""
    def hidden(node):
        return node.getRole() == pyatspi.ROLE_FILLER and node.name in PAGES and node.name != current
    return hidden


def assert_all_named(where, root, hidden=lambda node: False):
    """Waits until every shown control below root has a name (a list fills in as it binds), and
    fails with each one that does not."""
    found = []

    def all_named():
        found[:] = unnamed_controls(root, hidden)
        return not found
    try:
        wait_for(all_named, timeout=SETTLE, what=f"names for every control in {where}")
    except AssertionError as error:
        raise AssertionError(f"{where}: {len(found)} controls without a name:\n"
                             + "\n".join(describe(node) for node in found)) from error


def show_page(app, number, title):
    app.key(f"alt+{number}")
    wait_for(lambda: app.current_page() == title, what=f"the {title} page")


def walk_pages(app):
    for number, title in enumerate(PAGES, start=1):
        show_page(app, number, title)
        assert_all_named(f"the {title} page", app.frame, not_shown_page(title))


def with_app(function, *args, **kwargs):
    app = App(*args, **kwargs)
    try:
        function(app)
        quit_cleanly(app)
    finally:
        app.close()


def test_welcome():
    def check(app):
        app.find("Welcome to Waypoint", pyatspi.ROLE_LABEL)
        assert_all_named("the welcome page", app.frame, not_shown_page(None))
    with_app(check)


def test_pages(path):
    with_app(walk_pages, path)


def test_empty_product():
    def check(app):
        app.click(app.find("New Product", pyatspi.ROLE_PUSH_BUTTON))
        wait_for(lambda: app.current_page() is not None, what="the pages of the new product")
        walk_pages(app)
    with_app(check)


def assert_dialog_named(app, where, open_dialog, close_keys=("Escape",)):
    """Opens a dialog, checks it and closes it again, back to the main window alone."""
    open_dialog()
    dialog = app.dialog()
    assert_all_named(where, dialog)
    app.key(*close_keys)
    wait_for(lambda: not dialog.getState().contains(pyatspi.STATE_SHOWING)
             or not dialog.getState().contains(pyatspi.STATE_VISIBLE),
             what=f"{where} to close")


def choose_menu_item(app, button, item):
    app.click(app.find(button, pyatspi.ROLE_PUSH_BUTTON))
    menu_item = app.find(item, pyatspi.ROLE_MENU_ITEM, within=app.root)
    menu_item.queryAction().doAction(0)


def test_dialogs(path):
    def check(app):
        assert_dialog_named(app, "the preferences", lambda: app.key("ctrl+comma"))
        assert_dialog_named(app, "the keyboard shortcuts", lambda: app.key("ctrl+question"))
        assert_dialog_named(app, "the conflicts dialog",
                            lambda: app.click(app.find("Resolve…", pyatspi.ROLE_PUSH_BUTTON)))
        show_page(app, 5, "Feedback")
        assert_dialog_named(app, "the new feedback dialog", lambda: app.key("ctrl+n"))

        def open_picker():
            app.click(app.find_prefix("Tom Eriksen: Walking times"))
            app.key("ctrl+l")
        assert_dialog_named(app, "the item picker", open_picker)
        show_page(app, 6, "Sprints")
        assert_dialog_named(app, "the sprint review", lambda: app.key("F5"))
        assert_dialog_named(app, "the slides dialog",
                            lambda: choose_menu_item(app, "More for This Sprint", "Choose Slides…"))
        show_page(app, 2, "Backlog")
        assert_dialog_named(app, "the scorecard dialog",
                            lambda: choose_menu_item(app, "Propose an Order", "Edit Scorecard…"))
        assert_dialog_named(app, "the about window",
                            lambda: choose_menu_item(app, "Main Menu", "About Waypoint"))
    with_app(check, path)


def test_popovers(path):
    def check(app):
        show_page(app, 2, "Backlog")
        app.click(app.find("Main Menu", pyatspi.ROLE_PUSH_BUTTON))
        app.find("About Waypoint", pyatspi.ROLE_MENU_ITEM, within=app.root)
        assert_all_named("the main menu", app.frame, not_shown_page("Backlog"))
        app.key("Escape")
        app.key("ctrl+f")
        app.click(app.find("Filter by kind", pyatspi.ROLE_COMBO_BOX))
        app.find("Bug", pyatspi.ROLE_LIST_ITEM, within=app.root)
        assert_all_named("the kind filter's list", app.frame, not_shown_page("Backlog"))
        app.key("Escape")
    with_app(check, path)


def with_conflict(path):
    """The sample with one merge conflict on an item's title, as a git merge leaves it, and a
    scorecard of two criteria that the first item is rated on."""
    document = json.load(open(SAMPLE, encoding="utf-8"))
    document["product"]["scorecard"] = [{"id": "fit", "name": "Strategic fit", "scale": 5, "weight": 2},
                                        {"id": "revenue", "name": "Revenue", "scale": 10, "weight": 1}]
    document["items"][0]["ratings"] = {"fit": 4, "revenue": 7}
    item = document["items"][0]
    document["conflicts"] = [{
        "id": "c1", "collection": "items", "entity": item["id"], "field": "title",
        "base": json.dumps(item["title"]),
        "ours": json.dumps(item["title"] + " (ours)"),
        "theirs": json.dumps(item["title"] + " (theirs)"),
    }]
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out)
    return path


def main():
    folder = tempfile.mkdtemp(prefix="wp-a11y-")
    tap = Tap()
    tap.run("the welcome page names every control", test_welcome)
    tap.run("every page of a full product names every control", test_pages,
            with_conflict(os.path.join(folder, "pages.waypoint")))
    tap.run("every page of an empty product names every control", test_empty_product)
    tap.run("the dialogs and the review name every control", test_dialogs,
            with_conflict(os.path.join(folder, "dialogs.waypoint")))
    tap.run("the menus and lists that pop up name every control", test_popovers,
            with_conflict(os.path.join(folder, "popovers.waypoint")))
    tap.finish()


if __name__ == "__main__":
    main()
