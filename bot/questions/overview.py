"""The letter asked for as a whole: "tl;dr of the letter?", "résumé de la lettre ?", "give me an overview of the
meeting": what ``/meeting`` shows (dates, opening, sessions, how to join, language, secretariat, the invitation),
with the deadlines beside it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.context import Context
from bot.questions import agenda_intent, deadline_intent
from bot.questions.knowledge import Knowledge
from bot.questions.facts import dates_line, opens_line
from bot.questions.messages import say
from bot.questions.normalize import Question, read_question
from bot.reply import Reply, Section

#: Words that ask for the whole in short.
SUMMARY_WORDS = ("tl dr", "tldr", "summary", "summarize", "summarise", "overview", "key points", "main points",
                 "in a nutshell", "in short", "resume", "resumer", "resumez", "en bref", "en resume", "points cles",
                 "grandes lignes", "l essentiel")
#: What the summary is of: the letter or the meeting itself.
OF_THE_WHOLE = ("letter", "lettre", "invitation", "meeting", "reunion", "sg17", "ce 17", "ce17", "it", "everything",
                "tout")

#: The meeting named only as the agenda's owner ("the agenda of the big meeting, just the main points"): the agenda
#: in short is asked, not the whole meeting.
_AGENDA_OF_THE_MEETING = re.compile(r"\b(?:agenda|ordre du jour|odj)\s+(?:of|for|de|du|pour)\s+(?:the |this |la |cette |l )?"
                                    r"(?:meeting|reunion|sg17|ce 17|ce17)\b|\b(?:meeting|sg17|reunion) agenda\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The meeting in short with its deadlines, or None when the question does not ask for the whole."""
    if not q.has(*SUMMARY_WORDS) or not (q.has(*OF_THE_WHOLE) or len(q.tokens) <= 3):
        return None
    if agenda_intent.find_ref(q, len(ctx.agenda.items())) is not None:
        return None  # "item 3 overview?": that item in short, which the agenda gives
    if q.has("agenda", "ordre du jour", "odj") and not read_question(
            _AGENDA_OF_THE_MEETING.sub(" agenda ", q.folded), q.lang).has(*OF_THE_WHOLE):
        return None  # "agenda in short?", "the agenda of the meeting, main points": the agenda's items
    from bot.answers.meeting_info import meeting  # here, not at import: commands register in the order /help lists

    asker = replace(ctx.request.asker, lang=q.lang)
    whole = meeting(replace(ctx, request=replace(ctx.request, asker=asker)), "")
    m, lang = ctx.meeting, q.lang
    when = Section(lines=((dates_line(m, lang),), (opens_line(m, lang),)))
    deadlines = Section(heading=say("dl.list.title", lang), lines=tuple((line,) for line in
                                                                   deadline_intent.listed(ctx, lang)))
    return replace(whole, lang=lang, sections=(when, *whole.sections[:1], deadlines, *whole.sections[1:]))
