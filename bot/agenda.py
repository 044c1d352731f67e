"""Finding things in the agenda: by reference, by words, by closeness, and in order."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from bot.agenda_ref import AgendaRef, parse_ref
from bot.models import Agenda, AgendaEntry

_WORD = re.compile(r"[\w./-]+", re.UNICODE)


@dataclass(frozen=True)
class Lookup:
    """The result of reading a reference: the entry, or why there is none."""

    entry: AgendaEntry | None
    ref: AgendaRef | None
    problem: str | None = None


class AgendaIndex:
    """Read-only views of an agenda, built once per meeting."""

    def __init__(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self._by_ref = {entry.ref: entry for entry in agenda.items}
        self._position = {entry.ref: index for index, entry in enumerate(agenda.items)}
        self._searchable: list[tuple[AgendaEntry, str, set[str]]] | None = None  # worked out on the first search

    def _haystacks(self) -> list[tuple[AgendaEntry, str, set[str]]]:
        """Each entry with its searchable text (titles and bulleted names, lower case) and words, once."""
        if self._searchable is None:
            found = []
            for entry in self.agenda.items:
                haystack = " ".join([entry.title, entry.title_fr or "", *entry.entries]).lower()
                tokens = set(_WORD.findall(haystack))
                tokens |= {part for token in list(tokens) for part in re.split(r"[-/.]", token) if part}
                found.append((entry, haystack, tokens))
            self._searchable = found
        return self._searchable

    @property
    def entries(self) -> list[AgendaEntry]:
        """Items and sub-items in agenda order."""
        return list(self.agenda.items)

    def items(self) -> list[AgendaEntry]:
        """The top-level items only."""
        return [e for e in self.agenda.items if e.parsed.letter is None]

    def get(self, ref: AgendaRef | str) -> AgendaEntry | None:
        """The entry with that reference, if the agenda has it."""
        return self._by_ref.get(str(ref))

    def children(self, entry: AgendaEntry) -> list[AgendaEntry]:
        """The sub-items of an item."""
        number = entry.parsed.number
        return [e for e in self.agenda.items if e.parsed.letter and e.parsed.number == number]

    def parent(self, entry: AgendaEntry) -> AgendaEntry | None:
        """The item a sub-item belongs to."""
        parent = entry.parsed.parent
        return self.get(parent) if parent else None

    def neighbour(self, entry: AgendaEntry, step: int) -> AgendaEntry | None:
        """The entry ``step`` places away in agenda order, or None past either end."""
        index = self._position[entry.ref] + step
        return self.agenda.items[index] if 0 <= index < len(self.agenda.items) else None

    @staticmethod
    def is_reference(text: str) -> bool:
        """Whether the text reads as an agenda reference (whether or not the agenda has it)."""
        return parse_ref(text) is not None

    def lookup(self, text: str) -> Lookup:
        """Read a reference (``3h``, ``item 3 (h)``) and say what it names, or why nothing."""
        ref = parse_ref(text)
        if ref is None:
            return Lookup(None, None, "not a reference")
        entry = self.get(ref)
        if entry is not None:
            return Lookup(entry, ref)
        items = self.items()
        if self.get(AgendaRef(ref.number)) is None:
            return Lookup(None, ref, f"There is no item {ref.number}: the agenda has {len(items)} items "
                                     f"({items[0].ref}–{items[-1].ref}).")
        subs = self.children(self.get(AgendaRef(ref.number)))  # type: ignore[arg-type]
        if not subs:
            return Lookup(None, ref, f"Item {ref.number} has no sub-items.")
        letters = f"{subs[0].parsed.letter}–{subs[-1].parsed.letter}" if len(subs) > 1 else subs[0].parsed.letter
        return Lookup(None, ref, f"Item {ref.number} has sub-items {letters}; there is no {ref.label}.")

    def search(self, text: str) -> list[AgendaEntry]:
        """Entries whose title (English or French) or bulleted entries contain every word of ``text`` (any case)."""
        words = [w.lower() for w in _WORD.findall(text)]
        if not words:
            return []
        return [entry for entry, haystack, tokens in self._haystacks()
                if all(w in haystack if len(w) > 3 else w in tokens for w in words)]

    def closest(self, text: str, limit: int = 3) -> list[AgendaEntry]:
        """Entries whose title (English or French) or bulleted entries are closest to ``text``, for "did you mean"."""
        candidates: dict[str, AgendaEntry] = {}
        for entry in self.agenda.items:
            titles = [entry.title.lower()] + ([entry.title_fr.lower()] if entry.title_fr else [])
            for title in titles:
                candidates.setdefault(title, entry)
            for name in entry.entries:
                candidates[name.lower()] = entry
            for title in titles:
                for word in _WORD.findall(title):
                    if len(word) > 3:
                        candidates.setdefault(word, entry)
        names = difflib.get_close_matches(text.lower().strip(), list(candidates), n=limit * 3, cutoff=0.6)
        picked: list[AgendaEntry] = []
        for name in names:
            entry = candidates[name]
            if entry not in picked:
                picked.append(entry)
        return picked[:limit]
