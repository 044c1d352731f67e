"""What happens on a day: "what's 24 July for again?", "what's happening on Sunday the 23rd?",
"le 23 août, c'est une date limite ?", "anything on today?".

A question that names one day (a date, "Sunday the 23rd", "today", "tomorrow") and asks what it
is for gets every deadline and session of the meeting file on that day, and whether it is a day
of the meeting; a day with nothing on it is said to have nothing in the letter.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.context import Context
from bot.models import Meeting
from bot.questions.claims import DateClaim, dates_in, weekdays_in
from bot.questions.facts import meeting_clock
from bot.questions.formatting import at_place, day
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions import clauses
from bot.questions.deadline_intent import NO_DEADLINE_KINDS, deadlines_named, missed_what_now
from bot.questions.normalize import Question, fold, read_question
from bot.questions.replies import text_answer
from bot.reply import Reply

#: Asking what a day is for (not when something is, nor whether a date is right for something named).
ASKS_WHAT = ("what s", "whats", "what is", "what happens", "what happen", "what happened", "what was on", "what took place", "what went on", "what happening", "happening", "anything", "what for",
             "for again", "c est quoi", "c est pour quoi", "pour quoi", "quoi", "que se passe", "qu y a t il",
             "il y a quoi", "y a t il quelque chose", "is there anything", "what on", "c est une date limite",
             "is it a deadline", "a deadline", "une date limite", "une echeance", "what about", "et le", "concerne",
             "se passe", "quelque chose", "il y a une reunion", "is there a meeting", "any meeting", "something on",
             "qu est ce qu il y a", "qu est ce qui se passe", "y a quoi", "au programme", "on the programme", "scheduled for")
#: Asking what is on the agenda, with today or tomorrow: that day's programme ("qu'est-ce qui est à l'ordre du jour
#: aujourd'hui ?"), unlike a dated item's title ("the report of the 29 May e-plenary on the agenda").
ASKS_PROGRAMME = ("qu est ce qui est", "a l ordre du jour", "on the agenda")
#: "Que se passe-t-il le 24 juillet ?": read on the question as written, since the phrase is left out of its
#: folded words (where "que se passe-t-il si je perds la connexion ?" asks about the connection, not a day).
_HAPPENS = re.compile(r"\b(?:que|qu est ce qui|ce qui|il) se passe\b")
#: Whether a day has a sitting ("is there a session on Monday 24 August?", "y a-t-il une séance le 25 ?").
_ASKS_A_SESSION = re.compile(r"\b(?:is there|are there|any|do we have|will there be|y a t il|y aura t il|il y a|y a|"
                             r"aura t on|a t on)\s+(?:a |an |des |une |un |de )?(?:sessions?|seances?|meetings?|reunions?|"
                             r"sittings?|plenary|pleniere)\b")
#: Asking what comes after today ("quelle échéance arrive ensuite ?", "what's next?").
_COMES_NEXT = ("ensuite", "prochaine", "prochain", "next", "coming up", "upcoming", "a venir", "suivante", "suivant")


def _asks_a_day_s_session(q: Question) -> bool:
    """Whether one day's sittings are asked ("is there a session on Monday 24 August?"); not the weekends (whether
    the meeting sits then is the time plan's, "y a-t-il des séances le week-end du 29-30 août ?")."""
    return bool(_ASKS_A_SESSION.search(q.folded)) and not q.has("week end", "weekend", "weekends", "week ends") \
        and not re.search(r"\b\d{1,2} ?(?:-|a|au|to) ?\d{1,2}\b", q.folded)


ASKS_TIME = ("what time", "which time", "heure", "when", "quand", "hour", "how long", "combien", "cutoff time", "exact time",
             "deadline time")
RELATIVE = {"today": 0, "aujourd hui": 0, "tomorrow": 1, "demain": 1, "yesterday": -1, "hier": -1}
_WEEKDAY_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                          r"vendredi|samedi|dimanche)\s+(?:the\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\b")
_DAY_ONLY = re.compile(r"\b(?:the|le|on)\s+(\d{1,2})(?:st|nd|rd|th|er)?\b")


