"""The knowledge index: every fact, topic, rule, deadline, agenda entry, session and FAQ of a
meeting file, as entries a matcher can find, with English and French wording.

Built lazily, once per meeting, and cached (:func:`knowledge_for`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable

from bot.models import Meeting
from bot.questions.faq import faq_of
from bot.questions.facts import FACT_BUILDERS, fact_words
from bot.questions.normalize import Corrector, fold, stems, words
from bot.questions.retrieval import Ranker
from bot.questions.lexicon import KEPT_AS_WRITTEN
from bot.questions.vocabulary import IDENTITY, STOPWORDS, SYNONYMS
from bot.reply import Line

#: An entry's answer, built when asked: ``(meeting, lang) -> lines``.
Answer = Callable[[Meeting, str], tuple[Line, ...]]


@dataclass(frozen=True)
class Entry:
    """Something the bot knows: a kind (``fact``, ``practical``, ``rule``, ``deadline``, ``agenda``,
    ``session``, ``faq``), a key within the kind, titles, the words it is found by, and its answer."""

    kind: str
    key: str
    title_en: str
    title_fr: str
    text: str
    answer: Answer | None = None

    def title(self, lang: str) -> str:
        """The title in ``lang``."""
        return self.title_fr if lang == "fr" else self.title_en


@dataclass
class Knowledge:
    """Entries of one meeting, their ranker, and the vocabulary typos are corrected against."""

    meeting: Meeting
    entries: list[Entry]
    ranker: Ranker
    corrector: Corrector
    vocabulary: set[str] = field(default_factory=set)
    #: Things worked out from the meeting once and kept with its knowledge (agenda title words, …).
    memo: dict[str, object] = field(default_factory=dict)

    def find(self, kind: str, key: str) -> Entry | None:
        """The entry of that kind and key (``fact``/``contacts``), if the meeting has one."""
        return next((e for e in self.entries if e.kind == kind and e.key == key), None)


def _without_when(text: str) -> str:
    """A rule's text less its "when"/"quand" ("When taking the floor, …"): a rule says what to do, never when, so
    "when exactly?" finds no rule."""
    return re.sub(r"\b(?:[Ww]hen|[Qq]uand)\b", " ", text)


def _static(lines_en: tuple[Line, ...], lines_fr: tuple[Line, ...]) -> Answer:
    return lambda _meeting, lang: lines_fr if lang == "fr" else lines_en


def build_entries(meeting: Meeting) -> list[Entry]:
    """Every entry of the meeting file, in a stable order."""
    entries: list[Entry] = []
    for key, build in FACT_BUILDERS.items():
        built = build(meeting)
        if built is None:
            continue
        (title_en, title_fr), lines_en, lines_fr = built
        said = " ".join(s for ln in lines_en + lines_fr for s in ln if isinstance(s, str))
        if key != "title":  # the meeting's own title ("Virtual meeting of …") is what the "title" fact is about
            for own in filter(None, (meeting.title, meeting.title_fr)):
                said = said.replace(own, " ")
        text = " ".join([fact_words(key), title_en, title_fr, said])
        entries.append(Entry("fact", key, title_en, title_fr, text, _static(lines_en, lines_fr)))
    for topic in meeting.practical:
        entries.append(Entry("practical", topic.id, topic.title, topic.title_fr or topic.title,
                             " ".join([topic.id, topic.title, topic.text, topic.text_fr or "", *topic.keywords]),
                             _static(((topic.text,),), (((topic.text_fr or topic.text),),))))
    for rule in meeting.rules:
        entries.append(Entry("rule", rule.id, rule.summary, rule.summary_fr or rule.summary,
                             _without_when(" ".join([rule.topic, rule.summary, rule.text, rule.text_fr or "",
                                                     fact_words("rule")])),
                             _static(((rule.text,),), (((rule.text_fr or rule.text),),))))
    for deadline in meeting.deadlines:
        entries.append(Entry("deadline", deadline.id, deadline.what, deadline.what_fr or deadline.what,
                             " ".join([deadline.what, deadline.what_fr or "", deadline.how or "",
                                       deadline.who or "", fact_words("deadline")])))
    for session in meeting.sessions:
        entries.append(Entry("session", session.id, session.title, session.title_fr or session.title,
                             " ".join([session.title, session.title_fr or "", session.note or "",
                                       session.open_to or "", fact_words("session")])))
    for item in meeting.agenda.items:
        entries.append(Entry("agenda", item.ref, item.title, item.title_in("fr"),
                             " ".join([item.title, item.title_fr or "", *item.entries, fact_words("agenda")])))
    for faq in faq_of(meeting):
        lines_en: tuple[Line, ...] = ((faq.answer,),)
        lines_fr: tuple[Line, ...] = ((faq.answer_in("fr"),),)
        key = hashlib.sha1(faq.question.encode("utf-8")).hexdigest()[:12]  # stable when the file is reordered
        entries.append(Entry("faq", key, faq.question, faq.question_fr or faq.question,
                             " ".join([faq.question, faq.question_fr or "", *faq.keywords]),
                             _static(lines_en, lines_fr)))
    return entries


#: Stopwords this long are typo targets too: a misspelt "available" is no unknown topic.
LONG_STOPWORD = 8


#: The letters of a word written with digits ("CG-wtsa20-prep"): a question that names them apart ("WTSA-20") finds
#: the agenda item that lists it.
_LETTER_RUN = re.compile(r"[a-z]{3,}")


def _with_word_parts(found: list[str]) -> list[str]:
    """The words, each word that mixes letters and digits followed by its runs of letters."""
    return [part for word in found for part in
            ([word, *_LETTER_RUN.findall(word)] if any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
             else [word])]


def build_knowledge(meeting: Meeting, extra_vocabulary: frozenset[str] = frozenset()) -> Knowledge:
    """Index a meeting: stems for ranking, and every known word for typo correction."""
    entries = build_entries(meeting)
    documents = [stems(_with_word_parts(words(fold(e.text))) if e.kind == "agenda" else words(fold(e.text)), STOPWORDS)
                 for e in entries]  # an agenda title's group names ("CG-wtsa20-prep"); other texts keep their length
    vocabulary = {w for e in entries for w in words(fold(e.text)) if w.isalpha()} | set(extra_vocabulary)
    long_stopwords = {w for w in STOPWORDS if len(w) >= LONG_STOPWORD}  # "avialable" is "available": no topic
    corrector = Corrector((vocabulary - STOPWORDS) | IDENTITY | (SYNONYMS.keys() - STOPWORDS) | long_stopwords,
                          protected=STOPWORDS | KEPT_AS_WRITTEN | zone_city_words())
    return Knowledge(meeting=meeting, entries=entries, ranker=Ranker(documents), corrector=corrector,
                     vocabulary=vocabulary)


def zone_city_words() -> frozenset[str]:
    """The one-word cities the time zones are named after ("paris", "lima", "tokyo"), never corrected as typos of
    the meeting's words ("et a paris ?" is no "parité")."""
    import pytz

    return frozenset(fold(name.rsplit("/", 1)[-1]) for name in pytz.common_timezones
                     if "/" in name and "_" not in name.rsplit("/", 1)[-1])


_CACHE: dict[str, Knowledge] = {}


def knowledge_for(meeting: Meeting, extra_vocabulary: frozenset[str] = frozenset()) -> Knowledge:
    """The meeting's knowledge, built on first use and kept (rebuilt if another object has that id)."""
    cached = _CACHE.get(meeting.id)
    if cached is None or cached.meeting is not meeting:
        cached = build_knowledge(meeting, extra_vocabulary)
        _CACHE[meeting.id] = cached
    return cached
