#!/usr/bin/python3
"""The Vision page with real input: typing into the vision statement and renaming the product,
each checked in the saved file."""
import os
import tempfile

import pyatspi

from wpe2e import Tap, copies_of, load_json, open_page, quit_cleanly, save_and_load

SAMPLE = os.environ["WP_SAMPLE"]


def test_edit_vision(path):
    before = load_json(path)["product"]
    app = open_page(path, 1, "Vision")
    try:
        app.click(app.find("Vision", pyatspi.ROLE_TEXT))
        app.key("ctrl+End")
        app.type(" Offline first.")
        after = save_and_load(app, path)["product"]
        assert after["vision"] == before["vision"] + " Offline first.", after["vision"][-40:]
        assert {k: v for k, v in after.items() if k != "vision"} == {k: v for k, v in before.items() if k != "vision"}

        app.click(app.find("Product name", pyatspi.ROLE_TEXT))
        app.key("ctrl+a")
        app.type("Trailhead Maps")
        app.key("Return")
        assert save_and_load(app, path)["product"]["name"] == "Trailhead Maps"
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        fresh = copies_of(SAMPLE, folder)
        tap.run("typing in the vision statement and the product name is saved", test_edit_vision,
                fresh("vision.waypoint"))
    tap.finish()


if __name__ == "__main__":
    main()
