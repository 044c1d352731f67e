"""Deadline questions, relative to now: "can I still register?", "quand ferme l'inscription ?",
"at what hour does it close?", "is the registration deadline 24 August?"."""

from __future__ import annotations

import datetime as dt
import re

import pytz
from dataclasses import replace

from bot.context import Context
from bot.models import Deadline
from bot.questions import clauses
from bot.questions.countdown import STILL_TIME_TO_SEND
from bot.questions.claims import DateClaim, at_clock, clocks_in, dates_in
from bot.locale_names import language_name, zone_words
from bot.questions.formatting import at_place, clock, day, duration, place_with_offset
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions.named_things import named_as_a_thing
from bot.questions.normalize import Question, fold, read_question, stem, stems, words
from bot.questions.readings import instead_of_deadline
from bot.questions.replies import answer as make_answer, text_answer
from bot.questions.vocabulary import (CONFIRMING, COUNTDOWN, DEADLINE, END, FOR_ME, HOUR, IDENTITY, MANNER, START, STATUS, STILL, STOPWORDS,
                                      WH_WORDS, WHEN_WORDS, WHETHER_NEEDED)
from bot.reply import Reply, Section
from bot.timefmt import zone_label

WHEN = ("when", "by when", "what date", "which date", "date", "until", "by", "quand", "jusqu", "avant",
        "quelle date", "how long", "how many days", "combien de jours", "combien de temps", "dans combien", "open", "ouverte", "ouvert", "reste", "how much time",
        "time left", "left to", "how early", "how far ahead", "how far in advance", "how long before", "in advance",
        "ahead of", "a l avance", "combien de temps avant", "a l avance", "au plus tard", "missed", "miss", "too late")
#: Words of a deadline's name that name no deadline by themselves ("requested", "members").
GENERIC = frozenset(stems("request requested requests demandee demande member members membres itu uit itut uitt".split(),
                          languages=False))

#: "The last day for submitting contributions": with a deadline's topic, its date; alone, the meeting's last day.
LAST_DAY = ("last day", "last date", "final day", "final date", "latest day", "latest date", "dernier jour",
            "derniere date", "dernier delai", "ultime", "last chance", "derniere chance", "last call")

#: Asking for the deadlines yet to come, not all of them.
STILL_AHEAD = ("still ahead", "ahead", "upcoming", "coming", "remaining", "left", "still open", "not passed", "a venir",
               "restantes", "restants", "encore ouvertes", "prochaines", "pas encore passees", "reste t il", "reste t il des",
               "il reste des", "reste il", "encore des echeances", "any more", "still any", "still make", "still meet",
               "still catch", "encore tenir", "encore respecter", "restent", "qui reste", "remain", "still to come")

#: A date said right after a deadline's closing word ("registration closes on 24 August", "due 11 Aug"): the
#: deadline's date claimed, whatever else the question names.
_DATE_OF_THE_DEADLINE = re.compile(r"\b(?:closes|close|closing|ends|end|due|deadline is|deadline|ferme|se termine|"
                                   r"cloture|cloturee|fermee|expire|expires)\s+(?:on\s+|le\s+|by\s+)?(?:the\s+)?"
                                   r"(?:\w+day\s+)?\d{1,2}\b")

#: A day said as the start of what is asked ("after 11 August", "après le 11 août"): later than that day.
_AFTER_THE_DATE = re.compile(r"\b(?:after|apres|past|beyond|later than|plus tard que|au dela du?)\s+(?:the\s+|le\s+)?"
                             r"(?:\w+day\s+)?\d{1,2}\b")

#: A deadline compared with another ("earlier than the normal ones", "plus tôt que les autres").
_COMPARED = ("than the normal", "than the regular", "than the other", "than normal", "than the usual", "than others",
             "que les autres", "que la normale", "que les normales", "par rapport aux", "par rapport a", "compared to",
             "compared with", "differente des autres", "different des autres", "different from the other",
             "different from the others", "different from other", "les deux dates", "both dates", "the two dates",
             "same as the other", "meme que les autres", "la meme que")  # "… une échéance différente des autres ?"

#: A question opening on "until when" ("jusqu'à quand peut-on s'inscrire ?"): a date asked, not whether.
_UNTIL_WHEN_FIRST = ("jusqu a quand", "until when", "till when", "by when", "avant quand")
#: Whether a deadline was missed, asked ("did I miss the 11 Aug deadline?", "j'ai raté la date limite ?").
_MISSED_ASKED = ("did i miss", "have i missed", "did we miss", "have we missed", "ai je rate", "j ai rate", "ai je manque",
                 "j ai manque", "avons nous rate", "on a rate", "jai rate", "jai manque")
#: The hour said missed ("j'ai raté l'heure ?", "did I miss the time?"): too late asked, no hour.
_HOUR_MISSED = ("missed l heure", "missed lheure", "manque l heure", "manque lheure", "missed the time", "miss the time")
#: The last date asked ("jusqu'à quelle date peut-on …", "until what date can I …").
_UNTIL_WHAT_DATE = ("jusqu a quelle date", "jusqu a quel jour", "until what date", "until which date", "till what date",
                    "by what date", "by which date", "avant quelle date")

#: Words that ask for a deadline as such, whatever else the question says.
STRONG_ASKED = ("deadline", "deadlines", "due", "echeance", "echeances", "date limite", "dates limite", "dates limites", "delai", "delais", "cutoff", "cut off")

#: How long the meeting lasts ("la réunion dure encore jusqu'à quand ?"): its end, never a deadline.
LASTS = ("dure", "durera", "lasts", "last", "runs", "run", "goes on")

#: How long something lasts, said of the meeting even unnamed ("ça dure jusqu'à quand ?", "how long does it last?").
LASTS_ALONE = ("dure", "durera", "lasts", "last until", "goes on until", "runs until")

#: Kinds of document the letter sets no deadline for, beside the contributions it does.
NO_DEADLINE_KINDS = ("td", "tds", "temporary document", "temporary documents", "document temporaire")

#: Asking what falls on a date: with a deadline's date named, that deadline.
ASKS_WHAT_IS_DUE = ("what", "which", "quoi", "qu est ce", "que", "quel", "quelle", "what happens", "anything")

#: Words that open a question asking what, not whether: it gets no "Yes:" or "No:".

ASKS_WHICH = ("which", "what", "quel", "quelle", "quels", "quelles", "quoi", "lesquelles", "lesquels")

#: "Lesquelles" as a relative pronoun ("les contributions pour lesquelles on demande une traduction"), asking nothing.
_RELATIVE_WHICH = re.compile(r"\b(?:pour|dans|sur|par|avec|auxquel\w*|desquel\w*)\s+(?:lesquelles|lesquels|laquelle|lequel)\b"
                             r"|,\s*which\b|\b(?:for|in|of|by|with|to) which\b")  # "… by 11 August, which I understand is the
# registration deadline"; "Contributions for which translation is requested were due on 24 July, correct?"

#: Asking for a date outright: a named deadline's reading then stands whatever else the question says.
ASKS_A_DATE = ("when", "quand", "what date", "which date", "quelle date", "by when", "until when", "jusqu a quand",
               "avant quand", "date limite", "dates limites", "deadline", "deadlines", "due", "echeance", "echeances")
TOPIC_ONLY = frozenset({"register", "registration", "registering", "submit", "submission", "inscrire",
                        "inscription", "soumettre", "soumission"})
_STRONG = DEADLINE - TOPIC_ONLY - {"still", "encore"}  # "our ministry still uses fax": still alone asks no deadline


NEGATIONS = frozenset("not no without dont doesnt don doesn isn aren never sans pas ni aucun aucune".split())
NEGATION_REACH = 3  # words after a negation that it covers


#: Words of asking for something, between "without" and the thing ("sans demande de traduction", "without a request
#: for translation").
_ASKING_FOR = frozenset("demande demandee demandees demandes demander request requesting requested need needing besoin "
                         "asking".split())


def negated_stems(q: Question) -> set[str]:
    """The stems a negation covers ("don't need translation" → translation; "sans traduction" → translation)."""
    found: set[str] = set()
    negations = NEGATIONS - {"dont", "don"} if q.lang == "fr" else NEGATIONS  # French "dont" is "of which"
    parts = [list(q.corrected)]
    if re.search(r"[,;]", q.raw):  # "je n'ai pas demandé de traduction, ma contribution …": a negation stops at the
        # comma (the corrected words, cut where the written parts end)
        sizes = [len(read_question(part, q.lang).tokens) for part in re.split(r"[,;]", q.raw) if part.strip()]
        if sum(sizes) == len(q.corrected):
            cuts = [sum(sizes[:i]) for i in range(len(sizes) + 1)]
            parts = [list(q.corrected[cuts[i]:cuts[i + 1]]) for i in range(len(sizes))]
    for tokens in parts:
        for index, token in enumerate(tokens):
            if token in negations:  # "does not need to be translated": the reach counts words that say something
                after = [t for t in tokens[index + 1:] if t not in _ASKING_FOR] if token in ("sans", "without") \
                    else tokens[index + 1:]  # "sans demande de traduction": the translation
                reach = 1 if token in ("sans", "without") else NEGATION_REACH  # "sans traduction doivent être
                found |= set(stems(after, STOPWORDS)[:reach])  # soumises": the thing without, only
    return found


#: Still doing asked with the act alone ("can i still upload?", "on peut encore s'inscrire ?"): what the act sends.
_SENDING_ACTS = re.compile(r"\b(?:submit|send|upload|post|soumettre|envoyer|poster|deposer|televerser)\b")
_REGISTERING_ACTS = re.compile(r"\b(?:register|m inscrire|s inscrire|nous inscrire|inscrire)\b")


def _the_last_chance_to_do(ctx: Context, q: Question) -> list[Deadline]:
    """The last deadline for the act asked about with "still" and nothing named ("can i still upload tonight at 9pm
    my time?": the contributions' last one; "can we still register?": registration's), or []."""
    act = STILL_TIME_TO_SEND.search(q.folded) or (_DOING_ON_A_DAY.search(q.folded) if _IS_IT_OK.search(fold(q.raw))
                                                   else None)  # "if i submit on 12 aug 3am nepal time is it ok?"
    if act is None or re.search(r"\b(?:what|which|quoi|qu est ce que|que)\s+(?:can|could|may|je|on|nous|puis|peut)\b",
                                q.folded[:act.start() + 12]):
        return []  # "what can I still submit and by when?": each deadline ahead, not one
    said = act[0]
    thing = "registration" if _REGISTERING_ACTS.search(said) else "contribution" if _SENDING_ACTS.search(said) else None
    chances = [d for d in ctx.meeting.deadlines if thing and thing in fold(d.what)]
    return [max(chances, key=lambda d: d.date)] if chances else []


def deadlines_named(q: Question, kb: Knowledge) -> list[Deadline]:
    """The deadlines the question names by their own words (``register``, ``contributions``,
    ``translation``), best first; equally good ones are all kept; topics joined by "and" are each named
    ("reg and contrib deadlines?")."""
    each = _each_named(q, kb)
    if len(each) > 1:
        return each
    if _WITH_AND_WITHOUT.search(q.folded):  # "les dates limites pour les contributions, avec et sans traduction ?":
        plain = each or _named(q, kb, set())  # the thing's deadlines, the one with and the one without
        kind = {w for d in plain for w in _kind_words(d)} & _THINGS_DUE
        both = [d for d in kb.meeting.deadlines if kind & _kind_words(d)]
        if len(both) >= 2:
            return sorted(both, key=lambda d: d.date)
    if each:
        return each
    negated = negated_stems(q)
    named = _named(q, kb, negated)
    if named:
        return named
    plain = _named(q, kb, set())  # a negation only tells two deadlines apart, it never hides the only one
    if len(plain) == 1 and _own_words(kb, plain[0]) & negated:  # "for the normal ones without translation?": the
        # deadline of the same thing without the part negated (contributions, not those to translate)
        rest = _own_words(kb, plain[0]) - negated
        alike = [d for d in kb.meeting.deadlines if d is not plain[0] and _own_words(kb, d) <= rest]
        if alike:
            return alike[:1]
    return plain


#: The meeting joined late ("I'm joining late, what did I miss?", "je rejoins la réunion en retard"): no deadline asked.
_JOINING_LATE = re.compile(r"\b(?:joining|join|joined|arriving|arrive|coming)\s+(?:sg ?17\s+|the meeting\s+)?late\b|"
                           r"\b(?:rejoins|rejoindre|arrive)\s+(?:la reunion\s+)?en retard\b")


#: Both variants asked ("with and without translation", "avec et sans traduction", "avec ou sans").
#: Also the one and then the others ("which one for translated ones and which one for normal ones", "et pour celles
#: sans traduction ?", "et laquelle pour les autres ?").
_WITH_AND_WITHOUT = re.compile(
    r"\b(?:with and without|with or without|avec et sans|avec ou sans)\b"
    r"|\b(?:(?:and|et)\s+|(?=which|what|laquelle|lesquelles|quelle))(?:which|what|laquelle|lesquelles|quelle|quelles)?\s*(?:one|ones|date|deadline)?\s*"
    r"(?:is\s+|est\s+)?(?:for|pour)\s+(?:the\s+|les\s+|those\s+)?(?:normal|regular|ordinary|usual|other|others|plain|"
    r"normales|ordinaires|habituelles|autres|simples)\b"
    r"|\b(?:and|et)\s+(?:for\s+|pour\s+)?(?:those|the ones|the one|celles|ceux|celle|celui)\s+(?:without|sans|that don t|"
    r"qui n ont pas)\b")  # "… avec traduction et celle sans ?"


