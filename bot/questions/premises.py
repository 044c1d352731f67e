"""Questions built on a wrong premise, corrected rather than agreed with: "Geneva is UTC+1, so it's
10:00 UTC?", "it ends on Friday 4 September?", "does it start on Tuesday?"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from babel.dates import format_date as babel_date

from bot.context import Context
from bot.models import Meeting
from bot.questions.claims import (WEEKDAY_NAMES, DateClaim, bare_days_in, calendar_words, clocks_in, dates_in, months_dated, months_named, offsets_in,
                                  with_spans_dated,
                                  weekdays_in)
from bot.questions import clauses, focus
from bot.questions.facts import dates_line, later_day_lines, meeting_clock
from bot.questions.formatting import at_place, clock, day, duration, zone_suffix
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.lexicon import country_names, name_concepts
from bot.questions.normalize import Question, fold, read_question, stems, words
from bot.questions.replies import text_answer
from bot.questions import agenda_intent
from bot.questions.time_intent import (BEFORE_OPENING, NEXT_SESSION, TODAY_IS, named_session, pick_session,
                                       session_title)
from bot.questions.vocabulary import AGENDA as AGENDA_WORDS, CONFIRMING, DEADLINE, END, FOR_ME, HOUR, MANNER, MONTHS, START, STOPWORDS, TIME, WH_WORDS
from bot.questions.zones import Target, targets_in
from bot.reply import Reply
from bot.timefmt import utc_offset


_TARGET_OFFSET = re.compile(r"\b(?:in|en|a|au|at|for|pour|to|into|time|heure)\s+(?:utc|gmt)\s*[+-]|"
                            r"^(?:and |et )?(?:utc|gmt)\s*[+-]|"  # "start time GMT+8": the zone asked in
                            r"\b(?!(?:geneva|geneve|geneve s|cest)\b)[a-z][\w-]+\s*\((?:[^()]{0,30}?,\s*)?(?:utc|gmt)\s*[+-]")
# "depuis Wallis (UTC+12)", "à Teraina (Line Islands, UTC+14)": the offset of the place it is written beside


def _offset_claim(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    claimed = offsets_in(q.raw)
    if not claimed or _TARGET_OFFSET.search(q.folded):
        return None
    m, lang = ctx.meeting, q.lang
    targets, _ = targets_in(q, ctx.asker.zone, kb.vocabulary)
    places = [t for t in targets if t.zone is not None and getattr(t.zone, "zone", None) not in (None, "UTC")]
    zone, place = (places[0].zone, places[0].label) if places else (m.tz, m.zone_label(lang))
    at = m.opens_at
    actual = at.astimezone(zone).utcoffset() or dt.timedelta()
    month = babel_date(at.date(), format="MMMM y", locale=lang)
    suffix = zone_suffix(at, zone)
    wrong = [c for c in claimed if c != actual]
    key = "pr.offset.no" if wrong else "pr.offset.yes"
    lines = [say(key, lang, month=month, place=place, suffix=suffix,
                 claimed=utc_offset(wrong[0]) if wrong else "")]
    session = pick_session(m, q)
    event = session_title(session, m, lang)
    lines.append(say("pr.offset.then", lang, event=event, local=clock(at, zone), place=place,
                     utc=clock(at, dt.timezone.utc)))
    return text_answer(m, lang, say("pr.title" if wrong else "pr.confirm", lang), *lines)


def _clock_claimed(ctx: Context, q: Question, kb: Knowledge) -> tuple[dt.time, Target | None] | None:
    """The clock time the question claims ("the opening is at 9:00 Geneva time", "5pm in Seoul") and the zone
    it is read in (None: meeting time), or None when it names no clock."""
    clocks = clocks_in(q.raw)
    if not clocks:
        return None
    first = _A_CLOCK_WRITTEN.search(q.folded)
    if first is not None and _MEETING_TIME_AFTER.match(q.folded[first.end():]) and len(clocks) > 1:  # "opening is
        # Monday 24 Aug at 11:00 Geneva, and that is 09:00
        return clocks[0], None  # UTC?": the first clock is claimed in meeting time, the UTC one is its conversion
    targets, _ = targets_in(q, None, kb.vocabulary)
    places = [t for t in targets if t.zone is not None]
    if places and first is not None and _TIME_THERE_ASKED.search(q.folded[first.end():]):  # "c'est bien le dimanche à
        return clocks[0], None  # 11 h ? et ça fait quelle heure à Maré ?": the clock claimed in meeting time, the
        # place's time asked after it
    return clocks[0], (places[0] if places else None)


#: The time at a place asked after a clock ("… at 11? and what time is that in Lima?", "… à 11 h ? ça fait quelle heure
#: à Maré ?").
_TIME_THERE_ASKED = re.compile(r"\b(?:what time|which time|quelle heure|ca fait combien|ca donne quoi|how much is that|"
                               r"what is that|what s that|c est quoi|ca fait quoi)\b")


#: A clock as written ("11:00", "11 h", "9 am"), and Geneva's time said right after it ("11:00 Geneva").
_A_CLOCK_WRITTEN = re.compile(r"\b\d{1,2}(?:\s*[:h.]\s*\d{2}|\s*h\b|\s*(?:am|pm)\b)")
_MEETING_TIME_AFTER = re.compile(r"\s*(?:geneva|geneve|gva|heure de geneve|geneva time)\b")


RELATIVE_DAYS = {"tomorrow": 1, "demain": 1, "yesterday": -1, "hier": -1}  # "today" is where the meeting stands


#: A weekday said to be the asker's still or already ("is it still sunday for me?", "déjà lundi chez moi ?").
_STILL_A_DAY = re.compile(r"\b(?:still|already|encore|deja)\s+(?:on\s+|a\s+|the\s+|le\s+)?(?:monday|tuesday|wednesday|"
                          r"thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")


def _later_meeting_day_asked(ctx: Context, q: Question, claims: list[DateClaim]) -> dt.date | None:
    """The meeting day after the first whose start hour is asked ("what time do we start tomorrow?", "à quelle heure
    on commence mardi ?"), or None; a session named ("the management team meeting on Sunday") is no such day."""
    m = ctx.meeting
    if not (q.has(*HOUR) or q.has("when", "quand")) or not q.has(*START) or named_session(m, q) is not None \
            or q.has(*CONFIRMING) or LOCAL_DATE.search(q.folded) or _STILL_A_DAY.search(q.folded):
        return None  # "what time is the opening in Honolulu? is it still sunday for me?": the local day of the opening
    if claims and _START_STATED.search(fold(q.raw.split(claims[0].text)[0])):
        return None  # "the meeting starts on 25 August, what time?": the first day claimed, then its hour asked
    days = [c.date for c in claims] or [
        m.start_date + dt.timedelta(days=(weekday - m.start_date.weekday()) % 7) for weekday in weekdays_in(q.raw)]
    later = [d for d in days if m.start_date < d <= m.end_date]
    return later[0] if len(days) == 1 and later else None


#: The meeting said to start, as a statement ("the meeting starts on", "SG17 opens", "la réunion commence le"), with no
#: question word before it.
_START_STATED = re.compile(r"^(?:(?!\b(?:what|when|which|quand|quel|quelle|a quelle|time|heure)\b).)*\b(?:meeting|reunion|"
                           r"sg ?17|ce ?17|it|elle|opening|ouverture)\s+(?:starts|begins|opens|kicks off|commence|debute|"
                           r"s ouvre|demarre)\b")


#: Two days offered to choose from ("today or tomorrow", "aujourd'hui ou demain").
_DAYS_TO_CHOOSE = re.compile(r"\b(?:today|tomorrow|yesterday|aujourd hui|demain|hier)(?:\s+\w+){0,3}?\s+(?:or|ou)\s+"
                             r"(?:is it\s+|c est\s+)?"
                             r"(?:today|tomorrow|yesterday|aujourd hui|demain|hier)\b")


#: A session asked to be today ("is the mgmt meeting today?", "c'est aujourd'hui, la réunion de direction ?").
_ASKS_IF_TODAY = re.compile(r"\b(?:is|est|c est|it s)\b(?:\s+\w+){0,8}?\s+(?:today|aujourd hui)\b|^(?:today|aujourd hui)\b")


#: Over, or going on, offered to choose from ("is it finished or does it continue tomorrow?", "c'est fini ou ça
#: continue demain ?").
_OVER_OR_GOING_ON = re.compile(r"\b(?:finished|over|ended|done|fini|finie|terminee?)\b.{0,30}\b(?:or|ou)\b.{0,30}"
                               r"\b(?:continue|continues|goes on|go on|still|reprend|se poursuit|encore)\b")


def _relative_day(ctx: Context, q: Question) -> list[DateClaim]:
    """"It starts tomorrow, right?": the day meant, in meeting time, as a claimed date; none when two days are
    offered to choose from ("c'est aujourd'hui ou demain ?" asks which)."""
    if _DAYS_TO_CHOOSE.search(q.folded) or _OVER_OR_GOING_ON.search(q.folded):
        return []  # "the meeting is finished or it continues tomorrow?": where it stands is asked, no day claimed
    if (named_session(ctx.meeting, q) is not None or q.has(*START) and not clocks_in(q.raw)) \
            and _ASKS_IF_TODAY.search(q.folded):  # "l'ouverture, c'est aujourd'hui ?"; not "… it's 2am here, how
        # many hours until it opens?", whose clock is the asker's
        return [DateClaim(ctx.now.astimezone(ctx.meeting.tz).date(), None, "today")]  # "la réunion de l'équipe de
        # direction c'est aujourd'hui ?": a session of one day, claimed for today
    for words_, offset in RELATIVE_DAYS.items():
        if re.search(rf"{_DONE_BY_THE_ASKER}\s+(?:\w+\s+){{0,2}}?{words_}\b", q.folded):
            continue  # "i registered yesterday but …": the day of what the asker did, no day claimed of the meeting
        if q.has(words_) and (q.has(*START, *END) or named_session(ctx.meeting, q) is not None
                              or re.search(rf"\b(?:is|est|c est|be|sera)\s+(?:it\s+|the meeting\s+|sg17\s+|ce\s+)?{words_}\b"
                                        rf"|^{words_}\s+(?:c est|is|est)\b", q.folded)):  # "the meeting is
            # tomorrow, right?" (not "la réunion continue demain ?")
            date = ctx.now.astimezone(ctx.asker.zone or ctx.meeting.tz).date() + dt.timedelta(days=offset)
            return [DateClaim(date, None, words_)]  # the asker's tomorrow, where the asker is
    return []


#: What the asker says they did, before the day they did it ("i registered yesterday", "je me suis inscrite hier").
_DONE_BY_THE_ASKER = (r"\b(?:registered|signed up|submitted|sent|uploaded|applied|emailed|e mailed|wrote|inscrit|inscrite|"
                      r"inscrits|envoye|envoyee|soumis|soumise|ecrit|postule)")


def _sentence_with(q: Question, text: str) -> str:
    """The sentence of the message in which ``text`` (folded) is said, else the whole message."""
    return next((part for part in clauses.sentences_of(q.raw) if text in fold(part)), q.raw)


def _start_claimed_apart(m: Meeting, q: Question, claim: DateClaim) -> bool:
    """Whether the date is claimed of the meeting's start in a clause of its own that names no session ("since the
    meeting starts on Tuesday 25 August, when is the mgmt team meeting?")."""
    clause = next((part for part in re.split(r"\s*[,;?]\s*", q.folded) if claim.text in part), None)
    if clause is None or clause == q.folded.strip(" ?"):
        return False
    alone = read_question(clause, q.lang)
    return alone.has(*START) and named_session(m, alone) is None


def _start_claimed_on_a_weekday(m: Meeting, q: Question) -> bool:
    """Whether the question claims the meeting starts on a weekday ("it starts sunday"), naming no session by its own
    words ("the sunday management meeting" names one)."""
    unnamed = replace(q, corrected=tuple(t for t in q.corrected if t not in WEEKDAY_NAMES),
                      folded=" ".join(w for w in q.folded.split() if w not in WEEKDAY_NAMES))
    claimed = re.search(rf"\b(?:starts?|starting|begins?|opens?|kicks? off|commence|debute|ouvre)\b(?: on| le)?(?: the)?"
                        rf" (?:{'|'.join(WEEKDAY_NAMES)})\b", q.folded)  # "starts sunday", not "the sunday meeting"
    return claimed is not None and named_session(m, unnamed) is None


def _day_claimed(q: Question) -> bool:
    """Whether a day named without its month is what the question claims ("it starts on the 25th, right?"), not
    context for another question ("what time is the opening in Honolulu, is it still the 23rd there?", "is the
    mgmt meeting on the 23rd only for the management team?")."""
    return not (q.has(*TIME) or q.has(*HOUR)) and (q.has(*START, *END) or q.has(*CONFIRMING))


#: Words that put a date in the asker's or a place's own calendar, not the meeting's.
LOCAL_DATE = re.compile(r"\b(?:over there|la bas|locally|local date|chez moi|chez nous|chez (?:elle|lui|eux)|"
                        r"for (?:me|her|him|them|us)|pour (?:moi|elle|lui|eux|nous)|in (?:my|her|his|their|our) (?:local )?time)\b"
                        r"|\bthere\s*[?!.]*$")  # "is it still the 23 August there?", not "is there a session …?"


def _what_is_on(ctx: Context, date: dt.date, lang: str) -> list[str]:
    """The sessions on that day, each with its time in meeting time."""
    m = ctx.meeting
    return [say("tm.event", lang, event=(s.title_fr or s.title) if lang == "fr" else s.title,
                when_meeting=f"{day(date, lang)}, {meeting_clock(m, m.local(s.start), lang)}")
            for s in m.sessions if m.local(s.start).date() == date]


#: What joins the two ends of a span of days ("24 Aug to 4 Sep", "du 24 août au 3 septembre", "24 Aug - 3 Sep").
_SPAN_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|-|–|au|jusqu au|a)?\s*$")  # folding drops a dash


