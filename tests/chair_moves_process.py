"""A chair in another process, reporting what it did: ``python chair_moves_process.py DB NAME COMMANDS``.

Opens the store at DB and prints ``{"ready": NAME}``; once a line arrives on stdin, sends the
commands of COMMANDS (a JSON list) in turn, on the system clock. It prints one JSON line per
announcement the bot posts while handling a command, then one for the command's reply::

    {"announce": "item:3h:2020-…", "title": "Now under discussion: 3 h) …", "text": "…"}
    {"command": "/next", "ok": true, "title": "Item changed", "text": "…"}

``/floor ENTITY`` and ``/floor cancel`` come from a delegate, the rest from the chair NAME; ``tick``
runs the budget check. Refusals are reported, not fatal: a refused ``/next`` is part of the test.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.console.render import TextRenderer  # noqa: E402
from bot.clock import ShiftedClock  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.notifier import Announcement  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from bot.sqlite_store import SqliteStore  # noqa: E402
from bot.store import Transaction  # noqa: E402

CHAIR_FLOOR_VERBS = ("next", "clear")


class PausingStore:
    """The SQLite store, pausing up to two milliseconds after each transaction.

    As a busy process would (another thread, a collection, a slow terminal): the other processes'
    commands then fall between two transactions of this one, where a command that read in one
    transaction and wrote in the next would lose a move.
    """

    def __init__(self, store: SqliteStore, seed: str) -> None:
        self.store = store
        self.random = random.Random(seed)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """The store's transaction, then a short pause."""
        with self.store.transaction() as tx:
            yield tx
        time.sleep(self.random.uniform(0, 0.002))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


class PrintingNotifier:
    """Prints each announcement as a JSON line, as it is posted, with its text as the console shows it."""

    def __init__(self, renderer: TextRenderer) -> None:
        self.renderer = renderer

    def announce(self, announcement: Announcement) -> None:
        """Print the announcement's key, title and text."""
        print(json.dumps({"announce": announcement.key, "title": announcement.reply.title,
                          "text": self.renderer.render(announcement.reply)}), flush=True)


def main() -> None:
    """Run the commands, reporting every announcement and reply."""
    path, name, commands = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    clock = ShiftedClock(dt.datetime.now(dt.timezone.utc))
    meeting = load_meeting(BUNDLED_MEETING)
    renderer = TextRenderer(meeting)
    bot = MeetingBot(meeting, clock, store=PausingStore(SqliteStore(path), name), notifier=PrintingNotifier(renderer))
    chair = Asker(id=name.lower(), name=name, is_chair=True)
    delegate = Asker(id="d-" + name.lower(), name="D" + name, is_chair=False)
    print(json.dumps({"ready": name}), flush=True)
    sys.stdin.readline()
    for text in commands:
        if text == "tick":
            bot.tick()
            print(json.dumps({"command": text, "ok": True, "title": ""}), flush=True)
            continue
        verb = (text.split()[1:2] or [""])[0].lower()
        by_delegate = text.startswith("/floor") and verb not in CHAIR_FLOOR_VERBS
        reply = bot.handle(Request(text, delegate if by_delegate else chair))
        print(json.dumps({"command": text, "ok": reply.ok, "title": reply.title, "text": renderer.render(reply)}),
              flush=True)


if __name__ == "__main__":
    main()
