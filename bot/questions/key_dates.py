"""Every date of the meeting at once: "can you list ALL key dates: deadlines, the management meeting, opening and
closing?", "toutes les dates importantes ?".

The deadlines, the sessions the letter dates and the meeting's own days, in the order they come.
"""

from __future__ import annotations

import re

from bot.context import Context
from bot.questions.deadline_intent import STILL_AHEAD
from bot.questions.facts import dates_line, meeting_clock
from bot.questions.formatting import day
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Every date asked at once ("all key dates", "the important dates", "toutes les dates clés").
ASKED = re.compile(r"\b(?:all|every|key|important|main|major)\s+(?:the\s+)?(?:key\s+|important\s+|main\s+)?dates\b"
                   r"|\btoutes les dates\b|\bdates\s+(?:cles|importantes|principales)\b"
                   r"|\bdates\s+(?:i|we)\s+(?:can t|cannot|must not|mustn t|shouldn t|should not)\s+miss\b"
                   r"|\bdates\s+(?:to remember|a retenir|a ne pas (?:manquer|rater|oublier))\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The deadlines, the dated sessions and the meeting's days, by date; None unless every date is asked."""
    if not ASKED.search(q.folded):
        return None
    m, lang = ctx.meeting, q.lang
    ahead_only = q.has(*STILL_AHEAD)  # "what deadlines are still coming up for me? … all the dates in the letter"
    dated: list[tuple[object, str]] = []
    for deadline in m.deadlines:
        if ahead_only and m.deadline_instant(deadline) <= ctx.now:
            continue
        what = (deadline.what_fr or deadline.what) if lang == "fr" else deadline.what
        dated.append((deadline.date, say("day.deadline", lang, what=what, day=day(deadline.date, lang))))
    for session in m.sessions:
        if ahead_only and m.local(session.start) <= ctx.now:
            continue
        at = m.local(session.start)
        title = (session.title_fr or session.title) if lang == "fr" else session.title
        dated.append((at.date(), say("tm.event", lang, event=title,
                                     when_meeting=f"{day(at.date(), lang)}, {meeting_clock(m, at, lang)}")))
    lines = [line for _, line in sorted(dated, key=lambda pair: pair[0])]
    return text_answer(m, lang, say("kd.title", lang), *lines, dates_line(m, lang), say("fact.no_end_hour", lang))
