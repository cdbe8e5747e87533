"""End-to-end harness: runs the real Waypoint binary in the test session, finds
widgets through AT-SPI (pyatspi) by accessible name and drives them with real
pointer and keyboard input from xdotool. Results are printed as TAP.

Needs the session of build-aux/test-session (Xvfb, D-Bus, AT-SPI bus) and
Debian's python3-pyatspi, so run it with /usr/bin/python3.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi

TIMEOUT = 15.0


class Tap:
    """Collects test results and prints them as TAP."""

    def __init__(self):
        self.count = 0
        self.failed = 0

    def run(self, description, function, *args):
        self.count += 1
        try:
            function(*args)
        except Exception:  # noqa: BLE001 - every failure is reported, then the next test runs
            self.failed += 1
            print(f"not ok {self.count} - {description}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
            # Also where meson's --print-errorlogs shows it, which is stderr only for TAP tests.
            print(f"not ok {self.count} - {description}\n{traceback.format_exc()}", file=sys.stderr)
        else:
            print(f"ok {self.count} - {description}")
        sys.stdout.flush()

    def finish(self):
        print(f"1..{self.count}")
        sys.exit(1 if self.failed else 0)


def wait_for(predicate, timeout=TIMEOUT, what="condition"):
    """Polls predicate until it returns something truthy, and returns that."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def xdotool(*args):
    return subprocess.run(["xdotool", *map(str, args)], check=True,
                          capture_output=True, text=True).stdout


def window_geometry(window_id):
    """An X window's X, Y, WIDTH and HEIGHT on screen."""
    return dict(line.split("=", 1) for line in xdotool("getwindowgeometry", "--shell", window_id).split())


def is_shown(accessible):
    """GTK 4.8 sets SHOWING only on toplevels: VISIBLE and a real size it is."""
    try:
        if not accessible.getState().contains(pyatspi.STATE_VISIBLE):
            return False
        extents = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return extents.width > 0 and extents.height > 0
    except Exception:  # noqa: BLE001 - a widget that went away is not shown
        return False


def in_closed_search_bar(entry):
    """Whether entry's search bar is closed: GTK 4.8 keeps its entry "visible" where it was, but the
    revealer around it is then no higher than a line."""
    node = entry.parent
    while node is not None and node.getRole() not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_APPLICATION):
        try:
            if node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).height <= 1:
                return True
        except NotImplementedError:
            pass
        node = node.parent
    return False


