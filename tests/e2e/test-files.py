#!/usr/bin/python3
"""Files end to end: restoring a crash draft, saving it with Ctrl+S, and the unsaved-changes question."""
import configparser
import json
import os
import tempfile
import time

import pyatspi

from wpe2e import App, Tap, assert_no_warnings, is_shown, quit_cleanly, wait_for

DRAFT = {"format": "waypoint", "version": 1, "product": {"name": "Rescued Product"},
         "items": [{"id": "a", "rank": "V", "title": "Survived the crash"}]}


def leave_draft(home, draft_id="e2e-draft"):
    """What a crashed Waypoint leaves behind: a draft and its info file."""
    folder = os.path.join(home, "state", "waypoint", "drafts")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, draft_id + ".waypoint"), "w", encoding="utf-8") as f:
        json.dump(DRAFT, f)
    info = configparser.ConfigParser()
    info.optionxform = str
    info["Draft"] = {"Uri": "", "Title": "Rescued Product", "Modified": str(int(time.time()))}
    with open(os.path.join(folder, draft_id + ".info"), "w", encoding="utf-8") as f:
        info.write(f, space_around_delimiters=False)
    return folder


def restore(app):
    app.click(app.find("Restore “Rescued Product”", pyatspi.ROLE_PUSH_BUTTON))
    wait_for(lambda: app.window_title() == "• Rescued Product", what="the restored, unsaved document")


def test_restore_and_save(folder):
    home = tempfile.mkdtemp(prefix="wp-e2e-")
    drafts = leave_draft(home)
    target = os.path.join(folder, "rescued.waypoint")
    app = App(home=home)
    try:
        restore(app)
        app.key("ctrl+s")
        # The save dialog proposes the product's name, in its text field; type a full path instead.
        app.find(role=pyatspi.ROLE_TEXT, within=app.dialog())
        app.key("ctrl+a")
        app.type(target)
        app.key("Return")
        wait_for(lambda: os.path.exists(target), what="the saved file")
        wait_for(lambda: app.window_title() == "Rescued Product", what="the title without the unsaved marker")

        with open(target, encoding="utf-8") as f:
            text = f.read()
        saved = json.loads(text)
        assert saved["product"]["name"] == "Rescued Product"
        assert saved["items"][0]["title"] == "Survived the crash"
        assert text.startswith('{\n  "format": "waypoint",\n  "version": 1,\n'), text[:60]
        assert not any(name.startswith("e2e-draft") for name in os.listdir(drafts)), os.listdir(drafts)

        quit_cleanly(app)
    finally:
        app.close()


def test_close_asks_about_unsaved_changes():
    home = tempfile.mkdtemp(prefix="wp-e2e-")
    drafts = leave_draft(home)
    app = App(home=home)
    try:
        restore(app)
        app.key("ctrl+w")
        dialog = app.dialog()
        app.find("Save Changes?", within=dialog)
        # Escape is Cancel: the window stays, with its changes.
        app.key("Escape")
        wait_for(lambda: not is_shown(dialog), what="the dialog to go")
        assert app.proc.poll() is None, "the window closed although the user cancelled"
        assert app.window_title() == "• Rescued Product"

        app.key("ctrl+w")
        dialog = app.dialog()
        # libadwaita 1.2 names its response buttons "_Discard Discard" (a GTK 4.8 quirk): click the label.
        app.click(app.find("Discard", pyatspi.ROLE_LABEL, within=dialog))
        assert app.wait_exit() == 0
        assert not any(name.startswith("e2e-draft") for name in os.listdir(drafts)), os.listdir(drafts)
        assert_no_warnings(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        tap.run("a draft left by a crash is restored from the welcome page and saved with Ctrl+S",
                test_restore_and_save, folder)
        tap.run("closing with unsaved changes asks; Escape keeps the window, Discard closes it",
                test_close_asks_about_unsaved_changes)
    tap.finish()


if __name__ == "__main__":
    main()
