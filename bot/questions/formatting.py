"""Dates, times and durations written out in English or French (French with Babel)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as babel_date

from bot.timefmt import format_duration, utc_offset, zone_label


def day(date: dt.date, lang: str) -> str:
    """``Friday 24 July 2020`` / ``vendredi 24 juillet 2020`` (Babel for French only, as ``format_date``).

    English is written directly: Babel's English locale data is 2.5 MB that nothing else needs.
    """
    if lang != "en":
        return babel_date(date, format="EEEE d MMMM y", locale=lang)
    return f"{date:%A} {date.day} {date:%B %Y}"


def clock(instant: dt.datetime, zone: dt.tzinfo) -> str:
    """``11:00`` in the zone."""
    return f"{instant.astimezone(zone):%H:%M}"


def zone_suffix(instant: dt.datetime, zone: dt.tzinfo) -> str:
    """``CEST, UTC+2``, or just ``UTC+2`` when the zone has no letters for its abbreviation."""
    local = instant.astimezone(zone)
    offset = utc_offset(local.utcoffset() or dt.timedelta())
    abbreviation = local.tzname() or offset
    if abbreviation in (offset, "UTC") or abbreviation.startswith(("+", "-")):
        return offset
    return f"{abbreviation}, {offset}"


def at_place(instant: dt.datetime, zone: dt.tzinfo, label: str | None, lang: str) -> str:
    """``17:00 in Beijing (CST, UTC+8), Monday 24 August 2020``, in the reply's language."""
    local = instant.astimezone(zone)
    where = place_with_offset(instant, zone, label)
    if lang == "fr":
        return f"{clock(instant, zone)} à {where}, {day(local.date(), lang)}"
    return f"{clock(instant, zone)} in {where}, {day(local.date(), lang)}"


def place_with_offset(instant: dt.datetime, zone: dt.tzinfo, label: str | None = None) -> str:
    """``Beijing (CST, UTC+8)``: the place (``label``, else the zone's city) with its offset at ``instant``."""
    name = label or zone_label(zone)
    suffix = zone_suffix(instant, zone)
    return f"{name} ({suffix})" if suffix != name else name


def duration(delta: dt.timedelta, lang: str) -> str:
    """``4 days``, ``1 day 4 hours``, ``3 hours 10 minutes`` / ``4 jours``… (:func:`bot.timefmt.format_duration`)."""
    return format_duration(delta, lang)
