"""Shared fixtures: the bundled meeting, a bot on a fake clock, and an ``ask`` helper like errbot's testbot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

import pytest

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING
from bot.core import MeetingBot
from bot.loader import load_meeting
from bot.models import Meeting
from bot.reply import Reply
from bot.request import Asker, Request

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
UTC = dt.timezone.utc


@pytest.fixture(scope="session")
def meeting() -> Meeting:
    """The bundled SG17 meeting."""
    return load_meeting(BUNDLED_MEETING)


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at 20 July 2020, 10:00 Geneva (08:00 UTC), before the registration deadline."""
    return FakeClock(dt.datetime(2020, 7, 20, 8, 0, tzinfo=UTC))


@pytest.fixture
def bot(meeting: Meeting, clock: FakeClock) -> MeetingBot:
    """The core on the bundled meeting and the fake clock."""
    return MeetingBot(meeting, clock)


@pytest.fixture
def ask(bot: MeetingBot, meeting: Meeting) -> Callable[..., str]:
    """``ask("/deadlines")`` → the console's text; ``tz=`` and ``chair=`` set the asker."""

    def _ask(text: str, *, tz: str | None = None, chair: bool = False, user: str = "delegate") -> str:
        asker = Asker(id=user, name=user, is_chair=chair, tz=tz)
        reply = bot.handle(Request(text, asker))
        return TextRenderer(meeting, asker.zone).render(reply)

    return _ask


@pytest.fixture
def reply_of(bot: MeetingBot) -> Callable[..., Reply]:
    """``reply_of("/agenda 3h")`` → the core's Reply object."""

    def _reply(text: str, *, chair: bool = False, user: str = "delegate", tz: str | None = None) -> Reply:
        return bot.handle(Request(text, Asker(id=user, name=user, is_chair=chair, tz=tz)))

    return _reply


@pytest.fixture(scope="session")
def postgres_server():
    """One throwaway PostgreSQL server for the whole run (tests/postgres_server.py); stopped at the end."""
    from postgres_server import PostgresServer

    try:
        server = PostgresServer()
        server.start()
    except RuntimeError as error:  # one line saying what to install, never a skip
        pytest.fail(str(error), pytrace=False)
    yield server
    server.close()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of a fresh, empty database of the tests' PostgreSQL server."""
    return postgres_server.new_database()