def _span_claimed(q: Question, claims: list[DateClaim]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a span the question claims, or None when it claims no span."""
    if len(claims) != 2 or claims[0].date >= claims[1].date:
        return None
    folded = with_spans_dated(fold(q.raw))
    first = folded.find(claims[0].text)
    between = folded[first + len(claims[0].text):folded.find(claims[1].text, first + len(claims[0].text))]
    return (claims[0].date, claims[1].date) if first >= 0 and _SPAN_JOIN.match(between) else None


def _asks_something_else(q: Question, year: int) -> bool:
    """Whether the message's last comma clause asks a question of its own that names no date, start or end."""
    parts = clauses.asking_clauses(q.raw)
    if not parts:
        return False
    last = read_question(parts[-1], q.lang)
    return last.tokens[:1] in (("is",), ("are",), ("does",), ("do",), ("can",), ("est",), ("c",)) \
        and not (dates_in(last.raw, year) or last.has(*START) or last.has(*END))


def _claims_first(q: Question) -> bool:
    """Whether the question opens as a yes/no question ("is the meeting …", "c'est du … ?")."""
    return q.tokens[:1] in (("is",), ("are",), ("est",), ("c",)) or q.folded.startswith("la reunion c est")


#: Whether the meeting has started, asked as such.
_HAS_IT_STARTED = ("deja commence", "a deja commence", "already started", "has it started", "has the meeting started",
                   "started yet", "started already", "a t elle commence", "a t elle deja commence", "est ce commence")


#: A day asked to be included in the meeting ("is 3 september included?", "le 3 septembre est inclus ?").
_INCLUDED = re.compile(r"\b(?:included|inclusive|include|includes|inclus|incluse|inclut|incluent|compris|comprise|comprend)\b")


#: Today's date said ("on est le 1er sept", "today is 1 September", "nous sommes le 1er"): when the asker is.
_TODAY_DATE = re.compile(r"\b(?:on est|nous sommes|today is|today s|it s|it is|its)\s+(?:le\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th)?\b")


#: A meeting or one of its sittings, named in a claim of its day ("une séance le vendredi 4 septembre").
_A_SESSION = ("meeting", "meetings", "reunion", "reunions", "session", "sessions", "seance", "seances", "sitting")


#: The induction sessions for new delegates named ("the newcomers session", "la séance pour les nouveaux délégués").
_INDUCTION = re.compile(r"\b(?:newcomers?|new delegates?|first timers?|induction|nouveaux delegues|nouveaux venus|"
                        r"nouvelles? deleguees?|initiation|accueil des nouveaux)\b")


#: Asking whether the meeting is held at a place, in person ("physically in Geneva?", "en présentiel ?").
_WHERE_HELD = ("physically", "in person", "physiquement", "en personne", "en presentiel", "on site", "onsite", "sur place")


#: Asking which agenda item ("which agenda items deal with …", "sous quel point …"): a date in it names a report.
_WHICH_ITEMS = ("which agenda item", "which agenda items", "what agenda item", "what agenda items", "which items",
                "under which item", "quel point", "quels points", "sous quel point", "a quel point de l ordre du jour")


#: A claim turned into a question by a last word ("c lundi 24 juste avant l'ouverture nn ?", "… monday, no?").
_TAG_ASKED = re.compile(r"\b(?:non|nn|no|yes|oui|hein|right|ok|okay)\s*[?!.]*\s*$")


def _date_claim(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    m, lang = ctx.meeting, q.lang
    if set(q.corrected) & DEADLINE - {"close", "closes", "closing", "last", "dernier", "derniere", "cloture", "ferme", "encore",
                                       "still"}:
        return None  # deadlines check their own dates
    if q.has(*NEXT_SESSION) or BEFORE_OPENING.search(q.folded) and not (
            (q.has(*CONFIRMING) or _TAG_ASKED.search(q.folded)) and named_session(m, q) is not None):  # not "the mgmt team meeting is monday 24
        # before the opening right?", a session's day claimed
        return None  # "what's next, anything this weekend before monday's opening?", "do I need to attend anything
        # before the opening on monday?": the sessions are asked, the weekday only says when the opening is
    if q.has(*_WHICH_ITEMS):
        return None  # "which agenda items deal with the report of the 29 May e-plenary?": the date names a report
    if q.has(*_WHERE_HELD):
        return None  # "is this meeting physically in Geneva? the header says 'Geneva, 24 Aug-3 Sep'": where it is held
        # is asked, the dates are only quoted; the format answers
    claims = dates_in(q.raw, m.start_date.year) or _relative_day(ctx, q)
    if claims and _INDUCTION.search(q.folded) and named_session(m, q) is None:  # "the newcomers session is on 23 August right?": the letter gives
        # the induction sessions no date (23 August is the management team meeting's)
        return text_answer(m, lang, say("pr.title", lang), say("pr.induction_undated", lang, email=m.contacts.email),
                           *_what_is_on(ctx, claims[0].date, lang))
    if claims and q.has("ouverte a", "ouverte aux", "open to", "who can", "who may", "qui peut", "reservee", "reserved",
                        "reserve aux", "accessible a", "restricted", "limited to", "only for", "delegates join",
                        "delegates attend", "anyone join", "anyone attend", "everyone join", "participants join",
                        "peuvent participer", "peut participer", "peuvent y assister", "limitee a", "invited",
                        "seulement pour", "only for", "uniquement pour", "reservee a"):
        return None  # "la réunion de l'équipe de direction du 23 août, elle est ouverte à tout le monde ?": the date
        # names the session, who may attend is asked
    if not claims and TODAY_IS.search(q.folded):
        return None  # "on est dimanche, la réunion se termine quand ?": today's weekday said, no claim
    today = ctx.now.astimezone(m.tz).date()
    if claims and all(c.date == today for c in claims) and _TODAY_DATE.search(q.folded):
        return None  # "on est le 1er sept, la réunion finit quand ?": today's date said, no claim
    if claims and _INCLUDED.search(q.folded) and all(c.date in (m.start_date, m.end_date) for c in claims):
        return text_answer(m, lang, say("pr.confirm", lang), say("pr.included", lang, start=day(m.start_date, lang), end=day(m.end_date, lang),
        days=(m.end_date - m.start_date).days + 1), *_opening_clock_checked(m, q, lang))  # "the
        # 3 of september is included or no?": the first and last days are meeting days (and how many in all)
    later = _later_meeting_day_asked(ctx, q, claims)
    if later is not None:  # "what time do we start tomorrow?" on the first day: the letter gives day one's hour only
        return text_answer(m, lang, say("tm.title", lang), *later_day_lines(m, later, lang))
    span = _span_claimed(q, claims)
    right = span == (m.start_date, m.end_date)
    if span is not None and not named_session(m, q) and (not right or q.has(*CONFIRMING) or _claims_first(q)) \
            and not _geneva_claimed(q):  # "la réunion a lieu à Genève du 24 au 28 août ?": the venue first, then days
        # "sg17 is 24 Aug to 4 Sep right?": both ends checked; the right span said as context ("the agenda says
        # Geneva, 24 Aug-3 Sep, so I should book my flight?") confirms nothing asked
        return text_answer(m, lang, say("pr.confirm" if right else "pr.title", lang),
                           say("pr.span.yes" if right else "pr.span.no", lang, start=day(m.start_date, lang),
                               end=day(m.end_date, lang)))
    if (claims or weekdays_in(q.raw) or bare_days_in(q.raw)) and LOCAL_DATE.search(q.folded):
        return None  # "when does it start in Honolulu? is it still the 23 August there?", "… still saturday there":
        # the local date, which the time answer gives
    if claims and claims[0].date in {d.date for d in m.deadlines}:
        return None  # "je peux envoyer ma contribution avant le 11 août ?": a deadline's date, which deadlines check
    weekdays = weekdays_in(q.raw)
    if len(claims) == 1 and claims[0].weekday is None and len(weekdays) == 1 and not q.has(*START, *END) \
            and named_session(m, q) is None and (_day_claimed(q) or q.has("is a", "c est un", "est un", "tombe",
                                                                            "falls on")):
        # "24 August 2020 is a Tuesday, correct?": the weekday claimed of the date
        date, claimed = claims[0].date, weekdays[0]
        right = date.weekday() == claimed
        key = "pr.weekday.yes" if right else "pr.weekday.no"
        return text_answer(m, lang, say("pr.confirm" if right else "pr.title", lang),
                           say(key, lang, date=babel_date(date, "d MMMM y", locale=lang),
                               weekday=babel_date(date, "EEEE", locale=lang)), *_what_is_on(ctx, date, lang))
    bare = bare_days_in(q.raw) if not claims and _day_claimed(q) else []  # "it starts on the 25th, right?": in the
    # month of the fact it claims
    if not claims and not weekdays and not bare:
        return None
    if not claims and q.has(*_HAS_IT_STARTED):
        return None  # "la réunion a déjà commencé ? j'ai raté lundi": where the meeting stands, the weekday a
        # reason for asking
    session = pick_session(m, q)
    if session is not None and q.has(*START) and q.has(*CONFIRMING) and _start_claimed_on_a_weekday(m, q):
        session = None  # "so the meeting kicks off sunday the 23rd at 11 right?": the opening claimed on a weekday,
        # not the Sunday session named
    asked_apart = None
    if session is not None and claims and _start_claimed_apart(m, q, claims[0]):
        session, asked_apart = None, session  # "Since the meeting starts on Tuesday 25 August, when is the mgmt
        # team meeting?": the start is claimed, the session is what is asked
    if not claims and session is not None and session.start.weekday() in weekdays \
            and session.start.date() != m.start_date:
        return None  # "la réunion du dimanche": the weekday names that session, it claims nothing
    if q.has(*END) and not q.has(*START):
        subject, actual = say("pr.subject.end", lang), m.end_date
    elif session is not None and (q.has(*START) or claims or bare or weekdays and named_session(m, q) is session) \
            and session.start.date() != m.start_date:  # "the management meeting is on monday, right?"
        subject = say("pr.subject.session", lang, title=(session.title_fr or session.title) if lang == "fr"
                      else session.title)
        actual = session.start.date()
    elif q.has(*START) or (claims and claims[0].text in RELATIVE_DAYS):  # "the meeting is tomorrow, right?"
        subject, actual = say("pr.subject.start", lang), m.start_date
    elif claims and not (m.start_date <= claims[0].date <= m.end_date) and read_question(
            _sentence_with(q, claims[0].text), q.lang).has(*_A_SESSION):  # not "… into the SG17 meeting. I registered on
        # 20 July. What's wrong?": the date is said of the registering
        that_day = _what_is_on(ctx, claims[0].date, lang)
        if that_day:  # "is there a session on Sunday 23 August?": the management team meeting is
            return text_answer(m, lang, day(claims[0].date, lang), *that_day)
        return text_answer(m, lang, say("pr.title", lang), say("pr.outside", lang, start=day(m.start_date, lang),
                           end=day(m.end_date, lang), claimed=babel_date(claims[0].date, "d MMMM y", locale=lang)))
    else:
        return None
    if bare and not claims:
        try:
            claims = [DateClaim(actual.replace(day=bare[0]), None, str(bare[0]))]
        except ValueError:  # "the 31st" of a 30-day month: no such day
            return None
    starts = m.local(session.start) if session is not None and actual == session.start.date() else (
        m.opens_at if actual == m.start_date and subject == say("pr.subject.start", lang) else None)
    local_day = None
    if claims and claims[0].text in RELATIVE_DAYS and starts is not None and ctx.asker.zone is not None:
        local_day = starts.astimezone(ctx.asker.zone).date()  # "mgmt meeting is tomorrow, right?" from New York on
        # Saturday evening: tomorrow there, and the day it falls on there
    if local_day is None and starts is not None and ctx.asker.zone is not None \
            and (q.has(*FOR_ME, "for us", "pour nous", "chez nous") or _A_DAY_HERE.search(q.folded)) \
            and not q.has("there", "la bas") \
            and not [t for t in targets_in(q, ctx.asker.zone, kb.vocabulary)[0] if not t.mine]:  # "so I log in
        # monday morning here for the opening?" from the Marquesas: Sunday evening there (not "… on sunday there
        # too like here?" of Adak)
        local_day = starts.astimezone(ctx.asker.zone).date()
    if local_day is None and starts is not None and ctx.asker.zone is not None and not q.has("there", "la bas") \
            and not (claims and claims[0].text in RELATIVE_DAYS) and not clocks_in(q.raw):  # (a clock said too:
        # "samedi 22 à 11h ?" is wrong there at 23:30)  # "et le truc de l'equipe de direction alors ?
        here = starts.astimezone(ctx.asker.zone).date()  # samedi ??" from Tahiti: Saturday there, right where the
        said_here = claims[0].date == here if claims else here.weekday() in weekdays  # asker is
        said_in_geneva = claims[0].date == actual if claims else actual.weekday() in weekdays
        if here != actual and said_here and not said_in_geneva:
            local_day = here
    if claims and claims[0].text in ("tomorrow", "demain") and starts is not None and starts <= ctx.now:
        ago = duration(ctx.now - starts, lang)  # "its still sunday night here so the opening is tomorrow right"
        lines = [say("pr.already_open", lang, ago=ago) if starts == m.opens_at or session is None else say(
            "pr.already_begun", lang, ago=ago, event=session_title(session, m, lang))]  # half an hour after it opened
        if ctx.asker.zone is not None:
            lines.append(say("tm.there", lang, there=at_place(starts, ctx.asker.zone, None, lang)))
        return text_answer(m, lang, say("pr.title", lang), *lines)
    right = claims[0].date == (local_day or actual) and claims[0].weekday in (None, (local_day or actual).weekday()) \
        if claims else (local_day or actual).weekday() in weekdays  # "on Monday 23 August, yes?": the day is right, the weekday is not
    if right and subject == say("pr.subject.end", lang) and q.has(*HOUR) and clauses.opens_with_a_wh_word(q.folded):
        return text_answer(m, lang, say("tm.title", lang), say("tm.no_end_hour", lang, day=day(m.end_date, lang),
                                                                 email=m.contacts.email))  # "what time does it close
        # on 3 September?": the hour is asked (no "Yes"), the date only says which day
    if right and (_asks_something_else(q, m.start_date.year) or q.has(*MANNER) and not q.has(*CONFIRMING)):
        return None  # "the opening on 24 aug, is that through mymeetings as well?", "on se connecte comment le 24
        # pour l'ouverture ?": the date says which, the question asks another thing
    lines = [say("pr.date.yes" if right else "pr.date.no", lang, subject=subject, day=day(local_day or actual, lang))]
    if local_day is not None and local_day != actual and not (claims and claims[0].text in RELATIVE_DAYS):
        lines = [say("pr.date.there.yes" if right else "pr.date.there.no", lang, subject=subject,
                     day=day(local_day, lang), geneva=day(actual, lang), zone=m.zone_label(lang))]  # "monday morning
        # here?" from the Marquesas: Sunday there, Monday in Geneva
    if local_day is not None and local_day != actual:  # "tomorrow for me?" where the day differs from Geneva's
        lines.append(say("tm.there", lang, there=at_place(starts, ctx.asker.zone, None, lang)))
    claimed_clock = _clock_claimed(ctx, q, kb) if starts is not None else None
    if claimed_clock is None and starts is not None and right and q.has(*TIME) and not q.has("right", "correct",
                                                                                             "vrai", "n est ce pas"):
        return None  # "Sydney time for the 23 Aug management team meeting": the date only says which; a time question
    if claimed_clock is None and starts is not None and right and not q.has(*HOUR):  # "l'ouverture c'est demain ?":
        lines.append(say("pr.at", lang, time=meeting_clock(m, starts, lang)))  # yes, and at what time
        if claims and claims[0].text == "today" and starts > ctx.now:  # "is the mgmt mtg today?": and in how long
            lines.append(say("pr.in", lang, left=duration(starts - ctx.now, lang)))
        if ctx.asker.zone is not None:  # "is the management team meeting tomorrow?" asked in Tokyo: there too
            lines.append(say("tm.there", lang, there=at_place(starts, ctx.asker.zone, None, lang)))
        session = None  # said already
    if claimed_clock is None and q.has(*HOUR) and starts is not None:
        if right:
            return None  # "at what time should I connect on 24 August?": the date only says which day; a time question
        lines.append(say("pr.at", lang, time=meeting_clock(m, starts, lang)) if session is None else say(
            "tm.event", lang, event=(session.title_fr or session.title) if lang == "fr" else session.title,
            when_meeting=f"{day(actual, lang)}, {meeting_clock(m, starts, lang)}"))  # "it starts at 11:00 Geneva"
        session = None  # said already
    if starts is not None and claimed_clock is not None:  # "the opening is at 9:00 on 24 August, correct?"
        claimed, place = claimed_clock
        zone = place.zone if place is not None else None
        there = starts.astimezone(zone) if zone is not None else starts
        clock_right = (claimed.hour, claimed.minute) == (there.hour, there.minute)
        right = right and clock_right
        time = (f"{clock(starts, zone)} {place.label} ({zone_suffix(starts, zone)})" if place is not None and zone
                else meeting_clock(m, starts, lang))
        lines = [say("pr.date.yes" if right else "pr.date.no", lang, subject=subject, day=day(actual, lang))[:-1]
                 + say("pr.clock" if clock_right else "pr.clock.not", lang, time=time, claimed=f"{claimed:%H:%M}")]
        if zone is not None:
            lines.append(say("tm.event", lang, event=say("pr.subject.start", lang).rsplit(" ", 1)[0]
                             if session is None else (session.title_fr or session.title) if lang == "fr"
                             else session.title, when_meeting=f"{day(actual, lang)}, {meeting_clock(m, starts, lang)}"))
        elif len(clocks_in(q.raw)) > 1 or _TIME_THERE_ASKED.search(q.folded):  # "… at 11:00 Geneva time, and that
            # is 09:00 UTC?": the other clock's place too; "… à 11 h ? et ça fait quelle heure à Maré ?": the time there
            places = [t for t in targets_in(q, None, kb.vocabulary)[0] if t.zone is not None]
            if places:
                lines.append(say("tm.there", lang, there=at_place(starts, places[-1].zone, places[-1].label, lang)))
        session = None  # said already
    if not right and starts is not None and ctx.asker.zone is not None \
            and starts.astimezone(ctx.asker.zone).utcoffset() != starts.utcoffset():  # "la réunion de direction c samedi 22 a
        # 11h ?" from the Marquesas: it is on the Saturday there, at another hour (said next to it, before what else
        # is on the day claimed)
        lines.append(say("tm.there", lang, there=at_place(starts, ctx.asker.zone, None, lang)))
    if claims and not right:  # "it starts on Sunday 23 August, right?": what is on that day
        lines += _what_is_on(ctx, claims[0].date, lang)
    if claims and claims[0].weekday is not None and claims[0].weekday != claims[0].date.weekday():
        lines.append(say("pr.weekday", lang, claimed=babel_date(claims[0].date, "d MMMM y", locale=lang),
                         weekday=babel_date(claims[0].date, "EEEE", locale=lang)))
    if session is not None and actual == session.start.date() and subject != say("pr.subject.start", lang):
        lines.append(say("tm.event", lang, event=(session.title_fr or session.title) if lang == "fr" else session.title,
                         when_meeting=f"{day(actual, lang)}, {meeting_clock(m, m.local(session.start), lang)}"))
    if actual == m.end_date and q.has(*HOUR):
        lines.append(say("tm.no_end_hour", lang, day=day(m.end_date, lang), email=m.contacts.email))
    if asked_apart is not None and m.local(asked_apart.start) != m.opens_at:  # and the session asked about (the
        # opening's hour is the start's, said already)
        at = m.local(asked_apart.start)
        lines.append(say("tm.event", lang, event=(asked_apart.title_fr or asked_apart.title) if lang == "fr"
                         else asked_apart.title, when_meeting=f"{day(at.date(), lang)}, {meeting_clock(m, at, lang)}"))
    return text_answer(m, lang, say("pr.confirm" if right else "pr.title", lang), *dict.fromkeys(lines))  # each once


CHAIR_WORDS = ("chair", "chairman", "chairperson", "chairs", "chairing", "chaired", "president", "presidente", "presidents",
               "preside", "presidee", "presidees", "presides", "youm")


def _sentences_naming_the_chair(q: Question) -> list[str]:
    """The words of the message's sentences that name the chair (all its words when no sentence alone does)."""
    sentences = [words(fold(part)) for part in re.split(r"[?!.;]+", q.raw) if part.strip()]
    naming = [w for sentence in sentences if any(f" {c} " in f" {' '.join(sentence)} " for c in CHAIR_WORDS)
              for w in sentence]
    return naming or list(q.tokens)


#: A country's own head ("president of France", "président du Sénégal"), never the study group's chairman.
_HEAD_OF_A_COUNTRY = re.compile(r"\b(?:president|presidente|prime minister|premier ministre|minister|ministre|king|roi|"
                                r"queen|reine) (?:of|de|du|des)(?: the| la| l)?(?: republic of| republique de| "
                                r"republique du| republique d)? ")


def _heads_countries(padded: str) -> set[str]:
    """The countries whose own president or minister a padded folded text names ("the president of France")."""
    after = [padded[match.end():] for match in _HEAD_OF_A_COUNTRY.finditer(padded)]
    return {name for name in country_names() for tail in after if tail.startswith(f"{name} ")} if after else set()


def names_a_countrys_head(q: Question) -> bool:
    """Whether the question names a country's own president or minister ("who is the president of France?"), whom
    the meeting information never covers."""
    return bool(_heads_countries(f" {q.folded.rstrip(' ?!.')} "))


#: The chairman named, not a vice-chair or co-chair post ("vice-chair", "vice-présidente", "co-chair").
_THE_CHAIR_ITSELF = re.compile(r"(?<!\bvice )(?<!\bco )\b(?:" + "|".join(CHAIR_WORDS) + r")\b")


#: A language named as a text's ("the French says", "the English version", "la version anglaise", "en français").
_A_TEXT_IN_A_LANGUAGE = re.compile(r"\b(?:the\s+)?[a-z]+\s+(?=(?:says|said|reads|version|text|letter|wording|original)\b)|"
                                   r"\b(?:version|texte|lettre)\s+[a-z]+\b|\b(?:in|en)\s+(?:french|english|francais|anglais)\b")


def country_claim(ctx: Context, q: Question) -> Reply | None:
    """"The chairman is from Japan, right?": the chairman's country, confirmed or corrected."""
    person = ctx.meeting.chairman
    if person.country is None or not q.has(*CHAIR_WORDS):
        return None
    if not _THE_CHAIR_ITSELF.search(q.folded):
        return None  # "our administration (Ukraine) has a candidate for a vice-chair post": another post
    names = country_names()
    padded = " " + " ".join(_sentences_naming_the_chair(q)) + " "  # "… right? my connection in Fiji is shaky": where
    # the asker is, not the chairman
    actual_words = {w for c in (person.country, person.country_fr or "") for w in fold(c).split()
                    if len(w) >= 4 and w not in ("republic", "republique")}  # "korea", "coree"
    named_actual = any(f" {w} " in padded for w in actual_words)
    heads = _heads_countries(padded)  # "who is the president of France?": that country's, not this meeting's chairman
    claimed = [name for name in names if f" {name} " in padded and not set(name.split()) & actual_words
               and f" in {name} " not in padded  # "will the chair wait if I drop? I'm in Fiji": where one is
               and name not in heads]
    padded = _A_TEXT_IN_A_LANGUAGE.sub(" ", padded)  # "the French says …", "the English version": a text's language
    nationality = [t for t in padded.split() if t in name_concepts()]  # "japonais", "chinese": a nationality named
    named_actual = named_actual or any(t.startswith(w[:4]) for t in nationality for w in actual_words)
    claimed += [t for t in nationality if not any(t.startswith(w[:4]) for w in actual_words)]
    if not claimed and not named_actual:
        return None
    right = named_actual and not claimed
    lang = q.lang
    country = (person.country_fr or person.country) if lang == "fr" else person.country
    name = (person.name_fr or person.name) if lang == "fr" else person.name
    key = "pr.country.yes" if right else "pr.country.no"
    language = ctx.meeting.practical_topic("language") \
        if q.has(*_LANGUAGE_ASKED) or nationality and q.has("speak", "parler", "parlera") else None
    said = [(language.text_fr or language.text) if lang == "fr" else language.text] if language else []  # "will he
    # speak Chinese at the opening?": the meeting's language too
    if _ALSO_DIRECTOR.search(q.folded):  # "… de la République de Corée, et il est aussi le directeur du TSB ?": the
        signer = (ctx.meeting.signed_by_fr or ctx.meeting.signed_by) if lang == "fr" else ctx.meeting.signed_by
        said.insert(0, say("pr.not_director", lang, name=name, signer=signer))  # second claim is wrong
        right = False
    return text_answer(ctx.meeting, lang, say("pr.confirm" if right else "pr.title", lang),
                       say(key, lang, name=name, country=country), *said)


#: The chairman also claimed to be the TSB's Director ("… et il est aussi le directeur du TSB ?").
_ALSO_DIRECTOR = re.compile(r"\b(?:director|directeur|directrice)\b(?:\s+\w+){0,3}?\s+(?:tsb|bnt|bureau)\b")


#: A language asked of the meeting or its chair ("will he speak Chinese?", "en quelle langue ?").
_LANGUAGE_ASKED = ("speak", "speaks", "language", "languages", "langue", "langues", "parler", "parlera", "parle",
                   "interpretation", "interpreted", "traduction")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A correction (or confirmation) of what the question takes for granted; None when it claims nothing. A
    chairman's country claimed beside another claim ("Chairman Youm, from Japan, opens the meeting on Monday
    right?") is checked too, after it."""
    found = (_offset_claim(ctx, q, kb) or _letter_date_claim(ctx, q, kb) or _agenda_date_claim(ctx, q, kb)
             or (None if _dates_only_told_after(ctx, q) or _dates_only_in_a_condition(ctx, q) else _date_claim(ctx, q, kb)) or _field_claim(ctx, q) or _other_group_claim(ctx, q)
             or _no_registration_claim(ctx, q) or _registration_in_person_only_claim(ctx, q)
             or _in_person_claim(ctx, q, kb) or _signer_claim(ctx, q)
             or _director_chairs_claim(ctx, q) or _chair_name_claim(ctx, q, kb) or _waiting_claim(ctx, q) or _decisions_in_person_claim(ctx, q) or _plenaries_remote_claim(ctx, q)
             or _guaranteed_claim(ctx, q)
             or _circular_claim(ctx, q) or _open_documents_claim(ctx, q) or _encouraged_claim(ctx, q))
    country = country_claim(ctx, q) if found is not None else None
    if country is None or country.title == found.title and country.sections == found.sections:
        return found
    return replace(found, title=country.title, sections=country.sections + found.sections)  # a correction heads it


def _dates_only_told_after(ctx: Context, q: Question) -> bool:
    """Whether the message's dates are only in what it tells after its question ("Is this meeting physical in
    Geneva or fully virtual? The agenda header says Geneva, 24 Aug-3 Sep."): a remark the asker reads the
    question by, no claim asked about."""
    sentences = clauses.sentences_of(q.raw.strip())
    year = ctx.meeting.start_date.year
    if len(sentences) < 2 or sentences[-1].rstrip().endswith("?") or not dates_in(sentences[-1], year):
        return False
    asked = [s for s in sentences[:-1] if s.rstrip().endswith("?")]
    return bool(asked) and all(len(s.split()) >= 4 and not dates_in(s, year) for s in asked)


def _opening_clock_checked(m: Meeting, q: Question, lang: str) -> list[str]:
    """The opening's clock claimed beside the dates ("24 aug to 3 sep inclusive, opening 11:00 geneva time, right?"):
    "Yes" or "No" to it, in meeting time; nothing when no clock is said of the opening."""
    clocks = clocks_in(q.raw)
    if len(clocks) != 1 or not (q.has(*START) or q.has("opening", "ouverture")):
        return []
    local = m.opens_at.astimezone(m.tz)
    right = (local.hour, local.minute) == (clocks[0].hour, clocks[0].minute)
    event = session_title(next((s for s in m.sessions if m.local(s.start) == m.opens_at), None), m, lang)
    return [say("tm.yes" if right else "tm.no", lang, event=event, there=meeting_clock(m, m.opens_at, lang),
                claimed=f"{clocks[0]:%H:%M}")]


#: A condition the message opens with, to its first comma ("Si je ne parviens pas à me connecter le matin du 24 août,").
_OPENING_CONDITION = re.compile(r"^(?:if|in case|should|si|au cas ou|s il|dans le cas ou)\b[^,?]*,")


def _dates_only_in_a_condition(ctx: Context, q: Question) -> bool:
    """Whether the message's dates are all in the condition it opens with ("Si je ne parviens pas à me connecter le
    matin du 24 août, la séance d'ouverture sera-t-elle retardée ?"): when something happens, no date claimed."""
    condition = _OPENING_CONDITION.match(q.folded)
    year = ctx.meeting.start_date.year
    return condition is not None and len(dates_in(condition[0], year)) == len(dates_in(q.folded, year)) > 0


#: Something said to be required ("is it mandatory to include women?", "il faut obligatoirement des femmes ?").
_REQUIRED = re.compile(r"\b(?:mandatory|compulsory|required|requirement|obligatory|obligatoire|obligatoirement|must|"
                       r"have to|has to|need to|faut|doit|doivent|exige|exigee|impose|imposee)\b")
#: A sentence of the meeting information that only encourages ("Members are encouraged to include women …").
_ENCOURAGED = re.compile(r"\b(?:encouraged|encourages|invites? to|are invited|sont invites a|encourage[es]*)\b")
#: Words of such a sentence that name no topic of their own.
_ENCOURAGED_COMMON = frozenset("members membres delegations delegation include inclure whenever possible chaque fois "
                               "invites encouraged their leurs dans".split())


#: Something said to be forbidden ("the chat isn't allowed during sessions", "le chat est interdit").
_FORBIDDEN = re.compile(r"\b(?:not allowed|isn t allowed|is not allowed|aren t allowed|not permitted|forbidden|banned|"
                        r"prohibited|interdit|interdite|pas autorise|pas autorisee|pas permis|n est pas permis)\b")


#: Something said to be optional ("the chat is just optional", "on peut l'ignorer", "facultatif").
_OPTIONAL = re.compile(r"\b(?:optional|facultati\w*|can ignore|we can ignore|may ignore|not needed|pas obligatoire|"
                       r"peut l ignorer|on peut ignorer|pas necessaire)\b")
#: A rule that makes its topic part of the meeting ("an integral part of the meeting").
_INTEGRAL = re.compile(r"\bintegral part\b")


def _encouraged_claim(ctx: Context, q: Question) -> Reply | None:
    """"Is it mandatory to include women in the delegation?", "the chat isn't allowed during sessions, right?": No,
    the meeting information encourages it (its own sentence); None unless the question calls required, or
    forbidden, what a sentence of it encourages."""
    asked = set(words(q.folded))
    if _OPTIONAL.search(fold(q.raw)):  # "chat tool is just optional right, we can ignore it": an integral part of it
        for rule in ctx.meeting.rules:
            text = (rule.text_fr or rule.text) if q.lang == "fr" else rule.text
            if rule.topic in asked and _INTEGRAL.search(fold(rule.text)):
                return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang),
                                   say("pr.no", q.lang, text=text[:1].lower() + text[1:]))
    if _FORBIDDEN.search(q.folded):
        for rule in ctx.meeting.rules:
            text = (rule.text_fr or rule.text) if q.lang == "fr" else rule.text
            if rule.topic in asked and _ENCOURAGED.search(fold(rule.text)):
                return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang),
                                   say("pr.no", q.lang, text=text[:1].lower() + text[1:]))
    if not _REQUIRED.search(q.folded):
        return None
    for topic in ctx.meeting.practical:
        text = (topic.text_fr or topic.text) if q.lang == "fr" else topic.text
        for sentence in re.split(r"(?<=\.)\s+", text):
            said = {w for w in words(fold(sentence)) if len(w) >= 5} - _ENCOURAGED_COMMON
            if _ENCOURAGED.search(fold(sentence)) and said & asked:
                return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang),
                                   say("pr.no", q.lang, text=sentence[:1].lower() + sentence[1:]))
    return None


