"""French words written as they sound ("fransai", "minscri", "lekip", "domène"): a key of how a word sounds.

Delegates who learnt French by ear write many words the way they are said. Two spellings that
sound alike get the same key here, so that an unknown word can be read as the known word it
sounds like: "fransai" and "français" both give ``frAs``, "linterpretasion" and "interprétation"
``IterpretasiO``. The key is a rough French reading of folded letters (no accents): nasal vowels
are one letter (``A``, ``O``, ``I``), silent endings and "h" go, "qu"/"c"/"k" are one sound, "ai"
and "ei" read "e". A "c" before "a", "o" or "u" may have been a "ç" before folding ("français"),
so a known word gives a key for each reading (:func:`keys_of`).
"""

from __future__ import annotations

import re
from typing import Callable

_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), repl) for pattern, repl in (
    (r"eau|au", "o"),
    (r"ph", "f"),
    (r"ch", "X"),
    (r"qu|ck|q", "k"),
    (r"gu(?=[eiy])", "g"),
    (r"g(?=[eiy])", "j"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"tion\b", "sion"),
    (r"tions\b", "sions"),
    (r"(.)\1", r"\1"),
    (r"(?:ai|ei)", "e"),
    (r"(?:ain|ein|in|im|un)(?![aeiouyAIO])", "I"),
    (r"(?:an|am|en|em)(?![aeiouyAIO])", "A"),
    (r"(?:on|om)(?![aeiouyAIO])", "O"),
    (r"ou", "u"),
    (r"y", "i"),
    (r"h", ""),
    (r"(?<=[aeiouAIO])s(?=[aeiou])", "z"),
    (r"(?:es|ent|e|s|t|d|x|z|p)+$", ""),
    (r"(?:es|e|s|t|d|x|z)+$", ""),
    (r"(.)\1", r"\1"),
))

#: Keys this short say too little to stand for a word.
SHORTEST_KEY = 3


def french_key(word: str) -> str:
    """How a folded French word sounds, roughly: ``fransai`` and ``francais`` (read with a ç) give ``frAs``."""
    key = word
    for pattern, repl in _STEPS:
        key = pattern.sub(repl, key)
    return key


def keys_of(word: str) -> set[str]:
    """The keys of a known word: as written, and with each "c" before a, o or u read as a folded "ç"."""
    keys = {french_key(word)}
    if re.search(r"c[aou]", word):
        keys.add(french_key(re.sub(r"c(?=[aou])", "s", word)))
    return keys


class SoundIndex:
    """Known words by how they sound; a key shared by known words of different stems names none of them."""

    def __init__(self, known: set[str], stem: Callable[[str], str]) -> None:
        by_key: dict[str, set[str]] = {}
        for word in known:
            if len(word) >= SHORTEST_KEY and word.isalpha():
                for key in keys_of(word):
                    by_key.setdefault(key, set()).add(word)
        self._by_key = {key: min(words, key=lambda w: (len(w), w)) for key, words in by_key.items()
                        if len(key) >= SHORTEST_KEY and len({stem(w) for w in words}) == 1}

    def sounds_like(self, word: str) -> str | None:
        """The one known word that ``word`` sounds like, if there is one."""
        return self._by_key.get(french_key(word))
