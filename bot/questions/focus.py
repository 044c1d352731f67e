"""The one sentence of a long paragraph that a narrow question asks about.

The meeting's practical texts are paragraphs of several rules ("Registration is mandatory … Some options in
the registration form apply only to Member States. Members are encouraged to include women …"). A question about
one of them ("some options in the form are greyed out, bug?") is answered by that sentence, not by the whole
paragraph in which it would have to be found.
"""

from __future__ import annotations

import re

from bot.questions.normalize import fold, stems, words
from bot.questions.vocabulary import STOPWORDS

#: Where a paragraph's sentences end (a full stop, then a capital).
_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZÀ-Ý])")
#: Fewest sentences a paragraph has before one of them is worth picking out.
MANY_SENTENCES = 4
#: Fewest of the question's own words a sentence shares with it to be the one asked about.
SHARED_ENOUGH = 1


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, in order."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def stems_of(text: str) -> set[str]:
    """The stems of a text's words."""
    return set(stems(words(fold(text)), STOPWORDS))


def asked_sentence(text: str, asked: set[str], common: set[str]) -> str | None:
    """The one sentence of ``text`` that shares clearly more of the question's stems (``asked``, less those the
    whole topic shares, ``common``) than any other; None when the paragraph is short or no sentence stands out."""
    parts = sentences(text)
    if len(parts) < MANY_SENTENCES:
        return None
    own = asked - common
    shared = [len(own & stems_of(part)) for part in parts]
    best = max(shared)
    if best < SHARED_ENOUGH or shared.count(best) > 1 or sorted(shared)[-2] * 2 > best:
        return None
    return parts[shared.index(best)]