#: The stems naming what a deadline is for (contributions, registration), not how (translation).
_THINGS_DUE = frozenset(stems(["contribution", "contributions", "registration", "register", "inscription"], STOPWORDS,
                              languages=False))


#: Two words joined by "and"/"et"/a comma: the topics of two deadlines asked together ("reg and contrib").
_JOINED = re.compile(r"([a-z]+)\s*(?:\s(?:and|et|&|\+)\s|,\s*|/)\s*(?:(?:the|les|la|le|l|des|du)\s+)?([a-z]+)")


#: What opens the second half of "the deadlines to register and for contributions": the same role as the first's.
_SAME_ROLE = (["for"], ["pour"], ["to"], ["of"], ["de"], ["d"], ["des"], ["du"])


def _each_named(q: Question, kb: Knowledge) -> list[Deadline]:
    """The deadlines of topics joined by "and" ("registration and contribution deadlines?", "l'inscription et
    les contributions"), one per topic, in date order; [] unless two or more of them name other deadlines."""
    found: list[Deadline] = []
    halves = re.split(r"\s(?:and|et)\s", q.text)
    if len(halves) == 2 and (all(any(f" {w} " in f" {half} " for w in STRONG_ASKED) for half in halves) or any(
            f" {w} " in f" {halves[0]} " for w in STRONG_ASKED) and halves[1].split()[:1] in _SAME_ROLE):
        for half in halves:  # "the deadline to register and the deadline for contributions?"
            found += [d for d in _named_in(half, q.lang, kb)[:1] if d not in found]
        if len(found) >= 2:
            return sorted(found, key=lambda d: d.date)
        found = []
    for pair in _JOINED.finditer(q.text):
        for word in pair.groups():
            found += [d for d in _named_in(word, q.lang, kb)[:1] if d not in found]
    return sorted(found, key=lambda d: d.date) if len(found) >= 2 else []


def _named_in(text: str, lang: str, kb: Knowledge) -> list[Deadline]:
    """The deadlines a piece of read text names ("registration", "the deadline for contributions")."""
    tokens = tuple(text.split())
    return _named(Question(raw=text, lang=lang, folded=text, tokens=tokens, corrected=tokens), kb, set())


def _named(q: Question, kb: Knowledge, negated: set[str]) -> list[Deadline]:
    asked = set(stems(q.corrected, STOPWORDS)) - negated
    scored = []
    for deadline in kb.meeting.deadlines:
        own = _own_words(kb, deadline)
        hits = len(own & asked)
        if hits and not own & negated:  # "contributions that don't need translation": not the translation one
            scored.append((-hits, len(own), deadline.date, deadline))
    scored.sort(key=lambda item: item[:3])
    if not scored:
        return []
    best = scored[0][:2]
    return [item[3] for item in scored if item[:2] == best]


def deadlines_on_dates_named(q: Question, deadlines: list[Deadline]) -> list[Deadline]:
    """The deadlines falling on a date the question names ("what is due on 11 August?")."""
    if not deadlines:
        return []
    named = {claim.date for claim in dates_in(q.raw, deadlines[0].date.year)}
    return [d for d in deadlines if d.date in named]


#: "Can I …?" alone asks whether something is possible; it asks about a deadline only with a deadline's own
#: action ("can I register?", "can I send my contribution?"), not "can I present my contribution in French?".
WEAK_STILL = ("can i", "may i", "is it possible", "puis je", "est il possible", "peut on", "je peux", "peux je",
              "possible de")
ACTIONS = frozenset(stems("submit submission register registration send upload inscrire inscription soumettre "
                          "envoyer".split(), languages=False))


def _asks_still(q: Question) -> bool:
    strong = [p for p in STILL if p not in WEAK_STILL and q.has(p)]
    if strong:
        return True
    return q.has(*WEAK_STILL) and bool(ACTIONS & set(stems(q.corrected, STOPWORDS)))


#: The letter's own date asked ("what date is the invitation letter?", "de quand date la lettre ?").
_LETTERS_OWN_DATE = re.compile(
    r"\b(?:(?:what|which) date is (?:the |this |that )?|date (?:of|on) (?:the |this |that )?|date de (?:la |cette )?)"
    r"(?:invitation |collective |tsb )?(?:letter|lettre)\b(?! (?:give|say|set|list|donne|fixe))"
    r"|\b(?:letter|lettre)\s+(?:is |was |est )?(?:dated|datee|issued|sent|signed|envoyee|signee)\b"
    r"|\bwhen (?:was|is) (?:the |this |that )?(?:invitation |collective )?letter (?:dated|sent|issued|signed|written)\b")


#: The meeting's closing named ("the closing", "the closing plenary", "la séance de clôture").
_CLOSING_ASKED = re.compile(r"\b(?:the closing|closing (?:sg17 )?(?:plenary|session|sitting|meeting)|la cloture|"
                            r"seance de cloture|pleniere de cloture)\b")


#: A person asked for: "who needs to", "who actually has to".
_WHO_MUST = re.compile(r"\bwho (?:actually |really |exactly |else )?(?:needs|must|has to|have to|should|will|can)\b")


def _names_a_session(ctx: Context, q: Question) -> bool:
    """Whether the question names one of the meeting's sessions other than the opening by its own words."""
    from bot.questions.time_intent import named_session  # the time questions import this module's neighbours
    session = named_session(ctx.meeting, q)
    return session is not None and ctx.meeting.local(session.start) != ctx.meeting.opens_at


#: A deadline named as the subject of a date claimed ("the deadline of contributions is 24 July", "contributions are
#: due 24 July"): the words that name it.
_CLAIMED_OF = re.compile(r"\b(?:deadline|date limite|echeance) (?:of|for|pour|des|de la|du|de) ((?:the |les |la |l )?[a-z]+(?: [a-z]+)?)"
                         r" (?:is|was|are|est|etait|=) (?:on |the |le |au )?\d")


#: Asking into which languages ("dans quelles langues … traduites ?", "translated into which languages?").
_WHICH_LANGUAGES = ("quelles langues", "quelle langue", "which languages", "what languages", "which language",
                    "what language", "into which", "en quelles langues", "dans quelles langues", "vers quelles langues")


#: A document translated, as a verb ("seront-elles traduites", "translated into"), not the meeting's "traduction".
_TRANSLATED = ("traduit", "traduite", "traduites", "traduits", "traduire", "translated", "translate")


def _asks_the_meeting_s_start(sentence: Question) -> bool:
    """Whether a sentence asks when the meeting starts or ends, naming no deadline ("When does the SG17 meeting
    open?")."""
    return ((sentence.has(*WHEN) or sentence.has("what time", "at what time", "a quelle heure", "quelle heure"))
            and (sentence.has(*START) or sentence.has(*END)) or bool(WHEN_IS_IT.match(sentence.folded))) \
        and not set(sentence.corrected) & DEADLINE and not sentence.has(*STILL)


#: "When is it again?", "c'est quand déjà ?": the meeting itself asked, whatever the sentence before it told.
WHEN_IS_IT = re.compile(r"^(?:so |and |et |alors |ok )?(?:when is it|when s it|whens it|when is that|what are the dates|"
                         r"c est quand|ca a lieu quand|c est a quelle date|quelles sont les dates)(?: again| already| deja| "
                         r"encore| exactly| exactement)?\s*[?!.]*$")


#: Every deadline asked, whichever are named as examples ("toutes les échéances, notamment …", "all the deadlines").
ALL_DEADLINES = ("toutes les echeances", "tous les delais", "toutes les dates limites", "all deadlines",
                 "all the deadlines", "every deadline", "all of the deadlines", "all key deadlines", "all the key deadlines")

#: How far ahead of the meeting something is due ("how long before the start", "combien de temps avant").
HOW_LONG_BEFORE = ("how long before", "how far ahead", "how early", "how much in advance", "how long in advance",
                   "combien de temps avant", "combien de temps a l avance", "combien de jours avant", "how many days before",
                   "how many weeks before", "combien de semaines avant")


#: The last moment for something, however far from what it is for ("the very last moment, in Tokyo time, I can
#: post my contribution?").
_LAST_MOMENT = ("last moment", "latest moment", "last minute", "latest time", "latest hour", "dernier moment",
                "derniere minute", "derniere heure", "au plus tard")


#: A past meeting or session called the last one ("depuis la dernière réunion", "the last SG17 meeting").
_LAST_EVENT = re.compile(r"\b(?:last|previous|derniere|dernier|precedente)\s+(?:(?:sg|ce)\s?\d+\s+)?(?:meeting|meetings|"
                         r"reunion|reunions|session|sessions|seance|seances|e plenary|pleniere|plenary|one)\b")


def is_deadline_question(q: Question, named: list[Deadline], kb: Knowledge) -> bool:
    """Deadline words, or a deadline's topic asked about with "when"/"still"; never a question on
    how to do something ("how do I register?", "can I send it by e-mail?") that asks no date."""
    tokens = set(q.corrected)
    last_event = _LAST_EVENT.search(q.folded)
    if not named and last_event is not None and not set(_LAST_EVENT.sub(" ", q.folded).split()) & DEADLINE:
        return False  # "un point sur les Recommandations approuvées selon l'AAP depuis la dernière réunion ?": "dernière"
        # is the last meeting's, no deadline's
    if (q.has(*MANNER) and not q.has(*WHEN_WORDS)) or (q.has(*STATUS) and not (named and _asks_still(q))):
        return False  # "is the meeting running right now?"; not "registration still open right now?"
    if (q.tokens[:1] in (("who",), ("qui",)) or _WHO_MUST.search(q.folded)
        or re.search(r"^(?:c est |mais )?qui (?:doit|peut)\b", q.folded)) \
            and not q.has("when", "quand"):
        return False  # "who needs to approve registrations before the 24 July deadline?": a person is asked (not
        # "une contribution qui doit être traduite", a relative clause)
    if named and q.has("without", "sans") and _own_words(kb, named[0]) & negated_stems(q) and not q.has(*WHEN_WORDS) \
            and not _WITH_AND_WITHOUT.search(q.folded):
        return False  # "can I join MyMeetings without registering?": whether one may go without it, not until when
    if named and q.has(*NO_DEADLINE_KINDS) and not any(q.has(kind) for d in named for kind in NO_DEADLINE_KINDS
                                                        if f" {kind} " in f" {fold(d.what)} "):
        return False  # "can I post my TD through the posting system like a contribution?": TDs have no deadline
    if not q.has(*STRONG_ASKED) and q.has("options", "option", "fields", "champs", "cases a cocher", "checkboxes"):
        return False  # "toutes les options du formulaire d'inscription sont-elles ouvertes aux Membres de Secteur ?"
    if q.has(*WHETHER_NEEDED) \
            and not q.has(*WHEN) and not q.has(*WHEN_WORDS):
        return False  # "do I have to be registered to join MyMeetings?": whether, not by when
    if not named and _THAT_DATE.search(q.folded):
        return False  # "ok so what date is that for me, still monday 24th?": the date of what was said before
    if _LETTERS_OWN_DATE.search(q.folded):
        return False  # "what date is the invitation letter?": the letter's own date, no deadline in it
    if re.search(r"\btd ?\d{3,}", q.folded):
        return False  # "le TD3000 c'est le rapport de la dernière réunion ?": a document, not a deadline
    if not named and q.has(*COUNTDOWN) and not q.has(*STRONG_ASKED) and not STILL_TIME_TO_SEND.search(q.folded):
        return False  # "has the meeting started already? sorry running late": where the meeting stands; not "can I
        # still upload tonight at 9pm?", a deadline checked at an hour
    if not named and q.has("plenary", "e electronic plenary", "pleniere", "report", "reports", "rapport", "rapports") \
            and not q.has(*STRONG_ASKED):
        return False  # "there was an e-plenary before this meeting, on which date? is its report on the agenda?"
    if not named and q.has("de quelle date a quelle date", "from which date to which date", "du combien au combien"):
        return False  # the meeting's dates, from one to the other
    if not named and (q.has(*END) or q.has(*LASTS)) and (set(q.corrected) & IDENTITY or q.has(*LASTS_ALONE)) \
            and not q.has(*STRONG_ASKED):
        return False  # "la réunion dure jusqu'à quand ?", "ça dure jusqu'à quand ?": the meeting's end, no deadline
    if not named and q.has("until when", "till when", "jusqu a quand") and set(q.corrected) & IDENTITY \
            and not q.has(*STRONG_ASKED):
        return False  # "c jusqu'à quand la réunion ?", "until when is the meeting": its last day, no deadline
    if not named and q.has(*STATUS) and q.has("until when", "till when", "jusqu a quand") and not q.has(*STRONG_ASKED):
        return False  # "meeting in progress now? until when?": where the meeting stands, and its last day
    if not named and q.has("jusqu a quelle date", "until what date", "until which date", "till what date") \
            and (set(q.corrected) & IDENTITY or q.has("se deroule", "runs", "run", "dure", "lasts")) \
            and not q.has(*STRONG_ASKED):
        return False  # "jusqu'à quelle date la réunion se déroule-t-elle ?": the meeting's last day
    if not named and q.has("last day", "dernier jour", "final day", "derniere journee", "last meeting day") \
            and not q.has(*STRONG_ASKED):
        return False  # "c'est aujourd'hui le dernier jour ?": the meeting's last day, no deadline named
    if not named and (q.has(*START) or q.has("opening", "ouverture")) and not q.has(*STRONG_ASKED) \
            and q.has("what date", "which date", "quelle date", "what day", "quel jour"):
        return False  # "what date is the opening?": the meeting's start, no deadline
    if not named and _CLOSING_ASKED.search(fold(q.raw)):
        return False  # "when is the closing plenary?": the meeting's last day, no deadline
    if len(named) == 1 and _asks_it_translated(q, kb, named[0]):
        return True  # "can our contribution be translated into French?": only by asking by that deadline
    if named and _passed_asked(q):
        return True  # "is registration over?", "c fini l'inscription ?": whether it has passed
    if named and _PLANNED_IN_TIME.search(q.folded):
        return True  # "we plan to upload our contribution tomorrow evening at 11 pm … would that be in time?"
    if named and q.has(*COUNTDOWN):
        return True  # "il reste combien de jours pour soumettre une contribution qui doit être traduite ?"
    if named and q.has(*HOW_LONG_BEFORE):
        return True  # "Inscription : combien de temps avant le début ?": how far ahead it is due
    if q.has("cutoff", "date limite", "dates limites", "last day to", "quelle date", "what date", "which date",
             "by when", "until when", "jusqu a quand", "avant quand"):
        return True
    strong = tokens & _STRONG - {"close", "closes", "closing", "closed", "ferme", "fermeture", "cloture", "last"}
    if strong <= {"tard", "late"} and _LATER_IN_TIME.search(q.folded) and not _TOO_LATE.search(q.folded):
        strong = set()  # "des séances plus tard le soir adaptées pour nous du Pacifique ?": later in the day, no deadline
    if strong:
        return True
    if named and (q.has(*WHEN) or _asks_still(q) or q.has(*LAST_DAY) or q.has(*_LAST_MOMENT) or (q.has(*HOUR) and (q.has(*START) or q.has(*END)))
                  or tokens & {"close", "closes", "closed", "ferme", "cloture", "end", "ends", "ended", "termine",
                               "terminee", "finit", "fini", "finie"}):
        return True  # "registration ends on 11 august, right?", "l'inscription se termine le 11 août ?"
    if tokens & {"close", "closes", "closing", "ferme", "fermeture"} and not q.has(
            "meeting", "reunion", "session", "seance", "it end", "closing day", "jour de cloture", "journee de cloture"):
        # (not "and closing day?": the meeting's last day)
        return True
    return False


