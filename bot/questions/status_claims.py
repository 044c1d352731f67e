"""The meeting said or asked to be cancelled, postponed or moved ("has the meeting been postponed?", "@everyone the
meeting is cancelled!!", "la réunion est annulée ?"): the meeting information announces it on its dates and says
nothing of a change, so the bot says so, with those dates and where news would come from, rather than leaving a
rumour standing or answering with the rule that the meeting is not delayed for a participant's connection."""

from __future__ import annotations

import re

from bot.context import Context
from bot.questions import countdown
from bot.questions.facts import dates_line
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.normalize import Question
from bot.questions.replies import text_answer
from bot.reply import Reply

#: A change of the whole meeting: called off, put back or moved (folded words, English and French).
_CHANGED = re.compile(r"\b(?:cancel|cancels|cancelled|canceled|cancelling|canceling|cancellation|called off|call off|"
                      r"postpone|postponed|postponement|postpones|put off|put back|rescheduled|reschedule|"
                      r"annule|annulee|annulees|annules|annulation|annuler|reporte|reportee|report a une date|"
                      r"repousse|repoussee|decale|decalee|remise a plus tard|moved (?:to|back|forward|online)|pushed (?:back|to)|"
                      r"delayed (?:to|until|till|by a)|deplacee?)\b")
#: What is changed must be the meeting itself ("the meeting", "SG17", "it", "la réunion"), never a participant's
#: own plan ("I cancelled my registration") or an agenda item.
_THE_MEETING = re.compile(r"\b(?:meeting|meetings|sg ?17|study group 17|reunion|ce ?17|commission d etudes 17|it|elle|"
                          r"session|sessions|seance|seances|event|conference)\b")
#: The asker's own things being cancelled ("can I cancel my registration?"): not the meeting's status.
_OWN = re.compile(r"\b(?:my|our|mon|ma|mes|notre|nos|i|we|je|nous)\b(?:\s+\w+){0,2}?\s+(?:cancel\w*|annul\w*)|"
                  r"\b(?:cancel\w*|annul\w*)\s+(?:my|our|mon|ma|mes|notre|nos)\b")


#: A change said to follow from people unable to connect ("si trop de gens n'arrivent pas à se connecter", "if many
#: cannot connect"), which the rule on connection answers.
_IF_THEY_CANNOT_CONNECT = re.compile(r"\b(?:si|if)\b.{0,40}\b(?:n arrivent pas|ne peuvent pas|ne parviennent pas|cannot|"
                                     r"can t|can not|are unable|fail)\b.{0,20}\b(?:connecter|connect|join|rejoindre)\b")


#: Delayed or put off, which the rule on connection speaks of (not cancelled, which it does not).
_DELAYED = re.compile(r"\b(?:reportee?s?|retardee?s?|interrompue?s?|delayed|postponed|put off|suspendue?s?)\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """That the meeting information gives no change to the meeting, with its dates and the secretariat; None unless
    a cancellation, postponement or move of the meeting is claimed or asked."""
    if not _CHANGED.search(q.folded) or not _THE_MEETING.search(q.folded) or _OWN.search(q.folded) \
            or _IF_THEY_CANNOT_CONNECT.search(q.folded) and _DELAYED.search(q.folded):
        return None  # "… reportée si trop de gens n'arrivent pas à se connecter ?": the rule on connection says
    m, lang = ctx.meeting, q.lang
    lines = [say("status.unchanged", lang), dates_line(m, lang)]
    ended = countdown.over(ctx, lang)
    if ended is not None:
        lines.append(ended)
    lines.append(say("status.news", lang, email=m.contacts.email))
    return text_answer(m, lang, say("fact.dates.title", lang), *lines)
