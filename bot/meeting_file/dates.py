"""Whether a meeting's dates hang together: an error where no meeting could be right, a warning where one might.

Errors stop the file from loading (``meetingbot check`` exits 2, a running bot keeps its last
good version); warnings are printed by ``meetingbot check``, which still exits 0.

- any date: an error for a year before 1900 or after 2199 (``0001-01-01``, ``9999-12-31``);
- the meeting: a warning when longer than 31 days, an error when longer than a year;
- ``letter_date``: a warning during the meeting or more than a year before it; an error after the
  meeting ends or more than three years before it;
- a session: a warning outside the meeting's days (but in the week before the start: management
  team meetings); an error more than 31 days outside them, or for an end not after its start;
- a deadline: a warning after the meeting ends or before the letter; an error more than a year
  after the meeting or before its start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator

if TYPE_CHECKING:
    from bot.models import Meeting

EARLIEST_YEAR, LATEST_YEAR = 1900, 2199
LONG_MEETING = dt.timedelta(days=31)
YEAR = dt.timedelta(days=366)
LETTER_TOO_EARLY = dt.timedelta(days=3 * 366)
SESSIONS_BEFORE_START = dt.timedelta(days=7)  # management team, newcomers' and tutorial sessions
SESSION_TOO_FAR = dt.timedelta(days=31)
LONG_SESSION = dt.timedelta(days=1)


def plausible_year(value: dt.date) -> dt.date:
    """A date (or datetime) whose year a meeting could have; ``ValueError`` otherwise.

    Beyond these years nothing could be right, and near the ends of Python's calendar the
    bot's own arithmetic (the end of a deadline's day, a reminder a week before) would overflow.
    """
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"year {value.year:04d} is out of range ({EARLIEST_YEAR}–{LATEST_YEAR}): check the date")
    return value


Day = Annotated[dt.date, AfterValidator(plausible_year)]
"""A date a meeting could have (a field type of :mod:`bot.models`)."""
Instant = Annotated[dt.datetime, AfterValidator(plausible_year)]
"""A date and time a meeting could have."""


@dataclass(frozen=True)
class DateFinding:
    """A date that does not fit the others: the field at fault, what is wrong, and whether it stops loading."""

    path: tuple[str | int, ...]
    message: str
    error: bool


def _days(delta: dt.timedelta) -> str:
    return f"{delta.days} day{'s' if delta.days != 1 else ''}"


def _meeting_span(meeting: Meeting) -> list[DateFinding]:
    length = meeting.end_date - meeting.start_date + dt.timedelta(days=1)
    if length > YEAR:
        return [DateFinding(("end_date",), f"the meeting would last {_days(length)}: check start_date and end_date",
                            True)]
    if length > LONG_MEETING:
        return [DateFinding(("end_date",), f"the meeting lasts {_days(length)}: is end_date right?", False)]
    return []


def _letter(meeting: Meeting) -> list[DateFinding]:
    letter, path = meeting.letter_date, ("letter_date",)
    if letter > meeting.end_date:
        return [DateFinding(path, f"the letter is dated after the meeting ends ({meeting.end_date}): check the year",
                            True)]
    if letter >= meeting.start_date:
        return [DateFinding(path, f"the letter is dated during the meeting ({meeting.start_date} to "
                                  f"{meeting.end_date}): is that right?", False)]
    ahead = meeting.start_date - letter
    if ahead > LETTER_TOO_EARLY:
        return [DateFinding(path, f"the letter is dated {_days(ahead)} before the meeting: check the year", True)]
    if ahead > YEAR:
        return [DateFinding(path, f"the letter is dated {_days(ahead)} before the meeting: is that right?", False)]
    return []


def _sessions(meeting: Meeting) -> list[DateFinding]:
    findings: list[DateFinding] = []
    for index, session in enumerate(meeting.sessions):
        day = session.start.date()
        outside = max(meeting.start_date - day, day - meeting.end_date, dt.timedelta())
        where = "before the meeting starts" if day < meeting.start_date else "after the meeting ends"
        if outside > SESSION_TOO_FAR:
            findings.append(DateFinding(("sessions", index, "start"),
                                        f"the session is {_days(outside)} {where}: check the date", True))
        elif day > meeting.end_date or outside > SESSIONS_BEFORE_START:
            findings.append(DateFinding(("sessions", index, "start"),
                                        f"the session is {_days(outside)} {where}: is that right?", False))
        if session.end is not None:
            if session.end <= session.start:
                findings.append(DateFinding(("sessions", index, "end"), "the session ends before it starts", True))
            elif session.end - session.start > LONG_SESSION:
                findings.append(DateFinding(("sessions", index, "end"),
                                            "the session lasts more than a day: is end right?", False))
    return findings


def _deadlines(meeting: Meeting) -> list[DateFinding]:
    findings: list[DateFinding] = []
    for index, deadline in enumerate(meeting.deadlines):
        date, path = deadline.date, ("deadlines", index, "date")
        if date - meeting.end_date > YEAR:
            findings.append(DateFinding(path, f"the deadline is {_days(date - meeting.end_date)} after the meeting "
                                              "ends: check the year", True))
        elif meeting.start_date - date > YEAR:
            findings.append(DateFinding(path, f"the deadline is {_days(meeting.start_date - date)} before the "
                                              "meeting starts: check the year", True))
        elif date > meeting.end_date:
            findings.append(DateFinding(path, f"the deadline is after the meeting ends ({meeting.end_date}): "
                                              "is that right?", False))
        elif date < meeting.letter_date:
            findings.append(DateFinding(path, f"the deadline passed before the letter was sent "
                                              f"({meeting.letter_date}): is that right?", False))
    return findings


def date_findings(meeting: Meeting) -> list[DateFinding]:
    """Every date of the meeting that does not fit the others, in file order."""
    return _letter(meeting) + _meeting_span(meeting) + _sessions(meeting) + _deadlines(meeting)