def descendants(root):
    """Every accessible below root, breadth first."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        try:
            count = node.childCount
        except Exception:  # noqa: BLE001 - a widget that went away (a list rebuilt) has no children
            continue
        for i in range(count):
            try:
                child = node.getChildAtIndex(i)
            except Exception:  # noqa: BLE001
                continue
            if child is not None:
                yield child
                queue.append(child)


# What a user operates: these roles, and whatever takes the keyboard focus.
OPERABLE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LINK, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_SCROLL_BAR,
}
SWITCH = getattr(pyatspi, "ROLE_SWITCH", None)
if SWITCH is not None:
    OPERABLE_ROLES.add(SWITCH)


def is_operable(accessible):
    """Whether a user can focus or operate accessible (a scroll bar only when it takes the focus)."""
    role = accessible.getRole()
    focusable = accessible.getState().contains(pyatspi.STATE_FOCUSABLE)
    if role == pyatspi.ROLE_SCROLL_BAR:
        return focusable
    return focusable or role in OPERABLE_ROLES


def has_meaningful_name(accessible):
    """A name a screen reader can say: not empty and not a widget class (GTK names a nameless
    widget after its class: "GtkListBox", "AdwGizmo")."""
    name = (accessible.name or "").strip()
    return name != "" and not (name[:3] in ("Gtk", "Adw") and name[3:4].isupper() and " " not in name)


def describe(accessible):
    """Where accessible is, for a failure message: its role and name and those of its ancestors."""
    parts = []
    node = accessible
    while node is not None and len(parts) < 6:
        try:
            parts.append(f"{node.getRoleName()} {node.name!r}")
            node = node.parent
        except Exception:  # noqa: BLE001 - an ancestor that went away ends the path
            break
    return " < ".join(parts)


def is_laid_out(accessible):
    """is_shown, for what has no place of its own too (a stack page): visible is enough."""
    try:
        accessible.queryComponent()
    except NotImplementedError:
        return accessible.getState().contains(pyatspi.STATE_VISIBLE)
    return is_shown(accessible)


def unnamed_controls(root, hidden=lambda accessible: False):
    """Every shown operable accessible below root (and root) without a meaningful name,
    skipping the subtrees hidden(accessible) says are not on screen."""
    found = []
    queue = [root]
    while queue:
        node = queue.pop(0)
        try:
            if hidden(node) or not is_laid_out(node):
                continue
            if is_operable(node) and not has_meaningful_name(node):
                found.append(node)
            queue.extend(child for child in (node.getChildAtIndex(i) for i in range(node.childCount))
                         if child is not None)
        except Exception:  # noqa: BLE001 - a widget that went away (a list rebuilt) is not checked
            continue
    return found


class App:
    """One running Waypoint process with a private home and in-memory settings."""

    def __init__(self, *args, settings_backend="memory", home=None):
        self.home = home or tempfile.mkdtemp(prefix="wp-e2e-")
        env = dict(os.environ)
        env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_STATE_HOME": os.path.join(self.home, "state"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "GSETTINGS_BACKEND": settings_backend,
            "LANGUAGE": "C",
            "LC_ALL": "C.UTF-8",
            "GDK_BACKEND": "x11",
            "GTK_A11Y": "atspi",
            "GSK_RENDERER": "cairo",
        })
        self.log_path = os.path.join(self.home, "app.log")
        self.log = open(self.log_path, "w", encoding="utf-8")
        self.proc = subprocess.Popen([os.environ["WP_BINARY"], *args], env=env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.root = wait_for(self._find_application, what="the application on the AT-SPI bus")
        self.window_id = wait_for(self._find_window_id, what="the application's X window")
        self.frame = wait_for(self._find_frame, what="the main window")

    def _find_application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.proc.pid:
                    return app
            except Exception:  # noqa: BLE001 - applications come and go on the bus
                continue
        return None

    def _find_window_id(self):
        """The main window: the largest visible one of the process (GTK 4.8 on X11 gives a tooltip
        or a popover a window of its own, one may show at start under where the pointer rests)."""
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                                capture_output=True, text=True)
        sized = []
        for window_id in result.stdout.split():
            try:
                geometry = window_geometry(window_id)
            except subprocess.CalledProcessError:
                continue  # a tooltip that went away meanwhile
            sized.append((int(geometry["WIDTH"]) * int(geometry["HEIGHT"]), window_id))
        return max(sized)[1] if sized else None

    def _find_frame(self):
        for i in range(self.root.childCount):
            child = self.root.getChildAtIndex(i)
            if child is not None and child.getRole() == pyatspi.ROLE_FRAME:
                return child
        return None

    # Finding widgets

    def find_all(self, name=None, role=None, within=None, shown=True):
        found = []
        for node in descendants(within or self.frame):
            try:
                if name is not None and node.name != name:
                    continue
                if role is not None and node.getRole() != role:
                    continue
            except Exception:  # noqa: BLE001
                continue
            if shown and not is_shown(node):
                continue
            found.append(node)
        return found

    def find_prefix(self, prefix, role=None, within=None, timeout=TIMEOUT):
        """A shown widget whose accessible name starts with prefix (rows and cards: the title)."""
        def first():
            for node in descendants(within or self.frame):
                try:
                    if not (node.name or "").startswith(prefix):
                        continue
                    if role is not None and node.getRole() != role:
                        continue
                except Exception:  # noqa: BLE001
                    continue
                if is_shown(node):
                    return node
            return None
        return wait_for(first, timeout=timeout, what=f"a widget named {prefix!r}…")

    def point(self, accessible, fx=0.5, fy=0.5, dx=0, dy=0):
        """A point on screen inside accessible, fx and fy as fractions of its size, moved by dx, dy pixels."""
        cx, cy = self.screen_center(accessible)
        extents = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return (cx - extents.width // 2 + int(extents.width * fx) + dx,
                cy - extents.height // 2 + int(extents.height * fy) + dy)

    def dialog(self, timeout=TIMEOUT):
        """The newest dialog or window of the application other than the main window."""
        def find_other():
            for i in range(self.root.childCount):
                child = self.root.getChildAtIndex(i)
                if child is not None and child != self.frame and is_shown(child):
                    return child
            return None
        return wait_for(find_other, timeout=timeout, what="a dialog")

    def window_title(self):
        return self.frame.name

    def find(self, name=None, role=None, within=None, shown=True, timeout=TIMEOUT):
        what = f"a widget named {name!r} with role {role}"
        return wait_for(lambda: next(iter(self.find_all(name, role, within, shown)), None),
                        timeout=timeout, what=what)

    def current_page(self):
        """The title of the page the view switcher marks as shown."""
        for tab in self.find_all(role=pyatspi.ROLE_PAGE_TAB):
            if tab.getState().contains(pyatspi.STATE_SELECTED):
                return tab.name
        return None

    # Real input

    def window_of(self, toplevel):
        """The X window that shows toplevel (a dialog): the one of this process closest to its size."""
        size = toplevel.queryComponent().getExtents(pyatspi.WINDOW_COORDS)

        def closest():
            result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                                    capture_output=True, text=True)
            fitting = []
            for window_id in result.stdout.split():
                geometry = window_geometry(window_id)
                extra = (int(geometry["WIDTH"]) - size.width, int(geometry["HEIGHT"]) - size.height)
                if 0 <= extra[0] <= 200 and 0 <= extra[1] <= 200:
                    fitting.append((sum(extra), window_id))
            return min(fitting)[1] if fitting else None
        return wait_for(closest, what="the dialog's X window")

    def screen_center(self, accessible, toplevel=None):
        """Where accessible is on screen; toplevel is the dialog it is in, if not the main window."""
        window_id = self.window_id if toplevel is None else self.window_of(toplevel)
        geometry = window_geometry(window_id)
        frame = (toplevel or self.frame).queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        # Client-side decorations draw a shadow margin around the frame.
        margin_x = (int(geometry["WIDTH"]) - frame.width) // 2
        margin_y = (int(geometry["HEIGHT"]) - frame.height) // 2
        extents = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return (int(geometry["X"]) + margin_x + extents.x + extents.width // 2,
                int(geometry["Y"]) + margin_y + extents.y + extents.height // 2)

    def click(self, accessible, modifier=None, toplevel=None):
        """A left click, with a modifier key ("ctrl", "shift") held if given; toplevel: its dialog."""
        x, y = self.screen_center(accessible, toplevel)
        xdotool("mousemove", "--sync", x, y)
        time.sleep(0.05)
        if modifier:
            xdotool("keydown", modifier)
        xdotool("click", "1")
        if modifier:
            xdotool("keyup", modifier)
        time.sleep(0.2)

    def key(self, *keys):
        xdotool("key", "--clearmodifiers", *keys)
        time.sleep(0.2)

    def type(self, text):
        xdotool("type", "--delay", "30", text)
        time.sleep(0.2)

    def drag(self, start, end, steps=30, while_held=None):
        """A drag GTK recognises: small steps with short pauses, never one jump. while_held, if
        given, is called with the pointer resting at the end, before the button is let go."""
        xdotool("mousemove", "--sync", *start)
        xdotool("mousedown", "1")
        time.sleep(0.3)
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step // steps
            y = start[1] + (end[1] - start[1]) * step // steps
            xdotool("mousemove", x, y)
            time.sleep(0.03)
        time.sleep(0.3)
        try:
            if while_held is not None:
                while_held()
        finally:
            xdotool("mouseup", "1")
        time.sleep(0.3)

    # Ending

    def wait_exit(self, timeout=TIMEOUT):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired as error:
            raise AssertionError("the application did not quit") from error

    def output(self):
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            return log.read()

    def close(self):
        status = self.proc.poll()
        if status is None:
            self.proc.kill()
            self.proc.wait()
        elif status != 0:
            # It died on its own: what it printed is the first thing a failure needs.
            print(f"# the application exited with {status}; it printed:", file=sys.stderr)
            print(self.output(), file=sys.stderr)
        self.log.close()
        shutil.rmtree(self.home, ignore_errors=True)


def open_menu_item(app, button, *labels):
    """Clicks the menu button named button, then each item's label in turn (a submenu, then its item)."""
    app.click(app.find(button, pyatspi.ROLE_PUSH_BUTTON))
    for label in labels:
        item = wait_for(lambda label=label: next(
            (node for node in app.find_all(role=pyatspi.ROLE_MENU_ITEM, within=app.root)
             if node.name == label and is_shown(node)), None), what=f"the menu item {label!r}")
        item.queryAction().doAction(0)