#: The meeting's first or last day claimed ("since it runs until 4 September", "as it starts on the 25th").
_CLAIMS_THE_ENDS = re.compile(r"\b(?:since|as|given that|puisque|comme)\b.{0,40}\b(?:runs until|run until|lasts until|"
                              r"ends on|ends|finishes|starts on|starts|opens on|opens|dure jusqu|se termine|commence)\b")


def day_named(ctx: Context, q: Question) -> dt.date | None:
    """The one day the question names: a date, a weekday with a day of the month, or today/tomorrow."""
    m = ctx.meeting
    claims = dates_in(q.raw, m.start_date.year)
    if len({c.date for c in claims}) == 1:
        return claims[0].date
    if claims:
        return None
    today = ctx.now.astimezone(ctx.asker.zone or m.tz).date()  # the asker's own today, where known
    for word, shift in RELATIVE.items():
        if q.has(word):
            return today + dt.timedelta(days=shift)
    match = _DAY_ONLY.search(q.folded) or _WEEKDAY_DAY.search(q.folded)
    weekdays = weekdays_in(q.raw)
    if match and weekdays:
        return _nearest(m, int(match[1]), weekdays[0])
    return None


#: A span of days in a title ("the 17-26 March 2020 SG17 meeting"): its first day, written before the dash.
_SPAN = re.compile(r"\b(\d{1,2})\s*-\s*\d{1,2}(\s+[A-Za-z]+(?:\s+\d{4})?)")


def _spans_in(text: str, year: int) -> list[DateClaim]:
    """The first days of the spans of days a text gives ("17-26 March 2020" gives 17 March 2020)."""
    return [claim for match in _SPAN.finditer(text) for claim in dates_in(f"{match[1]}{match[2]}", year)]


def _nearest(m: Meeting, day_of_month: int, weekday: int) -> dt.date | None:
    """The day with that number and weekday closest to the meeting (within two months of it)."""
    for offset in range(0, 62):
        for candidate in (m.start_date + dt.timedelta(days=offset), m.start_date - dt.timedelta(days=offset)):
            if candidate.day == day_of_month and candidate.weekday() == weekday:
                return candidate
    return None


#: A yes/no question on the meeting being over or started ("is the meeting over already?"), whatever day is named
#: beside it.
_ASKS_OVER_OR_STARTED = re.compile(r"^(?:is|has|did|have|est ce que|c est|la reunion est|the meeting is)\s+(?:the "
                                   r"meeting|la reunion|it|sg ?17|ce ?17|the whole thing|everything)\b.*\b(?:over|"
                                   r"finished|ended|done|started|begun|terminee|finie|fini|commence|commencee)\b")


#: The weekend asked ("over the weekend of 29-30 aug", "samedi et dimanche", "le week-end").
_WEEKEND = re.compile(r"\bweek ?ends?\b|\bsaturday and sunday\b|\bsamedi et dimanche\b|\bsat(?:urday)? ?(?:/|&|-) ?sun(?:day)?\b")


def weekend(ctx: Context, q: Question) -> Reply | None:
    """Whether sessions are held on the weekend: the weekend days within the meeting's dates, and that the letter
    gives no programme per day (the draft time plan does); None when no weekend is asked."""
    if q.has("how many days", "combien de jours", "how long", "combien de temps", "in total", "en tout", "au total"):
        return None  # "how many days does the meeting last in total, weekends included?": its length, counted
    asking = clauses.asking_clauses(q.raw, commas=False)
    if asking and not any(_WEEKEND.search(fold(clause)) for clause in asking):
        return None  # "… how exactly does one submit a TD? We are hoping to finish the draft this weekend": when the
        # asker works, not what is asked
    if not _WEEKEND.search(q.folded) or q.has(*ASKS_TIME) or q.has("weekday", "jour de semaine", "jour ouvrable") \
            or dates_in(q.raw, ctx.meeting.start_date.year) and not _spans_in(q.raw, ctx.meeting.start_date.year):
        return None  # "11 august contribution deadline - is that a weekday or weekend?": that date's weekday
    m, lang = ctx.meeting, q.lang
    days = [m.start_date + dt.timedelta(days=n) for n in range((m.end_date - m.start_date).days + 1)]
    inside = [d for d in days if d.weekday() >= 5]
    if not inside:
        return text_answer(m, lang, say("day.weekend.title", lang), say("day.weekend.none", lang,
                                                                         start=day(m.start_date, lang),
                                                                         end=day(m.end_date, lang)))
    note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
    held = [say("tm.event", lang, event=(s.title_fr or s.title) if lang == "fr" else s.title,
                when_meeting=f"{day(m.local(s.start).date(), lang)}, {meeting_clock(m, m.local(s.start), lang)}")
            for s in m.sessions if m.local(s.start).weekday() >= 5]  # the management team's Sunday meeting
    return text_answer(m, lang, say("day.weekend.title", lang),
                       say("day.weekend.inside", lang, start=day(m.start_date, lang), end=day(m.end_date, lang),
                           days=", ".join(day(d, lang) for d in inside)),
                       say("day.weekend.unknown", lang, email=m.contacts.email), *held, *([note] if note else []))


