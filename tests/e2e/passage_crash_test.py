#!/usr/bin/env python3
"""Comment on a passage, end to end and crash-safe: the reader selects a sentence of the article with the
keyboard, chooses Comment on This Passage (Ctrl+Shift+M), writes and sends while the comment server is down, and
the app is killed with SIGKILL right after Send; the server comes back, the app starts again, and the comment
arrives exactly once, with its quote as the Markdown blockquote a web reader of the thread sees. The app is
driven by real keys and read over AT-SPI; the server is the real Waline.

  tests/e2e/session.sh /usr/bin/python3 tests/e2e/passage_crash_test.py BUILD/app/pilotzones SERVER_SCRIPT
"""
import json
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import uuid

import pyatspi

from atspi import App, Failure, find, find_app, focus_window, focused, press, text_of, type_text, wait_for, walk
from harness import check, finish

ARTICLE_PATH = "/articles/shenzhen-one-of-four-ai-zones"
INSTANCE = "e2e-passage"
SENTENCE = "Local media, ever inquisitive, looked into why Shenzhen was selected."


def server(script, *args):
    return subprocess.run([script, *args, "--name", INSTANCE], check=True, capture_output=True,
                          text=True).stdout.strip()


def count_on_server(url, orig):
    query = urllib.parse.urlencode({"path": ARTICLE_PATH, "page": 1, "pageSize": 100, "sortBy": "insertedAt_desc"})
    with urllib.request.urlopen(f"{url}/api/comment?{query}", timeout=10) as reply:
        envelope = json.load(reply)
    comments = envelope["data"]["data"]
    return sum(1 for comment in comments if comment.get("orig") == orig)


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
    comment = f"Why Shenzhen? {uuid.uuid4()}"
    orig = f"> {SENTENCE}\n\n{comment}"
    url = server(script, "start")
    server(script, "reset")
    server(script, "stop")
    with tempfile.TemporaryDirectory() as home:
        def quoted_sent_while_down_then_killed():
            app = App(binary, ["--server", url], home=home)
            try:
                try:
                    frame = find(find_app("pilotzones"), role="frame", timeout=30)
                except Failure as error:
                    raise Failure(f"{error}; {app.describe()}")
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
            restarted = server(script, "start")
            assert restarted == url, f"the server came back at {restarted}, not {url}"
            assert count_on_server(url, orig) == 0, "delivered while the server was down?"
            app = App(binary, ["--server", url], home=home)
            try:
                try:
                    frame = find(find_app("pilotzones"), role="frame", timeout=30)
                except Failure as error:
                    raise Failure(f"{error}; {app.describe()}")
                comments = find(frame, role="list", name="Comments")

                def shown_as_sent_with_quote():
                    names = [item.name for item in walk(comments) if comment in item.name]
                    return names and all(", sent: " in name and "Quote: " in name and SENTENCE in name
                                         for name in names)

                # A claim held by the killed process expires after a minute; then the new one sends it.
                wait_for(shown_as_sent_with_quote, timeout=150, what="the comment shown as sent, with its quote")
                assert count_on_server(url, orig) == 1, "the quoted comment is not on the server exactly once"
            finally:
                app.close()

        check("a comment on a selected sentence, sent while the server is down, survives SIGKILL",
              quoted_sent_while_down_then_killed)
        check("after a restart it arrives exactly once, with its quote", arrives_exactly_once_with_its_quote)
    server(script, "stop")
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