#: The meeting documents claimed open to all ("the documents are public, I don't need an account, right?", "les
#: documents sont publics, pas besoin de compte ?").
_DOCUMENTS = re.compile(r"\b(?:documents?|docs?|contributions|tds)\b")
_OPEN_TO_ALL = re.compile(r"\b(?:public|publicly|publics|publiques?|open to (?:all|everyone|anyone)|anyone can|without an? "
                          r"(?:account|login|ties)|(?:don t|dont|do not|no) need (?:for )?an? (?:account|login|ties)|"
                          r"no (?:account|login) (?:needed|required)|sans compte|pas besoin (?:de|d un) (?:compte|ties)|"
                          r"accessibles? a tous|ouverts? a tous)\b")


#: A relative clause after a comma ("…, who are not ITU members", "…, qui ne sont pas membres").
_RELATIVE_WHO = re.compile(r",\s*(?:who|qui)\s+(?:are|is|were|was|sont|est|n est|ne sont)\b")


def _open_documents_claim(ctx: Context, q: Question) -> Reply | None:
    """"All the documents are public, I don't need an account to read them, right?", "… are public on the ITU website
    na? I want to share the link …": no, access is restricted to
    ITU-T Members with a TIES account (the letter's own sentence); None when no such claim."""
    said = fold(q.raw)
    if not (_DOCUMENTS.search(said) and _OPEN_TO_ALL.search(said)) or not (q.has(*CONFIRMING) or "?" in q.raw):
        return None
    if clauses.opens_with_a_wh_word(_RELATIVE_WHO.sub(" ", said)):
        return None  # "who can read the documents, are they public?" asks who, claims nothing (not "…, my students,
        # who are not ITU members?", a relative clause)
    for topic in ctx.meeting.practical:
        text = (topic.text_fr or topic.text) if q.lang == "fr" else topic.text
        restricted = next((c.strip() for c in re.split(r"(?<=\.)\s+", text) if "TIES" in c), None)
        if restricted and _OR_OPEN.search(said):  # "do I need a TIES account …, or are they public?": a choice
            return text_answer(ctx.meeting, q.lang, say("pr.checked", q.lang),  # asked, no Yes or No to either
                               restricted.rstrip(".;") + ".")
        if restricted:
            return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang),
                               say("pr.no", q.lang, text=restricted[:1].lower() + restricted[1:].rstrip(".;") + "."))
    return None


