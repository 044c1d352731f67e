"""The meeting file's schema: every fact of a meeting, validated at load.

A meeting file is YAML (see ``meeting_data/``); :mod:`bot.loader` reads it and
validates it against :class:`Meeting`. Times of day are written in the meeting's
own zone, without offset; the zone is named once, in ``timezone``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

import pytz
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator, ValidationInfo

from bot.agenda_ref import AgendaRef, parse_ref
from bot.faq import FaqEntry
from bot.meeting_file.dates import Day, Instant, date_findings
from bot.meeting_file.field_problem import FieldProblem


@lru_cache(maxsize=65536)
def _localize(zone: str, naive: dt.datetime) -> dt.datetime:
    """pytz's ``localize`` (never ``tzinfo=``, which gives LMT), cached: it is pure and costly."""
    return pytz.timezone(zone).localize(naive, is_dst=False)


class Strict(BaseModel):
    """Base of every model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Person(Strict):
    """Somebody the letter names, such as the chairman."""

    name: str
    name_fr: str | None = None
    role: str
    role_fr: str | None = None
    country: str | None = None
    country_fr: str | None = None


class Contacts(Strict):
    """How to reach the secretariat."""

    email: str
    phone: str | None = None
    fax: str | None = None
    web: str | None = None

    @field_validator("email")
    @classmethod
    def _looks_like_email(cls, value: str) -> str:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            raise ValueError("not an e-mail address")
        return value


class Session(Strict):
    """A session with a start time in meeting time (opening, management team meeting)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    title_fr: str | None = None
    start: Instant
    end: Instant | None = None
    open_to: str | None = None
    open_to_fr: str | None = None
    note: str | None = None
    note_fr: str | None = None

    @field_validator("start", "end")
    @classmethod
    def _naive_meeting_time(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is not None:
            raise ValueError("write the time in meeting time without an offset (the zone is `timezone`)")
        return value


class Deadline(Strict):
    """A dated deadline from the letter.

    The letter gives dates, not hours: ``hour_stated`` says so explicitly, and
    ``counts_until`` says how countdowns treat a date-only deadline.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    date: Day
    what: str
    what_fr: str | None = None
    how: str | None = None
    how_fr: str | None = None
    who: str | None = None
    who_fr: str | None = None
    hour_stated: bool = False
    time: dt.time | None = None
    counts_until: Literal["end_of_day"] = "end_of_day"

    @model_validator(mode="after")
    def _hour_consistent(self) -> "Deadline":
        if self.hour_stated != (self.time is not None):
            raise ValueError("`time` must be given exactly when `hour_stated` is true")
        return self


class InfoTopic(Strict):
    """A paragraph of practical information (documents, registration, visas, ...)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    title_fr: str | None = None
    text: str
    text_fr: str | None = None
    keywords: list[str] = []


class Rule(Strict):
    """One remote-participation rule of the letter, with a short id and a topic."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    topic: str = Field(pattern=r"^[a-z]+$")
    summary: str
    summary_fr: str | None = None
    text: str
    text_fr: str | None = None


class AgendaEntry(Strict):
    """An item (``3``) or a sub-item (``3h``) of the agenda, in agenda order."""

    ref: str
    title: str
    title_fr: str | None = None
    entries: list[str] = Field(default_factory=list)  # not `= []`, deep-copied for every entry

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` (French when given, else the agenda's own English)."""
        return (self.title_fr or self.title) if lang == "fr" else self.title

    @field_validator("ref", mode="before")
    @classmethod
    def _ref_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("ref")
    @classmethod
    def _canonical_ref(cls, value: str) -> str:
        parsed = parse_ref(value)
        if parsed is None:
            raise ValueError(f"{value!r} is not an agenda reference such as 3 or 3h")
        return str(parsed)

    @property
    def parsed(self) -> AgendaRef:
        """The reference as an :class:`AgendaRef`."""
        parsed = parse_ref(self.ref)
        assert parsed is not None  # validated above
        return parsed


class Agenda(Strict):
    """The draft agenda: items and sub-items in order, and where updates appear."""

    title: str
    title_fr: str | None = None
    note: str | None = None
    note_fr: str | None = None
    items: list[AgendaEntry] = Field(min_length=1)

    def title_in(self, lang: str) -> str:
        """The agenda's title in ``lang`` (French when given, else English)."""
        return (self.title_fr or self.title) if lang == "fr" else self.title

    @model_validator(mode="after")
    def _well_formed(self) -> "Agenda":
        seen: set[str] = set()
        for index, entry in enumerate(self.items):
            if entry.ref in seen:
                raise FieldProblem(("items", index, "ref"), f"agenda reference {entry.ref} appears twice")
            parent = entry.parsed.parent
            if parent is not None and str(parent) not in seen:
                raise FieldProblem(("items", index, "ref"), f"sub-item {entry.ref} comes without its item {parent} before it")
            seen.add(entry.ref)
        return self


class Room(Strict):
    """A room of the meeting that sits in parallel with the plenary (a working party, a Question meeting).

    Its channels run their own live session; without an ``agenda`` of its own it follows the meeting's.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    title_fr: str | None = None
    agenda: Agenda | None = None

    def title_in(self, lang: str) -> str:
        """The room's title in ``lang`` (French when given, else English)."""
        return (self.title_fr or self.title) if lang == "fr" else self.title


class Meeting(Strict):
    """A whole meeting: identity, times, deadlines, rules, agenda and contacts."""

    schema_version: Literal[1] = 1
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    body: str
    body_fr: str | None = None
    study_group: int = Field(ge=1)
    field: str
    field_fr: str | None = None
    title: str
    title_fr: str | None = None
    reference: str
    reference_fr: str | None = None
    letter_date: Day
    format: Literal["virtual", "physical", "hybrid"]
    start_date: Day
    end_date: Day
    timezone: str
    timezone_label: str
    timezone_label_fr: str | None = None
    timezone_name: str
    remote_tool: str
    working_language: str
    interpretation: bool
    chairman: Person
    addressed_to: list[str] = Field(min_length=1)
    addressed_to_fr: list[str] = []
    signed_by: str | None = None
    signed_by_fr: str | None = None
    schedule_note: str | None = None
    schedule_note_fr: str | None = None
    sessions: list[Session] = []
    deadlines: list[Deadline] = []
    practical: list[InfoTopic] = []
    rules: list[Rule] = []
    agenda: Agenda
    contacts: Contacts
    faq: list[FaqEntry] = []
    rooms: list[Room] = []

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value not in pytz.all_timezones_set:
            raise ValueError(f"unknown time zone {value!r}; use an IANA name such as Europe/Zurich")
        return value

    @field_validator("end_date")
    @classmethod
    def _not_before_the_start(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        """Checked as a field, so that it is reported beside any other field's problem."""
        start = info.data.get("start_date")
        if start is not None and value < start:
            raise ValueError("end_date is before start_date")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Meeting":
        groups = (("sessions", self.sessions), ("deadlines", self.deadlines),
                  ("practical", self.practical), ("rules", self.rules), ("rooms", self.rooms))
        for key, group in groups:
            seen: set[str] = set()
            for index, thing in enumerate(group):
                if thing.id in seen:
                    raise FieldProblem((key, index, "id"), f"id {thing.id} appears twice")
                seen.add(thing.id)
        zone = pytz.timezone(self.timezone)
        for index, session in enumerate(self.sessions):
            try:
                zone.localize(session.start, is_dst=None)
            except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError):
                raise FieldProblem(("sessions", index, "start"),
                                   f"{session.start:%Y-%m-%d %H:%M} does not exist or is ambiguous in "
                                   f"{self.timezone} (a daylight-saving change)") from None
        errors = [finding for finding in date_findings(self) if finding.error]
        if errors:
            raise FieldProblem(errors[0].path, errors[0].message,
                               tuple((finding.path, finding.message) for finding in errors[1:]))
        return self

    def room(self, room_id: str | None) -> Room | None:
        """The parallel room of that id (None for the plenary, or an id the file does not declare)."""
        return next((room for room in self.rooms if room.id == room_id), None) if room_id else None

    def practical_topic(self, topic_id: str) -> InfoTopic | None:
        """The practical topic of that id ("registration", "fellowships"), or None when the file has none."""
        return next((topic for topic in self.practical if topic.id == topic_id), None)

    def zone_label(self, lang: str = "en") -> str:
        """How times name the meeting's zone: ``Geneva``, in French ``Genève``."""
        return self.timezone_label_fr if lang == "fr" and self.timezone_label_fr else self.timezone_label

    @property
    def tz(self) -> dt.tzinfo:
        """The meeting's time zone (pytz)."""
        return pytz.timezone(self.timezone)

    def local(self, naive: dt.datetime) -> dt.datetime:
        """Attach the meeting's zone to a naive meeting-time instant, DST-correctly."""
        return _localize(self.timezone, naive)

    @property
    def opens_at(self) -> dt.datetime:
        """When the meeting opens: the first session on the first day, else midnight."""
        first_day = [s for s in self.sessions if s.start.date() == self.start_date]
        if first_day:
            return self.local(min(s.start for s in first_day))
        return self.local(dt.datetime.combine(self.start_date, dt.time()))

    @property
    def closes_at(self) -> dt.datetime:
        """The end of the last day, meeting time."""
        return self.local(dt.datetime.combine(self.end_date + dt.timedelta(days=1), dt.time()))

    def deadline_instant(self, deadline: Deadline) -> dt.datetime:
        """The instant a deadline passes: its stated hour, else the end of its day."""
        if deadline.time is not None:
            return self.local(dt.datetime.combine(deadline.date, deadline.time))
        return self.local(dt.datetime.combine(deadline.date + dt.timedelta(days=1), dt.time()))
