"""Time zones, durations and how times read: ``Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)``."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pytz
from babel import dates as babel_dates
from babel.units import format_unit

_ZONES_BY_LOWER = {name.lower(): name for name in pytz.all_timezones}
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_DURATION = re.compile(r"(\d+)([a-z]*)")
_DURATION_UNITS = {  # a unit as people type it, English or French → seconds
    **dict.fromkeys(("d", "day", "days", "j", "jour", "jours"), 86400),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "heure", "heures"), 3600),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "mn"), 60),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", "seconde", "secondes"), 1),
}
# Zone abbreviations people type ("/time EST"): what they mean in the season at hand, not the fixed offset
# that pytz's few abbreviation zones keep (its "EST" is UTC-5 all year, so an hour off New York in August).
# Abbreviations that name several places (CST: Chicago or China; IST: India, Israel or Ireland) are left out.
ZONE_ABBREVIATIONS = {
    **dict.fromkeys(("est", "edt", "et", "eastern"), "America/New_York"),
    **dict.fromkeys(("cdt", "ct", "central"), "America/Chicago"),
    **dict.fromkeys(("mst", "mdt", "mt", "mountain"), "America/Denver"),
    **dict.fromkeys(("pst", "pdt", "pt", "pacific"), "America/Los_Angeles"),
    **dict.fromkeys(("cet", "cest"), "Europe/Paris"),
    **dict.fromkeys(("bst",), "Europe/London"),
    **dict.fromkeys(("jst",), "Asia/Tokyo"),
    **dict.fromkeys(("kst",), "Asia/Seoul"),
    **dict.fromkeys(("hkt",), "Asia/Hong_Kong"),
    **dict.fromkeys(("sgt",), "Asia/Singapore"),
    **dict.fromkeys(("aest", "aedt"), "Australia/Sydney"),
    **dict.fromkeys(("wat",), "Africa/Lagos"),
    **dict.fromkeys(("cat",), "Africa/Maputo"),
    **dict.fromkeys(("eat",), "Africa/Nairobi"),
    **dict.fromkeys(("msk",), "Europe/Moscow"),
    **dict.fromkeys(("pet",), "America/Lima"),
    **dict.fromkeys(("brt",), "America/Sao_Paulo"),
    **dict.fromkeys(("art",), "America/Argentina/Buenos_Aires"),
    **dict.fromkeys(("wib",), "Asia/Jakarta"),
    **dict.fromkeys(("pht",), "Asia/Manila"),
    **dict.fromkeys(("pkt",), "Asia/Karachi"),
    **dict.fromkeys(("ict",), "Asia/Bangkok"),
    **dict.fromkeys(("nzst", "nzdt"), "Pacific/Auckland"),
    **dict.fromkeys(("hst",), "Pacific/Honolulu"),
    **dict.fromkeys(("akst", "akdt"), "America/Anchorage"),
    **dict.fromkeys(("acst", "acdt"), "Australia/Adelaide"),
    **dict.fromkeys(("awst",), "Australia/Perth"),
    **dict.fromkeys(("npt",), "Asia/Kathmandu"),
    **dict.fromkeys(("irst", "irdt"), "Asia/Tehran"),
    **dict.fromkeys(("gst",), "Asia/Dubai"),
    **dict.fromkeys(("aft",), "Asia/Kabul"),
    **dict.fromkeys(("mmt",), "Asia/Yangon"),
    **dict.fromkeys(("sast",), "Africa/Johannesburg"),
    **dict.fromkeys(("eet", "eest"), "Europe/Athens"),
    **dict.fromkeys(("adt",), "America/Halifax"),  # not "AST", Arabia's too
    **dict.fromkeys(("nst", "ndt"), "America/St_Johns"),
    **dict.fromkeys(("chst",), "Pacific/Guam"),
}


def find_zone(text: str) -> dt.tzinfo | None:
    """A zone from an IANA name (any case, spaces for underscores), ``UTC``, ``UTC+9`` or a common
    abbreviation (``EST`` is New York's zone, daylight time included); else None."""
    cleaned = text.strip().replace(" ", "_")
    if not cleaned:
        return None
    name = ZONE_ABBREVIATIONS.get(cleaned.lower()) or _ZONES_BY_LOWER.get(cleaned.lower())
    if name:
        return pytz.timezone(name)
    match = _OFFSET.match(text.strip())
    if match:
        sign = 1 if match[1] == "+" else -1
        hours, minutes = int(match[2]), int(match[3] or 0)
        if hours > 14 or minutes >= 60:
            return None
        return pytz.FixedOffset(sign * (hours * 60 + minutes))
    return None


def zone_label(zone: dt.tzinfo) -> str:
    """A short human name for a zone: ``Asia/Seoul`` → ``Seoul``, ``UTC`` → ``UTC``."""
    name = getattr(zone, "zone", None)
    if not name:
        return "UTC" + utc_offset(dt.datetime.now(zone).utcoffset() or dt.timedelta())[3:]
    if name in ("UTC", "Etc/UTC", "GMT"):
        return "UTC"
    return name.rsplit("/", 1)[-1].replace("_", " ")


def utc_offset(offset: dt.timedelta) -> str:
    """``UTC+2``, ``UTC-7``, ``UTC+5:30``, ``UTC``."""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def in_zone(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """The same instant, expressed in ``zone`` (pytz-correct)."""
    return instant.astimezone(zone)


@lru_cache(maxsize=4096)
def format_time(instant: dt.datetime, zone: dt.tzinfo, label: str | None = None, style: str = "datetime",
                lang: str = "en") -> str:
    """``Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)``; ``style`` ``time`` drops the date."""
    local = instant.astimezone(zone)
    offset = utc_offset(local.utcoffset() or dt.timedelta())
    abbreviation = local.tzname() or offset
    name = label or zone_label(zone)
    suffix = f"({offset})" if abbreviation in (offset, "UTC") or abbreviation.startswith(("+", "-")) \
        else f"({abbreviation}, {offset})"
    if name in ("UTC", offset):
        suffix = ""
    clock = f"{local:%H:%M} {name} {suffix}".rstrip()
    if style == "time":
        return clock
    if style == "date":
        return format_date(local.date(), lang)
    return f"{format_date(local.date(), lang)}, {clock}"


@lru_cache(maxsize=4096)
def format_date(day: dt.date, lang: str = "en") -> str:
    """``Fri 24 Jul 2020``; in French ``ven. 24 juil. 2020`` (Babel)."""
    if lang != "en":
        return babel_dates.format_date(day, format="EEE d MMM y", locale=lang)
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_duration(delta: dt.timedelta, lang: str = "en") -> str:
    """A rounded, readable span: ``23 days``, ``1 day 4 hours``, ``5 hours 3 minutes``, ``12 minutes``."""
    seconds = int(abs(delta.total_seconds()))
    if seconds >= 60:
        seconds = (seconds + 30) // 60 * 60  # to the nearest minute
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60

    def unit(count: int, name: str) -> str:
        if lang != "en":
            text = format_unit(count, f"duration-{name}", length="long", locale=lang)
            return text.replace("\u00a0", " ").replace("\u202f", " ")
        return f"{count} {name}" + ("" if count == 1 else "s")

    if days >= 2:
        return unit(days, "day")
    if days == 1:
        return unit(1, "day") + (f" {unit(hours, 'hour')}" if hours else "")
    if hours:
        return unit(hours, "hour") + (f" {unit(minutes, 'minute')}" if minutes else "")
    if minutes:
        return unit(minutes, "minute")
    return "moins d'une minute" if lang == "fr" else "less than a minute"


_LEADING_FOR = re.compile(r"^(?:for|during|pour|pendant)\s+")
_MINUTE_MARK = re.compile(r"(?<=\d)['’](?!['’])")
_CLOCK_LIKE = re.compile(r"^(\d{1,2}):([0-5]\d)$")  # 1:30 → 1 hour 30 minutes
_DECIMAL_HOURS = re.compile(r"^(\d{1,2})[.,](\d{1,2})(?:h|hr|hrs|hour|hours|heure|heures)$")  # 1.5h, 1,5 h


def parse_duration(text: str) -> dt.timedelta | None:
    """``15m``, ``15 min``, ``20'``, ``1h30m``, ``1h30``, ``1:30``, ``1.5h``, ``2 hours``, ``1 heure 30``,
    ``for 15 min``, ``7d``, ``90`` (minutes) → a timedelta; None when unreadable or zero."""
    cleaned = _LEADING_FOR.sub("", text.strip().lower()).replace(" ", "")
    cleaned = _MINUTE_MARK.sub("m", cleaned)  # 20' is 20 minutes
    if not cleaned:
        return None
    written = _CLOCK_LIKE.match(cleaned) or _DECIMAL_HOURS.match(cleaned)
    if written:
        total = int(written[1]) * 3600 + (int(written[2]) * 60 if written.re is _CLOCK_LIKE
                                          else round(float("0." + written[2]) * 3600))
        return dt.timedelta(seconds=total) if total > 0 else None
    if cleaned.isdigit():
        minutes = int(cleaned)
        return dt.timedelta(minutes=minutes) if 0 < minutes <= 24 * 60 * 30 else None
    parts = _DURATION.findall(cleaned)
    if not parts or "".join(n + u for n, u in parts) != cleaned:
        return None
    if len(parts) > 1 and not parts[-1][1] and _DURATION_UNITS.get(parts[-2][1]) == 3600:
        parts[-1] = (parts[-1][0], "m")  # "1h30": the number after the hours is minutes
    sizes = [_DURATION_UNITS.get(u) for _, u in parts]
    if None in sizes or sizes != sorted(set(sizes), reverse=True):  # largest unit first, each once
        return None
    total = sum(int(number) * _DURATION_UNITS[u] for number, u in parts)
    if total <= 0 or total > 86400 * 400:
        return None
    return dt.timedelta(seconds=total)


_DAY_OFFSET = re.compile(r"^(\d{1,3})d(?:\s+([01]?\d|2[0-3]):([0-5]\d))?$", re.IGNORECASE)


def parse_day_offset(text: str) -> tuple[int, dt.time | None] | None:
    """``7d`` → (7, None); ``0d 09:00`` → (0, 09:00): days before a date, at an optional time of day."""
    match = _DAY_OFFSET.match(text.strip())
    if match is None:
        return None
    clock = dt.time(int(match[2]), int(match[3])) if match[2] is not None else None
    return int(match[1]), clock
