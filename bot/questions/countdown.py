"""Where the meeting stands at "now": "how long until it starts?", "has it started?", "c'est fini ?"."""

from __future__ import annotations

from bot.context import Context
from bot.questions.facts import meeting_clock
from bot.questions.formatting import at_place, day, duration
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question
from bot.questions.replies import text_answer
from bot.questions.vocabulary import COUNTDOWN
from bot.reply import Reply


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Before, during or after the meeting, relative to now; None when not asked."""
    if not q.has(*COUNTDOWN):
        return None
    m, lang = ctx.meeting, q.lang
    title = say("cd.title", lang)
    opens = m.opens_at
    lines = []
    if ctx.now < opens:
        text = say("cd.before", lang, left=duration(opens - ctx.now, lang), day=day(opens.date(), lang),
                   time=meeting_clock(m, opens, lang))
        if ctx.asker.zone is not None:
            lines.append(say("tm.there", lang, there=at_place(opens, ctx.asker.zone, None, lang)))
    elif ctx.now < m.closes_at:
        today = ctx.now.astimezone(m.tz).date()
        total = (m.end_date - m.start_date).days + 1
        n = (today - m.start_date).days + 1
        text = say("cd.during", lang, n=n, total=total, day=day(today, lang), end=day(m.end_date, lang))
        lines.append(say("cd.opened", lang, day=day(opens.date(), lang), time=meeting_clock(m, opens, lang)))
    else:
        text = say("cd.after", lang, end=day(m.end_date, lang))
    return text_answer(m, lang, title, text, *lines)
