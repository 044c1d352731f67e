"""The commented meeting file ``meetingbot new`` writes: what the secretariat gave filled in, the rest laid out.

Parts the bot cannot guess (the letter's reference, the chairman, the agenda's items, the deadlines, the
rules) are written as ``TO FILL`` or as commented examples; ``meetingbot check`` points at what is left.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

TO_FILL = "TO FILL"


@dataclass(frozen=True)
class NewMeeting:
    """What ``meetingbot new`` asks for."""

    body: str
    group: int
    title: str
    start: dt.date
    end: dt.date
    timezone: str
    email: str
    field: str = TO_FILL
    label: str = ""
    meeting_id: str = ""

    @property
    def zone_label(self) -> str:
        """How times name the zone (``Tokyo``): given, else the zone's city."""
        return self.label or self.timezone.rsplit("/", 1)[-1].replace("_", " ")

    @property
    def id(self) -> str:
        """The meeting's id: given, else ``body-sgN-YYYY-MM`` (``itu-t-sg13-2021-03``)."""
        if self.meeting_id:
            return self.meeting_id
        body = re.sub(r"[^a-z0-9]+", "-", self.body.lower()).strip("-") or "meeting"
        return f"{body}-sg{self.group}-{self.start:%Y-%m}"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def meeting_text(new: NewMeeting, today: dt.date) -> str:
    """The whole commented meeting file."""
    label = new.zone_label
    letter = min(today, new.start - dt.timedelta(days=60))  # a letter goes out before its meeting
    return f"""# Meeting file of {new.title}.
# Written by `meetingbot new` on {today:%Y-%m-%d}. Replace each value marked as still to fill (the marker is
# in capitals) and fill the commented parts from the collective letter, then run:
#   meetingbot check THIS-FILE   (it names each field still to fill or wrong; it says OK once none is left).
# Times of day are meeting time ({new.timezone}), written without an offset.
schema_version: 1
id: {new.id}
body: {_quoted(new.body)}
study_group: {new.group}
field: {_quoted(new.field)}                # the group's field, e.g. Security
title: {_quoted(new.title)}
reference: {_quoted(TO_FILL)}            # the letter's reference, e.g. TSB Collective letter 9/17
letter_date: {letter:%Y-%m-%d}              # {TO_FILL}: the letter's date
format: virtual                          # virtual, physical or hybrid
start_date: {new.start:%Y-%m-%d}
end_date: {new.end:%Y-%m-%d}
timezone: {new.timezone}
timezone_label: {_quoted(label)}         # how the bot names meeting time: "11:00 {label}"
timezone_name: {_quoted(label + " time")}
remote_tool: {_quoted(TO_FILL)}          # e.g. MyMeetings, Zoom
working_language: English
interpretation: false                    # true when the letter offers interpretation
chairman:
  name: {_quoted(TO_FILL)}
  role: {_quoted(f"Chairman of Study Group {new.group}")}
addressed_to:                            # to whom the letter is addressed
  - {_quoted(f"{new.body} Sector Members")}

# Sessions: one per opening, plenary or closing the letter gives; start in meeting time.
sessions:
  - id: opening
    title: Opening plenary
    start: {new.start:%Y-%m-%d}T09:00:00       # {TO_FILL}: the hour the letter gives

# Deadlines: the letter gives dates; say hour_stated: true and time: only when it gives an hour.
deadlines: []
#  - id: registration
#    date: {new.start - dt.timedelta(days=31):%Y-%m-%d}
#    what: Registration
#    how: Online, through the focal point
#    who: Delegates

# Remote-participation rules (topics: floor, sound, chat, connection, registration, documents, language).
rules: []
#  - id: identify-yourself
#    topic: floor
#    summary: Say who you are before you speak.
#    text: When taking the floor, give your name and the entity you speak for.

# The draft agenda: items and sub-items (3, 3a, 3b, ...), in order.
agenda:
  title: Draft agenda
  items:
    - {{ref: "1", title: Opening of the meeting}}
    - {{ref: "2", title: Approval of the agenda}}
    # {TO_FILL}: the items of the letter's draft agenda

contacts:
  email: {new.email}

# Parallel rooms (working parties, Question meetings): give each its channels under rooms: in the config.
# rooms:
#   - id: wp1
#     title: Working Party 1
#     title_fr: Groupe de travail 1
"""


@dataclass(frozen=True)
class LeftToFill:
    """One place still marked ``TO FILL``: its line, the field it belongs to, and the comment's hint if any."""

    line: int
    field: str
    hint: str = ""


def _key(line: str) -> str:
    """The key a YAML line sets (``start`` of ``    start: 2021-…``), or ``""``."""
    code = line.split("#", 1)[0].strip().lstrip("- ").strip()
    key, colon, _ = code.partition(":")
    return key.strip().strip("{\"'") if colon else ""


def _owner(lines: list[str], index: int) -> str:
    """The field a comment-only line sits in: the nearest key above it that is less indented."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for line in reversed(lines[:index]):
        if line.strip() and not line.lstrip().startswith("#") and len(line) - len(line.lstrip()) < indent:
            if key := _key(line):
                return key
    return "(top level)"


def left_to_fill(text: str) -> list[LeftToFill]:
    """Every place that still says ``TO FILL``: in a value (``"TO FILL"``) or in a comment (``# TO FILL: the hour``)."""
    lines = text.splitlines()
    found: list[LeftToFill] = []
    for index, line in enumerate(lines):
        if TO_FILL not in line:
            continue
        code, _, comment = line.partition("#")
        hint = comment.split(TO_FILL, 1)[1].strip(" :") if TO_FILL in comment else ""
        field = _key(line) if code.strip() else _owner(lines, index)
        found.append(LeftToFill(index + 1, field or "value", hint))
    return found
