#!/usr/bin/env python3
"""The reader, driven from the keyboard alone and observed over AT-SPI, as a screen-reader user meets it.

  tests/e2e/session.sh /usr/bin/python3 tests/e2e/reader_keyboard_test.py BUILD/app/pilotzones
"""
import sys
import tempfile

import pyatspi

from harness import check, finish
from atspi import App, find, focus_window, focused, press, status_text, text_of, type_text, wait_for, walk

IGNORED_ROLES = {"scroll bar", "unknown", "filler", "panel"}


def main(binary):
    with tempfile.TemporaryDirectory() as home:
        app = App(binary, home=home)
        try:
            frame = app.frame()
            focus_window()

            def every_control_is_named():
                unnamed = []
                for node in walk(frame):
                    state = node.getState()
                    if not state.contains(pyatspi.STATE_FOCUSABLE) or not state.contains(pyatspi.STATE_SHOWING):
                        continue
                    if node.getRoleName() in IGNORED_ROLES:
                        continue
                    if not node.name.strip():
                        unnamed.append(node.getRoleName())
                assert not unnamed, f"focusable controls without a name: {unnamed}"

            def city_list_follows_keys():
                cities = find(frame, role="list", name="Pilot cities")
                cities.queryComponent().grabFocus()
                wait_for(lambda: focused(frame) is not None and focused(frame).getRoleName() in ("list", "list item"),
                         what="focus in the city list")
                press("Home")
                wait_for(lambda: "Hefei" in status_text(frame), what="Hefei announced on the status bar")
                press("Down")
                wait_for(lambda: "Hangzhou" in status_text(frame), what="Hangzhou after Down")
                press("End")
                wait_for(lambda: "Tianjin" in status_text(frame), what="Tianjin after End")
                type_text("s")
                wait_for(lambda: "Shenzhen" in status_text(frame), what="Shenzhen after typing s")
                selected = [c.name for c in walk(cities) if c.getState().contains(pyatspi.STATE_SELECTED)]
                assert selected == ["Shenzhen"], f"selected items: {selected}"

            def find_in_article():
                press("f", ["ctrl"])
                field = wait_for(lambda: focused(frame) if focused(frame).getRoleName() == "text"
                                 and focused(frame).name == "Find in article" else None,
                                 what="the find field focused")
                type_text("Shenzhen")
                wait_for(lambda: text_of(field) == "Shenzhen", what="the search typed")
                count = find(frame, role="label", name="1 of 9")
                press("Return")
                wait_for(lambda: count.name == "2 of 9" or find(frame, role="label", name="2 of 9"),
                         what="the next match")
                press("Escape")
                wait_for(lambda: not field.getState().contains(pyatspi.STATE_SHOWING), what="the find bar closed")

            def zoom_is_announced():
                press("plus", ["ctrl"])
                wait_for(lambda: "110%" in status_text(frame), what="the new text size announced")
                press("0", ["ctrl"])
                wait_for(lambda: "100%" in status_text(frame), what="the text size reset")

            check("every focusable control has an accessible name", every_control_is_named)
            check("the city list follows Home, Down, End and type-ahead", city_list_follows_keys)
            check("Ctrl+F finds and counts, Enter steps, Escape closes", find_in_article)
            check("zoom from the keyboard is announced", zoom_is_announced)
        finally:
            app.close()
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
