"""Time questions: "what time does it start in Beijing / Pékin / for me / in UTC", "is it 2 am in
Los Angeles?", "what time does it end?", "quelle heure est-il à Genève ?"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from bot.context import Context
from bot.models import Meeting, Session
from bot.questions.claims import WEEKDAY_NAMES, bare_days_in, at_clock, calendar_words, clocks_in, dates_in, weekdays_in
from bot.questions.facts import dates_line, meeting_clock
from bot.questions.formatting import at_place, clock, day, duration, zone_suffix
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions import clauses
from bot.questions.countdown import STILL_TIME_TO_SEND
from bot.questions.normalize import Question, fold, read_question, stems, without_guessed_clocks, words
from bot.questions.replies import answer as make_answer
from bot.questions.replies import text_answer
from bot.questions.vocabulary import DEADLINE, END, FOR_ME, GROUP_WRITTEN, HOUR, NOW_WORDS, START, STOPWORDS, TIME, WH_WORDS
from bot.questions.zones import Target, targets_in, zone_label
from bot.reply import Field, Moment, Reply, Section
from bot.timefmt import ZONE_ABBREVIATIONS


_TIMING = frozenset(stems((w for phrase in (*START, *END, *TIME) for w in phrase.split()), languages=False))


def _only_a_zone(q: Question) -> bool:
    """"the time zone is rough for me": "time" names a zone, and nothing asks for a time."""
    return q.has("time zone", "timezone", "time zones", "fuseau", "fuseau horaire") and not q.has(
        "what time", "which time", "when", "hour", "heure", "quand", "o clock", "a quelle heure", "time is", "time does",
        "time will", "start time", "time in", "time for")


_ZONE_NAMED = re.compile(r"\b(?:in|en|a|au|for|pour)\s+(?:utc|gmt|[a-z]+ time\b)|\b(?:utc|gmt)\s*[+-]?\d*\s*\??$")


def countdown_over(ctx: Context, lang: str) -> str | None:
    """"The meeting is over: …" once it has closed (see :func:`bot.questions.countdown.over`)."""
    from bot.questions.countdown import over  # countdown imports this module's neighbours

    return over(ctx, lang)


#: A capitalised name after "in"/"à"/"en" ("À Tunis, ça donne quoi pour l'ouverture ?"): maybe a place.
_PLACE_NAMED = re.compile(r"(?:^|\s)(?:[Ii]n|[Ee]n|[Àà]|[Aa]u|[Aa]t|[Ff]rom|[Dd]epuis)\s+[A-ZÉ][a-zé]")


#: Travelling to the meeting asked about ("book my flight", "quand réserver mon billet d'avion ?").
_TRAVEL = re.compile(r"\b(?:flights?|fly|flying|book(?:ing)? (?:a |my |the |our )?(?:flight|hotel|ticket|room)s?|"
                     r"billets? d avion|reserver (?:mon |un |le )?(?:vol|billet|hotel)|voyager)\b")


#: Hours said to suit a place ("will the hours suit Tokyo?", "les horaires conviennent à Dakar ?").
_SUITS_A_PLACE = re.compile(r"\b(?:suit|suits|work for|ok for|good for|convien\w*|adapte\w* a|pratique\w* pour)\s+"
                            r"[A-ZÉ][a-zé]")


#: A place named last, after "in"/"à" ("mgmt team mtg sunday, what's that in vancouver").
_PLACE_LAST = re.compile(r"\b(?:in|a|au|en)\s+[a-z]+(?:\s[a-z]+)?\s*[?!.]*\s*$")


#: The most words of a message that names a session and a place only ("mgmt mtg in Kolkata?"): a time asked there.
_SHORT_SESSION_ASKED = 6
#: Zones written by their abbreviation ("IST", "CEST", "ACST"), folded: only to tell that a time is asked ("mgmt mtg
#: in ist?"), so the abbreviations of several places that ``find_zone`` leaves out count here too.
_ZONE_WORDS_WRITTEN = frozenset(ZONE_ABBREVIATIONS) | {"ist", "cst", "ast", "sst", "utc", "gmt"}


#: A message that opens on a clock where the asker is ("3am in honolulu and …", "4h ici, …").
_CLOCK_FIRST = re.compile(r"\s*\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|h)?\s+(?:in|here|ici|a|au|chez)\b")


#: A clock said in meeting time ("the 11:00 Geneva opening", "11h heure de Genève", "9am CEST").
_CLOCK_IN_MEETING_TIME = re.compile(r"\b\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|h)?\s*(?:geneva|geneve|gva|cest|"
                                    r"heure de geneve|de geneve|a geneve|in geneva|swiss time)\b")


#: The delegation or body that asks, said first ("Kuwait delegation: …", "from the Ministry of Chad, …").
_WHO_ASKS = re.compile(r"^\s*(?:hi |hello |bonjour |salut )?(?:from |de la part de |the )?([a-z][a-z ]{1,30}?)\s+"
                       r"(?:delegation|delegate|delegates|mission|administration|ministry|regulator|delegue|deleguee)\b")


#: When the letter itself was sent asked ("when was the invitation letter sent out?", "la lettre est datée de quand ?").
_LETTER_DATE_ASKED = re.compile(r"\b(?:letter|lettre|circular|circulaire)\b(?:\s+\w+){0,3}\s+(?:sent|issued|dated|published|"
                                r"signed|written|envoyee|datee|publiee|signee|ecrite|emise)\b")


def _is_the_clock_now(claimed: dt.time, now: dt.datetime, within: int = 30) -> bool:
    """Whether a clock said in the question is the time where it is asked, give or take ``within`` minutes (the asker
    saying what time it is there)."""
    gap = abs((claimed.hour * 60 + claimed.minute) - (now.hour * 60 + now.minute))
    return min(gap, 24 * 60 - gap) <= within


def _is_meeting_zone(meeting: Meeting, zone: dt.tzinfo | None) -> bool:
    return zone is not None and getattr(zone, "zone", None) == getattr(meeting.tz, "zone", "")


#: Every day of the meeting ("when do the sessions start and end each day?"): the draft time plan's, not the last's.
_EACH_DAY = ("each day", "every day", "daily", "chaque jour", "tous les jours")


#: The days after the first, whose start times the letter leaves to the draft time plan.
LATER_DAYS = ("days after", "other days", "each day", "every day", "following days", "later days", "next days",
              "autres jours", "chaque jour", "jours suivants", "les jours d apres", "tous les jours", "daily",
              "day 2", "day two", "second day", "day 3", "third day", "deuxieme jour", "2e jour", "jour 2",
              "troisieme jour", "le lendemain", "the day after the opening")


#: A Question or working party named by its number ("Q10", "Question 4/17", "WP2", "working party 1"): its own
#: meetings are in the draft time plan, not in the letter.
_GROUP_MEETING = re.compile(r"\b(?:q\s?\d{1,2}(?:/17)?|question \d{1,2}(?:/17)?|wp\s?\d|working ?(?:party ?)?\d|gt\s?\d|"
                            r"groupe de travail \d|which (?:working(?: part(?:y|ies))?|wps?|questions?) (?:meets?|when|will meet|are meeting|"
                            r"is meeting)|"
                            r"when (?:do|does|will) (?:each |the )?(?:working|questions?) meet|"
                            r"(?:quelles|quels) (?:questions|groupes de travail|gt) se reunissent|"
                            r"(?:quel|quelle|quels|quelles) (?:question|questions|working|groupe de travail|groupes de travail|gt) "
                            r"(?:se reunit|se reunissent|se reunira|se reuniront)|which (?:working party|wp|question) "
                            r"(?:meets|is meeting|will meet))\b")  # read text:
# "working party" is read as "working"


def timeish_words(q: Question) -> bool:
    """Whether the question asks when, or at what time."""
    return q.has(*TIME) or q.has(*START) or q.has(*END)


def _asks_which_zone(q: Question) -> bool:
    """"Which time zone are the times in?", "les heures sont dans quel fuseau ?": the meeting's own zone asked."""
    asked = q.has("which time zone", "what time zone", "which timezone", "what timezone", "quel fuseau",
                  "quel fuseau horaire", "which zone", "what zone", "the time zone of", "the timezone of",
                  "s time zone", "le fuseau horaire de", "fuseau horaire de la", "meeting time zone",
                  "meeting timezone", "utc offset", "offset from utc", "decalage utc", "decalage horaire de la reunion",
                  "fuseau de la reunion", "offset to utc", "offset from gmt", "offset to gmt", "decalage avec utc",
                  "decalage par rapport a utc") \
        or q.text.strip(" ?!.") in ("time zone", "timezone", "fuseau horaire", "fuseau", "zone") \
        or q.has("summer time", "daylight saving", "heure d ete") and q.has("geneva time", "geneve", "heure de geneve",
                                                                             "the geneva", "is geneva")  # "is the
    # Geneva time in August summer time?": the meeting's own zone, in season
    return asked and not clocks_in(q.raw)


def _on_time_only(q: Question) -> bool:
    """"if I can't connect on time, will the chair wait?": "on time" is punctuality, and "my first time attending"
    is how often, not a time asked."""
    rest = _NOT_AN_HOUR.sub(" ", f" {q.text} ")
    return bool(_NOT_AN_HOUR.search(f" {q.text} ")) and not any(f" {w} " in rest for w in TIME)


#: "time" that is no hour: punctuality ("on time"), or how often ("my first time", "la première fois").
_NOT_AN_HOUR = re.compile(r" (?:on|in) time(?= )| (?:first|1st|second|2nd|third|last|next) time(?= )"
                          r"| (?:premiere|1ere|deuxieme|seconde|derniere|prochaine) fois(?= )")


#: A weekday said of when something falls where the asker is ("i think it falls on the sunday evening for me").
_FALLS_ON_A_DAY = re.compile(r"\b(?:falls? on|tombe|tomberait|tombe t elle|lands on)\s+(?:the\s+|le\s+|un\s+)?"
                             r"(?:sunday|dimanche|saturday|samedi|monday|lundi|tuesday|mardi)\b")
#: A session named by its weekday ("the Sunday meeting", "la réunion du dimanche").
_A_DAYS_SESSION = re.compile(r"\b(?:sunday|dimanche|saturday|samedi|monday|lundi)(?: s)?\s+(?:meeting|mtg|session|reunion|"
                             r"seance)\b|"
                             r"\b(?:meeting|mtg|session|reunion|seance)\s+(?:du|de|on|of)\s+(?:sunday|dimanche|saturday|"
                             r"samedi|monday|lundi)\b")
#: A weekday said where the asker is ("l'ouverture c'est le dimanche soir pour nous ?").
_A_DAY_WHERE_ONE_IS = re.compile(r"\b(?:c est|c|cest|is|it s|its|it is|est|sera|will be)\s+(?:le\s+|on\s+)?"
                                 r"(?:sunday|dimanche|saturday|samedi|monday|lundi|tuesday|mardi)\b(?:\s+\w+){0,2}?\s+"
                                 r"(?:pour (?:nous|moi)|for (?:us|me)|here|ici|chez (?:nous|moi)|my time|our time|"
                                 r"local time|heure locale)\b")


#: The asker saying which zone's time they keep ("we on Eastern daylight time like Miami", "on est à l'heure de Paris"),
#: not where they are ("I'm in Tokyo this week").
_ON_A_ZONE_ONESELF = re.compile(r"\b(?:we|we re|we are|i m|im|i am)\s+on\s+(?:\w+\s+){1,3}?(?:time|daylight|standard|"
                                r"summer)\b|\b(?:on est|nous sommes|je suis)\s+(?:a l heure|en heure) (?:de|d)\b")

#: What comes after a session asked ("what is next after the management meeting?", "et après la réunion de
#: l'équipe de direction ?").
NEXT_AFTER = re.compile(r"\b(?:next|comes|what s|whats|what is|happens|then)\s+after\b|\b(?:et|qu y a t il|que se passe "
                         r"t il|c est quoi la suite)\s+apres\b|\bensuite apres\b")


#: The session said as "it"/"ça" beside moving it ("ils peuvent pas décaler ça ?", "can't they move it?").
_IT_MOVED = re.compile(r"\b(?:decaler|deplacer|avancer|reculer|repousser|move|reschedule|shift)\s+(?:ca|cela|it|la|le)\b")
#: Moving a session asked, usually about its hour ("5h du matin, ils peuvent pas décaler ça ?", "can't they move the
#: opening to a decent hour?").
_MOVE_ASKED = re.compile(r"\b(?:decaler|decale|deplacer|deplace|changer l heure|avancer|reculer|repousser|move|moved|"
                         r"reschedule|rescheduled|shift|push back|push it back|change the time|change the hour)\b")
#: An hour found too early or too late ("5h du matin", "de bonne heure", "middle of the night", "9am").
_AN_HOUR_DISLIKED = re.compile(r"\b(?:du matin|de bonne heure|trop tot|tot|tard|early|late|middle of the night|"
                               r"en pleine nuit|\d{1,2}\s?(?:h|am|pm|:\d{2}))\b")


