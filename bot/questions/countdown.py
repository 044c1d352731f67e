"""Where the meeting stands at "now": "how long until it starts?", "has it started?", "c'est fini ?"."""

from __future__ import annotations

import datetime as dt
import re

from bot.context import Context
from bot.models import Meeting, Session
from bot.questions.facts import later_day_lines, meeting_clock
from bot.questions.formatting import at_place, day, duration
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions import clauses
from bot.questions.normalize import Question, fold, read_question, stems
from bot.questions.replies import answer as answer_lines
from bot.questions.replies import text_answer
from bot.questions.retrieval import THRESHOLD, confident
from bot.questions.vocabulary import COUNTDOWN, START, STOPWORDS
from bot.reply import Reply

#: Words that say when a question is asked rather than ask where the meeting stands: "mic is bad today, can
#: the chair cut me off?" asks about sound; "today" alone asks the meeting's state only when nothing else is asked.
#: Words that say something has ended, in a yes/no question about the meeting.
ENDED = frozenset("over finished ended done terminee termine terminé finie fini achevee".split())

AGENDA_THRESHOLD = 0.6  # as retrieval asks of an agenda title ("le dernier jour" is no "last SG17 meeting")

WHEN_ASKED = frozenset({"today", "aujourd hui", "soon", "bientot", "right now"})
#: Words that ask where the meeting stands only when nothing else is asked ("outgoing" read as "ongoing" too).
WEAKLY_ASKED = WHEN_ASKED | {"ongoing", "still ongoing", "in session"}
#: Words that ask where or under which item something is: never how long until the meeting.
ASKS_WHERE_OR_WHICH = ("where", "which item", "under which", "ou est", "quel point", "which agenda item")
WHEN_ASKED_WORDS = frozenset({"today", "aujourd", "hui", "soon", "bientot", "right", "now",
                              "last", "first", "final", "dernier", "premier", "day", "jour",  # "today the last day?"
                              "start", "starts", "started", "starting", "begin", "begins", "began", "begun", "open",
                              "opens", "opened", "commence", "commencer", "debute", "already", "yet", "deja"})
#: "did the meeting start already?", "has SG17 begun?": a yes/no question on the meeting having started.
STARTED_ASKED = re.compile(r"^(?:did|has|have|a t elle|a t il|est ce que)\b.*\b(?:start|started|begin|began|begun|"
                           r"open|opened|commence|debute)\b")

#: Whether it has started, asked without a verb before it ("mtg started?", "are we live yet?", "sg17 started yet?").
_STARTED_ALONE = re.compile(r"^(?:(?:the |is the |has the )?(?:meeting|mtg|sg ?17|it|reunion)\s+)?(?:started|begun|begin|"
                            r"commence|commencee)(?: yet| already| deja)?$|^(?:are|r) we (?:live|on)(?: yet| already)?$"
                            r"|^(?:(?:is )?(?:it|the meeting|sg ?17) )?(?:on|live) yet$")  # "on yet?"


#: Whether the meeting is on asked for a yes or a no ("Meeting still running?", "is SG17 already on?", "ça a
#: commencé ?").
_WHETHER_ON = re.compile(r"^(?:(?:is|has|did|are|r)\s+)?(?:the |sg ?17 |it |we |the sg ?17 )?(?:sg ?17 )?(?:meeting |mtg |"
                         r"reunion )?(?:still |already |deja )?(?:running|on|going on|under way|underway|started|begun|"
                         r"in session|live|en cours|commence|commencee)\b|^(?:est ce que |c est |ca a )(?:deja )?"
                         r"(?:commence|en cours|parti)\b")


#: A speaking time asked ("temps de parole", "speaking time", "how long can I speak"), never a countdown.
_SPEAKING_TIME = re.compile(r"\b(?:temps de parole|speaking time|par intervention|per intervention|"
                            r"how long (?:can|may|do) (?:i|we) (?:speak|talk)|combien de temps (?:je peux|on peut|puis je) "
                            r"(?:parler|intervenir))\b")
