"""Whether a word the meeting information never uses is named as a thing asked about, or only said of one.

A question's word the meeting information never uses is reported as left unanswered ("the meeting information says
nothing about “password”") unless the question only says it of something: after a subject, an auxiliary or a
negation ("his audio is awful", "how long do people have left?", "je passe par où ?", "ne valent que pour …",
"m'exposer la procédure"), a word that names no part of the question left unanswered.
"""
from __future__ import annotations

import re

from bot.questions.normalize import Question, fold, stems
from bot.questions.vocabulary import STOPWORDS

#: Words after which a word is said of something rather than named: subjects, auxiliaries, negations, intensifiers.
SAID_AFTER = frozenset("they he she it is are was were be been being am have has had do does did go goes went people "
                       "ppl very so too really il elle ils elles ne n se m t y qui que qu laquelle lequel lesquels "
                       "lesquelles tres trop".split())  # not "I", "je": "should I wear a tie?" names what is worn


def named_as_a_thing(q: Question, term: str) -> bool:
    """Whether a word (by its stem) the meeting information never uses is named as a thing the question asks about:
    somewhere in the question it is written as a name ("WhatsApp") or comes after anything but a subject, an
    auxiliary or a negation ("the password", "a dress code", "how much bandwidth")."""
    tokens = [t for t in q.corrected if t]
    found = False
    for index, token in enumerate(tokens):
        if stems([token], STOPWORDS) != [term]:
            continue
        found = True
        if index and tokens[index - 1] in _TIME_UNITS:
            continue  # "i registerd 2 days ago": when, not a thing asked about
        if index and tokens[index - 1] in _SEEMING:
            continue  # "some options … seem unavailable to us": how a thing is, not a thing asked about
        if index and token.endswith("ing") and tokens[index - 1] in _BEFORE_A_VERB_IN_ING:
            continue  # "if im only joining remotely": what the asker does, not a thing asked about
        if _a_verb_after(tokens, index) and not _written_as_a_name(q.raw, token):
            continue  # "pas besoin de venir", "à quoi servent-elles": what is done, not a thing asked about (not "un
            # compte pour Twitter", a name)
        if _written_as_a_name(q.raw, token) or not index or tokens[index - 1] not in SAID_AFTER:
            return True
    return not found  # a stem the corrected words do not show as such: kept, as before


#: Verbs of seeming before what something is said to be ("seem unavailable", "looks broken", "semble indisponible").
_SEEMING = frozenset("seem seems seemed look looks looked appear appears appeared semble semblent parait paraissent".split())
#: Words after which a word in -ing is a verb ("only joining", "i'm attending", "just watching").
_BEFORE_A_VERB_IN_ING = frozenset("only just m am are re is s be been while when by still also not".split())
#: Units of time: a word right after one says when ("2 days ago", "une semaine plus tot"), not a thing asked about.
_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years jour jours semaine "
                        "semaines mois an ans heure heures".split())


#: Words before a French infinitive ("besoin de venir", "pour participer", "sans payer").
_BEFORE_AN_INFINITIVE = frozenset("de d pour a sans".split())


def _a_verb_after(tokens: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verb by where it stands: after "to" or "quoi" ("what to bring", "à quoi
    servent"), or an infinitive's ending after "de", "pour", "à", "sans" ("pas besoin de venir")."""
    before = tokens[index - 1] if index else ""
    token = tokens[index]
    return before in ("to", "quoi") or before in _BEFORE_AN_INFINITIVE and token.endswith(("er", "ir", "re"))


def _written_as_a_name(raw: str, token: str) -> bool:
    """Whether the word is written with a capital inside the message (a name: "WhatsApp", "Zoom"), not only first."""
    for match in re.finditer(rf"(?<![\w'’]){re.escape(token)}(?!\w)", fold(raw, lower=False), re.IGNORECASE):
        if match.start() and match[0][:1].isupper():
            return True
    return False
