"""Helpers for the live-session tests: a bot on a fake clock with its ports in reach, and a script player.

A session script is a text file of timed commands, one a line::

    # comment
    2020-08-24T11:00 chair:Rossi /session start Plenary, day 1
    2020-08-24T11:07 delegate:Kim /floor Republic of Korea

The instant is meeting time (Geneva); ``chair:NAME`` or ``delegate:NAME`` says who types the command.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.live_state import LiveState
from bot.minutes import minutes_json, minutes_markdown
from bot.models import Meeting
from bot.notifier import Announcement, Audience, CollectingNotifier
from bot.reply import Reply
from bot.request import Asker, Request
from bot.store import MemoryStore, Store

UTC = dt.timezone.utc
# Monday 24 August 2020, 11:00 Geneva (CEST) = 09:00 UTC: the opening of the meeting.
OPENING = dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)


class LiveBot:
    """The core with a fake clock, a store and a collecting notifier, driven like a chat."""

    def __init__(self, meeting: Meeting, store: Store | None = None, start: dt.datetime = OPENING) -> None:
        self.meeting = meeting
        self.clock = FakeClock(start)
        self.store: Store = store if store is not None else MemoryStore()
        self.notifier = CollectingNotifier()
        self.bot = MeetingBot(meeting, self.clock, store=self.store, notifier=self.notifier)
        self.renderer = TextRenderer(meeting)

    def at(self, hhmm: str, day: int = 24) -> None:
        """Set the clock to ``HH:MM`` Geneva time on ``day`` August 2020."""
        hours, minutes = (int(part) for part in hhmm.split(":"))
        self.clock.set(self.meeting.local(dt.datetime(2020, 8, day, hours, minutes)))

    def reply(self, text: str, *, user: str = "Rossi", chair: bool = False, tz: str | None = None) -> Reply:
        """The core's reply to ``text`` typed by ``user``."""
        return self.bot.handle(Request(text, Asker(id=user.lower(), name=user, is_chair=chair, tz=tz)))

    def chair(self, text: str, user: str = "Rossi") -> Reply:
        """A chair types ``text``."""
        return self.reply(text, user=user, chair=True)

    def say(self, text: str, *, user: str = "Kim", chair: bool = False, tz: str | None = None) -> str:
        """The reply as the console shows it (for a reader in ``tz`` when given)."""
        reply = self.reply(text, user=user, chair=chair, tz=tz)
        asker = Asker(id=user.lower(), name=user, tz=tz)
        return TextRenderer(self.meeting, asker.zone).render(reply)

    def render(self, reply: Reply) -> str:
        """A reply or announcement as console text, in meeting time."""
        return self.renderer.render(reply)

    def sent(self, audience: Audience | None = None) -> list[Announcement]:
        """Announcements so far, optionally for one audience."""
        return [a for a in self.notifier.sent if audience is None or a.audience == audience]

    def raw_state(self) -> Any:
        """The stored live state document and every stored user preference, as plain JSON data."""
        with self.store.transaction() as tx:
            return {"live": tx.get("live", self.meeting.id),
                    "user": {key: tx.get("user", key) for key in tx.keys("user")}}

    def state(self) -> LiveState:
        """The stored live state, parsed."""
        raw = self.raw_state()["live"]
        return LiveState.model_validate(raw) if raw else LiveState()

    def minutes_md(self) -> str:
        """The Markdown minutes at the current instant."""
        return minutes_markdown(self.meeting, self.state(), self.clock.now())

    def minutes_json(self) -> str:
        """The JSON minutes."""
        return minutes_json(self.meeting, self.state())


def discussing_3h(meeting: Meeting, store: Store | None = None, start: dt.datetime = OPENING) -> LiveBot:
    """Chair Rossi opens "Plenary, day 1" at ``start`` (11:00 Geneva) and announces item 3 h."""
    bot = LiveBot(meeting, store, start)
    bot.chair("/session start Plenary, day 1")
    bot.chair("/item 3h")
    return bot


def parse_script(path: Path) -> list[tuple[dt.datetime, str, bool, str]]:
    """``(naive meeting time, user name, is chair, command)`` for each line of a session script."""
    steps = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        when, who, text = line.split(" ", 2)
        role, _, name = who.partition(":")
        if role not in ("chair", "delegate") or not name:
            raise ValueError(f"{path.name}:{number}: who must be chair:NAME or delegate:NAME, not {who!r}")
        steps.append((dt.datetime.fromisoformat(when), name, role == "chair", text))
    return steps


def play(meeting: Meeting, path: Path, store: Store | None = None) -> LiveBot:
    """Replay a session script on a fresh bot; the clock ends at the last command's instant.

    Before each command the bot sends what has fallen due, as a running console does.
    """
    live = LiveBot(meeting, store)
    for when, name, chair, text in parse_script(path):
        live.clock.set(meeting.local(when))
        live.bot.tick()
        reply = live.reply(text, user=name, chair=chair)
        if not reply.ok:
            raise AssertionError(f"script step {when} {name} {text!r} was refused: {live.render(reply)}")
    return live


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def timeline_problems(raw: dict | None) -> list[str]:
    """What is wrong with a stored live state's timeline: order, open entries, session links."""
    if raw is None:
        return []
    state = LiveState.model_validate(json.loads(json.dumps(raw)))
    problems = []
    entries = state.timeline
    for index, entry in enumerate(entries):
        if entry.end is not None and entry.end < entry.start:
            problems.append(f"entry {index} ends before it starts")
        if entry.end is None and index != len(entries) - 1:
            problems.append(f"entry {index} is open but not the last")
        if index and entries[index - 1].start > entry.start:
            problems.append(f"entry {index} starts before entry {index - 1}")
        if index and entries[index - 1].session == entry.session and entries[index - 1].end != entry.start:
            problems.append(f"entry {index - 1} does not end where entry {index} starts")
    if state.current_ref is not None and not state.on_break:
        last = state.last_entry
        if last is None or last.end is not None or last.ref != state.current_ref:
            problems.append("the current item is not the open entry of the timeline")
    return problems