#: Open to all offered as the other of two readings ("…, or are they public?", "… ou ils sont publics ?").
_OR_OPEN = re.compile(r"\b(?:or|ou)\s+(?:are they|is it|are the documents|ils sont|elles sont|c est|sont ils|"
                      r"sont elles|est ce)\b[^?]{0,30}\b(?:public|publics|publique|publiques|open|ouverts?|free|"
                      r"libres?)\b")


#: A circular named by its number ("circular 118", "la circulaire TSB 68", "circ 68").
_CIRCULAR = re.compile(r"\b(?:circular|circulaire|circ)\s+(?:tsb\s+)?(\d{1,4})\b")


#: The invitation letter itself named ("the invitation letter", "la lettre de convocation", "this letter").
_THE_LETTER_ITSELF = re.compile(r"\b(?:is|est ce que|c est)\s+(?:the|this|la|cette)\s+(?:invitation\s+|collective\s+)?"
                                r"(?:letter|lettre)\b"
                                r"|\b(?:the|this|our|la|cette|notre)\s+(?:invitation\s+|collective\s+)?(?:letter|lettre)"
                                r"(?:\s+(?:de convocation|d invitation|collective))?\s+(?:is|est|was|etait|c est)\b"
                                r"|\b(?:the|la|cette)\s+(?:invitation|convocation)\s+(?:is|est|c est)\b")


def _circular_clauses(ctx: Context, lang: str) -> list[str]:
    """The clauses of the meeting's practical texts that name a circular, in ``lang``."""
    said: list[str] = []
    for topic in ctx.meeting.practical:
        text = (topic.text_fr or topic.text) if lang == "fr" else topic.text
        said += [clause.strip() for clause in re.split(r"[;.]\s", text) if _CIRCULAR.search(fold(clause))]
    return said


#: A day, or a part of it, said where the asker is ("monday morning here", "lundi soir ici").
_A_DAY_HERE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                         r"vendredi|samedi|dimanche)(?:\s+(?:morning|afternoon|evening|night|matin|apres midi|soir|nuit))?"
                         r"\s+(?:here|ici)\b")
#: A statement ended by "non ?" to have it confirmed ("c'est pour les visas, non ?", "c pour les visas non?").
_NON_TAIL = re.compile(r"(?<!\bou)(?:,\s*|\s)non\s*[?!.]*\s*$")  # not "… ou non ?", which asks whether


#: A circular said to be something, as the question opens ("circular 68 = fellowships?", "circular 68 is about
#: fellowships?", "la circulaire 68 c'est les bourses ?").
_CIRCULAR_SAID_TO_BE = re.compile(r"^\s*(?:is |est ce que )?(?:the |la )?(?:tsb )?(?:circular|circulaire|circ)\s*(?:tsb )?"
                                  r"\d+\s*(?:=|(?:is|s|c est|c|est|means|veut dire|explains?|explique|says|dit|covers|"
                                  r"concerne|porte sur|parle de|tells)\b)")


def _circular_claim(ctx: Context, q: Question) -> Reply | None:
    """"Circular 118 is the one saying the focal point must approve registrations, right?": the clause of the
    meeting information that says what is claimed, and whether it is that circular's ("No: … Circular TSB 68"); None
    when no circular is claimed to say something."""
    named = _CIRCULAR.search(q.folded)
    lang = q.lang
    if named is not None and _THE_LETTER_ITSELF.search(q.folded):  # "la lettre de convocation est bien la
        # Circulaire TSB 68 ?": the letter is its own reference; the circular is what it cites
        m = ctx.meeting
        cited = [clause[:1].upper() + clause[1:].rstrip(".") + "." for clause in _circular_clauses(ctx, lang)
                 if _CIRCULAR.search(fold(clause))[1] == named[1]]
        return text_answer(m, lang, say("pr.title", lang), say(
            "pr.letter_is_not", lang, reference=(m.reference_fr or m.reference) if lang == "fr" else m.reference,
            day=day(m.letter_date, lang), number=named[1]), *cited)
    confirming = q.has(*CONFIRMING) or bool(_NON_TAIL.search(fold(q.raw))) \
        or bool(_CIRCULAR_SAID_TO_BE.match(fold(q.raw))) and q.raw.rstrip().endswith("?") \
        and not re.search(r"\b(?:which|what|quelle|quel|quels|quelles)\b", fold(q.raw))  # "la circulaire 118 c pour
    # les visas non?": French chat's "…, non ?" asks to confirm; "circular 68 = fellowships?" too
    if named is None or not (confirming or q.has("is it", "is that", "c est bien", "est ce")):
        return None
    claimed = set(stems(words(_CIRCULAR.sub(" ", q.folded)), STOPWORDS)) - {"circular", "circulair", "say", "one", "tsb"}
    said = _circular_clauses(ctx, lang)
    scored = sorted(((len(claimed & set(stems(words(fold(clause)), STOPWORDS))), clause) for clause in said),
                    key=lambda pair: -pair[0])
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[0][0] == scored[1][0]:
        its_own = [clause for clause in said if (_CIRCULAR.search(fold(clause)) or [None, None])[1] == named[1]]
        every_said = set().union(*(set(stems(words(fold(clause)), STOPWORDS)) for clause in said))
        shared = set.intersection(*(set(stems(words(fold(clause)), STOPWORDS)) for clause in said)) if said else set()
        distinct = claimed - shared  # "… is about fellowship request, no?": "request" is in every circular's clause
        if its_own and confirming and distinct and not distinct & every_said:  # a topic no circular is cited for  # "circular 118 is the fellowship one
            return text_answer(ctx.meeting, lang, say("pr.title", lang), say(  # right": what the letter cites it for
                "pr.circular_is_for", lang, number=named[1], clause=its_own[0][:1].lower() + its_own[0][1:].rstrip(".")))
        return None
    best = scored[0][1]
    right = _CIRCULAR.search(fold(best))[1] == named[1]
    text = best[:1].lower() + best[1:] if best[1:2].islower() else best
    numbers = {found[1] for found in _CIRCULAR.finditer(q.folded)}
    others = [clause[:1].upper() + clause[1:].rstrip(".") + "." for clause in said if clause != best
              and _CIRCULAR.search(fold(clause))[1] in numbers]  # "… right? and 68 is for auto approval": what the
    # other circular named says, too
    return text_answer(ctx.meeting, lang, say("pr.confirm" if right else "pr.title", lang),
                       say("pr.yes" if right else "pr.no", lang, text=text.rstrip(".") + "."), *others)


