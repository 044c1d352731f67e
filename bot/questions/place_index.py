"""Folded city names → places, packed into a few flat strings and arrays instead of 86,000 objects.

GeoNames gives about 86,000 names (with French and other alternate names) for 26,000 cities.
As a dict of Place objects they took some 15 MB, and reading GeoNames' 16 MB JSON to build them
left the process some 70 MB larger for good (a heap fragmented by a parse it no longer needs). So
the table is built by :mod:`bot.questions.place_source` in a child process, which prints it
compactly, and kept here as:

- every name, sorted, in one UTF-8 ``bytes``, with an array of where each ends (binary search);
- for each name, the number of its place;
- for each place, its name (one string with offsets), its zone (a number into a short list of
  zone names) and its population.
"""

from __future__ import annotations

import bisect
import datetime as dt
from array import array
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable, Sequence

import pytz


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


class PackedStrings(Sequence[bytes]):
    """Strings stored end to end as UTF-8 in one ``bytes``, read back by index (a list costs ~60 B each).

    Items are the UTF-8 bytes (whose order is the strings' order, for binary search); :meth:`text`
    gives one back as a string.
    """

    def __init__(self, blob: bytes, ends: array) -> None:
        self._blob = blob
        self._ends = ends

    @classmethod
    def of(cls, texts: Iterable[str]) -> "PackedStrings":
        """Pack strings, in the order given."""
        items = [text.encode("utf-8") for text in texts]
        return cls(b"".join(items), array("I", accumulate(len(item) for item in items)))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> bytes:  # type: ignore[override]
        if index < 0:
            index += len(self._ends)
        start = self._ends[index - 1] if index > 0 else 0
        return self._blob[start:self._ends[index]]

    def text(self, index: int) -> str:
        """Item ``index`` as a string."""
        return self[index].decode("utf-8")

    def parts(self) -> list[bytes]:
        """The packed form as bytes: the text (UTF-8), then the ends."""
        return [self._blob, self._ends.tobytes()]


class PlaceIndex:
    """Look a folded name up; get the most populous city of that name.

    Built from (name, place number) pairs and the places (in the child process), then moved to the
    parent as bytes (:meth:`to_bytes`, :meth:`from_bytes`): no object per name is ever made there.
    """

    def __init__(self, keys: PackedStrings, place_of: array, names: PackedStrings, zones: list[str],
                 zone_of: array, population: array) -> None:
        self._keys, self._place_of = keys, place_of
        self._names, self._zones, self._zone_of, self._population = names, zones, zone_of, population

    @classmethod
    def build(cls, keys: Iterable[tuple[str, int]], places: Sequence[Place]) -> "PlaceIndex":
        """The index of ``keys`` (folded name, number of its place in ``places``)."""
        ordered = sorted(keys, key=lambda pair: pair[0].encode("utf-8"))
        zones = sorted({place.timezone for place in places})
        zone_number = {zone: number for number, zone in enumerate(zones)}
        return cls(PackedStrings.of(key for key, _ in ordered), array("I", (place for _, place in ordered)),
                   PackedStrings.of(place.name for place in places), zones,
                   array("H", (zone_number[place.timezone] for place in places)),
                   array("Q", (place.population for place in places)))

    @classmethod
    def empty(cls) -> "PlaceIndex":
        """An index that knows no place."""
        return cls.build([], [])

    def to_bytes(self) -> bytes:
        """The whole index as bytes, each part preceded by its length."""
        parts = [*self._keys.parts(), self._place_of.tobytes(), *self._names.parts(),
                 "\n".join(self._zones).encode("utf-8"), self._zone_of.tobytes(), self._population.tobytes()]
        return b"".join(len(part).to_bytes(8, "little") + part for part in parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> "PlaceIndex":
        """The index :meth:`to_bytes` wrote (on this machine); ValueError when the bytes are not one."""
        parts, at = [], 0
        while at < len(data):
            size = int.from_bytes(data[at:at + 8], "little")
            parts.append(data[at + 8:at + 8 + size])
            at += 8 + size
        if len(parts) != 8 or at != len(data):
            raise ValueError("not a place index")

        def numbers(code: str, raw: bytes) -> array:
            found = array(code)
            found.frombytes(raw)
            return found

        keys = PackedStrings(parts[0], numbers("I", parts[1]))
        names = PackedStrings(parts[3], numbers("I", parts[4]))
        zones = parts[5].decode("utf-8").split("\n") if parts[5] else []
        index = cls(keys, numbers("I", parts[2]), names, zones, numbers("H", parts[6]), numbers("Q", parts[7]))
        if not (len(index._place_of) == len(keys) and len(index._zone_of) == len(names) == len(index._population)):
            raise ValueError("a place index with parts of different lengths")
        return index

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, key: str) -> Place | None:
        """The place a folded name stands for, or None."""
        wanted = key.encode("utf-8")
        found = bisect.bisect_left(self._keys, wanted)
        if found == len(self._keys) or self._keys[found] != wanted:
            return None
        place = self._place_of[found]
        return Place(self._names.text(place), self._zones[self._zone_of[place]], self._population[place])
