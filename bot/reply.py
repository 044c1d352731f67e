"""Platform-neutral replies: what a handler returns and each adapter renders.

Text is a sequence of segments: plain strings and :class:`Moment` values. A
moment stays an aware datetime until rendering, so Slack, Discord and the
console can each show it in the reader's own zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Callable, Union

if TYPE_CHECKING:
    from bot.models import Meeting


class Visibility(Enum):
    """Who sees a reply: only the asker, or the whole channel."""

    PRIVATE = "private"
    PUBLIC = "public"


@dataclass(frozen=True)
class Moment:
    """An instant to show; ``style`` is ``datetime``, ``date`` or ``time``."""

    at: dt.datetime
    style: str = "datetime"

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("a Moment needs an aware datetime")


@dataclass(frozen=True)
class Day:
    """A calendar date with no time of day (a date-only deadline): never shifted between zones."""

    date: dt.date


Segment = Union[str, Moment, Day]
Line = tuple[Segment, ...]


def join_segments(segments: Line, moment: "Callable[[Moment], str]", day: "Callable[[Day], str]",
                  text: "Callable[[str], str]" = str) -> str:
    """Write a line out: each renderer says how moments, days and plain text look on its platform."""
    out = []
    for segment in segments:
        if isinstance(segment, Moment):
            out.append(moment(segment))
        elif isinstance(segment, Day):
            out.append(day(segment))
        else:
            out.append(text(segment))
    return "".join(out)


def line(*segments: Segment) -> Line:
    """Build a line of text from strings, moments and days."""
    return tuple(segments)


@dataclass(frozen=True)
class Field:
    """A labelled value (e.g. ``When``: a moment)."""

    label: str
    value: Line


@dataclass(frozen=True)
class Section:
    """A block of the reply: an optional heading, lines of text, and fields."""

    heading: str | None = None
    lines: tuple[Line, ...] = ()
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class Choice:
    """One reading of an unclear question, offered back to the asker; ``number`` is what they reply
    (or what a button sends) to choose it."""

    number: int
    label: str
    key: str = ""  # what the core needs to answer it (opaque to adapters)


@dataclass(frozen=True)
class Reply:
    """What the bot says: a title, sections, a footer note, and who sees it; ``choices`` when the bot
    asks back which of two or three readings of a question was meant."""

    title: str
    sections: tuple[Section, ...] = ()
    footer: str | None = None
    visibility: Visibility = Visibility.PRIVATE
    ok: bool = True
    attachments: tuple["Attachment", ...] = field(default=())
    lang: str | None = None  # the reply's language when the core chose it (a question's language)
    choices: tuple[Choice, ...] = ()
    # The meeting the reply is about, when one deployment serves several: renderers show its time zone.
    about: "Meeting | None" = field(default=None, compare=False, repr=False)

    def segments(self) -> list[Segment]:
        """Every segment of the reply, in order (for searches and tests)."""
        found: list[Segment] = [self.title]
        for section in self.sections:
            if section.heading:
                found.append(section.heading)
            for text in section.lines:
                found.extend(text)
            for item in section.fields:
                found.append(item.label)
                found.extend(item.value)
        found.extend(f"{choice.number}. {choice.label}" for choice in self.choices)
        if self.footer:
            found.append(self.footer)
        return found


@dataclass(frozen=True)
class Attachment:
    """A file the reply carries (an .ics calendar)."""

    filename: str
    content: bytes
    mime_type: str


def simple(title: str, *texts: str, ok: bool = True) -> Reply:
    """A reply of plain lines, private to the asker."""
    return Reply(title=title, sections=(Section(lines=tuple((t,) for t in texts)),), ok=ok)
