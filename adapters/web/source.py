"""Where the pages read a meeting from: the core serving it (its meeting file, agenda, store and clock)."""

from __future__ import annotations

from typing import Protocol

from bot.agenda import AgendaIndex
from bot.clock import Clock
from bot.live_state import LiveState, read_state
from bot.models import Meeting
from bot.store import Store

from adapters.web.snapshot import MAIN_ROOM


class MeetingSource(Protocol):
    """One meeting as the core holds it (``bot.core.MeetingBot`` is one); read only, never changed here."""

    meeting: Meeting
    agenda: AgendaIndex
    store: Store
    clock: Clock


def live_rooms(source: MeetingSource) -> dict[str, LiveState]:
    """Each room's live state, as last committed (today one room: the meeting's own session)."""
    return {MAIN_ROOM: read_state(source.store, source.meeting.id)}


class Meetings:
    """The meetings the pages serve, found by id (today the one the bot serves)."""

    def __init__(self, sources: list[MeetingSource]) -> None:
        self.sources = sources

    def find(self, meeting_id: str) -> MeetingSource | None:
        """The meeting with that id (read anew: a reloaded meeting file may change it), or None."""
        return next((s for s in self.sources if s.meeting.id == meeting_id), None)
