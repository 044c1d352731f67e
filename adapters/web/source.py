"""Where the pages read the meetings from: the cores serving them (meeting file, agenda, store and clock).

A meeting's page shows its plenary and each parallel room its file declares; each room's live state is
read from the store under its own key, and a room with an agenda of its own is shown against that agenda.
The list of meetings is read anew at each request, so a meeting the config gains by hot reload is served.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Hashable, Protocol, Sequence

from bot.agenda import AgendaIndex
from bot.clock import Clock
from bot.live_state import NAMESPACE, LiveState, live_key, parse_state
from bot.models import Agenda, Meeting
from bot.store import Store

from adapters.web.snapshot import MAIN_ROOM


class MeetingSource(Protocol):
    """One meeting as the core holds it (``bot.core.MeetingBot`` is one); read only, never changed here."""

    meeting: Meeting
    agenda: AgendaIndex
    store: Store
    clock: Clock


class VenueLike(Protocol):
    """A meeting of a deployment (``bot.deployment.venue.Venue``): its plenary's core is the source."""

    main: MeetingSource


class RouterLike(Protocol):
    """A deployment of many meetings (``bot.deployment.router.Router``): its venues by meeting id."""

    venues: dict[str, VenueLike]


@dataclass(frozen=True)
class RoomSource:
    """A room of a meeting as the page shows it: its id, title, the agenda it follows, its store key."""

    id: str
    title: str | None
    title_fr: str | None
    agenda: AgendaIndex
    key: str

    def title_in(self, lang: str) -> str | None:
        """The room's title in ``lang``; None for the plenary of a meeting without parallel rooms."""
        return (self.title_fr or self.title) if lang == "fr" else self.title


_AGENDAS: dict[int, tuple[Agenda, AgendaIndex]] = {}


def _index(agenda: Agenda) -> AgendaIndex:
    """An agenda's index, made once per loaded version of the agenda."""
    known = _AGENDAS.get(id(agenda))
    if known is None or known[0] is not agenda:
        if len(_AGENDAS) > 256:
            _AGENDAS.clear()
        known = _AGENDAS[id(agenda)] = (agenda, AgendaIndex(agenda))
    return known[1]


PLENARY = ("Plenary", "Plénière")


def rooms_of(source: MeetingSource) -> list[RoomSource]:
    """The plenary (untitled when the meeting has no parallel room), then each room of the meeting file."""
    meeting = source.meeting
    titled = bool(meeting.rooms)
    rooms = [RoomSource(MAIN_ROOM, PLENARY[0] if titled else None, PLENARY[1] if titled else None,
                        source.agenda, live_key(meeting.id))]
    for room in meeting.rooms:
        agenda = _index(room.agenda) if room.agenda is not None else source.agenda
        rooms.append(RoomSource(room.id, room.title, room.title_fr, agenda, live_key(meeting.id, room.id)))
    return rooms


def live_documents(source: MeetingSource) -> tuple[object, ...]:
    """Each room's stored live-state document as it is (to see whether anything changed)."""
    return tuple(source.store.read(NAMESPACE, room.key) for room in rooms_of(source))


def live_rooms(source: MeetingSource) -> list[tuple[RoomSource, LiveState]]:
    """Each room with its live state as last committed."""
    return [(room, parse_state(room.key, source.store.read(NAMESPACE, room.key))) for room in rooms_of(source)]


Sources = Callable[[], Sequence[MeetingSource]]


class Meetings:
    """The meetings the pages serve, found by id: a fixed list, or a deployment followed as it changes."""

    def __init__(self, sources: Sequence[MeetingSource] | Sources) -> None:
        self._sources: Sources = sources if callable(sources) else (lambda fixed=list(sources): fixed)

    @classmethod
    def of(cls, served: "Sequence[MeetingSource] | RouterLike") -> "Meetings":
        """The meetings of a deployment (read at each request: hot reload shows), or of a list of cores."""
        if hasattr(served, "venues"):
            router = served
            return cls(lambda: [venue.main for venue in list(router.venues.values())])  # type: ignore[union-attr]
        return cls(served)  # type: ignore[arg-type]

    @property
    def sources(self) -> list[MeetingSource]:
        """Every meeting served now, in the config's order."""
        return list(self._sources())

    def find(self, meeting_id: str) -> MeetingSource | None:
        """The meeting with that id (read anew: a reloaded meeting file may change it), or None."""
        return next((s for s in self.sources if s.meeting.id == meeting_id), None)

    def stamp(self) -> Hashable:
        """Which meetings are served (ids in order): changes when the config gains or loses one."""
        return tuple(source.meeting.id for source in self.sources)
