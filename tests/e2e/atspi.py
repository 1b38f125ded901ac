"""Small helpers to drive a Qt app over AT-SPI as a screen-reader user would: by role, name and keys only."""
import os
import subprocess
import time

import pyatspi


class Failure(Exception):
    pass


def wait_for(condition, timeout=20.0, what="condition"):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception as error:  # the tree changes under us while the app starts
            last_error = error
        time.sleep(0.1)
    raise Failure(f"timed out waiting for {what}" + (f" ({last_error})" if last_error else ""))


def find_app(name, timeout=30.0):
    def lookup():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        return None
    return wait_for(lookup, timeout, f"application {name!r} on the accessibility bus")


def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def find(root, role=None, name=None, showing=True, timeout=10.0):
    def lookup():
        for node in walk(root):
            if role is not None and node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if showing and not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            return node
        return None
    return wait_for(lookup, timeout, f"{role or 'node'} named {name!r}")


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def focus_window(window_class="pilotzones"):
    """Gives the app's visible window the X input focus; there is no window manager under Xvfb to do it.
    The window is found by its class: its title is the article's headline, which may change."""
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", window_class, "windowfocus", "--sync"],
                   check=True, stdout=subprocess.DEVNULL, timeout=20)


def press(keysym_name, modifiers=()):
    """Presses a key on the real X keyboard (through xdotool), as a person would."""
    subprocess.run(["xdotool", "key", "+".join(list(modifiers) + [keysym_name])], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "5", text], check=True)


def focused(root):
    for node in walk(root):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return node
    return None


def status_text(frame):
    """What the status bar says: where the app announces state changes."""
    bar = find(frame, role="status bar")
    return " ".join(child.name for child in walk(bar) if child.getRoleName() == "label")


class App:
    """Starts the app with its own throwaway profile; kill() sends SIGKILL, close() asks it to quit."""

    def __init__(self, binary, args=(), home=None, env=None):
        """env: variables to set (a value of None removes the variable), such as the language's."""
        self.home = home
        environment = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                           XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"))
        for key, value in (env or {}).items():
            if value is None:
                environment.pop(key, None)
            else:
                environment[key] = value
        env = environment
        self.log = open(os.path.join(home, "app.log"), "w+")
        self.process = subprocess.Popen([binary, *args], env=env, stdout=subprocess.DEVNULL, stderr=self.log)

    def describe(self):
        """Whether the app still runs, and the end of what it wrote on stderr: for failure messages."""
        self.log.flush()
        self.log.seek(0)
        tail = self.log.read()[-2000:]
        state = "running" if self.process.poll() is None else f"exited with {self.process.returncode}"
        return f"app {state}; its stderr ends with:\n{tail}"

    def frame(self, timeout=30):
        """The app's main window over AT-SPI; a failure to find it says how the app is doing."""
        try:
            return find(find_app("pilotzones"), role="frame", timeout=timeout)
        except Failure as error:
            raise Failure(f"{error}; {self.describe()}")

    def kill(self):
        self.process.kill()
        self.process.wait()

    def close(self, timeout=10):
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
