"""One meeting served: a core for its plenary and one for each parallel room, on one store and one clock."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable
from bot.clock import Clock
from bot.config import ReminderPolicy
from bot.core import MeetingBot
from bot.live_state import live_key
from bot.models import Meeting
from bot.notifier import Announcement, Notifier, reaches_platforms
from bot.registry import REGISTRY, Registry
from bot.store import Store


class RoutedNotifier:
    """Stamps each announcement with the room it comes from, so each platform posts it in that room's channels."""

    def __init__(self, inner: Notifier, route: str, meeting: Callable[[], Meeting]) -> None:
        self.inner = inner
        self.route = route
        self.meeting = meeting

    @property
    def reaches_platforms(self) -> bool:
        """As the notifier it wraps."""
        return reaches_platforms(self.inner)

    def announce(self, announcement: Announcement) -> None:
        """Pass the announcement on, marked with this room's route and its meeting (for its time zone)."""
        reply = replace(announcement.reply, about=self.meeting())
        self.inner.announce(replace(announcement, route=self.route, reply=reply))


class Venue:
    """A meeting of the deployment: ``main`` answers its plenary (and direct messages), ``rooms`` its rooms."""

    def __init__(self, meeting: Meeting, clock: Clock, store: Store, notifier: Notifier,
                 policy: ReminderPolicy | None = None, registry: Registry = REGISTRY, routed: bool = True) -> None:
        self.clock, self.store, self.notifier, self.registry = clock, store, notifier, registry
        self.routed = routed
        self.main = MeetingBot(meeting, clock, store, self._notifier(live_key(meeting.id)), registry, policy)
        self.rooms: dict[str, MeetingBot] = {}
        self._add_rooms(meeting)

    def _notifier(self, route: str) -> Notifier:
        return RoutedNotifier(self.notifier, route, lambda: self.main.meeting) if self.routed else self.notifier

    def route_announcements(self) -> None:
        """Mark every announcement with its room from now on (the deployment grew to several meetings)."""
        if self.routed:
            return
        self.routed = True
        self.main.notifier = self._notifier(live_key(self.id))
        for room_id, core in self.rooms.items():
            core.notifier = self._notifier(live_key(self.id, room_id))

    def _add_rooms(self, meeting: Meeting) -> None:
        for room in meeting.rooms:
            if room.id not in self.rooms:
                self.rooms[room.id] = MeetingBot(meeting, self.clock, self.store,
                                                 self._notifier(live_key(meeting.id, room.id)), self.registry,
                                                 self.main.policy, room=room.id)

    @property
    def meeting(self) -> Meeting:
        """The meeting as last loaded."""
        return self.main.meeting

    @property
    def id(self) -> str:
        """The meeting's id."""
        return self.main.meeting.id

    def core(self, room_id: str | None) -> MeetingBot:
        """The core of a room (the plenary's for None or a room the meeting no longer has)."""
        return self.rooms.get(room_id, self.main) if room_id else self.main

    def cores(self) -> list[MeetingBot]:
        """The plenary's core, then each room's, in the meeting file's order."""
        return [self.main, *self.rooms.values()]

    def reload(self, meeting: Meeting, policy: ReminderPolicy) -> None:
        """Answer from a new version of the meeting file; a room it adds gets its core, every live state is kept."""
        for core in self.cores():
            core.reload(meeting, policy)
        self._add_rooms(meeting)

    def tick(self) -> int:
        """Send what fell due in every room (time budgets); how many."""
        return sum(core.tick() for core in self.cores())
