#!/usr/bin/env python3
"""The real window's language, as a screen reader hears it: started with LANGUAGE=zh_CN, the menu bar, the
feedback form's labels and the buttons carry Chinese accessible names; started with LANG=C, English ones.

  tests/e2e/session.sh /usr/bin/python3 tests/e2e/language_test.py BUILD/app/pilotzones
"""
import sys
import tempfile

import pyatspi

from harness import check, finish
from atspi import App, Failure, find, find_app, wait_for, walk

# No language variable of the session may leak into a case: each sets its own.
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

CASES = [
    {
        "name": "Simplified Chinese (LANGUAGE=zh_CN, LANG=en_US.UTF-8)",
        "env": {"LANGUAGE": "zh_CN", "LANG": "en_US.UTF-8"},  # LANGUAGE comes first, as gettext has it
        # Qt reads the access key out of the name; the Chinese key stays as "(F)" after the word.
        "menus": ["文件(F)", "编辑(E)", "查看(V)", "帮助(H)"],
        "labels": ["名字(N)：", "邮箱(M)：", "针对(A)：", "评论(C)："],
        "buttons": ["发送", "忘记我的名字和邮箱", "重新发送所选评论"],
        "toggle": "评论",
    },
    {
        "name": "English (LANG=C)",
        "env": {"LANG": "C"},
        "menus": ["File", "Edit", "View", "Help"],
        "labels": ["Name:", "Email:", "About:", "Comment:"],
        "buttons": ["Send", "Forget my name and email", "Retry sending the selected comment"],
        "toggle": "Comments",
    },
]


def names(root, roles):
    return [node.name for node in walk(root)
            if node.getRoleName() in roles and node.getState().contains(pyatspi.STATE_SHOWING)]


def run_case(binary, case):
    env = {key: None for key in LANGUAGE_VARIABLES}
    env.update(case["env"])
    with tempfile.TemporaryDirectory() as home:
        app = App(binary, home=home, env=env)
        try:
            try:
                root = find_app("pilotzones")
                frame = find(root, role="frame", timeout=20)
            except Failure as error:
                raise Failure(f"{error}; {app.describe()}")

            def menu_bar():
                bar = find(frame, role="menu bar")
                titles = [bar.getChildAtIndex(i).name for i in range(bar.childCount)]
                assert titles == case["menus"], f"menu bar: {titles}"

            def form_labels():
                # The form is in the third pane, which the 1400 px screen has room for.
                wait_for(lambda: all(label in names(frame, {"label"}) for label in case["labels"]),
                         what=f"the labels {case['labels']}", timeout=10)

            def buttons():
                wanted = case["buttons"]
                wait_for(lambda: [b for b in wanted if b in names(frame, {"push button"})] == wanted,
                         what=f"the buttons {wanted}", timeout=10)
                # The comments toggle in the status bar: Qt gives a checkable button the role of a check box,
                # checked while the pane is shown (the 1400 px screen has room for it).
                toggle = find(frame, role="check box", name=case["toggle"])
                assert toggle.getState().contains(pyatspi.STATE_CHECKED), "the comments toggle is not checked"

            check(f"{case['name']}: the menu bar", menu_bar)
            check(f"{case['name']}: the feedback form's labels", form_labels)
            check(f"{case['name']}: the buttons", buttons)
        finally:
            app.close()


def failing(error):
    def test():
        raise error
    return test


def main(binary):
    for case in CASES:
        try:
            run_case(binary, case)
        except Failure as error:
            check(f"{case['name']}: the app starts", failing(error))
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
