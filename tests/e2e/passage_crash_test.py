#!/usr/bin/env python3
"""Comment on a passage, end to end and crash-safe: the reader selects a sentence of the article with the
keyboard, chooses Comment on This Passage (Ctrl+Shift+M), writes and sends while the comment server is down, and
the app is killed with SIGKILL right after Send; the server comes back, the app starts again, and the comment
arrives exactly once, with its quote as the Markdown blockquote a web reader of the thread sees. The app is
driven by real keys and read over AT-SPI; the server is the real Waline.

  tests/e2e/session.sh /usr/bin/python3 tests/e2e/passage_crash_test.py BUILD/app/pilotzones SERVER_SCRIPT
"""
import subprocess
import sys
import tempfile
import uuid

import pyatspi

from atspi import App, find, focus_window, focused, press, text_of, type_text, wait_for, walk
from harness import check, finish
from waline import CommentServer

SENTENCE = "Local media, ever inquisitive, looked into why Shenzhen was selected."



def select_sentence_with_keys(article):
    """Moves the caret to the sentence's start with Ctrl+Home and Down, then selects it with Shift+Right."""
    text = article.queryText()
    start = text_of(article).index(SENTENCE)
    article.queryComponent().grabFocus()
    wait_for(lambda: article.getState().contains(pyatspi.STATE_FOCUSED), what="the article focused")
    press("Home", ["ctrl"])
    wait_for(lambda: text.caretOffset == 0, what="the caret at the top")
    for _ in range(80):
        if text.caretOffset >= start:
            break
        before = text.caretOffset
        press("Down")
        wait_for(lambda: text.caretOffset != before, what="the caret moving down")
    assert text.caretOffset == start, f"the caret is at {text.caretOffset}, not at the sentence ({start})"
    subprocess.run(["xdotool", "key", "--delay", "2"] + ["shift+Right"] * len(SENTENCE), check=True)

    def selected():
        if text.getNSelections() != 1:
            return None
        begin, end = text.getSelection(0)
        return text.getText(begin, end)
    wait_for(lambda: selected() == SENTENCE, what=f"the sentence selected (have {selected()!r})")


def main(binary, script):
    server = CommentServer(script, "e2e-passage")
    comment = f"Why Shenzhen? {uuid.uuid4()}"
    orig = f"> {SENTENCE}\n\n{comment}"
    url = server.run("start")
    server.run("reset")
    server.run("stop")
    with tempfile.TemporaryDirectory() as home:
        def quoted_sent_while_down_then_killed():
            app = App(binary, ["--server", url], home=home)
            try:
                frame = app.frame()
                focus_window()
                article = find(frame, role="text", name="Article")
                select_sentence_with_keys(article)
                press("m", ["ctrl", "shift"])
                field = wait_for(lambda: focused(frame) if focused(frame).getRoleName() == "text"
                                 and focused(frame).name == "Comment on the quoted passage" else None,
                                 what="the comment field focused, saying it is on the quoted passage")
                quote = find(frame, role="label", name="Quoted passage")
                assert SENTENCE in quote.description, f"the form shows the quote {quote.description!r}"
                type_text(comment)
                wait_for(lambda: text_of(field) == comment, what="the comment typed")
                press("Return", ["ctrl"])
                # Send is acknowledged once the comment is stored: then, and only then, the field empties.
                wait_for(lambda: text_of(field) == "", what="the form cleared after Send")
            finally:
                app.kill()

        def arrives_exactly_once_with_its_quote():
            restarted = server.run("start")
            assert restarted == url, f"the server came back at {restarted}, not {url}"
            assert server.count(url, orig) == 0, "delivered while the server was down?"
            app = App(binary, ["--server", url], home=home)
            try:
                frame = app.frame()
                comments = find(frame, role="list", name="Comments")

                def shown_as_sent_with_quote():
                    names = [item.name for item in walk(comments) if comment in item.name]
                    return names and all(", sent: " in name and "Quote: " in name and SENTENCE in name
                                         for name in names)

                # The killed process's claim is taken over at once (its pid is gone).
                wait_for(shown_as_sent_with_quote, timeout=150, what="the comment shown as sent, with its quote")
                assert server.count(url, orig) == 1, "the quoted comment is not on the server exactly once"
            finally:
                app.close()

        check("a comment on a selected sentence, sent while the server is down, survives SIGKILL",
              quoted_sent_while_down_then_killed)
        check("after a restart it arrives exactly once, with its quote", arrives_exactly_once_with_its_quote)
    server.run("stop")
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
