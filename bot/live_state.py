"""The live state of a meeting: open session, item under discussion, break, speaker queue, timeline.

Plain data, serialised as one JSON document in the store and changed only inside
a store transaction, so concurrent chairs never lose an update. A stored document
that is not of this shape is damage (:class:`~bot.store.DamagedDocument`): it is
never read as an empty state, so nothing overwrites it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from bot.document_shape import as_model
from bot.store import Store, Transaction

NAMESPACE = "live"


class Data(BaseModel):
    """Base of the live-state models: unknown keys are kept out."""

    model_config = ConfigDict(extra="ignore")


class Speaker(Data):
    """Somebody given the floor."""

    user_id: str
    name: str
    entity: str | None = None
    at: AwareDatetime


class Waiting(Data):
    """Somebody in the speaker queue."""

    user_id: str
    name: str
    entity: str | None = None
    since: AwareDatetime


class TimelineEntry(Data):
    """An item (or a break) as it happened: when, who announced it, who spoke."""

    kind: Literal["item", "break"] = "item"
    session: str
    ref: str | None = None
    title: str
    parent_title: str | None = None
    start: AwareDatetime
    end: AwareDatetime | None = None
    #: The session was never adjourned and a later day's session followed: when this entry ended is unknown.
    unadjourned: bool = False
    announced_by: str
    speakers: list[Speaker] = []


class OpenSession(Data):
    """The session that is open."""

    name: str
    opened_at: AwareDatetime
    opened_by: str


class Budget(Data):
    """A chair's time budget for the current item; ``lang``: the language that chair is alerted in.

    A budget stored before ``lang`` existed reads as English, the language its alert had then.
    """

    ends_at: AwareDatetime
    chair_id: str
    platform: str | None = None
    alerted: bool = False
    lang: str = "en"


class LiveState(Data):
    """Everything that changes during a session, for one meeting."""

    session: OpenSession | None = None
    current_ref: str | None = None
    current_since: AwareDatetime | None = None
    break_since: AwareDatetime | None = None
    break_until: AwareDatetime | None = None
    budget: Budget | None = None
    queue: list[Waiting] = []
    timeline: list[TimelineEntry] = []
    sessions_held: list[str] = Field(default_factory=list)

    @property
    def on_break(self) -> bool:
        """Whether the open session is on a break."""
        return self.break_since is not None

    @property
    def last_entry(self) -> TimelineEntry | None:
        """The latest timeline entry, finished or not."""
        return self.timeline[-1] if self.timeline else None

    def ordered(self, now: dt.datetime) -> dt.datetime:
        """``now``, or the latest instant already in the timeline if that is later.

        A command that waited for another chair's change keeps the timeline in order.
        """
        latest = max((e.end or e.start for e in self.timeline), default=now)
        return max(now, latest)

    def latest_instant(self) -> dt.datetime | None:
        """The latest instant this state holds (a session's opening, an item, a break), or None when empty."""
        instants = [self.session.opened_at] if self.session else []
        instants += [moment for moment in (self.current_since, self.break_since) if moment is not None]
        instants += [entry.end or entry.start for entry in self.timeline]
        return max(instants, default=None)

    def left_open(self, meeting_closes_at: dt.datetime, now: dt.datetime) -> bool:
        """Whether the open session was never adjourned and the meeting is over: it counts as ended then.

        A chair who forgets ``/adjourn`` on the last day must not leave an item "under discussion" for ever.
        """
        return self.session is not None and now >= meeting_closes_at > self.session.opened_at

    def left_overnight(self, tz: dt.tzinfo, now: dt.datetime) -> bool:
        """Whether the open session was opened on an earlier day (meeting time) than ``now`` and is not on a
        break: a chair who forgot ``/adjourn`` last evening. A break is a pause the chair chose, so a session
        on a break resumes the next day as the same session."""
        return self.session is not None and not self.on_break \
            and self.session.opened_at.astimezone(tz).date() < now.astimezone(tz).date()

    def end_left_session(self) -> str | None:
        """End the open session where it stood, as an adjournment would but without inventing its hour: the
        running entry keeps no end and is marked ``unadjourned``; the item, budget and queue are cleared.
        Returns the session's name (None when none was open)."""
        if self.session is None:
            return None
        name = self.session.name
        if self.timeline and self.timeline[-1].end is None:
            self.timeline[-1].unadjourned = True
        self.sessions_held.append(name)
        self.session = None
        self.current_ref = self.current_since = self.break_since = self.break_until = None
        self.budget = None
        self.queue = []
        return name

    def close_open_entry(self, now: dt.datetime) -> None:
        """End the running timeline entry (item or break) at ``now`` (never one of a session left unadjourned)."""
        if self.timeline and self.timeline[-1].end is None and not self.timeline[-1].unadjourned:
            self.timeline[-1].end = now


def live_key(meeting_id: str, room_id: str | None = None) -> str:
    """The store key of a room's live state: the meeting's id for the plenary (as always), ``MEETING/ROOM`` else."""
    return f"{meeting_id}/{room_id}" if room_id else meeting_id


def parse_state(meeting_id: str, raw: Any) -> LiveState:
    """A stored live-state document as a :class:`LiveState`: empty when there is none, damage when misshapen."""
    return LiveState() if raw is None else as_model(LiveState, NAMESPACE, meeting_id, raw)


def load_state(tx: Transaction, meeting_id: str) -> LiveState:
    """The live state of a meeting (empty when nothing happened yet; :class:`DamagedDocument` when unreadable)."""
    return parse_state(meeting_id, tx.get(NAMESPACE, meeting_id))


def read_state(store: "Store", meeting_id: str) -> LiveState:
    """The live state as last committed, without taking the write lock (for answers that only read)."""
    return parse_state(meeting_id, store.read(NAMESPACE, meeting_id))


def save_state(tx: Transaction, meeting_id: str, state: LiveState) -> None:
    """Write the live state back inside the same transaction."""
    tx.put(NAMESPACE, meeting_id, state.model_dump(mode="json"))