#: What a date is compared with ("comme pour l'inscription", "like for registration", "same as the contributions").
_COMPARED_WITH = re.compile(r"\b(?:comme pour|comme celle de|comme celle d|like for|like the|like with|same as|as for|"
                            r"as with|tout comme|same day as|same date as|meme jour que|meme date que|le meme jour que|"
                            r"together with|along with|at the same time as|en meme temps que)"
                            r"\s+(?:l |la |le |les |the )?\w+")


#: "Later" said of a time of day ("plus tard le soir"), not "too late" nor "at the latest".
_LATER_IN_TIME = re.compile(r"\b(?:plus tard (?:le|dans la|en) (?:soir|journee|matin|apres midi)|later in the (?:day|"
                            r"evening|afternoon|morning)|later sessions?|seances? plus tard|sessions? later)\b")
_TOO_LATE = re.compile(r"\b(?:au plus tard|trop tard|too late|at the latest|late registration|inscription tardive)\b")


#: The date or day of something said before ("what date is that for me?", "quel jour ça fait chez moi ?").
_THAT_DATE = re.compile(r"\b(?:what|which) (?:date|day) (?:is|s|would be|will be|is it) (?:that|it|this)\b|"
                        r"\bquel jour (?:est ce|c est|ca fait|cela fait)\b|\bquelle date (?:est ce|c est|ca fait)\b")


def _asked_in_a_question(q: Question, phrases: tuple[str, ...]) -> bool:
    """Whether one of the phrases is in a sentence that asks (ends with "?"), when the message has any; else in it."""
    asking = clauses.questions_in(q.raw)
    if not asking:
        return q.has(*phrases)
    return any(read_question(sentence, q.lang).has(*phrases) for sentence in asking)


def _asks_it_translated(q: Question, kb: Knowledge, deadline: Deadline) -> bool:
    """Whether the question asks for a document of the deadline's own kind to be translated, and the deadline is
    the one for documents to translate ("can our contribution be translated into French?", "est-il possible de faire
    traduire notre contribution ?"): not interpretation, which the question would name."""
    own = _own_words(kb, deadline)
    asked = set(stems(q.corrected, STOPWORDS))
    return TRANSLATION in own & asked and len(own & asked) >= 2 and not q.has(*_SPOKEN)


#: The stem of "translation", "translated", "traduire".
TRANSLATION = stem("translation")
#: Words of spoken language: interpretation, not the translation of documents.
_SPOKEN = ("interpretation", "interpreter", "interpreters", "interprete", "interpretes", "interpretariat", "booth",
           "cabine", "simultaneous", "simultanee", "speak", "spoken", "parler", "session", "sessions", "seance")


def _unknown_words(q: Question, kb: Knowledge, deadline: Deadline) -> list[str]:
    """The question's words, beside its deadline's, that the meeting information never uses, as written."""
    from bot.questions.readings import kept, leftover  # readings imports this module's neighbours

    rest = set(leftover(q, [deadline]))
    tokens = kept(q.corrected)
    asking = clauses.asking_clauses(q.raw, commas=False)  # "can i still register? i forgot totally": what the
    # asking sentence says, not the words around it
    asked = set(read_question(" ".join(asking), q.lang, kb.corrector).corrected) if asking else None
    unknown = [token for token, term in zip(tokens, stems(tokens, STOPWORDS)) if term in rest and term not in kb.ranker.idf
               and token.isalpha() and len(token) > 2 and (asked is None or token in asked) and named_as_a_thing(q, term)]
    placed = [token for token in unknown if _said_as_where(q, token) or re.search(
        rf"\b{re.escape(token)} time\b|\bheure (?:de |d )?{re.escape(token)}\b", q.folded)]  # "10am samoa time", "19 h,
    # heure de Regina"
    if placed:
        from bot.questions.places import find_place  # the city table, only for a word left over after "in"
        from bot.questions.lexicon import country_names

        unknown = [token for token in unknown if token not in placed or find_place(token) is None
                   and token not in country_names(True)]  # "still 11 aug
        # here in cdmx": a place, not a word left unanswered
    return unknown


def _said_as_where(q: Question, token: str) -> bool:
    """Whether the word comes right after "in", "from" (or French "à", "depuis", "chez"), as a place does."""
    before = r"in|from|depuis|chez|a" if q.lang == "fr" else r"in|from"
    return bool(re.search(rf"\b(?:{before})\s+{re.escape(token)}\b", q.folded))


def _own_words(kb: Knowledge, deadline: Deadline) -> frozenset[str]:
    """The stems of a deadline's own name, worked out once per meeting."""
    owns = kb.memo.setdefault("deadline_words", {})
    assert isinstance(owns, dict)
    if deadline.id not in owns:
        owns[deadline.id] = frozenset(stems(words(fold(f"{deadline.what} {deadline.what_fr or ''} {deadline.id}")),
                                            STOPWORDS)) - GENERIC
    return owns[deadline.id]


def _status(ctx: Context, deadline: Deadline, lang: str) -> str:
    delta = ctx.meeting.deadline_instant(deadline) - ctx.now
    if delta.total_seconds() > 0:
        return say("dl.status.ahead", lang, left=duration(delta, lang))
    return say("dl.status.passed", lang, ago=duration(delta, lang))


def listed(ctx: Context, lang: str) -> list[str]:
    """Every deadline in date order, one line each, with where it stands ("passed 25 days ago", "in 4 days")."""
    return [listed_line(ctx, d, lang) for d in sorted(ctx.meeting.deadlines, key=lambda d: d.date)]


def listed_line(ctx: Context, deadline: Deadline, lang: str) -> str:
    """One deadline on one line, with where it stands: "Friday 24 July 2020: Registration (passed 30 days ago)."."""
    return say("dl.line", lang, day=day(deadline.date, lang), what=_what(deadline, lang),
               status=_status(ctx, deadline, lang))


def _what(deadline: Deadline, lang: str) -> str:
    return (deadline.what_fr or deadline.what) if lang == "fr" else deadline.what


def _what_in_a_sentence(deadline: Deadline, lang: str) -> str:
    """What the deadline is for, inside a sentence: English lower-cased ("the deadline for registration"); French
    quotes it whole."""
    what = _what(deadline, lang)
    return what[0].lower() + what[1:] if what[1:2].islower() and lang == "en" else what


#: A deadline said to last until the meeting opens ("open until the first day", "jusqu'au jour de l'ouverture").
_UNTIL_THE_OPENING = re.compile(r"\b(?:until|till|up to|up until|jusqu (?:a|au|a la))\s+(?:the\s+|le\s+|la\s+|l\s+)?(?:day of the "
                                r"(?:opening|meeting)|jour de l (?:ouverture|ouverture de la reunion)|first day|premier "
                                r"jour|opening|ouverture|start of the meeting|debut de la reunion|meeting starts|"
                                r"la reunion commence|the meeting|la reunion)\b")


def what_of(deadline: Deadline, lang: str) -> str:
    """What the deadline is for, in ``lang``, as its title names it."""
    return _what(deadline, lang)


def describe(ctx: Context, deadline: Deadline, lang: str, q: Question | None = None,
             kb: Knowledge | None = None) -> list[str]:
    """Date, how, and the time left or passed, in ``lang``; when it ends in the place the question ``q`` names."""
    m = ctx.meeting
    lines = [say("dl.date", lang, what=_what(deadline, lang), day=day(deadline.date, lang))]
    zone = ctx.asker.zone or m.tz
    end_said_there = False  # the asker's own end said once: "where you are, it ends tomorrow at 03:45"
    end = m.deadline_instant(deadline)
    last_day_there = (end - dt.timedelta(microseconds=1)).astimezone(zone).date()
    if end > ctx.now and last_day_there == deadline.date:  # "is it today or tomorrow?", where it ends the same day
        days_ahead = (deadline.date - ctx.now.astimezone(zone).date()).days
        if days_ahead in (0, 1):
            lines.append(say("dl.today" if days_ahead == 0 else "dl.tomorrow", lang))
    elif end > ctx.now:  # "reg closes tmrw right?" in Tonga: tomorrow in Geneva, and its end is 11:00 tomorrow there
        in_geneva = (deadline.date - ctx.now.astimezone(m.tz).date()).days
        there = (last_day_there - ctx.now.astimezone(zone).date()).days
        if in_geneva in (0, 1):
            lines.append(say("dl.day_there", lang,
                             geneva=say("dl.today_word" if in_geneva == 0 else "dl.tomorrow_word", lang),
                             zone=m.zone_label(lang),
                             there=say("dl.today_word", lang) if there == 0 else say("dl.tomorrow_word", lang)
                             if there == 1 else say("dl.on_day", lang, day=day(last_day_there, lang)),
                             time=f"{end.astimezone(zone):%H:%M}", place=place_with_offset(end, zone)))
            end_said_there = True
    who = (deadline.who_fr or deadline.who) if lang == "fr" else deadline.who
    if who and q is not None and _asks_who_must(q):  # "do i need to register? where? and by when"
        lines.append(say("dl.who", lang, who=who))
    how = (deadline.how_fr or deadline.how) if lang == "fr" else deadline.how
    if how:
        lines.append(say("dl.how", lang, how=how))
    delta = m.deadline_instant(deadline) - ctx.now
    if delta.total_seconds() > 0:
        lines.append(say("dl.left" if deadline.hour_stated else "dl.left.plain", lang, left=duration(delta, lang),
                         zone=zone_words(m, deadline.date, lang)))  # a date without an hour: the line below says
        # until when it counts, once
    else:
        lines.append(say("dl.passed", lang, ago=duration(delta, lang)))
    lines += in_askers_zone(ctx, deadline, lang, q, kb, named_only=end_said_there)
    if not deadline.hour_stated:
        lines.append(say("dl.no_hour", lang, day=day(deadline.date, lang), zone=zone_words(m, deadline.date, lang),
                         email=m.contacts.email))
    return lines


def _asks_who_must(q: Question) -> bool:
    """Whether the question asks who must meet the deadline, or whether it is mandatory at all ("do I need to
    register", "is registration mandatory", "qui doit s'inscrire")."""
    return q.has("mandatory", "who must", "who has to", "who needs", "qui doit", "qui doivent")


#: The asker's own clock asked ("in my time", "chez moi", "my local time").
_MY_CLOCK_ASKED = re.compile(r"\b(?:my time|my local time|local time|chez moi|chez nous|pour moi|for me|heure locale|"
                             r"mon heure|where i am|here|ici)\b")