#: What follows a verb of sending when a contribution is sent: a contribution or a document, or nothing named.
_WHAT_IS_SENT = (r"(?=\s*(?:(?:my|our|the|a|ma|notre|la|le|une|un|mon|nos|mes)\s+)?(?:contrib\w*|documents?|docs?|papers?|"
                 r"textes?|texts?|it|this|that|ca|tonight|today|tomorrow|ce soir|aujourd hui|demain)\b|\s*(?:at|a|vers|"
                 r"before|avant|by|on|le)\s+\d|\s*[?!.]*$)")
#: Still time asked to send or register ("encore temps de la soumettre", "still time to submit it"): a deadline's.
STILL_TIME_TO_SEND = re.compile(r"\b(?:encore (?:le )?temps|still time|time left|enough time)\b.{0,30}\b(?:soumettre|"
                                 r"envoyer|poster|deposer|inscrire|submit|send|upload|post|register)\b|\b(?:can|could|may) "
                                 r"(?:i|we) still (?:register\b|(?:submit|send|upload|post)\b" + _WHAT_IS_SENT + r")|\b(?:puis je|"
                                 r"peut on|je peux|on peut|pouvons nous) encore (?:m inscrire|s inscrire|nous inscrire|"
                                 r"(?:soumettre|envoyer|poster|deposer|televerser)\b" + _WHAT_IS_SENT + r")"
                                 r"|\b(?:plan|planning|intend|going|want|wish|compte|comptons|prevoit|prevoyons|vais|allons)"
                                 r"\s+(?:to\s+|de\s+|d\s+)?(?:submit|send|upload|post|register|soumettre|envoyer|poster|"
                                 r"deposer|televerser|inscrire)\b" + _WHAT_IS_SENT + r".{0,90}\b(?:in time|on time|too late|"
                                 r"ok|okay|acceptable|fine|dans les temps|a temps|trop tard|ca passe)\b")  # "we plan to upload
# our contribution tomorrow evening at 11 pm Iran time. Would that be in time?"; "can i still
# upload tonight at 9pm my time?" (not "can I still post a question in the chat?")


#: Asking when, beside words of ending: the end's date, not whether the meeting is over.
ASKS_WHEN_IT_ENDS = ("quand", "when", "what day", "which day", "quel jour", "what date", "quelle date")

#: The closing asked as missed ("did I miss the closing plenary?", "j'ai raté la clôture ?").
_CLOSING_MISSED = re.compile(r"\b(?:did|have|has)\s+(?:i|we)\s+(?:already\s+|just\s+)?(?:miss|missed)\s+(?:the\s+)?"
                             r"(?:closing|close|end|last (?:day|session|plenary))\b|\b(?:ai je|j ai|on a)\s+(?:deja\s+)?"
                             r"(?:rate|manque|missed)\s+(?:la\s+)?(?:seance de\s+|pleniere de\s+)?cloture\b")
#: "did the opening already happen?", "l'ouverture a déjà eu lieu ?", "la réunion a-t-elle déjà eu lieu ?": the
#: meeting or its opening asked as done or not.
OPENING_HAPPENED = re.compile(r"^(?:did|has|have|is|was|l|est ce que|la|le)\b.*\b(?:opening|ouverture|meeting|reunion|"
                              r"sg ?17|ce ?17)\b.*\b(?:happen|happened|take place|taken place|took place|been held|over|"
                              r"done|passed|eu lieu|passee|faite|tenue)\b")


#: "did i miss the opening??", "have we missed the start?", "ai-je raté l'ouverture ?": whether it has begun.
OPENING_MISSED = re.compile(r"\b(?:did|have|has)\s+(?:i|we|u|you)\s+(?:already\s+|just\s+)?(?:miss|missed)\s+(?:the\s+)?"
                            r"(?:opening|start|beginning|first session|meeting|sg ?17|it)\b"
                            r"|\b(?:ai je|est ce que j ai|j ai deja|on a)\s+(?:deja\s+)?(?:rate|manque|missed|miss)\s+(?:l |le |la )?"
                            r"(?:ouverture|debut|premiere seance|reunion)\b")


