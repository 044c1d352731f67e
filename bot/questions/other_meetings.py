"""Questions about another meeting than the one the information covers ("visa pour l'AMNT-20 ?", "is SG13 also
meeting virtually?"): the meeting information covers this meeting only, so the bot says so rather than answering
with this meeting's facts as if they were the other's."""

from __future__ import annotations

import re

from bot.context import Context
from bot.questions.knowledge import Knowledge
from bot.questions import clauses
from bot.questions.messages import say
from bot.questions.normalize import Question, read_question
from bot.questions.premises import GROUP_CLAIM
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Another ITU meeting by its acronym and year ("AMNT-20", "WTSA 2020", "WTDC-21", "PP-22").
_ASSEMBLY = re.compile(r"\b(wtsa|amnt|wtdc|cmdt|pp|wrc|cmr)\s?(?:20)?(\d{2})\b")
#: Another meeting named by what it is not ("a different ITU meeting", "another ITU event", "une autre réunion de
#: l'UIT"): never this one ("another meeting before the opening" is the management team meeting, so "another"
#: counts only with ITU named).
_UNNAMED_OTHER = re.compile(r"\b(?:(?:a |an )?different (?:itu |itu t |uit )?(?:meeting|conference|event|workshop)|"
                            r"another (?:itu|itu t) (?:meeting|conference|event|workshop)|une? (?:autre|differente?) "
                            r"(?:reunion|conference|evenement|atelier) (?:de l uit|de l uit t|uit))\b")
#: A group of another ITU Sector ("ITU-R WP 5D", "UIT-D CE 2"): another meeting, never this agenda's items.
_OTHER_SECTOR = re.compile(r"\b(?:itu|uit) ?(?:r|d)\s+(?:wp|working|sg|ce|gt|study group|working party|groupe de travail|"
                           r"commission)\b")
#: Another study group by its number ("SG13", "ce 2", "study group 20").
STUDY_GROUP = re.compile(r"\b(?:sg|ce|study group|commission d etudes)\s?(\d{1,2})\b(?!\s?(?:er\s)?(?:janv|fevr|mars|avr|mai|"
                         r"juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-z]*\b)")  # not "ce 24
# août": this 24 August
#: Words that ask about the agenda's work for another meeting ("SG17 activities in support of WTSA-16
#: Resolutions", "CG-wtsa20-prep"), which this meeting's agenda does cover.
_THIS_AGENDA = ("resolution", "resolutions", "prep", "preparation", "preparatory", "preparations", "preparer",
                "cg", "correspondence group", "correspondance", "activities", "activites", "support", "item", "point", "agenda",
                "ordre du jour", "liaison", "liaisons", "report", "rapport", "contribution", "contributions")
#: Words that ask about another study group as a meeting ("meeting", "virtually", "se réunit").
_AS_A_MEETING = ("meeting", "meet", "meets", "meeting virtually", "virtual", "virtually", "held", "in person",
                 "reunion", "reunit", "se reunit", "virtuelle", "en ligne", "online", "session", "sessions", "dates",
                 "when", "quand")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """That the information covers this meeting only, when another meeting is what the question is about; None
    otherwise."""
    m = ctx.meeting
    other = _other_meeting(q, m.study_group)
    asked = [sentence for sentence in clauses.sentences_of(q.raw) if sentence.rstrip().endswith("?")]
    if other is None and len(asked) == 1 and asked[0].strip() != q.raw.strip():  # "Quand aura lieu l'AMNT-20 ? Je
        other = _other_meeting(read_question(asked[0], q.lang), m.study_group)  # vois un groupe CG-wtsa20-prep à
        # l'ordre du jour.": the one question, whatever the agenda named after it
    if other is None:
        return None
    title = (m.title_fr or m.title) if q.lang == "fr" else m.title  # "je cherche la réunion de la CE 20, c'est bien
    return text_answer(m, q.lang, say("oos.title", q.lang),  # ici ?": which meeting this is, by its name
                       say("oos.other_meeting", q.lang, other=other, email=m.contacts.email),
                       say("oos.this_meeting", q.lang, title=title[:1].lower() + title[1:]), ok=False)  # never this
    # meeting's dates, which would read as the other's


