"""What a handler sees: the meeting, the instant, the asker, and the ports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.agenda import AgendaIndex
from bot.models import Meeting
from bot.request import Asker, Request


@dataclass(frozen=True)
class Context:
    """Everything a command handler may use; built once per request by the core."""

    meeting: Meeting
    agenda: AgendaIndex
    now: dt.datetime
    request: Request

    @property
    def asker(self) -> Asker:
        """Who asked."""
        return self.request.asker

    @property
    def meeting_zone(self) -> dt.tzinfo:
        """The meeting's time zone."""
        return self.meeting.tz
