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
    if place is not None:
        return NamedZone(place.zone, place.timezone, place.name)
    region, slash, city = text.rpartition("/")
    if slash and region and city:  # "Europe/Geneva", no zone of that name: the city's own ("Europe/Zurich"); a
        # typo ("Asia/Seol") gets the suggestions instead
        from bot.questions.normalize import fold
        place = find_place(city.replace("_", " "))
        if place is not None and fold(place.name) == fold(city.replace("_", " ")) \
                and place.timezone.split("/")[0].lower() == region.split("/")[0].lower():
            return NamedZone(place.zone, place.timezone, place.name)
    return _city_and_country(text)


def _city_and_country(text: str) -> NamedZone | None:
    """"Lima, Peru", "Lima Peru", "Peru": a city followed by its country (the country's zone when the city of that
    name lies elsewhere and the country has one zone), or a country of one zone alone."""
    import pytz

    from bot.questions.lexicon import country_names
    from bot.questions.normalize import fold
    from bot.questions.places import find_place

    countries = country_names()
    words = fold(text.replace(",", " ")).split()
    for cut in range(len(words), -1, -1):
        city, country = " ".join(words[:cut]), " ".join(words[cut:])
        code = countries.get(country) if country else None
        zones = pytz.country_timezones.get(code, []) if code else []
        if country and not zones:
            continue
        place = find_place(city) if city else None
        if city and place is None:
            continue
        if place is not None and (not zones or place.timezone in zones):
            return NamedZone(place.zone, place.timezone, place.name)
        if len(zones) == 1:
            zone = pytz.timezone(zones[0])
            label = text.split(",")[0].strip() if city else text.strip()
            label = label.title() if label.islower() else label
            return NamedZone(zone, zones[0], label)
    return None
