"""What a reader of the live page sees of a meeting, as plain data: the page, the feed and the API share it.

Pure: built from the meeting file, its agenda, the live state in the store and "now".
Titles are in the reader's language; times stay aware datetimes (UTC in JSON) until shown.
Nothing here carries a user ID or who announced what: a reader sees names in the queue, no more.
Every meeting has rooms: its plenary (``main``) and each parallel room its file declares.
A session left open when the meeting is not on (a chair who never adjourned, a rehearsal run on the
meeting's dates) is not shown as live: the page shows its item as the last one discussed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, Protocol, Sequence

from bot.agenda import AgendaIndex
from bot.agenda_ref import parse_ref
from bot.i18n import pick
from bot.live_state import LiveState, TimelineEntry
from bot.models import Meeting

MAIN_ROOM = "main"
"""The room of a meeting without parallel rooms: its own live session."""

Phase = Literal["before", "during", "after"]


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as the list of meetings shows it."""

    id: str
    title: str
    body: str
    study_group: int
    start_date: dt.date
    end_date: dt.date
    timezone: str
    timezone_label: str
    opens_at: dt.datetime
    closes_at: dt.datetime
    phase: Phase


@dataclass(frozen=True)
class ItemView:
    """An agenda entry named on the page."""

    ref: str
    label: str
    title: str


@dataclass(frozen=True)
class WaitingView:
    """Somebody in the speaker queue: a name and an entity, as typed in chat (shown as text)."""

    name: str
    entity: str | None
    since: dt.datetime


@dataclass(frozen=True)
class RoomView:
    """One room's live session: item under discussion and since when, a break, the queue."""

    id: str
    title: str | None
    session: str | None
    opened_at: dt.datetime | None
    current: ItemView | None
    parent: ItemView | None
    since: dt.datetime | None
    on_break: bool
    break_since: dt.datetime | None
    break_until: dt.datetime | None
    next: ItemView | None
    queue: tuple[WaitingView, ...]
    last: ItemView | None
    last_until: dt.datetime | None
    last_since: dt.datetime | None


@dataclass(frozen=True)
class AgendaLine:
    """One line of the agenda: an item (level 1) or a sub-item (level 2), and whether a room discusses it."""

    ref: str
    label: str
    title: str
    level: int
    entries: tuple[str, ...]
    current: bool


@dataclass(frozen=True)
class DeadlineView:
    """A deadline: its date, the instant it passes, whether the letter states an hour."""

    id: str
    what: str
    date: dt.date
    passes_at: dt.datetime
    hour_stated: bool
    passed: bool


@dataclass(frozen=True)
class SessionView:
    """A scheduled session (opening, management team meeting)."""

    id: str
    title: str
    start: dt.datetime
    end: dt.datetime | None


@dataclass(frozen=True)
class MeetingView:
    """Everything the live page shows of one meeting at one instant."""

    meeting: MeetingSummary
    now: dt.datetime
    lang: str
    rooms: tuple[RoomView, ...]
    agenda_title: str
    agenda: tuple[AgendaLine, ...]
    deadlines: tuple[DeadlineView, ...]
    sessions: tuple[SessionView, ...]


def phase(meeting: Meeting, now: dt.datetime) -> Phase:
    """Whether the meeting is coming, on, or over at ``now``."""
    if now < meeting.opens_at:
        return "before"
    return "during" if now < meeting.closes_at else "after"


def summary(meeting: Meeting, now: dt.datetime, lang: str) -> MeetingSummary:
    """The meeting's identity and dates, its title in ``lang``."""
    return MeetingSummary(id=meeting.id, title=pick(lang, meeting.title, meeting.title_fr),
                          body=pick(lang, meeting.body, meeting.body_fr), study_group=meeting.study_group,
                          start_date=meeting.start_date, end_date=meeting.end_date, timezone=meeting.timezone,
                          timezone_label=meeting.zone_label(lang), opens_at=meeting.opens_at,
                          closes_at=meeting.closes_at, phase=phase(meeting, now))


def _item(agenda: AgendaIndex, ref: str | None, lang: str) -> ItemView | None:
    entry = agenda.get(ref) if ref else None
    if entry is None:
        return None
    return ItemView(ref=entry.ref, label=entry.parsed.label, title=entry.title_in(lang))


def _as_held(agenda: AgendaIndex, entry: TimelineEntry, lang: str) -> ItemView:
    """An item as the timeline recorded it; in ``lang`` while the agenda still has it under that title."""
    known = agenda.get(entry.ref) if entry.ref else None
    parsed = parse_ref(entry.ref) if entry.ref else None
    title = known.title_in(lang) if known is not None and known.title == entry.title else entry.title
    return ItemView(ref=entry.ref or "", label=parsed.label if parsed else "", title=title)


