"""Asking back: when two or three readings of a question are about as likely, the bot offers them
instead of answering one with confidence ("Which do you mean? 1. Contacts 2. Document submission").

The asker replies with a number (a button on Slack and Discord sends it); the readings offered are
kept with the asker's previous question (see :mod:`bot.questions.followup`), so the number is
understood on any process within ten minutes.
"""

from __future__ import annotations

import re

from bot.models import Meeting
from bot.questions.knowledge import Entry, Knowledge
from bot.questions.messages import say
from bot.questions.normalize import fold, stems, words
from bot.questions.replies import text_answer
from bot.questions.retrieval import Match, coverage_band
from bot.questions.vocabulary import STOPWORDS
from bot.reply import Choice, Reply, Section

#: A reading this close to the best one (its score over the best's) is offered too.
CLOSE = 0.9
MOST = 3
SAME = 0.4  # share of the shorter answer's words two answers hold in common to count as one reading
SECONDARY = frozenset({"deadline", "agenda", "session"})
_NUMBER = re.compile(r"^\s*(?:#|n[o°]?\s*|option\s+|choice\s+|choix\s+|le\s+|la\s+)?([1-9])\s*[.)!]?\s*$", re.I)


def close_readings(kb: Knowledge, ranked: list[Match]) -> list[Entry]:
    """The entries whose reading is as likely as the best (at least two, else empty): same share of the
    question covered, a score within :data:`CLOSE` of the best, and distinct answers."""
    if len(ranked) < 2:
        return []
    first = ranked[0]
    close = [m for m in ranked if coverage_band(m) == coverage_band(first)
             and m.score >= CLOSE * first.score]
    entries: list[Entry] = []
    for match in close:
        entry = kb.entries[match.index]
        if entry.kind in SECONDARY and entries:
            continue  # deadlines, agenda titles and sessions have their own intents; here they only echo
        if all(not same_answer(kb, entry, e) for e in entries):
            entries.append(entry)
    return entries[:MOST] if len(entries) >= 2 else []


def _answer_words(kb: Knowledge, entry: Entry) -> set[str]:
    text = entry.text if entry.answer is None else " ".join(
        str(s) for line in entry.answer(kb.meeting, "en") for s in line if isinstance(s, str))
    return set(stems(words(fold(text)), STOPWORDS))


def same_answer(kb: Knowledge, one: Entry, other: Entry) -> bool:
    """Whether two readings would answer alike (they share most of their words): no need to ask."""
    a, b = _answer_words(kb, one), _answer_words(kb, other)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= SAME


def key_of(entry: Entry) -> str:
    """How a reading is remembered: ``kind:key``."""
    return f"{entry.kind}:{entry.key}"


def ask(meeting: Meeting, lang: str, entries: list[Entry]) -> Reply:
    """"Which do you mean?" with the readings numbered."""
    choices = tuple(Choice(n, entry.title(lang), key_of(entry)) for n, entry in enumerate(entries, start=1))
    return Reply(title=say("ab.title", lang), lang=lang, choices=choices,
                 sections=(Section(lines=((say("ab.text", lang),),)),))


def chosen_number(text: str) -> int | None:
    """The number of a reply that only chooses ("2", "#2", "option 2", "le 2"), else None."""
    match = _NUMBER.match(text)
    return int(match[1]) if match else None


def expired(meeting: Meeting, lang: str) -> Reply:
    """The polite answer to a number that chooses nothing."""
    return text_answer(meeting, lang, say("ab.title", lang), say("ab.expired", lang), ok=False)