#: The opening said missed, as a question ("j'ai raté l'ouverture ?", "jai loupé le début ?").
_OPENING_MISSED_SAID = re.compile(r"\bj ?ai\s+(?:rate|manque|loupe|missed)\s+(?:l |le )(?:ouverture|debut)\b")
#: An hour asked ("what time was it here", "à quelle heure", "when"): a clock, where the asker is when known.
_AN_HOUR_ASKED = re.compile(r"\b(?:what time|when|time|heure|quand)\b")


def _asks_something_else(q: Question, kb: Knowledge) -> bool:
    """Whether the question, less its "today", names a topic of the meeting information clearly."""
    query = stems([t for t in q.corrected if t not in WHEN_ASKED_WORDS and t not in ENDED and not t.isdigit()],
                  STOPWORDS)  # "la CE 17": the group's number names no topic
    matches = kb.ranker.rank(query, limit=1) if query else []
    threshold = AGENDA_THRESHOLD if matches and kb.entries[matches[0].index].kind == "agenda" else THRESHOLD
    return bool(matches) and confident(matches[0], threshold)



#: "It is in …" said of the meeting ("c'est dans 10 minutes non ?", "it's in an hour right?").
_IT_IS_IN = re.compile(r"^(?:so |alors |donc )?(?:c est|it s|its|it is|is it|ca commence|elle commence)\s+(?:dans|in)\b")

#: A start claimed some time from now: "starts in 30 min?", "ça commence dans une heure ?".
IN_SOME_TIME = re.compile(r"\b(?:in|dans)\s+(?:about |around |roughly |approximately |environ |a peu pres )?(?:\d+|an|a|one|two|three|four|five|ten|twenty|thirty|une|un|deux|trois|"
                          r"quatre|cinq|dix|vingt|trente|half an|une demi)\s*"
                          r"(?:min|mins|minute|minutes|h|hr|hrs|hour|hours|heure|heures)\b")
#: Some time said to be left before the start ("ten minutes to go, is that right?", "encore 10 minutes ?").
_TIME_TO_GO = re.compile(r"\b(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|un|une|deux|trois|cinq|dix|quinze|"
                         r"vingt|trente)\s*(?:min|mins|minute|minutes|hour|hours|h|heure|heures)\s+(?:to go|left|till it "
                         r"starts|before it starts|before the start|avant le debut|avant l ouverture)\b|\bencore (?:\d+|"
                         r"dix|cinq|quinze|vingt|trente) ?(?:min|minutes|heures?)\b")
#: A start asked with its "in" left open ("starts in?", "ça commence dans ?"): how long until it.
STARTS_IN = re.compile(r"(?:^|\b(?:it|meeting|sg17|reunion|ca|elle|la reunion)\s+)(?:starts?|begins?|opens?|commence|"
                       r"debute|s ouvre)\s+(?:in|dans)$")
#: Days asked as left, not in all ("il reste combien de jours de réunion ?", "how many meeting days are left?").
#: The meeting asked to be taking place now ("la réunion a lieu en ce moment ?"): where it stands. Kept apart from
#: the countdown words, which follow-ups read as asking words ("lieu", "place" name no topic there).
#: How far off, from now ("what time and how long from now?", "c'est dans combien de temps ?").
FROM_NOW = ("how long from now", "how far from now", "how long is that from now", "dans combien de temps")

