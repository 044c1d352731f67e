"""Which language a question is in: English or French, else the asker's own language."""

from __future__ import annotations

import re

from bot.questions.lexicon import CHAT_SPELLINGS
from bot.questions.normalize import fold, words
from bot.questions.vocabulary import ENGLISH_MARKERS, FRENCH_MARKERS, STRONG_MARKERS

SUPPORTED = ("en", "fr")
_FRENCH_LETTERS = re.compile(r"[éèêëàâîïôûùüçœ]", re.IGNORECASE)
_FRENCH_ELISION = re.compile(r"\b(?:qu|c|l|d|j|n|s)['’]\w", re.IGNORECASE)


#: Short forms written alike in both languages ("lang?", "interp?", "docs"): no mark of either.
_SHORT_IN_BOTH = frozenset({"lang", "interp", "info", "infos", "doc", "docs"})
#: "y/n", English chat for "yes or no" (French writes "o/n"): its "y" is no French "il y a".
_YES_OR_NO_SHORT = re.compile(r"\by\s?/\s?n\b", re.IGNORECASE)


#: Words quoted from another text ("The French says "établi en accord avec le Président"", « … »): not the asker's
#: language, when the rest of the message has words of its own.
_QUOTED = re.compile(r"[\"“«][^\"”»]{3,}[\"”»]")


def language_scores(text: str) -> tuple[float, float]:
    """``(english, french)`` evidence: marker words (chat spellings read as the words meant), accented letters and
    French elisions; words in quotation marks count only when nothing else does."""
    unquoted = _QUOTED.sub(" ", text)
    if len(unquoted.split()) >= 3:
        text = unquoted
    found = [w for t in words(fold(_YES_OR_NO_SHORT.sub(" yes or no ", text))) if t not in _SHORT_IN_BOTH
             for w in (CHAT_SPELLINGS.get(t) or t).split()]  # "ya til" is "y a t il"; "lang" is no "langue"
    tokens = [t for i, t in enumerate(found) if not (len(t) == 1 and i and found[i - 1].isdigit())]  # "3 c": an item
    english = float(sum(2 if t in STRONG_MARKERS else 1 for t in tokens if t in ENGLISH_MARKERS))
    french = float(sum(2 if t in STRONG_MARKERS else 1 for t in tokens if t in FRENCH_MARKERS))
    french += 1.5 * len(_FRENCH_LETTERS.findall(text))
    french += 1.0 * len(_FRENCH_ELISION.findall(text))
    return english, french


def detect_language(text: str, fallback: str = "en") -> str:
    """``en`` or ``fr`` from the question; ``fallback`` (the asker's locale) when unclear.

    >>> detect_language("c'est quoi le point 3h ?")
    'fr'
    >>> detect_language("Kaleidoscope?", fallback="fr")
    'fr'
    """
    fallback = fallback.split("-")[0].split("_")[0].lower() if fallback else "en"
    if fallback not in SUPPORTED:
        fallback = "en"
    english, french = language_scores(text)
    if french > english and french >= 1:
        return "fr"
    if english > french and english >= 1:
        return "en"
    return fallback


def decisive(text: str) -> bool:
    """Whether the text itself shows its language (clearly more of one language's marks than the other's)."""
    english, french = language_scores(text)
    return abs(english - french) >= 2