def moving_asked(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"Can't they move the opening? 5 am here": the letter's time, where the asker is, and that the letter gives
    no other; None unless moving a session is asked beside an hour disliked."""
    if not (_MOVE_ASKED.search(q.folded) and _AN_HOUR_DISLIKED.search(q.folded)):
        return None
    m, lang = ctx.meeting, q.lang
    session = pick_session(m, q) if named_session(m, q) is not None or q.has(*_OPENING_NAMED) \
        or _IT_MOVED.search(q.folded) else None  # "can my colleague move to the 14:00 slot?" names none
    if session is None:
        return None
    reply = answer_session(ctx, q, session.id)
    return replace(reply, sections=reply.sections + (Section(lines=((say(
        "tm.not_moved", lang, event=session_title(session, m, lang), email=m.contacts.email),),)),))


#: The meeting's own start asked ("la réunion commence quand", "when does the meeting start"): the opening.
_THE_MEETING_STARTS = re.compile(r"\b(?:reunion|meeting|sg ?17|ce ?17)\b.{0,15}\b(?:commence|starts?|begins?|opens?|"
                                 r"s ouvre|debute)\b|\b(?:commence|start|starts|begin|begins|open|opens|debute)\b.{0,10}"
                                 r"\b(?:la reunion|the meeting|sg ?17|la ce ?17)\b")


def pick_session(meeting: Meeting, q: Question) -> Session | None:
    """The session the question names by its own words (``management team``, ``dimanche``), else the
    opening session (the first one on the first day), else None."""
    if not meeting.sessions:
        return None
    named = named_session(meeting, q)
    opening = [s for s in meeting.sessions if meeting.local(s.start) == meeting.opens_at]
    said_of_the_day = _FALLS_ON_A_DAY.search(q.folded) or _A_DAY_WHERE_ONE_IS.search(q.folded) and named is not None \
        and not _A_DAYS_SESSION.search(q.folded) \
        and not set(stems(q.corrected, STOPWORDS)) & session_words(named, False)  # "l'ouverture c'est le dimanche soir
    # pour nous ?" (not "Sunday management meeting local time? not the opening": that session named by its words)
    if named is not None and opening and named is not opening[0] \
            and (q.has(*_OPENING_NAMED) or _THE_MEETING_STARTS.search(q.folded)) \
            and said_of_the_day:  # "whats the opening
        return opening[0]  # time in Honolulu? i think it falls on the sunday evening for me??": the opening, on its
        # Sunday there, not the Sunday session
    if named is not None and NEXT_AFTER.search(q.folded):  # "what is next after today's management meeting?": the
        later = sorted((s for s in meeting.sessions if s.start > named.start), key=lambda s: s.start)  # session
        if later:  # after it
            return later[0]
    if named is not None:
        return named
    dated = [s for c in dates_in(q.raw, meeting.start_date.year) for s in meeting.sessions
             if meeting.local(s.start).date() == c.date]
    if len(dated) == 1 and not q.has(*START):  # "what is happening on 23 August and at what time in Islamabad?":
        # that day's session (not "the meeting opens on Sunday 23 August, right?", a claim of the opening)
        return dated[0]
    return opening[0] if opening else None


@lru_cache(maxsize=256)
def session_words(session: Session, weekdays_kept: bool) -> frozenset[str]:
    """The stems that name a session (its titles, note and id), calendar words aside, worked out once per session."""
    calendar = set(calendar_words()) - (set(WEEKDAY_NAMES) if weekdays_kept else set())
    text = " ".join([session.title, session.title_fr or "", session.note or "", session.note_fr or "", session.id])
    return frozenset(stems((w for w in words(fold(text)) if w not in calendar and not any(c.isdigit() for c in w)),
                           STOPWORDS))  # "11:00" names no session: every clock is claimed of one


#: Managing time, which the chat rule speaks of: never the management team's meeting.
_TIME_MANAGEMENT = re.compile(r"\b(?:manage|managing|management of)\s+(?:the\s+)?time\b|\btime\s+management\b"
                              r"|\bgest\w*\s+du\s+temps\b|\bgerer\s+le\s+temps\b")


#: Today's weekday said ("on est dimanche, …", "it's saturday so …"): when the asker is, not a session's day.
TODAY_IS = re.compile(r"\b(?:on est|nous sommes|today is|today s|it s|it is|its|c est)\s+(?:un |a )?(?:monday|tuesday|"
                       r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")


#: Asking what a clock of meeting time is elsewhere ("if the plenary runs until 16:00 geneva time what time is that
#: for me in brisbane", "what is 16:00 geneva time in brisbane?", "16h heure de Genève, ça fait quelle heure à Dakar ?").
_CONVERT = re.compile(r"\bwhat time (?:is|s|would) (?:that|it|this)\b|\b(?:that|this|it) (?:is|s) what\b|"
                      r"\bwhat time and date\b|\bwhat date and time\b|\bheure et (?:quelle )?date\b|"
                      r"\bwhat (?:will|would) (?:be )?the (?:time|hour)\b|\bwhat (?:is|s) the (?:time|hour) (?:in|for|at)\b|"
                      r"\bquelle (?:sera|serait) l heure\b|\bwhat day and time (?:is|s|would|will)\b|"
                      r"\bwhat time (?:here|there|for me|chez moi)\b|\bquel(?:le)? heure (?:ici|chez moi|pour moi)\b|"
                      r"\bquel jour et (?:a )?quel(?:le)? heure\b|\bquel(?:le)? heure et quel jour\b|\bwhat time and (?:what )?day\b|\bwhat (?:would|will) (?:that|it|this) be\b|\bwhat (?:is|s) \d{1,2}(?::\d{2})?\b|"
                      r"\bwhat (?:is|s) (?:that|this)\b|\bwhats (?:that|this)\b|\bca donne quoi\b|"
                      r"\b(?:ca|cela) fait quel(?:le)? heure\b|\b(?:ca|cela) (?:fait|donne|tombe) quand\b|\b(?:ca|cela) fait quoi\b|\bquel(?:le)? heure (?:est ce|ca fait|cela fait)\b|"
                      r"\bc est quel(?:le)? heure\b|\bin my time\b|\bmy time\b|\bchez moi\b|\bwhat time (?:in|for|at)\b|"
                      r"\bquel(?:le)? heure (?:a|au|aux|en|pour)\b|\bquel(?:le)? heure (?:sera t il|sera t elle|serait il|il sera)\b|"
                      r"\bquel(?:le)? heure (?:est il|il est|sera t il|serait il) (?:a|au|aux|en|pour|chez)\b|"
                      r"\bwhat time (?:will|would) (?:it|that|this) be\b|\b(?:ca|cela) fait combien\b|=\s*\?|\bwhich time\b|"
                      r"\bwhat time (?:it is|is it) (?:in|for|at)\b|\bwhat (?:is|s) it (?:in|for|at)\b|"
                      r"\bwhat time (?:is|s|will be|would be) \d{1,2}\b|=\s*(?:what|combien|quoi|quelle)\b|"
                      r"\bconvert\b|\bconvertir\b|\bconvertis\b|\bconvertissez\b|\bcorrespond\w*\b|"
                      r"\blocal (?:time )?(?:for me|here|please|pls)\b|\bmy local\b|\bheure locale\b|"
                      r"\b(?:ca|cela) (?:me |nous )?donne (?:quelle heure|quoi)\b|\b(?:ca|cela) tombe (?:quand|a quelle heure)\b|"
                      r"\b(?:c est )?quand (?:pour moi|chez moi|pour nous|chez nous)\b|"
                      r"\b(?:is|s) (?:that|it|this) still (?:\w+ )?(?:for me|here|my time|for us)\b")  # "Session at
# 22:00 Geneva Tue 25th. Local for me?"
#: ("16:00 geneva, what time in mumbai", "14:00 geneva time = ? in hanoi", "9h30 heure de Genève, ça fait combien
#: à Cap-Haïtien ?")


#: Whether a session is held back asked ("will the opening be delayed", "sera-t-elle retardée").
_DELAY_ASKED = re.compile(r"\b(?:delayed|postponed|held back|retardee?s?|reportee|wait for me)\b")  # as written:
# reading turns "the meeting continues" into "meeting delayed"


def asks_a_conversion(q: Question) -> bool:
    """Whether the question gives a clock and asks what it is elsewhere ("15h30 heure de Genève, ça fait quelle heure
    chez moi ?")."""
    return bool(_CLOCK_SAID.search(q.folded)) and bool(_CONVERT.search(q.folded))


#: A clock as written ("9am", "14h", "16:00", "9 h 30").
_CLOCK_SAID = re.compile(r"\b\d{1,2}(?:[:h.]\d{2}|\s?h(?:\s?\d{2})?|\s?[ap]\.?m\.?)(?!\w)")


#: Words that make a clock a claim about the meeting rather than a clock to convert ("… is at 13:00 Geneva, right?").
_CLAIM_WORDS = ("right", "correct", "isn t it", "n est ce pas", "c est ca", "confirm", "confirmer", "start", "starts",
                "begin", "begins", "open", "opens", "commence", "ouvre", "session", "seance", "meeting", "reunion")


#: The time now, said by the asker ("il est 21h à Genève", "it's 9pm in Geneva right now").
_NOW_SAID = re.compile(r"^(?:(?:ok|bon|alors|so|well|hi|salut|bonjour)\W+)?(?:il est|it s|it is|its)\s+(?:deja\s+|already\s+|"
                       r"now\s+|maintenant\s+)?\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm|heures?)?\b")


#: Which of the meeting zone's winter and summer names asked ("CET or CEST?", "UTC+1 ou UTC+2 ?").
_WHICH_OF_TWO_ZONES = re.compile(r"\b(?:cet|cest|utc ?\+ ?1|utc ?\+ ?2|gmt ?\+ ?1|gmt ?\+ ?2)\s+(?:or|ou)\s+"
                                 r"(?:cet|cest|utc ?\+ ?1|utc ?\+ ?2|gmt ?\+ ?1|gmt ?\+ ?2)\b")


#: Another place asked after a clock ("…, so in Nairobi?", "…, et à Montréal ?", "…, Lagos?", "…, so Delhi?").
_ELSEWHERE_AFTER = re.compile(r",\s*(?:so\s+|and\s+|et\s+|donc\s+|alors\s+)?(?:(?:in|at|a|au|en|pour|for)\s+)?"
                              r"[a-z][a-z' -]{1,25}\s*\?\s*$")


#: The opening's day named, not its time ("le jour de l'ouverture", "on the opening day").
_THE_OPENING_DAY = re.compile(r"\b(?:le jour de l ouverture|jour d ouverture|the opening day|on opening day|opening day|"
                              r"day of the opening)\b")


def convert_clock(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A clock given in meeting time, shown in the place named or the asker's zone, on a meeting day; None unless
    asked so (one clock, the meeting's zone named beside it, and a place or the asker's own time asked)."""
    m, lang = ctx.meeting, q.lang
    if _WHICH_OF_TWO_ZONES.search(q.folded):  # "is 11:00 geneva CET or CEST?": the meeting's own zone then
        return text_answer(m, lang, say("tm.title", lang), say("tm.zone", lang, place=m.zone_label(lang),
                                                                 suffix=zone_suffix(m.opens_at, m.tz)))
    clocks = clocks_in(q.raw)
    meeting_zone = {fold(m.zone_label("en")), fold(m.zone_label("fr")), "cest", "meeting time", "heure de la reunion",
                    f"heure de {fold(m.zone_label('fr'))}"}
    if q.has("opening", "ouverture") and not _THE_OPENING_DAY.search(q.folded) \
            or re.search(r"\b(?:meeting|it|sg ?17|reunion|elle|ca) (?:starts|opens|begins|commence|s ouvre)\b", q.folded):
        return None  # "since the opening is at 9:00 Geneva time, what's that in Lagos?": a claim on the opening (not
        # "quand il sera 10 h à N'Djamena le jour de l'ouverture, …": the day only)
    if _NOW_SAID.search(q.folded) and not q.has("what time", "quelle heure", "which time", "what hour") \
            and not _CONVERT.search(q.folded) and not _ELSEWHERE_AFTER.search(q.folded):  # not "Il est 14h a Geneve,
        return None  # quelle heure est-il a Port-Louis ?", "it's 15:00 in Geneva, so in Nairobi?"  # "il est 21h a geneve, je peux encore m'inscrire ce soir ?": the clock is now, not one to convert
    said = _CLOCK_SAID.search(q.folded)
    after_clock = re.sub(r"^(?:of|in|at|from|de|a)\s+", "", q.folded[said.end():].lstrip(" ,(")) if said else ""  # "à
    # 15 h (heure de Genève)": the zone in brackets is the clock's
    zone_after_clock = said is not None and any(after_clock.startswith(z) for z in meeting_zone)  # "14:00 of Geneva"
    session = named_session(m, q)
    if session is not None and m.local(session.start) != m.opens_at and _A_SESSION_NAMED.search(q.folded):
        return None  # "la reunion de direction du dimanche c a 11h heure de geneve ou 11h heure locale ?": that
        # session's time, asked of its own day
    if len(clocks) == 2 and _CLOCK_RANGE.search(q.folded) and not q.has("right", "correct", "n est ce pas", "c est ca") \
            and any(re.search(rf"\b{re.escape(z)}\b", q.folded) for z in meeting_zone):  # "if a session runs from
        found = _place_and_day(ctx, q, kb, meeting_zone)  # 14:00 to 16:00 Geneva time, what would that be for me?":
        if found is not None:  # both ends, where asked
            zone, label, _, on = found
            return text_answer(m, lang, say("tm.convert.title", lang), *[
                say("tm.convert", lang, here=meeting_clock(m, instant, lang), there=at_place(instant, zone, label, lang),
                    day=day(on, lang)) for instant in (m.local(dt.datetime.combine(on, c)) for c in clocks)])
    if len(clocks) == 2 and zone_after_clock:  # "9:00 Geneva time would be 3 am for me in DC, right?"
        return _conversion_checked(ctx, q, kb, clocks, meeting_zone)
    if len(clocks) != 1 or not (_CONVERT.search(q.folded) or zone_after_clock and not q.has(*_CLAIM_WORDS)) \
            or not any(re.search(rf"\b{re.escape(z)}\b", q.folded) for z in meeting_zone):
        return None  # "16:00 geneva = seoul?", "13:00 Geneva in New York?": a clock of meeting time, to convert
    found = _place_and_day(ctx, q, kb, meeting_zone)
    if found is None:
        return None
    zone, label, named_place, on = found
    if said is not None and _CLOCK_MINE.match(after_clock) and ctx.asker.zone is not None:  # "à 20h chez moi lundi, il
        return _own_clock_converted(ctx, q, kb, clocks[0], on, meeting_zone)  # sera quelle heure à Genève et à Séoul ?"
    if named_place and said is not None and not any(after_clock.startswith(z) for z in meeting_zone | {"heure de geneve"}) \
            and any(re.search(rf"\b{re.escape(z)}\b", after_clock) for z in meeting_zone):  # "9am new york time, what's
        # that in geneva?": the clock is the place's, and meeting time is asked (not "what is 11:00 geneva in UTC?")
        local = at_clock(zone, on, clocks[0])
        return text_answer(m, lang, say("tm.convert.title", lang),
                           say("tm.convert", lang, here=f"{clock(local, zone)} {label or zone_label(zone)} ({zone_suffix(local, zone)})",
                               there=meeting_clock(m, local, lang), day=day(local.astimezone(m.tz).date(), lang)))
    instant = m.local(dt.datetime.combine(on, clocks[0]))
    targets, _ = targets_in(q, ctx.asker.zone, kb.vocabulary)
    places = [t for t in _distinct(targets) if t.zone is not None and fold(t.label) not in meeting_zone][-MAX_PLACES:]
    shown = [(t.zone, t.label or None) for t in places] if len(places) > 1 else [(zone, label)]  # "à Paris et à
    # Londres ?": each place named
    return text_answer(m, lang, say("tm.convert.title", lang), *_next_day_verdict(q, instant, shown, lang),
                       *[say("tm.convert", lang, here=meeting_clock(m, instant, lang),
                             there=at_place(instant, place_zone, place_label, lang), day=day(on, lang))
                         for place_zone, place_label in shown])


#: Two clocks as a span ("from 14:00 to 16:00", "14h-16h", "de 14 h à 16 h", "between 2pm and 4pm").
_CLOCK_RANGE = re.compile(r"\b\d{1,2}(?:[:h.]\d{2})?\s*(?:[ap]\.?m\.?|h)?\s*(?:to|-|–|until|till|a|et|and)\s*"
                          r"\d{1,2}(?:[:h.]\d{2})?\s*(?:[ap]\.?m\.?|h)?\b")
#: Whether it has begun asked, which the meeting's status answers ("is it already started?", "j'ai raté … ?").
_BEGUN_ASKED = ("already", "deja", "missed", "miss", "started", "begun", "rate", "manque", "did it", "did the",
                "a t elle", "a t il")
#: The asker's own clock said after a clock ("20h chez moi", "9pm my time", "8:00 local time").
_CLOCK_MINE = re.compile(r"(?:chez moi|chez nous|my time|my local time|local time|heure locale|ici|here|pour moi|for me|"
                         r"where i am|our time|notre heure|mon heure)\b")


def _own_clock_converted(ctx: Context, q: Question, kb: Knowledge, said: dt.time, on: dt.date,
                         meeting_zone: set[str]) -> Reply:
    """A clock of the asker's own zone on a meeting day, in meeting time and in each other place named ("à 20h chez
    moi lundi, il sera quelle heure à Genève et à Séoul ?" from Nouméa: 11:00 Geneva, 18:00 Seoul)."""
    m, lang, own = ctx.meeting, q.lang, ctx.asker.zone
    assert own is not None
    local = at_clock(own, on, said)
    lines = [say("tm.convert", lang, here=f"{clock(local, own)} {zone_label(own)} ({zone_suffix(local, own)})",
                 there=meeting_clock(m, local, lang), day=day(local.astimezone(m.tz).date(), lang))]
    targets, _ = targets_in(q, own, kb.vocabulary)
    lines += [say("tm.there", lang, there=at_place(local, t.zone, t.label or None, lang)) for t in _distinct(targets)
              if t.zone is not None and not t.mine and fold(t.label) not in meeting_zone
              and getattr(t.zone, "zone", None) != getattr(own, "zone", "")][:MAX_PLACES]
    return text_answer(m, lang, say("tm.convert.title", lang), *lines)


#: Whether a converted clock falls on the next day asked ("c le jour d'après ?", "is that the next day for me?").
_NEXT_DAY_ASKED = re.compile(r"\b(?:next day|day after|following day|jour d apres|lendemain|jour suivant)\b")


def _next_day_verdict(q: Question, instant: dt.datetime, shown: list[tuple[dt.tzinfo, str | None]],
                      lang: str) -> list[str]:
    """"Yes: the next day there" (or "No: …") when the question asks whether the clock falls on the next day."""
    if len(shown) != 1 or not _NEXT_DAY_ASKED.search(q.folded):
        return []
    there = instant.astimezone(shown[0][0]).date()
    days = (there - instant.date()).days
    key = "tm.next_day.yes" if days == 1 else "tm.next_day.before" if days < 0 else "tm.next_day.same"
    return [say(key, lang, day=day(there, lang))]


def _place_and_day(ctx: Context, q: Question, kb: Knowledge, meeting_zone: set[str]
                   ) -> tuple[dt.tzinfo, str | None, bool, dt.date] | None:
    """Where a clock of meeting time is shown (the last place named other than the meeting's, else the asker's own
    zone), its label, whether a place was named, and on which day (the date named; during the meeting, today; else
    the first day); None when neither a place nor the asker's zone is known."""
    m = ctx.meeting
    targets, _ = targets_in(q, ctx.asker.zone, kb.vocabulary)
    places = [t for t in targets if t.zone is not None and fold(t.label) not in meeting_zone]
    zone, label = (places[-1].zone, places[-1].label or None) if places else (ctx.asker.zone, None)
    if zone is None:
        return None
    named = dates_in(q.raw, m.start_date.year)
    today = ctx.now.astimezone(m.tz).date()
    relative = next((today + dt.timedelta(days=shift) for said, shift in _DAYS_FROM_TODAY.items() if q.has(said)), None)
    last = m.end_date if _LAST_DAY.search(q.folded) else None  # "on the final day", "le dernier jour"
    on = named[0].date if named else _meeting_day_numbered(m, q) or relative or last or (
        today if m.start_date <= today <= m.end_date else m.start_date)  # "11:00 Geneva time on 23 August": that
    # day's clock; "le mardi 25": the meeting's 25th; "tomorrow 09:30 Geneva": the day after today in Geneva (the
    # clock is Geneva's); during the meeting, today's
    return zone, label, bool(places), on


#: The meeting's last day named ("on the final day", "le dernier jour", "la dernière journée").
_LAST_DAY = re.compile(r"\b(?:the )?(?:final|last|closing) (?:day|session day|meeting day)\b|\b(?:le )?dernier jour\b|"
                       r"\b(?:la )?derniere journee\b|\bjour de cloture\b")


#: Days said from today, with the clock of meeting time they date ("tomorrow 09:30 Geneva, what time for me?").
_DAYS_FROM_TODAY = {"day after tomorrow": 2, "apres demain": 2, "tomorrow": 1, "demain": 1, "yesterday": -1,
                    "hier": -1}  # the longer first


#: A weekday and a day of the month without the month ("le mardi 25", "Tue 25th"; not "mardi 9h30", an hour).
_WEEKDAY_AND_DAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
                              r"friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
                              r"(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?:h\b|h\d|:|\.\d|am\b|pm\b))")


def _meeting_day_numbered(m: Meeting, q: Question) -> dt.date | None:
    """The one day of the meeting (its sessions' days included) whose number the question names without a month
    ("une séance à 9h30 heure de Genève le mardi 25"), else None."""
    numbers = set(bare_days_in(q.raw)) | {int(n) for n in _WEEKDAY_AND_DAY.findall(fold(q.raw))}
    first = min([m.start_date, *(m.local(s.start).date() for s in m.sessions)])
    days = [first + dt.timedelta(days=i) for i in range((m.end_date - first).days + 1)]
    matching = [d for d in days if d.day in numbers]
    return matching[0] if len(matching) == 1 else None


def _conversion_checked(ctx: Context, q: Question, kb: Knowledge, clocks: list[dt.time],
                        meeting_zone: set[str]) -> Reply | None:
    """A clock of meeting time said to be another clock in a place: Yes or No, with the right clock there; None
    when no place (nor the asker's own zone) is named."""
    m, lang = ctx.meeting, q.lang
    found = _place_and_day(ctx, q, kb, meeting_zone)
    if found is None:
        return None
    zone, label, _, on = found
    instant = m.local(dt.datetime.combine(on, clocks[0]))
    there = instant.astimezone(zone)
    right = (there.hour, there.minute) == (clocks[1].hour, clocks[1].minute)
    line = say("tm.convert.yes" if right else "tm.convert.no", lang, here=meeting_clock(m, instant, lang), day=day(on, lang),
               there=at_place(instant, zone, label, lang), claimed=f"{clocks[1]:%H:%M}")
    return text_answer(m, lang, say("tm.convert.title", lang), line)


#: A clock the asker rules out ("don't tell me 12:00", "not 12h", "ce n'est pas 12 h").
_CLOCK_DENIED = re.compile(r"\b(?:don t (?:tell|say)|do not (?:tell|say)|not|pas|isn t|is not|n est pas|never|jamais)"
                           r"(?:\s+(?:me|us|it s|its|at|a|that|it|is))*\s+\d{1,2}(?:[:h]\d{2}|\s?h\b|\s?(?:am|pm)\b)?")


#: Any session or the sessions in general ("for any session", "how late do sessions go", "les séances").
_ANY_SESSION = re.compile(r"\b(?:any|every|all|some|other) (?:of the )?sessions?\b|\bsessions (?:go|end|run|finish|last)\b|"
                          r"\b(?:toutes les|des|les autres) seances\b|\bune seance\b|\bany meeting\b")


#: A weekday asked of the place named ("is it still sunday there?", "déjà lundi chez moi ?"): the local day, no session.
_LOCAL_WEEKDAY = re.compile(r"\b(?:still|already|encore|deja|yet)\s+(?:on\s+|a\s+)?(?:monday|tuesday|wednesday|thursday|"
                            r"friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|"
                            r"\b(?:pour (?:nous|moi)|for (?:us|me)|chez (?:nous|moi)|here|ici)\s+(?:c est|c|cest|it s|its|"
                            r"it is|est|that s|thats|ce sera|it will be)\s+(?:le\s+|on\s+)?(?:monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")
# ("donc pour moi c dimanche soir et pas lundi ?": the day where the asker is, of what was asked before)


#: Words that name an event of the meeting in a question ("does the meeting open", "when is it", "the session").
_NAMES_AN_EVENT = re.compile(r"\b(?:meeting|reunion|session|seance|open|opens|opening|ouvre|ouverture|start|starts|begin|"
                             r"begins|commence|debut|it|elle|ca|sg ?17|ce ?17|plenary|pleniere)\b")


#: A weekday claimed of the start ("does it start on sunday there too like here?"), naming no session by its day.
_STARTS_ON_A_WEEKDAY = re.compile(r"\b(?:start|starts|begin|begins|open|opens|commence|ouvre|debute)\s+(?:on\s+|le\s+)?"
                                  r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
                                  r"jeudi|vendredi|samedi|dimanche)\b")


#: The remote-participation tool's words, which every session is held on: they name none of them.
_THE_TOOL = frozenset(stems(["tool", "outil", "remote", "distance"], STOPWORDS, languages=False))


#: Sessions already found for a question: every intent asks which session a message names (a few dozen kept).
_NAMED_KEPT: dict[tuple[int, Question], tuple[Meeting, Session | None]] = {}
NAMED_KEPT_AT_MOST = 64


def _same_clock(moment: dt.datetime, clock_said: dt.time) -> bool:
    """Whether a moment shows the clock said (hour and minute)."""
    return (moment.hour, moment.minute) == (clock_said.hour, clock_said.minute)


def named_session(meeting: Meeting, q: Question) -> Session | None:
    """The session the question names by its own words (``management team``, ``the sunday meeting``), or None."""
    kept = _NAMED_KEPT.get((id(meeting), q))
    if kept is not None and kept[0] is meeting:
        return kept[1]
    if len(_NAMED_KEPT) >= NAMED_KEPT_AT_MOST:
        _NAMED_KEPT.clear()
    found = _named_session(meeting, q)
    _NAMED_KEPT[(id(meeting), q)] = (meeting, found)
    return found


def _named_session(meeting: Meeting, q: Question) -> Session | None:
    """``named_session`` worked out, nothing kept."""
    if not meeting.sessions:
        return None
    weekdays_kept = not dates_in(q.raw, meeting.start_date.year) and not TODAY_IS.search(q.folded) \
        and not _LOCAL_WEEKDAY.search(q.folded) and not _STARTS_ON_A_WEEKDAY.search(q.folded)  # "la réunion du
    # dimanche" names a session; "on Sunday 23 August" claims a date; "on est dimanche" says what today is; "is it
    # still sunday there?" asks the local day; "does it start on sunday there too?" claims the opening's day

    def own(session: Session) -> frozenset[str]:
        return session_words(session, weekdays_kept)
    common = set.intersection(*(set(own(s)) for s in meeting.sessions)) if len(meeting.sessions) > 1 else set()
    asked = set(stems(q.corrected, STOPWORDS)) - _TIMING  # "what time does it start" names no session
    asking = clauses.asking_clauses(q.raw, commas=False)
    if asking and q.raw.strip().startswith(asking[0].strip()):  # "what day of the week does the meeting open? need
        # it for our team calendar": the reason after the question names no session
        rest = q.raw.strip()[len(asking[0].strip()):]
        if "?" not in rest and not re.match(r"\s*(?:and|et|what about|how about)\b", fold(rest)) \
                and _NAMES_AN_EVENT.search(fold(asking[0])):  # not a follow-up read with the question before it ("…
            # start? and the mgmt team meeting"), nor the event the question leaves unnamed ("Regina change pas d'heure
            # l'été, right? Je veux être sûr pour la réunion de l'équipe de direction du dimanche.")
            asked -= set(stems(words(fold(rest)), STOPWORDS)) - set(stems(words(fold(asking[0])), STOPWORDS))
    if _TIME_MANAGEMENT.search(q.folded):
        asked -= set(stems(["management", "manage"], languages=False))  # "the chat to manage time": no team
    if not q.has("management", "mgmt", "manag", "direction", "extended", "prolongee", "leadership", "mgt"):
        asked -= set(stems(["team", "teams", "equipe", "equipes"], languages=False))  # "our legal team says …": a
        # team of the asker's, not the management team
    asked -= set(stems(words(fold(f"{meeting.zone_label('en')} {meeting.zone_label('fr')}"))))  # "in Geneva" neither
    asked -= set(stems(words(fold(meeting.remote_tool or ""))))  # every session is on the remote tool
    asked -= _THE_TOOL  # "c'est quoi comme outil ?": the tool, which no session is named by
    weekdays = set(stems(WEEKDAY_NAMES, STOPWORDS))

    def score(session: Session) -> tuple[int, int]:  # its own words first: "the management meeting is on monday?"
        shared = (own(session) - common) & asked  # names the management team's, whatever day is claimed
        return len(shared - weekdays), len(shared)
    scored = sorted(((score(s), i) for i, s in enumerate(meeting.sessions)), reverse=True)
    return meeting.sessions[scored[0][1]] if scored[0][0][1] > 0 else None


def _only_a_session(meeting: Meeting, q: Question) -> bool:
    """Whether a short message only names a session ("mgmt mtg?", "la réunion du dimanche ?"), asking nothing
    else of it ("who is the management team?" asks who)."""
    if len(q.tokens) > 4 or (q.tokens[:1] and q.tokens[0] in WH_WORDS - {"when", "quand"}):
        return False
    session = named_session(meeting, q)
    asked = set(stems(q.corrected, STOPWORDS)) - _TIMING
    if session is None or not asked or not asked <= session_words(session, True):
        return False
    titled = set(stems(words(fold(f"{session.title} {session.title_fr or ''}")), STOPWORDS))
    return bool(asked & titled)  # a word of its title ("mgmt mtg?"), not only of its note ("outil de participation ?":
    # the remote tool the opening's note names)


def session_title(session: Session | None, meeting: Meeting, lang: str) -> str:
    """A session's title in ``lang`` (the meeting's own when there is no session)."""
    if session is None:
        return (meeting.title_fr or meeting.title) if lang == "fr" else meeting.title
    return (session.title_fr or session.title) if lang == "fr" else session.title


#: The most places one time answer converts to.
MAX_PLACES = 4


def _distinct(targets: list[Target]) -> list[Target]:
    """The places named, each once, in order; the asker's own zone only when no place is named."""
    named = [t for t in targets if not t.mine and t.zone is not None]
    return list({t.label: t for t in named}.values()) or [t for t in targets if t.zone is not None][-1:]


def _in_zone(meeting: Meeting, at: dt.datetime, target: Target, lang: str) -> str:
    return at_place(at, target.zone, target.label, lang)  # type: ignore[arg-type]


#: "And after?" asked alone ("et après ?", "and after that?", "and then?"): what comes next.
_AND_AFTER_ALONE = re.compile(r"^(?:et|and|then|puis)\s+(?:apres|after that|after|then|puis)\s*[?!.]*$")
#: Asking for the next session from now ("when's the next session?", "la prochaine séance ?").
NEXT_SESSION = ("next session", "next sessions", "next event", "next on the schedule", "next thing on", "next sitting",
                "what s next", "whats next", "what is next", "what comes next", "c est quoi la suite", "et ensuite",
                "prochaine seance", "prochaine session", "prochain evenement", "seance suivante", "session suivante",
                "next thing happening", "next thing coming", "next sg17 event", "next event coming", "coming up next",
                "what s coming up", "whats coming up", "next thing for", "next thing in",
                "qu est ce qui vient ensuite", "quelle est la suite du programme", "prochaine affaire",
                "prochain truc", "c quoi la suite", "c est quoi la suite", "la suite c est quoi",
                "next thing up")  # not "what's the next thing I need to do after registering?"


#: Both ends of the meeting asked as days ("the first and the last day", "premier et dernier jour").
FIRST_AND_LAST_DAYS = ("first day", "first and last", "first and the last", "premier jour", "premier et dernier",
                       "premier et le dernier")
LAST_DAYS = ("last day", "last days", "final day", "dernier jour", "derniers jours")


#: A condition ("if my internet drops at 2am", "si je suis en retard à 9h"), up to a comma or the end of its sentence.
_CONDITION = re.compile(r"(?i)\b(?:if|in case|si|au cas ou|au cas où)\b[^?,;.!]*")


#: "When" as the first clause of a question asked after it ("Quand un délégué prend la parole à distance, que doit-il
#: dire en premier ?", "when I take the floor, what should I say?"): the moment the question is about, not one asked.
_WHEN_CLAUSE_FIRST = re.compile(r"^(?:quand|lorsqu|lorsque|when|whenever)\b[^,?]{6,},\s*(?:que|qu|quoi|comment|qui|"
                                r"what|how|who|which|should|must|do|does|can|dois|doit|faut|est ce)\b")


def _when_only_a_clause(q: Question) -> bool:
    """Whether the question's "when" opens a clause before what it asks, and what it asks names no time."""
    from bot.questions.normalize import read_question

    clause = _WHEN_CLAUSE_FIRST.match(fold(q.raw))
    return clause is not None and not _names_a_time(read_question(q.raw[q.raw.find(",") + 1:], q.lang))


def _day_claimed_wrongly(m: Meeting, q: Question, at: dt.datetime, zones: list[dt.tzinfo]) -> str | None:
    """The day the question claims for a session at ``at`` (a weekday or a date), as written, when it is that day
    neither in Geneva nor in any of ``zones``; None when no day is claimed or it is right somewhere."""
    days_there = {at.astimezone(zone).date() for zone in [m.tz, *zones]}
    said = _TODAY_SAID.sub(" ", fold(q.raw))  # "Today is Friday, is the opening at 11:00?": today, no day claimed
    dated = [c.date for c in dates_in(said, m.start_date.year)]
    if dated:
        return None if set(dated) & days_there else day(dated[0], q.lang)
    weekdays = weekdays_in(said)
    if weekdays and not set(weekdays) & {d.weekday() for d in days_there}:
        written = next((w for w in re.findall(r"[a-z]+", said) if w in WEEKDAY_NAMES), None)
        return written.capitalize() if written and q.lang == "en" else written  # "not Monday", "et non lundi"
    return None


#: Today said before a question ("Today is Friday, …", "On est vendredi, …"): the asker's day, no day claimed.
_TODAY_SAID = re.compile(r"\b(?:on est|nous sommes|today is|today s|aujourd hui c est|aujourd hui on est|here it s|ici c est)"
                         r"\s+(?:un |a |le )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
                         r"mercredi|jeudi|vendredi|samedi|dimanche)\b(?:\s+\d{1,2}(?:\s+\w+)?)?")


def _clock_only_in_a_condition(q: Question) -> bool:
    """Whether every clock of the question is inside a condition, and the rest asks no time."""
    from bot.questions.normalize import read_question

    rest = _CONDITION.sub(" ", q.raw)
    if not clocks_in(q.raw) or clocks_in(rest) or rest == q.raw:
        return False
    return not _names_a_time(read_question(rest, q.lang))


def _names_a_time(sentence: Question) -> bool:
    """Whether a sentence has words that ask a time: when, a start or an end, now."""
    return sentence.has(*TIME) or sentence.has(*START) or _end_asked(sentence) or sentence.has(*NOW_WORDS)


#: A sentence that only asks whether what was said is right ("est-ce exact ?", "is that correct?", "right?").
_ONLY_CONFIRMS = re.compile(r"^(?:(?:is|was) (?:that|this|it) (?:right|correct|true|so)|(?:am i )?(?:right|correct)|"
                            r"est ce (?:bien )?(?:exact|juste|vrai|correct|ca)|c est (?:bien )?(?:ca|exact|juste|vrai)|"
                            r"n est ce pas|non|vrai|exact)$")


def _asks_elsewhere(q: Question, meeting: Meeting) -> bool:
    """Whether the sentence that asks, apart from the rest of the message, asks no time at all (and names no
    session or day)."""
    from bot.questions.clauses import QUESTION_OPENERS, asked_sentence, questions_in
    from bot.questions.normalize import read_question

    asking = asked_sentence(q.raw, min_words=3)
    if asking is None or _ONLY_CONFIRMS.match(fold(asking).strip(" ?!.;")):
        return False  # "… l'ouverture a lieu à 11 h, heure de Terre-Neuve ; est-ce exact ?": what it confirms asks the time
    opening = next((part for part in reversed(re.split(r",\s*", asking)) if len(part.split()) >= 3
                    and fold(part).split()[0] in QUESTION_OPENERS), None)
    if opening is not None:
        asking = opening  # "With the 5:45 difference …, so I was wondering, will the sessions be recorded …?": the
        # clause that asks, after what the asker tells
    others = [part for part in questions_in(q.raw) if part.rstrip(" ?") != asking.rstrip(" ?")
              and fold(part).split()[:1] and fold(part).split()[0] in QUESTION_OPENERS]  # "And for Vancouver
    # colleagues? what time does the meeting open there": a later question may ask the time (not "I need to be
    # present when our text is consented", which says why)

    def asks_a_time(text: str) -> bool:
        sentence = read_question(text, q.lang)
        return (_names_a_time(sentence) or bool(clocks_in(sentence.raw)) or sentence.has(*NEXT_SESSION) or bool(weekdays_in(sentence.raw))
                or bool(dates_in(sentence.raw, meeting.start_date.year)) or _names_a_later_session(meeting, sentence))

    label = re.split(r"\s[-–—]\s", q.raw, maxsplit=1)  # "opening in Berlin — same as Geneva I suppose?": the label
    labelled = [label[0]] if len(label) == 2 and fold(asking).strip() in fold(label[1]) else []  # names what is asked
    return not any(asks_a_time(text) for text in [asking, *others, *labelled])


#: "The closing SG17 plenary", "la séance de clôture": a session named, not its end asked.
_CLOSING_NAMES = re.compile(r"\bclosing (?:\w+ )?(?:plenar\w*|sessions?|meetings?)\b|\b(?:seance|pleniere) de cloture\b")


def _end_asked(q: Question) -> bool:
    """Whether the question asks when something ends ("closing" naming a session asks no end)."""
    ends = [phrase for phrase in END if q.has(phrase)]
    return bool(ends) and not (set(ends) <= {"closing", "cloture"} and _CLOSING_NAMES.search(q.folded))


#: How long something lasts asked ("how long is the management team meeting?", "ça dure combien de temps ?"), not
#: how long until it ("how long until the management meeting?").
_LENGTH_ASKED = re.compile(r"\bhow long (?:is|will|does|do|did|was)\b(?!.*\b(?:until|till|til|before|to go|left|from now|away)\b)|"
                           r"\b(?:duree|length|durera|dure combien|dure t elle|dure t il|combien de temps dure)\b|"
                           r"(?<!\bin )\bhow many hours (?:is|does|will)\b")  # not "in how many hours?", a countdown


#: The time until something asked ("how many hours remain until …", "combien de temps avant …").
_TIME_TO_GO = re.compile(r"\b(?:until|till|til|before|to go|left|from now|away|remain|remains|remaining|reste|restent|"
                         r"avant|d ici|jusqu)\b")


#: Someone else named as whose the place is ("for my mate in Adelaide", "pour mon collègue à Dakar").
_SOMEONE_ELSE_S = re.compile(r"\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:mate|mates|colleague|colleagues|friend|friends|"
                             r"boss|partner|partners|coworker|coworkers|co worker|chef|collegue|collegues|ami|"
                             r"amie|amis|patron|patronne)\b")  # not "my team", "our delegation": the asker's own
#: What else than a session may end or last ("registration close", "speaking time", "la durée des interventions").
_NOT_THE_SESSION_S = re.compile(r"\b(?:registration|register|inscription|inscriptions|deadline|date limite|speaking|speech|"
                                r"speeches|statement|statements|intervention|interventions|floor|parole|presentation|"
                                r"presentations|contribution|contributions|break|pause|visa|visas)\b")
#: The time difference asked ("what's the time difference with Geneva?", "ça fait combien de décalage ?").
_GAP_WORDS = r"(?:time (?:difference|diffrence|differnce|diference|diff)|difference in time|time gap|decalage|difference d heure|" \
             r"difference horaire|ecart horaire)"
_OFFSET_CLAIMED = re.compile(r"\b(\d{1,2})(?:(?:[.,](5)|:(\d\d)| h (\d\d)|h(\d\d)))?\s*(?:hours?|hrs?|h|heures?)?\s+(?:time )?"
                             r"(?:difference|diff|ahead|behind|d avance|de retard|de decalage|decalage|d ecart)\b")
_OFFSET_ASKED = re.compile(rf"\b(?:offset|utc offset|diff)\s+(?:vs|versus|from|to|with|relative to|compared (?:to|with)|"
                           rf"avec|par rapport a)\s+(?:geneva|geneve)\b|"  # "offset vs geneva?"
                           rf"^(?:et |and |le |la |l |the )?{_GAP_WORDS}(?: horaire)?\s+[a-z]+(?: [a-z]+)?\s+(?:geneve|geneva)"
                           rf"\s*[?!.]*$|"  # "decalage ihosy-geneve?"
                           rf"\b\d{{1,2}}(?:[.,:]\d{{1,2}}| h \d\d|h\d\d)?\s*(?:hours?|hrs?|h|heures?)?\s+(?:time )?(?:difference|diff|"
                           rf"ahead|behind|d avance|de retard|de decalage|decalage|d ecart)\s+(?:with|from|of|avec|sur|par rapport a)\s+"
                           rf"(?:geneva|geneve)\b|"
                           rf"\b(?:what s|whats|what is|what|how much|how big|quel|quelle|combien(?: de)?|ca fait combien "
                           rf"de|c quoi|c est quoi|cest quoi|c koi)\b[^.?!]{{0,25}}\b{_GAP_WORDS}\b|"
                           rf"\b{_GAP_WORDS}(?: horaire)?(?: exact| precis)?\s+(?:avec|with|from|par rapport a)\s+"
                           rf"(?:geneve|geneva|la suisse|switzerland|moi|nous|me|us)\b|\b{_GAP_WORDS}\b[^.?!]{{0,25}}\b(?:combien|how much|how "
                           rf"many|de combien)\b|\bhow many hours (?:ahead|behind|difference|apart)\b|\bhow far (?:ahead|behind) (?:of |from )?(?:geneva|geneve|us|me|them|utc|gmt|r we|are we|is geneva|is it there)\b(?!\s+(?:on|in|with|sur|dans)\b)|\bcombien d heures "
                           rf"(?:de difference|d ecart|de decalage|d avance|de retard)\b(?!\s+(?:faut|pour|avant|before|to)\b)|^(?:(?:et|and|pis|puis|so|alors)\s+)?"
                           rf"(?:(?:il )?y a (?:t il )?(?:un |une )?|is there (?:a |any )?|any )?(?:le |la |l |the )?{_GAP_WORDS}(?: horaire)?\s+(?:avec|with|from|to|entre|between|par "
                           rf"rapport a|vs|versus)\b(?=[^?]*\b(?:geneva|geneve|me|moi|us|nous|here|ici|utc|gmt)\b)|\b{_GAP_WORDS}\s+[a-z]+(?: [a-z]+)?\s+(?:vs|versus|and|et|<>)\s+(?:me|moi|us|nous|geneva|geneve|here|ici)\b"
                           rf"|^(?:(?:what s|whats|what is|the|and|so)\s+)?(?:time\s+)?(?:diff|difference)\s+(?:b w|b/w|bw|btw|"
                           rf"between|entre)\s+(?=[^?]*\b(?:geneva|geneve|me|us|here|ici|moi|nous|utc|gmt)\b)(?!\d)"
                           rf"|^(?:(?:what s|whats|what is|the|and|so)\s+)?(?:time\s+)?(?:diff|difference|decalage)\s+[a-z]+(?: [a-z]+)?\s+"
                           rf"(?:vs|versus|<>|and|et)\s+(?:geneva|geneve|me|moi|us|nous|here|ici|utc|gmt)\s*[?!.]*$"  # "diff tonga vs geneva?"
                           rf"|^(?:(?:what s|whats|what is|the|and|so)\s+)?[a-z]+(?: [a-z]+)?\s+(?:vs|versus|<>|and|et)\s+"
                           rf"(?:geneva|geneve|utc|gmt)\s+(?:time\s+)?(?:difference|diff|decalage)\s*[?!.]*$")  # "nepal vs
# geneva difference?"
# (not "because of time difference", "I assume there
# is some time difference": the difference asked


#: A belief said ("I assume", "je suppose"), whose claim the opening's time checks.
_ASSUMED = re.compile(r"\b(?:i assume|i suppose|i guess|i think|i believe|je suppose|je pense|je crois|j imagine)\b")


def offset_asked(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"ça fait combien de décalage entre Genève et chez moi ?": how far the asker's zone (or the place named) is from
    meeting time during the meeting; None unless the difference is asked."""
    if not _OFFSET_ASKED.search(q.folded) or _ASSUMED.search(q.folded):
        return None  # "I assume there is some time difference with Geneva?": a claim, checked with the opening's time
    m, lang = ctx.meeting, q.lang
    from bot.questions.zones import targets_in  # the city table is loaded only when a place is asked

    places = [t for t in targets_in(q, ctx.asker.zone, kb.vocabulary)[0] if t.zone is not None
              and getattr(t.zone, "zone", None) != getattr(m.tz, "zone", "")]
    zone, label = (places[-1].zone, places[-1].label) if places else (ctx.asker.zone, None)
    if zone is None:
        return text_answer(m, lang, say("tm.title", lang), say("tm.unknown_me", lang), ok=False)
    at = m.opens_at
    gap = (at.astimezone(zone).utcoffset() or dt.timedelta()) - (at.astimezone(m.tz).utcoffset() or dt.timedelta())
    minutes = int(abs(gap.total_seconds()) // 60)
    amount = f"{minutes // 60} h {minutes % 60:02d}" if minutes % 60 else f"{minutes // 60} h"
    place = label or zone_label(zone)
    key = "tm.offset.same" if not minutes else "tm.offset.ahead" if gap > dt.timedelta() else "tm.offset.behind"
    stated = say(key, lang, place=f"{place} ({zone_suffix(at, zone)})", amount=amount,
                 meeting=f"{m.zone_label(lang)} ({zone_suffix(at, m.tz)})")
    claimed = _OFFSET_CLAIMED.search(q.folded)
    if claimed is not None:  # "3 hours difference with geneva, right?": the amount claimed, checked
        said = int(claimed[1]) * 60 + (30 if claimed[2] else int(claimed[3] or claimed[4] or claimed[5] or 0))
        stated = say("pr.yes" if said == minutes else "pr.no", lang, text=stated[:1].lower() + stated[1:])
    return text_answer(m, lang, say("tm.title", lang), stated,
                       say("tm.event", lang, event=session_title(pick_session(m, q), m, lang),
                           when_meeting=f"{day(at.date(), lang)}, {meeting_clock(m, at, lang)}"),
                       say("tm.there", lang, there=at_place(at, zone, label, lang)))  # the opening, for example


#: When asked ("when does it end", "finit à quelle heure", "jusqu'à quand").
_WHEN_ASKED = re.compile(r"\b(?:when|what time|at what time|till when|until when|quand|quelle heure|jusqu a quand|"
                         r"what hour|how late)\b")


def session_length(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"When does the management team meeting end, and how long is it?": that session's end and length (or that the
    letter gives its start only), not the meeting's; None unless a session other than the opening is named and its
    end or length asked."""
    if q.has(*START) or _TIME_TO_GO.search(q.folded) or _NOT_THE_SESSION_S.search(q.folded) \
            or set(q.corrected) & set(DEADLINE) or not (
            _end_asked(q) and _WHEN_ASKED.search(q.folded) or _LENGTH_ASKED.search(q.folded)):
        return None  # not "how many hours remain until the management team meeting?", a countdown; not "in how long
        # does it start?"; not "management meeting is over I think", no end asked
    lines = _a_session_s_end(ctx, q, q.lang)
    return text_answer(ctx.meeting, q.lang, say("tm.title", q.lang), *lines) if lines is not None else None


def _a_session_s_end(ctx: Context, q: Question, lang: str) -> list[str] | None:
    """When a session the question names ends, or that the letter gives its start only; None when it names none
    (the meeting itself) or the opening session (whose end is the day's)."""
    m = ctx.meeting
    session = named_session(m, q)
    if session is None or m.local(session.start) == m.opens_at:
        return None
    start = m.local(session.start)
    event = session_title(session, m, lang)
    lines = [say("tm.event", lang, event=event, when_meeting=f"{day(start.date(), lang)}, {meeting_clock(m, start, lang)}")]
    if session.end is not None:
        end = m.local(session.end)
        lines.append(say("tm.session_ends", lang, event=event, time=meeting_clock(m, end, lang),
                         length=duration(end - start, lang)))
    else:
        lines.append(say("tm.session_no_end", lang, event=event, email=m.contacts.email))
    if ctx.asker.zone is not None:
        lines.append(say("tm.there", lang, there=at_place(start, ctx.asker.zone, None, lang)))
    return lines


#: The next meeting of the study group named ("the next SG17 meeting", "la prochaine réunion"), and this one said over.
_THE_NEXT_MEETING = re.compile(r"\b(?:next|following|prochaine|suivante)\s+(?:sg ?17\s+|ce ?17\s+)?(?:meeting|reunion|session)\b")



def _names_a_later_session(meeting: Meeting, q: Question) -> bool:
    """Whether the question names a session other than the opening (whose words, "remote participation", are
    everyday words of the meeting)."""
    session = named_session(meeting, q)
    return session is not None and meeting.local(session.start) != meeting.opens_at


def _next_session(ctx: Context, q: Question) -> Reply:
    """The first session after now, when the letter gives one; else what the letter says of later sessions."""
    m, lang = ctx.meeting, q.lang
    ahead = sorted((s for s in m.sessions if m.local(s.start) > ctx.now), key=lambda s: s.start)
    if ahead:
        return answer_session(ctx, q, ahead[0].id)
    ended = countdown_over(ctx, lang)
    if ended is not None:
        return text_answer(m, lang, say("tm.title", lang), ended)
    note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
    return text_answer(m, lang, say("tm.title", lang), say("tm.only_first", lang, time=f"{day(m.start_date, lang)}, {meeting_clock(m, m.opens_at, lang)}"), *([note] if note else []))


#: "Before the opening (day)", "avant l'ouverture", "the weekend before": earlier than the meeting's opening.
BEFORE_OPENING = re.compile(r"\b(?:before|prior to|ahead of|avant|la veille de)\s+(?:the\s+|l\s+|la\s+|le\s+)?"
                             r"(?:official\s+|main\s+|actual\s+)?(?:opening|start|meeting opens|meeting|monday|"
                             r"ouverture|debut|reunion|lundi)\b")
_BEFORE_A_DAY = re.compile(r"\b(?:before|prior to|ahead of|avant)\s+(?:the\s+|le\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\b")


def _before_the_first_day(m: Meeting, q: Question) -> bool:
    """"is there anything happening before the 24th?": the meeting's first day named by its number."""
    said = _BEFORE_A_DAY.search(q.folded)
    return said is not None and int(said[1]) == m.start_date.day


#: Words that ask whether some session exists ("any meeting", "une autre réunion").
ANOTHER_SESSION = ("any meeting", "some meeting", "a meeting", "another meeting", "other meeting", "meetings",
                   "any session", "a session", "sessions", "anything", "une reunion", "une autre reunion",
                   "des reunions", "une seance", "des seances", "quelque chose", "meeting scheduled", "sunday meeting",
                   "meeting on sunday", "weekend meeting", "reunion du dimanche", "whats this", "what s this",
                   "c est quoi", "something", "some thing", "an event", "any event", "events")


#: A trial or test session, which the letter never mentions.
TRIAL = ("test", "testing", "trial", "rehearsal", "dry run", "essai", "repetition")


def _sessions_before_opening(ctx: Context, q: Question) -> Reply:
    """The sessions the letter schedules before the opening, each with its time (and the asker's, when known)."""
    m, lang = ctx.meeting, q.lang
    earlier = sorted((s for s in m.sessions if m.local(s.start) < m.opens_at), key=lambda s: s.start)
    if not earlier:
        return text_answer(m, lang, say("tm.title", lang), say("tm.none_before", lang, day=day(m.start_date, lang)))
    replies = [answer_session(ctx, q, s.id) for s in earlier]
    return replies[0] if len(replies) == 1 else replace(replies[0], sections=tuple(
        section for reply in replies for section in reply.sections))


#: When to join, asked with a verb of connecting: the hour of the opening (or of a session named).
#: Asking the way into a session ("how do we join the opening session?", "comment rejoindre la séance ?"), not
#: into the documents ("how do I access the documents?").
HOW_TO_JOIN = re.compile(r"\b(?:how (?:(?:exactly|do|does|can|should|will|to|would|i|we|delegates|one|remote|participants) )*"
                         r"(?:join|connect to|access|get into|attend|participate in|dial into)|comment (?:on |je |nous )?"
                         r"(?:rejoindre|rejoint|rejoins|acceder|accede|participer|participe|se connecter|me connecter|"
                         r"nous connecter|assister))\b(?!(?:\s+\w+){0,4}\s+(?:documents?|docs?|tds?|contributions?|"
                         r"files?|ties|account|compte|fichiers?|mymeetings (?:page|account)))")
WHEN_TO_JOIN = re.compile(r"\b(?:when|what time|at what time|quand|a quelle heure)\s+(?:should|do|must|can|shall|"
                          r"will|dois|faut il|est ce que je dois)?\s*(?:i|we|je|on|nous)?\s*(?:need to |have to |"
                          r"must |should |got to |dois |doit )?(?:me |nous )?"
                          r"(?:log ?in|login|log on|sign in|connect|dial in|connecter|joindre|rejoindre)\b")


#: When the closing is, asked of it by name ("when is the closing plenary?", "la séance de clôture, c'est quand ?").
_CLOSING_WHEN = re.compile(r"\bclosing (?:sg17 )?(?:plenary|session|sitting)\b.{0,40}\b(?:which day|what day|what date|"
                           r"which date|when|what weekday|which weekday)\b|\b(?:what|which) (?:week)?day\b.{0,20}\b"
                           r"(?:the closing|closing (?:sg17 )?(?:plenary|session|sitting))\b|"
                           r"\b(?:when|what time|what day|which day|quand|quel jour|a quelle heure)\b.{0,20}"
                           r"\b(?:the closing|closing (?:sg17 )?(?:plenary|session|sitting)|la cloture|"
                           r"(?:seance|pleniere) de cloture)\b|\b(?:the closing|closing (?:sg17 )?(?:plenary|session)|"
                           r"la cloture|(?:seance|pleniere) de cloture)\b.{0,20}\b(?:when|c est quand|quand|quel jour|"
                           r"quelle date)\b")


#: The meeting's dates asked beside an hour ("the dates and the opening hour", "les dates et l'heure").
DATES_TOO = ("dates", "which days", "what days", "quels jours", "first and last day", "premier et dernier jour")


#: What the letter says there is none of: the hour of it asked is no hour of the meeting's, and whom to ask about it
#: is answered by its own "none".
SAID_NO_TO = ("interpretation", "interpreter", "interpreters", "interprete", "interpretes", "interpretariat", "booth",
              "cabine")
#: The meeting or one of its sessions named, whose hour a question about interpretation may still ask.
_EVENTS = ("meeting", "meetings", "session", "sessions", "plenary", "reunion", "seance", "seances", "opening",
           "ouverture", "sg17", "ce17", "conference", "management", "direction")


#: Open to someone ("open to universities", "ouverte aux observateurs"): who may take part.
_OPEN_TO_SOMEONE = re.compile(r"\b(?:open|opened|ouverte?s?)\s+(?:to|a|aux|au)\s+(?!the public at)[a-z]")
#: A session other than the opening named by its words ("la réunion de direction", "the management team meeting").
_A_SESSION_NAMED = re.compile(r"\b(?:management|direction|mgmt|mgt|equipe de direction|extended)\b")
#: A session supposed at a clock ("if a session is at 14:00 Geneva", "si une séance est prévue à 14 h", "une séance à
#: 16 h"), not one the letter names.
_ANY_SESSION_AT_A_CLOCK = re.compile(r"\b(?:if|si|say|suppose|supposons|disons)\b.{0,20}\b(?:a|an|une|un|any|some)\s+"
                                     r"(?:session|seance|meeting|reunion|call)\b|\b(?:a|an|une|un)\s+(?:session|seance)\s+"
                                     r"(?:is |est )?(?:scheduled |planned |prevue |programmee )?(?:at|a|for|pour)\s+\d")
#: The sessions for newcomers named ("induction session", "séances de présentation", "sessions for new delegates").
_NEWCOMERS_SESSION = re.compile(r"\b(?:induction|introductory|intro|orientation|newcomers?|newbies?)\s+(?:session|sessions|"
                                r"seance|seances|meeting|meetings)\b|\bseances? (?:de presentation|d accueil|d introduction)\b|"
                                r"\b(?:sessions?|seances?) (?:for|pour les) (?:new|first time|nouveaux|nouvelles)\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The reply to a time question, or None when the question is not about times."""
    m, lang = ctx.meeting, q.lang
    q = replace(q, raw=without_guessed_clocks(q.raw))  # "something like 9:30-12:30?" claims no time of the opening
    if (q.has(*NEXT_SESSION) or _AND_AFTER_ALONE.match(q.folded)) and m.sessions:
        return _next_session(ctx, q)  # "ya quoi en ce moment ? … et après ?": what comes next
    if _CLOSING_WHEN.search(fold(q.raw)):  # "when is the closing plenary?": the last day, and no hour
        return text_answer(m, lang, say("tm.title", lang), say("tm.no_end_hour", lang, day=day(m.end_date, lang),
                                                               email=m.contacts.email))
    if (BEFORE_OPENING.search(q.folded) or _before_the_first_day(m, q)) and q.has(*ANOTHER_SESSION) \
            and not q.has(*TRIAL):
        return _sessions_before_opening(ctx, q)  # "is there any meeting before the opening day?"
    if _TRAVEL.search(q.folded):
        return None  # "when should I book my flight to Geneva?": nobody travels, which the format says
    if _THE_NEXT_MEETING.search(q.folded) and ctx.now >= m.closes_at:
        return None  # "Now that the meeting is over, when and where will the next SG17 meeting be held?": none is dated
    language = kb.find("fact", "language") or kb.find("practical", "language")
    if q.has(*SAID_NO_TO) and not q.has(*_EVENTS) and (q.has(*HOUR) or q.has(*START) or q.has("when", "quand")) \
            and language is not None and language.answer is not None:
        return make_answer(m, lang, language.title(lang), list(language.answer(m, lang)))  # "what time does the
        # French interpretation channel open?": there is none, which the working language says
    if q.has("in person") and not (q.has(*HOUR) or clocks_in(q.raw)):
        return None  # "will the opening be held physically in Geneva, or only online?": where, which the format says
    if _LETTER_DATE_ASKED.search(q.folded):
        return None  # "when was the invitation letter sent out? … for our ministry file in Amman": the letter's date
    if _asks_elsewhere(q, m):
        return None  # "will the sessions be recorded? 21:00 in Auckland is rough": the hour is context
    if HOW_TO_JOIN.search(q.folded) and not q.has(*TIME) and not clocks_in(q.raw):
        return None  # "how exactly do we join the opening session? (from Tegucigalpa)": the way in, not the hour
    if _DELAY_ASKED.search(fold(q.raw)) and not (q.has(*HOUR) or clocks_in(q.raw)):
        return None  # "si je ne parviens pas à me connecter à MyMeetings, la séance d'ouverture sera-t-elle
        # retardée ?": whether it waits, which a rule says, not when it is
    if _OPEN_TO_SOMEONE.search(q.folded) and not (q.has(*HOUR) or clocks_in(q.raw) or q.has("when", "quand")):
        return None  # "Is this invitation also open to universities? I'm with the University of Hawaii.": who may
        # take part, not when it opens there
    if _ANY_SESSION_AT_A_CLOCK.search(q.folded) and clocks_in(q.raw) \
            and q.has("what time", "quelle heure", "a quelle heure", "which time", "what is that", "ca fait"):
        return None  # "Si une séance est prévue à 14 h heure de Genève, quelle heure est-il à Nouméa ?": a clock to
        # convert, of no session the letter names
    if _NEWCOMERS_SESSION.search(q.folded):
        return None  # "I'm in Myanmar. will there be an induction session, and if so when?": the newcomers' sessions,
        # which the letter does not date, never the opening
    if STILL_TIME_TO_SEND.search(q.folded) and not (q.has(*START) or q.has(*END)):
        return None  # "can i still upload tonight at 9pm my time?": a deadline checked at that hour, not the opening's
    if _when_only_a_clause(q):
        return None  # "Quand un délégué prend la parole à distance, que doit-il dire en premier ?": what to say then
    if _clock_only_in_a_condition(q):
        return None  # "if my internet drops at 2am will the chair wait for me?": the hour says when, not what is asked
    if q.tokens[:1] in (("who",), ("qui",), ("why",), ("pourquoi",)) and not (
            q.has(*START) or q.has(*END) or q.has(*HOUR) or clocks_in(q.raw)):
        return None  # "who decides if the meeting goes on when remote people cannot hear?": "when" joins a clause
    if q.has(*FIRST_AND_LAST_DAYS) and q.has(*LAST_DAYS) and not q.has(*HOUR):
        return None  # "the first and the last day of the meeting?": its dates, from one to the other
    group = _GROUP_MEETING.search(q.folded)
    if (q.has(*LATER_DAYS) and q.has(*START) and (not q.has(*END) or q.has(*_EACH_DAY))) \
            or (group and (timeish_words(q) or q.has("meet", "meets", "se reunit", "se reunissent", "se reuniront") and not q.has(
                "how many", "combien", "who", "qui", "whom"))):  # not "how many working parties meet and who chairs
        # WP2?", which asks neither when nor at what time
        # "what time do sessions start on the other days?", "when does Q10 meet?": the draft time plan says
        note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
        written = GROUP_WRITTEN.search(q.raw)
        if group is None:
            lines = [say("tm.only_first", lang, time=f"{day(m.start_date, lang)}, {meeting_clock(m, m.opens_at, lang)}")]
        elif group[0].startswith(("which", "when", "quel")):  # "which WP meets when?": none of them is in the letter
            lines = [say("tm.groups", lang, email=m.contacts.email)]
        else:
            lines = [say("tm.group", lang, group=written[0] if written else group[0], email=m.contacts.email)]
        return text_answer(m, lang, say("tm.title", lang), *lines, *([note] if note else []))
    if _asks_which_zone(q):  # "the times in the letter - which time zone are they in?"
        opening = next((session for session in m.sessions if m.local(session.start) == m.opens_at), None)
        mine = [say("tm.event", lang, event=session_title(opening, m, lang), when_meeting=f"{day(m.start_date, lang)}, "
                    f"{meeting_clock(m, m.opens_at, lang)}"), say("tm.there", lang, there=at_place(
                        m.opens_at, ctx.asker.zone, None, lang))] if ctx.asker.zone is not None \
            and not _is_meeting_zone(m, ctx.asker.zone) else []  # "tz?" from Dubai: and the opening there
        return text_answer(m, lang, say("tm.title", lang), say("tm.zone", lang, place=m.zone_label(lang),
                                                                 suffix=zone_suffix(m.opens_at, m.tz)), *mine)
    timeish = (q.has(*TIME) and not _only_a_zone(q) and not _on_time_only(q)) or bool(clocks_in(q.raw))
    asks_now = q.has(*NOW_WORDS) and not (q.has(*START) or q.has(*END)  # "what time is it in X when it opens"
                                          or named_session(m, q) is not None)  # "the sunday meeting, what time is it?"
    if not (timeish or asks_now) and (q.has(*START) or q.has(*END)) and (
            _ZONE_NAMED.search(q.folded) or _PLACE_NAMED.search(q.raw)):
        timeish = True  # "opening in UTC?", "start in New York time"
    if not (timeish or asks_now) and q.has("hours", "heures", "horaires") and (
            _PLACE_NAMED.search(q.raw) or _SUITS_A_PLACE.search(q.raw)):
        timeish = True  # "what are the hours in Tokyo?", "will the hours suit Tokyo?": the one hour given, there
    if not (timeish or asks_now) and (q.has(*START) or q.has("opening", "ouverture")) and q.has(*FOR_ME):
        timeish = True  # "opening for me? it's gonna be early lol": the opening where the asker is
    if not (timeish or asks_now) and weekdays_in(q.raw) and named_session(m, q) is not None:
        timeish = True  # "do I need to block the sunday before? someone mentioned a management meeting"
    if not (timeish or asks_now) and named_session(m, q) is not None and q.has(*_WHICH_DAY):
        timeish = True  # "is the mgmt mtg on a weekday or the weekend?": its day
    if not (timeish or asks_now) and _only_a_session(m, q):
        timeish = True  # "mgmt mtg?": a session named alone asks when it is
    if not (timeish or asks_now) and WHEN_TO_JOIN.search(q.folded):
        timeish = True  # "when should I log in on day one?": the opening's time, where the asker is
    targets: list[Target] | None = None
    if not (timeish or asks_now) and (q.has(*START) or q.has(*END) or named_session(m, q) is not None
                                      and _PLACE_LAST.search(q.folded) and len(q.tokens) <= _SHORT_SESSION_ASKED):
        targets, unknown = targets_in(q, ctx.asker.zone, kb.vocabulary)
        who = _WHO_ASKS.match(q.folded)  # "Kuwait delegation: is there a dress code for the opening plenary?": who
        # asks, no place asked
        timeish = any(not t.mine and not (who and fold(t.label) in who[1]) for t in targets)  # "helsinki -
        # opening?", "mgmt team mtg, what's that in vancouver"
        last = _PLACE_LAST.search(q.folded)
        if not timeish and last and last[0].split()[1].strip("?!.") in _ZONE_WORDS_WRITTEN:
            timeish = True  # "mgmt mtg in ist?" from Kolkata: the asker's own zone, by its abbreviation
    if not (timeish or asks_now):
        return None  # before looking for places: the city table is loaded only for time questions
    if targets is None:
        targets, unknown = targets_in(q, ctx.asker.zone, kb.vocabulary)
    if not (targets or unknown or q.has(*START) or q.has(*END) or named_session(m, q) is not None
            or WHEN_TO_JOIN.search(q.folded)):
        return None  # "when is the mgmt mtg?": a session named is a time asked
    title = say("tm.title", lang)
    if unknown and not targets and ctx.asker.zone is not None and q.has(*FOR_ME, "chez nous", "here", "ici"):
        targets, unknown = [Target(ctx.asker.zone, "", mine=True)], None  # "on est a St-Pierre (SPM), l'ouverture ça
        # tombe à quelle heure chez nous ?": a place not found, but where the asker is, which is known
    unknown_note: list[str] = []
    if unknown and not targets and ctx.asker.zone is not None:  # "l'heure d'ouverture à Luganville ?" with a zone
        # saved: in that zone, saying the place is not known
        targets, unknown_note = [Target(ctx.asker.zone, "", mine=True)], [say("tm.unknown_place.mine", lang,
                                                                              place=unknown)]
    elif unknown and not targets:
        return text_answer(m, lang, title, say("tm.unknown_place", lang, place=unknown), ok=False)
    target = targets[-1] if targets else None
    own_zone_note: list[str] = []
    if target is not None and target.zone is not None and not target.mine and ctx.asker.zone is not None \
            and _ON_A_ZONE_ONESELF.search(q.folded) \
            and not _SOMEONE_ELSE_S.search(fold(q.raw)):  # "we on Eastern daylight time like Miami so the opening is 5am
        probe = m.opens_at  # fi mi right?" from Jamaica: the asker's own zone says otherwise
        if probe.astimezone(target.zone).utcoffset() != probe.astimezone(ctx.asker.zone).utcoffset():
            own_zone_note = [say("tm.own_zone_differs", lang, mine=zone_label(ctx.asker.zone) + ", "
                                 + zone_suffix(probe, ctx.asker.zone).strip("()"),
                                 other=target.label or zone_label(target.zone), offset=zone_suffix(probe, target.zone))]
            target = Target(ctx.asker.zone, "", mine=True)
            targets = [target]
    if target is not None and target.zone is None:  # "what time does it open for me?": in meeting time, and how
        session = pick_session(m, q)  # to get it in one's own
        at = m.local(session.start) if session else m.opens_at
        return text_answer(m, lang, title, say("tm.event", lang, event=session_title(session, m, lang), when_meeting=(
            f"{day(at.astimezone(m.tz).date(), lang)}, {meeting_clock(m, at, lang)}")), say("tm.unknown_me", lang),
            ok=False)
    if asks_now and target is not None:
        return text_answer(m, lang, title, *unknown_note, say("tm.now", lang, there=_in_zone(m, ctx.now, target, lang)))
    if _end_asked(q) and not q.has(*START):
        return text_answer(m, lang, title, say("tm.no_end_hour", lang, day=day(m.end_date, lang), email=m.contacts.email))
    session = pick_session(m, q)
    at = m.local(session.start) if session else m.opens_at
    event = session_title(session, m, lang)
    when_meeting = f"{day(at.astimezone(m.tz).date(), lang)}, {meeting_clock(m, at, lang)}"
    lines = [*unknown_note, *own_zone_note, say("tm.event", lang, event=event, when_meeting=when_meeting)]
    if at <= ctx.now < m.closes_at and not clocks_in(q.raw) and not q.has(*_BEGUN_ASKED):  # "when is the management
        # team meeting?" asked that
        # afternoon: it
        lines.append(say("tm.began_ago", lang, ago=duration(ctx.now - at, lang)))  # has begun already, said (not
        # once the meeting is over, which is said)
    if named_session(m, q) is None and (q.has("when", "quand") and not (q.has(*START) or q.has(*END) or q.has(*HOUR))
                                        or q.has(*DATES_TOO)):
        lines.insert(0, dates_line(m, lang))  # "when is the SG17 meeting? I'm in Lagos": its days, then the opening;
        # "the precise dates … as well as the hour at which the first session will commence": both
    zone = target.zone if target is not None else m.tz
    claims = clocks_in(q.raw)
    if claims and _CLOCK_FIRST.match(q.folded) and _is_the_clock_now(claims[0], ctx.now.astimezone(zone)):
        claims = claims[1:]  # "3am in honolulu and i just woke up… what time is the opening??": the asker's own
        # clock, said first, no time claimed of the opening
    if claims and target is not None and not _is_meeting_zone(m, target.zone):
        said_in_meeting_time = {(c.hour, c.minute) for match in _CLOCK_IN_MEETING_TIME.finditer(q.folded)
                                for c in clocks_in(match[0])}
        local = at.astimezone(m.tz)
        if (local.hour, local.minute) in said_in_meeting_time:  # "what time is that in Taipei, the 11:00 Geneva
            claims = [c for c in claims if (c.hour, c.minute) != (local.hour, local.minute)]  # opening?": the
            # meeting's own time names the session, no claim of the time in Taipei
    denied = {(c.hour, c.minute) for match in _CLOCK_DENIED.finditer(q.folded) for c in clocks_in(match[0])}
    if denied and (at.astimezone(zone).hour, at.astimezone(zone).minute) not in denied:  # "what time does it open in
        claims = [c for c in claims if (c.hour, c.minute) not in denied]  # Cairo? and don't tell me 12:00": the
        # asker rules that clock out, rightly; no "No" to them
    if claims and _ANY_SESSION.search(q.folded) and named_session(m, q) is None:  # "will I have to be up at 3am
        # for any session?": a clock asked of the sessions the letter gives no hours for, not claimed of the opening
        claims, sessions_asked = [], True
    else:
        sessions_asked = False
    if claims:
        if target is not None and _is_meeting_zone(m, target.zone):  # "9h heure de Genève": the meeting's own name
            target = replace(target, label=m.zone_label(lang))
        checked = [(claims[-1], target)]
        meeting_time_said = re.search(rf"\b(?:heure de {re.escape(fold(m.zone_label('fr')))}|{re.escape(fold(m.zone_label('en')))}"
                                      r" time|heure de la reunion|meeting time|cest)\b", q.folded)  # "9h heure de
        # geneve c ca?": the clock is claimed in meeting time, whatever the asker's own clock says
        in_meeting_time = re.search(rf"\d\s*(?:h|:\d\d|\.\d\d)?\s*(?:am|pm)?\s*(?:{re.escape(fold(m.zone_label('en')))}|"
                                    rf"{re.escape(fold(m.zone_label('fr')))})\b", q.folded)
        if len(claims) == 1 and in_meeting_time and target is not None and target.mine:  # "since the meeting starts at
            checked = [(claims[0], Target(m.tz, m.zone_label(lang)))]  # 9:00 Geneva, what time is that for me?": the
            lines.append(say("tm.there", lang, there=_in_zone(m, at, target, lang)))  # clock said in Geneva, then mine
        if target is None and ctx.asker.zone is not None and _same_clock(at.astimezone(ctx.asker.zone), claims[-1]) \
                and not _same_clock(at.astimezone(m.tz), claims[-1]) and not meeting_time_said:  # "5AM??? seriously?? why does it start so
            checked = [(claims[-1], Target(ctx.asker.zone, "", mine=True))]  # early" in Barbados: the asker's clock
        if len(claims) >= 2 and target is not None and target.zone is not None and not target.mine \
                and ctx.asker.zone is not None and _HERE_AFTER.search(q.folded):  # "the opening is 11:00 UTC, right? so
            checked = [(claims[0], target), (claims[-1], Target(ctx.asker.zone, "", mine=True))]  # 1am here": each
        elsewhere = [t for t in _distinct(targets) if t.zone is not None and not _is_meeting_zone(m, t.zone)]
        if _LIKE_GENEVA.search(q.folded) and ctx.asker.zone is not None and not _is_meeting_zone(m, ctx.asker.zone) \
                and (elsewhere or q.has(*FOR_ME) or _A_PLACE_ASKED.search(fold(q.raw))):  # "… à Langlade ? Je crois
            # que c'est à 11 h comme à Genève" (not "the opening is at 11:00 as in Geneva time, correct?")
            checked = [(claims[-1], elsewhere[-1] if elsewhere else Target(ctx.asker.zone, "", mine=True))]  # "… à
            # Langlade ? Je crois que c'est à 11 h comme à Genève.": the clock claimed where the asker is
        placed = [t for t in _distinct(targets) if t.zone is not None and t.label and fold(t.label) in q.folded]
        if len(claims) == 2 and len(placed) == 2:  # "meeting start 11:00 UTC so 3pm Oman time yes?": each clock in
            placed.sort(key=lambda t: q.folded.find(fold(t.label)))  # the zone said after it
            checked = [(claim, Target(ctx.asker.zone, place.label, mine=True) if ctx.asker.zone is not None
                        and re.search(rf"\b(?:here in|here at|ici a|chez moi a|chez nous a) {re.escape(fold(place.label))}\b",
                                      q.folded) else place) for claim, place in zip(claims, placed)]  # "So 14:00 here in
            # Dar": the asker's own zone, whatever else "Dar" may name
        verdicts = []
        wrong_day = _day_claimed_wrongly(m, q, at, [place.zone for _, place in checked
                                                     if place is not None and place.zone is not None]
                                         + ([ctx.asker.zone] if ctx.asker.zone is not None else []))
        for claimed, place in checked:
            local = at.astimezone(place.zone if place is not None and place.zone is not None else zone)
            there = _in_zone(m, at, place, lang) if place else meeting_clock(m, at, lang)
            right = (local.hour, local.minute) == (claimed.hour, claimed.minute)
            if wrong_day is not None:  # "la réunion de l'équipe de direction c'est lundi 24 à 11h c ça ?": the day
                verdicts.append(say("tm.no_day", lang, event=event, day=day(at.astimezone(m.tz).date(), lang),
                                    there=meeting_clock(m, at, lang), claimed=wrong_day))  # is wrong, whatever the
                break  # clock
            verdicts.append(say("tm.yes" if right else "tm.no", lang, event=event, there=there,
                                claimed=f"{claimed:%H:%M}"))
        lines = verdicts + lines
    elif target is not None:
        for index, (when, name) in enumerate([(at, event), *_opening_too(m, q, session, lang)]):
            if index:  # "taipei time for the opening, and for the mgmt meeting on sunday?": each session named
                lines.append(say("tm.event", lang, event=name, when_meeting=f"{day(when.date(), lang)}, "
                                                                            f"{meeting_clock(m, when, lang)}"))
            named = _distinct(targets)
            elsewhere = [t for t in named if not _is_meeting_zone(m, t.zone)]  # "11 h de Genève, ça fait quelle
            for place in (elsewhere or named)[-MAX_PLACES:]:  # heure à Abou Dhabi ?": Geneva is what is converted
                if _is_meeting_zone(m, place.zone):  # "heure de Genève": the meeting's own name for its zone
                    place = replace(place, label=m.zone_label(lang))
                lines.append(say("tm.there", lang, there=_in_zone(m, when, place, lang)))
    elif ctx.asker.zone is not None:
        lines.append(say("tm.there", lang, there=at_place(at, ctx.asker.zone, None, lang)))
    local_day = _local_day_checked(ctx, q, at, target, lang) if not claims else None
    if local_day is not None:  # "la réunion de l'équipe de direction, c'est bien demain pour moi ?" in Papeete
        lines.insert(0, local_day)
    summer = [t for t in targets if t.zone is not None and not _is_meeting_zone(m, t.zone)] \
        if _SUMMER_TIME_SAID.search(q.folded) and not _NO_SUMMER_TIME.search(q.folded) else []  # not "Egypt had no
    # DST in 2020": what the asker rules out, rightly or not, is no claim to confirm
    if summer:  # "opening time for colleagues in Cairo? they are on summer time, I think?": whether they are then
        on_summer_time = bool(at.astimezone(summer[-1].zone).dst())
        lines.insert(0, say("tm.summer.yes" if on_summer_time else "tm.summer.no", lang,
                            place=summer[-1].label or zone_label(summer[-1].zone),
                            offset=zone_suffix(at, summer[-1].zone)))
    same_asked = [t for t in targets if t.zone is not None and not _is_meeting_zone(m, t.zone)] \
        if _SAME_CLOCK_ASKED.search(q.folded) and not claims else []
    difference = _DIFFERENCE_ASKED.search(q.folded) is not None and not claims
    if difference and not same_asked:  # "I assume there is some time difference with Geneva?": the other way round
        same_asked = [t for t in targets if t.zone is not None and not _is_meeting_zone(m, t.zone)] \
            or ([Target(ctx.asker.zone, "", mine=True)] if ctx.asker.zone is not None
                and not _is_meeting_zone(m, ctx.asker.zone) else [])
    if same_asked:  # "À Bruxelles, l'ouverture est à la même heure qu'à Genève ?": yes or no, then the times
        place = same_asked[-1]
        same = at.astimezone(place.zone).utcoffset() == at.astimezone(m.tz).utcoffset()
        key = ("tm.same_clock.no_difference" if same else "tm.same_clock.difference") if difference \
            else ("tm.same_clock.yes" if same else "tm.same_clock.no")
        lines.insert(0, say(key, lang, place=place.label or zone_label(place.zone), meeting=m.zone_label(lang)))
    if named_session(m, q) is not None:  # "what's this 'open extended management team meeting' thing and when is it"
        lines += what_a_session_is(m, q, session, lang)
    if q.has(*END) and session is not None and m.local(session.start) == m.opens_at:  # "when does it start and end?"
        lines.append(say("tm.no_end_hour", lang, day=day(m.end_date, lang), email=m.contacts.email))
    if sessions_asked:
        note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
        lines += [say("tm.only_first", lang, time=f"{day(m.start_date, lang)}, {meeting_clock(m, m.opens_at, lang)}"), *([note] if note else [])]
    ended = countdown_over(ctx, lang)
    if ended is not None:  # "when does it start?" asked after the end: it is over
        lines.insert(0, ended)
    elif _MISSED_CLAIMED.search(q.folded) and ctx.now < at:  # "j'ai raté l'ouverture, elle était à quelle heure ?"
        # asked weeks before: nothing was missed
        lines.insert(0, say("cd.not_missed", lang, left=duration(at - ctx.now, lang)))
    return make_answer(m, lang, title, [(line,) for line in lines],
                       fields=(Field(say("field.when", lang), (Moment(at),)),))


#: A day said relative to the asker's own today ("c'est bien demain pour moi ?", "is it tonight for me?").
_RELATIVE_DAYS = {"tomorrow": 1, "demain": 1, "today": 0, "tonight": 0, "aujourd hui": 0, "ce soir": 0, "ajd": 0,
                  "yesterday": -1, "hier": -1}
_RELATIVE_DAY = re.compile(r"\b(" + "|".join(_RELATIVE_DAYS) + r")\b")


def _local_day_checked(ctx: Context, q: Question, at: dt.datetime, target: Target | None, lang: str) -> str | None:
    """"Yes"/"No" to a session's day said relative to the asker's today where they are ("c'est bien demain pour moi ?"
    asked at 21:00 on Saturday in Papeete, of a session at 23:00 that evening there: No); None unless such a day is
    said in a yes/no question and the asker's zone is known."""
    said = _RELATIVE_DAY.search(q.folded)
    zone = target.zone if target is not None and target.zone is not None else ctx.asker.zone
    if said is None or zone is None or clauses.opens_with_a_wh_word(q.folded) \
            or q.has("what time", "quelle heure", "at what time", "a quelle heure"):  # "… c demain ? a quelle heure pour
        return None  # moi ?": the hour is asked, the day is answered on its own
    claimed = ctx.now.astimezone(zone).date() + dt.timedelta(days=_RELATIVE_DAYS[said[1]])
    right = at.astimezone(zone).date() == claimed
    return say("tm.local_day.yes" if right else "tm.local_day.no", lang,
               there=at_place(at, zone, target.label if target is not None else None, lang))


#: Whether a place keeps the meeting's clock, asked ("same time as Geneva?", "à la même heure qu'à Genève ?").
_SAME_CLOCK_ASKED = re.compile(r"\bsame (?:time|hour|clock)(?: ?zone)?\b[^?]{0,30}?\b(?:as|than)\b|\bmeme (?:heure|fuseau)"
                               r"(?: horaire)?\s+qu|\bheure de (?:geneve|la suisse) aussi\b")  # not "in the same zone?"


#: A clock claimed to be the same as Geneva's ("c'est à 11 h comme à Genève", "11am like in Geneva?").
_LIKE_GENEVA = re.compile(r"\b(?:comme a|comme pour|pareil qu a|pareil que|like in|same as(?: in)?)\s+(?:geneve|geneva)\b"
                          r"(?! time)")
#: A place the question asks of, other than Geneva ("l'heure d'ouverture de la réunion à Langlade").
_A_PLACE_ASKED = re.compile(r"\b(?:a|in|at|pour|for)\s+(?!geneve\b|geneva\b)[a-z][a-z' -]+\s*[?!.]")


#: A time difference with the meeting's clock asked ("I assume there is some time difference with Geneva?").
_DIFFERENCE_ASKED = re.compile(r"\btime difference\b|\bdecalage(?: horaire)?\b|\bdifference (?:with|from|avec|d heure)\b")


#: Summer time said of a place ("they are on summer time, I think?", "ils sont à l'heure d'été ?").
_SUMMER_TIME_SAID = re.compile(r"\b(?:summer time|daylight saving|daylight time|dst|heure d ete|horaire d ete)\b")


#: Summer time said not to hold ("no DST", "pas d'heure d'été", "not on summer time").
_NO_SUMMER_TIME = re.compile(r"\b(?:no|not on|not|without|sans|pas d|pas a l|pas en)\s+(?:\w+\s+)?(?:summer time|daylight "
                             r"saving|daylight time|dst|heure d ete|horaire d ete)\b")


#: "Here" said after a clock, of the asker's own place ("… right? so 1am here").
_HERE_AFTER = re.compile(r"\b(?:here|ici|for me|pour moi|chez moi|my time|local time|heure locale)\s*[?!.]*$")


#: A session said to be missed ("I missed the opening", "j'ai raté l'ouverture", "on a manqué la réunion du dimanche").
_MISSED_CLAIMED = re.compile(r"\b(?:i|we|i ve|we ve|i have|we have)\s+(?:just\s+)?missed\b|"
                             r"\b(?:j ai|on a|nous avons)\s+(?:deja\s+)?(?:rate|manque|missed)\b")


#: Words that ask which day something falls on.
_WHICH_DAY = ("weekday", "week day", "weekend", "week end", "which day", "what day", "quel jour", "en semaine",
              "day of the week", "jour de la semaine")

#: The opening named as such ("the opening", "l'ouverture"), which shares its words with no other session.
_OPENING_NAMED = ("opening", "ouverture", "opening session", "seance d ouverture")


def _opening_too(m: Meeting, q: Question, session: Session | None, lang: str) -> list[tuple[dt.datetime, str]]:
    """The opening's time and title when the question names it beside another session ("the opening, and the mgmt
    meeting on sunday?"); none otherwise."""
    if session is None or m.local(session.start) == m.opens_at or not q.has(*_OPENING_NAMED) \
            or not (q.has("and", "et", "also", "aussi") or re.search(r"[,;+]", q.raw)):  # "mgmt time, opening time"
        return []
    opening = next((s for s in m.sessions if m.local(s.start) == m.opens_at), None)
    return [(m.opens_at, session_title(opening, m, lang))]


#: Words that ask who may attend a session ("can regular delegates join?", "est-elle réservée à …?").
WHO_ATTENDS = ("who can", "who may", "who is invited", "who should", "who attends", "attend", "join", "open to",
               "only for", "reserved", "invited", "qui peut", "qui participe", "ouverte a", "ouverte aux", "reserve",
               "reservee", "participer", "assister", "invite", "invites", "closed to", "closed for", "fermee a",
               "fermee aux", "private", "privee", "accessible a", "accessible aux", "ouvert a", "ouvert aux", "ouverts a",
               "est ouverte", "ouverte ou", "open or", "juste pour les", "seulement pour les", "uniquement pour les",
               "only mgmt",
               "only management", "only the management", "pour les chefs", "leadership only", "meeting is closed",
               "mtg is closed", "only leadership", "team only", "members only", "reservee aux", "just for")
# "c ouvert a tout le monde ?" (not "open for": "when does it open for me in Delhi?" asks a time)
#: A session claimed closed ("closed to ordinary delegates, isn't it?", "elle est fermée aux délégués ?").
_CLOSED_CLAIMED = ("closed to", "closed for", "private", "not open", "fermee", "privee", "pas ouverte", "meeting is closed",
                   "mtg is closed", "leadership only", "only leadership", "team only", "members only", "just for the",
                   "only for the")


def who_attends_a_session(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Who may attend a session named other than the opening ("who can attend the management meeting?", "is the
    sunday meeting open to everyone?"), or None."""
    m = ctx.meeting
    registering = bool(_REGISTERING_FOR.search(q.folded))  # "do I register separately for the Sunday management
    # team meeting?": whether it has a registration of its own, which the letter does not say
    if not registering and not q.has(*WHO_ATTENDS) or timeish_words(q) and not registering and not any(
            read_question(part, q.lang).has(*WHO_ATTENDS) for part in clauses.questions_in(q.raw)):
        return None  # "what time does the management team meeting start in seoul? our chair will join": the time
    unasked = replace(q, corrected=tuple(t for t in q.corrected if t not in _ATTENDING))  # "attend" names no session
    session = named_session(m, unasked)
    if session is None or m.local(session.start) == m.opens_at or not session.open_to:
        return None
    reply = answer_session(ctx, q, session.id)
    if registering:
        return replace(reply, sections=reply.sections + (Section(lines=((say(
            "tm.session_registration", q.lang, email=m.contacts.email),),)),))
    return reply


#: Registering asked of a session ("register separately for the management meeting", "faut-il s'inscrire à la réunion
#: de l'équipe de direction ?", "does my registration cover it?").
_REGISTERING_FOR = re.compile(r"\b(?:need|needs|have|has|must|should|do i|do we|required|necessary)\s+(?:to\s+)?(?:be\s+)?"
                              r"regist\w*|\bregist\w* (?:separately|too|as well|also|for it|for that)\b|"
                              r"\bregistration (?:cover|covers|include|includes|enough)\b|\b(?:separate|own|distinct|"
                              r"different|extra|additional|special) registration\b|\bregistration of its own\b|\bcovered by (?:my|the|our) "
                              r"registration\b|\b(?:s|m|nous) inscrire\b|\binscription (?:distincte|separee|a part|"
                              r"speciale|couvre|suffit)\b|\binscri\w* (?:a part|separement)\b")


#: Words of attending, which every session shares (the opening's "participation").
_ATTENDING = frozenset("attend attends attending participate participating join joining addressed invited participer "
                       "assister".split())


#: Missing a session asked ("did I miss the management team meeting?", "j'ai raté la réunion …", "too late to join?").
_MISSED = re.compile(r"\b(?:miss|missed|missing|rate|ratee|manque|manquee|too late|trop tard|already (?:started|begun|over)|"
                     r"deja commence\w*|deja fini\w*)\b")


#: What a session is, asked ("what's this 'open extended management team meeting' thing", "c'est quoi la réunion de
#: l'équipe de direction ?").
_WHAT_IT_IS = re.compile(r"\b(?:(?:what (?:is|s)|whats) (?:this|that|the|an?)\b(?!\s+(?:in|at|for|a|en|pour|time|hour|heure|next|first|last|date|day|name)\b)"
                         r"|what kind of|"
                         r"c est quoi|c quoi|c koi|qu est ce que c est|qu est ce qu|quel genre de|a quoi sert|what for)")


def what_a_session_is(m: Meeting, q: Question, session: Session | None, lang: str) -> list[str]:
    """What the letter says of a session other than the opening, when the question asks what it is ("what's this
    'open extended management team meeting' thing?"): its note, who may attend, and that the letter says no more;
    [] otherwise."""
    if session is None or not _WHAT_IT_IS.search(q.folded) or m.local(session.start) == m.opens_at \
            or q.has(*_OPENING_NAMED):  # "whats the opening time in Honolulu? … the sunday evening for me??"
        return []
    note = (session.note_fr or session.note) if lang == "fr" else session.note
    open_to = (session.open_to_fr or session.open_to) if lang == "fr" else session.open_to
    return [say("tm.what_it_is", lang, note=note or "", open_to=open_to or "", email=m.contacts.email).strip()]


def answer_session(ctx: Context, q: Question, session_id: str) -> Reply:
    """A session's date and time in meeting time (and the asker's zone when known)."""
    m, lang = ctx.meeting, q.lang
    session = next(s for s in m.sessions if s.id == session_id)
    at = m.local(session.start)
    event = session_title(session, m, lang)
    lines = [say("tm.event", lang, event=event, when_meeting=f"{day(session.start.date(), lang)}, "
                                                            f"{meeting_clock(m, at, lang)}")]
    if ctx.asker.zone is not None:
        lines.append(say("tm.there", lang, there=at_place(at, ctx.asker.zone, None, lang)))
    local_day = _local_day_checked(ctx, q, at, None, lang)
    if local_day is not None:  # "la réunion de l'équipe de direction, c'est bien demain pour moi ?"
        lines.insert(0, local_day)
    if _MISSED.search(q.folded) and ctx.now >= at:  # "j'ai raté la réunion de l'équipe de direction ?": it has begun
        lines.insert(0, say("tm.session_begun", lang, event=event, ago=duration(ctx.now - at, lang),
                            email=m.contacts.email))
    elif _MISSED.search(q.folded):  # asked before it: not missed
        lines.insert(0, say("tm.session_ahead", lang, event=event, left=duration(at - ctx.now, lang)))
    open_to = (session.open_to_fr or session.open_to) if lang == "fr" else session.open_to
    what_it_is = what_a_session_is(m, q, session, lang)
    lines += what_it_is
    if open_to and q.has(*WHO_ATTENDS) and not what_it_is:  # "can regular delegates join the mgmt team mtg?"
        lines.append(say("tm.open_to", lang, open_to=open_to, email=m.contacts.email))
        if q.has(*_CLOSED_CLAIMED) and fold(session.open_to or "").startswith("open") \
                and not re.search(r"\b(?:or|ou)\b", q.folded):  # (not "only for the team, or open to all?", a choice)
            # "closed to ordinary
            lines.insert(0, say("tm.not_closed", lang, event=event))  # delegates, isn't it?": the letter says open
    return make_answer(m, lang, event, [(line,) for line in lines],
                       fields=(Field(say("field.when", lang), (Moment(at),)),))