def quit_cleanly(app):
    """Ctrl+Q quits with status 0 and nothing printed a GTK warning or critical."""
    app.key("ctrl+q")
    assert app.wait_exit() == 0
    assert_no_warnings(app)


def assert_no_warnings(app):
    """GTK warnings and criticals are bugs."""
    bad = [line for line in app.output().splitlines()
           if "-WARNING **" in line or "-CRITICAL **" in line or "ERROR **" in line]
    assert not bad, "the application printed:\n" + "\n".join(bad)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def by_title(document, title):
    return next(item for item in document["items"] if item["title"] == title)


def save_and_load(app, path):
    """Ctrl+S, then the saved document."""
    mtime = os.stat(path).st_mtime_ns
    app.key("ctrl+s")
    # A save renames a complete file over the old one: a new time means the whole new version.
    wait_for(lambda: os.stat(path).st_mtime_ns != mtime, what="the save")
    return load_json(path)


def supporting_wm_window(*where):
    """The window that _NET_SUPPORTING_WM_CHECK names on where (the root, or "-id", a window)."""
    result = subprocess.run(["xprop", *where, "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True)
    words = result.stdout.split()
    return words[-1] if result.returncode == 0 and "window" in words else None


def window_manager():
    """Openbox, for what needs a window manager (full screen), once it has taken the screen.

    The test session's Xvfb never resets (-noreset), so a window manager that ran before may have
    left its check window's id on the root: the window must name itself, as EWMH says."""
    log = tempfile.TemporaryFile(mode="w+")
    wm = subprocess.Popen(["openbox", "--sm-disable"], stdout=log, stderr=subprocess.STDOUT)

    def running():
        if wm.poll() is not None:
            log.seek(0)
            raise AssertionError(f"openbox exited with {wm.returncode}: {log.read()}")
        window = supporting_wm_window("-root")
        return window is not None and supporting_wm_window("-id", window) == window
    wait_for(running, what="the window manager")
    return wm


def window_size_is(app, width, height):
    """Whether the main window has been laid out at width × height."""
    extents = app.frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return abs(extents.width - width) <= 12 and abs(extents.height - height) <= 12


def open_page(path, number, title):
    """The app on a copy of a document, showing page Alt+number."""
    app = App(path)
    app.key(f"alt+{number}")
    wait_for(lambda: app.current_page() == title, what=f"the {title} page")
    return app


def copies_of(source, folder):
    """A function that makes a fresh copy of source in folder for each test."""
    def fresh(name):
        path = os.path.join(folder, name)
        shutil.copy(source, path)
        return path
    return fresh