HAPPENING_NOW = ("a lieu en ce moment", "se tient en ce moment", "se deroule en ce moment", "a lieu maintenant",
                 "a t elle lieu maintenant", "a t il lieu maintenant", "se tient elle maintenant", "in session now",
                 "in session right now", "is it in session", "is sg17 in session", "still in session", "en seance maintenant",
                 "se deroule t elle maintenant", "est elle en cours", "est il en cours", "est en cours maintenant",
                 "se tient maintenant", "se deroule maintenant", "taking place now", "taking place right now",
                 "already running", "running now", "running right now", "running yet", "is sg17 running",
                 "is sg 17 running", "is it running", "deja en cours", "en cours maintenant", "c est commence",
                 "c est deja commence", "ca a commence", "ca a deja commence", "commence ou pas", "started or not",
                 "started yet or not", "still continue", "still continues", "still continuing", "continue next week",
                 "continues next week", "go on next week", "goes on next week", "still on next week",
                 "continue la semaine prochaine", "se poursuit la semaine prochaine", "continue encore",
                 "se poursuit encore", "c est maintenant", "reunion c est maintenant", "is it on now",
                 "continue aujourd hui", "continue today", "still on today", "continues today", "se poursuit aujourd hui")
DAYS_LEFT = ("reste", "restent", "left", "remaining", "remain", "to go", "more days", "days more", "after today",
             "days until the end", "days until it ends", "days until the meeting ends", "days till the end",
             "days till it ends", "days before the end", "days before it ends", "jours avant la fin",
             "jours jusqu a la fin", "jours avant la cloture")
#: How long the meeting lasts, asked in days: its dates answer, not the days left.
DURATION_ASKED = ("dure combien", "durera combien", "dure t elle combien", "days does it last", "days does the meeting last",
                  "days long", "jours en tout", "days in total", "days in all", "long is the meeting", "how many days is",
                  "how many calendar days", "how many days does the meeting", "how many days does the whole",
                  "how many days will the meeting", "how many meeting days", "combien de jours dure",
                  "combien de jours de reunion", "combien de temps dure", "combien de temps durera",
                  "how long does the meeting last", "how long does it last", "how long will the meeting last")


def _in_the_asking_sentences(q: Question, asked: list[str]) -> list[str]:
    """The phrases that the message's asking sentences hold, when it has asking sentences and a statement beside
    them; else all of them."""
    asking = clauses.questions_in(q.raw)
    if not asking or fold(" ".join(asking)).strip(" ?") == fold(q.raw).strip(" ?"):
        return asked
    parts = [read_question(part, q.lang) for part in asking]
    return [phrase for phrase in asked if any(part.has(phrase) for part in parts)]


def _days_or_duration(ctx: Context, at: dt.datetime, lang: str) -> str:
    """How long until ``at``: two days or more away, in days and whole hours ("3 days 23 hours" from Thursday noon
    to Monday 11:00, never a bare "3 days" that reads as Sunday); else in hours and minutes."""
    left = at - ctx.now
    if left < dt.timedelta(days=2):
        return duration(left, lang)
    days, hours = left.days, round(left.seconds / 3600)
    if days >= WITH_HOURS:  # a week or more away, in days on the asker's calendar (the meeting's when unknown): from
        zone = ctx.asker.zone or ctx.meeting_zone  # Saturday noon to Monday 11:00 is "23 days"; from Friday 08:00 in
        days, hours = (at.astimezone(zone).date() - ctx.now.astimezone(zone).date()).days, 0  # Auckland to Monday
        # 21:00 there "10 days", though it is Thursday 22:00 in Geneva
    elif hours == 24:
        days, hours = days + 1, 0
    text = duration(dt.timedelta(days=days), lang)
    return f"{text} {duration(dt.timedelta(hours=hours), lang)}" if hours else text


#: Under this many days away, the hours are said beside the days ("3 days 23 hours"); beyond, the days alone.
WITH_HOURS = 7


#: How long the meeting lasts, asked ("combien de jours au total", "how many days in total", "du début à la fin").
_HOW_LONG_IT_LASTS = re.compile(r"\b(?:au total|en tout|in total|altogether|du debut a la fin|from start to finish|"
                                r"from beginning to end|does it last|does the meeting last|dure t elle|dure la reunion|"
                                r"duree|days total|jours total|total days|incl weekends?|including (?:the )?weekends?|"
                                r"weekends? included|week ends? compris|y compris (?:le |les )?(?:week ?ends?|samedis?|"
                                r"dimanches?)|how long is the whole|combien de temps dure)\b")


