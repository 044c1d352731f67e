"""What a handler sees: the meeting, the instant, the asker, and the ports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.agenda import AgendaIndex
from bot.config import ReminderPolicy
from bot.i18n import language
from bot.live_state import live_key
from bot.models import Meeting, Room
from bot.notifier import Announcement, Notifier
from bot.preferences import user_key
from bot.request import Asker, Request
from bot.store import Store


@dataclass(frozen=True)
class Context:
    """Everything a command handler may use; built once per request by the core."""

    meeting: Meeting
    agenda: AgendaIndex
    now: dt.datetime
    request: Request
    store: Store
    notifier: Notifier
    policy: ReminderPolicy = ReminderPolicy()
    room: Room | None = None

    @property
    def live_key(self) -> str:
        """Where this room's live state is kept: the meeting's id for the plenary, ``MEETING/ROOM`` for a room."""
        return live_key(self.meeting.id, self.room.id if self.room else None)

    @property
    def asker(self) -> Asker:
        """Who asked."""
        return self.request.asker

    @property
    def lang(self) -> str:
        """The language to answer in: ``fr`` or ``en``, from the asker's locale or ``--lang``."""
        return language(self.asker.lang)

    @property
    def asker_key(self) -> str:
        """A stable key for the asker's own preferences: platform and user id."""
        return user_key(self.request.platform, self.asker.id)

    @property
    def meeting_zone(self) -> dt.tzinfo:
        """The meeting's time zone."""
        return self.meeting.tz

    def announce(self, announcement: Announcement) -> None:
        """Send an announcement through the Notifier port."""
        self.notifier.announce(announcement)
