"""Reading a chair's arguments: the reference and time budget of ``/item``, the length of ``/break``.

A budget or a break is at most :data:`LONGEST` (12 hours): longer is a slip of the keyboard
(``/break 1000h``), not a plan, and is refused with a message rather than announced.
"""

from __future__ import annotations

import datetime as dt
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
    count = _reference_prefix(words)
    if count == 0:
        return ItemArgs(text)
    ref, rest = " ".join(words[:count]), " ".join(words[count:])
    budget = parse_duration(rest)
    if budget is None or budget > LONGEST:
        return ItemArgs(ref, bad_budget=rest)
    return ItemArgs(ref, budget)


def break_too_long(duration: dt.timedelta | None) -> bool:
    """Whether a break of ``duration`` is longer than a chair can announce."""
    return duration is not None and duration > LONGEST


def shows_date(now: dt.datetime, then: dt.datetime, zone: dt.tzinfo) -> bool:
    """Whether ``then`` falls on another day than ``now``, in meeting time or in UTC (so its date must show)."""
    return (now.astimezone(zone).date() != then.astimezone(zone).date()
            or now.astimezone(dt.timezone.utc).date() != then.astimezone(dt.timezone.utc).date())