def in_askers_zone(ctx: Context, deadline: Deadline, lang: str, q: Question | None = None,
                   kb: Knowledge | None = None, named_only: bool = False) -> list[str]:
    """When the deadline passes in the place the question names ("… for me in cairo?"), else in the asker's own
    time zone, if that is not on meeting time (the end of 11 August in Geneva is 06:00 on 12 August in Jakarta)."""
    zone, label, m = ctx.asker.zone, None, ctx.meeting
    if q is not None and kb is not None:
        from bot.questions.zones import targets_in  # the city table is loaded only when a place is asked
        places = [t for t in targets_in(q, ctx.asker.zone, kb.vocabulary)[0] if t.zone is not None and not t.mine]
        if places:
            zone, label = places[-1].zone, places[-1].label
    if zone is None or named_only and label is None:
        return []
    instant = m.deadline_instant(deadline)
    if instant <= ctx.now:  # "it's still aug 11 here in vancouver, can i still upload?": when it ended there
        still_that_day = ctx.now.astimezone(zone).date() <= deadline.date
        asked_here = q is not None and (q.has(*FOR_ME) or bool(_MY_CLOCK_ASKED.search(q.folded)))  # "à quelle heure
        # cela correspondait-il chez moi ?": when it ended there, asked
        return [say("dl.ended_there", lang, there=at_place(instant, zone, label, lang),
                    zone=zone_words(m, deadline.date, lang))] if still_that_day or label or asked_here else []  # "… in Lima?": a
        # place named is answered, whatever day it is there now
    if instant.astimezone(zone).utcoffset() == instant.astimezone(m.tz).utcoffset():
        if label is None and getattr(zone, "zone", None) == getattr(m.tz, "zone", "") \
                and not (q is not None and (q.has(*FOR_ME) or _MY_CLOCK_ASKED.search(q.folded))):
            return []  # the asker is on the meeting's own zone: the end of the day above is theirs (said when asked:
            # "se termine-t-il à minuit chez moi aussi ?")
        return [say("dl.there_same", lang, place=label or zone_label(zone))]
    if label and getattr(zone, "zone", None) != getattr(ctx.asker.zone, "zone", ""):
        return [say("dl.there_place", lang, there=at_place(instant, zone, label, lang))]
    return [say("dl.there", lang, there=at_place(instant, zone, label, lang))]  # also for a town named in one's own zone
    # ("what's the last day in Kathmandu time" from Kathmandu): its end in one's zone, said once


#: Somebody else's approval asked ("can our focal point still approve us?", "le point focal peut-il encore valider ?").
_APPROVAL = ("approve", "approves", "approved", "approval", "focal point", "valider", "validate", "validation",
             "approuver", "approbation", "point focal")


def still_verdict(ctx: Context, deadline: Deadline, lang: str) -> str:
    """"Can I still …?" answered for ``deadline``: Yes, open until …, or No, it passed …"""
    return _still(ctx, deadline, lang)


#: The asker's today told ("today it is 12 august here", "it's still 24 july here", "nous sommes le 12 août"): no
#: date claimed of a deadline.
_DAY_WRITTEN = r"(?:already\s+|still\s+|deja\s+|encore\s+)?(?:le\s+|the\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+[a-z]+"
#: A day written month first ("August 3rd", "aug 3").
_MONTH_FIRST = (r"(?:already\s+|still\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}"
                r"(?:st|nd|rd|th)?\b")
_TODAY_TOLD = re.compile(rf"\btoday (?:is|it is|it s)\s+{_DAY_WRITTEN}|\b(?:on est|nous sommes)\s+{_DAY_WRITTEN}"
                         rf"|\b(?:today (?:is|it is|it s)|it is|it s|its)\s+{_MONTH_FIRST}(?:\s+(?:already|here|now|for me|"
                         rf"where i am))?(?=\s*(?:[,.!?]|$))"  # "It's August 3rd already"
                         rf"|\b(?:it is|it s|its|il est)\s+[^,.?!]{{0,12}}?\b(?:here|ici|chez moi|where i am)\s+(?:on\s+|le\s+)?"
                         rf"{_DAY_WRITTEN}"  # "its 2am here on 12 aug"
                         rf"|\b(?:it is|it s|its)\s+{_DAY_WRITTEN}\s+(?:(?:morning|afternoon|evening|night|matin|soir)\s+)?"
                         rf"(?:here|for me|where i am|now|ici|chez moi)\b"
                         rf"|\b(?:il est|it is|it s|its)\b[^,.?!]{{0,25}}?\b(?:on\s+)?{_DAY_WRITTEN}\s+(?:here|for me|where i am|"
                         rf"ici|chez moi|pour moi|chez nous|(?:a|au|en|in|at)\s+(?!(?:the|la|le|les|latest|least|plus|most|midnight|noon|"
                         rf"minuit|midi)\b)[a-z]+)\b"
                         rf"|\b(?:just |already |it s |its |it is |il est )?(?:past|after|passe|apres) (?:midnight|minuit|\d{{1,2}}"
                         rf"(?::\d{{2}})?\s*(?:am|pm|h)?)\b[^,.?!]{{0,25}}?\b(?:on\s+|le\s+)?{_DAY_WRITTEN}"
                         rf"|\bminuit passe\b[^,.?!]{{0,25}}?\b(?:le\s+)?{_DAY_WRITTEN}")  # "il est 7h du matin le 25 juin
# chez moi"; "just past midnight in Bam on 25 June": the asker's now


def _without_dotted_am_pm(text: str) -> str:
    """``3 a.m.`` written ``3 am``, so that its dots end no sentence ("it is now 3 a.m. on 12 August in …")."""
    return re.sub(r"\b([ap])\.\s?m\.?", r"\1m", text)


#: Whether it has closed asked ("is registration already closed??", "c'est déjà fermé ?"): yes once it has passed,
#: as "too late" is.
_CLOSED_ASKED = ("closed", "already closed", "fermee", "ferme", "fermees", "cloturee", "cloturees", "deja passee")
#: Whether the deadline itself has passed, asked ("est-elle dépassée ?", "has the registration deadline passed?",
#: "is registration closed?", "suis-je déjà hors délai ?"), not "my passport expired" nor "la semaine passée".
_PASSED_ASKED = re.compile(r"\b(?:est elle|est il|sont elles|is it|has it|have they|c est|cest|c|(?:deadline|date limite|echeance|delai|"
                           r"registration|reg|rego|inscription|inscriptions)(?:\s+(?!(?:and|et|or|ou|so|donc)\b)\w+){0,6}?"
                           r"(?:\s+(?:is|has|have|est|a|sont|est elle|est il))?)\s+(?:already\s+|deja\s+)?(?:been\s+)?"
                           r"(?:passed|over|expired|closed|finished|gone|depassee?s?|passee?s?|expirees?|fermee?s?|cloturee?s?|finie?s?|"
                           r"terminee?s?)\b|"
                           r"\b(?:suis je|sommes nous|je suis|nous sommes|am i|are we)\s+(?:deja\s+)?hors delais?\b")
#: When something began, asked ("depuis quand …", "since when …"): no yes or no.
_SINCE_WHEN = ("depuis quand", "since when", "when did")


def _passed_asked(q: Question) -> bool:
    """Whether the question asks whether the deadline has passed (see :data:`_PASSED_ASKED`)."""
    return bool(_PASSED_ASKED.search(q.folded)) and not q.has(*_SINCE_WHEN, *HOUR, "when", "quand", "at what",
                                                             "what local time", "which time") \
        and not clauses.opens_with_a_wh_word(q.folded)  # not "at what local time does the deadline expire for me?"


def asks_if_missed(q: Question) -> bool:
    """Whether the question asks whether the asker missed a deadline ("j'ai raté l'heure ?", "did I miss it?",
    "is it over?"), which a deadline's "too late" verdict answers."""
    return q.has(*_MISSED_ASKED, *_HOUR_MISSED) or _passed_asked(q)


def _still(ctx: Context, deadline: Deadline, lang: str, too_late: bool = False) -> str:
    """"Can I still …?" (yes: still open) or, with ``too_late``, "is it too late …?" (yes: it has passed)."""
    m = ctx.meeting
    delta = m.deadline_instant(deadline) - ctx.now
    what = _what_in_a_sentence(deadline, lang)
    if delta.total_seconds() > 0:
        return say("dl.late.no" if too_late else "dl.still.yes", lang, what=_what(deadline, lang),
                   day=day(deadline.date, lang), left=duration(delta, lang), zone=zone_words(m, deadline.date, lang))
    return say("dl.late.yes" if too_late else "dl.still.no", lang, what=what, day=day(deadline.date, lang),
               ago=duration(delta, lang), email=m.contacts.email)


#: The asker's own clock said as when they mean to act ("tonight at 9pm my time", "ce soir à 21h chez moi").
_MY_CLOCK = re.compile(r"\b(?:my time|our time|local time|my local time|our local time|here|where i am|where we are|tonight|"
                       r"this evening|ce soir|chez moi|chez nous|notre heure|ici|"
                       r"heure locale|mon heure|pour moi|today|aujourd hui|tomorrow|demain|this afternoon|cet apres midi|"
                       r"this morning|ce matin)\b")
#: Something done at a Geneva clock ("can I submit at 23:00 Geneva time?"), not the opening's clock told beside.
_DONE_AT_A_GENEVA_CLOCK = re.compile(r"\b(?:submit|upload|send|post|register|soumettre|envoyer|deposer|poster|inscrire)\b"
                                     r"[^.?!]{0,40}\b\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm)?\s+(?:geneva|geneve|cest)\b")
#: A session named by its day ("the 23 August management meeting", "la réunion du 23 août"): no date claimed.
_A_SESSION_S_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+)?[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:meeting|session|"
                              r"plenary)\b|\b(?:reunion|seance|session|pleniere)\s+du\s+\d{1,2}(?:er)?\s+[a-z]+")
#: A clock said in Geneva's (or UTC's) time ("11:00 Geneva time", "9h UTC").
_A_GENEVA_CLOCK = re.compile(r"\b\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm)?\s+(?:geneva|geneve|cest|utc|gmt|heure de geneve)\b")
#: The asker's clock now told ("it's 6:30pm here", "il est déjà 23h chez moi"), no moment planned.
_CLOCK_NOW_TOLD = re.compile(r"\b(?:il est|it is|it s|its|we re at|now|maintenant|right now|en ce moment)\s+(?:deja\s+|already\s+|"
                             r"just\s+|presque\s+|almost\s+|past\s+|passe\s+)?\d")
#: The evening said, so that "9" or "9 o'clock" is 21:00.
_EVENING = re.compile(r"\b(?:tonight|this evening|ce soir|in the evening|du soir|le soir)\b")


#: A place's time named ("nepal time", "heure de Regina", "samoa time").
_A_PLACE_S_TIME = re.compile(r"\b([a-z]+) time\b|\bheure (?:de |d )?([a-z]+)\b")


def _own_place_time(ctx: Context, q: Question) -> bool:
    """Whether the question names the time of a place (a city or a country) on the asker's own clock ("3am nepal time"
    from Kathmandu, "19 h, heure de Regina" from Regina)."""
    zone = ctx.asker.zone
    if zone is None:
        return False
    from bot.questions.lexicon import country_names
    from bot.questions.places import find_place

    for match in _A_PLACE_S_TIME.finditer(q.folded):
        name = match[1] or match[2]
        if name in ("geneva", "geneve", "my", "local", "meeting", "the", "what", "which", "quelle", "la"):
            continue
        place = find_place(name)
        code = country_names(True).get(name)
        zones = [place.timezone] if place is not None else list(pytz.country_timezones.get(code, [])) if code else []
        at = ctx.now
        if any(pytz.timezone(z).utcoffset(at.replace(tzinfo=None)) == at.astimezone(zone).utcoffset() for z in zones):
            return True
    return False


def planned_moment(ctx: Context, q: Question, on: dt.date | None = None) -> tuple[dt.datetime, dt.tzinfo] | None:
    """The instant the asker means to act, when they give one clock on their own day ("can I still upload tonight at
    9pm my time?") or in Geneva time; with the zone it was said in. None without exactly one clock, or without a
    zone to read it in."""
    clocks = clocks_in(q.raw)
    in_geneva = bool(_DONE_AT_A_GENEVA_CLOCK.search(q.folded))
    mine = bool(_MY_CLOCK.search(q.folded)) or _own_place_time(ctx, q)  # "3am nepal time", "heure de Regina"
    if len(clocks) != 1 or not mine and not in_geneva or _CLOCK_NOW_TOLD.search(q.folded) \
            or _A_GENEVA_CLOCK.search(q.folded) and not in_geneva:
        return None  # not "can I still register today? I heard the opening is at 11:00 Geneva time"
    zone = ctx.meeting.tz if in_geneva else ctx.asker.zone
    if zone is None:
        return None
    clock = clocks[0]
    if _EVENING.search(q.folded) and clock.hour < 12:
        clock = clock.replace(hour=clock.hour + 12)
    today = ctx.now.astimezone(zone).date()
    if re.search(r"\b(?:tomorrow|demain)\b", q.folded):
        today += dt.timedelta(days=1)
    said_days = [c.date for c in dates_in(_TODAY_TOLD.sub(" ", _without_dotted_am_pm(fold(q.raw))), today.year)
                 if c.date not in {d.date for d in ctx.meeting.deadlines}]  # not "the deadline is 11 August, …"
    beside = _DAY_BESIDE_THE_CLOCK.search(fold(q.raw))
    if not said_days and beside is not None:  # "at 9pm on Aug 11, my time": the day of the clock, a deadline's own
        said_days = [c.date for c in dates_in(beside[0], today.year)]
    if on is not None:  # "if i upload my contribution on 11 aug at 11pm nepal time": the day planned, a deadline's own
        today = on
    elif said_days and not re.search(r"\b(?:tonight|today|this evening|this afternoon|this morning|ce soir|cet apres midi|"
                                     r"ce matin|aujourd hui)\b", q.folded):  # "tomorrow 12
        # aug at 10am samoa time": the day said, where the asker is (the first said: "on 12 aug
        today = said_days[0]  # at 3am nepal time, thats still 11 aug in geneva right?" plans the 12th)
    instant = at_clock(zone, today, clock)
    if on is not None:
        return instant, zone
    if ctx.now - dt.timedelta(hours=2) <= instant <= ctx.now + dt.timedelta(minutes=15):
        return None  # "18h30 ici, je peux encore m'inscrire ?": the time now, said
    if instant <= ctx.now:  # "at 1am" asked in the evening: the night to come
        instant = instant + dt.timedelta(days=1)
    return instant, zone