#: Remote participation or its tool named ("remote participation", "MyMeetings", "la participation à distance").
_REMOTE = re.compile(r"\b(?:remote|remotely|participation|connection|mymeetings|distance|connexion|service|services)\b")


def _guaranteed_claim(ctx: Context, q: Question) -> Reply | None:
    """"Is remote participation guaranteed?": no, it is provided on a best-effort basis; None when no such claim."""
    best = next((r for r in ctx.meeting.rules if "best effort" in fold(r.text)), None)
    if best is None or not (_GUARANTEED.search(q.folded) and _REMOTE.search(q.folded)) or _NOT_WAITING.search(q.folded) \
            or not (q.has(*CONFIRMING) or q.has(*_YES_NO_OPENING) or q.tokens[:1] in (("est",), ("la",))):
        return None
    said = (best.summary_fr or best.summary) if q.lang == "fr" else best.summary
    lines = [say("pr.no", q.lang, text=said[:1].lower() + said[1:])]
    delay = next((r for r in ctx.meeting.rules if "delayed" in fold(r.text)), None)
    if delay is not None and _WAITS.search(q.folded):  # "… so the session will be paused until I reconnect. Is that
        lines.append((delay.summary_fr or delay.summary) if q.lang == "fr" else delay.summary)  # right?": nor is it
    return text_answer(ctx.meeting, q.lang, said, *lines)  # delayed for a participant who cannot connect


#: The meeting said to wait for a participant who drops ("the chair will pause the session if I get disconnected,
#: right?", "la réunion m'attendra si je suis coupé ?").
_WAITS = re.compile(r"\b(?:pause|pauses|paused|wait|waits|waiting|hold|holds|delay|delayed|delays|stop|stops|suspend|"
                    r"suspended|attend|attendra|attendre|attendront|suspendre|suspendra|interrompre|interrompra|"
                    r"retarder|retardera|arreter|arretera|interrompue?s?|suspendue?s?|retardee?s?|arretee?s?|"
                    r"en pause)\b")
_DROPS = re.compile(r"\b(?:disconnect\w*|drops?|dropped|lose|loses|lost|cut off|connection|connexion|deconnect\w*|"
                    r"coupe|coupee|perds|perd|tombe|can t connect|cannot connect|crash\w*)\b")
#: Waiting for the one whose sound is poor ("attendra que je règle le problème", "will wait for me to fix it").
_WAITS_FOR_IT = re.compile(r"\b(?:wait|waits|waiting|attend|attendra|attendre|attendront|pause|pauses|paused|delay|"
                           r"delayed|retarder|retardera|suspend|suspended|suspendre|suspendra)\b")
#: Poor sound said ("si mon micro grésille", "my audio is bad", "le son est mauvais"; not "son exposé", "an audio
#: check").
_POOR_SOUND = re.compile(r"\b(?:gresill\w*|crackl\w*|inaudibles?|garbled|choppy)\b|\b(?:audio|micro|mic|microphone|sound|"
                         r"son|voix|voice)\b(?:\s+\w+){0,3}?\s+(?:bad|poor|awful|terrible|crap|mauvais|mauvaise|pourri|"
                         r"insuffisant\w*|nul|nulle)\b|\b(?:bad|poor|mauvais|mauvaise)\s+(?:audio|sound|son|micro|mic)\b")
#: The waiting denied in the claim itself ("will not be delayed", "n'attendra pas"): a right claim.
_NOT_WAITING = re.compile(r"\b(?:not|won t|wont|will not|never|no|ni|pas|n attend\w*|ne sera pas)\b(?:\s+\w+){0,2}\s+"
                          r"(?:be\s+)?(?:pause\w*|wait\w*|hold\w*|delay\w*|stop\w*|suspend\w*|retard\w*|interromp\w*|"
                          r"attend\w*)|\bn attend")
#: The asker's own connection in trouble ("my internet is very slow", "ma connexion est instable"): the letter's best
#: effort is said beside its rule on delays.
OWN_CONNECTION = re.compile(r"\b(?:my|our|mon|ma|notre|nos)\s+(?:internet|connection|connexion|wifi|wi fi|network|"
                            r"reseau|bandwidth|bande passante|line|ligne)\b")
#: Remote participation said to be guaranteed, where the letter says best effort.
_GUARANTEED = re.compile(r"\b(?:guarantee|guaranteed|guarantees|garanti|garantie|garantis|assured|100 ?%)\b")
_YES_NO_OPENING = ("will", "would", "does", "do", "is", "can", "shall", "est ce", "le president va", "la reunion va",
                   "va t", "vont t")


#: The chairman, not a participant, said to drop ("if the chair's mymeetings drops", "si le président est coupé"):
#: the letter's rule speaks of remote participants only.
_THE_CHAIR_DROPS = re.compile(r"\b(?:chair|chairman|chairperson|chairwoman|president|presidente)(?: s)?\b(?:\s+\w+){0,3}?"
                              r"\s+(?:drops?|dropped|loses|lost|disconnect\w*|crash\w*|is cut off|gets cut off|"
                              r"est coupee?|perd|tombe|se deconnecte)\b")


#: A belief said as such ("je suppose que la séance sera suspendue …", "I assume they will pause …").
_SUPPOSED = re.compile(r"\b(?:je suppose|je presume|j imagine|je pense|je crois|i suppose|i assume|i guess|i imagine|"
                       r"presumably|i expect|i believe|i understand that|if i understand|si je comprends bien)\b")


#: Decisions named ("decisions", "décisions", "vote"; not "travel approval", nor "I need to decide on travel").
_DECISIONS = re.compile(r"\b(?:decisions?|decision making|vot(?:e|es|ed|ing)|voter)\b")
#: Decisions said to wait for a meeting in person, or not to be taken in the virtual sessions.
_NOT_REMOTELY = re.compile(r"\b(?:in person|en personne|(?:en )?presentiel|physical(?:ly)?|physique|face to face|on site|"
                           r"sur place|in geneva|a geneve)\b|\bnot (?:in|during|at) (?:the )?(?:virtual|online|remote)|"
                           r"\bpas (?:en|pendant les|lors des|dans les) (?:seances? )?(?:virtuel|ligne|distance)")


def _decisions_in_person_claim(ctx: Context, q: Question) -> Reply | None:
    """"No:" to decisions being left to a meeting in person ("I heard decisions will only be taken later in person, not
    in the virtual sessions"): the letter's rule that the remote tool serves every session, decision-making ones
    included; None when no such claim is made."""
    remote = _NOT_REMOTELY.search(q.folded)
    if not (_DECISIONS.search(q.folded) and remote) or ctx.meeting.format != "virtual" \
            or re.search(r"\b(?:no|not|pas|aucune?|sans|without|there s no|there is no|n y a pas de)\s+(?:\w+\s+)?$",
                         q.folded[:remote.start()]):
        return None  # "Since there's no physical meeting, will we vote online?": the format said right
    rule = next((r for r in ctx.meeting.rules if "decision" in fold(r.text)), None)
    if rule is None:
        return None
    text = (rule.text_fr or rule.text) if q.lang == "fr" else rule.text
    sentence = next((part for part in re.split(r"(?<=\.)\s+", " ".join(text.split())) if "decision" in fold(part)), text)
    if not (q.has(*CONFIRMING) or _SUPPOSED.search(q.folded) or _HEARD.search(q.folded)):
        return text_answer(ctx.meeting, q.lang, say("pr.checked", q.lang), sentence)  # "will decisions be taken in
        # MyMeetings, or only in person later?": asked, not claimed
    return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang),
                       say("pr.no", q.lang, text=sentence[:1].lower() + sentence[1:]))


#: The plenaries said not to be remote ("Les séances plénières de la CE ne sont pas accessibles à distance, c'est bien
#: ça ?", "plenary sessions are not available remotely, right?").
_PLENARIES_NOT_REMOTE = re.compile(
    r"\b(?:plenary|plenaries|pleniere|plenieres|decision making sessions?|seances? de decision)\b(?:\s+\w+){0,6}?\s+"
    r"(?:are not|is not|aren t|isn t|won t be|will not be|ne sont pas|n est pas|ne seront pas|ne sera pas)\s+"
    r"(?:(?:accessibles?|available|disponibles?|open)\s+)?(?:to remote participants|remotely|remote|a distance|en ligne|"
    r"online)\s*(?:[,?!.]|c est|right|correct|n est ce|$)")


#: Whether one may take part remotely in the plenaries, asked ("je peux intervenir à distance même en plénière ?", "can
#: I take part remotely in the plenary?").
_PLENARIES_REMOTE_ASKED = re.compile(
    r"^(?:et |and |so |alors )?(?:can i|can we|could i|may i|je peux|puis je|on peut|peut on|pourrai je|est ce que je "
    r"peux)\s+(?:\w+\s+){0,2}?(?:a distance|remotely|en ligne|online)\s+(?:meme |even |aussi |also |too )?(?:en|in|during|"
    r"lors des?|pendant la|a la|aux|at)\s+(?:la |the |les |des )?(?:seances? |sessions? )?(?:plenary|plenaries|pleniere|"
    r"plenieres)(?: sessions?)?(?: too| aussi| also)?(?: (?:ou|where) (?:se prennent les decisions|les decisions sont "
    r"prises|decisions are (?:taken|made)))?\s*[?!.]*$")


def _plenaries_remote_claim(ctx: Context, q: Question) -> Reply | None:
    """"No:" to the plenaries not being remote ("Les séances plénières de la CE ne sont pas accessibles à distance,
    c'est bien ça ?"): the letter's rule that the remote tool serves every session, plenaries included; None unless
    so claimed."""
    denied = _PLENARIES_NOT_REMOTE.search(fold(q.raw)) is not None
    asked = _PLENARIES_REMOTE_ASKED.match(fold(q.raw)) is not None \
        and not any(name_concepts().get(t) == "language" for t in q.tokens)  # not "can I speak French remotely in the
    # plenary?", which the working language answers
    if not (denied or asked) or ctx.meeting.format != "virtual":
        return None
    rule = next((r for r in ctx.meeting.rules if "decision" in fold(r.text)), None)
    if rule is None:
        return None
    text = (rule.text_fr or rule.text) if q.lang == "fr" else rule.text
    sentence = next((part for part in re.split(r"(?<=\.)\s+", " ".join(text.split())) if "decision" in fold(part)), text)
    return text_answer(ctx.meeting, q.lang, say("pr.title" if denied else "pr.confirm", q.lang),
                       say("pr.no" if denied else "pr.yes", q.lang, text=sentence[:1].lower() + sentence[1:]))


#: Something heard ("I heard …", "on m'a dit …").
_HEARD = re.compile(r"\b(?:i heard|i ve heard|i was told|apparently|as i understand|j ai entendu|on m a dit|il parait)\b")


def _waiting_claim(ctx: Context, q: Question) -> Reply | None:
    """"No:" to the meeting waiting for a participant who drops, with the letter's own rule (and its best effort
    when the claim takes remote participation for guaranteed); None when no such claim is made."""
    sound = _POOR_SOUND.search(q.folded) is not None and not _DROPS.search(q.folded) \
        and _WAITS_FOR_IT.search(q.folded) is not None  # "… le Président attendra que je règle le problème ?" (not
    # "can the chair stop me from speaking?", which the rule answers yes)
    if not (_WAITS.search(q.folded) and (_DROPS.search(q.folded) or sound)) or q.tokens[:1] and q.tokens[0] in WH_WORDS \
            or not (q.has(*CONFIRMING) or q.has(*_YES_NO_OPENING) or _SUPPOSED.search(q.folded)) \
            or _NOT_WAITING.search(q.folded):
        return None  # "… and the meeting will not be delayed for connection problems. Confirm?" claims it right
    lang = q.lang
    rules = ctx.meeting.rules
    no_delay = next((r for r in rules if re.search(r"\bnot (?:be )?delayed\b", fold(r.text))), None)
    if no_delay is None:
        return None
    best = next((r for r in rules if "best effort" in fold(r.text)), None)
    poor_sound = next((r for r in rules if r.topic == "sound"), None) if sound else None
    if poor_sound is not None:  # "si mon micro grésille, le Président attendra que je règle le problème ?": he may
        said = (poor_sound.summary_fr or poor_sound.summary) if lang == "fr" else poor_sound.summary  # interrupt
        return text_answer(ctx.meeting, lang, say("pr.title", lang), say("pr.no", lang, text=said[:1].lower() + said[1:]),
                           (poor_sound.text_fr or poor_sound.text) if lang == "fr" else poor_sound.text,
                           (no_delay.text_fr or no_delay.text) if lang == "fr" else no_delay.text)
    said = (no_delay.summary_fr or no_delay.summary) if lang == "fr" else no_delay.summary
    lines = [say("pr.no", lang, text=said[:1].lower() + said[1:]),
             (no_delay.text_fr or no_delay.text) if lang == "fr" else no_delay.text]
    if best is not None and (_GUARANTEED.search(q.folded) or OWN_CONNECTION.search(q.folded)):
        lines.append((best.summary_fr or best.summary) if lang == "fr" else best.summary)
    if _THE_CHAIR_DROPS.search(q.folded):  # "delayed if the chair's mymeetings drops?": the rule is for participants
        lines = [lines[1], say("oos.part", lang, words=say("pr.chair_drops", lang), email=ctx.meeting.contacts.email)]
        return text_answer(ctx.meeting, lang, said, *lines)
    claimed = q.has(*CONFIRMING) or q.has("since", "as", "puisque", "comme")  # a claim is corrected; a plain
    # question ("la réunion m'attend ?") is answered under the rule's own heading
    return text_answer(ctx.meeting, lang, say("pr.title", lang) if claimed else said, *lines)


