"""When an agenda topic comes up, and what a session other than the meeting itself will discuss: "when do we
discuss the GSC?", "Le Kaleidoscope 2020 a lieu quand ?", "what's on the agenda of the sunday management team
meeting?".

The letter gives the agenda's items but not the day or hour each is taken up (the draft time plan will), and
no agenda for the management team meeting: the answer names the item asked and says what the letter leaves
out, instead of the meeting's dates or the session's time as if they answered.
"""

from __future__ import annotations

import re

from bot.context import Context
from bot.models import AgendaEntry, Session
from bot.questions.agenda_intent import describe, find_ref, own_stems, search, topic_words
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question, stems
from bot.questions.replies import text_answer
from bot.questions.time_intent import session_words, named_session
from bot.questions.vocabulary import DEADLINE, END, START
from bot.reply import Reply

#: Words that ask when.
WHEN_ASKED = ("when", "quand", "what day", "which day", "quel jour", "what date", "quelle date", "c est quand")
#: Words that ask when a topic comes up ("when do we discuss", "a lieu quand", "when is the CTO meeting").
COMES_UP = ("discuss", "discussed", "discussing", "discute", "discutera", "discuter", "traite", "traitera", "aborde",
            "abordera", "taken up", "take up", "covered", "examine", "examined", "come up", "comes up", "a lieu",
            "aura lieu", "take place", "takes place", "happen", "happens", "held", "se tient", "se tiendra", "when is",
            "when s", "quand est", "c est quand")
#: Words that ask what a session's agenda is.
AGENDA_OF = ("agenda of", "agenda for", "on the agenda at", "discussed at", "discussed in", "ordre du jour de la reunion",
             "ordre du jour du", "ordre du jour de l", "ordre du jour de la", "au programme de")


#: An item asked for by its topic ("discussed in which item?", "dans quel point ?").
_WHICH_ITEM = re.compile(r"\b(?:which|what) (?:agenda )?items?\b|\bquels? points?\b")

_ASKING = frozenset(stems("when quand day jour date lieu place held tient discuss discussed discute traite aborde "
                          "come comes happen happens chair chairman president".split(), languages=False))  # "when
# will the chair discuss leadership positions?": who discusses it, not what


#: Words that ask when an item is discussed, whatever it is about ("when do we discuss future meetings?").
DISCUSSED = ("discuss", "discussed", "discussing", "discute", "discutee", "discutees", "discuter", "aborde", "abordee",
             "aborder", "come up", "comes up")

#: Words that ask about another meeting or the next session, never when an item of this agenda comes up.
ANOTHER_TIME = ("next", "prochaine", "prochain", "suivante", "suivant", "after this", "apres celle", "future",
                "futures", "upcoming", "where and when", "ou et quand", "quand et ou", "when and where")


#: Another conference named by its acronym, with its year or not ("WTSA-20", "PP-22", "la CMDT") — never the study
#: group's own meeting, whose dates the letter gives.
OTHER_CONFERENCE = re.compile(r"\b(?:(?:wtsa|wtdc|wtpf|wrc|wcit|wsis|amnt|cmdt|amr|pp)[- ]?\d{2}|wtsa|wtdc|wtpf|wrc|wcit|"
                              r"wsis|amnt|cmdt|tsag|gcnt|tdag|gcdt|rag|gcr)\b")
#: A study group named by its number, as written ("SG2", "SG 13", "CE 2", "Study Group 9", "commission d'études 5").
_GROUP_NAMED = re.compile(r"(?i)\b(?:sg|ce)\s?(\d{1,2})\b(?![/-]?rg)|\b(?:study group|commission d.?[eé]tudes)\s+(\d{1,2})\b")


def _another_group(q: Question, own: int) -> str | None:
    """Another study group than the meeting's, as the question writes it, when it names no other; else None."""
    named = [(match[0], int(match[1] or match[2])) for match in _GROUP_NAMED.finditer(q.raw)]
    others = [written for written, number in named if number != own]
    return others[0] if others and len(others) == len(named) else None


#: Words that ask when or where something is held.
WHEN_OR_WHERE = (*WHEN_ASKED, "date", "where", "ou se", "ou aura", "ou a lieu", "held", "take place", "takes place", "a lieu",
                 "aura lieu", "se tient", "se tiendra", "happen", "dates")


