#!/usr/bin/python3
"""Waypoint with real git: --git-setup configures a repository; branches that edit the sample product
independently (an item and an estimate and feedback on one, another item, a rename and feedback on
the other) merge cleanly through the merge driver; a merge where both change one estimate leaves a
conflict that opens and --check lists, no conflict markers; git diff and git log -p --ext-diff say
what changed in words."""
import json
import os
import subprocess
import sys
import tempfile

from tap import check, finish

BINARY = os.environ["WP_BINARY"]
SAMPLE = os.environ["WP_SAMPLE"]
FILE = "product.waypoint"


def run(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LANGUAGE"] = "C"
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=60,
                          cwd=cwd)


def git(repo, *args, ok=True):
    env = dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.org",
               GIT_CONFIG_NOSYSTEM="1", HOME=repo, LANGUAGE="C")
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env,
                            timeout=60)
    if ok:
        assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def edit(repo, change):
    """Changes the product as JSON, then writes it canonically as a save would."""
    path = os.path.join(repo, FILE)
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    change(document)
    raw = os.path.join(repo, "raw.json")
    with open(raw, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    result = run("--export=json", f"--output={path}", raw)
    os.unlink(raw)
    assert result.returncode == 0, result.stderr


def load(repo):
    with open(os.path.join(repo, FILE), encoding="utf-8") as f:
        return json.load(f)


def item_titled(document, title):
    return next(item for item in document["items"] if item["title"] == title)


def new_repo(folder, name):
    repo = os.path.join(folder, name)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    result = run("--export=json", f"--output={os.path.join(repo, FILE)}", SAMPLE)
    assert result.returncode == 0, result.stderr
    result = run("--git-setup", cwd=repo)
    assert result.returncode == 0, result.stderr
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "sample")
    return repo


def branches(repo, ours, theirs):
    """Commits ours on main and theirs on a branch from the same start."""
    git(repo, "checkout", "-q", "-b", "other")
    edit(repo, theirs)
    git(repo, "commit", "-q", "-am", "theirs")
    git(repo, "checkout", "-q", "main")
    edit(repo, ours)
    git(repo, "commit", "-q", "-am", "ours")


def main():
    with tempfile.TemporaryDirectory() as folder:
        base = json.load(open(SAMPLE, encoding="utf-8"))
        first, second = base["items"][4]["title"], base["items"][7]["title"]

        def setup_configures_the_repository():
            repo = new_repo(folder, "setup")
            with open(os.path.join(repo, ".gitattributes"), encoding="utf-8") as f:
                assert "*.waypoint merge=waypoint diff=waypoint" in f.read()
            driver = git(repo, "config", "merge.waypoint.driver").stdout
            assert driver.strip().endswith("--merge %O %A %B"), driver
            assert git(repo, "config", "diff.waypoint.command").stdout.strip().endswith("--diff")
            # Again: nothing is added twice.
            assert run("--git-setup", cwd=repo).returncode == 0
            with open(os.path.join(repo, ".gitattributes"), encoding="utf-8") as f:
                assert f.read().count("merge=waypoint") == 1

        def independent_edits_merge_cleanly():
            repo = new_repo(folder, "clean")

            def ours(document):
                document["items"].append({"id": "ours-new", "rank": "zz", "title": "Ours new"})
                item_titled(document, first)["estimate"] = 13
                document["feedback"].append({"id": "fb-ours", "customer": "Nordlicht Bau",
                                             "text": "Offline first", "importance": 2})

            def theirs(document):
                document["items"].append({"id": "theirs-new", "rank": "zy", "title": "Theirs new"})
                item_titled(document, second)["title"] = "Renamed on the branch"
                document["feedback"].append({"id": "fb-theirs", "customer": "Alpenverein",
                                             "text": "Club tours", "importance": 1})

            branches(repo, ours, theirs)
            result = git(repo, "merge", "--no-edit", "other")
            assert "CONFLICT" not in result.stdout, result.stdout
            merged = load(repo)
            titles = [item["title"] for item in merged["items"]]
            assert "Ours new" in titles and "Theirs new" in titles, titles
            assert "Renamed on the branch" in titles and second not in titles, titles
            assert item_titled(merged, first)["estimate"] == 13
            customers = [entry["customer"] for entry in merged["feedback"]]
            assert "Nordlicht Bau" in customers and "Alpenverein" in customers, customers
            checked = run("--check", os.path.join(repo, FILE))
            assert checked.returncode == 0, checked.stderr

        def a_conflict_opens_and_is_listed():
            repo = new_repo(folder, "conflict")
            branches(repo, lambda d: item_titled(d, first).update(estimate=5),
                     lambda d: item_titled(d, first).update(estimate=8))
            result = git(repo, "merge", "--no-edit", "other", ok=False)
            assert result.returncode != 0, result.stdout
            with open(os.path.join(repo, FILE), encoding="utf-8") as f:
                text = f.read()
            assert "<<<<<<<" not in text and ">>>>>>>" not in text
            merged = json.loads(text)
            assert item_titled(merged, first)["estimate"] == 5
            assert merged["conflicts"][0]["field"] == "estimate", merged["conflicts"]
            assert (merged["conflicts"][0]["ours"], merged["conflicts"][0]["theirs"]) == (5, 8)
            checked = run("--check", os.path.join(repo, FILE))
            assert checked.returncode == 1, checked.stderr
            assert "estimate was changed on both sides" in checked.stderr, checked.stderr

        def diff_says_what_changed():
            repo = new_repo(folder, "diff")
            edit(repo, lambda d: item_titled(d, first).update(estimate=21))
            result = git(repo, "diff")
            assert f"estimate of *{first}*: " in result.stdout and "→ 21" in result.stdout, \
                result.stdout
            git(repo, "commit", "-q", "-am", "estimate")
            log = git(repo, "log", "-p", "--ext-diff", "-1")
            assert f"estimate of *{first}*" in log.stdout, log.stdout

        check("--git-setup writes .gitattributes and the merge and diff drivers, once",
              setup_configures_the_repository)
        check("independent edits on two branches merge cleanly through the driver",
              independent_edits_merge_cleanly)
        check("one estimate changed on both branches: a conflict that opens and --check lists",
              a_conflict_opens_and_is_listed)
        check("git diff and git log -p --ext-diff say what changed in words", diff_says_what_changed)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
