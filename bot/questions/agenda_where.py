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

#: Where to find or get something ("where else can I find", "where do I download", "où trouver", "où est-ce que je
#: peux consulter").
WHERE_TO_GET = re.compile(r"\b(?:where|ou)\b(?: else)?(?: (?:can|could|do|may|should) (?:i|we))?(?: (?:else|ailleurs|"
                           r"autrement))? (?:find|get|download|access|see|read|look at|trouver|telecharger|obtenir|lire|"
                           r"voir|acceder a|consulter|recuperer)\b|\bou (?:est ce que )?(?:je peux|j peux|on peut|puis je|"
                           r"peut on)(?: le| la| l)? (?:trouver|telecharger|consulter|voir|lire|obtenir|recuperer)\b")
#: The agenda as the thing to get ("the agenda", "the draft agenda", "l'ordre du jour"), or "it" after it was named.
_THE_AGENDA = re.compile(r"\b(?:the |a copy of the |une copie de l |l |le |this )?(?:full |whole |complete |draft |"
                         r"projet d )?(?:agenda|ordre du jour)\b")
#: What the agenda's own answers already cover: its updates, an item on it, a topic placed on it.
_OF_ITS_CONTENT = re.compile(r"\b(?:updates?|updated|mises? a jour|td ?\d+|on the agenda|in the agenda|dans l ordre du "
                             r"jour|item|point|sub item|sous point)\b|\d")

#: Something else asked beside the agenda ("the agenda and the timetable").
_WITH_ANOTHER = re.compile(r"\b(?:agenda|ordre du jour)\s+(?:and|et|&|or|ou|plus)\s+(?:the |le |la |les |l )?\w")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Where to find the agenda, when that is what the question asks; None otherwise."""
    where = WHERE_TO_GET.search(q.folded)
    if where is None or not _THE_AGENDA.search(q.folded) or _OF_ITS_CONTENT.search(q.folded) \
            or _WITH_ANOTHER.search(q.folded) or len(questions_in(q.raw)) > 1:
        return None  # "where do I find the draft agenda and the draft timetable? and are they updated?": each asked
    m = ctx.meeting
    lines = [say("ag.where", q.lang)]
    note = (m.agenda.note_fr or m.agenda.note) if q.lang == "fr" else m.agenda.note
    if note:
        lines.append(say("ag.note", q.lang, note=note))
    if m.contacts.web:
        lines.append(say("ag.where.web", q.lang, web=m.contacts.web))
    return text_answer(m, q.lang, say("ag.where.title", q.lang), *lines)
