#!/usr/bin/python3
"""Merges with real input: a product that git's merge driver left with a conflict shows a banner;
Resolve… lists it, Use Theirs resolves it, and the saved file checks clean. A real git merge under
the running app: without unsaved edits the window reloads and shows the branch's item; with an
unsaved rename, Merge in the question keeps both, and the saved file has both."""
import json
import os
import subprocess
import tempfile

import pyatspi

from wpe2e import App, Tap, load_json, quit_cleanly, save_and_load, wait_for

BINARY = os.environ["WP_BINARY"]
SAMPLE = os.environ["WP_SAMPLE"]
ROW = pyatspi.ROLE_TABLE_ROW
FILE = "product.waypoint"


def waypoint(*args, cwd=None):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def git(repo, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.org",
               GIT_CONFIG_NOSYSTEM="1", HOME=repo)
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 0, (args, result.stdout, result.stderr)


def write_version(path, change):
    """The sample with a change, written canonically as a save would."""
    with open(SAMPLE, encoding="utf-8") as f:
        document = json.load(f)
    change(document)
    raw = path + ".json"
    with open(raw, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    result = waypoint("--export=json", f"--output={path}", raw)
    assert result.returncode == 0, result.stderr
    os.unlink(raw)


def title_of(index):
    with open(SAMPLE, encoding="utf-8") as f:
        return json.load(f)["items"][index]["title"]


def estimate(value):
    def change(document):
        document["items"][5]["estimate"] = value
    return change


def test_resolve_a_conflict(folder):
    base, ours, theirs = (os.path.join(folder, name) for name in ("base.waypoint", "ours.waypoint",
                                                                  "theirs.waypoint"))
    write_version(base, lambda document: None)
    write_version(ours, estimate(5))
    write_version(theirs, estimate(8))
    assert waypoint("--merge", base, ours, theirs).returncode == 1
    app = App(ours)
    try:
        app.find("1 conflict from a merge", pyatspi.ROLE_LABEL)
        app.click(app.find("Resolve…", pyatspi.ROLE_PUSH_BUTTON))
        dialog = wait_for(lambda: next((window for window in [app.dialog()]
                                        if window.name == "Conflicts from a Merge"), None),
                          what="the conflicts dialog")
        button = app.find(f"Use Theirs for “{title_of(5)}”", pyatspi.ROLE_PUSH_BUTTON, within=dialog)
        app.click(button, toplevel=dialog)
        app.find("No Conflicts Left", within=dialog)
        app.key("Escape")
        wait_for(lambda: not app.find_all("1 conflict from a merge", pyatspi.ROLE_LABEL),
                 what="the banner to go")
        saved = save_and_load(app, ours)
        assert saved["items"][5]["estimate"] == 8, saved["items"][5]
        assert "conflicts" not in saved
        checked = waypoint("--check", ours)
        assert checked.returncode == 0, checked.stderr
        quit_cleanly(app)
    finally:
        app.close()


def repository(folder, name):
    """A repository with the sample on main and a branch that adds an item."""
    repo = os.path.join(folder, name)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    path = os.path.join(repo, FILE)
    write_version(path, lambda document: None)
    assert waypoint("--git-setup", cwd=repo).returncode == 0
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "sample")
    git(repo, "checkout", "-q", "-b", "other")
    write_version(path, lambda document: document["items"].append(
        {"id": "from-branch", "rank": "01", "title": "Added on the branch"}))
    git(repo, "commit", "-q", "-am", "an item")
    git(repo, "checkout", "-q", "main")
    return repo, path


def test_git_merge_reloads(folder):
    repo, path = repository(folder, "reload")
    app = App(path)
    try:
        app.key("alt+2")
        app.find_prefix(title_of(0), ROW)
        git(repo, "merge", "-q", "--no-edit", "other")
        app.find_prefix("Added on the branch", ROW)
        app.find_prefix("Reloaded")
        quit_cleanly(app)
    finally:
        app.close()


def test_git_merge_with_unsaved_edits(folder):
    repo, path = repository(folder, "unsaved")
    title = "Battery saver mode for long hikes"
    app = App(path)
    try:
        app.key("alt+2")
        app.click(app.find_prefix(title, ROW))
        app.key("F2")
        app.type("Renamed, not saved")
        app.key("Return")
        app.find_prefix("Renamed, not saved", ROW)
        git(repo, "merge", "-q", "--no-edit", "other")
        dialog = app.dialog()
        app.find("The File Changed on Disk", within=dialog)
        # libadwaita 1.2 names its response buttons "_Merge Merge": click the label.
        app.click(app.find("Merge", pyatspi.ROLE_LABEL, within=dialog))
        app.find_prefix("Added on the branch", ROW)
        app.find_prefix("Renamed, not saved", ROW)
        saved = save_and_load(app, path)
        titles = [item["title"] for item in saved["items"]]
        assert "Added on the branch" in titles and "Renamed, not saved" in titles, titles
        assert title not in titles, titles
        quit_cleanly(app)
    finally:
        app.close()


def main():
    tap = Tap()
    with tempfile.TemporaryDirectory() as folder:
        tap.run("a conflict from a merge: banner, Resolve…, Use Theirs, saved and clean",
                test_resolve_a_conflict, folder)
        tap.run("a git merge under the running app: it reloads and shows the branch's item",
                test_git_merge_reloads, folder)
        tap.run("a git merge with unsaved edits: Merge keeps both, and the save has both",
                test_git_merge_with_unsaved_edits, folder)
    tap.finish()


if __name__ == "__main__":
    main()
