"""The real Waline comment server of the end-to-end tests, one named instance of scripts/comment-server.sh."""
import json
import subprocess
import urllib.parse
import urllib.request

ARTICLE_PATH = "/articles/shenzhen-one-of-four-ai-zones"


class CommentServer:
    def __init__(self, script, instance):
        self.script = script
        self.instance = instance

    def run(self, command):
        """start, stop or reset the instance; start prints its base URL, which is returned."""
        return subprocess.run([self.script, command, "--name", self.instance], check=True, capture_output=True,
                              text=True).stdout.strip()

    @staticmethod
    def count(url, orig):
        """How many comments on the article the server lists whose original text is exactly orig."""
        query = urllib.parse.urlencode({"path": ARTICLE_PATH, "page": 1, "pageSize": 100,
                                        "sortBy": "insertedAt_desc"})
        with urllib.request.urlopen(f"{url}/api/comment?{query}", timeout=10) as reply:
            envelope = json.load(reply)
        return sum(1 for comment in envelope["data"]["data"] if comment.get("orig") == orig)
