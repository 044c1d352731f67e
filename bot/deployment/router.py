"""Which core answers: the channel's meeting and room; in a direct message, the meeting the asker means.

In a direct message (and in the console and ``ask``) the meeting is, in this order: the one the question
names ("SG13"), the one the asker chose (``/meeting use ID``, kept in the store), the only one that is
current or coming; else the bot lists the meetings and asks. The router answers like a single
:class:`~bot.core.MeetingBot` (``handle``, ``choose``, ``tick``, …), so adapters need not know how many
meetings there are; with one meeting and no rooms it hands every request to that meeting's core unchanged.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Hashable, Mapping, Sequence

from bot.agenda import AgendaIndex
from bot.clock import Clock
from bot.config import ReminderPolicy
from bot.core import MeetingBot, split_command
from bot.deployment import listing
from bot.deployment.naming import named
from bot.deployment.venue import Venue
from bot.models import Meeting
from bot.notifier import Notifier
from bot.preferences import read_preferences, update_preferences, user_key
from bot.registry import Registry
from bot.reply import Reply
from bot.request import Request
from bot.store import DamagedDocument, Store, StoreUnavailable

Route = tuple[str, "str | None"]  # a meeting's id and a room's id (None: the plenary)
MEETING_FREE = frozenset({"help", "timezone"})  # commands whose answer is the same whichever meeting
Target = tuple[Venue, MeetingBot, Route, "ChairRule | None"]  # what a channel leads to, kept per channel
TAGGED_KEPT = 4096  # replies marked with their meeting, kept so a reply shared in a burst is marked once


@dataclass(frozen=True)
class ChairRule:
    """Who chairs a room on one platform: user ids (or console names), and groups or roles (ids or names)."""

    ids: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()

    def admits(self, user_id: str, groups: frozenset[str]) -> bool:
        """Whether that user, holding those groups or roles, chairs here."""
        return user_id in self.ids or not self.groups.isdisjoint(groups)


class Router:
    """Routes each request to the core of its meeting and room; answers ``/meetings`` and ``/meeting use``."""

    def __init__(self, venues: Sequence[Venue], channels: Mapping[tuple[str, str], Route] | None = None,
                 chairs: Mapping[tuple[str, Route], ChairRule] | None = None) -> None:
        if not venues:
            raise ValueError("a deployment serves at least one meeting")
        self.venues: dict[str, Venue] = {venue.id: venue for venue in venues}
        self.channels: dict[tuple[str, str], Route] = dict(channels or {})
        self.chairs: dict[tuple[str, Route], ChairRule] = dict(chairs or {})
        self._tagged: OrderedDict[int, tuple[Reply, Reply]] = OrderedDict()
        self._several = len(self.venues) > 1
        self._targets: dict[tuple[str, str], Target] = {}

    # The surface of a single core, for adapters that serve "the" meeting: the first of the config. --------

    @property
    def default(self) -> MeetingBot:
        """The first meeting's plenary core."""
        return next(iter(self.venues.values())).main

    @property
    def meeting(self) -> Meeting:
        """The first meeting (its zone is the default for rendering; replies about others say so)."""
        return self.default.meeting

    @property
    def store(self) -> Store:
        """The store every core shares."""
        return self.default.store

    @property
    def clock(self) -> Clock:
        """The clock every core shares."""
        return self.default.clock

    @property
    def registry(self) -> Registry:
        """The command registry (the same for every core)."""
        return self.default.registry

    @property
    def notifier(self) -> Notifier:
        """The notifier every announcement goes through."""
        return next(iter(self.venues.values())).notifier

    @property
    def policy(self) -> ReminderPolicy:
        """The first meeting's reminder policy."""
        return self.default.policy

    @property
    def agenda(self) -> AgendaIndex:
        """The first meeting's agenda (Discord's autocompletion)."""
        return self.default.agenda

    @property
    def several(self) -> bool:
        """Whether more than one meeting is served."""
        return self._several

    def venue(self, meeting_id: str) -> Venue | None:
        """The meeting served under that id."""
        return self.venues.get(meeting_id)

    def meetings(self) -> list[Meeting]:
        """Every meeting served, in the config's order."""
        return [venue.meeting for venue in self.venues.values()]

    def cores(self) -> list[MeetingBot]:
        """Every core: each meeting's plenary and rooms."""
        return [core for venue in self.venues.values() for core in venue.cores()]

    def answers_at_once(self, text: str) -> bool:
        """Whether ``text`` is a command that only reads (see :meth:`MeetingBot.answers_at_once`)."""
        return self.default.answers_at_once(text)

    def with_preferences(self, request: Request, stamp: Hashable | None = None) -> Request:
        """The request with the asker's remembered zone (kept per person, whatever the meeting)."""
        return self.default.with_preferences(request, stamp)

    def tick(self) -> int:
        """Send what fell due in every room of every meeting."""
        return sum(venue.tick() for venue in self.venues.values())

    # Routing ----------------------------------------------------------------------------------------------

    def route(self, request: Request) -> Route | None:
        """The meeting and room of the request's channel; None in a direct message or an unknown channel."""
        if request.channel is None:
            return None
        return self.channels.get((request.platform, request.channel))

    def meeting_for(self, request: Request) -> Meeting:
        """The meeting a request is about, as far as its channel or the asker's choice tells (for rendering)."""
        route = self.route(request)
        venue = self.venues.get(route[0]) if route else self._chosen(request)
        return (venue or next(iter(self.venues.values()))).meeting

    def replace(self, venues: Sequence[Venue], channels: Mapping[tuple[str, str], Route],
                chairs: Mapping[tuple[str, Route], ChairRule]) -> None:
        """Serve another list of meetings (hot reload of the config): venues, channel routes and chair rules.

        With more than one meeting (or any room), every announcement is marked with its room's route.
        """
        if not venues:
            raise ValueError("a deployment serves at least one meeting")
        for venue in venues:
            if len(venues) > 1 or venue.rooms:
                venue.route_announcements()
        self.venues = {venue.id: venue for venue in venues}
        kept = {key: route for key, route in self.channels.items()  # a console's --room outlives a reload
                if key[0] == "console" and route[0] in self.venues}
        self.channels, self.chairs = {**kept, **dict(channels)}, dict(chairs)
        self._several = len(self.venues) > 1
        self._targets = {}

    def enter_room(self, meeting_id: str, room_id: str) -> str:
        """Route the console's requests to a room (``--room``): the channel name its requests carry."""
        channel = f"room:{meeting_id}/{room_id}"
        self.channels[("console", channel)] = (meeting_id, room_id)
        self._targets.pop(("console", channel), None)
        return channel

    def forget_routes(self) -> None:
        """Look the channels up afresh (after a meeting file added a room)."""
        self._targets.clear()

    def _target(self, request: Request) -> Target | None:
        """The venue, core, route and chair rule of the request's channel (looked up once per channel, then kept)."""
        key = (request.platform, request.channel or "")
        found = self._targets.get(key)
        if found is None and request.channel is not None:
            route = self.channels.get(key)
            venue = self.venues.get(route[0]) if route else None
            if route is None or venue is None:
                return None
            found = self._targets[key] = (venue, venue.core(route[1]), route,
                                          self.chairs.get((request.platform, route)))
        return found

    def handle(self, request: Request) -> Reply:
        """Answer one message with the core of its channel's meeting and room, or of the meeting the asker means."""
        text = request.text.lstrip()
        command = text[:1] == "/"
        name, args = split_command(text) if command and text[1:8].lower() == "meeting" else ("", "")
        if name == "meetings":
            return self._meetings(request)
        if name == "meeting" and args.split(" ", 1)[0].lower() == "use":
            return self._use(request, args.partition(" ")[2].strip())
        target = self._target(request)
        if target is not None:
            venue, core, _, rule = target
            if self._several and not command:
                mentioned = self._named(request.text)
                if mentioned is not None and mentioned is not venue:
                    return self._tag(mentioned.main.handle(request), mentioned)
            # The asker chairs here only when the room's (or its meeting's) chair rule names them.
            if rule is not None and rule.admits(request.asker.id, request.asker.groups) != request.asker.is_chair:
                request = replace(request, asker=replace(request.asker, is_chair=not request.asker.is_chair))
            return self._tag(core.handle(request), venue)
        if command and not name:
            name, args = split_command(text)
        venue = self._chosen(request)
        if venue is None:
            if command and name in MEETING_FREE:
                return self.default.handle(request)
            return listing.which_reply(self.meetings(), request.asker, self.clock.now())
        if command and name == "now" and venue.rooms and not args:
            return self._tag(self._every_room(venue, request), venue)
        return self._tag(venue.main.handle(request), venue)

    def choose(self, request: Request, number: int, offered: str) -> Reply:
        """A click on a reading the bot asked back with, answered by the core that asked."""
        route = self.route(request)
        venue = self.venues.get(route[0]) if route else None
        core = venue.core(route[1]) if venue and route else (self._chosen(request) or self._first()).main
        return self._tag(core.choose(request, number, offered), venue or self._chosen(request) or self._first())

    def _first(self) -> Venue:
        return next(iter(self.venues.values()))

    def _named(self, text: str) -> Venue | None:
        """The one meeting the text names (the current or coming one when it names a group that met twice)."""
        found = named(text, self.meetings())
        if len(found) > 1:
            found = self._ahead(found)
        return self.venues[found[0].id] if len(found) == 1 else None

    def _ahead(self, meetings: Sequence[Meeting]) -> list[Meeting]:
        now = self.clock.now()
        return [m for m in meetings if now < m.closes_at]

    def _chosen(self, request: Request) -> Venue | None:
        """The meeting a direct message is about: named, chosen before, or the only one current or coming."""
        if not self.several:
            return self._first()
        mentioned = self._named(request.text)
        if mentioned is not None:
            return mentioned
        remembered = self._remembered(request)
        if remembered is not None and remembered in self.venues:
            return self.venues[remembered]
        ahead = self._ahead(self.meetings())
        return self.venues[ahead[0].id] if len(ahead) == 1 else None

    def _remembered(self, request: Request) -> str | None:
        try:
            chosen = read_preferences(self.store, user_key(request.platform, request.asker.id)).get("meeting")
        except DamagedDocument:
            return None  # the core that answers reports the damage
        except StoreUnavailable:
            return None  # the database is away and this asker's choice was never seen here
        return chosen if isinstance(chosen, str) else None

    def _meetings(self, request: Request) -> Reply:
        request = self.with_preferences(request)
        return listing.meetings_reply(self.meetings(), request.asker, self.clock.now(), self._remembered(request))

    def _use(self, request: Request, wanted: str) -> Reply:
        request = self.with_preferences(request)
        now = self.clock.now()
        if not wanted:
            return listing.meetings_reply(self.meetings(), request.asker, now, self._remembered(request))
        venue = self.venues.get(wanted.lower()) or self._named(wanted)
        if venue is None:
            return listing.unknown_reply(wanted, self.meetings(), request.asker, now)
        route = self.route(request)
        if route is not None and route[0] != venue.id and route[0] in self.venues:
            return listing.channel_reply(self.venues[route[0]].meeting, request.asker)
        update_preferences(self.store, user_key(request.platform, request.asker.id), meeting=venue.id)
        return listing.used_reply(venue.meeting, request.asker)

    def _every_room(self, venue: Venue, request: Request) -> Reply:
        lang = request.asker.lang
        rooms = [(listing.say(lang, "plenary"), venue.main.handle(request))]
        rooms += [(core.room.title_in(lang) if core.room else room_id, core.handle(request))
                  for room_id, core in venue.rooms.items()]
        return listing.side_by_side(venue.meeting, rooms, lang)

    def _tag(self, reply: Reply, venue: Venue) -> Reply:
        """The reply marked with its meeting when several are served (renderers then use its zone).

        A reply not yet marked is marked in place: a core's replies (shared ones too) are all about its own
        meeting. One already marked for another meeting (a reply kept as a constant) is copied, once.
        """
        meeting = venue.meeting
        if not self._several or reply.about is meeting:
            return reply
        if reply.about is None:
            object.__setattr__(reply, "about", meeting)
            return reply
        kept = self._tagged.get(id(reply))
        if kept is not None and kept[0] is reply and kept[1].about is meeting:
            return kept[1]
        tagged = replace(reply, about=meeting)
        self._tagged[id(reply)] = (reply, tagged)
        while len(self._tagged) > TAGGED_KEPT:
            try:
                self._tagged.popitem(last=False)
            except KeyError:  # another thread emptied it first
                break
        return tagged