def live_now(meeting: Meeting, state: LiveState, now: dt.datetime) -> bool:
    """Whether the room's open session is live: the meeting is on, and the session was opened during it.

    A session opened before the meeting's first day (a rehearsal), or still open once the meeting is over
    or not yet begun, is history, whatever the store says.
    """
    if state.session is None or phase(meeting, now) != "during":
        return False
    first_day = meeting.local(dt.datetime.combine(meeting.start_date, dt.time()))
    return state.session.opened_at >= first_day


def room(agenda: AgendaIndex, state: LiveState, lang: str, room_id: str = MAIN_ROOM, title: str | None = None,
         live: bool = True) -> RoomView:
    """One room as of its live state: an open session with its item, break and queue, or the last item held.

    ``live`` False: a session that is open in the store but not live (see :func:`live_now`) shows as closed,
    its item under discussion as the last one discussed (since when it was announced).
    """
    open_session = state.session is not None and live
    current = _item(agenda, state.current_ref, lang) if open_session else None
    entry = agenda.get(current.ref) if current is not None else None
    parent = agenda.parent(entry) if entry is not None else None
    following = agenda.neighbour(entry, 1) if entry is not None else None
    last_entry = None if open_session else next((e for e in reversed(state.timeline) if e.kind == "item"), None)
    last = _as_held(agenda, last_entry, lang) if last_entry is not None else None
    return RoomView(
        id=room_id, title=title, session=state.session.name if open_session and state.session else None,
        opened_at=state.session.opened_at if open_session and state.session else None,
        current=current, parent=_item(agenda, parent.ref, lang) if parent else None,
        since=state.current_since if current is not None else None,
        on_break=open_session and state.on_break, break_since=state.break_since if open_session else None,
        break_until=state.break_until if open_session else None,
        next=_item(agenda, following.ref, lang) if following else None,
        queue=tuple(WaitingView(name=w.name, entity=w.entity, since=w.since) for w in state.queue)
        if open_session else (),
        last=last, last_until=last_entry.end if last_entry is not None else None,
        last_since=last_entry.start if last_entry is not None else None)


class RoomSide(Protocol):
    """A room as the page needs it (``adapters.web.source.RoomSource``): id, title and agenda."""

    id: str
    agenda: AgendaIndex

    def title_in(self, lang: str) -> str | None:
        """The room's title in ``lang`` (None: the plenary of a meeting without rooms)."""


def meeting_view(meeting: Meeting, agenda: AgendaIndex, rooms: Sequence[tuple[RoomSide, LiveState]],
                 now: dt.datetime, lang: str) -> MeetingView:
    """The whole page's data: the meeting, each room's live state, the agenda marked, deadlines and sessions.

    The meeting's agenda is marked with the items of the rooms that follow it (a room with an agenda of its
    own shows its item in its own part of the page).
    """
    room_views = tuple(room(side.agenda, state, lang, side.id, side.title_in(lang), live_now(meeting, state, now))
                       for side, state in rooms)
    discussed = {view.current.ref for (side, _), view in zip(rooms, room_views)
                 if view.current is not None and side.agenda is agenda}
    lines = tuple(AgendaLine(ref=e.ref, label=e.parsed.label, title=e.title_in(lang),
                             level=1 if e.parsed.letter is None else 2, entries=tuple(e.entries),
                             current=e.ref in discussed) for e in agenda.entries)
    deadlines = tuple(DeadlineView(id=d.id, what=pick(lang, d.what, d.what_fr), date=d.date,
                                   passes_at=meeting.deadline_instant(d), hour_stated=d.hour_stated,
                                   passed=meeting.deadline_instant(d) <= now)
                      for d in sorted(meeting.deadlines, key=meeting.deadline_instant))
    sessions = tuple(SessionView(id=s.id, title=pick(lang, s.title, s.title_fr), start=meeting.local(s.start),
                                 end=meeting.local(s.end) if s.end else None)
                     for s in sorted(meeting.sessions, key=lambda s: s.start))
    return MeetingView(meeting=summary(meeting, now, lang), now=now, lang=lang, rooms=room_views,
                       agenda_title=meeting.agenda.title_in(lang), agenda=lines, deadlines=deadlines,
                       sessions=sessions)


def listing_order(summaries: list[MeetingSummary]) -> list[MeetingSummary]:
    """Current meetings first, then coming ones (soonest first), then past ones (latest first)."""
    rank = {"during": 0, "before": 1, "after": 2}
    return sorted(summaries, key=lambda s: (rank[s.phase], s.opens_at.timestamp() * (-1 if s.phase == "after" else 1)))


def as_json(value: Any) -> Any:
    """A view as JSON-ready data: dataclasses as objects, instants in UTC (``...Z``), dates as ISO dates."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: as_json(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [as_json(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
