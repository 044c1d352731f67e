"""Helpers for the question-answering tests: a Context built as the core builds it, and the console rendering."""

from __future__ import annotations

import datetime as dt

from adapters.console.render import TextRenderer
from bot.agenda import AgendaIndex
from bot.context import Context
from bot.models import Meeting
from bot.notifier import CollectingNotifier
from bot.questions import answer_question
from bot.reply import Reply
from bot.request import Asker, Request
from bot.store import MemoryStore

JULY_20 = dt.datetime(2020, 7, 20, 8, 0, tzinfo=dt.timezone.utc)  # 10:00 Geneva, before registration closes


def make_context(meeting: Meeting, text: str = "", now: dt.datetime = JULY_20, tz: str | None = None,
                 lang: str = "en") -> Context:
    """A Context like ``MeetingBot.context`` builds, for an asker in ``tz`` with locale ``lang``."""
    asker = Asker(id="delegate", name="delegate", tz=tz, lang=lang)
    return Context(meeting=meeting, agenda=AgendaIndex(meeting.agenda), now=now, request=Request(text, asker),
                   store=MemoryStore(), notifier=CollectingNotifier())


def reply_to(meeting: Meeting, text: str, **kwargs: object) -> Reply:
    """The Reply to a plain question."""
    return answer_question(make_context(meeting, text, **kwargs), text)  # type: ignore[arg-type]


def ask_text(meeting: Meeting, text: str, **kwargs: object) -> str:
    """The console's rendering of the reply to a plain question."""
    ctx = make_context(meeting, text, **kwargs)  # type: ignore[arg-type]
    return TextRenderer(meeting, ctx.asker.zone).render(answer_question(ctx, text))
