"""A time zone named in a command as people name it: an IANA name, ``UTC+9``, ``EST``, or a city (``Lima``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.timefmt import find_zone, zone_label


@dataclass(frozen=True)
class NamedZone:
    """A zone, the name to store for it (IANA name or ``UTC+9``) and the name to show (``Lima``, ``Mumbai``)."""

    zone: dt.tzinfo
    stored: str
    label: str


def zone_named(text: str) -> NamedZone | None:
    """The zone ``text`` names: a zone name or abbreviation first, else the most populous city of that name."""
    text = " ".join(text.split())
    zone = find_zone(text)
    if zone is not None:
        return NamedZone(zone, getattr(zone, "zone", None) or text.upper().replace(" ", ""), zone_label(zone))
    from bot.questions.place_source import SHORT_NAMES
    from bot.questions.places import find_place  # the city table is built on first use

    if text.isupper() and text.isalpha() and len(text) <= 5 and text.lower() not in SHORT_NAMES:
        return None  # "PET", "CST": an abbreviation we do not know is no city's code ("PET" is no Perth)
    place = find_place(text) if any(c.isalpha() for c in text) else None
    if place is None:
        return None
    return NamedZone(place.zone, place.timezone, place.name)