#: Words that ask where this meeting deals with another conference ("where do we discuss WTSA-16 resolutions?").
ABOUT_IT_HERE = ("item", "point", "agenda", "ordre du jour", "discuss", "discussed", "discussing", "discute", "discuter",
                 "come up", "comes up", "resolution", "resolutions", "support", "appui", "preparation",
                 "preparations", "prep", "correspondence", "correspondance", "cg", "report", "reports", "rapport")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The item asked and that the letter gives no day or hour for it, or that a session has no agenda in the
    letter; None for any other question."""
    m, lang = ctx.meeting, q.lang
    conference = OTHER_CONFERENCE.search(q.folded)
    other = _another_group(q, m.study_group)
    if (conference is not None or other is not None) and q.has(*WHEN_OR_WHERE) and not q.has(*ABOUT_IT_HERE):
        if conference is not None:
            letters, digits = re.fullmatch(r"([a-z]+)[- ]?(\d*)", conference[0]).groups()  # type: ignore[union-attr]
            written = re.search(rf"\b{letters}(?:[- ]?{digits})?\b" if digits else rf"\b{letters}\b", q.raw, re.I)
            event = written[0] if written else conference[0].upper()
        else:
            event = other or ""
        return text_answer(m, lang, say("oos.title", lang), say("oos.conference", lang, event=event,
                                                                 email=m.contacts.email),
                           ok=False)  # "when and where will WTSA-20 be held?", "la prochaine réunion de la CE 2":
        # another conference or study group than this meeting's
    session = named_session(m, q)
    if session is not None and m.local(session.start) != m.opens_at and q.has(*AGENDA_OF) \
            and not _WHICH_ITEM.search(q.folded):  # "leadership positions are discussed in which item?": an item
        title = (session.title_fr or session.title) if lang == "fr" else session.title
        return text_answer(m, lang, say("ag.title", lang), say("ag.session_none", lang, session=title,
                                                               email=m.contacts.email))
    if session is not None and q.has(*WHEN_ASKED) and q.has(*COMES_UP) and _item_named_beyond(ctx, q, kb, session):
        session = None  # "when will the chair discuss leadership positions?": item 5 c, not the management team
        # meeting that "leadership" also names
    if not (q.has(*WHEN_ASKED) and q.has(*COMES_UP)) or session is not None or q.has(*START) or q.has(*END) \
            or set(q.corrected) & set(DEADLINE) or q.has(*ANOTHER_TIME) and not q.has(*DISCUSSED):
        return None  # "when's the next session?", "the next SG17 meeting after this one": not an item's turn (but
        # "when do we discuss future meetings?" is item 7's)
    ref = find_ref(q, len(ctx.agenda.items()))
    entry = ctx.agenda.get(ref) if ref is not None else None
    if entry is None:
        query, _ = topic_words(q, None)
        known = [term for term in query if term in kb.ranker.idf and term not in _ASKING]
        named = any(kb.ranker.frequency.get(term, 0) <= 2 for term in known)  # a word of few entries names one
        found = [e for e in (search(kb, known) if named else []) if set(known) <= own_stems(e)] \
            or (_under_its_item(ctx, kb, known) if named else []) \
            or [e for e in (search(kb, known) if known else [])
                if {t for t in own_stems(e) if not t.isdigit()} == set(known)]  # "when do we discuss
        # future meetings?": the item whose title is the words asked, however many others share them
        entry = found[0] if found else None  # every word asked is the item's own: "when is the CTO meeting?", not
        # "first time joining SG17 — when is it?"
    if entry is None:
        return None
    note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
    return text_answer(m, lang, say("ag.title", lang), *describe(ctx, entry, lang)[:1],
                       say("ag.when", lang, email=m.contacts.email), *([note] if note else []))


def _item_named_beyond(ctx: Context, q: Question, kb: Knowledge, session: Session) -> bool:
    """Whether an agenda item holds every topic word asked, some of which the session's own words lack."""
    query, _ = topic_words(q, None)
    known = [term for term in query if term in kb.ranker.idf and term not in _ASKING]
    found = [e for e in search(kb, known) if set(known) <= own_stems(e)] if known else []
    return bool(found) and not set(known) <= session_words(session, True)


def _under_its_item(ctx: Context, kb: Knowledge, known: list[str]) -> list[AgendaEntry]:
    """The sub-item the words name once its item's own title is set aside ("liaison statements in the programme for
    this meeting": 6 k, under item 6, "Programme for this meeting")."""
    for item in ctx.agenda.items():
        rest = [term for term in known if term not in own_stems(item)]
        if rest and len(rest) < len(known):
            found = [e for e in search(kb, rest) if set(rest) <= own_stems(e) and ctx.agenda.parent(e) is item]
            if found:
                return found
    return []