#: A day written right beside a clock ("at 9pm on Aug 11", "on 11 aug at 11pm", "le 11 août à 21h").
_DAY_BESIDE_THE_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:h.]\d{2})?\s*(?:[ap]m|h)?\s+(?:on|le)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th|er)?\s+[a-z]{3,9}|"
    r"[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b"
    r"|\b(?:on|le)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th|er)?\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s+"
    r"(?:at|a|vers)\s+\d{1,2}")


def _at_the_time_planned(ctx: Context, q: Question, deadline: Deadline, lang: str, too_late: bool,
                         on: dt.date | None = None) -> str | None:
    """"Can I still … tonight at 9pm my time?" answered for that moment, not for now: No when the deadline ends
    before it (with both clocks), Yes when it ends after; None when no moment is given or the deadline has passed."""
    planned = planned_moment(ctx, q, on)
    end = ctx.meeting.deadline_instant(deadline)
    if planned is None or end <= ctx.now:
        return None
    instant, zone = planned
    ends = at_place(end, zone, ctx.meeting.zone_label(lang) if zone is ctx.meeting.tz else None, lang)
    same_day = instant.astimezone(zone).date() == end.astimezone(zone).date()
    at = clock(instant, zone) if same_day else f"{clock(instant, zone)}, {day(instant.astimezone(zone).date(), lang)}"
    if instant >= end:
        return say("dl.planned.late" if too_late else "dl.planned.no", lang, what=_what(deadline, lang), at=at,
                   ends=ends, left=duration(end - ctx.now, lang), email=ctx.meeting.contacts.email)
    return say("dl.planned.not_late" if too_late else "dl.planned.yes", lang, what=_what(deadline, lang), at=at,
               ends=ends, left=duration(end - ctx.now, lang))


#: Doing what a deadline closes, said for a day ("we would like to register on 20 August", "je compte soumettre le 5
#: août").
_DOING_ON_A_DAY = re.compile(r"\b(?:register|registering|registered|submit|submitting|submitted|send|sending|sent|upload|"
                             r"uploading|uploaded|post|posted|inscrire|inscrit|inscrits|soumettre|soumis|envoyer|envoye|"
                             r"deposer|depose|poster|poste)\b"
                             r"(?:\s+\w+){0,6}?\s+(?:on|le|by|d ici le|the)\s+(?:the\s+)?\d{1,2}(?!\d)(?!(?:\s+\w+){1,3}?\s+(?:meeting|session|"
                             r"reunion|seance))")  # not "register for the 23 August management meeting"
#: Whether it will do asked ("is that acceptable?", "ok?", "c'est possible ?", "ça passe ?").
_IS_IT_OK = re.compile(r"\b(?:acceptable|ok|okay|fine|allowed|possible|alright|all right|in time|too late|accepte|"
                       r"autorise|ca passe|ca va|valable|dans les temps|trop tard|can we|can i|could we|could i|"
                       r"peut on|on peut|pouvons nous|nous pouvons|puis je|je peux|est ce possible|c bon|c est bon|"
                       r"cest bon|ca marche|within the deadline|before the deadline|on time|meets? the deadline|avant la date limite|"
                       r"avant l echeance|dans les delais|dans le delai)\b")


def _planned_on_a_date(ctx: Context, q: Question, named: list[Deadline]) -> Reply | None:
    """"We would like to register on 20 August. Is that acceptable?": Yes when the day planned is within the
    deadline named, No (with the deadline's day) when it is after it; None unless one deadline, one day and such
    an ask are there."""
    if len(named) != 1 or not _DOING_ON_A_DAY.search(q.folded) or not _IS_IT_OK.search(fold(q.raw)) \
            or _AFTER_THE_DATE.search(q.folded) or clauses.opens_with_a_wh_word(q.folded) \
            or q.has(*_UNTIL_WHEN_FIRST, *_UNTIL_WHAT_DATE):  # not "… après le 11 août ?", after the day (checked
        return None  # below); not "jusqu'à quelle heure chez moi je peux envoyer … le 11 août ?", an hour asked
    days = [c.date for c in dates_in(q.raw, ctx.meeting.start_date.year)]
    if len(set(days)) != 1:
        return None
    deadline, lang, m = named[0], q.lang, ctx.meeting
    if q.has(*HOUR) or clocks_in(q.raw):  # "Je vais poster ma contrib le 12 août à 7h du matin heure d'Adélaïde, ça
        at = _at_the_time_planned(ctx, q, deadline, lang, too_late=False, on=days[0])  # passe ?": that moment
        if at is None and q.has(*HOUR):
            return None  # a clock in no zone the bot can read: not the day alone
        if at is not None:
            return text_answer(m, q.lang, say("dl.title", q.lang, what=_what(deadline, q.lang)), at,
                               *describe(ctx, deadline, q.lang)[1:2],
                               *([] if deadline.hour_stated else [say("dl.no_hour", q.lang, day=day(deadline.date, q.lang),
                                                                      zone=zone_words(m, deadline.date, q.lang),
                                                                      email=m.contacts.email)]))
        # a clock without an hour word, in no zone the bot can read ("on 11 aug at 11pm"): the day alone, below
    planned = days[0]
    key = "dl.plan.in_time" if planned <= deadline.date else "dl.plan.too_late"
    end_there = m.deadline_instant(deadline).astimezone(ctx.asker.zone) if ctx.asker.zone is not None else None
    if key == "dl.plan.too_late" and end_there is not None and end_there.date() == planned and end_there.hour >= 1 \
            and not q.has(*START, "geneva", "geneve"):  # "le 12 août, est-ce encore possible ?" from Efate: the end
        # of 11 August in Geneva is 09:00 on the 12th there
        return text_answer(m, lang, say("dl.title", lang, what=_what(deadline, lang)),
                           say("dl.plan.until_there", lang, what=_what_in_a_sentence(deadline, lang),
                               planned=day(planned, lang), there=f"{end_there:%H:%M} {zone_label(ctx.asker.zone)}",
                               day=day(deadline.date, lang)), *describe(ctx, deadline, lang)[1:])
    return text_answer(m, lang, say("dl.title", lang, what=_what(deadline, lang)),
                       say(key, lang, what=_what_in_a_sentence(deadline, lang), day=day(deadline.date, lang),
                           planned=day(planned, lang), email=m.contacts.email),
                       *describe(ctx, deadline, lang)[1:],
                       *(_still_open_alike(ctx, deadline, lang) if planned > deadline.date else []))  # "… la
    # traduction ? on compte la soumettre le 5 août": too late for it, and the contributions' own deadline still open


def _still_open_alike(ctx: Context, deadline: Deadline, lang: str) -> list[str]:
    """When ``deadline`` has passed: the deadlines of the same kind still ahead ("translation deadline
    missed, can I still send a contribution?" → contributions without translation, until 11 August)."""
    m = ctx.meeting
    return [say("dl.still_open_alike", lang, what=_what(d, lang), day=day(d.date, lang),
                left=duration(m.deadline_instant(d) - ctx.now, lang)) for d in _alike_open(ctx, deadline)]


def _alike_ahead(ctx: Context, deadline: Deadline) -> list[Deadline]:
    """The other deadlines of the same kind as ``deadline`` that are still ahead."""
    m = ctx.meeting
    return [d for d in m.deadlines if d is not deadline and m.deadline_instant(d) > ctx.now
            and _kind_words(d) & _kind_words(deadline)]


def _alike_open(ctx: Context, deadline: Deadline) -> list[Deadline]:
    """When ``deadline`` has passed: the deadlines of the same kind still ahead."""
    return [] if ctx.meeting.deadline_instant(deadline) > ctx.now else _alike_ahead(ctx, deadline)


#: A sending planned, and whether it is in time asked ("we plan to upload … tomorrow at 11 pm, would that be in time?").
_PLANNED_IN_TIME = re.compile(r"\b(?:plan|planning|intend|going|want|wish|compte|comptons|prevoit|prevoyons|vais|allons)"
                              r"\s+(?:to\s+|de\s+|d\s+)?(?:submit|send|upload|post|register|soumettre|envoyer|poster|"
                              r"deposer|televerser|inscrire)\b.{0,90}\b(?:in time|on time|too late|ok|okay|acceptable|fine|"
                              r"dans les temps|a temps|trop tard|ca passe)\b")
#: Whether one can do something asked ("can we submit …", "puis-je envoyer …").
_CAN_DO = re.compile(r"^(?:\w+\s+){0,3}?(?:can i|can we|could i|could we|may i|may we|puis je|je peux|on peut|peut on|"
                     r"pouvons nous|nous pouvons)\b")
#: "Still" as written, fillers included ("je peux quand même envoyer … ?", "can I still …?").
_STILL_SAID = re.compile(r"\b(?:still|encore|toujours|quand meme|tout de meme|anyway|malgre tout)\b")
#: Another way asked for ("… as a TD instead?", "… comme TD à la place ?").
_INSTEAD = re.compile(r"\b(?:instead|rather|a la place|au lieu|plutot)\b")
#: Being able no longer said ("so I can't submit at all?", "je peux plus rien soumettre ?").
_CANNOT_ANYMORE = re.compile(r"\b(?:can t|cant|cannot|can not|could not|couldn t|no longer|not anymore|peux plus|peut plus|"
                             r"pouvons plus|pourrai plus|ne peux|ne peut|plus rien|plus possible)\b")


def _missed_earlier_alike(ctx: Context, q: Question, deadline: Deadline, claimed: list) -> Deadline | None:
    """The deadline of ``deadline``'s kind that the asker says they missed by its day ("on a raté le 24 juin, on peut
    encore envoyer une contribution ?": the translation deadline, before the contributions' own), or None."""
    if not claimed or not (_MISSED_IF.search(q.folded) or _MISSED_SAID.search(q.folded)):
        return None
    days = {c.date for c in claimed}
    return next((d for d in ctx.meeting.deadlines if d is not deadline and d.date in days
                 and deadline in _later_alike(ctx, d)), None)


def _later_alike(ctx: Context, deadline: Deadline) -> list[Deadline]:
    """The deadlines of the same kind as ``deadline`` that fall after it and are still ahead."""
    return [d for d in _alike_ahead(ctx, deadline) if d.date > deadline.date]


#: A deadline missed as a supposition ("if we miss the translation date", "si nous ratons la date pour la
#: traduction"): what still comes after it is asked.
_MISSED_IF = re.compile(r"\b(?:if|si|once|in case)\s+(?:we|i|you|on|nous|je|j|vous|they|ils)\s+(?:(?:do|does)\s+)?"
                        r"(?:miss|missed|rate|ratons|ratez|rater|manque|manquons|manquez|loupe|loupons|don t make|"
                        r"can t make|cannot make|are late for|sommes en retard pour)\b|\b(?:after|apres)\s+(?:missing|"
                        r"avoir rate|avoir manque)\b")


#: Translation itself asked for ("can I still request translation?", "la faire traduire"): the deadline that gives it.
_TRANSLATION_ASKED = re.compile(r"\b(?:request|get|have|ask for|obtain|demander|obtenir|avoir)\s+(?:it |them |a |the |la |"
                                r"une )?(?:translation|traduction|translated|traduite?s?)\b|\bfaire traduire\b|"
                                r"\bbe translated\b|\betre traduite?s?\b")


#: A contribution said to go without translation ("en anglais", "in English", "sans traduction").
_WITHOUT_TRANSLATION = re.compile(r"\b(?:en anglais|in english|sans traduction|without translation|untranslated|"
                                  r"no translation|pas de traduction|non traduite?s?)\b")


def _earlier_variant_ahead(ctx: Context, deadline: Deadline, lang: str) -> list[str]:
    """The deadlines of the same kind that come before ``deadline`` and are still ahead, each on one line ("what is
    the deadline for contributions?" on 20 June: 11 August, and 24 June for those that need translation)."""
    m = ctx.meeting
    return [listed_line(ctx, d, lang) for d in m.deadlines if d is not deadline and d.date < deadline.date
            and m.deadline_instant(d) > ctx.now and _kind_words(deadline) < _kind_words(d)]


def _kind_words(deadline: Deadline) -> set[str]:
    """The stems of a deadline's English name and id: what deadlines of the same kind share."""
    return set(stems(words(fold(f"{deadline.what} {deadline.id}")), STOPWORDS))


#: Asking for the first deadline still to come ("missed the translation deadline. what's the next deadline?").
_NEXT_ONE = re.compile(r"\b(?:next|upcoming|prochaine?s?)\s+(?:key\s+|important\s+)?(?:deadline|one|date limite|"
                       r"echeance|cut ?off|due date)\b|\b(?:deadline|echeance|date limite) suivante\b|"
                       r"\b(?:deadline|echeance|date limite) (?:arrive|vient|tombe|comes|is) (?:ensuite|apres|next)\b")


