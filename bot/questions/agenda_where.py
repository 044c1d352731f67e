"""Where the agenda itself is to be found ("my internet is slow to load the agenda, where else can I find it?",
"où télécharger l'ordre du jour ?"): the invitation letter, the commands that show it here, the agenda's own note
(where updates are) and the study group's home page."""

from __future__ import annotations

import re

from bot.context import Context
from bot.questions.clauses import questions_in
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Where to find or get something ("where else can I find", "where do I download", "où trouver", "où est-ce que je peux
#: consulter"); "ou" only where the raw text wrote "où" (folded "ou" is also "or").
WHERE_TO_GET = re.compile(r"\b(?:where|ou)\b(?: else| ailleurs)?(?: (?:can|could|do|may|should) (?:i|we)(?: else)?| (?:est ce que )?"
                          r"(?:je peux|on peut|puis je|peut on)(?: le| la| l)?)? (?:find|get|download|access|see|read|"
                          r"look at|trouver|telecharger|obtenir|lire|voir|consulter|recuperer)\b")
#: The agenda as the thing to get, right after the verb ("… find the draft agenda", "… trouver l'ordre du jour"), not
#: another meeting's agenda ("the agenda of the management team meeting"); or "it" once the agenda was named.
_THE_AGENDA = re.compile(r"^(?: a copy of| une copie de)?(?: the| l| le| this| our)?(?: full| whole| complete| draft| projet d)?"
                         r" (?:agenda|ordre du jour)\b(?! (?:of|for|de|du|des|pour) )(?! (?:in|en) (?:french|francais|"
                         r"english|anglais))|^ it\b")
#: What the agenda's own answers already cover: its updates, an item on it, a topic placed on it.
_OF_ITS_CONTENT = re.compile(r"\b(?:updates?|updated|mises? a jour|td ?\d+|on the agenda|in the agenda|dans l ordre du "
                             r"jour|item|point|sub item|sous point)\b")

#: Something else asked beside the agenda ("the agenda and the timetable").
_WITH_ANOTHER = re.compile(r"\b(?:agenda|ordre du jour)\s+(?:and|et|&|or|ou|plus)\s+(?:the |le |la |les |l )?\w")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Where to find the agenda, when that is what the question asks; None otherwise."""
    where = WHERE_TO_GET.search(q.folded)
    said_where = where is not None and (where[0].startswith("where") or "où" in q.raw.lower())  # not "ou" for "or"
    what = _THE_AGENDA.match(q.folded[where.end():]) if said_where else None
    if what is None or what[0].strip() == "it" and not re.search(r"\b(?:agenda|ordre du jour)\b", q.folded[:where.start()]) \
            or _OF_ITS_CONTENT.search(q.folded) or _WITH_ANOTHER.search(q.folded) or len(questions_in(q.raw)) > 1:
        return None  # "where do I find the draft agenda and the draft timetable? and are they updated?": each asked
    m = ctx.meeting
    lines = [say("ag.where", q.lang)]
    note = (m.agenda.note_fr or m.agenda.note) if q.lang == "fr" else m.agenda.note
    if note:
        lines.append(say("ag.note", q.lang, note=note))
    if m.contacts.web:
        lines.append(say("ag.where.web", q.lang, web=m.contacts.web))
    return text_answer(m, q.lang, say("ag.where.title", q.lang), *lines)