#: Words that speak of a deadline, or of a submission window closing.
_DEADLINE_WORDS = ("deadline", "date limite", "echeance", "due", "close", "closes", "closing", "cutoff", "cut off",
                   "ferme", "cloture", "clotures")
#: "… what is that in Tokyo?", "… et à Dakar ?": a place asked for last, where the day's deadline ends.
_PLACE_ASKED_LAST = re.compile(r"\b(?:that|ca|cela|it)\s+(?:in|a|au|en|pour|for)\s+[a-z]+(?:\s[a-z]+)?\s*\??\s*$")


#: A day named as what something comes before ("anything before Monday 24 August?", "avant le lundi 24 ?", "avant
#: l'ouverture du 24 août").
_BEFORE_THE_DAY = re.compile(r"\b(?:before|prior to|ahead of|avant|la veille du?)\s+(?:the\s+|le\s+|l\s+|la\s+)?"
                             r"(?:(?:opening|ouverture|start|debut)\s+(?:on\s+|du\s+|le\s+|of\s+)(?:the\s+)?)?"
                             r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                             r"vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun)?\s*\d{1,2}\b")


#: A place's or zone's time asked ("in New Delhi time", "heure de Lima", "for me", "pour moi").
_IN_A_PLACE_S_TIME = re.compile(r"\bin\s+[a-z]+(?:\s[a-z]+)?\s+time\b|\bheure (?:de|d)\s+[a-z]|\b(?:for me|pour moi|my time|"
                                r"my own time|local time|heure locale|chez moi|here|ici)\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """What the meeting file has on the day named, or None when the question asks something else."""
    if missed_what_now(q):
        return None  # "j'ai raté la date limite des contributions hier, je fais quoi ?": the deadline missed
    if q.has("deadline", "deadlines", "date limite", "echeance", "cut off", "cutoff", "closes", "close", "ferme",
             "cloture") and _IN_A_PLACE_S_TIME.search(q.folded):
        return None  # "what's 11 aug deadline in New Delhi time?": that deadline's end there, not the day's programme
    on_the_weekend = weekend(ctx, q)
    if on_the_weekend is not None:
        return on_the_weekend
    if not (q.has(*ASKS_WHAT) or _HAPPENS.search(fold(q.raw)) or _asks_a_day_s_session(q) or q.has(*ASKS_PROGRAMME) and q.has(*RELATIVE)) \
            or q.has(*ASKS_TIME):
        return None
    if _CLAIMS_THE_ENDS.search(q.folded):
        return None  # "since the meeting runs until 4 September, what's on the last day?": a claim to check first
    from bot.questions import time_intent  # loaded when a day is asked: it imports the city table's readers
    session = time_intent.named_session(ctx.meeting, q)
    if session is not None and time_intent.what_a_session_is(ctx.meeting, q, session, q.lang):  # "c'est quoi la
        return time_intent.answer_session(ctx, q, session.id)  # réunion du dimanche 23 ?": what it is, who may attend
    asking = clauses.questions_in(q.raw)
    if any(_ASKS_OVER_OR_STARTED.search(fold(sentence)) for sentence in asking):
        return None  # "is the meeting over already? didnt see anything today": where the meeting stands
    date = day_named(ctx, q)
    if date is None:
        return None
    if _BEFORE_THE_DAY.search(q.folded):
        return None  # "is there anything happening before Monday 24 August?": what comes before it, not on it
    if asking and len(asking) < len(clauses.sentences_of(q.raw)) \
            and not any(day_named(ctx, read_question(sentence, q.lang)) for sentence in asking):
        return None  # "My MyMeetings login does not let me in. I registered on 20 July. What's wrong?": the day is
        # told, not asked about
    if any(d.date == date for d in ctx.meeting.deadlines) and q.has(*_DEADLINE_WORDS) \
            and (q.has("for me", "pour moi", "here", "ici", "chez moi", "my time", "local", "what time", "hour", "heure")
                 or _PLACE_ASKED_LAST.search(q.folded)):
        return None  # "contribution deadline is 11 Aug, what's the last moment for me here in osaka?", "if
        # contributions close end of 11 August Geneva, what is that in Tokyo?": that deadline's end where the asker
        # is, or in the place named, which the deadline's answer gives
    if any(d.date == date for d in ctx.meeting.deadlines) and q.has(*_DEADLINE_WORDS) and q.has(*NO_DEADLINE_KINDS):
        return None  # "is there a deadline for TDs, or is it the same 11 Aug cut-off as for contributions?": whether
        # TDs have one, which the deadlines' answer says (the date is the contributions')
    if date == ctx.now.astimezone(ctx.asker.zone or ctx.meeting.tz).date() and q.has(*_COMES_NEXT):
        return None  # "nous sommes le 1er juillet : quelle échéance arrive ensuite ?": today said, what comes next asked
    m, lang = ctx.meeting, q.lang
    lines = []
    for d in m.deadlines:
        if d.date == date:
            lines.append(say("day.deadline", lang, day=day(d.date, lang), what=(d.what_fr or d.what) if lang == "fr"
                             else d.what))
            how = (d.how_fr or d.how) if lang == "fr" else d.how
            if how:  # "the 24 July thing, what is it for and how do I do it?"
                lines.append(say("dl.how", lang, how=how))
    if lines:  # "whats the 24 june deadline for? I thought it was the registration": the one named, on its own day
        lines += [say("dl.date", lang, what=(d.what_fr or d.what) if lang == "fr" else d.what, day=day(d.date, lang))
                  for d in deadlines_named(q, kb) if d.date != date]
    for session in m.sessions:
        at = m.local(session.start)
        if at.date() == date:
            title = (session.title_fr or session.title) if lang == "fr" else session.title
            when = meeting_clock(m, at, lang)
            if ctx.asker.zone is not None:
                when += f" — {at_place(at, ctx.asker.zone, None, lang)}"
            lines.append(say("tm.event", lang, event=title, when_meeting=f"{day(date, lang)}, {when}"))
    if m.start_date <= date <= m.end_date:
        lines.append(say("day.meeting", lang, n=(date - m.start_date).days + 1,
                         total=(m.end_date - m.start_date).days + 1, day=day(date, lang)))
        timed = any(m.local(session.start).date() == date for session in m.sessions)
        note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
        if not timed and note:  # "what's on today?" on a day the letter gives no session for: the time plan has it
            lines.append(note)
    for entry in ctx.agenda.entries:  # "le 29 mai, il s'est passé quoi ?": an agenda entry that reports on that day
        if any(c.date == date for c in [*dates_in(entry.title, m.start_date.year),
                                        *_spans_in(entry.title, m.start_date.year)]):
            lines.append(say("day.agenda", lang, label=entry.parsed.label, title=entry.title_in(lang)))
    if not lines and _asks_a_day_s_session(q):
        return None  # "il y a une session le 5 septembre ?": a day outside the meeting, which the claim check says
    if not lines:
        lines = [say("day.nothing", lang, day=day(date, lang), email=m.contacts.email)]
        if date > m.end_date and ctx.now >= m.closes_at:  # "je voudrais rejoindre la réunion aujourd'hui" the day
            lines.insert(0, say("cd.after", lang, end=day(m.end_date, lang)))  # after: it is over
    elif q.has("deadline", "date limite", "echeance") and not any(d.date == date for d in m.deadlines):
        lines.insert(0, say("day.no_deadline", lang, day=day(date, lang)))
    return text_answer(m, lang, say("day.title", lang, day=day(date, lang)), *lines)