def _next_ahead(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The first deadline still ahead, when the asking clause asks for the next one and names none; else None."""
    m = ctx.meeting
    asking = [fold(c) for c in clauses.asking_clauses(q.raw) or [q.raw]]
    if not q.has(*STRONG_ASKED) or not any(_NEXT_ONE.search(c) and not _named_in(c, q.lang, kb) for c in asking):
        return None
    ahead = sorted((d for d in m.deadlines if m.deadline_instant(d) > ctx.now), key=lambda d: d.date)
    if not ahead:
        return text_answer(m, q.lang, say("dl.list.title", q.lang), say("dl.none_ahead", q.lang), *listed(ctx, q.lang))
    return text_answer(m, q.lang, say("dl.title", q.lang, what=_what(ahead[0], q.lang)),
                       *describe(ctx, ahead[0], q.lang))


#: When a meeting is held asked ("à quelle date aura lieu la prochaine réunion ?", "what date will the next meeting take
#: place?").
_A_MEETING_HELD_WHEN = re.compile(r"\b(?:quelle date|quelles dates|what date|which date|what dates|when)\b.{0,20}\b(?:aura lieu|"
                                  r"auront lieu|se tiendra|se tiendront|takes place|will take place|will be held|is held)\b"
                                  r".{0,30}\b(?:reunions?|meetings?|ce ?17|sg ?17)\b")
#: Documents named in general, whatever kind ("the deadline for documents?", "date limite pour les documents ?").
_DOCUMENTS = ("documents", "document", "docs", "doc")


#: Whether something can still be sent ("can I still send a TD?", "je peux encore envoyer un TD ?", "too late for a
#: TD?").
_STILL_SENT = ("still", "encore", "too late", "trop tard", "toujours")


def _none_for_tds(ctx: Context, q: Question, kb: Knowledge, dated: Deadline | None = None) -> Reply | None:
    """That the letter sets no deadline for temporary documents, and how they are sent; with ``dated`` (the deadline
    of the date the question claims for them), No, and whose date that is. None without that entry."""
    entry = kb.find("practical", "documents")
    if entry is None or entry.answer is None:
        return None
    none = say("dl.none_for", q.lang, email=ctx.meeting.contacts.email)
    lines = [(none,), *entry.answer(ctx.meeting, q.lang)]
    if dated is not None:
        what = _what(dated, q.lang)
        what = what[0].lower() + what[1:] if what[1:2].islower() and q.lang == "en" else what
        lines.insert(0, (say("dl.tds_not_dated", q.lang, day=day(dated.date, q.lang), what=what),))
    return make_answer(ctx.meeting, q.lang, entry.title(q.lang), lines)


#: The time left asked ("how much time do I have left", "il me reste combien de temps").
_TIME_LEFT_ASKED = ("how much time", "how long do i have", "how long have i got", "time left", "time remaining",
                    "combien de temps", "il me reste", "il reste combien", "temps restant", "temps qu il reste")


#: A place's time asked ("in Auckland time", "heure de Lima", "… in New Delhi?").
_PLACE_TIME_ASKED = re.compile(r"\bin\s+[a-z]+(?:\s[a-z]+)?\s+time\b|\bheure (?:de|d)\s+[a-z]|\b(?:in|a|au|en|pour)\s+"
                               r"[a-z]+(?:\s[a-z]+)?\s*[?!.]*\s*$")


#: The moment of the day a deadline ends asked ("end of day Geneva time?", "jusqu'à minuit ?").
_CUT_OFF_ASKED = ("end of day", "end of the day", "eod", "midnight", "minuit", "fin de journee", "fin de la journee",
                  "cut off", "cutoff", "cut-off", "heure limite", "close of business", "cob", "hour", "hours", "heure",
                  "heures", "what time")  # "deadline hours?? midnight geneva or utc or what"


#: A time before the meeting claimed ("a week before", "deux semaines avant", "10 days prior", "un mois à l'avance").
_LEAD_TIME = re.compile(r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|six|ten|fifteen|un|une|deux|trois|quatre|six|dix|quinze)"
                        r"\s+(?P<unit>days?|weeks?|months?|jours?|semaines?|mois)\s+(?:before|prior|in advance|ahead|avant|"
                        r"a l avance|a l avance)\b")
#: The day before the meeting said as the last day ("jusqu'à la veille de la réunion", "up to the day before it starts").
_THE_DAY_BEFORE = re.compile(r"\b(?:la veille|the day before|the eve)(?:\s+(?:de la reunion|de l ouverture|du debut|the "
                             r"meeting|it starts|it opens|the opening|the start))?\s*(?:non|right|ok|\?|$)")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
                 "quatre": 4, "six": 6, "ten": 10, "dix": 10, "fifteen": 15, "quinze": 15}
_UNIT_DAYS = {"day": 1, "jour": 1, "week": 7, "semaine": 7, "month": 30, "mois": 30}


def lead_time_claimed(q: Question) -> int | None:
    """The days before the meeting that the question claims a deadline falls ("une semaine avant": 7), or None."""
    found = _LEAD_TIME.search(q.folded)
    if found is None:
        return 1 if _THE_DAY_BEFORE.search(q.folded) else None  # "on peut s'inscrire jusqu'à la veille de la réunion ?"
    number = int(found["n"]) if found["n"].isdigit() else _NUMBER_WORDS[found["n"]]
    unit = found["unit"] if found["unit"] == "mois" else found["unit"].rstrip("s")
    return number * _UNIT_DAYS[unit]


#: The deadlines named as such ("which deadlines remain?", "quelles échéances restent ?").
_THE_DEADLINES = ("deadlines", "deadline", "echeances", "dates limites", "delais", "due dates")
#: A deadline said to be missed ("I missed the registration deadline", "j'ai raté l'inscription").
_MISSED_SAID = re.compile(r"\b(?:i|we|i ve|we ve|i have|we have)\s+(?:just\s+|already\s+)?missed\b|\b(?:j ai|jai|on a|"
                          r"nous avons)\s+(?:deja\s+)?(?:rate|manque|loupe|missed)\b")
#: What to do asked ("what now?", "what can I do?", "que faire ?", "je fais quoi ?").
_WHAT_NOW = re.compile(r"\bwhat now\b|\bnow what\b|\bwhat (?:can|should|do) (?:i|we) do\b|\bwhat are (?:my|our) options\b|"
                       r"\bany options?\b|\bque faire\b|\bqu est ce que (?:je|on) (?:peut|peux|doit|dois) faire\b|"
                       r"\b(?:je|on) fai[st] quoi\b|\bquelles? (?:sont )?(?:mes|nos) options\b|\bet maintenant\b")
#: Whether something is required all the same ("do I still need to register …?", "dois-je quand même m'inscrire ?").
_STILL_REQUIRED = re.compile(r"\b(?:is|are)\s+(?:\w+\s+){1,2}(?:needed|required|mandatory|necessary|compulsory)\s+(?:if|when|"
                             r"even|for|just)\b|\b(?:est|c est)\s+(?:\w+\s+){0,2}(?:obligatoire|necessaire|requise?)\s+"
                             r"(?:si|meme|pour|quand)\b|\b(?:still|really|even|also)\s+(?:need|needs|have|has)\s+to\b|\b(?:still|really|even|also)\s+"
                             r"(?:required|mandatory|necessary|needed|compulsory|obligatory)\b|\b(?:dois je|je dois|faut il|il faut|doit on|on doit)"
                             r"\s+(?:quand meme|toujours|vraiment|malgre tout)\b|\b(?:dois je|je dois|faut il|il faut|doit on|"
                             r"on doit|need to|have to|must i|do i need|do i have)\b[^?]{0,30}\b(?:meme si|meme pour|even if|"
                             r"even for|even though)\b")  # "je dois être inscrite même si je veux juste écouter ?"


#: Words that name a deadline's thing ("la date limite", "registration", "les contributions").
DEADLINE_NAMES = ("deadline", "deadlines", "date limite", "echeance", "registration", "inscription", "contribution",
                  "contributions", "contrib", "contribs", "translation", "traduction")
#: Sessions one may miss ("the opening", "l'ouverture", "the management meeting").
_SESSIONS_MISSED = ("opening", "ouverture", "session", "seance", "plenary", "pleniere", "management", "direction")


def missed_what_now(q: Question) -> bool:
    """Whether the asker says they missed a deadline and asks what to do ("j'ai raté la date limite hier, je fais
    quoi ?"): a deadline question, whatever day it names (not "j'ai raté l'ouverture hier", a session)."""
    return bool(_MISSED_SAID.search(q.folded) and _WHAT_NOW.search(q.folded)
                and q.has(*DEADLINE_NAMES) and not q.has(*_SESSIONS_MISSED))


#: Why translation is asked beside an English-only meeting ("if its english only why is there a translation
#: deadline", "pourquoi une date pour la traduction si tout est en anglais ?").
_WHY = re.compile(r"\b(?:why|how come|pourquoi|comment ca se fait)\b")
#: The meeting said to be in one language ("english only", "tout est en anglais", "sans interprétation").
_ONLY_ONE_LANGUAGE = re.compile(r"\b(?:english only|only in english|only english|in english|en anglais|anglais seulement|"
                                r"uniquement en anglais|que en anglais|qu en anglais|no interpretation|sans interpretation|"
                                r"pas d interpretation)\b")


def _why_translated(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """What translation is for, when asked why there is a translation deadline for a meeting held in one language:
    written Member contributions, on request, by their own deadline; the sessions are in that language only; the letter
    gives no other reason."""
    m = ctx.meeting
    if not (_WHY.search(q.folded) and _ONLY_ONE_LANGUAGE.search(q.folded)):
        return None
    translated = [d for d in deadlines_named(q, kb) if "translation" in fold(d.what)]
    if not translated:
        return None
    deadline = translated[0]
    what = _what(deadline, q.lang)
    return text_answer(m, q.lang, say("dl.title", q.lang, what=what),
                       say("dl.why_translated", q.lang, what=what, day=day(deadline.date, q.lang),
                           language=m.working_language if q.lang == "en" else language_name(m.working_language, "fr"),
                           email=m.contacts.email))


#: Missing a deadline, supposed ("if I miss the 11 Aug deadline", "si je rate le 11 août", "après la date limite").
_MISSED_SUPPOSED = re.compile(r"\b(?:if (?:i|we|he|she|they|my \w+|our \w+) (?:miss|missed|misses|am late|are late|is late|"
                              r"don t make|can t make|cannot make|do not make)|after the deadline|past the deadline|"
                              r"(?:submit|submitted|send|sent) (?:it |them )?late|late submissions?|si (?:je|j|on|nous|il|elle) "
                              r"(?:rate|missed|manque|loupe|depasse|suis en retard|est en retard|sommes en retard|ne respecte pas)|"
                              r"apres la date limite|apres l echeance|hors delai)\b")
#: Still sending, bringing or presenting it ("can I still bring it on the day and present it?").
_STILL_SENT_LATE = ("still", "encore", "quand meme", "present", "presenter", "bring", "apporter", "submit", "soumettre",
                    "send", "envoyer", "accepted", "accepte", "acceptee", "register", "inscrire")


#: Whether something can still be done, asked of what was told ("est-ce encore faisable ?", "is that still possible?").
_STILL_DOABLE = re.compile(r"\b(?:encore|still|toujours)\s+(?:\w+\s+)?(?:faisable|possible|doable|ok|okay|jouable|"
                           r"le temps|time|temps)\b|\b(?:faisable|doable|possible)\s+(?:encore|still)\b")


def _status_asked_beside(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"La réunion est-elle terminée ? Un collègue voudrait encore s'inscrire.": where the meeting stands, which the
    one question asks, then where the deadline the other sentence names stands; None unless the message is so."""
    from bot.questions import countdown  # countdown reads deadlines' words through this module's neighbours

    sentences = clauses.sentences_of(q.raw)
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    if len(sentences) < 2 or len(asked) != 1:
        return None
    question = read_question(asked[0], q.lang, kb.corrector)
    told = read_question(" ".join(s for s in sentences if s is not asked[0]), q.lang, kb.corrector)
    if _DOING_ON_A_DAY.search(told.folded) and dates_in(told.raw, ctx.meeting.start_date.year):
        return None  # "Nous aimerions inscrire deux étudiantes … le 20 août. Est-ce encore possible à cette date ?":
        # that day is what is asked of (too late), not now
    named = deadlines_named(told, kb)
    if len(named) == 1 and _STILL_DOABLE.search(question.folded) and not deadlines_named(question, kb) \
            and not question.has(*NO_DEADLINE_KINDS) and not question.has(*MANNER):  # (not "… still possible to send
        # a TD?", which no deadline closes, nor "… et par quel moyen ?", asked beside)
        deadline = named[0]  # "… a contribution … we would like it to be translated. Are we still on time?": whether
        return text_answer(ctx.meeting, q.lang, say("dl.title", q.lang, what=_what(deadline, q.lang)),  # what the
                           _still(ctx, deadline, q.lang, False), *describe(ctx, deadline, q.lang)[1:2],  # other
                           *in_askers_zone(ctx, deadline, q.lang), *_still_open_alike(ctx, deadline, q.lang))  # tells
    if deadlines_named(question, kb) or len(named) != 1:  # can still be done, by its deadline
        return None
    where = countdown.answer(ctx, question, kb)
    if where is None or not where.ok or where.choices:
        return None
    line = listed_line(ctx, named[0], q.lang)
    return replace(where, sections=where.sections + (Section(lines=((line,),)),))


def _after_the_deadline(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"If I miss the 11 Aug deadline for my contribution, can I still bring it on the day and present it?": the
    letter says nothing of what is accepted after a deadline; the deadline, and the secretariat to ask. None unless
    a missed deadline is supposed and sending it still asked (TDs, which have no deadline, are answered apart)."""
    missed = _MISSED_SUPPOSED.search(q.folded)
    if not missed or not q.has(*_STILL_SENT_LATE) or q.has(*NO_DEADLINE_KINDS) \
            or re.match(r"\s+(?:the\s+|l\s+|la\s+|le\s+)?(?:opening|ouverture|meeting|reunion|session|seance|plenary|"
                        r"pleniere|first day|premier jour)\b", q.folded[missed.end():]):
        return None  # "If I miss the opening on 24 August, can I still register?": a session missed, not a deadline
    named = deadlines_named(q, kb) or deadlines_on_dates_named(q, ctx.meeting.deadlines)
    if not named or _later_alike(ctx, named[0]) or q.has(*_APPROVAL):
        return None  # "if we miss the translation deadline, can we still submit?": the later one answers; "… can our
        # focal point still approve us?": who approves, said apart
    deadline = named[0]
    return text_answer(ctx.meeting, q.lang, say("dl.title", q.lang, what=_what(deadline, q.lang)),
                       say("dl.after_it", q.lang, date=day(deadline.date, q.lang), email=ctx.meeting.contacts.email),
                       listed_line(ctx, deadline, q.lang))


#: A deadline said to fall on a date, asked as a question ("les contributions sans traduction c'est le 11 août ?",
#: "l'inscription c'est le 24 juillet ?").
_SAID_TO_BE_ON = re.compile(r"(?:\b(?:c est|ce sera|c etait|ca tombe|tombe|est|sont|is|are|was|falls)\s+(?:bien\s+)?"
                            r"(?:le|the|on|on the|pour le|avant le|before|du)\s+|=\s*(?:le\s+)?)\d{1,2}\b(?:[\s,]+[a-z]+){0,5}"
                            r"\s*\?\s*$")  # not "My registration was on the 20 July, why isn't it confirmed yet?"


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The reply to a deadline question, or None when the question is not about deadlines."""
    m = ctx.meeting
    if not m.deadlines:
        return None
    following = _next_ahead(ctx, q, kb)
    if following is not None:
        return following
    why = _why_translated(ctx, q, kb)
    if why is not None:
        return why
    late = _after_the_deadline(ctx, q, kb)
    if late is not None:
        return late
    status = _status_asked_beside(ctx, q, kb)
    if status is not None:
        return status
    if _STILL_REQUIRED.search(q.folded) and not q.has(*WHEN):  # "do I still need to register if I'm only joining
        # remotely?": whether it is required, which the topic itself says, then where its deadline stands
        named = deadlines_named(q, kb)
        entry = kb.find("practical", named[0].id) if len(named) == 1 else None
        if entry is not None and entry.answer is not None:  # not "any deadlines I still need to meet?", a list
            return make_answer(m, q.lang, entry.title(q.lang), [*entry.answer(m, q.lang),
                                                                 (listed_line(ctx, named[0], q.lang),)])
    asking = clauses.asking_clauses(q.raw, commas=False, pointing=True)  # "… I registered weeks ago … when is it
    # again?": "it" is the meeting
    labelled = deadlines_named(read_question(q.raw.split(": ", 1)[0], q.lang, kb.corrector), kb) \
        if ": " in q.raw else []  # "And the deadline for contributions: when does it end in my time zone?": "it" is
    # the deadline the label names
    if asking and all(_asks_the_meeting_s_start(read_question(sentence, q.lang, kb.corrector)) for sentence in asking) \
            and not labelled \
            and not (q.has(*HOW_LONG_BEFORE) and deadlines_named(q, kb)):  # "registration: how long before the start?"
        return None  # "When does the SG17 meeting open? I want to register.": the opening is asked, the rest says why
    asked = read_question(" ".join(asking), q.lang, kb.corrector) if asking else q
    if asked.raw != q.raw and asked.has(*NO_DEADLINE_KINDS) and (asked.has(*STRONG_ASKED) or asked.has(*WHEN)) \
            and not deadlines_named(asked, kb):  # "What's the deadline for TDs? The letter only seems to give dates
        return _none_for_tds(ctx, asked, kb)  # for contributions.": what is asked, not what the asker says of the letter
    last = read_question(re.split(r",|[.!?;]\s+", q.raw.strip())[-1], q.lang, kb.corrector) \
        if q.has(*NO_DEADLINE_KINDS) else None
    if last is not None and last.has(*NO_DEADLINE_KINDS) and (last.has(*_STILL_SENT) or _INSTEAD.search(fold(last.raw))) \
            and not deadlines_named(last, kb):  # "i missed the contrib deadline … can i send it as a TD instead?"
        return _none_for_tds(ctx, last, kb)  # "j'ai raté la date des contributions, je peux encore envoyer un TD ?":
        # the TD asked last, which no deadline closes (read again only when a TD is named at all)
    if _JOINING_LATE.search(q.folded) and not deadlines_named(q, kb):
        return None  # "when does it finish? I'm joining late, did I miss?": the meeting joined late, no deadline
    if _A_MEETING_HELD_WHEN.search(q.folded) and not deadlines_named(q, kb):
        return None  # "À quelle date aura lieu la prochaine réunion de la CE 17 ?": a meeting's dates, no deadline
    told = [read_question(sentence, q.lang, kb.corrector) for sentence in asking] if len(asking) == 1 else []
    if told and told[0].raw != q.raw and told[0].has(*STILL_AHEAD) and told[0].has(*_THE_DEADLINES) \
            and not deadlines_named(told[0], kb):  # "quels deadlines restent pour nous? we are already registered": the
        q = told[0]  # deadlines still ahead are asked; the registration is told
    on_dates = deadlines_on_dates_named(q, m.deadlines)
    compared = _COMPARED_WITH.search(q.folded)  # "contribs deadline is 24 July, same as registration?": the claim
    # is about the deadline named first; the other is only compared with it
    named = (_named_in(q.folded[:compared.start()], q.lang, kb) if compared else []) or deadlines_named(q, kb) \
        or on_dates
    subject = _CLAIMED_OF.search(q.folded)
    claimed_of = _named_in(subject[1], q.lang, kb) if subject else []
    if len(claimed_of) == 1:
        named = claimed_of  # "since the deadline of contributions is 24 July, …": the date is claimed of contributions
    elif on_dates and (set(on_dates) & set(named) or q.has(*ASKS_WHICH) and not _RELATIVE_WHICH.search(q.folded)):
        named = on_dates  # "which contributions had to be in by 24 June?": the date says which
    if not named and not q.has(*NO_DEADLINE_KINDS):
        named = _the_last_chance_to_do(ctx, q)  # "can i still upload tonight at 9pm my time?": the contributions'
    if not named and q.has(*NO_DEADLINE_KINDS) and (q.has(*STRONG_ASKED) or q.has(*WHEN) or q.has(*_STILL_SENT)):
        return _none_for_tds(ctx, q, kb)  # "can I still send a TD?": whether it is too late, which no deadline makes it
    if not named and q.has(*_DOCUMENTS) and q.has(*STRONG_ASKED):  # "what is the deadline for documents?": the
        sent = [d for d in m.deadlines if "contribution" in fold(d.what)]  # contributions' deadlines; TDs have none
        if sent:
            return text_answer(m, q.lang, say("dl.list.title", q.lang),
                               *[listed_line(ctx, d, q.lang) for d in sorted(sent, key=lambda d: d.date)],
                               say("dl.none_for_tds", q.lang))
    if named and named == on_dates and q.has(*NO_DEADLINE_KINDS) and (q.has(*STRONG_ASKED) or q.has(*WHEN)) and not any(
            q.has(kind) for d in named for kind in NO_DEADLINE_KINDS if f" {kind} " in f" {fold(d.what)} "):
        return _none_for_tds(ctx, q, kb, dated=named[0])  # "are TDs due on 11 August too?": No, that date is the
        # contributions'; TDs have none  # "when is the deadline … what about TDs?": TDs have none
    if len(named) == 1 and q.has(*NO_DEADLINE_KINDS) and q.has(*STRONG_ASKED) and _JOINED.search(q.text) \
            and not any(q.has(kind) for kind in NO_DEADLINE_KINDS if f" {kind} " in f" {fold(named[0].what)} "):
        return text_answer(m, q.lang, say("dl.title", q.lang, what=_what(named[0], q.lang)),
                           *describe(ctx, named[0], q.lang), say("dl.none_for_tds", q.lang))  # "deadline for
        # contributions and TDs?": the one, and that TDs have none
    if not named and not q.has(*STRONG_ASKED) and _names_a_session(ctx, q):
        return None  # "la réunion de l'équipe de direction : à quelle date et à quelle heure ?": that session's time
    if len(named) == 1 and q.has(*_WHICH_LANGUAGES) and q.has(*_TRANSLATED):  # "dans quelles langues les contributions … seront-elles
        # traduites ?": the deadline for translation, and that the letter names no language
        words_ = say("oos.languages", q.lang)
        return text_answer(m, q.lang, say("dl.title", q.lang, what=_what(named[0], q.lang)),
                           *describe(ctx, named[0], q.lang),
                           say("oos.part", q.lang, words=f"“{words_}”", email=m.contacts.email))
    planned = _planned_on_a_date(ctx, q, named)
    if planned is not None:  # "we would like to register on 20 August. Is that acceptable?"
        return planned
    said_on = bool(named) and _SAID_TO_BE_ON.search(q.folded) is not None and bool(dates_in(q.raw, m.start_date.year))
    if not is_deadline_question(q, named, kb) and not (on_dates and q.has(*ASKS_WHAT_IS_DUE)) and not said_on:
        return None  # "qu'est-ce qui doit être fait pour le 24 juin ?": the date is a deadline's
    dated = bool(on_dates) and named == on_dates and q.has("or", "ou", *ASKS_WHICH)  # "the 24 July date, is it for
    # registration or contributions?" (not "apart from the 24 July date, who approves?")
    if q.has(*ALL_DEADLINES):
        named = []  # "l'ensemble des échéances, notamment pour l'inscription et les contributions": every one
    if len(named) == 1 and q.has(*_COMPARED):  # "do contribs that need translation have an earlier deadline than the
        # normal ones?": both deadlines of that kind of thing, side by side
        kind = set(words(fold(named[0].what))) & {"contributions", "contribution", "registration"}
        named = [d for d in m.deadlines if d is named[0] or kind & set(words(fold(d.what)))]
        named.sort(key=lambda d: d.date)
    every = not named and (q.has("deadlines", "echeances", "dates limites", "delais") or q.has(*ALL_DEADLINES))
    # "list all the key deadlines", "list every deadline …, I'm putting them in our team calendar"
    claimed_date = bool(named) and bool(dates_in(q.raw, m.start_date.year)) and (q.has(*CONFIRMING) or said_on)  # "registration
    # closes 11 August like the contributions, yes?": the date claimed of the deadline named is checked
    other = None if (named and (q.has(*ASKS_A_DATE) or q.has(*_LAST_MOMENT) or dated or lead_time_claimed(q))) or every or claimed_date \
        else instead_of_deadline(ctx, q, kb, named)
    if other is not None:  # "avant quelle date …, traduite en anglais ?": the date asked stands over the language
        return other
    lang = q.lang
    chosen = named or sorted(m.deadlines, key=lambda d: d.date)
    status_asked = _asks_still(q) and not q.has(*_UNTIL_WHEN_FIRST, *_UNTIL_WHAT_DATE) \
        or q.has("too late", "trop tard") or _passed_asked(q) and not clauses.opens_with_a_wh_word(q.folded)  # "too late? it's 8pm here": the clock is now; "jusqu'à quelle date
    # peut-on soumettre … ?" asks the date, not whether one still can
    status_asked = status_asked or q.has(*_HOUR_MISSED)  # "j'ai raté l'heure ?": too late asked, no hour
    can_at_a_moment = (_CAN_DO.search(q.folded) is not None or _PLANNED_IN_TIME.search(q.folded) is not None) \
        and planned_moment(ctx, q) is not None  # "can we submit
    status_asked = status_asked or can_at_a_moment  # our contribution today at 9pm my time?": as "still", at that moment
    hour_asked = q.has(*HOUR) and not (status_asked and not _asked_in_a_question(q, HOUR)) \
        and not q.has(*_HOUR_MISSED)  # "is rego still open?
    # its past midnight here": where it stands, the hour only says when the asker is
    if hour_asked and not (status_asked and clocks_in(q.raw)) or clocks_in(q.raw) and not status_asked:
        if not named:  # "what time is the deadline in Lima?" on 11 August: the one still ahead, where it is asked
            chosen = [d for d in chosen if m.deadline_instant(d) > ctx.now] or chosen
        lines = []
        for d in chosen:
            if d.hour_stated and d.time is not None:
                lines.append(say("dl.hour", lang, what=_what(d, lang), day=day(d.date, lang),
                                 time=f"{d.time:%H:%M} {m.zone_label(lang)}"))
            else:
                no_hour = say("dl.no_hour", lang, day=day(d.date, lang), zone=zone_words(m, d.date, lang),
                              email=m.contacts.email)
                lines.append(no_hour if len(chosen) == 1 else f"{_what(d, lang)}: {no_hour}")
                if len(chosen) == 1:  # "the registration deadline ends at what time for me here?"
                    lines += in_askers_zone(ctx, d, lang, q, kb)
                else:  # "deadline day ends midnight geneva — what time is that in vancouver?", "les dates limites c'est
                    # à quelle heure ? minuit chez moi ?": each one's end there
                    lines += [f"{_what(d, lang)} — {line}" for line in
                              in_askers_zone(ctx, d, lang, q, kb, named_only=not q.has(*FOR_ME))]
            left = m.deadline_instant(d) - ctx.now
            if len(chosen) == 1 and left.total_seconds() <= 0:  # "et pour l'inscription ?" after the opening's time,
                lines.append(say("dl.passed", lang, ago=duration(left, lang)))  # asked once it has passed: so said
            if len(chosen) == 1 and q.has(*_TIME_LEFT_ASKED) and left.total_seconds() > 0:  # "il me reste combien
                lines.insert(0, say("dl.left.plain", lang, left=duration(left, lang),  # de temps …, c'est bien ce
                                    zone=zone_words(m, d.date, lang)))  # soir minuit ?": the time left, first
        title = say("dl.title", lang, what=_what(chosen[0], lang)) if len(chosen) == 1 else say("dl.list.title", lang)
        return text_answer(m, lang, title, *lines)
    if len(chosen) > 1 and (not named or len(named) > 1):
        ahead = [d for d in chosen if m.deadline_instant(d) > ctx.now]
        if ahead and q.has(*STILL_AHEAD):  # "which deadlines are still ahead?": those to come only
            chosen = ahead
        elif q.has(*STILL_AHEAD) and not named:  # "any deadlines still ahead?" once all have passed
            lines = [say("dl.none_ahead", lang)] + [
                say("dl.line", lang, day=day(d.date, lang), what=_what(d, lang), status=_status(ctx, d, lang))
                for d in chosen]
            return text_answer(m, lang, say("dl.list.title", lang), *lines)
        lines = [say("dl.line", lang, day=day(d.date, lang), what=_what(d, lang), status=_status(ctx, d, lang))
                 for d in chosen]
        if q.has(*_CUT_OFF_ASKED) and not any(d.hour_stated for d in chosen):  # "is the deadline end of day Geneva
            # time?": no hour is given, whatever the bot counts
            lines.append(say("dl.no_hours", lang, zone=zone_words(m, chosen[0].date, lang), email=m.contacts.email))
        if _PLACE_TIME_ASKED.search(q.folded):  # "registration deadline and contribution deadline in Auckland time?":
            mine = q.has(*FOR_ME, "my time", "mon heure", "our time", "notre heure", "local time", "heure locale")
            lines += [f"{_what(d, lang)} — {line}" for d in chosen  # each one's end there ("deadlines in my time
                      if not mine or m.deadline_instant(d) > ctx.now  # pls": the asker's own, for those still ahead)
                      for line in in_askers_zone(ctx, d, lang, q, kb, named_only=not mine)]
        else:  # "what's the deadline?" from Kathmandu: each one still ahead ends there at … (as /deadlines says)
            from bot.answers.deadlines import end_where_the_asker_is  # the command's own rule, shared

            lines += [f"{_what(d, lang)} — {line}" for d in chosen if end_where_the_asker_is(ctx, d) is not None
                      for line in in_askers_zone(ctx, d, lang)]
        return text_answer(m, lang, say("dl.list.title", lang), *lines)
    deadline = chosen[0]
    title = say("dl.title", lang, what=_what(deadline, lang))
    lead = lead_time_claimed(q)
    if lead is not None and not clauses.opens_with_a_wh_word(q.folded):  # "il faut s'inscrire au plus tard une
        # semaine avant, c'est ça ?": the time before the opening claimed, checked against the deadline's date
        before = (m.start_date - deadline.date).days
        key = "pr.date.yes" if abs(lead - before) <= max(2, before // 10) else "pr.date.no"
        subject = say("pr.subject.deadline", lang, what=_what_in_a_sentence(deadline, lang))
        return text_answer(m, lang, title, say(key, lang, subject=subject, day=day(deadline.date, lang)),
                           say("dl.lead", lang, days=before, opening=day(m.start_date, lang)),
                           *describe(ctx, deadline, lang)[1:])
    compared = _COMPARED_WITH.search(q.folded)
    if compared is not None and _own_words(kb, deadline) & set(stems(words(compared[0]), STOPWORDS)) \
            and not _own_words(kb, deadline) & set(stems(words(q.folded[:compared.start()]), STOPWORDS)):
        return text_answer(m, lang, title, *describe(ctx, deadline, lang, q, kb))  # "la date limite est le 24 juillet,
        # comme pour l'inscription ?": the deadline named only to compare with, whose date is no verdict on the other
    claimed = [c for c in dates_in(_TODAY_TOLD.sub(" ", _A_SESSION_S_DAY.sub(" ", _without_dotted_am_pm(fold(q.raw)))), deadline.date.year)]  # not
    # "the 23 August management meeting", a session's day; not "it is 12 august
    # here", the asker's today
    if len(claimed) == 1 and q.has(*START) and not _DATE_OF_THE_DEADLINE.search(q.folded) \
            and not _UNTIL_THE_OPENING.search(q.folded):  # "l'inscription pouvait se faire jusqu'à l'ouverture, le 24
        # août": the opening's date is right, but it is claimed as the deadline's  # "since the meeting
        # starts on sunday 23 august, when's the registration deadline?" (not "registration closes on 24 August, same
        # day as the opening, correct?", where the date is the deadline's):
        # the date claims the start, not the deadline
        right = claimed[0].date == m.start_date
        premise = say("pr.date.yes" if right else "pr.date.no", lang, subject=say("pr.subject.start", lang),
                      day=day(m.start_date, lang))
        return text_answer(m, lang, title, premise, *describe(ctx, deadline, lang))
    if not claimed and _UNTIL_THE_OPENING.search(q.folded) and q.tokens[:1] and q.tokens[0] not in WH_WORDS:
        claimed = [DateClaim(m.start_date, None, "opening")]  # "registration stays open until the opening day, right?"
    if claimed and (_asks_still(q) or q.has(*_MISSED_ASKED) or _passed_asked(q)) and all(c.date == deadline.date for c in claimed) \
            and not _AFTER_THE_DATE.search(q.folded):
        claimed = []  # "I missed the 11 Aug deadline, can I still submit?": the date is told, whether one still can is
        # asked (no "Yes" to the date)
    missed_before = _missed_earlier_alike(ctx, q, deadline, claimed)
    if missed_before is not None:
        claimed = []  # "on a raté le 24 juin, on peut encore envoyer une contribution ?": the day of the deadline
        # missed, no date claimed of this one
    if claimed and planned_moment(ctx, q) is not None:
        claimed = []  # "can i still upload … tomorrow 12 aug at 10am samoa time?": the day of a moment planned where
        # the asker is, checked below against the deadline's end there, no date claimed of the deadline
    if claimed and q.tokens[:1] and not any(clauses.opens_with_a_wh_word(fold(part).strip()) for part in
                                            [q.raw, *re.split(r"\s[-–—]\s|[,:;]\s", q.raw)[1:]]
                                            if not (part is not q.raw and fold(part).startswith("which "))):  # "is 24
        # June the deadline?", not "what is due …?", nor "my zone is Seoul — when does the 11 Aug deadline end for
        # me?"; "…, which I understand is the registration deadline" is a relative clause, no question
        start_claimed = claimed[0].date if q.has(*START) and len(claimed) > 1 else None
        claimed = claimed[-1:] if q.has(*START) else claimed  # "it starts 24 Aug, so registration is open until 23 Aug?"
        key = "pr.date.yes" if claimed[0].date == deadline.date else "pr.date.no"
        local_day = m.deadline_instant(deadline).astimezone(ctx.asker.zone).date() if ctx.asker.zone else None
        if key == "pr.date.no" and claimed[0].date == local_day and ctx.now.astimezone(ctx.asker.zone).date() != local_day \
                and not _asks_still(q) and not q.has(*_MISSED_ASKED):  # "so I have until the 12th, right?" from Eucla:
            key = "pr.date.local"  # the end of 11 August in Geneva is 06:45 on 12 August there (not "it's already 12 Aug
            # here, did I miss it?": the asker's today, and whether it passed is asked)
        start_wrong = [say("pr.date.no", lang, subject=say("pr.subject.start", lang), day=day(m.start_date, lang))] \
            if start_claimed is not None and start_claimed != m.start_date else []  # "since it opens on 25 aug, the
        # reg deadline is 25 july right?": both claims are wrong, and both are said
        if _AFTER_THE_DATE.search(q.folded):  # "can I submit a contribution after 11 August?": not after its last day
            if claimed[0].date < deadline.date:
                return text_answer(m, lang, title, *describe(ctx, deadline, lang, q, kb))
            key = "pr.date.no"
        subject = say("pr.subject.deadline", lang, what=_what_in_a_sentence(deadline, lang))
        other = [say("day.deadline", lang, day=day(d.date, lang), what=_what(d, lang))
                 for d in m.deadlines if d.date == claimed[0].date and d is not deadline]
        return text_answer(m, lang, title, *start_wrong, say(key, lang, subject=subject, day=day(deadline.date, lang),
                                                             local=day(local_day, lang) if local_day else ""),
                           *describe(ctx, deadline, lang)[1:], *other, *_still_open_alike(ctx, deadline, lang))  # the
        # deadline's own lines, then the other deadline on the date claimed (its "How" line read as the other's), and
        # the one of its kind still open once it has passed ("… la traduction … on compte la soumettre le 5 août")
    unknown = _unknown_words(q, kb, deadline)
    if unknown and q.has(*WEAK_STILL):  # "can I register 3 colleagues in one go with a group booking?": the
        # deadline, and no "Yes" to a way of doing it the letter does not give
        note = say("oos.part", lang, words=" / ".join(f"“{w}”" for w in unknown[:2]), email=m.contacts.email)
        return text_answer(m, lang, title, *describe(ctx, deadline, lang), note)
    asks_until_when = bool(q.tokens[:1]) and (q.tokens[0] in WH_WORDS or q.has(*_UNTIL_WHEN_FIRST, *_UNTIL_WHAT_DATE))
    if q.has(*_APPROVAL) and not q.has(*WHEN):  # "I registered after the deadline, can our focal point still
        # approve us?": the letter says who approves, never whether a late request can be: no Yes or No
        return text_answer(m, lang, title, *describe(ctx, deadline, lang, q, kb), say("dl.no_late_rule", lang,
                                                                                      email=m.contacts.email))
    missed = _MISSED_IF.search(q.folded) or _MISSED_SAID.search(q.folded) and not _TRANSLATION_ASKED.search(q.folded)
    later = _later_alike(ctx, deadline) if missed else []
    if missed and not later and missed_before is not None:
        later, deadline = [deadline], missed_before  # the one named is still ahead; the one missed is said
    if later:  # "if we miss the translation deadline, can we still submit the contribution?", "I missed the 24 June
        # translation deadline. Is it too late to submit my contribution at all?": the later deadline of its kind
        # answers, and the one missed is said
        too_late = q.has("too late", "trop tard", *_CLOSED_ASKED) or _CANNOT_ANYMORE.search(q.folded) is not None \
            or q.raw.rstrip().endswith("?") and not _STILL_SAID.search(fold(q.raw)) and not _WHAT_NOW.search(q.folded)
        # "… I've missed it?", "donc je peux plus rien soumettre ?": No, it is not too late; "on peut encore envoyer
        # … ?": Yes, still possible
        return text_answer(m, lang, say("dl.title", lang, what=_what(later[0], lang)),
                           _still(ctx, later[0], lang, too_late),
                           *describe(ctx, later[0], lang)[1:2], *in_askers_zone(ctx, later[0], lang, q, kb),
                           say("dl.date", lang, what=_what(deadline, lang), day=day(deadline.date, lang)))
    if (q.has(*STILL) or q.has("too late", "late", "tard", "open", "ouverte", "ouvert", *_MISSED_ASKED, *_HOUR_MISSED)
            or _passed_asked(q) or can_at_a_moment) and not (
            asks_until_when and not q.has("too late", "trop tard", "still", "encore")):  # "jusqu'à quand peut-on
        # s'inscrire ?" asks a date, no "Yes"
        too_late = q.has(*_CLOSED_ASKED, *_HOUR_MISSED) or _passed_asked(q) or q.has("too late", "trop tard", *_MISSED_ASKED) and not (
            q.has(*STILL[:3], "puis je", "je peux", "peut on") or re.search(r"(?<!\bpas )\bencore\b", q.folded))  # "is
        # it too late?" ("jme suis pas encore inscrite, c trop tard ??": not yet, not "still"),
        # "did I miss it?" flip yes and no
        alike = _alike_open(ctx, deadline)
        if alike and not too_late and _WITHOUT_TRANSLATION.search(q.folded) \
                and not _TRANSLATION_ASKED.search(q.folded):  # not "jveux faire traduire ma contrib en anglais"  # "j'ai raté la deadline de traduction,
            deadline = alike[0]  # je peux quand même envoyer ma contrib (en anglais) ?": the one without, still open
            title = say("dl.title", lang, what=_what(deadline, lang))
        planned = _at_the_time_planned(ctx, q, deadline, lang, too_late)
        if planned is not None:  # "can I still upload tonight at 9pm my time?": the moment planned, not now
            return text_answer(m, lang, title, planned, *describe(ctx, deadline, lang)[1:2],
                               *([] if deadline.hour_stated else [say("dl.no_hour", lang, day=day(deadline.date, lang),
                                                                      zone=zone_words(m, deadline.date, lang),
                                                                      email=m.contacts.email)]))
        return text_answer(m, lang, title, _still(ctx, deadline, lang, too_late), *describe(ctx, deadline, lang)[1:2],
                           *in_askers_zone(ctx, deadline, lang, q, kb), *_still_open_alike(ctx, deadline, lang))
    if _MISSED_SAID.search(q.folded) and _WHAT_NOW.search(q.folded):  # "I missed the registration deadline 😩 what
        # now?": where it stands, and that the letter gives no late procedure (or that it is still open after all)
        passed = m.deadline_instant(deadline) <= ctx.now
        stands = say("dl.missed", lang, what=_what_in_a_sentence(deadline, lang), day=day(deadline.date, lang),
                     ago=duration(m.deadline_instant(deadline) - ctx.now, lang), email=m.contacts.email) if passed \
            else _still(ctx, deadline, lang)
        return text_answer(m, lang, title, stands, *describe(ctx, deadline, lang)[1:2],
                           *in_askers_zone(ctx, deadline, lang, q, kb), *_still_open_alike(ctx, deadline, lang))
    return text_answer(m, lang, title, *describe(ctx, deadline, lang, q, kb), *_earlier_variant_ahead(ctx, deadline, lang))
