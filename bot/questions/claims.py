"""What a question claims: dates (``Friday 4 September``, ``le 4 septembre``), clock times
(``2 am``, ``10:00``, ``17 h``) and UTC offsets (``UTC+1``). Month and day names come from Babel."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from bot.questions.normalize import fold

_OFFSET = re.compile(r"\b(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b")
_CLOCK = re.compile(
    r"(?<![\d:/])(\d{1,2})(?:\s*(?::|h)\s*(\d{2})|\s*h\b(?!\s*\d)|\s*(am|pm|a m|p m)\b|\s*o\s*clock\b)"
    r"(?:\s*(am|pm|a m|p m)\b)?")


@dataclass(frozen=True)
class DateClaim:
    """A date named in the question, with the weekday the asker gave (0 = Monday), if any."""

    date: dt.date
    weekday: int | None
    text: str


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in ("en", "fr"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[fold(name).rstrip(".")] = number
    names["sept"] = 9
    return names


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in ("en", "fr"):
        for width in ("wide", "abbreviated"):
            for number, name in get_day_names(width, locale=locale).items():
                names[fold(name).rstrip(".")] = number
    return names


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
                 "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def months_named(folded: str) -> list[int]:
    """The months a folded question names alone, after "in"/"en"/"of" ("the last sg17 meeting in april" gives 4); never
    the English verb "may"."""
    wide = {name: number for name, number in _months().items() if len(name) > 4 or name in ("june", "july", "juin",
                                                                                            "mars", "aout", "mai")}
    found = re.finditer(r"\b(?:in|en|of|from|d|de|du mois d|du mois de)\s+([a-z]+)\b", folded)
    return [wide[match[1]] for match in found if match[1] in wide]


def months_dated(folded: str) -> list[int]:
    """The months a folded question names beside a year or a day, abbreviated or not ("back in sept 2019", "le 17
    fev"): an abbreviation alone ("sept jours", "may I") names no month."""
    names = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    found = re.finditer(rf"\b({names})\.?\s+(?:19|20)\d\d\b|\b[0-3]?\d(?:st|nd|rd|th|er)?\s+(?:of\s+)?({names})\b", folded)
    return [_months()[match[1] or match[2]] for match in found]


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names (folded, English and French, wide and abbreviated)."""
    return frozenset(_months()) | frozenset(_weekdays())


def _date_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    days = "|".join(sorted(map(re.escape, _weekdays()), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<wd>{days})\.?\s+(?:le\s+|the\s+)?)?"
        rf"(?:(?<![\w/])(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?P<m1>{months})\b\.?"
        rf"|\b(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
        rf"(?:\s+(?P<year>\d{{4}}))?")


@lru_cache(maxsize=1)
def _compiled() -> re.Pattern[str]:
    return _date_pattern()


def dates_in(text: str, year: int) -> list[DateClaim]:
    """Dates in the question (folded), in ``year`` unless it names one."""
    found = []
    for match in _compiled().finditer(with_spans_dated(fold(text))):
        day_text = match["d1"] or match["d2"]
        month = _months()[match["m1"] or match["m2"]]
        try:
            date = dt.date(int(match["year"] or year), month, int(day_text))
        except ValueError:
            continue
        weekday = _weekdays().get(match["wd"]) if match["wd"] else None
        found.append(DateClaim(date, weekday, match.group(0)))
    return found


#: A span whose first day has no month of its own ("du 24 au 28 août", "from 24 to 28 August"): both days in it.
_DAY_SPAN = re.compile(r"\b(?P<first>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<to>au|to|till|until|-|a)\s+(?P<last>\d{1,2})"
                       r"(?:er|st|nd|rd|th)?\s+(?P<month>janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
                       r"octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|aug|sept|sep)\b")


def with_spans_dated(folded: str) -> str:
    """The folded text with a span's first day given its month ("du 24 au 28 aout" → "du 24 aout au 28 aout") and a
    date written in figures given its month's name ("24/08", "24.08", "23.8", "8/24" → "24 august")."""
    return _DAY_SPAN.sub(lambda m: f"{m['first']} {m['month']} {m['to']} {m['last']} {m['month']}",
                         _NUMERIC_DATE.sub(_month_named, folded))


#: A date in figures, day and month ("24/08", "24.08", "23.8", "24/08/2020"; "8/24" when the second number is a day
#: past the 19th), not a Question ("Q4/17", "question 6/17"), a letter's number ("9/17"), a clock ("11.00"), an offset
#: ("UTC+5.5"), "24/7", nor a decimal before a unit ("2.5 hours").
_NUMERIC_DATE = re.compile(r"(?<![\w/.:+-])(?<!question )(?<!questions )(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
                           r"(?:(?P=sep)(?P<year>(?:20)?\d\d))?(?![\w/:]|\.\d)(?!\s*(?:h|hr|hrs|hours?|heures?|min|"
                           r"minutes?|mins|days?|jours?|%)\b)")

#: Month names by number, as the date pattern reads them.
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
#: The months a date in figures is read in: those of the letter's deadlines and the meeting (a figure such as "13.05"
#: or "1/2" is more likely a clock or a fraction than a date in May or February).
_MONTHS_IN_FIGURES = range(6, 10)


def _month_named(match: re.Match[str]) -> str:
    """The figures of a day and month written with the month's name; unchanged when they name no date."""
    first, second = int(match["a"]), int(match["b"])
    if match[0] == "24/7" or not 1 <= second <= 12 and not (match["sep"] == "/" and second >= 20):
        return match.group(0)  # "9/17", "TD 3/17": the study group's documents; "24/7": always
    day_, month = (first, second) if 1 <= second <= 12 else (second, first)  # "8/24": August 24
    if month not in _MONTHS_IN_FIGURES or not 1 <= day_ <= 31:
        return match.group(0)
    year = match["year"]
    year = f" {'20' + year if len(year) == 2 else year}" if year else ""
    return f"{day_} {_MONTH_NAMES[month - 1]}{year}"


#: A day of the month named without its month: "the 25th", "on 25th", "le 25", "le 1er" (not "le 2 b", an item,
#: nor "le 10 h", an hour).
_BARE_DAY = re.compile(r"(?<![\w/])(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)|le\s+(\d{1,2})(?:er)?"
                       r"(?!\s*(?:[a-z]\b|[a-z]\)|h\b|heures?\b|:|\d|point)))\b")


def bare_days_in(text: str) -> list[int]:
    """Days of the month the question names without a month ("it starts on the 25th, right?"); a date with
    its month is found by :func:`dates_in`."""
    days = []
    for match in _BARE_DAY.finditer(fold(text)):
        number = int(match[1] or match[2])
        if 1 <= number <= 31:
            days.append(number)
    return days


def weekdays_in(text: str) -> list[int]:
    """Weekdays named anywhere in the question (0 = Monday)."""
    names = _weekdays()
    return [names[w] for w in re.findall(r"[a-z]+", fold(text)) if w in names and len(w) > 3]


#: Words after a clock that make it an offset ("5:45 ahead", "5:45 difference", "5 h 45 de décalage", "9h devant").
AN_OFFSET_AFTER = re.compile(r"\s*(?:hours?\s+|hrs?\s+|heures?\s+)?(?:ahead|behind|difference|time difference|offset|"
                              r"de decalage|d avance|de retard|de difference|decalage|devant|derriere|en avance|en retard|"
                              r"de plus que|de moins que)\b")


def at_clock(zone: dt.tzinfo, on: dt.date, clock: dt.time) -> dt.datetime:
    """The instant a clock names on a day in a zone (pytz zones localized, others attached)."""
    naive = dt.datetime.combine(on, clock)
    localize = getattr(zone, "localize", None)
    return localize(naive) if localize else naive.replace(tzinfo=zone)


def clocks_in(text: str) -> list[dt.time]:
    """Clock times the question names: ``2 am``, ``2am``, ``14:30``, ``10h``, ``17 h 30``, ``10 o'clock``."""
    found = []
    folded = fold(text)
    for match in _CLOCK.finditer(folded):
        if re.search(r"(?:(?:utc|gmt)\s*[+-]|(?<![\w:])[+-])\s*$", folded[:match.start()]):
            continue  # "UTC+5:30", "that +8:45 zone" are offsets, not clocks
        if AN_OFFSET_AFTER.match(folded[match.end():]):
            continue  # "Nepal is 5:45 ahead of GMT", "with the 5:45 difference": an offset, not a clock
        hour, minute = int(match[1]), int(match[2] or 0)
        meridiem = (match[3] or match[4] or "").replace(" ", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            found.append(dt.time(hour, minute))
    return found


def offsets_in(text: str) -> list[dt.timedelta]:
    """UTC offsets the question names: ``UTC+1``, ``GMT -7``, ``UTC+5:30``."""
    out = []
    for sign, hours, minutes in _OFFSET.findall(fold(text)):
        delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        out.append(delta if sign == "+" else -delta)
    return out