#: Today's starting hour asked ("what time does it start today", "ça commence à quelle heure aujourd'hui ?").
_TODAYS_START_HOUR = re.compile(r"\b(?:what time|at what time|a quelle heure|quelle heure|when)\b.*\b(?:start|starts|begin|"
                                r"begins|open|opens|commence|commencent|debute|reprend|resume|resumes)\b|\b(?:start|starts|"
                                r"begin|begins|commence|debute)\b.*\b(?:what time|a quelle heure|quelle heure)\b")
#: The hour a day's sessions end asked ("what time does the meeting end today?", "ça finit à quelle heure aujourd'hui ?").
_TODAYS_END_HOUR = re.compile(r"\b(?:what time|at what time|a quelle heure|quelle heure|how late)\b.*\b(?:end|ends|finish|"
                              r"finishes|close|closes|stop|stops|wrap up|termine|terminent|finit|finissent|fini|"
                              r"s arrete|se termine)\b|\b(?:end|ends|finish|finishes|close|closes|termine|finit|se termine)"
                              r"\b.*\b(?:what time|a quelle heure|quelle heure)\b")


#: Waiting for the asker asked ("will they wait for me?", "ils vont m'attendre ?").
_WAIT_FOR_ME = re.compile(r"\b(?:wait for (?:me|us)|will they wait|m attendre|nous attendre|m attendront|nous attendront)\b")


#: What is going on asked ("what's on right now?", "qu'est-ce qui se passe en ce moment ?", "on en est où ?").
_WHAT_IS_ON = re.compile(r"\b(?:what s on|whats on|what is on|what s happening|what is happening|whats happening|"
                         r"what s going on|what is going on|qu est ce qui se passe|que se passe t il|il se passe quoi|"
                         r"ca parle de quoi|on en est ou|on fait quoi|what are they discussing|what s being discussed)\b")
