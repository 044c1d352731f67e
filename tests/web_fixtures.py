"""Meetings for the web face's tests: the bundled one at a chosen instant, and one full of hostile text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING
from bot.core import MeetingBot
from bot.loader import load_meeting
from bot.request import Asker, Request

DATA = Path(__file__).resolve().parent / "data" / "web"
HOSTILE = DATA / "hostile_meeting.yaml"
DURING = dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc)  # 11:30 Geneva, day 1
BEFORE = dt.datetime(2020, 8, 20, 8, 0, tzinfo=dt.timezone.utc)


def bundled_bot(at: dt.datetime = DURING) -> MeetingBot:
    """The core on the bundled SG17 meeting, its clock at ``at``, an in-memory store."""
    return MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(at))


def hostile_bot(at: dt.datetime = DURING) -> MeetingBot:
    """The core on the hostile meeting file."""
    return MeetingBot(load_meeting(HOSTILE), FakeClock(at))


def chair_says(bot: MeetingBot, text: str, name: str = "Chair", user_id: str = "UCHAIR9") -> str:
    """A chair's command; returns the reply's title."""
    return bot.handle(Request(text, Asker(id=user_id, name=name, is_chair=True))).title


def delegate_says(bot: MeetingBot, text: str, name: str, user_id: str) -> str:
    """A delegate's command; returns the reply's title."""
    return bot.handle(Request(text, Asker(id=user_id, name=name))).title