_CHAIR = r"(?:the |le |la |our |notre )?(?:sg ?17 |ce ?17 )?(?:chair|chairman|chairperson|chairwoman|president|presidente)" \
         r"(?: of (?:the )?(?:sg ?17|study group 17|study group)| de la (?:ce ?17|commission d etudes 17?))?"
_TITLE = r"(?:(?:mr|mrs|ms|dr|prof|m|mme|monsieur|madame)\.? )?"
#: A person claimed to chair the study group ("the sg17 chairman is Arkadiy Kremer isn't it?", "is the chairman
#: John Smith?", "le président c'est M. Dupont ?").
_CHAIR_NAMED = re.compile(rf"\b{_CHAIR} (?:is|s|est|c est|s appelle|is called|is named|was) {_TITLE}(?P<who>[a-z]+(?: [a-z]+){{0,2}})"
                          rf"|\b(?:is|est ce que|c est|isn t) {_CHAIR} {_TITLE}(?P<who2>[a-z]+(?: [a-z]+){{0,2}})")
#: Words after the role that end the name claimed ("… isn't it", "… right", "… je crois").
_AFTER_THE_NAME = frozenset("isn t it right correct no non yes oui n est ce pas je crois i think i believe still now "
                            "again or ou and et from de du who qui based located living staying sitting currently "
                            "also going coming available absent online connected joining base situe installe".split())
# "… where the chairman is based?": a place follows, no name


#: The TSB's Director said to chair the meeting ("la réunion est présidée par le directeur du TSB, c bien ça ?").
_DIRECTOR_CHAIRS = re.compile(r"\b(?:chaired|presided|led|run|presidee?|dirigee?)\s+(?:over\s+)?(?:by|par)\s+(?:the\s+|le\s+|la\s+)?"
                              r"(?:tsb\s+)?(?:director|directeur|directrice)\b|\b(?:the\s+|le\s+)?(?:tsb\s+)?"
                              r"(?:director|directeur)\s+(?:du\s+tsb\s+|of\s+(?:the\s+)?tsb\s+)?(?:chairs|preside|presides|"
                              r"will chair|is chairing|is the chair)\b")


def _director_chairs_claim(ctx: Context, q: Question) -> Reply | None:
    """"The meeting is chaired by the TSB Director, right?": No, the chairman chairs it; the Director signs the
    letter; None without that claim."""
    person, m = ctx.meeting.chairman, ctx.meeting
    if person is None or not _DIRECTOR_CHAIRS.search(q.folded):
        return None
    lang = q.lang
    name = (person.name_fr or person.name) if lang == "fr" else person.name
    country = (person.country_fr or person.country) if lang == "fr" else person.country
    signer = (m.signed_by_fr or m.signed_by) if lang == "fr" else m.signed_by
    return text_answer(m, lang, say("pr.title", lang), say("pr.director_chairs", lang, name=name, country=country,
                                                           signer=signer or ""))


def _chair_name_claim(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A name claimed for the chairman: Yes or No with the chairman's name and country; None when the words after
    the role are no name (a word the bot knows: "the chairman is able to …", "the chair is from …")."""
    person = ctx.meeting.chairman
    match = _CHAIR_NAMED.search(q.folded)
    if match is None or not (q.has(*CONFIRMING) or q.raw.rstrip().endswith("?")) or country_claim(ctx, q) is not None:
        return None  # "c'est M. Youm du Japon ?": the country claimed is what the country check corrects
    said = []
    for word in (match["who"] or match["who2"]).split():
        if word in _AFTER_THE_NAME:
            break
        said.append(word)
    own = {w for w in fold(person.name).split() if len(w) > 2} | {w for part in fold(person.name).split()
                                                                   for w in part.split("-") if len(w) > 2}
    if not said or any(kb.corrector.knows(w) and w not in own for w in said) \
            or any(w in country_names() or w in name_concepts() for w in said):
        return None
    right = bool(set(said) & own)
    lang = q.lang
    country = (person.country_fr or person.country) if lang == "fr" else person.country
    name = (person.name_fr or person.name) if lang == "fr" else person.name
    key = "pr.chair.yes" if right else "pr.chair.no"
    return text_answer(ctx.meeting, lang, say("pr.confirm" if right else "pr.title", lang),
                       say(key, lang, name=name, country=country or ""))


#: The letter said to be signed by, or to come from, someone ("la lettre est signée par le président … ?").
_SIGNED_BY = re.compile(r"\b(?:letter|lettre|invitation)\b.{0,40}\b(?:signed|signee|signe|sent|envoyee|written|ecrite|"
                        r"redigee|from|de la part)\b(?:\s+by|\s+par)?\s+(?P<who>.{0,60})")
#: A letter of the asker's own, not the meeting's ("our nomination letter", "la lettre de nomination").
_ANOTHER_LETTER = re.compile(r"\b(?:nomination|credentials?|accreditation|support|visa|recommendation|cover|our|my|his|"
                             r"her|their|notre|ma|mon|sa|son|leur)\s+(?:letter|lettre)\b|\blettre\s+de\s+(?:nomination|"
                             r"creance|soutien|recommandation)\b")
#: Who the claim may name instead of the letter's signer, right after "signed by" ("the SG17 chairman", "M. Youm").
_OTHER_SIGNERS = r"(?:(?:the|le|la|l|du|de|mr|m|monsieur|sg17|sg|ce|17|study|group|our|notre)\s+){0,4}" \
                 r"(?:chair|chairman|chairperson|president|presidente|vice|counsellor|conseiller|secretary general|" \
                 r"secretaire general{surname})\b"


#: The signer named before the verb ("the chairman signed the letter", "M. Youm a signé la lettre").
_SIGNER_FIRST = re.compile(r"(?P<who>(?:\w+\s+){1,5}?)(?:a\s+|has\s+|have\s+|himself\s+)?(?:signed|sign|signe|wrote|written|"
                           r"ecrit|redige|sent|envoye)\s+(?:la\s+|the\s+|cette\s+|this\s+)?(?:lettre|letter|invitation)\b")


#: Who signed asked, with a guess after it ("who signed the letter — the SG17 chairman, I assume?").
_SIGNER_GUESSED = re.compile(r"\b(?:who|qui)\s+(?:signed|a signe|signe)\s+(?:the\s+|la\s+|this\s+|cette\s+)?"
                             r"(?:letter|lettre|invitation)\b\W*(?P<who>.{0,60})")


def _signer_claim(ctx: Context, q: Question) -> Reply | None:
    """"The letter is signed by the SG17 chairman, Mr Youm, right?": no, it is from its signer (the TSB Director)."""
    m = ctx.meeting
    match = _SIGNED_BY.search(q.folded)
    if match is not None and _ANOTHER_LETTER.search(q.folded[:match.end()]):
        match = None  # "… faxing the nomination letter signed by the vice chancellor": the asker's own letter
    first = _SIGNER_FIRST.search(q.folded)  # "le président Youm a signé la lettre, c'est ça ?"
    guessed = _SIGNER_GUESSED.search(q.folded)  # "who signed the letter — the SG17 chairman, I assume?"
    if m.signed_by is None or match is None and first is None and guessed is None:
        return None
    surname = fold(m.chairman.name.split()[-1])
    others = _OTHER_SIGNERS.replace("{surname}", f"|{re.escape(surname)}")
    if not (match is not None and re.match(others, match["who"])
            or first is not None and re.search(rf"\b{others}", first["who"])
            or guessed is not None and re.match(others, guessed["who"])):
        return None  # "does the letter from TSB say the chairman can cut me off?": the chairman is not the signer
    signer = (m.signed_by_fr or m.signed_by) if q.lang == "fr" else m.signed_by
    lines = [say("pr.signed.no", q.lang, who=signer)]
    if _WRITE_TO.search(q.folded):  # "… pouvons-nous lui adresser directement nos questions pratiques ?": whom to ask
        lines.append(say("pr.ask_the_secretariat", q.lang, email=m.contacts.email))
    return text_answer(m, q.lang, say("pr.title", q.lang), *lines)


#: Writing or sending questions to someone asked ("can we send him our questions?", "pouvons-nous lui adresser nos
#: questions ?").
_WRITE_TO = re.compile(r"\b(?:adresser|envoyer|ecrire|poser|contacter|joindre|write|send|ask|contact|email|e mail|reach|"
                       r"address)\b.{0,40}\b(?:questions?|him|lui|le contacter|directly|directement)\b|\b(?:questions?)\b"
                       r".{0,30}\b(?:to him|a lui|directement|directly)\b")


#: Coming to the venue taken for granted ("I plan to come to Geneva in person for the opening, which room?").
_IN_PERSON = re.compile(r"\b(?:come to geneva|coming to geneva|travel to geneva|travelling to geneva|fly to geneva|"
                        r"flying to geneva|be in geneva|in geneva in person|in person for|which room|what room|"
                        r"quelle salle|venir a geneve|aller a geneve|me rendre a geneve|sur place a geneve)\b")


def _in_person_claim(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A plan to attend in person corrected: the meeting is virtual, with no venue."""
    entry = kb.find("fact", "format")
    planned = bool(_IN_PERSON.search(q.folded) and _PLANNED.search(q.folded)) or bool(_PRESENCE_NEEDED.search(q.folded)) \
        or _geneva_claimed(q)
    if entry is None or entry.answer is None or ctx.meeting.format != "virtual" or not planned \
            or q.has(*_TRAVEL_TOPICS) and not _geneva_claimed(q):  # "can I come to Geneva?" asks, which
        # the format's own answer does
        return None  # "we could apply for a fellowship to come to Geneva": the fellowship's own "no" answers
    lines = [str(line[0]) for line in entry.answer(ctx.meeting, q.lang) if line and isinstance(line[0], str)]
    first = lines[0][:1].lower() + lines[0][1:]
    if dates_in(q.raw, ctx.meeting.start_date.year):  # "la réunion a lieu à Genève du 24 au 28 août, c'est ça ?": its
        lines.append(dates_line(ctx.meeting, q.lang))  # days too
    for topic in ctx.meeting.practical:  # "since it is in Geneva, where do I apply for a Swiss visa?": and the visa's
        if q.has(*(fold(k) for k in topic.keywords if fold(k) in _TRAVEL_TOPICS)):  # own answer
            lines.append((topic.text_fr or topic.text) if q.lang == "fr" else topic.text)
    return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang), say("pr.no", q.lang, text=first), *lines[1:])


#: Being at the venue said or asked to be needed ("pour les plénières il faut être à Genève non ?", "do we have to be
#: in Geneva for the plenaries?").
_PRESENCE_NEEDED = re.compile(r"\b(?:il faut|faut il|faudra|faudra t il|on doit|doit on|devons nous|nous devons|je dois|"
                              r"dois je|must|have to|has to|need to|needs to|required to|obliged to)\s+(?:\w+\s+){0,2}?"
                              r"(?:etre|be|travel|aller|venir|come|go|fly|flight|voyager|prendre l avion)\s+"
                              r"(?:physically |physiquement )?"
                              r"(?:a geneve|in geneva|to geneva|en geneve|sur place|on site|onsite|there in person|"
                              r"in person|en personne|en presentiel|to switzerland|in switzerland|en suisse)\b")


#: The meeting said to be held in Geneva ("so the meeting is in Geneva right?", "la réunion a lieu à Genève ?").
_HELD_IN_GENEVA = re.compile(r"\b(?:meeting|it|sg ?17|reunion|ce ?17|plenary|plenaries|pleniere|plenieres)\s+(?:is|will be|"
                             r"est|sera|se tient|se tiendra|takes place|will take place|se deroule|a lieu|aura lieu)\s+"
                             r"(?:held\s+|physically\s+|physiquement\s+)?(?:in|at|a|au|en)\s+(?:geneva|geneve|the cicg|"
                             r"cicg|itu hq|itu headquarters|the itu headquarters)\b(?!\s+(?:time|hours?|heure|zone))"
                             r"|\b(?:since|as|comme|puisque|vu que)\s+(?:its|it s|c est|cest|ca se passe)\s+(?:in|at|a|au|en)\s+"
                             r"(?:geneva|geneve)\b(?!\s+(?:time|hours?|heure|zone))")  # "since its in geneva, …"
#: Something said to happen in person in Geneva ("decisions are only taken in the physical plenary in Geneva").
_PHYSICAL_IN_GENEVA = re.compile(r"\b(?:physical|physically|physique|physiquement|in person|en presentiel|en personne)\b"
                                 r"[^?.]{0,40}?\b(?:in|at|a|en)\s+(?:geneva|geneve)\b")


#: The meeting said to take place in a named place ("la réunion aura lieu à Séoul", "the meeting is held in Busan").
_HELD_IN_A_PLACE = re.compile(r"\b(?:meeting|reunion|sg ?17|ce ?17)\s+(?:will be held|is held|will take place|takes place|"
                              r"se tient|se tiendra|a lieu|aura lieu|se deroule|se deroulera)\s+(?:in|at|a|au|en)\s+"
                              r"([a-z]+(?: [a-z]+)?)")