def _other_meeting(q: Question, study_group: int | None) -> str | None:
    """The other meeting the question is about, as written ("AMNT-20", "SG13"), or None."""
    if q.has(*_THIS_AGENDA) or GROUP_CLAIM.search(q.folded):
        return None  # "is this the SG20 meeting?" is a claim about this one, which premises correct
    unnamed = _UNNAMED_OTHER.search(q.folded)
    if unnamed is not None:  # "a visa for Geneva for a different ITU meeting in November"
        written = re.search(r"(?i)\b(?:a |an |une )?(?:different|another|autre)\b[^,.?!;]{0,30}?\b(?:meeting|"
                            r"conference|event|workshop|r[ée]union|conf[ée]rence|[ée]v[ée]nement|atelier)s?\b", q.raw)
        return written[0] if written else unnamed[0]
    sector = _OTHER_SECTOR.search(q.folded)
    if sector is not None and q.has(*_AS_A_MEETING):  # "when is the next ITU-R WP 5D meeting?": not item 5 d
        written = re.search(r"(?i)\b(?:ITU|UIT)[\s-]?[RD]\b[^,.?!;]{0,25}", q.raw)
        return (written[0] if written else sector[0]).strip()
    assembly = _ASSEMBLY.search(q.folded)
    if assembly is not None and not _COMPARED.search(q.folded[:assembly.start()]):
        return _as_written(q.raw, assembly[1], assembly[2])
    group = STUDY_GROUP.search(q.folded)
    if group is not None and int(group[1]) != study_group and q.has(*_AS_A_MEETING) \
            and not _COMPARED.search(q.folded[:group.start()]):
        return _as_written(q.raw, group[0].rstrip("0123456789 "), group[1])
    return None


#: Another meeting named only to compare this one with it ("spanish interpretation like at PP-18?").
_COMPARED = re.compile(r"\b(?:like|as|as in|as at|same as|similar to|comme|comme a|comme pour|comme lors de|"
                       r"comme a la|comme au)\s+(?:(?:at|in|the|a|la|l|le|au|lors de|pour)\s+)?$")


def _as_written(raw: str, name: str, number: str) -> str:
    """The meeting's name as the asker wrote it ("AMNT-20", "SG13"), else its folded parts."""
    written = re.search(rf"(?i)\b{re.escape(name).replace(' ', r'[ ]')}[\s-]?(?:20)?{number}\b", raw)
    return written[0] if written else f"{name.upper()}-{number}"


#: Which ITU Sector the group belongs to, asked ("c'est la CE17 de quel secteur ?", "is SG17 ITU-R or ITU-T?").
_WHICH_SECTOR = re.compile(r"\b(?:which|what|quel|quelle)\s+(?:itu\s+|uit\s+)?(?:sector|secteur)\b|\b(?:itu|uit)\s?[rtd]\s+"
                           r"(?:or|ou)\s+(?:itu|uit)\s?[rtd]\b")


#: The agenda named as where something is asked for ("does the agenda mention …", "which item", "where").
_OF_THE_AGENDA = re.compile(r"\b(?:agenda|ordre du jour|items?|points?|mention|mentions|mentioned|where|ou est|ou sont)\b")


def which_sector(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The Sector that holds the meeting ("ITU-T"), with the meeting's title, when the question asks which; None
    otherwise."""
    if not _WHICH_SECTOR.search(q.folded) or _OF_THE_AGENDA.search(q.folded):
        return None  # "does the agenda even mention ITU-R or ITU-D? where": the agenda's items are asked
    m = ctx.meeting
    body = (m.body_fr or m.body) if q.lang == "fr" else m.body
    title = (m.title_fr or m.title) if q.lang == "fr" else m.title
    return text_answer(m, q.lang, say("fact.title.title", q.lang), say("fact.sector", q.lang, number=m.study_group,
                                                                      body=body, title=title))
