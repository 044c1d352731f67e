"""Agenda references: ``3``, ``3h``, ``3 h``, ``3.h``, ``3(h)``, ``3h)``, ``item 3h`` all name 3 h)."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

_REF = re.compile(
    r"""^\s*
        (?:(?:agenda\s+)?(?:item|point|sub-?item|sous-point)\s*)?   # optional "item"
        (?P<number>\d{1,3})
        \s*\.?\s*
        (?:\(?\s*(?P<letter>[a-z])\s*\)?)?
        \s*[.)]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, order=True)
class AgendaRef:
    """An agenda item number with an optional sub-item letter."""

    number: int
    letter: str | None = None

    def __str__(self) -> str:
        return f"{self.number}{self.letter or ''}"

    @property
    def parent(self) -> "AgendaRef | None":
        """The item a sub-item belongs to; ``None`` for an item."""
        return AgendaRef(self.number) if self.letter else None

    @property
    def label(self) -> str:
        """How the agenda prints the reference: ``3`` → ``3.``, ``3h`` → ``3 h)``."""
        return f"{self.number} {self.letter})" if self.letter else f"{self.number}."


@lru_cache(maxsize=4096)
def parse_ref(text: str) -> AgendaRef | None:
    """Read an agenda reference from text, or ``None`` when the text is not one.

    >>> parse_ref("item 3(h)")
    AgendaRef(number=3, letter='h')
    """
    match = _REF.match(text)
    if match is None:
        return None
    number = int(match["number"])
    if number < 1:
        return None
    letter = match["letter"]
    return AgendaRef(number, letter.lower() if letter else None)