def _held_in_a_city(q: Question) -> re.Match[str] | None:
    """The meeting said to be held in a city the place table knows (not "in English", "in August")."""
    said = _HELD_IN_A_PLACE.search(q.folded)
    if said is None or said[1].split()[0] in MONTHS or said[1].split()[0] in ("english", "anglais", "person",
                                                                               "personne", "ligne", "line"):
        return None
    written = re.search(rf"\b(?:in|at|à|a|au|en)\s+({re.escape(said[1].split()[0])})(?=\s*(?:[,.?!;]|$|chez|this|"
                        rf"cette|right|correct|non|n'est|c'est|instead|plut[oô]t|like|comme))", fold(q.raw, lower=False),
                        re.IGNORECASE)
    if written is None or not written[1][:1].isupper():
        return None  # "takes place in split sessions", "in Asia-friendly hours", "in time for TSAG": no city named
    from bot.questions.places import find_place  # the city table is loaded only when a place is named
    return said if find_place(said[1].split()[0]) is not None or find_place(said[1]) is not None else None


def _geneva_claimed(q: Question) -> bool:
    """Whether the question claims the meeting is held in Geneva: asked to be confirmed, with travel being planned,
    or as the yes/no question itself ("si j'ai bien compris, la réunion se tient à Genève avec … ?")."""
    if _HELD_IN_GENEVA.search(q.folded) is None and _PHYSICAL_IN_GENEVA.search(q.folded):  # "I assume decisions are
        return q.has(*CONFIRMING, "i assume", "i guess", "je suppose", "j imagine")  # taken in the physical plenary in
    held = _HELD_IN_GENEVA.search(q.folded) or _held_in_a_city(q)  # Geneva, correct?" (not "can I attend in person in
    if held is None:  # Geneva?", a question)
        return False
    rest = q.folded[held.end():]
    up_to_the_mark = rest.split("?")[0]
    asked_as_such = "?" in rest and not re.search(r"[.!]", up_to_the_mark) and not re.search(
        r"\b(?:what|when|which|how|quand|quel|quelle|comment|a quelle heure)\b", up_to_the_mark)
    return bool(q.has(*CONFIRMING) or _TRAVEL_PLANNED.search(q.folded) or asked_as_such)


#: Travel planned or being booked ("need to book flights", "je réserve mon vol").
_TRAVEL_PLANNED = re.compile(r"\b(?:book|booking|booked|reserve|reserver|reservation|fly|flying|flight|flights|vol|vols|"
                             r"billet|billets|hotel|hotels)\b")


#: A plan said, not asked ("I plan to come", "je vais venir", "which room?" takes one for granted).
_PLANNED = re.compile(r"\b(?:i plan|we plan|planning to|i ll|i will|we ll|we will|i m coming|i am coming|we re coming|"
                      r"we are coming|je vais|nous allons|on va|je compte|nous comptons|je viens|which room|what room|"
                      r"quelle salle)\b")


#: Travel topics that have an answer of their own (no fellowships, no visas): a trip named with them is theirs.
_TRAVEL_TOPICS = ("fellowship", "fellowships", "bourse", "bourses", "visa", "visas")


#: "Is this the SG20 meeting?", "c'est bien la réunion de la CE 2 ?": which study group's meeting this is.
GROUP_CLAIM = re.compile(r"\b(?:is this|is it|this is|c est|c la|cest la|est ce|is that|it s)\b.{0,25}?\b(?:(?:sg|ce)\s?(\d{1,2})|"
                          r"study group\s+(\d{1,2})|commission d etudes\s+(\d{1,2}))\b")


def _other_group_claim(ctx: Context, q: Question) -> Reply | None:
    """"Is this the SG20 IoT meeting?": no, this is the study group's own meeting, with its dates."""
    m = ctx.meeting
    match = GROUP_CLAIM.search(q.folded)
    if match is None or int(match[1] or match[2] or match[3]) == m.study_group:
        return None
    written = re.search(r"(?i)\b(?:sg|ce)\s?\d{1,2}\b|\bstudy group\s+\d{1,2}\b|\bcommission d.?[eé]tudes\s+\d{1,2}\b",
                        q.raw)
    return text_answer(m, q.lang, say("pr.title", q.lang),
                       say("pr.group.no", q.lang, group=written[0] if written else match[0]), dates_line(m, q.lang))


#: Registration taken to be unneeded ("since it's virtual there's no registration, I can just join?").
_NO_REGISTRATION = re.compile(r"\b(?:skip (?:the )?registration|skip registering|skip the registering|"
                              r"without (?:a )?registration|sans passer par l inscription|no registration|no need to register|don t need to register|do not need to register|"
                              r"dont need to register|without registering|not register|no need for registration|"
                              r"registration is not needed|registration isn t needed|registration not needed|"
                              r"pas besoin de s inscrire|pas besoin de m inscrire|pas besoin de nous inscrire|"
                              r"pas besoin d inscription|pas d inscription|sans inscription|"
                              r"sans m inscrire|sans s inscrire|inscription n est pas necessaire|"
                              r"(?:registration|registering|inscription|s inscrire)(?: is| s| est)?(?: not| isn t| n est pas|"
                              r" pas)(?: really)? (?:mandatory|required|compulsory|obligatory|necessary|needed|"
                              r"obligatoire|necessaire|requise|exigee)|"
                              r"(?:registration|inscription)(?: is| est)? (?:optional|facultative|optionnelle)|"
                              r"(?:don t|do not|dont|won t) (?:have|need) to (?:register|sign up)|no need to sign up|"
                              r"(?:(?:not|never) registered|(?:haven t|have not|havent|couldn t|could not|didn t|did not|"
                              r"forgot to) register|pas pu m inscrire|pas reussi a m inscrire|oublie de m inscrire|"
                              r"pas (?:encore )?inscrite?s?)(?: yet| in time| a temps| encore)?,? (?:but|mais))\b")


#: The asker saying what they will do ("i will just join the zoom on monday without registering"): a plan that
#: rests on the claim, as much as a question does.
_ASKER_PLANS = re.compile(r"\b(?:i will|i ll|i m going to|im going to|i am going to|we will|we ll|je vais|nous allons|"
                          r"on va|we are thinking to|we re thinking of|we are thinking of|i m thinking of|"
                          r"ill (?=skip|just|join|go|use|get|do))\b|^(?:since|as|puisque|comme|vu que)\b")


#: Registering still asked ("is it still possible to do it?", "can I still register?", "je peux encore m'inscrire ?").
_STILL_REGISTERING = re.compile(r"\b(?:still|encore|toujours)\s+(?:possible|open|ouverte?|time|temps|register|m inscrire|"
                                r"s inscrire|do it|le faire)\b|\b(?:too late|trop tard)\b")


def _no_registration_claim(ctx: Context, q: Question) -> Reply | None:
    """"Since it's virtual there's no registration, I can just join MyMeetings, yes?": no, registration is
    mandatory, and only confirmed delegates get into MyMeetings."""
    m = ctx.meeting
    rule = next((r for r in m.rules if r.id == "register-to-participate"), None)
    said = _NO_REGISTRATION.search(q.folded) or _NO_REGISTRATION.search(fold(q.raw))  # as written: "need to
    # register" is read as "mandatory register"
    if rule is None or not said or not (q.has(*CONFIRMING) or q.raw.rstrip().endswith("?")
                                        or _ASKER_PLANS.search(q.folded)):
        return None
    if _STILL_REGISTERING.search(q.folded):
        return None  # "I did not register yet, is it still possible to do it?": whether registration is still open
    deadline = next((d for d in m.deadlines if d.id == "registration"), None)
    lines = [say("pr.registration", q.lang, rule=rule.summary_fr or rule.summary if q.lang == "fr" else rule.summary)]
    if deadline is not None:
        lines.append(say("day.deadline", q.lang, what=(deadline.what_fr or deadline.what) if q.lang == "fr"
                         else deadline.what, day=day(deadline.date, q.lang)))
    return text_answer(m, q.lang, say("pr.title", q.lang), *lines)


#: A rule said to hold only for meetings held in person ("the focal point approval is only for physical meetings",
#: "l'approbation, c'est seulement pour les réunions en présentiel").
_IN_PERSON_ONLY = re.compile(r"\b(?:only|just|seulement|uniquement)\s+(?:for|applies to|apply to|needed for|pour|"
                             r"valable pour|in|a|aux)\s+(?:the\s+|les\s+|des\s+|la\s+)?(?:(?:reunions?|meetings?|seances?|sessions?)\s+)?(?:physical|in person|face to face|"
                             r"on site|onsite|physiques?|presentiel(?:le)?s?|en presentiel|en personne)\b"
                             r"|\bqu en presentiel\b|\bque pour les reunions (?:physiques|en presentiel)\b")
#: Registration's own steps named ("the focal point approval", "confirmed", "MyMeetings directly").
_REGISTRATION_STEPS = ("focal point", "point focal", "coordonnateur", "approval", "approve", "approbation", "approuver",
                       "registration", "register", "inscription", "inscrire", "confirmed", "confirmation", "confirmee")


#: Words of the claim itself, which pick no sentence of the registration rules.
_CLAIM_WORDS = ("registration register registering form filled fill only just physical meeting meetings in person "
                "directly join since inscription inscrire formulaire rempli seulement uniquement reunion reunions "
                "presentiel physique directement")


def _registration_in_person_only_claim(ctx: Context, q: Question) -> Reply | None:
    """"Since I filled in the form I can join MyMeetings directly; the focal point approval is only for physical
    meetings, right?": no, the registration rules are this virtual meeting's own, each said from the letter."""
    m, lang = ctx.meeting, q.lang
    topic = m.practical_topic("registration")
    if topic is None or not _IN_PERSON_ONLY.search(q.folded) or not q.has(*_REGISTRATION_STEPS):
        return None
    text = (topic.text_fr or topic.text) if lang == "fr" else topic.text
    asked = focus.stems_of(q.raw) - focus.stems_of(_CLAIM_WORDS)  # what the claim is about, not how it is said
    kept = [sentence for sentence in focus.sentences(text) if focus.stems_of(sentence) & asked]
    rule = next((r for r in m.rules if r.id == "register-to-participate"), None)
    lines = [say("pr.in_person_only", lang), *(kept or [text])]
    if rule is not None:
        lines.append((rule.summary_fr or rule.summary) if lang == "fr" else rule.summary)
    return text_answer(m, lang, say("pr.title", lang), *lines)


#: The letter named as what is dated ("la lettre est datée du 8 juillet", "the letter was sent on 8 July").
_LETTER_DATED = re.compile(r"\b(?:letter|lettre|invitation|collective)\b.{0,30}\b(?:dated|datee|date|sent|envoyee|"
                           r"issued|signed|signee|emise)\b"
                           r"|\b(?:letter|lettre|circular|circulaire)\b.{0,60}\b\d{1,2}/\d{1,2}\s+(?:du|of|from)\s+\d")  # "la
# lettre collective … c'est bien la 9/17 du 8 juin ?"


#: The letter said to give a date, not to be dated ("the letter only says a date", "la lettre ne donne qu'une date").
_ONLY_A_DATE = re.compile(r"\b(?:says|say|gives|give|has|mentions|states|lists|donne|dit|indique|mentionne)\s+"
                          r"(?:only\s+|just\s+)?(?:a|the|one|une|la)\s+date\b|\bqu une date\b|\bonly (?:a|the) date\b")