#: How long since something began asked ("ça fait combien de temps ?", "how long ago did it start?", "since when?").
_SINCE_HOW_LONG = re.compile(r"\b(?:ca fait combien de temps|ca fait combien\s*[?!.]*$|depuis combien de temps|depuis quand|il y a "
                             r"combien de temps|how long ago|since "
                             r"when|how long has it been|how long since|how long (?:has it|have they) been)\b")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Before, during or after the meeting, relative to now; None when not asked."""
    from bot.questions.time_intent import NEXT_AFTER  # time_intent imports this module (in a function); the cycle
    # is broken here, where a question already loaded both
    if NEXT_AFTER.search(q.folded) or _WAIT_FOR_ME.search(q.folded):
        return None  # "what is next after today's management meeting?": the session after it, not where it stands;
        # "… starts in 10 minutes. Will they wait for me?": the rule on delays, not the countdown
    asked = [phrase for phrase in (*COUNTDOWN, *HAPPENING_NOW, *FROM_NOW) if q.has(phrase)]
    if asked and _HOW_LONG_IT_LASTS.search(q.folded):  # "c'est combien de jours au total, la réunion ?": how long
        dates = kb.find("fact", "dates")  # it lasts, which its dates say
        if dates is None or dates.answer is None:
            return None
        return answer_lines(ctx.meeting, q.lang, dates.title(q.lang), list(dates.answer(ctx.meeting, q.lang)))
    if asked and _SPEAKING_TIME.search(q.folded):
        return None  # "combien de temps de parole on a par intervention ?": a speaking time, not the meeting's
    if asked and STILL_TIME_TO_SEND.search(q.folded):
        return None  # "est-il encore temps de la soumettre aujourd'hui ?": a deadline, not where the meeting stands
    if asked and q.tokens[:1] and q.tokens[0] in ("who", "whos", "whom", "qui") and set(asked) <= WEAKLY_ASKED:
        return None  # "who's the rapporteur for Q4/17 right now?": a person, not where the meeting stands
    if asked:
        asked = _in_the_asking_sentences(q, asked)  # "what time … in mexico city? we still on summer time": context
        asked = [phrase for phrase in asked if not (phrase.endswith(" on") and re.search(
            rf"\b{phrase} (?:a|an|my|our|your|which|what|the(?! \d)|zoom|teams|webex|skype|mymeetings|youtube)\b",
            q.folded))]  # "is it on a best-effort basis?", "is it on zoom?": where, not whether it is on
    if asked and _TODAYS_END_HOUR.search(q.folded) and set(asked) <= {"today", "aujourd hui", "ce soir", "tonight"}:
        return None  # "what time does the meeting end today?": a closing hour, which the letter does not give
    if asked and _TODAYS_START_HOUR.search(q.folded) and set(asked) <= {"today", "aujourd hui", "start today", "starts today",
                                                                          "commence aujourd hui"} \
            and ctx.meeting.start_date < ctx.now.astimezone(ctx.meeting.tz).date() <= ctx.meeting.end_date:
        m = ctx.meeting  # "day 2 what time does it start today": the letter gives the first day's hour only
        return text_answer(m, q.lang, say("tm.title", q.lang),
                           *later_day_lines(m, ctx.now.astimezone(m.tz).date(), q.lang))
    if asked and q.has(*ASKS_WHEN_IT_ENDS) and all(set(phrase.split()) & ENDED for phrase in asked):
        return None  # "c'est fini quand, la réunion ?": when it ends, not whether it has
    opens_with_is = q.tokens[:1] in (("is",), ("est",), ("c",)) or any(
        fold(part).split()[:1] in (["is"], ["est"]) for part in clauses.questions_in(q.raw))  # "did i miss the whole
    # thing? is sg17 over already"
    if not asked and opens_with_is and set(q.corrected) & ENDED and not _asks_something_else(q, kb):
        asked = ["is it over"]  # "is sg17 over already?", "est-ce fini la CE 17 ?"
    if not asked and _CLOSING_MISSED.search(fold(q.raw)):  # as written: reading drops "closing" before "plenary"
        asked = ["is it over"]  # "did I miss the closing plenary?": whether the meeting has ended
    if not asked and (STARTED_ASKED.search(q.text) or OPENING_HAPPENED.search(q.folded)
                      or OPENING_MISSED.search(q.folded)):
        session_reply = _session_countdown(ctx, q, kb)  # "has the mgmt meeting started?": that session, not the opening
        if session_reply is not None:
            return session_reply
    if not asked and any(_STARTED_ALONE.match(fold(part).strip(" ?!.")) for part in clauses.questions_in(q.raw)):
        asked = ["has it started"]  # "r we live yet?? mtg started?": the meeting, said with no verb
    if not asked and (STARTED_ASKED.search(q.text) and not _asks_something_else(q, kb)
                      or OPENING_HAPPENED.search(q.folded) or OPENING_MISSED.search(q.folded)
                      or _OPENING_MISSED_SAID.search(q.folded) and not _AN_HOUR_ASKED.search(q.folded)):
        asked = ["has it started"]  # "j'ai raté l'ouverture ?" (with its hour asked, the time answers it)
    if not asked and STARTS_IN.search(q.text):
        asked = ["in some time"]  # "starts in?": in how long
    if not asked and IN_SOME_TIME.search(q.folded) and (q.has(*START) or _IT_IS_IN.match(q.folded)):
        asked = ["in some time"]  # "starts in 30 min?", "does it start in an hour?", "c'est dans 10 minutes non ?"
    if not asked and _TIME_TO_GO.search(q.folded) and ctx.now < ctx.meeting.opens_at:
        asked = ["in some time"]  # "I'm about to log in now. Ten minutes to go, is that right?"
    if asked:
        session_reply = _session_countdown(ctx, q, kb)  # "la réunion de l'équipe de direction commence bientôt ?"
        if session_reply is not None:
            return session_reply
    if not asked or (set(asked) <= WEAKLY_ASKED and (_asks_something_else(q, kb) or q.has(*ASKS_WHERE_OR_WHICH))):
        return None  # "Q-rapporteur leaving soon; where would interregnum rapporteurs be handled?"
    if q.has("du combien au combien", "de quelle date a quelle date", "de quand a quand", "from when to when"):
        return None  # "ça dure combien de temps, du combien au combien ?": the dates are asked
    if q.has(*DURATION_ASKED) and not q.has(*DAYS_LEFT):
        return None  # "la réunion dure combien de jours en tout ?": how long it lasts, its dates (not "il reste
        # combien de jours de réunion ?")

    if set(asked) <= {"is it on"} and q.has("agenda", "ordre du jour", "item", "point"):
        return None  # "is it on the agenda?" asks the agenda, not whether the meeting is on
    m, lang = ctx.meeting, q.lang
    title = say("cd.title", lang)
    opens = m.opens_at
    lines = []
    if ctx.now < opens:
        text = say("cd.before", lang, left=_days_or_duration(ctx, opens, lang), day=day(opens.date(), lang),
                   time=meeting_clock(m, opens, lang))
        if ctx.asker.zone is not None:
            lines.append(say("tm.there", lang, there=at_place(opens, ctx.asker.zone, None, lang)))
        for session in m.sessions:  # "what is happening right now?" during the management team meeting: it started
            at = m.local(session.start)
            if at != opens and ctx.now < at < opens and at - ctx.now < dt.timedelta(days=1):  # "ya kk chose ajd ?"
                # on the Sunday morning: the management team meeting comes first, today
                event = (session.title_fr or session.title) if lang == "fr" else session.title
                lines.append(say("cd.session_soon", lang, event=event, left=duration(at - ctx.now, lang),
                                 day=day(at.date(), lang), time=meeting_clock(m, at, lang)))
                if ctx.asker.zone is not None:
                    lines.append(say("tm.there", lang, there=at_place(at, ctx.asker.zone, None, lang)))
            if at != opens and at <= ctx.now and _under_way(m, session, ctx.now):
                event = (session.title_fr or session.title) if lang == "fr" else session.title
                lines.insert(0, say("cd.session_started", lang, event=event, ago=duration(ctx.now - at, lang),
                                    day=day(at.date(), lang), time=meeting_clock(m, at, lang)))
    elif ctx.now < m.closes_at:
        today = ctx.now.astimezone(m.tz).date()
        total = (m.end_date - m.start_date).days + 1
        n = (today - m.start_date).days + 1
        text = say("cd.during", lang, n=n, total=total, day=day(today, lang), end=day(m.end_date, lang))
        if _WHETHER_ON.match(q.folded) and not q.has(*DAYS_LEFT):  # "Meeting still running?", "is it on already?":
            text = say("cd.yes", lang, text=text)  # a yes or a no asked, and the meeting is on
        if n == total:  # "is today the last day?"
            lines.append(say("cd.last_day", lang))
        elif q.has(*DAYS_LEFT):  # "il reste combien de jours de réunion ?"
            lines.append(say("cd.days_left", lang, left=total - n + 1, after=total - n,
                             after_word=("jour" if total - n == 1 else "jours") if lang == "fr"
                             else ("day" if total - n == 1 else "days")))
        missed = n == 1 and bool(OPENING_MISSED.search(q.folded) or _OPENING_MISSED_SAID.search(q.folded))  # "Did
        # I miss the opening? It's 6 am here.": yes, this morning, and when that was where the asker is
        if missed:
            lines.append(say("cd.missed_opening", lang, ago=duration(ctx.now - opens, lang)))
        lines.append(say("cd.opened", lang, day=day(opens.date(), lang), time=meeting_clock(m, opens, lang)))
        if not missed and _SINCE_HOW_LONG.search(q.folded):  # "la réunion a commencé ? ça fait combien de temps ?"
            lines.append(say("cd.open_for", lang, ago=duration(ctx.now - opens, lang)))
        if ctx.asker.zone is not None and (missed or _AN_HOUR_ASKED.search(q.folded)):  # "did i miss the
            # opening?? what time was it here": the opening's clock where the asker is
            lines.append(say("tm.there", lang, there=at_place(opens, ctx.asker.zone, None, lang)))
        note = (m.schedule_note_fr or m.schedule_note) if lang == "fr" else m.schedule_note
        if _WHAT_IS_ON.search(q.folded):  # "what's happening?" with no session open (the live answer gives the item
            from bot.live_state import read_state  # when the chair has announced one): how it would be, and the plan
            if read_state(ctx.store, ctx.live_key).session is None:
                lines.append(say("cd.no_item_live", lang))
            if note and not any(m.local(s.start).date() == today for s in m.sessions):
                lines.append(note)
        if missed:
            text, lines = lines[0], [text] + lines[1:]  # the yes first
    else:
        text = say("cd.after", lang, end=day(m.end_date, lang))
    return text_answer(m, lang, title, text, *lines)


def _under_way(m: Meeting, session: Session, now: dt.datetime) -> bool:
    """Whether a session that has started may still be on: before its end, or on its own day when the letter gives
    it no end."""
    if session.end is None:
        return now.astimezone(m.tz).date() == m.local(session.start).date()
    return now < m.local(session.end)


def _session_countdown(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"Is the mgmt meeting starting soon? I'm in Lagos": how long until a session the question names (other than
    the opening, which the meeting's own countdown gives), in the place named or the asker's zone."""
    from bot.questions.time_intent import named_session  # time questions import this module's neighbours
    from bot.questions.zones import targets_in

    m, lang = ctx.meeting, q.lang
    session = named_session(m, q)
    if session is None or m.local(session.start) == m.opens_at:
        return None
    at = m.local(session.start)
    event = (session.title_fr or session.title) if lang == "fr" else session.title
    if ctx.now < at:
        text = say("cd.session_before", lang, event=event, left=duration(at - ctx.now, lang), day=day(at.date(), lang),
                   time=meeting_clock(m, at, lang))
    elif _under_way(m, session, ctx.now):  # "the mgmt meeting, has it started?" an hour after its start: started,
        # and maybe still on when the letter gives it no end
        key = "cd.session_started" if session.end is None else "cd.session_on"
        text = say(key, lang, event=event, ago=duration(ctx.now - at, lang), day=day(at.date(), lang),
                   time=meeting_clock(m, at, lang))
    else:
        text = say("cd.session_past", lang, event=event, day=day(at.date(), lang), time=meeting_clock(m, at, lang))
    targets, _ = targets_in(q, ctx.asker.zone, kb.vocabulary)
    places = [t for t in targets if t.zone is not None]
    lines = [say("tm.there", lang, there=at_place(at, places[-1].zone, places[-1].label or None, lang))] if places else \
        [say("tm.there", lang, there=at_place(at, ctx.asker.zone, None, lang))] if ctx.asker.zone is not None else []
    return text_answer(m, lang, event, text, *lines)


#: Topics whose answer reads as if the meeting were still to come: its dates, how to join, its format and schedule,
#: registering to take part. Once the meeting has closed, such an answer says so first.
SAYS_IT_ENDED = frozenset({("fact", "dates"), ("fact", "tool"), ("fact", "format"), ("fact", "schedule"),
                           ("rule", "register-to-participate")})


def over(ctx: Context, lang: str) -> str | None:
    """"The meeting is over: it ended on …" once it has closed, for answers that would otherwise read as if it
    were still to come (its dates, how to join); None before and during it."""
    m = ctx.meeting
    if ctx.now < m.closes_at:
        return None
    return say("cd.after", lang, end=day(m.end_date, lang))
