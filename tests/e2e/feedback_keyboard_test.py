#!/usr/bin/env python3
"""The feedback form from the keyboard alone, observed over AT-SPI: access keys reach each field, Send is
disabled (and says so to assistive technology) until the comment is valid, problems are shown as text, and a
comment sent with Ctrl+Enter appears in the list. No comment server: the comment is kept on this computer.

  tests/e2e/session.sh /usr/bin/python3 tests/e2e/feedback_keyboard_test.py BUILD/app/pilotzones
"""
import sys
import tempfile
import uuid

import pyatspi

from atspi import App, find, focus_window, focused, press, status_text, text_of, type_text, wait_for, walk
from harness import check, finish


def enabled(node):
    return node.getState().contains(pyatspi.STATE_ENABLED) and node.getState().contains(pyatspi.STATE_SENSITIVE)


def shown_text(frame):
    """Every label the reader can see, as one string."""
    return "\n".join(node.name for node in walk(frame)
                     if node.getRoleName() == "label" and node.getState().contains(pyatspi.STATE_SHOWING))


def main(binary):
    text = f"Keyboard-only comment {uuid.uuid4()}"
    with tempfile.TemporaryDirectory() as home:
        app = App(binary, home=home)
        try:
            frame = app.frame()
            focus_window()
            send = find(frame, role="push button", name="Send")

            def send_waits_for_a_comment():
                assert not enabled(send), "Send is enabled on an empty form"
                press("c", ["alt"])
                comment = wait_for(lambda: focused(frame) if focused(frame).name == "Comment" else None,
                                   what="Alt+C to focus the comment")
                type_text("    ")
                wait_for(lambda: text_of(comment) == "    ", what="the spaces typed")
                assert not enabled(send), "Send is enabled for a comment of spaces"
                press("a", ["ctrl"])
                type_text(text)
                wait_for(lambda: enabled(send), what="Send enabled once there is a comment")

            def a_bad_email_is_said_and_blocks_send():
                press("m", ["alt"])
                mail = wait_for(lambda: focused(frame) if focused(frame).name == "Email (optional)" else None,
                                what="Alt+M to focus the email")
                type_text("reader@")
                wait_for(lambda: not enabled(send), what="Send disabled for a bad email")
                wait_for(lambda: "email" in shown_text(frame).lower(), what="a message about the email shown")
                type_text("example.org")
                wait_for(lambda: text_of(mail) == "reader@example.org", what="the email completed")
                wait_for(lambda: enabled(send), what="Send enabled again")

            def ctrl_enter_sends_and_the_list_shows_it():
                press("c", ["alt"])
                press("Return", ["ctrl"])
                comments = find(frame, role="list", name="Comments")
                item = wait_for(lambda: next((i for i in walk(comments) if text in i.name), None),
                                what="the comment in the list")
                assert "saved on this computer" in item.name, item.name
                assert "reader@example.org" not in item.name, "the email is shown in the list"
                comment = find(frame, role="text", name="Comment")
                assert text_of(comment) == "", "the comment stayed in the form after it was stored"
                wait_for(lambda: "saved on this computer" in status_text(frame).lower()
                         or "saved on this computer" in shown_text(frame).lower(),
                         what="the outcome announced")

            check("Send waits for a comment that is not blank", send_waits_for_a_comment)
            check("a bad email is shown as text and blocks Send", a_bad_email_is_said_and_blocks_send)
            check("Ctrl+Enter sends; the list shows it, without the email", ctrl_enter_sends_and_the_list_shows_it)
        finally:
            app.close()
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