def _letter_date_claim(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A date claimed for the letter itself: checked against the letter's own date, and the date of a deadline the
    question names beside it ("since the letter was sent on 24 June, the translation deadline was the same day?")."""
    from bot.questions.deadline_intent import deadlines_named  # the intent reads premises of its own
    claims = dates_in(q.raw, ctx.meeting.letter_date.year)
    if not claims or not _LETTER_DATED.search(q.folded) or _ONLY_A_DATE.search(q.folded):
        return None  # "is the 11 aug deadline at midnight? the letter only says a date": the deadline's, not the
        # letter's own
    m, lang = ctx.meeting, q.lang
    right = claims[0].date == m.letter_date
    named = [say("day.deadline", lang, day=day(d.date, lang), what=(d.what_fr or d.what) if lang == "fr" else d.what)
             for d in deadlines_named(q, kb)]
    return text_answer(m, lang, say("pr.confirm" if right else "pr.title", lang),
                       say("pr.letter_date.yes" if right else "pr.letter_date.no", lang, day=day(m.letter_date, lang),
                           reference=(m.reference_fr or m.reference) if lang == "fr" else m.reference), *named)


def _asks_yes_or_no_of_an_item(q: Question) -> bool:
    """Whether the question claims something of an item to be confirmed ("item 2 covers …, right?")."""
    return q.has(*CONFIRMING) and not clauses.opens_with_a_wh_word(q.folded)


#: Which agenda item asked, anywhere in the question ("…, il est traité sous quel point ?").
_WHICH_ITEM_ASKED = re.compile(r"\b(?:quel|which|what)\s+(?:agenda\s+)?(?:point|item|sous point|sub item)\b")


def _agenda_date_claim(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A date claimed of an agenda item whose title is dated ("Item 2a is the report of the 17-27 March meeting
    right?", "le e-plenary c'était le 29 juin non ?"): checked against the title, never against the meeting's own
    dates."""
    year = ctx.meeting.start_date.year
    claims = dates_in(q.raw, year)
    months = [] if claims else sorted(set(months_named(q.folded)) | set(months_dated(q.folded)))  # "the last sg17
    # meeting in april", "the January 2020 SG17 meeting": a month alone
    if not claims and not months:
        return None
    ref = agenda_intent.find_ref(q, len(ctx.agenda.items()))
    entry = ctx.agenda.get(ref) if ref is not None else None
    if entry is None:
        query, _ = agenda_intent.topic_words(q, None)
        month_stems = set(stems(calendar_words(), languages=False))
        undated = [t for t in query if t in kb.ranker.idf and not t.isdigit() and t not in month_stems]
        searched = agenda_intent.search(kb, undated) if undated else []
        found = [e for e in searched if dates_in(e.title, year)]
        if not found and claims and len(undated) > 1 and re.search(r"\b(?:plenary|pleniere|meeting|reunion)\b",
                                                                    q.folded):  # "Our legal team says … an SG17
            # e-plenary on 29 June": the one
            each = {e.ref: e for t in undated for e in agenda_intent.search(kb, [t])[:3] if dates_in(e.title, year)}
            found = list(each.values()) if len(each) == 1 else []  # dated item some word names, the others aside
        if months and not found and searched and searched[0].parsed.letter is None:  # "the last sg17 meeting in
            found = [e for e in ctx.agenda.children(searched[0]) if dates_in(e.title, year)]  # april": item 2's dated
            # sub-items, the March meeting's and the May e-plenary's
        if months:  # "la réunion de mars 2020": the item dated in that month, if one is
            in_month = [e for e in ctx.agenda.entries if any(t.date.month in months for t in dates_in(e.title, year))]
            found = [e for e in found if e in in_month] or (in_month if len(in_month) == 1 else found)
        entry = found[0] if found else None
    if months and not (q.has(*AGENDA_WORDS) or q.has("where", "which", "ou", "quel", "quelle")):
        return None  # "combien de participants à la dernière réunion de mars ?": not an agenda question
    titled = dates_in(entry.title, year) if entry is not None else []
    dated_under = [c for c in ctx.agenda.children(entry) if dates_in(c.title, year)] if entry is not None and not titled \
        and months and _asks_yes_or_no_of_an_item(q) else []
    if dated_under:  # "Agenda item 2 covers the report of the January 2020 SG17 meeting, right?": its dated sub-items
        entry = next((c for c in dated_under if any(t.date.month in months for t in dates_in(c.title, year))),
                     dated_under[0])
        titled = dates_in(entry.title, year)
    if not titled:
        return None
    right = any(c.date in {t.date for t in titled} for c in claims) or any(t.date.month in months for t in titled)
    if right and months:  # "the e-plenary in may, which item?": that item, no verdict on the month alone
        return text_answer(ctx.meeting, q.lang, entry.title_in(q.lang), *agenda_intent.describe(ctx, entry, q.lang))
    if right and (clauses.opens_with_a_wh_word(q.folded) or _WHICH_ITEM_ASKED.search(q.folded)):
        return None  # "where do we discuss the 29 May e-plenary report?", "le rapport du 29 mai, il est traité sous
        # quel point ?": the date says which, the item is asked
    lang = q.lang
    label = say("ag.sub_label", lang, ref=agenda_intent.sub_label(entry))
    claimed = {c.date for c in claims}
    dated = [] if right else [e for e in ctx.agenda.entries if claimed & {t.date for t in dates_in(e.title, year)}]
    elsewhere = [say("ag.premise.dated", lang, label=say("ag.sub_label", lang, ref=agenda_intent.sub_label(dated[0])),
                     title=dated[0].title_in(lang))] if dated else []  # "is the 29 May e-plenary report the one
    # under item 2a?": no, and the 29 May one is 2 b
    said = day(claims[0].date, lang) if len(claims) == 1 and not re.search(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b", q.raw) \
        else None  # one date claimed; a span ("17-27 March") is checked as a whole
    verdict = say("ag.premise.yes", lang, label=label, title=entry.title_in(lang)) if right else say(
        "ag.premise.redated", lang, claimed=said, label=label, title=entry.title_in(lang)) if said and not dated else \
        say("ag.premise.no", lang, label=label, title=entry.title_in(lang))  # "the e-plenary was 29 June, is its report
    # on the agenda?": not 29 June, and the item that dates it
    return text_answer(ctx.meeting, lang, say("pr.confirm" if right else "pr.title", lang), verdict, *elsewhere)


#: "SG17 is the IoT study group, right?", "la CE 17 c'est la commission sur l'IoT ?": the group's field claimed.
_FIELD_CLAIM = re.compile(
    r"\b(?:sg|ce) ?(?P<n2>\d+),? (?:is|est|c est) (?:(?:bien|really|actually|indeed|vraiment) )?(?:the|la|le) (?:study group|group|groupe|commission d etudes|commission) "
    r"(?:on|for|of|sur|de la|du|des|de|pour) (?:l |la |le |les |the )?(?P<b>[a-z0-9]*[a-z][a-z0-9]*)\b"
    r"|\b(?:sg|ce) ?(?P<n1>\d+),? (?:is|est|c est|s) (?:(?:bien|really|actually|indeed|vraiment) )?(?:the|la|le) (?P<a>[a-z0-9]*[a-z][a-z0-9]*)(?: [a-z]+){0,4}? (?:study group|group|"
    r"commission)\b"  # "SG17 is the IoT and smart cities group right?": the first word claimed
    r"|\b(?:sg|ce) ?(?P<n3>\d+),? (?:(?:really|actually|bien|vraiment|mainly|mostly|primarily|principalement|surtout) )?"
    r"(?:works on|work on|is working on|deals with|deals mainly with|deals mostly with|handles|"
    r"covers|is about|is all about|travaille sur|traite de|traite des|traite du|s occupe de|s occupe des|s occupe du|"
    r"porte sur) (?:l |la |le |les |the )?(?P<c>[a-z0-9]*[a-z][a-z0-9]*)\b"  # "SG17 works on 5G, right?"
    r"|\b(?:is|est ce que) (?:sg|ce) ?(?P<n4>\d+) (?:all )?(?:about|working on|focused on|dedicated to) (?:the )?"
    r"(?P<d>[a-z0-9]*[a-z][a-z0-9]*)\b"  # "is SG17 about 5G?"
    r"|\b(?:sg|ce) ?(?P<n5>\d+),? (?:is|est|c est|c|s) (?:(?:bien|really|actually|indeed|vraiment) )?(?:celle|celui|the one|la commission|le groupe) "
    r"(?:on|about|for|sur|de la|du|des|de|pour|qui fait|qui traite de) (?:l |la |le |les |the )?(?P<e>[a-z0-9]*[a-z][a-z0-9]*)\b"  # "la CE17 c bien
    # celle sur l'IoT ?"
    r"|\b(?:sg|ce) ?(?P<n6>\d+),? (?:is|s) (?:(?:really|actually|indeed) )?the (?P<f>[a-z0-9]*[a-z][a-z0-9]*) one\b"  # "SG17 is the IoT one?"
    r"|\bis (?:sg|ce) ?(?P<n7>\d+) (?:really |actually )?the (?:study group|group|one|sg) (?:on|for|about|dealing with|working on) "
    r"(?:the )?(?P<g>[a-z0-9]*[a-z][a-z0-9]*)\b"  # "is SG17 the study group on IoT?"
    r"|\b(?:sg|ce) ?(?P<n8>\d+),? (?:c est|c|cest|s|is|est) (?:(?:bien|vraiment|really|all) )?(?:sur|about) (?:l |la |le |les |"
    r"the )?(?P<h>[a-z0-9]*[a-z][a-z0-9]*)\b"  # "la ce17 c sur l'IoT c ca ?"
    r"|\b(?:sg|ce) ?(?P<n9>\d+)(?: s)?\b[^?,]{0,30}\b(?:theme|topic|field|domaine|sujet|subject|area|sur quoi|on what|"
    r"about what)\b[^?,]{0,20},\s*"
    r"(?:c est |it s |its |like )?(?:(?:bien|vraiment|really|just|juste) )?(?:l |la |le |les |the |des |du )?"
    r"(?P<i>[a-z0-9]*[a-z][a-z0-9]*)\b[^,.]*\?"
    r"|\b(?:theme|topic|field|domaine|sujet|subject|area)\s+(?:de la |de |du |of |of the )?(?:sg|ce) ?(?P<n10>\d+)\b[^?,]{0,20},"
    r"\s*(?:c est |it s |its |like )?(?:(?:bien|vraiment|really|just|juste) )?(?:l |la |le |les |the |des |du )?"
    r"(?P<j>[a-z0-9]*[a-z][a-z0-9]*)\b[^,.]*\?"
    r"|\b(?:sg|ce) ?(?P<n11>\d+) (?:c est|c|cest|is|est) (?:(?:bien|vraiment|really|all|just) )?(?:l |la |le |les )?"
    r"(?P<k>[a-z0-9]*[a-z][a-z0-9]*)(?= (?:et|and|pis|puis|plus|ou|or|right|non|no|n est ce pas|c est ca|isn t it)\b|\s*[,?])"
    r"|\bwhat (?:is|s) (?:sg|ce) ?(?P<n12>\d+) (?:all )?about\b[^?]{0,15}\?\s*(?:is it |it s |like |some )?"
    r"(?P<l>[a-z0-9]*[a-z][a-z0-9]*)\b[^.?]{0,15}\?")  # "what is sg17 about anyway? 5G stuff?"
# "la CE 17 c'est l'IoT pis les villes intelligentes, right?": a field said alone after "is", checked only when written
# as a field is (see _written_as_a_field)
# "la CE 17 c quoi comme theme deja, les reseaux mobiles?", "c quoi le theme de la ce17, les reseaux mobiles ?": the field
# asked, then guessed
_NOT_A_FIELD = frozenset("anyway again deja exactly really actually right same main big new first last only virtual current "
                         "this that study zoom teams webex "
                         "mymeetings skype line ligne deux two trois three one un une week weeks semaine semaines "
                         "day days jour jours to a an".split())


#: Fields a study group may be said to work on, written in lower case ("les réseaux", "cloud", "quantum").
_FIELD_WORDS = frozenset("reseaux reseau networks network mobile cloud quantum quantique multimedia video telecom "
                         "telecoms radio satellite satellites blockchain standards iot ia ai securite security "
                         "cybersecurite cybersecurity 5g 4g 6g".split())


def _written_as_a_field(raw: str, claimed: str) -> bool:
    """Whether a word said alone after "SG17 is" is written as a field is ("IoT", "5G", "réseaux"), not as a day or a
    state ("demain", "over")."""
    from bot.questions.places import find_place  # the city table is loaded only when a field is claimed so

    written = re.search(rf"(?i)\b{re.escape(claimed)}\b", raw)
    if claimed in _FIELD_WORDS:
        return True
    if claimed in STOPWORDS or claimed in MONTHS or claimed in WEEKDAY_NAMES or claimed in country_names(True) \
            or find_place(claimed) is not None or re.fullmatch(r"\d{1,2}[a-z]", claimed):
        return False  # "SG17 is August, right?", "… Geneva or online?", "c'est bien le 6m ?": a day, a place, an item
    return written is not None and any(c.isupper() for c in written[0])


def _field_claim(ctx: Context, q: Question) -> Reply | None:
    """The study group's field confirmed or corrected, when the question takes one for granted."""
    m = ctx.meeting
    equals = re.sub(r"\s*=\s*", " is ", fold(q.raw)) if "=" in q.raw else None  # "sg17 = IoT and smart cities, right?"
    matches = [found for text in (q.folded, fold(q.raw), *([equals] if equals else []))
               if (found := _FIELD_CLAIM.search(text)) is not None]
    claims = [(found, next(found[group] for group in "abcdefghijkl" if found[group])) for found in matches]
    claims = [(found, claimed) for found, claimed in claims
              if not (found["k"] or found["i"] or found["j"] or found["l"]) or _written_as_a_field(q.raw, claimed)]
    claims = [(found, claimed) for found, claimed in claims if claimed not in _NOT_A_FIELD] or claims  # "works on" is
    # read as "field": "sg17 field 5g, right?" claims 5G, not "right"
    match, claimed = claims[0] if claims else (None, "")
    if match is None or int(next(match[f"n{i}"] for i in range(1, 13) if match[f"n{i}"])) != m.study_group:
        return None
    if re.match(r"(?:which|what|quelle|quel)\s+(?:question|questions)\b", q.folded):
        return None  # "Which Question of SG17 works on quantum key distribution security?": a Question asked, no claim
    if claimed in _NOT_A_FIELD or claimed in WH_WORDS or claimed in ("whats", "quoi", "exactly", "exactement"):
        return None  # "SG17 is the study group on what exactly?" asks the field, claims none
    lang = q.lang
    field = (m.field_fr or m.field) if lang == "fr" else m.field
    own = {w for text in (m.field, m.field_fr or "") for w in words(fold(text))}
    right = claimed in own or any(w.startswith(claimed[:5]) for w in own)
    key = "pr.field.yes" if right else "pr.field.no"
    written = re.search(rf"(?i)\b{re.escape(claimed)}\b", q.raw)
    return text_answer(m, lang, say("pr.confirm" if right else "pr.title", lang),
                       say(key, lang, number=m.study_group, field=field, claimed=written[0] if written else claimed))


def claim_words(q: Question) -> frozenset[str]:
    """The words a claim about the chairman's country is made of (to find what else the question asks)."""
    names = country_names()
    words = set(CHAIR_WORDS) | {"mr", "ms", "mrs", "m", "mme", "since", "as", "comme", "puisque", "from", "de", "is",
                                 "est", "vient", "the", "le", "la"}
    words |= {t for t in q.tokens if t in names or t in name_concepts() and not q.has("interpretation")}
    return frozenset(words | {w for n in names for w in n.split() if f" {n} " in " " + " ".join(q.tokens) + " "})
