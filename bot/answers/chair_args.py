"""Reading a chair's arguments: the reference and time budget of ``/item``, the length of ``/break``.

A budget or a break is at most :data:`LONGEST` (12 hours): longer is a slip of the keyboard
(``/break 1000h``), not a plan, and is refused with a message rather than announced.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.agenda import AgendaIndex
from bot.timefmt import parse_duration

LONGEST = dt.timedelta(hours=12)
"""The longest time budget of an item, and the longest break, a chair can announce."""


@dataclass(frozen=True)
class ItemArgs:
    """``/item``'s arguments: the reference text, its budget, or the words that should have been a budget."""

    ref: str
    budget: dt.timedelta | None = None
    bad_budget: str | None = None
    too_long: dt.timedelta | None = None  # a budget read, but longer than LONGEST


def _reference_prefix(words: list[str]) -> int:
    """How many leading words make the longest agenda reference, short of all of them (0: none)."""
    for count in range(len(words) - 1, 0, -1):
        if AgendaIndex.is_reference(" ".join(words[:count])):
            return count
    return 0


def split_item_args(args: str) -> ItemArgs:
    """``"3h 15m"`` → ref ``3h`` and 15 minutes; ``"3h 0m"`` → ref ``3h`` and the bad budget ``0m``.

    The whole text read as a reference has no budget (``3 h`` is item 3 h, not item 3 for "h").
    Otherwise, when it starts with a reference, the rest must be a budget of 1 minute to
    :data:`LONGEST`; anything else (zero, negative, longer, words) is a bad budget. Text that
    does not start with a reference is left whole, for a search by title.
    """
    text = " ".join(args.split())
    if not text or AgendaIndex.is_reference(text):
        return ItemArgs(text)
    words = text.split(" ")
    if words[0].endswith(",") and AgendaIndex.is_reference(words[0][:-1]):  # "/item 3h, 15 min"
        words[0] = words[0][:-1]
    count = _reference_prefix(words)
    if count == 0:
        return ItemArgs(text)
    ref, rest = " ".join(words[:count]), " ".join(words[count:])
    budget = parse_duration(rest)
    if budget is None or budget > LONGEST:
        return ItemArgs(ref, bad_budget=rest, too_long=budget)
    return ItemArgs(ref, budget)


#: A break given as the clock it lasts until ("/break 11h30", "/break 14:00", "/break until 14:00").
_UNTIL_CLOCK = re.compile(r"^(?:until |till |to |jusqu ?a |jusqu'à |jusqu’à |a |à )?(\d{1,2})(:|h)(\d{2})?$", re.IGNORECASE)
#: Below this many hours, "1h30" and "1:30" are a length; from it on, "11h30" and "14:00" are a clock (no chair
#: calls an 11-hour break).
_CLOCK_FROM_HOURS = 3


def break_length(text: str, now: dt.datetime, zone: dt.tzinfo) -> dt.timedelta | None:
    """How long a break runs: a duration ("15m", "1h30", "1:30", "20'"), or until a clock of meeting time today ("11h30",
    "14:00", "until 14:00"), counted from ``now``; None when it is neither, or the clock has passed."""
    text = " ".join(text.split())
    match = _UNTIL_CLOCK.match(text)
    if match and (match[2] == "h" or match[3]) and (int(match[1]) >= _CLOCK_FROM_HOURS or not text[:1].isdigit()):
        hour, minute = int(match[1]), int(match[3] or 0)  # "/break 14h": until 14:00 (a French chair's clock)
        if hour > 23 or minute > 59:
            return parse_duration(text)  # "/break 99h": no clock, a length (too long, which the caller says)
        local = now.astimezone(zone)
        until = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return until - local if until > local else None
    return parse_duration(text)


def break_too_long(duration: dt.timedelta | None) -> bool:
    """Whether a break of ``duration`` is longer than a chair can announce."""
    return duration is not None and duration > LONGEST


def shows_date(now: dt.datetime, then: dt.datetime, zone: dt.tzinfo) -> bool:
    """Whether ``then`` falls on another day than ``now``, in meeting time or in UTC (so its date must show)."""
    return (now.astimezone(zone).date() != then.astimezone(zone).date()
            or now.astimezone(dt.timezone.utc).date() != then.astimezone(dt.timezone.utc).date())
