#!/usr/bin/env python3
"""Crash safety, end to end: the reader sends a comment while the comment server is down and the app is
killed with SIGKILL right after Send; the server comes back, the app starts again, and the comment arrives
exactly once. The app is driven by real keys and read over AT-SPI; the server is the real Waline.

  tests/e2e/session.sh /usr/bin/python3 tests/e2e/crash_delivery_test.py BUILD/app/pilotzones SERVER_SCRIPT
"""
import sys
import tempfile
import uuid

from atspi import App, find, focus_window, press, text_of, type_text, wait_for, walk
from harness import check, finish
from waline import CommentServer


def main(binary, script):
    server = CommentServer(script, "e2e-crash")
    text = f"Crash-safe comment {uuid.uuid4()}"
    url = server.run("start")
    server.run("reset")
    server.run("stop")
    with tempfile.TemporaryDirectory() as home:
        def sent_while_down_then_killed():
            app = App(binary, ["--server", url], home=home)
            try:
                frame = app.frame()
                focus_window()
                field = find(frame, role="text", name="Comment")
                field.queryComponent().grabFocus()
                type_text(text)
                wait_for(lambda: text_of(field) == text, what="the comment typed")
                press("Return", ["ctrl"])
                # Send is acknowledged once the comment is stored: then, and only then, the field empties.
                wait_for(lambda: text_of(field) == "", what="the form cleared after Send")
            finally:
                app.kill()

        def arrives_exactly_once_after_restart():
            restarted = server.run("start")
            assert restarted == url, f"the server came back at {restarted}, not {url}"
            assert server.count(url, text) == 0, "delivered while the server was down?"
            app = App(binary, ["--server", url], home=home)
            try:
                frame = app.frame()
                comments = find(frame, role="list", name="Comments")

                def shown_as_sent():
                    names = [item.name for item in walk(comments) if text in item.name]
                    return names and all(", sent: " in name for name in names)

                # The killed process's claim is taken over at once (its pid is gone). Once the app shows the
                # comment as sent, its outbox is done with it: nothing more can reach the server.
                wait_for(shown_as_sent, timeout=150, what="the comment shown as sent")
                assert server.count(url, text) == 1, "the comment is not on the server exactly once"
            finally:
                app.close()

        check("a comment sent while the server is down survives SIGKILL", sent_while_down_then_killed)
        check("after a restart it arrives exactly once", arrives_exactly_once_after_restart)
    server.run("stop")
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
