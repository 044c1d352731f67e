"""Plain-language questions, in English or French, answered from the meeting file only.

:func:`answer_question` is the entry point: it reads the question (language,
normalisation, typos), tries the structured intents (wrong premises, agenda,
deadlines, where the meeting stands, times), then ranked retrieval over the
meeting's knowledge; below the confidence threshold it says the meeting
information does not say, and gives the secretariat's contact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from bot.context import Context
from bot.i18n import pick
from bot.agenda_ref import AgendaRef
from bot.questions import (agenda_intent, agenda_where, ask_back, channel_claims, clauses, commands_intent, countdown, day_intent, deadline_intent, status_claims, followup, key_dates, live_intent, other_meetings,
                           first_steps, item_timing, overview, premises, rules_list, time_intent)
from bot.questions.knowledge import Entry, Knowledge, knowledge_for
from bot.questions.places import find_place
from bot import conversation
from bot.choice_mark import MARK, mark
from bot.locale_names import language_name
from bot.questions.facts import meeting_clock
from bot.questions.formatting import day
from bot.questions.lexicon import country_names, name_concepts
from bot.questions.language import decisive, detect_language, language_scores
from bot.questions.messages import say
from bot.questions.claims import WEEKDAY_NAMES, calendar_words, clocks_in
from bot.questions.normalize import SPEAKER_DETAILS_ASKED, TIME_PLUS_DAY, Question, fold, read_question, stems, words
from bot.questions.replies import answer as make_answer
from bot.questions.replies import greeting, out_of_scope, text_answer
from bot.questions.retrieval import THRESHOLD, Match, confident, coverage_band
from bot.questions import eligibility, focus, not_in_letter, verdicts, vocabulary
from bot.questions.listed import things_listed
from bot.questions.named_things import named_as_a_thing
from bot.questions.vocabulary import IDENTITY, STOPWORDS, SYNONYMS, WH_WORDS
from bot.reply import Reply, Section
from bot.models import AgendaEntry, Meeting

Intent = Callable[[Context, Question, Knowledge], "Reply | None"]

#: Stems of a question that asks only when or where, and what stands for the meeting as a whole then.
ASKS_WHEN_OR_WHERE = frozenset({"when", "quand", "where", "ou"})  # folded stems
WHOLE_MEETING = {"when": ("date", "held"), "quand": ("date", "held"), "where": ("virtua", "venue"),
                 "ou": ("virtua", "venue")}

#: Asking whether it is too late ("is it too late?", "c mort ?", "trop tard ?"): of the sentence before, alone.
_TOO_LATE_STEMS = frozenset(stems(["late", "tard", "mort", "foutu", "fichu"], languages=False))
#: Asking the hour ("à quelle heure ?", "what time?"): a sentence of these alone asks of the sentence before.
_HOUR_STEMS = frozenset(stems(["heure", "heures", "hour", "hours", "time"], languages=False))
#: A sentence that only offers a way ("by email to the secretariat?", "par courriel ?"): a way of doing what the
#: sentence before asks.
_A_WAY_ONLY = re.compile(r"^(?:or |ou )?(?:(?:by|via|through|thru|using|par|avec) (?!quel|quelle|which|what)|"
                         r"(?:e mail|email|mail|courriel) (?:to|it|them|au|a)\b)")
#: Who may attend what the sentence before named ("… c'est quand ? elle est ouverte à tous ?", "… ? is it open?"), or
#: how long is left of it ("… deadline tonight? how long do people have left").
_OF_THE_ONE_BEFORE = re.compile(r"^(?:et |and )?(?:est ce qu (?:elle|il) (?:est|sera)|est ce que c est|est ce que ce sera|elle est|il est|elle sera|il sera|est elle|est il|is it|will it be|"
                                r"is that|are they|c est|c|cest|(?:cette|this|that) (?:reunion|meeting|seance|session) "
                                r"(?:est elle|est|is|will be|sera t elle|sera))\s+(?:(?:only|just|also|really|seulement|aussi|vraiment)\s+)?"
                                r"(?:open|ouverte?|reserved|reservee?|public|accessible|restricted)\b"
                                r"|^(?:cette|this|that) (?:reunion|meeting|seance|session) (?:addressed|invited)\b"  # "…
                                # est-elle ouverte à tous ?", read as who is invited
                                r"|^(?:and |et )?(?:is there|are there|y a t il|il y a|is it|c est)\s+(?:a |an |une |un )?"
                                r"(?:(?:fixed|set|firm|hard|strict|official|specific|precise)\s+)?(?:deadline|cut ?off|"
                                r"date limite|delai|echeance|limite)(?:\s+(?:fixe|precise|officielle|stricte))?\s*[?!.]*\s*$"
                                r"|^(?:and |et )?(?:how (?:long|much time|many (?:hours|days))|combien de (?:temps|jours|heures))"
                                r"\b(?:\s+\w+){0,4}\s+(?:left|remaining|remain|to go|reste|restent|il reste)\b")
#: A zone said with a clock ("23:59 UTC?"): a sentence of a clock and a zone only is about the sentence before.
_ZONE_STEMS = frozenset(stems(["utc", "gmt", "cet", "cest", "geneva", "geneve", "z"], languages=False))
#: Words of a clock said where the asker is ("minuit chez moi ?", "midnight my time?"), no topic of their own.
_CLOCK_ONLY_STEMS = frozenset(stems(["midnight", "minuit", "noon", "midi", "chez", "moi", "my", "local", "here", "ici",
                                     "pour", "me", "for", "morning", "matin", "evening", "soir", "night", "nuit"],
                                    languages=False)) | _ZONE_STEMS

ASKS_WHO = ("who", "whom", "qui")
#: Words that describe the meeting itself ("the virtual meeting", "la réunion virtuelle"), not a topic.
MEETING_KINDS = frozenset({"virtua", "plenar", "pleni"})
DENIES = ("no ", "no.", "there is no", "there will be no", "none", "not ")  # a practical topic's text that says no
LONG_ENOUGH = 12  # words: a follow-up this long that can be answered alone is a question of its own
MEETING_DATES = ("dates of this", "dates of the meeting", "dates of the sg17", "meeting dates", "dates of this virtual",
                 "dates de la reunion", "dates de cette reunion", "dates de la ce", "dates of sg17",
                 "du combien au combien", "de quand a quand", "from when to when", "from what date to what date",
                 "de quelle date a quelle date", "from which date to which date", "quelle date a quelle date",
                 "first and last days", "first and last day", "premier et dernier jour", "premier et le dernier jour",
                 "dernier jour de la ce", "dernier jour de la reunion", "last day of sg", "last day of the meeting",
                 "dernier jour de la ce17", "last day of sg17",
                 "meeting period", "jusqu a quelle date la reunion", "until what date is the meeting",
                 "until which date is the meeting", "sur quelle periode", "over what period", "over which period",
                 "pendant quelle periode", "for what period", "until which date the meeting", "until what date the meeting",
                 "meeting continues until", "meeting continue until", "meeting goes on until", "meeting go on until",
                 "meeting runs until", "meeting run until", "meeting lasts until", "meeting last until",
                 "jusqu a quelle date dure", "jusqu a quand dure la reunion", "la reunion dure jusqu")
#: The last day asked ("until which date does the meeting continue?", "jusqu'à quel jour ça dure ?").
_UNTIL_WHICH_DATE = re.compile(r"\b(?:until|till|til|up to|jusqu a) (?:which|what|quel|quelle) (?:date|day|jour)\b")
#: Until when, said of the meeting itself ("c jusqu'à quand la réunion ?"): its last day.
_UNTIL_WHEN = ("until when", "till when", "jusqu a quand")
OTHER_MEETINGS = ("after this one", "apres celle ci", "previous meeting", "last meeting", "reunion precedente",
                  "derniere reunion")
_NEXT_STEMS = frozenset(stems(["next", "prochaine", "suivante", "upcoming"], languages=False))
#: "The next meeting": another meeting once this one has opened, this very meeting while it is still to come.
NEXT_MEETING = ("next meeting", "next sg17 meeting", "prochaine reunion", "reunion suivante")
ASKS_WHO_IS = ("who is the", "who s the", "whos the", "name of the", "qui est le", "qui est la", "nom du", "nom de la",
               "c est qui le", "c est qui la", "c qui le", "c qui la", "qui c est le", "son nom", "his name", "her name", "their name",
               "comment s appelle", "what s the name", "whats the name", "what is the name")
ROLES = ("director", "directeur", "directrice", "secretary", "secretaire", "head", "chef", "counsellor", "conseiller",
         "rapporteur", "rapporteurs", "editor", "vice", "officer", "advisor", "adviser", "person", "personne", "focal")
#: Words about signing the letter.
SIGNED = ("signed", "signs", "sign", "signe", "signee", "signataire", "signatory", "signature")
#: Words that ask for a person's name ("the TSB director's name?", "comment s'appelle …").
ASKS_NAME = ("name", "names", "nom", "noms", "called", "appelle")
NAMES_PEOPLE = frozenset({"chairman", "contacts"})  # the entries that name a person or a way to reach one
#: A deadline entry answers a question that asks no date only when nothing else fits as well.
NOT_ASKED_WHEN_PRIOR = {"deadline": 0.5}

#: Words that place the question in time ("today", "demain"): they ask nothing the meeting information lacks.
DEICTIC_STEMS = frozenset(stems("today tomorrow yesterday tonight now currently soon later aujourd hui demain hier "
                                "soir maintenant bientot".split(), languages=False))

#: Kinds that must match more of the question: an agenda title shares everyday words ("events", "reports").
KIND_THRESHOLD = {"agenda": 0.6}

#: Kinds whose score is discounted: agenda titles share many everyday words.
KIND_PRIOR = {"agenda": 0.6, "session": 0.7, "deadline": 0.9}


@lru_cache(maxsize=1)
def intent_words() -> frozenset[str]:
    """Every word the intents listen for, so typos are corrected towards them too."""
    found: set[str] = set()
    for name in dir(vocabulary):
        value = getattr(vocabulary, name)
        if name.isupper() and isinstance(value, (tuple, frozenset)):
            for phrase in value:
                found.update(phrase.split())
    return frozenset(w for w in found if w.isalpha() and len(w) >= 4)


def read(ctx: Context, text: str, kb: Knowledge) -> Question:
    """The question read in its language (or the asker's), folded and typo-corrected."""
    return read_question(text, detect_language(text, ctx.asker.lang), kb.corrector)


#: "How do I ask to speak?", "comment demander la parole ?", "can I raise my hand?".
_ASKS_FOR_THE_FLOOR = re.compile(r"\b(?:ask|asking|request|requesting|get|raise|demander|demande|obtenir|lever|leve)\b"
                                 r".{0,25}\b(?:floor|speak|speaking|parole|parler|intervenir|hand|main)\b|"
                                 r"\b(?:how|comment)\b.{0,30}\b(?:prendre|take|taking|prend)\b.{0,10}\b(?:parole|floor)\b|"
                                 r"\b(?:i d like|i would like|i wish|i need|want|wanna|je veux|je voudrais|"
                                 r"j aimerais|je souhaite|voudrais|souhaiterais)\b(?: to)?\s+(?:speak|take the floor|"
                                 r"intervene|make an intervention|prendre la parole|parler|intervenir|faire une "
                                 r"intervention)\b(?!\s+(?:to|with|a|avec|au|a quelqu))")  # not "speak to someone"


#: "How do I get a TIES account?", "where do I download the TD template?", "comment obtenir un compte TIES ?": a way to
#: get an account, a password or a template, which the letter names without saying where or how.
_HOW_TO_GET_AN_ACCOUNT = re.compile(
    r"\b(?:get|obtain|create|open|request|download|find|obtenir|creer|créer|ouvrir|demander|avoir|trouver|"
    r"telecharger|télécharger|recuperer|récupérer)\s+"
    r"(?P<what>(?:a |an |my |the |un |une |mon |ma |le |la |l')?(?:(?:\w+ )?(?:account|password|login|template|compte|"
    r"mot de passe|identifiant|gabarit|modele|modèle)(?: TIES| UIT| ITU| TD| de TD)?|TIES access|acc[eè]s (?:à |a )?TIES))",
    re.IGNORECASE)  # "how do I request the TIES access then?"


#: The same, the thing named before the getting ("le gabarit des TD, je le télécharge où ?").
_GOT_FROM_WHERE = re.compile(
    r"\b(?P<what>(?:the |a |le |la |un |une )?(?:TIES |UIT |ITU )?(?:account|password|login|template|compte|mot de passe|"
    r"identifiant|gabarit|modele|modèle)(?: TIES| UIT| ITU| TD| des TD| de TD| for TDs?)?)\b(?:[\s,]+[\w']+){0,4}?[\s,]+"
    r"(?:get|obtain|download|find|obtiens|obtenir|t[ée]l[ée]charge\w*|trouve\w*|r[ée]cup[èe]re\w*)\b", re.IGNORECASE)
#: Staying, eating or travelling near a venue: a virtual meeting has none, and the letter says nothing of them.
_STAY = re.compile(r"\b(?:hotels?|accommodations?|lodging|restaurants?|flights?|airport|taxi|logements?|hebergements?|"
                   r"aeroport|vols?|billets? d avion|cicg|badges?|montbrillant|"
                   r"popov)\b")
#: Things found only at a venue ("the wifi at the CICG", "my badge"): no venue, rather than none recommended.
_ON_SITE = frozenset({"cicg", "badge", "badges", "montbrillant", "popov"})
#: Where the asker is, not what they ask for ("on hotel wifi", "from the airport in Anchorage", "à l'hôtel"): a
#: place word before a staying word, or a connection word after it.
_AT_A_PLACE = re.compile(r"\b(at|from|in|on|depuis|dans|de|a)\s+(?:(?:the|my|our|a|an|l|mon|ma|notre|mes|un|une)\s+)?$")
_ITS_CONNECTION = re.compile(r"^\s+(?:wifi|wi fi|wlan|connection|internet|network|connexion|reseau|room|chambre)\b")


def _asks_to_stay(folded: str, lang: str) -> re.Match[str] | None:
    """The first staying or travelling word the question asks about ("a hotel near ITU?"), not one that only says
    where the asker is ("im on hotel wifi and keep dropping, will the chair wait?", "à l'hôtel")."""
    for match in _STAY.finditer(folded):
        at = _AT_A_PLACE.search(folded[:match.start()])
        where = (at is not None and not (lang == "en" and at[1] == "a")) or bool(
            _ITS_CONNECTION.match(folded[match.end():]))  # English "a hotel" is asked for
        if match[0] not in ("hotel", "hotels", "airport", "aeroport", "taxi", "flight", "vol") or not where:
            return match
    return None


#: Which of the form's options asked ("which options exactly?", "quelles options ?"), which the letter does not list.
_WHICH_OPTIONS = re.compile(r"\b(?:which|what|quelles|quels)\s+(?:\w+\s+)?options?\b")
#: Whether the chair may do something, asked yes or no ("my audio is really bad, can the chair cut me off?", "si mon son
#: est pourri le president peut me couper la parole ?"): a rule that says the chair may answers it "Yes".
_CHAIR_MAY_ASKED = re.compile(r"\b(?:can|could|may|will|is)\s+(?:the\s+)?(?:chair|chairman|chairperson|chairwoman|"
                              r"president)\b|\b(?:president|presidente|chair)\s+(?:peut il|peut|pourra|pourrait|"
                              r"a le droit|il peut|va)\b")
#: Cutting a speaker off asked ("cut me off", "interrupt", "me couper la parole", "m'interrompre").
_CUTS_OFF = re.compile(r"\b(?:cut|cuts|interrupt|interrupts|mute|stop me|refuse|deny|couper|coupe|interrompre|interrompt|"
                       r"retirer la parole|arreter de parler|m arreter)\b")
#: Sound said to be bad ("my audio is really bad", "si mon son est pourri", "mon micro grésille").
_BAD_SOUND = re.compile(r"\b(?:bad|poor|awful|terrible|crap|crappy|garbled|choppy|crackl\w*|inaudible|unintelligible|"
                        r"mauvais|mauvaise|pourri|pourrie|gresill\w*|insuffisant\w*|nul|nulle|coupe|hache)\b")
#: What or how asked anywhere in the question ("le président peut faire quoi ?", "what can the chair do?").
_ASKS_WHAT = re.compile(r"\b(?:what|how|which|when|why|quoi|comment|quel|quelle|quels|quelles|qu est ce|quand|pourquoi)\b")
#: A rule that says what the chair may do ("the chair may interrupt you …", "le Président peut vous interrompre …").
_CHAIR_MAY = re.compile(r"\b(?:the chair|the chairman|le président)\s+(?:may|peut)\b", re.IGNORECASE)
#: Whether to wait for someone asked ("can I move on without them or must I wait?", "doit-on l'attendre ?").
_WAITING_ASKED = re.compile(r"\b(?:wait|waiting|move on|go on|carry on|continue without|attendre|attend|continuer sans|"
                            r"poursuivre sans|passer a la suite)\b")
#: What a rule means in practice asked ("what does that mean in practice?", "ça veut dire quoi concrètement ?").
_MEANING_ASKED = re.compile(r"\b(?:in practice|concretely|concretement|en pratique|what does (?:that|this|it) mean|"
                            r"what does .{1,60} mean|ca veut dire quoi|ca signifie quoi|que veut dire|qu est ce que ca veut "
                            r"dire|veut dire quoi|(?:c est|c|what s|whats|what is) (?:quoi )?(?:le|la|l|the|this|ce|cette) "
                            r"(?:best effort|au mieux|meilleurs efforts)|best effort (?:means|meaning))\b")


#: Asking how something is done, which a topic's whole text answers (not "who approves", which one sentence does).
_THE_WHOLE_WAY = tuple(way for way in vocabulary.MANNER if "approu" not in way and "approv" not in way) + (
    "ou est", "est ou", "sont ou", "se trouve", "where s", "where are", "where",  # "il est où le formulaire ?"
    "je dois", "faire quoi", "que faire", "what do i do", "what should i do", "what must i do", "what to do")


#: Something said to go wrong, whose causes a whole paragraph may hold ("what's wrong?", "quel est le problème ?").
_SOMETHING_WRONG = ("wrong", "problem", "problems", "issue", "issues", "probleme", "problemes", "marche pas",
                    "fonctionne pas", "doesn t work", "does not work", "not working", "pending", "en attente",
                    "faut il", "faut", "must i", "do i need", "do we need", "need to", "have to", "dois je", "doit on",
                    "oblige", "obligee", "obliges")  # and whether one must at all ("faut-il s'inscrire si …")


def _entry_reply(ctx: Context, q: Question, entry: Entry) -> Reply:
    m, lang = ctx.meeting, q.lang
    if entry.kind == "deadline":
        deadline = next(d for d in m.deadlines if d.id == entry.key)
        return text_answer(m, lang, entry.title(lang), *deadline_intent.describe(ctx, deadline, lang))
    if entry.kind == "agenda":
        item = ctx.agenda.get(entry.key)
        assert item is not None
        return text_answer(m, lang, entry.title(lang), *agenda_intent.describe(ctx, item, lang))
    if entry.kind == "session":
        return time_intent.answer_session(ctx, q, entry.key)
    assert entry.answer is not None
    lines = list(entry.answer(m, lang))
    if entry.kind == "practical" and len(lines) == 1 and isinstance(lines[0][0], str) \
            and not q.has(*_THE_WHOLE_WAY, *vocabulary.WHETHER_NEEDED, *_SOMETHING_WRONG):  # "how do I register?",
        # "faut-il être inscrit ?", "my login does not let me in, what's wrong?": the whole way, whether at all, and
        # each thing that may be wrong, which the whole paragraph says
        kb = knowledge_for(m, intent_words())
        common = set(stems(words(fold(f"{entry.key} {entry.title_en} {entry.title_fr}")), STOPWORDS))
        query = stems(_topic_tokens(q, kb), STOPWORDS)
        asked = set(_asked_terms(q, query)) - common  # "who approves it? I just filled in the form": what the asking
        # sentence names, not the story around it; the whole message when that names nothing ("… greyed out. bug?")
        one = focus.asked_sentence(lines[0][0], asked if asked & focus.stems_of(lines[0][0]) else set(query), common)
        lines = [(one,)] if one is not None else lines  # "options of the form greyed out, bug?": that sentence
    if entry.kind == "rule" and _ASKS_FOR_THE_FLOOR.search(fold(q.raw)):  # "how do I ask to speak?": the bot's queue
        lines.append((say("rule.floor_queue", lang),))
    if entry.kind == "rule" and _CHAIR_MAY_ASKED.search(q.folded) and _CHAIR_MAY.search(entry.title(lang)) \
            and _CUTS_OFF.search(fold(q.raw)) and _BAD_SOUND.search(fold(q.raw)) \
            and not _ASKS_WHAT.search(fold(q.raw)):  # "my audio is really bad, can the chair cut me off?": yes, it may
        # (not "what can the chair do?", "le président peut faire quoi ?", "… can the chair still give me the floor?",
        # "… si je parle trop longtemps ?")
        summary = entry.title(lang)
        lines.insert(0, (say("pr.yes", lang, text=summary[:1].lower() + summary[1:]),))
    if entry.kind == "rule" and _WAITING_ASKED.search(q.folded):  # "a delegate keeps breaking up — can I move on
        lines += [(pick(lang, other.text, other.text_fr),) for other in m.rules  # or must I wait?": and that the
                  if other.id != entry.key and re.search(r"\bdelayed\b", other.text)]  # meeting is not delayed
    if entry.kind == "rule" and _MEANING_ASKED.search(q.folded):  # "« assurés au mieux » ça veut dire quoi
        rule = next((r for r in m.rules if r.id == entry.key), None)  # concrètement ?": the rules beside it say
        lines += [(pick(lang, other.text, other.text_fr),) for other in m.rules
                  if rule is not None and other.topic == rule.topic and other.id != rule.id]
    if entry.kind == "fact" and entry.key == "tool" and _WHICH_SESSIONS.search(q.folded):  # "quel outil, et pour
        lines += [(pick(lang, rule.text, rule.text_fr),) for rule in m.rules  # quelles séances ?": the rule that
                  if fold(m.remote_tool or "") in fold(rule.text) and "sessions" in fold(rule.text)]  # says for all
    if entry.kind == "rule" and premises.OWN_CONNECTION.search(q.folded):  # "my internet is very slow, will they wait for
        rule = next((r for r in m.rules if r.id == entry.key), None)  # me?": and that remote participation is
        lines = [(pick(lang, other.text, other.text_fr),) for other in m.rules  # best effort, as the letter says
                 if rule is not None and other.topic == rule.topic and other.id != rule.id
                 and (pick(lang, other.text, other.text_fr),) not in lines] + lines
    if entry.kind == "practical" and _WHICH_OPTIONS.search(q.folded):  # "some options … apply only to Member States -
        lines.append((say("oos.which_options", lang, email=m.contacts.email),))  # which options exactly?"
    account = _HOW_TO_GET_AN_ACCOUNT.search(q.raw) or _HOW_TO_GET_AN_ACCOUNT.search(fold(q.raw)) \
        or _GOT_FROM_WHERE.search(q.raw)
    if account is not None:  # "how do I get a TIES account?": the letter names accounts, never how to get one
        lines.append((say("oos.how_to_get", lang, what=account["what"], email=m.contacts.email),))
    if entry.kind == "faq" and not _same_question(q, entry):
        lines = [_without_verdict(line) for line in lines]  # "is the meeting in English?" gets no "No."
    due = next((d for d in m.deadlines if d.id == entry.key), None) if entry.kind == "practical" else None
    if due is None and entry.kind == "practical" and q.has(*vocabulary.MANNER):  # "how do I submit a contribution?":
        named = deadline_intent.deadlines_named(q, knowledge_for(m, intent_words()))  # the way, and by when
        due = named[0] if len(named) == 1 else None
    if due is not None:  # "how do I register?", "do we have to register one month before?": and by when
        lines.append((say("day.deadline", lang, what=(due.what_fr or due.what) if lang == "fr" else due.what,
                          day=day(due.date, lang)),))
    stay = _asks_to_stay(fold(q.raw), lang) if entry.kind in ("fact", "faq") else None  # the format, "can I attend in
    # person?"
    if stay is not None:  # "a hotel near ITU?": no venue to stay near, and the letter says nothing of hotels
        written = next((w for w in re.findall(r"\w+", q.raw) if fold(w) == stay[0]), stay[0])  # "hôtel" as written
        key = "oos.venue" if stay[0] in _ON_SITE else "oos.stay"  # "wifi at the CICG?": no venue at all
        lines.append((say(key, lang, words=written, email=m.contacts.email),))
    if (entry.kind, entry.key) == ("fact", "schedule"):  # "the daily session hours?": the hours the letter gives
        lines.append((_hours_given(m, lang),))
    ended = countdown.over(ctx, lang) if (entry.kind, entry.key) in countdown.SAYS_IT_ENDED else None
    return make_answer(m, lang, entry.title(lang), [(ended,), *lines] if ended else lines)


def _hours_given(m: Meeting, lang: str) -> str:
    """The hours the meeting information gives: the opening alone, or every timed session in order ("the
    management team meeting on Sunday 23 August at 11:00, the opening on Monday 24 August at 11:00")."""
    timed = sorted(m.sessions, key=lambda s: s.start)
    if len(timed) < 2:
        return say("fact.schedule.first", lang, day=day(m.opens_at.date(), lang), time=meeting_clock(m, m.opens_at, lang))
    hours = "; ".join(say("fact.schedule.hour", lang, title=pick(lang, s.title, s.title_fr),
                          day=day(s.start.date(), lang), time=meeting_clock(m, m.local(s.start), lang))
                      for s in timed)
    return say("fact.schedule.hours", lang, hours=hours)


#: Words whose number names a document ("Circular TSB 68", "circ 118", "TD 3000"), unlike a date's day.
NUMBERED = frozenset({"tsb", "circular", "circulars", "circulaire", "circ", "td", "resolution", "resolutions"})
_GROUP_TOKEN = re.compile(r"(?:sg|ce)\d+")
#: Days named relative to now ("can I still join today?"): when the question is asked, never its topic.
RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday", "aujourd", "hui", "demain", "hier"})

FROM_WORDS = frozenset({"from", "of", "de", "du", "des", "d", "l", "depuis", "chez", "in", "at", "based", "a", "au", "en"})


_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er)")


def _topic_tokens(q: Question, kb: Knowledge) -> list[str]:
    """The question's words less the names that say who or where the asker is ("je suis délégué de
    l'ARPT Guinée", "I'm from ARCEP Togo", "(Niger)"): names after "from"/"de" and country names that the
    meeting never uses. Other unknown names ("Firefox") stay: they are what is asked about."""
    countries = country_names()
    group = str(kb.meeting.study_group)
    calendar = calendar_words()
    kept, after_from = [], False
    role = _ROLE_SAID.search(q.folded)  # "c'est moi qui décide en tant que président de GT ?": the asker's role,
    said = role[1].split() if role else []  # the words right after "en tant que", once
    opening = next((i for i in range(len(q.tokens) - 2) if q.tokens[i:i + 3] in (("en", "tant", "que"),
                                                                                 ("en", "qualite", "de"))), None)
    role_at = set(range(opening + 3, opening + 3 + len(said))) if said and opening is not None else set()
    for index, (token, corrected) in enumerate(zip(q.tokens, q.corrected)):
        previous = q.corrected[index - 1] if index else ""
        if index in role_at:
            continue
        unknown_name = token in q.names and token not in kb.vocabulary and token not in SYNONYMS and token.isalpha()
        number = (token.isdigit() and not (token in kb.ranker.idf and previous in NUMBERED)  # "circ 68": a circular's
                  or bool(_ORDINAL_DAY.fullmatch(token)))  # "on the 23rd", "le 1er"
        if (unknown_name and (after_from or token in countries)) or token == group or number \
                or token in calendar or token in RELATIVE_DAYS:
            continue  # "la CE 17", "before 24 July": the group's number and dates name no topic
        after_from = token in FROM_WORDS or (after_from and unknown_name)
        kept.append(corrected)
    if "outil" in kept and not set(kept) & _THE_CHAT_WORDS:
        kept = ["plateforme" if token == "outil" else token for token in kept]  # "outil ?": the remote tool, not the
        # chat ("l'outil de discussion")
    return kept


#: The asker's own role, said as context ("en tant que président de GT", "in my capacity as rapporteur").
_ROLE_SAID = re.compile(r"\b(?:en tant que|en qualite de|in my capacity as)\s+((?:[\w-]+)(?:\s+(?!qui\b|que\b|quel|quand\b|"
                        r"comment\b|est\b|puis\b|je\b)[\w-]+){0,3}?)(?=\s*(?:,|\?|$|\s(?:qui|que|quel|quand|comment|"
                        r"est|puis|je)\b))")
#: Words that make "outil" the chat ("l'outil de discussion").
_THE_CHAT_WORDS = frozenset("discussion chat clavardage messagerie messages".split())


def _denials(kb: Knowledge) -> list[tuple[Entry, frozenset[str]]]:
    """The practical topics that say no ("No fellowships will be granted", "No visa is needed"), each with the
    stems of its title in both languages: a question that names one is answered by its "no" first."""
    found = kb.memo.get("denials")
    if found is None:
        denying = {topic.id for topic in kb.meeting.practical if fold(topic.text).startswith(DENIES)}
        found = kb.memo["denials"] = [
            (entry, frozenset(stems(words(fold(f"{entry.title_en} {entry.title_fr}")), STOPWORDS)))
            for entry in kb.entries if entry.kind == "practical" and entry.key in denying]
    return found  # type: ignore[return-value]


def _said_no(reply: Reply, lang: str) -> Reply:
    """The reply with a "No:" before its first line, when that line says no without the word ("… in English only,
    without interpretation", to "will interpretation be provided?")."""
    first = reply.sections[0]
    line = first.lines[0]
    if not (line and isinstance(line[0], str)) or VERDICT.match(line[0]):
        return reply
    said = (say("pr.channel.no", lang, how=line[0]),) + tuple(line[1:])
    return replace(reply, sections=(replace(first, lines=(said,) + tuple(first.lines[1:])),) + reply.sections[1:])


#: Whether there is interpretation, asked ("will interpretation be provided?", "l'interprétation sera-t-elle bien
#: assurée ?", "is there interpretation?"), not what the letter says of it.
_WHETHER_INTERPRETED = re.compile(
    r"^(?:(?!\b(?:what|which|how|quel|quelle|comment|pourquoi|why)\b).)*"
    r"(?:\b(?:is|are|will|would|was|any|y a t il|y aura t il|y aura|est ce|is there|will there|sera|seront|serait|"
    r"seraient)\b.*\binterpr\w*"
    r"|\binterpr\w*\b.*\b(?:assuree?s?|provided|available|disponibles?|offered|prevue?s?|sera t elle|will be|be)\b)")


#: The meeting's language or interpretation named ("la langue de travail", "is there interp").
_LANGUAGE_NAMED = ("language", "languages", "langue", "langues", "langue de travail", "interpretation", "interpretations",
                   "interpreters", "interpretes", "anglais", "english")


#: A recap of several facts to confirm ("Just to recap: opens Monday 24 Aug at 11:00 Geneva, mgmt team meets the
#: Saturday before, registration by 24 July, no interpretation. All correct?").
_RECAP = re.compile(r"\b(?:recap|to sum up|summing up|summary|in short|si je resume|en resume|pour resumer|donc si je "
                    r"comprends bien|if i understand correctly|so to confirm|let me confirm|pour confirmer|quick check|"
                    r"just checking|double check|double checking|petite verification|je verifie)\b")
#: Facts written as "X = date" twice or more ("contribution avec traduction = 24 juin et sans traduction = 11 aout").
_EQUALS_LISTED = re.compile(r"=[^=]+\b(?:and|et)\b[^=]+=")
#: "with"/"without" opening a fact's second half, whose thing is named in the first ("… et sans traduction = …").
_WITH_OR_WITHOUT = re.compile(r"(?i)\b(?:avec|sans|with|without)\b")
#: The recap's closing question ("All correct?", "right?", "c'est bien cela ?").
_ALL_RIGHT = re.compile(r"\b(?:right|correct|exact|yeah|yes|yep|ok|tout est (?:correct|juste|bon|exact)|c est (?:bien )?(?:ca|"
                        r"cela|correct|exact|juste))\s*[?!.]*\s*$")


def _recap_checked(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Each fact of a recap confirmed or corrected, in the order given; None unless at least two of its parts are
    claims the letter settles."""
    if not ((_RECAP.search(q.folded) or _EQUALS_LISTED.search(q.folded)) and _ALL_RIGHT.search(q.folded)):
        return None
    label = re.search(r":(?!\d)", q.raw)  # "Just to recap: …", not the colon of "11:00"
    body = q.raw[label.end():] if label else q.raw
    body = re.split(r"[.?!]\s+(?=\S)", body.strip())[0]  # "… no interpretation. All correct?": the facts listed
    body = re.sub(r"(?i)[\s,]*(?:c'?\s?est (?:bien )?(?:ça|ca|cela|correct|exact|juste)|right|correct)\s*[?!.]*\s*$", "",
                  body)  # "… et sans traduction = 11 aout c'est ca ?": the closing question is asked of each fact
    parts = [part.strip(" .?!") for part in re.split(r",|;|\s+(?:and|et)\s+(?=\w)", body) if len(part.split()) >= 2]
    if len(parts) < 2:
        return None
    with_or_without = _WITH_OR_WITHOUT.search(parts[0])  # "contribution avec traduction = 24 juin et sans
    subject = parts[0][:with_or_without.start()].strip() if with_or_without else ""  # traduction = 11 aout": the thing
    what = parts[0][with_or_without.end():].split("=")[0].strip() if with_or_without else ""  # "… without = 11 Aug":
    parts = parts[:1] + [  # without translation
        f"{subject} {part}" if subject and _WITH_OR_WITHOUT.match(part) else part for part in (
            re.sub(r"^(\w+)\s*=", rf"\1 {what} =", part) if what and re.match(r"(?i)(?:avec|sans|with|without)\s*=", part)
            else part for part in parts[1:])]
    checked = []
    for part in parts:
        claim = read_question(f"{part}, {say('pr.right_word', q.lang)}", q.lang, kb.corrector)
        reply = premises.answer(ctx, claim, kb) or deadline_intent.answer(ctx, claim, kb) or _denied(ctx, claim, kb)
        if reply is None:  # "no interpretation": what the letter says of it
            reply, by_intent = _answer(ctx, claim, kb)
            reply = reply if by_intent or reply.title != say("oos.title", q.lang) else None
        if reply is not None and reply.ok and not reply.choices:
            checked.append(reply)
    if len(checked) < 2:
        return None
    sections = tuple(replace(section, heading=None) for reply in checked for section in reply.sections[:1])
    other = _OTHER_TOOL.search(fold(body))
    tool = ctx.meeting.remote_tool
    if other is not None and tool and fold(tool) != other[0]:  # "… ouverture à 11 h heure de Genève via Zoom, …":
        sections += (Section(lines=((say("fact.not_tool", q.lang, tool=tool,
                                         other=_other_tools(fold(body), tool, q.lang)),),)),)  # the tool
    return Reply(title=say("pr.recap.title", q.lang), lang=q.lang, sections=sections)


#: Interpretation taken for granted ("vu qu'il y a interprétation en français, je clique où ?", "since there is
#: interpretation, which channel?").
_INTERPRETATION_CLAIMED = re.compile(r"\b(?:vu qu il y a|puisqu il y a|comme il y a|etant donne qu il y a|since there is|"
                                     r"since there s|as there is|as there s|given there is|now that there is)\s+"
                                     r"(?:l |une |de l |the |an |a |simultaneous )?interpr\w*|\b(?:grace a|thanks to|"
                                     r"through|via|using|par|avec|with|follow|suivre|ecouter|listen to)\s+(?:l|la|the)\s+"
                                     r"(?:simultaneous )?interpr(?:etation|etariat)\b")  # "suivre les débats grâce à
# l'interprétation en français" (not "with an interpreter sitting next to me")


#: Who leads a group the agenda names asked ("Who chairs CG-SECAD?", "qui anime le CG-xss ?").
_WHO_LEADS = re.compile(r"^(?:and |et |so )?(?:who|qui)\s+(?:chairs|leads|convenes|runs|heads|coordinates|is the (?:chair|"
                        r"chairman|convener|convenor|rapporteur|leader|coordinator) (?:of|for)|preside|dirige|anime|"
                        r"coordonne|est le (?:president|rapporteur|coordonnateur|coordinateur|responsable) (?:du|de la|des|de))"
                        r"\s+(?P<what>.+?)\s*[?!.]*$")


#: What has its own leader answered elsewhere: the study group (its chairman), the meeting and its sessions.
_LEADS_ITSELF = re.compile(r"\b(?:sg ?\d+|ce ?\d+|study group|commission|meeting|reunion|seance|session|plenary|pleniere)\b")


def _who_leads_a_group(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """That the letter names a group of the agenda but not who leads it ("Who chairs CG-SECAD?"); None unless such a
    group is asked of (the study group's own chairman has his own answer)."""
    asked = _WHO_LEADS.match(q.folded)
    if asked is None or _LEADS_ITSELF.search(asked["what"]) or _LEADS_ITSELF.search(" ".join(q.corrected)):
        return None
    found = agenda_intent.search(kb, stems(words(asked["what"]), STOPWORDS))
    if not found:
        return None
    entry = found[0]
    return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang), say(
        "oos.who_leads", q.lang, label=agenda_intent.sub_label(entry), title=entry.title_in(q.lang),
        email=ctx.meeting.contacts.email), ok=False)


def _denied(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A topic the letter says no to, named in the question, answered by its "no" before anything else ("since
    ITU gives fellowships, where is the form?", "before which date must I ask for my Swiss visa letter?")."""
    denied = _denials_named(q, kb)
    language = kb.find("practical", "language")
    whether_interpreted = not ctx.meeting.interpretation and bool(_WHETHER_INTERPRETED.search(q.folded)
                                                                   or _INTERPRETATION_CLAIMED.search(q.folded))
    if language is not None and language not in denied and (_other_language_named(ctx, q) or (
            not denied and whether_interpreted and len(clauses.questions_in(q.raw)) <= 1) or (
            denied and q.has(*_LANGUAGE_NAMED))):  # "la langue de travail, y a-t-il des bourses, et un visa ?": each
        denied.append(language)  # "can I present my contribution in French?", "l'interprétation sera-t-elle bien
        # assurée ?": only English, no interpretation
    if not denied:
        return None
    replies = [_entry_reply(ctx, q, entry) for entry in denied]
    other_asked = q.has(*_MAY_I) and _other_language_named(ctx, q)  # "… so can I take the floor in Russian?": No
    replies = [_said_no(reply, q.lang) if entry is language and (whether_interpreted or other_asked) else reply
               for entry, reply in zip(denied, replies)]
    translated = [d for d in ctx.meeting.deadlines if "translation" in fold(d.what)] \
        if language in denied and q.has(*_CONTRIBUTION_WORDS) and _other_language_named(ctx, q) else []
    if translated:  # "On peut soumettre une contribution en français ?", "… needs to go out in Russian too. Is it too
        # late?": the meeting's language, then the deadline of contributions for which translation is requested
        replies = [replace(reply, sections=reply.sections + (Section(
            heading=say("dl.title", q.lang, what=deadline_intent.what_of(translated[0], q.lang)),
            lines=tuple((line,) for line in deadline_intent.describe(ctx, translated[0], q.lang, q, kb))),))
            if entry is language else reply for entry, reply in zip(denied, replies)]
    if len(replies) == 1:
        return replies[0]
    sections = tuple(replace(section, heading=reply.title) for reply in replies for section in reply.sections)
    return replace(replies[0], title=say("multi.title", q.lang), sections=sections)  # "bourse ou visa ?"


#: A contribution named ("my contribution", "une contrib", "our paper" read as a contribution).
_CONTRIBUTION_WORDS = ("contribution", "contributions", "contrib", "contribs")
VERDICT = re.compile(r"^(?:Yes|No|Oui|Non)[.:,]\s+")
#: Asking whether one may ("can I …", "puis-je …", "peut-on …").
_MAY_I = ("can i", "may i", "could i", "can we", "may we", "am i allowed", "is it possible", "puis je", "je peux",
          "peut on", "pouvons nous", "est ce que je peux", "est il possible", "ai je le droit")


def _same_question(q: Question, entry: Entry) -> bool:
    """Whether the question asks what a FAQ entry's own question asks (most of its words), so that the
    entry's "Yes."/"No." answers it."""
    if {"or", "ou"} & set(q.tokens):
        return False  # "en présentiel à Genève ou à distance ?" asks which, never answered "Non."
    own = set(stems(words(fold(entry.title(q.lang))), STOPWORDS))
    return bool(own) and len(own & set(stems(q.corrected, STOPWORDS))) / len(own) >= 0.5


def _without_verdict(line: tuple) -> tuple:
    if line and isinstance(line[0], str) and VERDICT.match(line[0]):
        text = VERDICT.sub("", line[0])
        return (text[:1].upper() + text[1:], *line[1:])
    return line


#: Using a language named ("speak in French", "présenter en arabe"): a name that is also a country's is the language.
_USING_A_LANGUAGE = ("speak", "speaking", "talk", "present", "presenting", "write", "written", "writing", "language",
                     "languages", "langue", "langues", "parler", "parle", "presenter", "ecrire", "rediger", "redige",
                     "submit", "soumettre", "intervene", "intervenir", "chat", "ask", "poser", "translate", "traduire")


#: Words after a name that make it a region's ("Shan State", "Punjab province"), not a language's.
_REGION_WORDS = frozenset("state states province region district county territory etat departement".split())


def _other_language_named(ctx: Context, q: Question) -> bool:
    """Whether the question names a language other than the meeting's working language ("in French",
    "en espagnol") in a question that is not about interpretation or translation itself (those have their own
    answer)."""
    names = name_concepts()
    working = {fold(ctx.meeting.working_language), fold(language_name(ctx.meeting.working_language, "fr"))}
    tokens = list(q.tokens)
    other = [t for i, t in enumerate(tokens) if names.get(t) == "language" and t not in working
             and not (i + 1 < len(tokens) and tokens[i + 1] in _REGION_WORDS)  # "in Shan State": a region
             and i > 0 and (tokens[i - 1] in ("in", "en", "into", "to", "vers")  # "in French"; not "Douala"
                            or any(j >= 0 and tokens[j] in ("in", "en") and all(tokens[k] in _LANGUAGE_QUALIFIERS
                                                                               for k in range(j + 1, i))
                                   for j in (i - 2, i - 3))  # "in te reo maori", "in brazilian portuguese"
                            or tokens[i - 1] in ("and", "et", "or", "ou") and i > 1 and names.get(tokens[i - 2]) == "language")]
    # "in English and French"
    if other and (q.has(*vocabulary.TIME) or q.has(*vocabulary.START) or not q.has(*_USING_A_LANGUAGE)) and any(
            find_place(t) or t in country_names() for t in other):
        return False  # "opening time in Makassar?", "for me in Tuvalu?": a city or a country, whose name is also a
        # language's
    if other and _LETTER_IN_A_LANGUAGE.search(q.folded) and not _LETTER_IN_A_LANGUAGE.sub(" ", q.folded).count(
            other[0]):  # "the letter is mostly in French which I don't read": the letter's language, no one speaks it
        return False
    return bool(other) and not q.has("interpretation", "interpretariat", "interprete", "translation", "traduction",
                                     "translated", "traduite", "traduites", "traduire", "interpreted")


#: Words that may stand between "in" and a language's name ("in te reo Māori", "in Brazilian Portuguese", "en
#: français simplifié" comes after it).
_LANGUAGE_QUALIFIERS = frozenset("te reo brazilian european canadian swiss belgian american british latin plain simple "
                                 "standard modern simplified traditional classical bresilien canadien suisse belge".split())


#: The language a letter or document is written in ("the letter is mostly in French", "la lettre est en français").
_LETTER_IN_A_LANGUAGE = re.compile(r"\b(?:letter|lettre|invitation|document|documents|text|texte)\s+(?:is|s|est|was|"
                                   r"etait|are|sont)\s+(?:mostly\s+|mainly\s+|written\s+|all\s+|surtout\s+|"
                                   r"redigee?s?\s+|ecrite?s?\s+)?(?:in|en)\s+[a-z]+")


def _denials_named(q: Question, kb: Knowledge) -> list[Entry]:
    """The denying topics the question names (typos corrected by one letter only: "consultant" is no
    "consulat")."""
    from rapidfuzz.distance import Levenshtein  # here: commands never need it (see adapters/heap.py)

    def asked_in(part: Question) -> set[str]:
        return set(stems([c if Levenshtein.distance(t, c) <= 1 else t for t, c in zip(part.tokens, part.corrected)],
                         STOPWORDS))

    named = [(entry, own) for entry, own in _denials(kb) if own & asked_in(q)]
    asking = [read_question(clause, q.lang, kb.corrector) for clause in clauses.asking_clauses(q.raw, commas=False)
              if q.raw.lstrip().startswith(clause)]  # asked first: what follows says who asks ("I need a visa.
    # Which documents does ITU send for this?" asks about the visa)
    if named and asking:  # "is ITU-D collaboration on the agenda? im from a developing country": a denial named
        # only after the asking sentence says who asks; it answers only when that sentence names no topic itself
        in_asking = set().union(*(asked_in(part) for part in asking))
        apart = [(entry, own) for entry, own in named if not own & in_asking]
        query = stems([t for part in asking for t in _topic_tokens(part, kb)], STOPWORDS)
        if apart and len(set(query)) > 1:
            named = [(entry, own) for entry, own in named if own & in_asking]
    return [entry for entry, _ in named]


#: Words that ask who holds a role, or the list of them ("who are the vice-chairs?", "quels sont les …").
ASKS_WHO_ARE = ("who", "whom", "qui", "quels sont", "quelles sont", "which", "names", "name", "noms", "nom", "list")


#: A study Question named by its number ("Q4", "Question 4/17"): the letter says nothing about one Question.
_ONE_QUESTION = re.compile(r"\bq ?\d{1,2}(?:/\d{2})?\b|\bquestion \d{1,2}/\d{2}\b")


def _clearly_asked(kb: Knowledge, query: list[str]) -> bool:
    """Whether some entry holds nearly all of the query's words."""
    matches = kb.ranker.rank(query, limit=1) if query else []
    return bool(matches) and matches[0].confidence >= CLEARLY_ASKED


#: Words that ask for a link or address to open.
ASKS_LINK = ("link", "links", "lien", "liens", "url", "web address", "adresse web", "adresse du site", "meeting id", "id",
             "passcode", "meeting code", "access code", "code d acces", "code de la reunion", "identifiant de reunion")


#: Something that does not work ("doesnt work", "ne marche pas", "broken").
_TROUBLE = re.compile(r"\b(?:cannot access|doesn t work|doesnt work|does not work|don t work|not working|isn t working|broken|"
                      r"won t open|cant open|can t open|ne marche pas|ne fonctionne pas|marche pas|fonctionne pas)\b")


#: A failure of the connection or the remote tool supposed ("what if I get disconnected?", "et si MyMeetings
#: plante ?", "in case my connection drops"): what the rules on connection say.
_IF_IT_FAILS = re.compile(r"\b(?:what if|what happens if|what happen if|in case|and if|et si|au cas ou|en cas de|"
                          r"si)\b.{0,60}\b(?:disconnect|disconnected|deconnecte|deconnectee|crash|crashes|crashed|"
                          r"freezes|froze|frozen|goes down|go down|is down|plante|fails|fail|failed|drops|dropped|"
                          r"coupe|coupee|tombe|tombee|decroche|decrochons|decrochent|drop out|drops out|dropped out|"
                          r"cannot connect|can t connect|cant connect|unable to connect|"
                          r"(?:n arrive|n arrivons|ne parviens|ne peux|ne pouvons) (?:pas|plus) (?:a )?(?:me |nous )?"
                          r"(?:connecter|brancher)|(?:lose|loses|lost|perds|perd|perdu|drop|drops|dropped) (?:my |"
                          r"the |ma |la )?(?:connection|connexion|internet|network|reseau|wifi|link))\b")
#: The asker unable to connect now ("i can't connect", "j'arrive pas à me connecter", "can't get into MyMeetings"),
#: not a failure supposed (nor "so as Academia we can't join, right?", a claim on who may take part).
_CANNOT_CONNECT_NOW = re.compile(r"\b(?:i|we)\s+(?:can t|cant|cannot|can not|couldn t|could not|am unable to|m unable to)"
                                 r"\s+(?:connect|log in|login|get in|get into)\b|\b(?:j |je |on |nous )?(?:n )?"
                                 r"(?:arrive|arrivons|parviens|parvenons|peux|pouvons)\s+(?:pas|plus)\s+(?:a\s+)?"
                                 r"(?:me |nous |m |se )?(?:connecter|brancher|entrer|acceder|rejoindre)\b|"
                                 r"\bimpossible de (?:me |nous |se )?(?:connecter|acceder|rejoindre)\b")
#: Asking what follows ("…, what happens?", "what then?"): with "if" first, the failure supposed is the question.
_WHAT_HAPPENS = re.compile(r"\b(?:what happens|what then|then what|what do i do|what should i do|what will happen|"
                           r"what now)\b")
#: Connection trouble named as a topic ("connection problems", "problèmes de connexion", "connectivity issues").
_CONNECTION_TROUBLE = re.compile(r"\b(?:connection|connectivity|network|internet) (?:problems?|issues?|troubles?|"
                                 r"failures?|drops?|cuts?)\b|\b(?:problemes?|soucis|coupures?|pannes?) (?:de |d )"
                                 r"(?:connexion|reseau|internet)\b|\b(?:internet|connection|connexion|wifi|wi fi|network|"
                                 r"reseau|bandwidth|bande passante)\b.{0,30}\b(?:patchy|unstable|unreliable|slow|weak|"
                                 r"flaky|spotty|intermittent|instable|lente?|faible|pourrie?)\b|\b(?:patchy|unstable|"
                                 r"unreliable|slow|weak|flaky|spotty|intermittent|bad|poor|instable|lente|faible|mauvaise|"
                                 r"pourrie) (?:internet|connection|connexion|wifi|network|reseau)\b")  # "my internet on
# the island is pretty patchy, is that gonna be a problem?"
#: The chair cutting the asker off ("et si le président me coupe", "what if the chair cuts me off?").
_CUT_OFF_BY_THE_CHAIR = re.compile(r"\b(?:president|presidente|chair|chairman|chairperson|chairwoman)\b.{0,20}\b(?:me |nous |"
                                   r"m )?(?:coupe|coupera|couper|interrompt|interrompre|cuts?|cutting)\b")
#: The failure of something else than the connection ("what if my audio drops?": the sound rule).
_OTHER_FAILURE = ("audio", "sound", "son", "micro", "mic", "microphone", "password", "mot de passe", "registration",
                  "inscription", "account", "compte")


def _if_the_connection_fails(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The rules on connection (best effort; the meeting is not delayed for a participant who cannot connect)
    when a question supposes that the connection or the remote tool fails; None otherwise."""
    rules = [kb.find("rule", rule.id) for rule in ctx.meeting.rules if rule.topic == "connection"]
    now = _CANNOT_CONNECT_NOW.search(q.folded)  # "j'arrive pas à me connecter 😩": the asker's trouble, now
    supposed = now or _IF_IT_FAILS.search(q.folded) or _WHAT_HAPPENS.search(q.folded) and _IF_IT_FAILS.search(
        re.sub(r"^(?:if|when|whenever)\b", "in case", q.folded)) or _CONNECTION_TROUBLE.search(q.folded)  # "if my
    # connection drops, what happens?", "what do I announce about connection problems?"
    if not rules or not supposed or q.has(*_OTHER_FAILURE) or q.has(*vocabulary.MANNER) and not now \
            or _CUT_OFF_BY_THE_CHAIR.search(q.folded) or agenda_where.WHERE_TO_GET.search(q.folded) and not now:
        return None  # "et si le président me coupe pendant que je parle ?": the chair interrupting, not the line; "my
        # connection is slow, where can I download the documents?": where the documents are
    replies = [_entry_reply(ctx, q, entry) for entry in reversed(rules) if entry is not None]
    if not replies:
        return None
    said: set[tuple] = set()
    sections = []
    for section in (section for reply in replies for section in reply.sections):  # each line once: the rules
        lines = tuple(line for line in section.lines if not (line in said or said.add(line)))  # may repeat each other
        if lines:
            sections.append(replace(section, lines=lines))
    joined = replace(replies[0], sections=tuple(sections))
    if now and ctx.meeting.remote_tool:  # what to check, and whom to turn to
        return _with_line(joined, say("tr.cannot_connect", q.lang, tool=ctx.meeting.remote_tool,
                                      email=ctx.meeting.contacts.email))
    return joined


#: What a tool is built on asked ("does MyMeetings run on Zoom underneath?", "MyMeetings c'est basé sur Zoom ?").
_BUILT_ON = re.compile(r"\b(?:underneath|under the hood|behind it|based on|built on|powered by|runs? on top of|"
                       r"base sur|basee sur|repose sur|fonctionne avec|tourne sur|derriere)\b")


def _tool_link(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"What's the link to MyMeetings?": the letter gives none; the study group's home page and the
    secretariat instead."""
    m = ctx.meeting
    other = _OTHER_TOOL.search(q.folded)
    if not m.remote_tool or q.has("mandatory") or _TROUBLE.search(q.folded) \
            or channel_claims.NOT_APPROVED.search(q.folded) and q.has("can i", "could i", "may i", "can we", "je peux", "puis je",
                                                         "peut on", "on peut", "still join"):
        return None  # "my MyMeetings link doesnt work": a trouble getting in, not a link asked; "if i am not approved can
        # i still join mymeetings with link from colleague": whether an unconfirmed delegate gets in
    not_that = [say("fact.not_tool", q.lang, tool=m.remote_tool, other=_other_tools(q.folded, m.remote_tool, q.lang))] \
        if other and fold(m.remote_tool) != other[0] else []  # "whats the zoom link for the opening?"; "sur Zoom ou
    # Webex ?": each one named
    if not_that and _BUILT_ON.search(q.folded):  # "does MyMeetings run on Zoom underneath?": what the tool is made of,
        not_that = [say("fact.tool_built_on", q.lang, tool=m.remote_tool, email=m.contacts.email)]  # not said
    if not_that and not q.has(*ASKS_LINK) and q.has(*_TOOL_ASKED):  # "on utilise koi comme outil, zoom c ça ?"
        tool = kb.find("fact", "tool")
        lines = [str(line[0]) for line in tool.answer(m, q.lang)] if tool is not None and tool.answer else []
        if not_in_letter.DIAL_IN.search(q.folded):  # "do we have to use zoom or can i just dial in by phone": no number
            lines.append(say("oos.dial_in", q.lang, tool=m.remote_tool, email=m.contacts.email))
        return text_answer(m, q.lang, say("fact.tool.title", q.lang), *not_that, *lines)
    if not q.has(*ASKS_LINK) or not (fold(m.remote_tool) in q.folded or other or _THE_LINK_ALONE.search(q.folded)):
        return None
    shared = [rule.summary_fr if q.lang == "fr" and rule.summary_fr else rule.summary for rule in m.rules
              if rule.id == "register-to-participate"] if _LINK_SHARED.search(q.folded) \
        or _ACCESS_OBTAINED.search(q.folded) else []  # "can I share the link with my whole team?": each of them
    # registers; "comment obtenir le lien et le mot de passe ?": only a confirmed registration gets one in
    return text_answer(m, q.lang, say("fact.tool.title", q.lang), *not_that,
                       say("fact.no_link", q.lang, tool=m.remote_tool, web=m.contacts.web or "",
                           email=m.contacts.email), *shared)


#: How to get the link or one's login asked ("how do I get the MyMeetings link and password?", "comment obtenir le lien et
#: le mot de passe de connexion ?"): the letter's answer is the registration, confirmed.
_ACCESS_OBTAINED = re.compile(r"\b(?:how|comment)\b.{0,25}\b(?:get|obtain|receive|obtenir|recevoir|avoir)\b.{0,30}\b(?:link|"
                              r"lien|password|mot de passe|login|identifiants?|credentials)\b")
#: The link passed on to others ("can I share the Zoom link with my whole team?", "je peux transférer le lien ?").
_LINK_SHARED = re.compile(r"\b(?:share|forward|pass on|send|give|partager|transferer|transmettre|envoyer|donner)\b.{0,30}"
                          r"\b(?:link|lien)\b|\b(?:link|lien)\b.{0,30}\b(?:with|to|avec|a)\s+(?:my|our|the|mon|ma|mes|"
                          r"notre|nos|l|la|le|les)\s*(?:whole\s+)?(?:team|colleagues?|equipe|collegues?|delegation|staff)\b")


#: The way the asker would rather not take, named after "instead of" ("type in the chat instead of speaking"): up to
#: three words, to the end of the clause.
_INSTEAD_OF = re.compile(r"\b(?:instead of|rather than|au lieu de|au lieu d|plutot que de|plutot que d|plutot que)\s+"
                         r"((?:[a-z]+\s?){1,3})")


#: "The link" with nothing else named ("has it started yet? cant find the link", "le lien pour rejoindre ?"): in a
#: meeting's chat, the link to join it.
_THE_LINK_ALONE = re.compile(r"^(?:(?:i |we )?(?:can ?t|cannot|can not) find (?:the|a) (?:meeting |join |joining )?link|"
                             r"(?:where s|where is|wheres|whats|what s|what is) the (?:meeting |join |joining )?link|"
                             r"(?:the |a )?(?:meeting |join |joining )?link (?:to|for) (?:join|joining|connect|the meeting|"
                             r"the session|today)|(?:ou est|c est quoi|quel est) le lien|le lien (?:pour|de) (?:rejoindre|"
                             r"connexion|la reunion|la seance)|je ne trouve pas le lien|trouve pas le lien)\b")


#: The meeting's tool asked for by that name ("quel outil", "which platform", "do we use Zoom?").
_TOOL_ASKED = ("tool", "outil", "platform", "plateforme", "use", "using", "utilise", "utilisera", "on zoom", "via zoom",
               "sur zoom", "with zoom", "download", "install", "telecharge", "telecharger", "installe", "installer",
               "need zoom", "besoin de zoom", "faut zoom")  # "Faut que je télécharge Zoom pour le 24 non?"


#: Meeting tools a delegate may take for the meeting's own.
_OTHER_TOOL = re.compile(r"\b(?:zoom|teams|webex|skype|gotomeeting|interprefy|kudo)\b")


def _other_tools(folded: str, tool: str, lang: str) -> str:
    """The other tools a message names, as the answer says them ("Zoom", "Zoom or Webex", "Zoom ou Webex")."""
    named = list(dict.fromkeys(found[0].title() for found in _OTHER_TOOL.finditer(folded) if found[0] != fold(tool)
                               and not (found[0] == "teams" and re.search(r"\b(?:our|my|the|your|nos|mes|les|vos)\s+$",
                                                                          folded[:found.start()]))))  # "our teams"
    return f" {'ou' if lang == 'fr' else 'or'} ".join(named)


#: The chairs of the working parties, named as a kind ("the WP chairs", "who chairs the working parties?", "les
#: présidents des groupes de travail"); never a chair saying what they chair ("je préside un groupe de travail").
_WP = r"(?:wps?|working part(?:y|ies))"
_GT = r"(?:groupes? de travail|gts?)"
_WORKING_PARTIES_CHAIRS = re.compile(
    rf"(?i)\b{_WP}\s+(?:co-?|vice[- ]?)?chair(?:s|men|persons|people)?\b"
    rf"|\bchair(?:s|men|persons|people)?\s+of\s+(?:the\s+)?{_WP}\b"
    rf"|\bwho\s+chairs?\s+(?:the\s+)?{_WP}\b"
    rf"|\bpr[ée]sid(?:ent|ente|ents|entes|ence)\s+(?:des?|du)\s+{_GT}\b"
    rf"|\bqui\s+pr[ée]side(?:nt)?\s+les\s+{_GT}\b")


def _vice_chairs(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"Who are the vice-chairmen?": the letter names the chairman only; his entry, and a line saying that the
    vice-chairmen are not named, with the secretariat's address."""
    chairman = kb.find("fact", "chairman")
    if chairman is None or not q.has(*ASKS_WHO_ARE) or q.has(*agenda_intent.EXPLICIT):
        return None
    role = _ROLE_SAID.search(q.folded)
    raw = q.raw if role is None else re.sub(r"(?i)\b(?:en tant que|en qualit[ée] de|in my capacity as)\s+" +
                                            r"\s+".join(map(re.escape, role[1].split())), " ", fold(q.raw, lower=False))
    # "en tant que président de GT": the asker's role, no chair asked
    vice = re.search(r"(?i)\bvice[- ]?(\w+)", raw)
    groups = list(dict.fromkeys(found[0] for found in vocabulary.GROUP_WRITTEN.finditer(raw)))  # "the chairman of
    # WP2": a chair the letter does not name
    if vice is not None:
        asked = f"vice-{vice[1]}"
    elif len(groups) > 1 and q.has(*premises.CHAIR_WORDS):  # "who chairs Working Party 1 and Working Party 3?"
        asked = say("oos.two_groups_chairs", q.lang, first=", ".join(groups[:-1]), last=groups[-1])
    elif groups and q.has(*premises.CHAIR_WORDS):  # "who is the chairman of WP2?"
        asked = say("oos.group_chair", q.lang, group=groups[0])
    elif _WORKING_PARTIES_CHAIRS.search(raw):  # "the names of the WP chairs?"
        asked = say("oos.groups_chairs", q.lang)
    else:
        return None
    return _with_line(_entry_reply(ctx, q, chairman),
                      say("oos.part", q.lang, words=f"“{asked}”", email=ctx.meeting.contacts.email))


def _counted(q: Question, kb: Knowledge) -> bool:
    """Whether a question-and-answer of the meeting file counts what is asked ("how many annexes …?")."""
    count_words = set(stems(["how", "many", "combien"], languages=False))
    query = [term for term in stems(_topic_tokens(q, kb), STOPWORDS) if term not in count_words]
    matches = kb.ranker.rank(query, limit=1) if query else []
    if not matches or not confident(matches[0]):
        return False
    entry = kb.entries[matches[0].index]
    title = fold(f"{entry.title_en} {entry.title_fr}")
    return entry.kind == "faq" and any(w in title for w in ("how many", "combien")) \
        and bool(set(query) & set(stems(words(title), STOPWORDS)))  # the thing counted is the one asked


#: Who may decide or vote asked ("as an Associate, am I allowed to take part in the decisions?", "can academia
#: vote?"): the letter says who is invited and that sessions are remote, never who decides.
DECISION_RIGHTS = re.compile(r"\b(?:vote|votes|voting|voter|droit de vote)\b|\b(?:allowed|entitled|right|rights|"
                             r"permitted|autorise|autorisee|droit)\b.{0,40}\b(?:decisions|decision|decide|decider)\b"
                             r"(?! making| sessions?| seances?)")
#: Joining by telephone: the letter gives no dial-in number (the secretariat's telephone is for questions).
DIAL_IN = ("dial in", "dial-in", "dialin", "dial up", "join by phone", "by phone", "by telephone", "par telephone",
           "numero de connexion", "conference number", "phone bridge", "conference bridge", "numero d appel",
           "acces telephonique", "acces par telephone", "numero d acces", "phone access", "telephone access",
           "backup phone", "audio bridge", "ligne telephonique de secours", "numero de secours")


#: The secretariat named as whom to reach: its phone is asked, no dial-in.
_THE_SECRETARIAT = ("secretariat", "secretariats", "tsb", "secretary", "secretaire")


#: A meeting after this one asked ("the next SG17 meeting after this one", "la prochaine réunion après celle-ci").
_AFTER_THIS_ONE = re.compile(r"\bafter (?:this|the present|the current|the virtual|the august)(?: one| meeting| session)?\b|"
                             r"\bapres (?:celle ci|cette reunion|celle la|la presente|celui ci|celui la|ce meeting)\b")


#: "The next one", "la prochaine" with no noun of its own: of the meetings the sentence before names.
_NEXT_ONE = re.compile(r"(?i)\b(?:the next one|the following one|la prochaine|la suivante)(?!\s+(?:r[ée]union|session|"
                       r"s[ée]ance|fois|[ée]ch[ée]ance|date))\b")
#: Meetings after this one named ("future SG17 meetings", "les futures réunions").
_FUTURE_MEETINGS = re.compile(r"\b(?:future|later|upcoming|next)\s+(?:sg ?17\s+)?(?:meetings|mtgs|mtngs)\b|\b(?:futures|prochaines)\s+"
                              r"reunions\b|\breunions\s+(?:futures|suivantes)\b")


#: Meetings within this one ("next meetings of Question 4 during this session", "later meetings this week").
_WITHIN_THIS_MEETING = re.compile(r"\b(?:question \d|q ?\d|this week|cette semaine|during|pendant|this session|cette session|"
                                  r"today|aujourd hui|tomorrow|demain|documents?|docs?)\b")


def retrieve(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The best knowledge entry for the question, if the match is confident enough; "the next SG17 meeting" asked
    before this one opens is this one, and the answer says that the letter dates none after it."""
    later_year = any(int(year) > ctx.meeting.start_date.year for year in re.findall(r"\b(20\d\d)\b", q.raw))
    if _AFTER_THIS_ONE.search(q.folded) and (q.has(*NEXT_MEETING) or q.has(
            "next", "prochaine", "following", "suivante", "meet", "meets", "se reunira", "se reunit")) \
            or ((later_year or q.has("future meetings", "reunions futures")
                 or _FUTURE_MEETINGS.search(q.folded) and not _WITHIN_THIS_MEETING.search(q.folded))
                and (q.has(*vocabulary.WHEN_WORDS) or q.has("dates", "where"))
                or q.has(*NEXT_MEETING) and ctx.now >= ctx.meeting.closes_at) \
            and not q.has(*agenda_intent.EXPLICIT):  # "la CE17 se réunit quand en 2021 ?", "when are the next
        # meetings?": none after this one is dated
        future = agenda_intent.search(kb, stems(["future"]))  # "where and when is the next SG17 meeting after this
        item = say("oos.later_item", q.lang, ref=future[0].ref, title=future[0].title_in(q.lang)) if future else ""
        return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),  # one?": none is in the letter
                           say("oos.after_this", q.lang, item=item, email=ctx.meeting.contacts.email))
    intro = _INTRODUCED_FIRST.match(q.raw)
    if intro is not None and q.raw.rstrip().endswith("?") and len(q.raw[intro.end():].split()) >= 3:
        q = read_question(q.raw[intro.end():], q.lang, kb.corrector)  # "Moussa here, vice-chair. Remind me who the
        # collective letter is addressed to?": what is asked, not who asks (no "vice-chair" topic)
    found = _retrieve(ctx, q, kb)
    if found is not None and found.ok and q.has(*NEXT_MEETING) and ctx.now < ctx.meeting.opens_at \
            and not q.has(*agenda_intent.EXPLICIT) and _is_entry(found, kb.find("fact", "dates"), q.lang):
        future = agenda_intent.search(kb, stems(["future"]))
        item = say("oos.later_item", q.lang, ref=future[0].ref, title=future[0].title_in(q.lang)) if future else ""
        return _with_line(found, say("oos.later_meetings", q.lang, item=item, email=ctx.meeting.contacts.email))
    return found


def _is_entry(reply: Reply, entry: Entry | None, lang: str) -> bool:
    """Whether the reply answers with that knowledge entry (its title in the reply's language)."""
    return entry is not None and reply.title == entry.title(lang)


def _an_agenda_title_naming(ctx: Context, title: str, q: Question) -> bool:
    """Whether ``title`` is an agenda entry's own title that holds every word the follow-up names ("And the
    e-plenary?": "Report of the 29 May SG17 e-plenary")."""
    titles = {fold(t) for e in ctx.meeting.agenda.items for t in (e.title, e.title_fr or "") if t}
    named = [w for w in words(followup.without_opener(q)) if len(w) >= 4]
    holding = [t for t in titles if named and all(w in words(t) for w in named)]
    return fold(title) in holding and len(holding) == 1  # (not "and the correspondence groups?": 2 f and 6 p)


#: The day the previous answer named, pointed at ("ce jour-là", "that day").
_THAT_DAY = re.compile(r"\b(?:ce jour la|ce jour ci|cette journee la|that day|that date|this day|cette date la)\b")
#: The asker introducing themselves before asking ("Moussa here, vice-chair.", "Ana from Peru here:", "C'est Paul,
#: rapporteur.").
_INTRODUCED_FIRST = re.compile(r"^\s*(?:(?:hi|hello|hey|bonjour|salut)[\s,!]+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
                               r"(?:here|ici)|(?:this is|c est|c'est|ici)\s+[A-Z][\w'’-]+)\b[^.!?:]{0,40}[.!:]\s+")
#: Where it is held, offered as a choice ("c'est à Genève ou en ligne ?", "online or in Geneva?").
_IN_GENEVA_OR_ONLINE = re.compile(r"\b(?:a geneve|in geneva|at itu|in person|en presentiel|en personne|sur place|physique|"
                                  r"physical)\s+(?:ou|or)\s+(?:en ligne|online|virtuel\w*|virtual|a distance|remote\w*|"
                                  r"on line)\b|\b(?:en ligne|online|virtuel\w*|virtual|a distance|remote\w*)\s+(?:ou|or)\s+"
                                  r"(?:a geneve|in geneva|in person|en presentiel|en personne|sur place|physique|physical)\b")
#: The meeting's dates named with a word between ("les dates exactes de la réunion", "the exact dates of the meeting").
_DATES_OF_THE_MEETING = re.compile(r"\bdates\s+(?:\w+\s+){0,2}(?:de|of|du|for)\s+(?:la |the |this |cette |l )?"
                                   r"(?:(?!management|team|equipe|direction|mgmt)\w+\s+){0,2}"
                                   r"(?:reunion|meeting|ce ?17|sg ?17)\b")  # not "the management team meeting"
#: Where the meeting's news are asked ("where do I find the latest info about the meeting?", "où trouver les
#: infos de la réunion ?"), not one topic's.
_WHERE_THE_NEWS_ARE = re.compile(
    r"\b(?:where|ou)\b(?:\s+\w+){0,4}\s+(?:find|get|see|follow|check|trouver|voir|suivre|consulter)\s+(?:the\s+|les\s+|des\s+)?"
    r"(?:latest\s+|last\s+|dernieres\s+)?(?:info|infos|information|informations|news|nouvelles|updates?)\b"
    r"(?:\s+(?:about|on|for|of|sur|de|concernant)\s+(?:the\s+|la\s+|cette\s+)?(?:meeting|sg ?17|reunion|ce ?17))?\s*\??\s*$")
#: Catching up on what was said asked ("where can I catch up on what was discussed?", "rattraper ce qui a été dit").
_CATCH_UP = re.compile(r"\b(?:catch up|catching up|rattraper|me mettre a jour|see what was (?:discussed|decided|said)|"
                       r"what (?:was|has been) (?:discussed|decided)|ce qui a ete (?:dit|discute|decide))\b")
#: The secretariat doing something, not reached ("does the secretariat need interpreters?").
_SECRETARIAT_DOES = re.compile(r"\b(?:does|do|will|would|can|could) (?:the )?(?:secretariat|tsb|itu) (?:need|needs|want|"
                               r"provide|offer|accept|hire|require|use|have)\b|\b(?:le secretariat|l uit|le tsb) "
                               r"(?:a|aura|aurait) besoin\b")
#: Recordings asked ("will the sessions be recorded so I can catch up?"), which the letter does not mention.
_RECORDED = re.compile(r"\b(?:record|recorded|recording|recordings|replay|enregistre\w*|rediffusion)\b")
#: Who may take part asked ("who can register?", "qui peut s'inscrire ?", "am I allowed to attend?").
_WHO_MAY_TAKE_PART = re.compile(
    r"\b(?:who|qui)\s+(?:can|may|is allowed to|is eligible to|peut|peuvent|a le droit de|ont le droit de)\s+"
    r"(?:register|participate|attend|take part|join|s inscrire|participer|assister|prendre part)\b"
    r"|\b(?:allowed|eligible|entitled|permitted)\s+to\s+(?:register|participate|attend|take part|join)\b"
    r"|\b(?:le droit de|autorise a|autorisee a)\s+(?:participer|assister|m inscrire|s inscrire|prendre part)\b")
#: The press or observers asked about ("can press follow the sessions?", "les journalistes peuvent suivre ?").
_PRESS = re.compile(r"\b(?:press|journalists?|media|reporters?|presse|journalistes?|medias|observers?|observateurs?)\b"
                    r"(?=.*\b(?:follow|attend|watch|observe|cover|join|participate|take part|suivre|assister|observer|couvrir|participer|"
                    r"allowed|admitted|open|ouvert|ouverte)\b)")


#: The sessions for new delegates named ("the session for new delegates", "la séance pour les nouveaux délégués"),
#: as read (new delegates are one word, "newcomer"): what the letter says of them, whatever is asked of them.
_NEWCOMERS_SESSION = re.compile(r"\b(?:sessions?|seances?|briefings?|induction|orientation)\b(?:\s+\w+){0,3}\s+"
                                r"newcomers?\b|\bnewcomers?\s+(?:sessions?|seances?|briefings?|induction|orientation)\b")


#: Reading or reaching the meeting documents asked ("who can read the meeting documents?", "pour accéder aux documents").
_READS_THE_DOCUMENTS = re.compile(r"\b(?:access|accessing|accede\w*|acceder|acces|consult\w*|read|lire|download\w*|"
                                  r"telecharg\w*)\b(?:\s+\w+){0,3}?\s+(?:meeting\s+)?documents?\b(?!\s+(?:for|pour)\s+"
                                  r"(?:the\s+|la\s+)?(?:next|prochaine))")


def _retrieve(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The best knowledge entry for the question, if the match is confident enough."""
    vice = _vice_chairs(ctx, q, kb)
    if vice is not None:
        return vice
    asking = clauses.asking_clauses(q.raw, commas=False)
    stay = _asks_to_stay(fold(" ".join(asking)) if asking else q.folded, q.lang)  # not "… I am on a weak hotel
    # connection"
    venue = kb.find("fact", "format")
    if stay is not None and venue is not None and not q.has(*agenda_intent.EXPLICIT):
        return _entry_reply(ctx, q, venue)  # "I need a hotel near ITU, any recommendation?": no travel, no hotel
        # (not the ITU-T Recommendations that "recommendation" also names)
    tool_link = _tool_link(ctx, q, kb)
    if tool_link is not None:
        return tool_link
    if DECISION_RIGHTS.search(q.folded):  # "as an Associate, am I allowed to take part in the decisions?"
        return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),
                           say("oos.decisions", q.lang, email=ctx.meeting.contacts.email), ok=False)
    documents = kb.find("practical", "documents")
    if documents is not None and _CATCH_UP.search(q.folded) and not _RECORDED.search(q.folded):  # "I missed the
        # first two days. Where can I catch up on
        return _entry_reply(ctx, q, documents)  # what was discussed?": the meeting documents
    if documents is not None and _READS_THE_DOCUMENTS.search(q.folded) and not q.has(*_SENDING):  # "je suis
        return _entry_reply(ctx, q, documents)  # universitaire, j'ai besoin de quoi pour accéder aux documents ?": the
        # documents' access (TIES), whoever asks
    if agenda_intent.THE_AGENDA_ITSELF.search(q.folded):  # "which chair approved the agenda, is it final or draft?"
        drawn_up = kb.ranker.rank(stems(["draft", "agenda", "agreed", "drawn"], STOPWORDS), limit=1)
        if drawn_up and kb.entries[drawn_up[0].index].kind == "faq":  # what the meeting file says of its draft agenda
            return _entry_reply(ctx, q, kb.entries[drawn_up[0].index])
    reference = kb.find("fact", "reference")
    if reference is not None and _WHO_SIGNED.match(q.folded) and q.has("letter", "lettre", "invitation", "invite") \
            and not q.has(*ASKS_NAME):  # not "who signed the MoU?", nor "the name of the
        # TSB director who signed it?": the name, which is not given
        return _entry_reply(ctx, q, reference)  # "who signed the invite letter?": who signs, not who is invited
    addressed = kb.find("fact", "addressed")
    if addressed is not None and (_WHO_MAY_TAKE_PART.search(q.folded) or _PRESS.search(q.folded)):
        query = stems(_topic_tokens(q, kb), STOPWORDS)  # "je suis consultant indépendant … qui peut s'inscrire ?",
        return _with_unknown_words(ctx, q, kb, query, _entry_reply(ctx, q, addressed))  # "can press follow?"
    if q.has(*DIAL_IN) and not q.has(*_THE_SECRETARIAT):  # "the dial-in phone number for MyMeetings?": the
        # secretariat's phone is no dial-in (but "joindre le secrétariat par téléphone" asks the secretariat's)
        return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),
                           say("oos.dial_in", q.lang, tool=ctx.meeting.remote_tool or "", email=ctx.meeting.contacts.email),
                           ok=False)
    if _PHONE_APP.search(q.folded) and ctx.meeting.remote_tool:  # "ya une appli mymeetings pour telephone ?": the
        return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),  # tool the letter names, and no word of an app
                           say("oos.phone_app", q.lang, tool=ctx.meeting.remote_tool, email=ctx.meeting.contacts.email),
                           ok=False)
    fails = _if_the_connection_fails(ctx, q, kb)
    if fails is not None:
        return fails
    newcomers = kb.find("practical", "newcomers")
    if newcomers is not None and _NEWCOMERS_SESSION.search(" ".join(q.corrected)):  # "La séance pour les nouveaux
        return _entry_reply(ctx, q, newcomers)  # délégués, elle a lieu quand ?": that session, whose day is not given
    contacts = kb.find("fact", "contacts")
    if contacts is not None and q.has(*vocabulary.CONTACT_ASKED) and not q.has(*vocabulary.MANNER) \
            and not _SECRETARIAT_DOES.search(q.folded) \
            and not (q.has(*_SENDING) and deadline_intent.deadlines_named(q, kb)):  # not "an email address where
        # we send our Member contributions?": contributions go through the posting system
        return _one_contact(ctx, q) or _entry_reply(ctx, q, contacts)  # "TSB fax number?", "url of the web page?"
    if (q.has(*OTHER_MEETINGS) or q.has(*NEXT_MEETING) and ctx.now >= ctx.meeting.opens_at) \
            and not q.has(*agenda_intent.EXPLICIT):
        return None  # "the next SG17 meeting after this one": the letter is about this meeting only
    if _ONE_QUESTION.search(q.folded):
        beside = [t for t in stems(_topic_tokens(q, kb), STOPWORDS) if not re.fullmatch(r"q?\d+|question", t)]
        if not _clearly_asked(kb, beside) or set(beside) <= {"field"}:
            return None  # "which working party handles Question 4/17?", "what is Question 4/17 working on?": the
            # letter says nothing of single Questions ("a draft TD for Q6, how do I send it?" asks how to send a TD)
    pointing = clauses.asking_clauses(q.raw, commas=False, pointing=True)
    if pointing and all(deadline_intent.WHEN_IS_IT.match(fold(clause)) for clause in pointing):
        dates = kb.find("fact", "dates")  # "I registered weeks ago but forgot the dates, sorry! when is it again?"
        if dates is not None:
            return _entry_reply(ctx, q, dates)
    if q.has(*MEETING_DATES) or _DATES_OF_THE_MEETING.search(q.folded) or q.has(*countdown.DURATION_ASKED) or (
            _UNTIL_WHICH_DATE.search(q.folded) or q.has(*_UNTIL_WHEN) and set(q.corrected) & IDENTITY) and not \
            deadline_intent.deadlines_named(q, kb):  # "until which date does the meeting continue?", not "until which
        # date can I register?"; "the exact dates of this virtual SG17 meeting", "les dates de la réunion", "la réunion
        # dure combien de jours ?" (its days are counted there)
        dates = kb.find("fact", "dates")
        if dates is not None:
            return _entry_reply(ctx, q, dates)
    if q.has("how many", "combien de", "combien d") and not _counted(q, kb):
        return None  # "how many delegates have registered?": no entry holds a count (agenda and days answer earlier)
    query = stems(_topic_tokens(q, kb), STOPWORDS)
    if _SECRETARIAT_DOES.search(q.folded):  # "does the secretariat need interpreters?": the interpreters are asked
        query = [t for t in query if t not in stems(["secretariat", "tsb", "itu"], STOPWORDS)] or query
    rejected = _INSTEAD_OF.search(q.folded)
    if rejected is not None:  # "can i type my comment in the chat instead of speaking?": the chat, not the floor
        dropped = set(stems(_topic_tokens(read_question(rejected[1], q.lang, kb.corrector), kb), STOPWORDS))
        query = [t for t in query if t not in dropped] or query
    specific = [t for t in query if t not in EVERY_SESSION_IS]
    if specific != query and set(specific) & _rule_topics(kb):
        query = specific  # "how should I take the floor when I participate remotely?": every session is remote, so
        # the floor is what is asked (not the poor-sound rule, which also speaks of remote participants)
    if set(query) & _NAME_STEMS and set(query) & _CHAIR_STEMS:  # "le nom du président ?": the chairman, whose entry
        query = [t for t in query if t not in _NAME_STEMS]  # gives his name
    if set(query) & _CONNECTION_STEMS and _WHAT_IF.search(q.folded) and q.has(*_CONNECTION_WORDS) \
            and not set(query) & _SOUND_STEMS:  # "what happens if my internet is bad during
        query = [t for t in query if t not in _FLOOR_STEMS] + list(_UNABLE_STEMS)  # my intervention?": a trouble with
        # the connection (the floor only says when), which the rule on those unable to connect answers
    this_one = [t for t in query if t not in _NEXT_STEMS]
    if q.has(*NEXT_MEETING) and ctx.now < ctx.meeting.opens_at and \
            set(this_one) - MEETING_KINDS <= ASKS_WHEN_OR_WHERE | {"date"}:  # "quand se tient la prochaine réunion ?"
        query = this_one  # before it opens, this one (not "recs planned for the next SG17 meeting")
    names_meeting = bool(set(q.corrected) & IDENTITY) or any(_GROUP_TOKEN.fullmatch(t) for t in q.corrected)
    if set(query) - MEETING_KINDS <= ASKS_WHEN_OR_WHERE and set(query) & ASKS_WHEN_OR_WHERE and names_meeting \
            or set(query) <= ASKS_WHEN_OR_WHERE and names_meeting:  # "when is the sg17 virtual meeting?"
        query = [t for term in query or ["when"] if term in WHOLE_MEETING for t in WHOLE_MEETING[term]]  # "when is it?"
    elif set(query) - MEETING_KINDS <= ASKS_WHEN_OR_WHERE | {"date"} and "date" in query and names_meeting:
        dates = kb.find("fact", "dates")  # "when exactly is SG17, dates please"
        if dates is not None:
            return _entry_reply(ctx, q, dates)
    matches = kb.ranker.rank(query, limit=8)
    if not matches:
        return None
    if q.folded.endswith(SPEAKER_DETAILS_ASKED) and kb.entries[matches[0].index].kind == "rule":  # "When I take the
        return _entry_reply(ctx, q, kb.entries[matches[0].index])  # floor, any particular protocol?": what a speaker
        # says of themselves, which reading the message found, whatever its other words ("protocol") pull in
    sure = [m for m in matches if confident(m, KIND_THRESHOLD.get(kb.entries[m.index].kind, THRESHOLD))]
    if not sure:
        named = None if q.has(*vocabulary.MANNER) else _topic_named(kb, _asked_terms(q, query), matches)  # "how do
        # I recover my password?" asks a way the letter does not give
        return None if named is None else _with_unknown_words(ctx, q, kb, query, _entry_reply(ctx, q, named))
    if _other_circulars_asked(q):  # "which TSB circulars does the letter mention?": those it names, not the letter itself
        sure = [m for m in sure if kb.entries[m.index].key != "reference"] or [
            m for m in matches if kb.entries[m.index].key != "reference"][:1] or sure
    prior = KIND_PRIOR if q.has(*vocabulary.WHEN_WORDS) else KIND_PRIOR | NOT_ASKED_WHEN_PRIOR
    ranked = sorted(sure, key=lambda m: (coverage_band(m), m.score * prior.get(kb.entries[m.index].kind, 1.0)),
                    reverse=True)
    no_deadline = None
    if q.has(*deadline_intent.NO_DEADLINE_KINDS):  # "what about TDs, how do they go in? contrib ddl?": TDs have no
        # deadline, so another's never answers them; asked for one, the answer says there is none
        others = [m for m in ranked if kb.entries[m.index].kind != "deadline"]
        if others and len(others) < len(ranked) and q.has("deadline", "date limite", "echeance"):
            no_deadline = say("dl.none_for", q.lang, email=ctx.meeting.contacts.email)
        ranked = others or ranked
    best = ranked[0]
    focused = _asking_sentence_match(q, kb, best)
    if focused is not None:
        best, ranked = focused, [focused]
    listing = _listing_reading(ctx, q, kb, ranked) if best is ranked[0] else None
    if listing is not None:
        best = listing
    chosen = kb.entries[best.index]
    other_group = other_meetings.STUDY_GROUP.search(q.folded)
    if other_group is not None and int(other_group[1]) != ctx.meeting.study_group and chosen.kind == "fact" \
            and chosen.key in NAMES_PEOPLE:  # "who chairs SG20 these days?": another study group's people
        return None
    if chosen.kind == "deadline" and q.has(*vocabulary.WHETHER_NEEDED) and not (
            q if focused is None else _first_asking_sentence(q, kb)).has(*vocabulary.WHEN_WORDS):  # "Is registration
        # mandatory …? We are thinking to just join the link on the day": whether it is needed, which "on the day" after
        # the question does not make a date asked
        practical = kb.find("practical", chosen.key)  # "l'inscription est obligatoire même pour suivre seulement ?":
        if practical is not None:  # whether one must, which the topic's text says, not by when
            chosen = practical
            best = next((m for m in ranked if kb.entries[m.index] is practical),
                        replace(best, index=kb.entries.index(practical)))  # found by the asking sentence alone
    tool = kb.find("fact", "tool")
    if chosen.kind == "session" and tool is not None and time_intent.HOW_TO_JOIN.search(q.folded) \
            and not q.has(*vocabulary.TIME):  # "how exactly do we join the opening session?": the way in, not its hour
        return _entry_reply(ctx, q, tool)
    if chosen.kind == "agenda" and q.has(*ASKS_WHO) and not _lists_names(ctx, chosen):
        return None  # an agenda title names a topic, never a person (its listed bodies aside: "who signed the MoU?")
    if (q.has(*ASKS_WHO_IS) or q.has(*ASKS_NAME)) and q.has(*ROLES) and kb.entries[best.index].key not in NAMES_PEOPLE:
        if chosen.kind == "fact" and chosen.key == "reference" and q.has(*SIGNED):  # "the name of the TSB director
            # who signed the letter?": who signed it, and that the name is not given
            return _with_line(_entry_reply(ctx, q, chosen), say("oos.part", q.lang, words=f"“{say('oos.name', q.lang)}”",
                                                                email=ctx.meeting.contacts.email))
        return None  # "who is the TSB director?": the letter names the role, not the person
    if chosen.kind == "fact" and chosen.key == "contacts" and q.has(*vocabulary.MANNER):
        named = deadline_intent.deadlines_named(q, kb)  # "l'inscription se fait par e-mail au secrétariat ?": how
        if len(named) == 1:  # to register, not the secretariat's address
            return text_answer(ctx.meeting, q.lang, named[0].what_fr or named[0].what if q.lang == "fr"
                               else named[0].what, *deadline_intent.describe(ctx, named[0], q.lang))
    close = ask_back.close_readings(kb, ranked)
    alone = _asked_alone(q, kb) if close else None
    if close and (alone is None or kb.entries[alone.index] not in close):
        return ask_back.ask(ctx.meeting, q.lang, close)
    if alone is not None:  # "is it fully virtual or hybrid?? our ministry wants to know if we travel": the asking
        best = alone  # sentence alone settles between the readings that its context's words brought in
    reply = _entry_reply(ctx, q, kb.entries[best.index])
    if no_deadline is not None:
        reply = replace(reply, sections=(Section(lines=((no_deadline,),)), *reply.sections))
    return _with_unknown_words(ctx, q, kb, query, reply)


def _other_circulars_asked(q: Question) -> bool:
    """Whether the circulars the letter names are asked ("which circulars are mentioned?", "les circulaires citées"),
    rather than the letter itself (a collective letter, which some call a circular)."""
    return q.has("circulars", "circulaires") or q.has("circular", "circulaire") and q.has(*_MENTIONED)


_EXPLAINING = ("explain", "explains", "explained", "explique", "expliquent", "explication", "activate", "activer",
               "active", "enable", "enabled", "suivre", "seulement", "simplement", "only", "merely", "everything",
               "anything", "gets", "get", "got", "yesterday", "today", "tomorrow", "hier", "demain")
_MENTIONED = ("mention", "mentions", "mentioned", "cite", "cites", "cited", "citee", "citees", "refer", "refers",
              "referred", "named", "quoted", "mentionne", "mentionnee", "mentionnees", "evoque", "evoquee")


@lru_cache(maxsize=1)
def _asking_stems() -> frozenset[str]:
    """Stems of the words that ask when, how or what ("starting", "read"): never a topic left unanswered."""
    asking = [*vocabulary.START, *vocabulary.END, *vocabulary.TIME, *vocabulary.HOUR, *vocabulary.MANNER,
              *vocabulary.AGENDA]
    return frozenset(stems([w for p in asking for w in p.split()] + ["starting", "ending", "beginning", "read",
                                                                      "reading", "use", "using", *_MENTIONED,
                                                                      *_EXPLAINING],
                                        languages=False))  # "which circulars does the letter refer to?"


#: Sending a document somewhere ("where we send our contributions", "pour envoyer ma contribution").
_SENDING = ("send", "sent", "submit", "email my", "e mail my", "mail my", "emailing", "e mailing", "email it",
            "e mail it", "mail it", "envoyer", "envoie", "envoyons", "soumettre", "transmettre")


#: The ways to reach the secretariat, by the words that ask for each.
CONTACT_KINDS = {"fax": ("fax", "telecopie", "telecopieur"), "phone": ("phone", "telephone", "tel", "call", "appeler"),
                 "web": ("url", "website", "web site", "web page", "webpage", "site web", "site internet", "homepage",
                         "home page", "page d accueil", "lien", "le site", "du site", "son site", "leur site", "site de la",
                         "site du", "the site")}


def _one_contact(ctx: Context, q: Question) -> Reply | None:
    """The way to reach the secretariat that is asked for ("what's the fax number?"), with its e-mail, and not
    the others."""
    asked = [kind for kind, words in CONTACT_KINDS.items() if q.has(*words)]
    value = getattr(ctx.meeting.contacts, asked[0], None) if len(asked) == 1 else None
    if not value:
        return None
    return text_answer(ctx.meeting, q.lang, say("fact.contacts.title", q.lang),
                       say(f"fact.{asked[0]}", q.lang, value=value),
                       say("fact.contacts", q.lang, email=ctx.meeting.contacts.email))


#: Kinds of entry that a word of their own names outright: one rule or one topic of the practical information.
TOPIC_KINDS = frozenset({"rule", "practical"})


#: Words that every session of a virtual meeting is: beside another topic, they tell nothing about it.
#: A connection, and the floor, as the ranker's words; "what happens if …", "what if …", "et si …" asked.
_CONNECTION_STEMS = frozenset(stems(["connect"], languages=False))
_FLOOR_STEMS = frozenset(stems(["floor"], languages=False))
_UNABLE_STEMS = frozenset(stems(["unable"], languages=False))
_NAME_STEMS = frozenset(stems(["nom", "noms"], languages=False))
_CHAIR_STEMS = frozenset(stems(["chairman"], languages=False))
_SOUND_STEMS = frozenset(stems(["sound", "poor"], languages=False))
_CONNECTION_WORDS = ("internet", "connection", "connexion", "wifi", "wi fi", "network", "reseau", "connect", "connecter",
                     "bandwidth", "bande passante", "reseau")
_WHAT_IF = re.compile(r"\b(?:what happens|what if|what will happen|and if|et si|que se passe|qu est ce qui se passe|"
                      r"que ce passe|what do i do if|what should i do if|que faire si)\b")
EVERY_SESSION_IS = frozenset(stems(["remote", "remotely", "distance", "participate", "participating"], languages=False))


def _rule_topics(kb: Knowledge) -> frozenset[str]:
    """The stems that name a rule's topic ("floor", "sound", "chat"), worked out once per meeting."""
    found = kb.memo.get("rule_topics")
    if found is None:
        found = kb.memo["rule_topics"] = frozenset(
            term for entry in kb.entries if entry.kind == "rule" for term in _headline_stems(kb, entry))
    return found  # type: ignore[return-value]


#: Below this coverage, a match of the whole message may owe more to its context than to its question.
CONTEXT_DOUBT = 0.6
#: The coverage at which the asking sentence alone is read as clearly asking about its own match.
CLEARLY_ASKED = 0.9


#: A sentence of context, then a question of its own that does not point back at it ("…company. how do I
#: register?", not "…include women in our delegation. Does the invitation say anything about that?").
_CONTEXT_THEN_QUESTION = re.compile(r"[.!]\s+(?![^?]*\b(?:that|this|it|those|these|ca|cela|celui|celle|ceux)\b)"
                                    r"[^.!?]+\?\s*$", re.IGNORECASE)


#: A quotation in the message ("« … »", "\"…\"", "“…”").
_QUOTED = re.compile(r"«[^»]{12,}»|“[^”]{12,}”|\"[^\"]{12,}\"")
#: A short question about what was said before it ("Qui en décide ?", "who decides that?", "what does it mean?").
_OF_WHAT_WAS_QUOTED = re.compile(r"^\W*(?:\w+\s+){0,2}(?:en|y|it|that|this|ca|cela)\b(?:\s+\w+){0,3}\s*\??\s*$")


def _asking_sentence_match(q: Question, kb: Knowledge, best: Match) -> Match | None:
    """The asking sentence's own match, when the whole message's best match is weak (or fits the context's words
    only) and another entry fits the asking sentence alone fully ("I represent the telecom ministry of Vanuatu. On which dates will the meeting
    take place?": the dates, not the letter whose date the context's words pulled in)."""
    if q.folded.endswith(SPEAKER_DETAILS_ASKED):
        return None  # "Lors d'une prise de parole en séance, quelles informations dois-je donner ?": what a speaker
        # says of themselves, read from the whole message (its clause alone names only "informations")
    whole = stems(_topic_tokens(q, kb), STOPWORDS)
    from_context_only = bool(_CONTEXT_THEN_QUESTION.search(q.raw)) \
        and not set(kb.ranker.documents[best.index]) & set(_asked_terms(q, whole))  # "… for a Sector Member
    # company. how do I register?": the best entry holds the context sentence's words, none of the question's
    asking = clauses.asking_clauses(q.raw, commas=False)
    head = bool(asking) and asking[0].rstrip().endswith(("-", "\u2013", "\u2014"))  # "How do I register - by e-mail
    # to TSB or online?": the question before the dash is what is asked, the rest its detail
    at = q.raw.find(asking[0].strip()) if asking else -1  # "hey! what are the dates …? first ITU meeting for me":
    rest = q.raw[at + len(asking[0].strip()):] if at >= 0 and not q.raw[:at].strip(" !,.").count(" ") else ""  # a
    # greeting before the question is no context
    context_after = bool(asking) and asking[0].rstrip().endswith("?") and bool(rest.strip()) and "?" not in rest \
        and not set(words(fold(rest))[:1]) & vocabulary.WH_WORDS  # "what are the session hours each day? need to
    # plan around my day job in Houston": the question, then why it is asked
    query = _asking_sentence_query(q, kb, asking)
    top = kb.ranker.rank(query, limit=2) if query else []
    if context_after and len(rest.split()) >= 5 and len(set(query)) >= 2 and top and top[0].index != best.index \
            and (len(top) < 2 or top[0].score >= 1.5 * top[1].score):
        return top[0]  # the question's own sentence, clearly ahead, over what the reason given after it adds
    if context_after and len(rest.split()) >= 3 and top and top[0].index != best.index \
            and top[0].confidence >= CLEARLY_ASKED and kb.entries[top[0].index].kind == "fact" \
            and (len(top) < 2 or top[0].score >= 1.25 * top[1].score):  # "Who chairs SG17? I want to address him
        return top[0]  # correctly in my intervention.": one fact, asked of its own, before why it is asked
    if best.confidence >= CONTEXT_DOUBT and not from_context_only and not head:
        return None
    if asking and _OF_WHAT_WAS_QUOTED.search(fold(asking[-1])) and _QUOTED.search(q.raw):
        return None  # "la lettre indique que « la réunion ne sera pas retardée … ». Qui en décide ?": of the quote
    if top and top[0].confidence >= CLEARLY_ASKED and top[0].index != best.index:
        return top[0]
    return None


def _first_asking_sentence(q: Question, kb: Knowledge) -> Question:
    """The message's first asking sentence, read; the whole message when it has none of its own."""
    asking = clauses.asking_clauses(q.raw, commas=False)
    return read_question(asking[0], q.lang, kb.corrector) if asking else q


def _asking_sentence_query(q: Question, kb: Knowledge, asking: list[str]) -> list[str]:
    """The topic stems of the message's first asking sentence, when the message says more than it; [] when it is
    the whole message or too short to ask on its own ("… - normal?")."""
    if not asking or fold(asking[0]).strip() == fold(q.raw).strip() or len(asking[0].split()) < 3:
        return []
    return stems(_topic_tokens(read_question(asking[0], q.lang, kb.corrector), kb), STOPWORDS)


def _asked_alone(q: Question, kb: Knowledge) -> Match | None:
    """The entry that the message's first asking sentence fits by itself, clearly and ahead of any other, when the
    message says more than that sentence; None otherwise."""
    query = _asking_sentence_query(q, kb, clauses.asking_clauses(q.raw, commas=False))
    ranked = kb.ranker.rank(query, limit=3) if query else []

    def weighed(match: Match) -> float:  # as retrieval weighs kinds: an agenda title only when asked of the agenda
        return match.score * KIND_PRIOR.get(kb.entries[match.index].kind, 1.0)
    top = sorted(ranked, key=lambda m: (coverage_band(m), weighed(m)), reverse=True)[:2]
    if not top or top[0].confidence < CLEARLY_ASKED or (len(top) > 1 and coverage_band(top[1]) == coverage_band(top[0])
                                                          and weighed(top[1]) >= ask_back.CLOSE * weighed(top[0])):
        return None
    return top[0]


def _asked_terms(q: Question, query: list[str]) -> list[str]:
    """The query's terms that the asking sentence holds ("I represent … . When is it?": not "represent")."""
    asking = clauses.asking_clauses(q.raw, commas=False)
    if not asking:
        return query
    in_question = set(stems(words(fold(asking[0])), STOPWORDS))
    return [term for term in query if term in in_question]


#: How far ahead of the next entry the one that the known words fit must be, to be named by them alone.
KNOWN_WORDS_LEAD = 1.5


def _known_words_name(kb: Knowledge, query: list[str], asks_when: bool = False) -> Entry | None:
    """The entry that the question's known words fit clearly and well ahead of any other, when words the meeting
    never uses kept the whole question from a confident match ("if i drop off, will they wait for me to reconnect
    before continuing?", "l'inscription est obligatoire si je veux juste suivre les débats ?"); None otherwise.
    The unknown words are then said to be unanswered (see :func:`_with_unknown_words`)."""
    known = [term for term in query if term in kb.ranker.idf]
    if len(set(known)) < 2 or len(known) == len(query):
        return None
    whole = kb.ranker.rank(query, limit=1)
    if whole and confident(whole[0], KIND_THRESHOLD.get(kb.entries[whole[0].index].kind, THRESHOLD)):
        return None  # the whole question matched, and retrieval still declined: "who is the TSB director?"
    matches = kb.ranker.rank(known, limit=4)
    if not matches or not confident(matches[0], KIND_THRESHOLD.get(kb.entries[matches[0].index].kind, THRESHOLD)):
        return None
    held = [term for term in set(known) if term in kb.ranker.documents[matches[0].index]]
    if len(held) < 2 and (not held or kb.ranker.frequency.get(held[0]) != 1):
        return None  # one known word names an entry only when it is that entry's own ("hotel": the format):
        # "le quorum requis pour adopter une Recommandation" asks nothing of registration for its "requis"
    first = kb.entries[matches[0].index]
    other = next((m for m in matches[1:] if kb.entries[m.index].key != first.key
                  and not ask_back.same_answer(kb, first, kb.entries[m.index])), None)  # the deadline and the topic
    # of registration, or the interpretation FAQ and the language fact, answer alike: no rival
    prior = KIND_PRIOR if asks_when else KIND_PRIOR | NOT_ASKED_WHEN_PRIOR  # a deadline rivals only when a date
    # is asked
    if other is not None and matches[0].score < KNOWN_WORDS_LEAD * other.score * prior.get(
            kb.entries[other.index].kind, 1.0):
        return None
    return first


def _topic_named(kb: Knowledge, query: list[str], matches: list[Match]) -> Entry | None:
    """The rule or practical topic that a question names by a word no other entry uses ("is the chat just for
    chit chat?" names the chat rule, "les femmes" the registration topic), when the question's other words are
    not enough for a confident match: that entry is what is asked about, whatever else the question says."""
    own = {term for term in query if kb.ranker.frequency.get(term) == 1 and term not in _asking_stems()}
    for match in matches:
        entry = kb.entries[match.index]
        if entry.kind in TOPIC_KINDS and own & _headline_stems(kb, entry):
            return entry
    return None


def _headline_stems(kb: Knowledge, entry: Entry) -> frozenset[str]:
    """The words that name a rule (its topic) or a practical topic (its id, titles and keywords): what the
    entry is about, not every word its text happens to use ("compte" in the documents topic names no topic)."""
    memo = kb.memo.setdefault("headlines", {})
    assert isinstance(memo, dict)
    if (entry.kind, entry.key) not in memo:
        meeting = kb.meeting
        rule = next((r for r in meeting.rules if r.id == entry.key), None) if entry.kind == "rule" else None
        topic = meeting.practical_topic(entry.key) if entry.kind == "practical" else None
        text = rule.topic if rule else " ".join([topic.id, topic.title, topic.title_fr or "", *topic.keywords]) \
            if topic else ""
        memo[(entry.kind, entry.key)] = frozenset(stems(words(fold(text.replace("-", " "))), STOPWORDS))
    return memo[(entry.kind, entry.key)]


#: "which correspondence groups", "what are the JCAs", "quels sont les groupes": things asked by name, in the plural.
_ASKS_WHICH_ONES = re.compile(r"\b(?:which|what|quels|quelles)(?: are| sont| the| les)* (?:\w+ ){0,2}?\w+s\b")
#: How close (share of the best score) a reading that lists names must be to be preferred for a "which ones" question.
_LISTING_CLOSE = 0.85


def _listing_reading(ctx: Context, q: Question, kb: Knowledge, ranked: list[Match]) -> Match | None:
    """For a question asking which ones ("which correspondence groups does SG17 have?"), an agenda item that names
    them (2 f, with CG-xss, CG-wtsa20-prep, CG-SECAD under it) over one that only shares the words (6 p, their
    establishment or termination), when both cover the question as well and score about the same."""
    top = ranked[0]
    if not _ASKS_WHICH_ONES.search(q.folded) or kb.entries[top.index].kind != "agenda" \
            or _lists_names(ctx, kb.entries[top.index]):
        return None
    return next((m for m in ranked[1:] if coverage_band(m) == coverage_band(top) and m.score >= _LISTING_CLOSE * top.score
                 and kb.entries[m.index].kind == "agenda" and _lists_names(ctx, kb.entries[m.index])), None)


def _lists_names(ctx: Context, entry: Entry) -> bool:
    """Whether an agenda entry lists names under it or in its title (the groups reporting; "MoU on e-business
    (IEC, ISO, ITU-T, UN/ECE)")."""
    item = ctx.agenda.get(entry.key)
    return item is not None and (bool(item.entries) or "," in item.title.partition("(")[2])


#: Topic words from which on a question is long enough that a few unknown words are its phrasing, not its topic.
LONG_QUERY = 8


#: Words that ask whether something holds, never a topic the answer leaves out ("do the rules allow it?", "does it
#: count as part of the meeting?"): the unknown-words line never names them.
_NO_TOPIC_STEMS = frozenset(stems(["allow", "allowed", "allows", "permit", "permitted", "count", "counts", "counted",
                                   "actually", "really", "autorise", "autorisee", "permis", "weekday", "weekdays",
                                   "compte", "vraiment", "miss", "missed", "missing", "rate", "ratee",
                                   # words of the asking, naming no topic of their own: "la lettre de convocation",
                                   # "une catégorie de participants", "je suis nouvelle", "chat msgs", "les six langues",
                                   # "le nom du président", "can I skip him and move on?"
                                   "convocation", "categorie", "categories", "category", "nouvelle", "nouveau",
                                   "nouveaux", "nouvelles", "msg", "msgs", "nom", "noms", "skip", "move", "moving", "queue",
                                   "obligation", "obligations", "habitude", "usual", "usually", "repose", "reposent", "job",
                                   "applicable", "applicables", "passe", "passer",
                                   "two", "three", "four", "five", "six", "deux", "trois", "quatre", "cinq"], STOPWORDS,
                                  languages=False))  # "did I miss the management team meeting?" asks when it is


#: Words asking who a listed thing is made of ("which orgs are in it?", "quels organismes ?").
_MEMBERS_STEMS = frozenset(stems(["org", "orgs", "organisation", "organisations", "organization", "organizations",
                                  "members", "member", "parties", "partners", "signatories", "entities", "bodies",
                                  "membres", "partenaires", "signataires", "organismes", "entites"], STOPWORDS,
                                 languages=False))
#: A list in brackets, as an agenda title gives who takes part ("(IEC, ISO, ITU-T, UN/ECE)").
_LISTED_IN_BRACKETS = re.compile(r"\([^()]*,[^()]*\)")


def _with_unknown_words(ctx: Context, q: Question, kb: Knowledge, query: list[str], reply: Reply) -> Reply:
    """The reply, and a line saying which of the asked words the meeting information never uses ("the password
    to enter MyMeetings": what it says of MyMeetings, and that it gives no password): a part of the question
    left unanswered is said, never passed over as if answered."""
    unknown = [term for term in dict.fromkeys(query) if term not in kb.ranker.idf and term.isalpha() and len(term) > 2
               and term not in DEICTIC_STEMS and term not in _asking_stems() and term not in _NO_TOPIC_STEMS]
    unknown = _asked_terms(q, unknown)  # "I'm a professor at a university. can I read …?": the asking sentence's
    unknown = [term for term in unknown if named_as_a_thing(q, term)]  # "the password", not "audio is awful"
    if _LISTED_IN_BRACKETS.search(f"{reply.title} {_said_in(reply)}"):
        unknown = [term for term in unknown if term not in _MEMBERS_STEMS]  # "MoU on e-business, which orgs are in
        # it?": "(IEC, ISO, ITU-T, UN/ECE)" names them
    language = kb.find("practical", "language") or kb.find("fact", "language")
    if language is not None and reply.title == language.title(q.lang):  # "… une interpretation vers le farsi ?":
        languages = {term for t in q.corrected if name_concepts().get(t) == "language"  # English only, none into
                     for term in stems([t], STOPWORDS)}  # any other language, which the answer says
        unknown = [term for term in unknown if term not in languages]
    if not unknown or (len(set(query)) >= LONG_QUERY and len(unknown) * 4 <= len(set(query))):
        return reply  # a long, formal question ("I would be obliged if you could indicate …"): a few words of its
        # phrasing are no part left unanswered
    said = []
    for term in unknown[:2]:
        token = next((t for t in q.corrected if stems([t], STOPWORDS) == [term]), term)
        said.append(f"“{token}”")
    return _with_line(reply, say("oos.part", q.lang, words=" / ".join(said), email=ctx.meeting.contacts.email))


def _with_line(reply: Reply, line: str) -> Reply:
    """The reply with one more section of one line (what the meeting information does not say, beside what it
    does)."""
    return replace(reply, sections=reply.sections + (Section(lines=((line,),)),))


#: Abbreviations whose dots end no sentence ("e.g. when the plenaries take place", "i.e.", "p. ex.", "c.-à-d.").
_ABBREVIATION_DOTS = re.compile(r"(?i)\b(?:e\.g\.|i\.e\.|p\. ?ex\.|c\.-?à-?d\.|cf\.|vs\.)")


def answer_question(ctx: Context, text: str) -> Reply:
    """Answer a plain-language question about the meeting, in the question's language; a follow-up
    ("and in Seoul?") is read against the asker's previous question (see :mod:`bot.questions.followup`)."""
    kb = knowledge_for(ctx.meeting, intent_words())
    text = _ABBREVIATION_DOTS.sub(lambda found: found[0].replace(".", ""), _as_corrected(_without_mentions(text)))
    q = read(ctx, text, kb)
    if q.lang == "en" and _CHAT_N.search(text):  # "when does it start n end, n whats the chairs name": chat's "n"
        text = _CHAT_N.sub(" and ", text)  # is "and", which parts the questions
        q = read(ctx, text, kb)
    english, french = language_scores(text)
    if english == french:  # "6n ?" right after a question in French: in French
        earlier = conversation.recall(ctx)
        if earlier is not None and not earlier.text.lstrip().startswith("/"):
            lang = detect_language(earlier.text, ctx.asker.lang)
            if lang != q.lang:
                q = read_question(text, lang, kb.corrector)
    told_now = _NOW_TOLD_FIRST.match(text)
    if told_now is not None and len(text[told_now.end():].split()) >= 3:  # "It is 8 pm on Sunday here. How long do I
        q = replace(read(ctx, text[told_now.end():], kb), lang=q.lang)  # have before the meeting opens?": the bot
        # knows the time now; the clock told is no claim about a session
    known = _KNOWN_THEN_ASKED.search(text)
    if known is not None and len(known[1].split()) >= 3 and known[1].rstrip().endswith("?"):  # "… passent par la
        # publication directe, ça je sais, mais (not "My English is fine but I wanted to check.", which asks nothing)
        q = replace(read(ctx, known[1], kb), lang=q.lang)  # mes projets de TD, je les envoie comment ?": what is asked
    hello = greeting(ctx.meeting, q.lang, text.strip().lower())
    if hello is not None:
        return hello
    previous = conversation.recall(ctx)
    number = ask_back.chosen_number(text)
    if number is not None and previous is not None and previous.choices:
        return _chosen(ctx, q, kb, previous, number)  # a bare number otherwise names an agenda item
    if previous is None and _ONLY_WHEN.match(q.folded):  # "when?" with nothing asked before: of what, asked back
        readings = [entry for entry in (kb.find("fact", "dates"), kb.find("deadline", "registration"),
                                        kb.find("deadline", "contributions")) if entry is not None]
        if len(readings) >= 2:
            reply = ask_back.ask(ctx.meeting, q.lang, readings)
            conversation.remember(ctx, text, None, tuple(choice.key for choice in reply.choices))
            return reply
    (reply, by_intent), ref = _answer(ctx, q, kb), agenda_intent.find_ref(q, len(ctx.agenda.items()))
    reply = _each_question(ctx, q, kb, reply)
    reply = _asked_beside_a_claim(ctx, q, kb, reply)
    reply = _premise_clause_checked(ctx, q, kb, reply)
    reply = reply if by_intent else _the_asking_sentence(ctx, q, kb, reply)
    reply = _acronym_spelled_out(ctx, q, reply)
    reply = _home_page_given(ctx, q, reply)
    reply = _secretariat_address_given(ctx, q, reply)
    reply = _letter_number_corrected(ctx, q, reply)
    reply = _texts_not_listed(ctx, q, reply)
    reply = _no_staff_name(ctx, q, reply)
    reply = _not_the_chairman(ctx, q, kb, reply)
    reply = _invitee_confirmed(ctx, q, kb, reply)
    reply = _approval_pending_noted(ctx, q, reply)
    reply = _missing_link_noted(ctx, q, reply)
    reply = verdicts.titled_as_asked(text, verdicts.without_unasked_verdict(text, reply, q.lang), q.lang)
    read_as = text
    within = previous is not None and _within_previous_item(ctx, q, kb, previous)  # worked out once per question
    if previous is not None and (followup.looks_like_follow_up(q) or within or followup.beside(q, previous)
                                 or _OF_THE_ONE_BEFORE.match(q.folded)  # "cest ouvert a tout le monde ?"
                                 or followup.only_a_place(q, kb.ranker.idf)  # "what time in São Paulo?"
                                 or _A_NAME_ASKED.search(q.folded) and _SIGNER_ASKED.search(fold(previous.text))
                                 # "il s'appelle comment ?" after "qui a signé la lettre ?"
                                 or not reply.ok and not reply.choices and _HOW_TO_DO_IT.match(q.folded)  # "how to make it
                                 # automatic next time" after a pending approval: "it" is what was asked before
                                 or (not reply.ok or ref is None) and followup.letter_of(q, previous) is not None):
        # "c'est quoi le h ?", "c'est quoi le point l ?" after /agenda 3: a letter alone is of that item, whatever
        # else "point" may name
        reply, ref, read_as = _follow_up(ctx, q, kb, previous, reply, by_intent, ref, within)
        reply = _no_staff_name(ctx, q, reply)  # "Et quel est son nom ?" after "Qui a signé la lettre ?"
        reply = _not_the_chairman(ctx, q, kb, reply)
        if _A_NAME_ASKED.search(q.folded) and _SIGNER_ASKED.search(fold(previous.text)) \
                and reply.title == say("fact.contacts.title", q.lang):  # "et il s'appelle comment ?" after "qui a
            m = ctx.meeting  # signé la lettre ?": the signer, whom the letter names by title only
            signer = (m.signed_by_fr or m.signed_by) if q.lang == "fr" else m.signed_by
            if signer:
                reply = text_answer(m, q.lang, say("oos.title", q.lang), say("oos.signer_unnamed", q.lang,
                                                                               signer=signer, email=m.contacts.email),
                                    ok=False)
    if previous is not None and not reply.ok and not reply.choices and followup.only_a_place(q, kb.ranker.idf):
        place = followup.place_named(q)  # "and in New York?" after a question it does not move: the opening's time
        from bot.questions.places import find_place  # there (the city table is loaded only when a place is asked)
        if place and find_place(place) is not None:
            asked = say("tm.opening_in", q.lang, place=place)
            reply = _answer(ctx, read_question(asked, q.lang, kb.corrector), kb)[0]
            read_as = asked
    reply = _no_date_given(ctx, q, kb, reply)  # "when would that be?" after the induction sessions: none given
    ref = ref or _one_entry_shown(ctx, reply)  # "which sub-item is about liaison statements?": 6 k, for "and r?"
    conversation.remember(ctx, read_as, ref, tuple(choice.key for choice in reply.choices))  # a chain goes on
    return reply


#: A date or time asked ("when are the induction sessions?", "what time would that be?", "c'est pour quand ?"), not
#: "when" opening a condition ("what do I say when I take the floor?", "que dire quand je prends la parole ?").
_WHEN_ASKED = re.compile(r"(?:^|[?!.;]\s*)(?:(?:and|so|ok|okay|but|et|alors|donc|mais)\s+)?(?:when|what time|at what time|what date|"
                         r"which day|what day|quand|a quelle heure|quel jour|quelle date)\b(?!\s+(?:je|j|on|nous|vous|tu|"
                         r"i|we|you)\b)|\b(?:when|quand)\s*[?!.]*$")
#: The asker's own place asked alone after a question ("et pour moi ?", "and for me?", "what about here?").
_ONLY_FOR_ME = re.compile(r"^(?:and |et |what about |how about |so |alors )?(?:for me|pour moi|chez moi|here|ici|for us|"
                          r"pour nous|chez nous|me|moi|my time|mon heure|in my time|a mon heure)\s*[?!.]*$")
#: A place said in a question ("à Genève", "in Geneva", "at Lomé"): left out when the same is asked for the asker.
_A_PLACE_SAID = re.compile(r"(?:,\s*)?\b(?:heure de gen[eè]ve|geneva time|in geneva time)\b|\b(?:à|a|in|at|en|depuis|from)\s+([\w'’-]+(?:[ -][\w'’-]+)?)\b", re.IGNORECASE)


def _without_places(text: str) -> str:
    """A question less the places it names ("… à Genève le premier jour ?", "… in seoul", "…, heure de Genève ?"), to
    ask it again where the asker is."""
    from bot.questions.places import find_place  # the city table is loaded only when a place is asked

    def dropped(found: re.Match[str]) -> str:
        if found[1] is None:
            return " "
        words_ = found[1].split()
        for size in (len(words_), 1):
            if fold(" ".join(words_[:size])) in ("geneve", "geneva") or find_place(" ".join(words_[:size])):
                return " " + " ".join(words_[size:])
        return found[0]
    return " ".join(_A_PLACE_SAID.sub(dropped, text).split())
#: "When would that be?" and the like, asked of what was just answered ("and when would that be?", "ce serait quand ?").
_WOULD_THAT_BE = re.compile(r"^(?:and |et |so |alors |ok )?(?:when|quand) (?:would|will|is|was) (?:that|it|this) "
                            r"(?:be|happen|take place)?|^(?:et |alors )?(?:ce serait|ca serait|c est|ce sera) quand\b")
#: Kinds of entries whose answer may hold no date at all (rules, practical matters, facts of the meeting's form).
_DATELESS_KINDS = ("practical",)  # a rule's "when" is a condition ("when can the chair cut me off?")
_DATELESS_FACTS = ("format", "tool", "chairman", "contacts", "addressed", "agenda_note")
#: A reply that says already that no date or deadline is given ("The letter sets no deadline for that").
_NO_DATE_SAID = re.compile(r"\b(?:no deadline|no date|sets no|gives no date|aucune date|aucune echeance|ne fixe aucune|"
                           r"pas de date|ni date)\b")
#: A reply that says there is none of what was asked ("No fellowships …", "Aucune bourse …").
_NONE_GIVEN = re.compile(r"^(?:no|none|aucun|aucune|pas de|pas d)\b")
#: A date or a clock in a reply's text.
_A_DATE_SHOWN = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}(?:er)? (?:" + "|".join(vocabulary.MONTHS) + r")\b|\b(?:"
                           + "|".join(WEEKDAY_NAMES) + r")\b")


def _no_date_given(ctx: Context, q: Question, kb: Knowledge, reply: Reply) -> Reply:
    """A date or time asked of something the letter gives none for ("when would that be?" after the induction
    sessions for new delegates): the answer, with a line saying so and where to ask; the reply unchanged otherwise."""
    if not reply.ok or reply.choices or not _WHEN_ASKED.search(q.folded):
        return reply
    entry = next((e for e in kb.entries if e.title(q.lang) == reply.title), None)
    if entry is None or not (entry.kind in _DATELESS_KINDS or entry.kind == "fact" and entry.key in _DATELESS_FACTS):
        return reply
    shown = fold(" ".join(part for section in reply.sections for line in section.lines for part in line))
    if _A_DATE_SHOWN.search(shown) or _NONE_GIVEN.match(shown) \
            or _NO_DATE_SAID.search(shown):  # "No fellowships will be granted": nothing to date; "The letter sets no
        # deadline for that. The secretariat can help: …" said already
        return reply
    return _with_line(reply, say("oos.no_date", q.lang, email=ctx.meeting.contacts.email))


#: A thing listed that is no agenda topic ("…, and the deadline?", "…, and the chairman's name?").
_NOT_AN_AGENDA_TOPIC = re.compile(r"\b(?:deadline|date limite|date|dates|name|nom|chair\w*|president\w*|when|quand|who|qui|"
                                  r"time|heure)\b")
#: What asks of the agenda before a list of things ("which agenda items cover …", "sous quels points sont …").
_AGENDA_LEAD = re.compile(r"(?i)^\s*(?:(?:which|what)\s+(?:agenda\s+)?(?:items?|sub-?items?|points?)(?:\s+of\s+the\s+agenda)?"
                          r"\s+(?:covers?|deals?\s+with|handles?|(?:is|are)(?:\s+about)?|treats?)|(?:where|when)\s+on\s+the"
                          r"\s+agenda\s+(?:is|are)|(?:sous\s+)?(?:quels?|quelles?)\s+(?:sous-?\s*)?points?(?:\s+de\s+l['’]ordre"
                          r"\s+du\s+jour)?\s+(?:couvrent|couvre|traitent|traite|concernent|concerne|pour))\b")


#: Credentials asked ("a password or something", "un mot de passe", "login details").
_CREDENTIALS = re.compile(r"\b(?:password|passwd|login|log in|credentials|mot de passe|identifiants?)\b")
#: An account named in an answer ("an ITU user account with TIES access", "un compte utilisateur UIT").
_AN_ACCOUNT = re.compile(r"(?i)\b(?:account|compte)\b")


def _told_not_asked(sentence: Question, message: str) -> bool:
    """Whether a sentence of a message only says something ("were like 12h45 ahead of utc i think", "on est en retard
    je crois"): written in the message with no question mark, and no asking word or verb to open it."""
    raw = sentence.raw.strip().rstrip(" ?")
    at = message.find(raw)
    folded = fold(raw)
    return at >= 0 and not message[at + len(raw):].lstrip().startswith("?") and not clauses.opens_with_a_wh_word(folded) \
        and not _REQUESTED.search(folded) and not _INVERTED.search(raw) \
        and not any(folded == p or folded.startswith(f"{p} ") for p in vocabulary.YES_NO_PREFIX) \
        and not folded.startswith(("can ", "could ", "should ", "would ", "may ", "puis ", "peut ", "est ce "))


#: Who takes part in what was just named, asked alone ("et avec quelles organisations ?", "which orgs are in it?").
_WHO_IS_IN_IT = re.compile(r"^(?:(?:and|et)\s+)?(?:who s|who is|who are) (?:the )?(?:party|parties|members|signatories) (?:to it|"
                           r"of it|in it)?\s*[?!.]*$|^(?:(?:and|et)\s+)?who (?:signed|signed up|signed on|is signed up|has "
                           r"signed|joined|is in) (?:to |on to |onto )?(?:it|that|this)\s*[?!.]*$|^(?:(?:and|et)\s+)?(?:qui en fait partie|qui sont les parties|qui sont les "
                           r"signataires)\s*[?!.]*$|"
                           r"^(?:(?:and|et)\s+)?(?:(?:avec|with|between|entre)\s+)?(?:quelles?|quels?|which|what)\s+(?:other\s+)?"
                           r"(?:organisations?|organizations?|orgs|organismes|members|membres|parties|partners|"
                           r"partenaires|signataires|signatories)(?:\s+(?:are|sont)\s+(?:in it|there|involved|concernees?|"
                           r"concernes|(?:a )?party to it|parties|partie prenante|signataires))?\s*[?!.]*$")  # not "… which
# members must register?"


def _questions_parted_by_commas(asked: list[str]) -> list[str]:
    """The questions asked, with a part made of two questions parted by a comma split in two ("Quand commence la
    réunion chez nous, faut-il un visa"), when each opens as a question does and there are three at most."""
    if len(asked) != 2:
        return asked
    out: list[str] = []
    for sentence in asked:
        pieces = [piece.strip() for piece in re.sub(r"^.*[!.]\s+(?=\S)", "", sentence).split(",") if piece.strip()]
        # ("Bonjour ! Quand …": the greeting before the questions aside)
        if len(pieces) == 2 and all(_OPENS_AS_A_QUESTION.match(fold(piece)) for piece in pieces):
            out += pieces
        else:
            out.append(sentence)
    return out if len(out) <= 3 else asked


#: How a question opens: an asking word, a verb asking yes or no, or a French inversion ("faut-il", "peut-on").
_OPENS_AS_A_QUESTION = re.compile(r"^(?:(?:and|et|also|aussi)\s+)?(?:when|what|which|who|where|how|why|quand|quel|quelle|"
                                  r"quels|quelles|qui|ou|comment|pourquoi|combien|is|are|do|does|can|could|will|should|"
                                  r"est ce|y a t il|faut il|peut on|puis je|dois je|a quelle|at what)\b")


#: A sentence that tells why one asks, as chat has it ("trying to decide whether to sleep", "just planning my week",
#: "j'essaie de m'organiser").
_WHY_TOLD = re.compile(r"^(?:(?:just|only|i m|im|i am|we re|were)\s+)?(?:trying|wondering|hoping|planning|deciding|"
                       r"figuring|asking because|j essaie|je me demande|j espere|je planifie)\b")
#: A verb and its subject inverted, as French asks ("Y aura-t-il …", "peut-on …", "est-elle …").
_INVERTED = re.compile(r"(?i)\w-(?:t-)?(?:il|elle|on|ils|elles|je|vous|nous|tu)\b")
#: A request in a sentence without a question mark ("kindly advise on the DSA rate", "password pls").
_REQUESTED = re.compile(r"\b(?:please|pls|plz|kindly|advise|svp|stp|s il vous plait|s il te plait|merci de|tell me|tell us|"
                        r"let me know|send me|give me|need|needs|besoin|indiquez|dites moi|donnez moi)\b")


#: Whether it is still possible, of what was asked before ("Est-ce encore possible ?", "is it still ok?").
_STILL_POSSIBLE = re.compile(r"^(?:(?:et|and|so|alors|mais|but)\s+)?(?:est ce|c est|is it|is that|ca reste|ca)\s+(?:encore|"
                             r"toujours|still)\s+(?:possible|ok|okay|open|ouvert|ouverte|faisable|jouable|bon|valable)\s*"
                             r"[?!.]*$")
#: Chat's "n" for "and" between words ("start n end", ", n whats …").
_CHAT_N = re.compile(r"(?<=[\w,])\s+n\s+(?=[a-zA-Z])")
#: The asker's time now told as a first sentence ("It is 8 pm on Sunday here.", "Il est 23h chez moi.").
_NOW_TOLD_FIRST = re.compile(r"(?i)^\s*(?:it is|it's|it’s|its|il est)\s+(?:already |almost |just |nearly |presque |déjà |deja )?"
                             r"\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|h)?(?:\s+(?:on\s+)?\w+day|\s+\w+di)?"
                             r"(?:\s+(?:here|for me|ici|chez moi|where i am|now|in [\w' -]+?))?\s*[.!]+\s+(?=\S)")


#: Only "when?" asked, of nothing named ("when?", "quand ?", "et quand ?", "c'est quand ?").
_ONLY_WHEN = re.compile(r"^(?:and |et |so |alors )?(?:when|quand|c est quand|quand ca|by when|until when|"
                        r"jusqu a quand|when (?:would|will|is|s) (?:that|it|this)(?: be| happen| take place)?|"
                        r"(?:ce|ca|cela) (?:serait|sera|tombe|tomberait|tombera|aurait lieu|aura lieu) quand|"
                        r"c est (?:pour )?quand ca)\s*[?!.]*$")


#: A staff member's name asked ("the name of the TSB Counsellor for SG17", "le nom du conseiller").
_STAFF_NAME = re.compile(r"\b(?:name|names|nom|noms)\b.{0,40}\b(?:counsell?or|conseill\w+|secretary|secretaire|contact person|"
                         r"officer|responsable|staff|personne)\b")


#: A person's name asked ("quel est son nom ?", "what's his name?", "name of the director").
_A_NAME_ASKED = re.compile(r"\b(?:son nom|his name|her name|quel nom|what name|name of|the name for|le nom du|le nom de|s appelle)\b")


#: Who signed the letter asked ("qui a signé la lettre ?", "who signed it?").
_SIGNER_ASKED = re.compile(r"\b(?:signed|signe|signee|signataire|signatory|signer)\b")
#: The director who signed named, whose name is asked ("what is the Director's name?", "qui est le directeur du TSB ?").
_THE_DIRECTOR_ASKED = re.compile(r"\b(?:director|directeur|directrice|tsb director|directeur du tsb)\b")
_NAME_OR_WHO = re.compile(r"\b(?:name|names|nom|called|s appelle|who|qui)\b")


def _not_the_chairman(ctx: Context, q: Question, kb: Knowledge, reply: Reply) -> Reply:
    """"What is the Director's name?" answered with the chairman (a name the letter gives): the Director who signs
    it is named by title only, as the secretariat's contacts say; the reply unchanged otherwise."""
    chairman = kb.find("fact", "chairman")
    raw = fold(q.raw)
    if chairman is None or reply.title != chairman.title(q.lang) or not _THE_DIRECTOR_ASKED.search(raw) \
            or not _NAME_OR_WHO.search(raw) or q.has(*premises.CHAIR_WORDS):
        return reply
    m = ctx.meeting
    signer = (m.signed_by_fr or m.signed_by) if q.lang == "fr" else m.signed_by
    if not signer:
        return reply
    return text_answer(m, q.lang, say("oos.title", q.lang), say("oos.signer_unnamed", q.lang, signer=signer,
                                                                 email=m.contacts.email), ok=False)


def _no_staff_name(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The secretariat's contacts, with a line saying the letter names no staff member, when a name is asked; the
    letter's signer by title, with the same line, when the signer's name is asked ("Qui a signé la lettre ? quel est son
    nom ?")."""
    if reply.title == say("fact.reference.title", q.lang) and _A_NAME_ASKED.search(q.folded):
        line = say("oos.part", q.lang, words=f"“{say('oos.name', q.lang)}”", email=ctx.meeting.contacts.email)
        said = {part for section in reply.sections for entry in section.lines for part in entry}
        return reply if line in said else _with_line(reply, line)
    if reply.title != say("fact.contacts.title", q.lang) or not _STAFF_NAME.search(q.folded):
        return reply
    return _with_line(reply, say("oos.part", q.lang, words="“nom”" if q.lang == "fr" else "“name”",
                                 email=ctx.meeting.contacts.email))


#: The asker's registration said to wait for the focal point ("my focal point hasn't approved me yet", "mon point
#: focal n'a pas encore validé").
_APPROVAL_PENDING = re.compile(r"\bfocal\b.{0,40}\b(?:hasn t|has not|hasnt|not yet|didn t|did not|n a pas|pas encore|"
                               r"toujours pas)\b.{0,20}\b(?:approv\w*|valid\w*|confirm\w*|accept\w*)|"
                               r"\b(?:i|we|je|j|nous|my|our|mon|ma|notre)\s+(?:\w+\s+)?(?:regist\w*|inscri\w*|reg)\b.{0,50}\b(?:no confirmation|not "
                               r"(?:yet )?(?:been )?confirmed|unconfirmed|still pending|pas (?:encore )?(?:de |ete )?"
                               r"confirm\w*|toujours pas (?:de )?confirm\w*|aucune confirmation|en attente)")  # "i registerd 2
# days ago but no confirmation yet": pending too (one's own registration, not "delegates whose registration is not
# confirmed")


#: The asker saying they have no link ("je n'ai toujours pas le lien de connexion", "I still don't have the link").
_NO_LINK_SAID = re.compile(r"\b(?:n ai|n avons|don t have|dont have|do not have|haven t got|have not got|haven t received|"
                           r"have not received|didn t get|did not get|never got|no|pas recu|pas eu|toujours pas|still no|"
                           r"still don t have|still dont have)\b(?:\s+\w+){0,3}?\s+(?:link|lien|invite|invitation link)\b")


def _missing_link_noted(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The reply with the line saying the letter gives no link to the tool (and where to turn), when the asker says
    they have no link beside another question ("La réunion commence dans combien de temps ? Je n'ai toujours pas le
    lien de connexion."); unchanged otherwise."""
    m = ctx.meeting
    if not reply.ok or not m.remote_tool or not _NO_LINK_SAID.search(q.folded):
        return reply
    line = say("fact.no_link", q.lang, tool=m.remote_tool, web=m.contacts.web or "", email=m.contacts.email)
    said = {text for section in reply.sections for entry in section.lines for text in entry if isinstance(text, str)}
    return reply if line in said else _with_line(reply, line)


def _approval_pending_noted(ctx: Context, q: Question, reply: Reply) -> Reply:
    """A registration answer with the letter's sentence on the focal point's approval, when the asker says theirs is
    still pending ("last day for reg right? my focal point hasn't approved me yet"); the reply unchanged otherwise."""
    if not reply.ok or not _APPROVAL_PENDING.search(q.folded):
        return reply
    said = " ".join(text for section in reply.sections for line in section.lines for text in line
                    if isinstance(text, str))
    registration = ctx.meeting.practical_topic("registration")
    if registration is None or "focal" in fold(said) or "coordonnateur" in fold(said):
        return reply
    text = registration.text_fr if q.lang == "fr" and registration.text_fr else registration.text
    sentence = next((part.strip() for part in re.split(r"(?<=[.;])\s+", text)
                     if "focal" in fold(part) or "coordonnateur" in fold(part)), None)
    sentence = sentence.rstrip("; ") if sentence is not None else None  # "… demandes d'inscription ;": no " ." left
    return reply if sentence is None else _with_line(reply, sentence + ("" if sentence.endswith(".") else "."))


def _invitee_confirmed(ctx: Context, q: Question, kb: Knowledge, reply: Reply) -> Reply:
    """"is academia even invited to this meeting?": "Yes", before the list of those the letter is addressed to, when
    one of them is the one asked about (nothing is said of one the letter does not name: "are NGOs invited?")."""
    m = ctx.meeting
    if reply.title != say("fact.addressed.title", q.lang) or q.tokens[:1] and q.tokens[0] in WH_WORDS \
            or not q.has("invited", "invite", "invitee", "invites", "invitees", "invitation", "welcome", "invitee s",
                         "concernes", "concernees", "concerne", "concernee", "addressed", "adressee", "adressees",
                         "included", "inclus", "incluses", "eligible"):
        return reply
    unnegated = read_question(_NOT_THAT_ONE.sub(" ", fold(q.raw)), q.lang, kb.corrector)  # not "non-members"
    asked = set(stems(unnegated.corrected, STOPWORDS)) - {"invite", "invit", "meet", "meeting", "sg17", "17"}
    french = m.addressed_to_fr if len(m.addressed_to_fr) == len(m.addressed_to) else [""] * len(m.addressed_to)
    named = [i for i, (who, who_fr) in enumerate(zip(m.addressed_to, french))
             if asked & (set(stems(read_question(who, "en", kb.corrector).corrected, STOPWORDS))
                         | set(stems(read_question(who_fr, "fr", kb.corrector).corrected, STOPWORDS)))
             - {"17", "work", "partic", "travaux", "travail", "particip", "itu", "uit", "t"}]  # "les établissements
    # universitaires sont-ils invités ?": the French names too
    if not named:
        return reply
    own = _distinctive_words(m.addressed_to, french)
    if any(_ONLY_THOSE.search(fold(sentence)) and re.search(r"\b(?:or|ou)\b", fold(sentence))
           for sentence in re.split(r"(?<=[.!?])\s+", q.raw)):
        return reply  # "member states only or also sector members?": a choice asked; the list answers it
    precise = [i for i in named if _addressee_words(_NOT_THAT_ONE.sub(" ", fold(q.raw))) & own[i]]  # not "on n'est pas
    # une administration"
    named = precise or named  # "i represent an ITU-T Associate … invited … or is it members only?": the Associates
    listed = m.addressed_to_fr if q.lang == "fr" and len(m.addressed_to_fr) == len(m.addressed_to) else m.addressed_to
    only = next((sentence for sentence in re.split(r"(?<=[.!?])\s+", q.raw) if _ONLY_THOSE.search(fold(sentence))
                 and not re.search(r"\b(?:or|ou)\b", fold(sentence))), None)  # not "Is academia invited, or is it only
    # for members?": a choice asked, no claim
    if only is not None:  # "addressed to Member States and Sector Members only, isn't it? Can academia take part?":
        claimed = _addressee_words(only)  # those the claim names
        named = [i for i in range(len(m.addressed_to)) if claimed & own[i]]
    if only is not None and named and len(named) < len(listed):  # the others are invited too
        others = [who for i, who in enumerate(listed) if i not in named]
        verdict = say("pr.channel.no", q.lang, how=say("elig.not_only", q.lang, who="; ".join(others)))
    else:
        verdict = say("fact.addressed.yes", q.lang, who=listed[named[0]]) if named else None
    if verdict is None or _gives_a_verdict(reply):
        return reply  # "is it only for member states?": the answer already says who else
    return replace(reply, sections=(Section(lines=((verdict,),)), *reply.sections))


#: A kind the asker says they are not ("on n'est pas une administration", "we're not a government").
_NOT_THAT_ONE = re.compile(r"\b(?:not|pas|ni|non)\s+(?:une?|a|an|des|of the|d|membres? du)?\s*\w+")
#: Kinds of members, each one word ("Member States", "membres du Secteur"), and the words that tell no addressee apart.
_KINDS_OF_MEMBER = ((re.compile(r"\b(?:member states?|etats? membres?)\b"), " mstates "),
                    (re.compile(r"\b(?:sector members?|membres? du secteur)\b"), " smembers "))
_NAMES_NO_ADDRESSEE = frozenset("the of and to is it isn t only just the letter addressed invited union itu uit t 17 "
                                "work participating in de la les des aux du et seulement uniquement lettre adresse "
                                "s adresse member members membre membres".split())


def _distinctive_words(addressees: list[str], french: list[str]) -> list[set[str]]:
    """For each addressee of the letter, its words that no other addressee has ("academ", "univer" for Academia; not
    "ITU-T", which three of them share)."""
    words_of = [_addressee_words(en) | _addressee_words(fr) for en, fr in zip(addressees, french)]
    return [own - set().union(*(other for j, other in enumerate(words_of) if j != i)) for i, own in enumerate(words_of)]


def _addressee_words(text: str) -> set[str]:
    """The words that tell one addressee of the letter from another ("Member States" and "Sector Members" apart)."""
    folded = fold(text)
    for kind, word in _KINDS_OF_MEMBER:
        folded = kind.sub(word, folded)
    return {w[:6] for w in re.findall(r"[a-z]+", folded) if w not in _NAMES_NO_ADDRESSEE and len(w) > 2}
#: Those named said to be the only ones ("… Member States and Sector Members only", "seulement aux États membres").
_ONLY_THOSE = re.compile(r"(?<!\bor )(?<!\bou )(?<!\bor to )(?<!\bou aux )(?<!\bou a )\b(?:only|just|solely|exclusively|"
                         r"seulement|uniquement|exclusivement|reserved|reservee?)\s+(?:(?:for|to|pour|aux?|a)\s+)?(?:the\s+|"
                         r"les\s+)?(?:members?|member states?|governments?|states?|administrations?|sector|academi\w*|"
                         r"associates?|associes|gouvernements?|etats?|membres?|universit\w*)\b|(?<!or is it )(?<!or it s )"
                         r"\b(?:members?|member states?|governments?|states?|administrations?|sector members?|academia|"
                         r"associates?|etats membres)\s+(?:only|just|seulement|uniquement)\b")


#: The study group's web site asked for ("c quoi le site de la CE17 pour s'inscrire ?", "link to the SG17 page?").
_SITE_ASKED = re.compile(r"\b(?:site|website|web site|web page|webpage|home ?page|page d accueil|page web|url|link|lien|"
                         r"adresse web)\b")


#: A collective letter named by its number ("Lettre collective TSB 9/16", "TSB Collective Letter 9/17").
_LETTER_NUMBER = re.compile(r"(?i)\b(?:collective\s+letter|lettre\s+collective)(?:\s+(?:tsb|du\s+tsb))?\s+"
                            r"(?:no\.?\s*|n°\s*)?(\d{1,3})\s*/\s*(\d{1,2})\b|\btsb\s+(?:collective\s+letter|lettre\s+"
                            r"collective)\s+(\d{1,3})\s*/\s*(\d{1,2})\b")


def _letter_number_corrected(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The reply, after a line that corrects the letter's number when the question names the letter by another
    ("Concernant la Lettre collective TSB 9/16 …": it is 9/17), whatever else it asks."""
    own = re.search(r"\b(\d{1,3})\s*/\s*(\d{1,2})\b", ctx.meeting.reference or "")
    said = _LETTER_NUMBER.search(q.raw)
    if own is None or said is None or not reply.ok:
        return reply
    number = (said[1] or said[3], said[2] or said[4])
    if number == (own[1], own[2]):
        return reply
    note = say("pr.letter_number", q.lang, said=f"{number[0]}/{number[1]}", reference=pick(
        q.lang, ctx.meeting.reference, ctx.meeting.reference_fr))
    return replace(reply, sections=(Section(lines=((note,),)),) + reply.sections)


#: An address asked ("à quelle adresse envoyer mon TD ?", "what e-mail address do TDs go to?", "send it to whom?").
_ADDRESS_ASKED = re.compile(r"\b(?:adresse|address|e mail address|email address|adresse mail|adresse e mail|adresse "
                            r"courriel|which e mail|quel e mail|quel mail)\b|\b(?:send|sent|submit|submitted|go|goes|"
                            r"envoie|envoyer|envoyes?|soumettre|soumis|va|vont)\b.{0,40}\b(?:to whom|a qui)\b|\b(?:to whom|"
                            r"a qui)\b.{0,20}\b(?:send|submit|envoie|envoyer|j envoie|on envoie)\b")


def _secretariat_address_given(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The reply, with the secretariat's e-mail address when the question asks where to send something and the reply
    says it goes by e-mail to the secretariat without the address ("À quelle adresse dois-je envoyer mon projet de
    TD ?")."""
    email = ctx.meeting.contacts.email
    if not email or not reply.ok or not _ADDRESS_ASKED.search(fold(q.raw)):  # as written: reading makes "adresse" a
        return reply  # contact
    said = _said_in(reply)
    if email in said or not re.search(r"(?i)e-mail|courrier [ée]lectronique|courriel", said) \
            or not re.search(r"(?i)secretariat|secrétariat", said):
        return reply
    return _with_line(reply, say("fact.secretariat_email", q.lang, email=email))


def _home_page_given(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The reply, with the study group's web address when the question asks for the site and the reply, which
    speaks of its home page, does not give the address."""
    web = ctx.meeting.contacts.web
    if not web or not reply.ok or not _SITE_ASKED.search(q.folded):
        return reply
    said = _said_in(reply)
    if web in said or not re.search(r"home page|page d.accueil", said):
        return reply
    return _with_line(reply, say("fact.home_page", q.lang, web=web))


#: The very texts asked for ("quelles Recommandations précises seront soumises ?", "which draft Recommendations are
#: up for consent?", "la liste des Recommandations"), which the agenda only names as a kind.
_WHICH_TEXTS = re.compile(r"\b(?:which|what|quelles|quels|list of|liste des|la liste des)\s+(?:\w+\s+){0,2}?"
                          r"(?:recommendations?|recommandations?|texts|textes|drafts?|projets?)\b")


def _texts_not_listed(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The reply, with a line saying the letter does not list them, when the question asks which texts exactly and
    the reply gives the agenda entry that names them only as a kind (item 6 b, 6 c)."""
    said = _said_in(reply)
    if not reply.ok or not _WHICH_TEXTS.search(q.folded) or not re.search(r"\b\d{1,2} [a-z]\) Recomm", said):
        return reply
    return _with_line(reply, say("ag.texts_not_listed", q.lang, email=ctx.meeting.contacts.email))


#: An acronym whose meaning is asked ("what does TIES stand for?", "que veut dire AAP ?").
_ACRONYM_ASKED = re.compile(r"\bwhat (?:does|do|is) (?:the )?([A-Z][A-Za-z]{1,6}) (?:stand for|stands for|mean|means)\b|"
                            r"\b(?:que veut dire|que signifie|ça veut dire quoi|ca veut dire quoi) (?:l[ea']\s?|les )?"
                            r"([A-Z][A-Za-z]{1,6})\b|"
                            r"(?i:\bwhat(?:'s| is| are)|\bwhats|c'est quoi|c quoi|c koi|qu'est-ce que|qu'est ce que)\s+"
                            r"(?i:(?:the|le|la|les|l')\s?)?([A-Z]{2,6})\b(?![\d/-])"
                            r"(?=\s*(?:[?!.,;:)]|$|(?i:\s+(?:stand|stands|mean|means|and|et|ou|or|in|dans|exactly|exactement|"
                            r"again|deja|déjà|anyway|btw|svp|pls|please)\b)))")  # "c koi TIES", "what is TIES?"; not
# "whats the TSB fax number", the TSB's number


def _acronym_asked(raw: str, alone: bool = False) -> str:
    """The acronym whose meaning the message asks ("what does TIES stand for?", "c koi TIES"), else ""; with
    ``alone``, "what is X" counts only when X ends the message ("what is GSC and CTO in item 3?" asks two)."""
    asked = _ACRONYM_ASKED.search(raw)
    if asked is None or alone and asked[3] and raw[asked.end():].strip(" ?!."):
        return ""
    return next((group for group in asked.groups() if group), "")


def _acronym_spelled_out(ctx: Context, q: Question, reply: Reply) -> Reply:
    """The reply, with a line saying the meeting information does not spell the acronym out when the question asks
    what one stands for and the reply does not answer that ("what does TIES stand for?")."""
    acronym = _acronym_asked(q.raw)
    if not acronym.isupper() or acronym.lower() in fold(reply.title) or not reply.ok:
        return reply  # "What does TSB stand for?" is an entry of its own; "does not say" says it already
    said = _said_in(reply)
    if re.search(rf"\w[\w\s,-]{{3,}}\s\({re.escape(acronym)}\)|\b{re.escape(acronym)}s?\s\([^\W\d][\w\s-]{{3,}}\)", said):
        return reply  # "3 e) Global Standards Collaboration (GSC)", "Draft TDs (temporary documents)": spelled out
    return _with_line(reply, say("oos.acronym", q.lang, acronym=acronym, email=ctx.meeting.contacts.email))


#: Mentions of people, roles, channels or everyone ("@channel", "<!here>", "<@U024BE7LH>", "<#C0123|general>",
#: "@bob"): whom a message is addressed to, never what it asks (not an e-mail address's "@").
_MENTION = re.compile(r"<[@!#][^>]*>|(?<![\w.])@[\w.-]+")


#: Abbreviations whose full stops end no sentence ("i.e. WP plenaries", "e.g.", "etc.").
_ABBREVIATION = re.compile(r"\b(i\.e|e\.g|etc|cf|approx|resp|vs)\.", re.IGNORECASE)


def _without_mentions(text: str) -> str:
    """The message without its mentions ("@channel when is the deadline?" asks when the deadline is), and without
    the full stops of abbreviations ("… the decision-making sessions, i.e. WP plenaries …" is one sentence)."""
    text = _ABBREVIATION.sub(lambda m: m[1].replace(".", ""), text)
    text = _MARKUP_TAG.sub(" ", _SCRIPT.sub(" ", text))  # "<b>is there interpretation?</b>": the words, not the tags
    stripped = " ".join(_MENTION.sub(" ", text).split())
    return stripped or text


#: A script pasted with its content ("<script>alert(1)</script>"), and any HTML tag ("<b>", "</i>", "<br/>").
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_MARKUP_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?\s*/?>")


#: A short slip corrected by its asker in the same message ("a v Bishkek? sorry, and in Bishkek?"): what follows holds.
_CORRECTED = re.compile(r"^\S+(?:\s+\S+){0,3}?[?!.]\s*(?:sorry|oops|pardon|i mean|i meant|je veux dire|desole|désolé|dsl)\s*[,:]?\s+"
                        r"(?P<rest>\S.{5,}\?)\s*$", re.IGNORECASE | re.DOTALL)  # not "…? sorry im new": an apology


def _as_corrected(text: str) -> str:
    """The message as its asker corrected it, or as written; less a closing plea for help that asks nothing of its
    own ("… à quelle heure commence la réunion chez lui. Pourriez-vous m'aider ?")."""
    match = _CORRECTED.match(text.strip())
    text = match["rest"] if match else text
    text = _HUNDRED_HOURS.sub(lambda m: f"{_HOUR_WORDS[m[1].lower()]:02d}:00", text)  # "sixteen hundred" is 16:00
    plea = _HELP_PLEA.search(text)
    return text[:plea.start()] if plea and len(text[:plea.start()].split()) >= 4 else text


#: Hours said in words the way of "sixteen hundred (hours)", "oh nine hundred".
_HOUR_WORDS = {word: number for number, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())} | {"twenty one": 21, "twenty two": 22, "twenty three": 23, "oh one": 1,
                                          "oh two": 2, "oh three": 3, "oh four": 4, "oh five": 5, "oh six": 6,
                                          "oh seven": 7, "oh eight": 8, "oh nine": 9}
_HUNDRED_HOURS = re.compile(r"(?i)\b(" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) + r")[\s-]+hundred"
                            r"(?:\s+(?:hours?|hrs)\b|(?=\s+(?:geneva|gva|cest|utc|gmt|local|your|my|in)\b))")
# "sixteen hundred geneva", "seventeen hundred hours": not "one hundred delegates"


#: A closing plea for help, after what is asked ("Pourriez-vous m'aider ?", "can you help me?", "any help?").
_HELP_PLEA = re.compile(r"(?<=[.!?])\s*(?:merci de |thanks for )?(?:pourriez[- ]vous|pouvez[- ]vous|peux[- ]tu|can you|could you|"
                        r"would you)\s+(?:m'|me |nous |m’)?(?:aider|help(?: me| us)?|renseigner|éclairer|eclairer)\s*"
                        r"(?:svp|s'il vous plaît|s'il vous plait|please|pls)?\s*[?!.]*\s*$|(?<=[.!?])\s*any help\s*[?!.]*\s*$",
                        re.IGNORECASE)


#: A message that says it asks several things ("two questions:", "deux questions :"), then lists them.
_ANNOUNCED = re.compile(r"\b(?:two|three|2|3|a couple of|a few|deux|trois|quelques) (?:quick )?(?:questions?|things|"
                        r"points|choses)(?: rapides?)?(?:\s*[:,-]|(?:\s+[\w'’]+){1,6}?\s*:)", re.IGNORECASE)  # "trois
# questions pour le cabinet du Ministre : …"
#: A short label before the questions ("3 qs:", "quick:", "deux questions :").
_LABEL_FIRST = re.compile(r"^\s*[^:?!.]{1,24}:\s+")
#: How many things an announcement names ("trois questions :").
_ANNOUNCED_COUNT = {"two": 2, "2": 2, "deux": 2, "three": 3, "3": 3, "trois": 3}
#: A second question joined to the first by "and" and its own asking word (", et par quel moyen …", ", and when …").
_AND_ASKS_ANEW = re.compile(r",\s*(?:and|et)\s+(?:(?:in|on|at|for|by|with|from|en|dans|sur|pour|avec|par|de)\s+)?"
                            r"(?=(?:how|what|which|when|where|who|whether|comment|quel|quelle|quels|quelles|"
                            r"quand|où|qui|par quel|par quels|par quelle|à quelle|a quelle|à qui|a qui)\b)"
                            r"|\s+(?:and|et)\s+(?:in|en|dans|sur|par|avec)\s+(?=(?:which|what|quel|quelle|quels|quelles)\b)"
                            r"|,\s*(?=whether\b)"
                            r"|\s+(?:and|et)\s+(?=(?:(?:on|nous|we|you|vous)\s+\w+|c est|c'est|ce sera)\s+(?:\w+\s+)?"
                            r"(?:quel|quelle|quels|quelles|which|what)\b)"
                            r"|\s+(?:and|et)\s+(?=(?:faut il|faut-il|do i need|do we need|is there|are there|y a t il|"
                            r"y a-t-il|est ce qu|est-ce qu)\b)",
                            re.IGNORECASE)  # "c quand l'ouverture et on utilise quel outil ?"
#: The last of a list of things asked ("…, l'heure d'ouverture ainsi que l'outil …", "… as well as the tool").
_AS_WELL_AS = re.compile(r"\s+(?:ainsi que|as well as|de même que|de meme que|along with)\s+", re.IGNORECASE)
#: What opens a list of things asked for ("je souhaiterais connaître …", "could you confirm …").
_WANTS_TO_KNOW = re.compile(r"(?i)\b(?:conna[iî]tre|savoir|confirmer|indiquer|pr[ée]ciser|rappeler|communiquer|know|confirm|"
                            r"tell me|tell us|give me|give us|send me)\b")
#: Where such a list parts: "and", "et", a comma or a semicolon.
_LISTED = re.compile(r"\s+(?:and|et|&)\s+|\s*[,;]\s*", re.IGNORECASE)
#: Two things named and asked together ("date limite des contributions et lien de la page web ?").
_PLAIN_AND = re.compile(r"\s+(?:and|et|&)\s+", re.IGNORECASE)


#: Words of a short list of two things asked together, at most.
NAMED_TOGETHER_WORDS = 16


def _named_together(raw: str) -> bool:
    """Whether a short one-sentence message names two things joined by one "and" ("date limite des contributions
    et lien de la page web ?"), each with two words of its own (not "les points 9 et 10 ?", not "the A.5 and A.25
    justifications")."""
    text = raw.strip().rstrip(" ?!.")
    if len(_PLAIN_AND.findall(text)) != 1 or re.search(r"[,;:?!.]\s", text) or len(text.split()) > NAMED_TOGETHER_WORDS:
        return False
    if re.match(r"(?i)(?:of|for|to|de|du|des|pour|à|a)\s", _PLAIN_AND.split(text)[1].strip()):
        return False  # "Tashkent time of the opening and of the management team meeting?": one thing asked of two
    first, second = (fold(part) for part in _PLAIN_AND.split(text))
    numbered = re.match(r"((?:[a-z]+ ){1,2})\d", second.strip())
    if numbered and re.search(rf"\b{numbered[1]}\d", first):
        return False  # "who chairs Working Party 1 and Working Party 3?": one thing asked of two of a kind
    return all(len([w for w in re.findall(r"[^\W\d_]{3,}", fold(part)) if w not in STOPWORDS]) >= 2
               or _AN_ITEM_NAMED.search(fold(part)) for part in _PLAIN_AND.split(text))


#: An agenda item named by its number ("le point 3i", "item 4 f"): a thing of its own in a list of two.
_AN_ITEM_NAMED = re.compile(r"\b(?:point|item|sub item|sous point)\s+\d{1,2}\s?[a-z]?\b")


#: The second of two things asked part by part ("d'une part …, et, d'autre part, …", "on the one hand …, on the other").
_ON_THE_OTHER_HAND = re.compile(r"[,;]?\s*(?:(?:and|et)\s*,?\s*)?(?:d['’]autre part|on the other hand|secondly|"
                                r"deuxièmement)\s*,?\s*", re.IGNORECASE)


#: "… si des bourses sont prévues et si l'interprétation sera assurée ?", "… whether X and whether Y": the second
#: "whether" opens a question of its own.
_AND_WHETHER = re.compile(r"(?<=\S)\s+(?:and|et)\s+(?=(?:si|s'il|s’il|whether|if)\s)", re.IGNORECASE)
_WHETHER_FIRST = re.compile(r"\b(?:si|s'il|s’il|whether|if)\s", re.IGNORECASE)
#: A clause that says where the asker is or what they are doing (", I'm between two calls").
_SAID_OF_ONESELF = re.compile(r"\s*[,;]\s*(?=(?:i['’]?m|i am|je suis|jsuis|chui|on est|we are|we['’]re)\b)", re.IGNORECASE)
#: What the first of the things joined by "+" asks of it ("reykjavik time for", "l'heure à Dakar de"): the others
#: are asked the same.
_ASKED_FOR = re.compile(r"^(.{3,40}?\b(?:time|times|heure|heures|hour|hours)\s+(?:for|of|de|du|pour))\s+\S", re.IGNORECASE)
#: Things listed with "+" ("start time + platform").
_PLUS = re.compile(r"\s\+\s")
#: A sentence asking when ("when does it start", "à quelle heure"): the place said before the questions applies.
_ASKS_A_TIME = re.compile(r"\b(?:when|what time|time|quand|heure|hour)\b")
#: Where the asker says they are ("Hi from Belgrade", "I'm in Lima", "ici à Dakar").
_WHERE_FROM = re.compile(r"\b(?:from|in|depuis|ici a|ici à)\s+[A-ZÉ][\w'’-]+(?:\s[A-ZÉ][\w'’-]+)?")
#: "Here" or "for me" in a part of a message: where the asker is, which another part may say.
_HERE = re.compile(r"\b(?:here|for me|my time|local time|ici|pour moi|chez moi|heure locale)\b")


#: What the asker says they know, then what they ask ("…, ça je sais, mais mes projets de TD ?", "I know that, but …").
_KNOWN_THEN_ASKED = re.compile(r"\b(?:(?:ça|ca|cela) je (?:le )?sais|je le sais|je sais (?:bien|déjà|deja)|i know that|"
                               r"that i know|i know this|got that|i got that|d accord|d'accord|ok|okay|fine|understood|"
                               r"compris|entendu)\s*[,;.!]?\s*(?:mais|but)\s+(.+)$",
                               re.IGNORECASE | re.DOTALL)


#: The numbers of a list of questions in one message ("1) … 2) …", "1. … 2. …", "a) … b) …").
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?(?:[1-5]|[a-c])[).]\s+")


#: A topic said first, as a label set off by a dash, before what is asked of it ("mgmt team meeting today – …"); not
#: a colon, which announces what follows ("two things: language and fellowships").
_LABELLED = re.compile(r"^\s*[^?.!:]{3,80}?\s+[–—-]\s*$")


#: A sentence that only narrows the one before ("… ? Seulement les vice-présidents ?", "… ? only the chairs?").
_ONLY_ELLIPSIS = re.compile(r"^(?:only|just|seulement|uniquement|juste)\b")


#: Whether the letter says anything of what the sentence before asks ("does the letter say smth", "la lettre en
#: parle ?"): of that sentence's topic.
_DOES_THE_LETTER_SAY = re.compile(r"^(?:and |so |et |alors )?(?:(?:does|did|do) (?:the letter|it|they|the invitation) "
                                  r"(?:say|says|mention|talk about|cover)|(?:est ce que )?la lettre (?:dit|en parle|le dit|"
                                  r"mentionne|en dit)|(?:est ce que )?(?:c est|c) (?:dit|ecrit|mentionne) dans la lettre)\b")
#: A day alone, said to check it ("monday 24th?", "lundi 24 ?", "the 24th?"): which the other sentence's answer gives.
_ONLY_A_DAY = re.compile(r"^(?:on |le |the |so |donc )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|"
                         r"mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er)?"
                         r"(?:\s+(?:of\s+)?[a-z]+)?\s*[?!.]*$|^(?:on |le |so |donc |alors )?(?:monday|tuesday|wednesday|"
                         r"thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:"
                         r"morning|afternoon|evening|night|matin|apres midi|soir|nuit))?\s*[?!.]*$")  # "… ? lundi matin ?"
#: How long "it" lasts ("and how long is it?", "ça dure combien de temps ?"): of what the sentence before names.
_HOW_LONG_IT_LASTS = re.compile(r"^(?:(?:and|et|also|aussi)\s+)?(?:how long (?:is|does|will|would) (?:it|that|this)\b|"
                                r"how long (?:it|that) (?:takes|take|lasts|last)\b|"
                                r"(?:ca|elle|il|cela) dure (?:combien|longtemps)\b|combien de temps (?:ca|elle|il|cela) "
                                r"dure\b|(?:its|sa) (?:length|duree)\b)")
#: A sentence asking a property of what the one before named ("… ? and what were its dates?", "et ses dates ?").
_ITS_OWN = re.compile(r"^(?:(?:and|et|also|aussi)\s+)?(?:(?:what|which|when)\s+(?:were|was|are|is)\s+|(?:quelles?|quels?)\s+"
                      r"(?:etaient|sont|est)\s+)?(?:its|their|ses|leurs|sa|son|those|these|ces)\s+(?:dates?|day|days|jours?|time|hour|"
                      r"heure|title|titre|number|numero)\b")


#: Who may attend what the sentence before names ("… management team meeting soon? can a newcomer join it or is it
#: closed?", "… elle est ouverte ?").
_ATTENDING_IT = re.compile(r"\b(?:join|attend|assister a|participer a)\s+(?:it|elle|la)\b|\bis it (?:closed|open|private|"
                           r"restricted)\b|\b(?:est elle|elle est) (?:ouverte|fermee|reservee|privee)\b|"
                           r"^(?:and |et )?(?:can|may|could) (?:anyone|anybody|everyone|everybody|observers) "
                           r"(?:attend|join|come|participate)\s*[?!.]*$|^(?:and |et )?(?:who|qui) (?:can|may|peut|peuvent) "
                           r"(?:attend|join|participer|y assister|assister|y participer)\s*[?!.]*$")  # "…, and can anyone
# attend?": of the session the sentence before names
#: The same asked of another thing, or on a condition ("… sous quel point ? et celui de la réunion de mars ?", "la
#: date limite pour les contributions ? et si on veut une traduction ?"): the sentence before, with this one.
_THE_SAME_FOR = re.compile(r"^(?:and |et )?(?:si on veut|si je veux|si nous voulons|si on demande|if (?:i|we) want|"
                           r"if (?:i|we) need|if (?:i|we) ask for)\b")
#: Which sessions a tool serves asked ("and for which sessions?", "pour quelles séances ?", "plenaries too?").
_WHICH_SESSIONS = re.compile(r"\b(?:which|what|quelles?|quels?)\s+(?:sessions?|seances?|meetings?|reunions?)\b|"
                             r"\b(?:all|every|toutes les|chaque)\s+(?:sessions?|seances?)\b|\bplenar\w*\s+(?:too|as well|"
                             r"aussi)\b")
#: What the sentence before said, asked elsewhere ("… ? Also what's that in IST?", "et ça fait quoi à Dakar ?").
_THAT_ELSEWHERE = re.compile(r"^(?:also |and |so )?(?:what s|whats|what is|what time is|what would)\s+(?:that|this|it)\s+"
                             r"(?:be\s+)?(?:in|for|at)\s+\w|^(?:et |alors )?(?:ca fait quoi|ca donne quoi|ca fait quelle "
                             r"heure|c est quelle heure|et ca)\s+(?:a|en|au|pour|chez)\s+\w"
                             r"|^(?:and|et)\s+(?:for|pour)\s+(?:the|les|le|la|those|ceux|celles|that|this)\b"
                             r"|^(?:and |et |so |alors )?(?:is it|it s|is that|c est|ce sera|ca sera|ca tombe|est ce)\s+"
                             r"(?:still|already|toujours|encore|deja)\s+(?:on\s+|le\s+)?(?:monday|tuesday|wednesday|"
                             r"thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")  # "… ? Et
# pour les contributions normales ?": the sentence before, of another thing; "… ? et c'est toujours lundi ou déjà mardi
# ici ?": the local day of what the sentence before asks
#: The sentence before asked again for another place or person ("… ? et pour mon collègue à Malabo ?", "… ? and in
#: Tokyo?"): what it asks is the sentence before's.
_FOR_ANOTHER_PLACE = re.compile(r"^and\s+(?:for\s+(?:my|our|the)\s+\w+\s+(?:in|at|based in|from)\s+|(?:in|at)\s+[a-z])"
                                r"|^et\s+(?:pour\s+(?:mon|ma|mes|notre|nos|le|la|les)\s+\w+\s+(?:a|en|au|aux)\s+|"
                                r"(?:a|en|au|aux)\s+[a-z])")
#: The same thing as the sentence before names, of another ("… le rapport du 29 mai, sous quel point ? et celui de la
#: réunion de mars ?"): that thing's name stands in for the pronoun.
_THE_ONE_OF = re.compile(r"^(?:and |et )?(?:celui|celle|ceux|celles|that|those|the one|the ones)\s+(?=(?:de|du|des|of|for|"
                         r"pour)\b)")


#: Words naming the kind of thing asked, which "the one"/"celui" stands for ("deadline", "date limite", "report").
_KINDS_OF_THING = frozenset("deadline deadlines date dates limite report reports rapport rapports time hour heure link "
                            "lien item point session seance meeting reunion".split())


#: The words that open a yes/no question ("Y aura-t-il", "is there"), left out when what it asks is quoted.
_ASKING_OPENER = re.compile(r"^(?:y aura-t-il|y a-t-il|y aura t il|y a t il|est-ce qu'il y aura|est-ce qu'il y a|"
                            r"is there|will there be|are there|do we have|any)\s+", re.IGNORECASE)


#: Who signed asked first ("who signed the invite letter?", "qui a signé la lettre d'invitation ?"), not a person
#: described as the signer ("who is the TSB director who signed the letter?").
_WHO_SIGNED = re.compile(r"^(?:\w+\s+){0,2}?(?:who|qui)\s+(?:has\s+|a\s+)?(?:signed|signs|signe)\b")


#: An app for a phone asked ("is there a MyMeetings app for my phone?", "ya une appli pour telephone ?"), which is
#: no telephone number to call.
_PHONE_APP = re.compile(r"\b(?:app|apps|appli|applis|application|applications)\b(?:\s+\w+){0,4}?\s+(?:for|on|pour|sur)\s+"
                        r"(?:my |the |a |mon |ma |le |la |un |une )?(?:phone|telephone|mobile|smartphone|portable|"
                        r"cellulaire|cell)\b|\b(?:phone|mobile|smartphone) (?:app|apps)\b|\bapplication mobile\b")


#: Whether it is held at a place, asked alone ("… c'est quand exactement et c'est à Genève ?", "and is it in
#: Geneva?"): where it is held, not the time there.
_HELD_THERE = re.compile(r"^(?:and |et )?(?:c est|is it|is that|est ce|ca se passe|ca se tient|it s|its)\s+(?:held\s+)?"
                         r"(?:a|in|at|en|au)\s+[a-z]+\s*\??$")


#: What the meeting itself is, asked in a sentence of its own ("… right? whats this meeting", "c'est quoi cette
#: réunion ?"): no words of a topic, yet nothing of the sentence before.
_THE_MEETING_ASKED = re.compile(r"^(?:what s|whats|what is|c est quoi|c quoi|c koi|qu est ce que) (?:this|the|cette|la) "
                                r"(?:meeting|reunion)\b")


def _the_one_named(q: Question, kb: Knowledge, asked: list[str], i: int) -> Question | None:
    """A sentence that asks the same of another thing ("et celui de la réunion de mars ?") with the pronoun replaced by
    the kind of thing the sentence before names ("deadline", "rapport"), else its first word ("le rapport de la
    réunion de mars ?"); None for any other sentence."""
    pronoun = _THE_ONE_OF.match(fold(asked[i])) if i else None
    said = words(fold(asked[i - 1])) if pronoun else []
    first = next((n for n, w in enumerate(said) if len(w) >= 3 and w not in STOPWORDS
                  and w not in vocabulary.WH_WORDS), None)
    if pronoun is None or first is None:
        return None
    named = " ".join(w for w in said if w in _KINDS_OF_THING) or said[first]  # "la date limite d'inscription": "date
    # limite"; "the registration deadline": "deadline"
    return read_question(f"{named} {fold(asked[i])[pronoun.end():]}", q.lang, kb.corrector)
#: A part that narrows the one before ("les modalités d'inscription, notamment la date limite", "especially the
#: deadline"): of what the part before names.
_IN_PARTICULAR = re.compile(r"^\s*(?:notamment|en particulier|surtout|particulierement|in particular|especially|"
                            r"particularly|including|y compris)\b")


def _pointing_at_the_words_before(sentences: list[Question], parts: list[Reply], whole: Reply,
                                  context_before: bool) -> list[Reply]:
    """Each question's answer, the whole message's for those that point at what the words before the questions say
    ("… 'at least one month before'. Are these the same constraint? And does my focal point have to approve?":
    "these"; "contrib deadline is 11 aug — is that my 11 aug or genevas? when exactly does it end for me": "that",
    then "it", both the deadline the whole message reads as)."""
    kept: list[Reply] = []
    for i, (sentence, part) in enumerate(zip(sentences, parts)):
        opens_pointing = not i and bool(_AT_THE_START.match(sentence.folded))
        if not whole.ok or not (clauses.points_back(sentence.raw) or opens_pointing):
            kept.append(part)
        elif not i:  # the first question: of the words before it, when alone it cannot be answered or only points
            kept.append(whole if context_before and (not part.ok or opens_pointing) else part)
        else:  # a later one pointing again ("it"): at what the one before it pointed at
            kept.append(whole if kept[i - 1] is whole else part)
    return kept


#: A first question that only points ("is that …?", "are these …?"): of what the words before it say.
_AT_THE_START = re.compile(r"^(?:is that|is this|was that|are these|are those|sont ce|ca c est|c est ca|c est bien ca)\b")


#: A question that asks only what to do ("what to do?", "what should I do?", "que faire ?", "je fais quoi ?").
_WHAT_TO_DO_ONLY = re.compile(r"^(?:so |alors |donc )?(?:what to do|what do i do|what should i do|what can i do|what now|"
                              r"que faire|que dois je faire|je fais quoi|on fait quoi|quoi faire)\s*[?!.]*$")


def _said_between(raw: str, asked: list[str], i: int) -> str:
    """What the message says between its question ``i - 1`` and question ``i`` (three words or more), else ""."""
    before, this = raw.find(asked[i - 1].rstrip(" ?")), raw.find(asked[i].rstrip(" ?"))
    if before < 0 or this < 0:
        return ""
    start = raw.find("?", before)
    between = raw[(start + 1 if 0 <= start < this else before + len(asked[i - 1].rstrip(" ?"))):this].strip(" .,;")
    return between if len(between.split()) >= 3 and _A_TROUBLE_TOLD.search(fold(between)) else ""


#: A trouble told ("I am not able to enter MyMeetings", "it says registration not confirmed", "je n'arrive pas à …").
_A_TROUBLE_TOLD = re.compile(r"\b(?:not|can t|cannot|cant|unable|error|problem|issue|doesn t|does not|won t|failed|"
                             r"pas|impossible|erreur|probleme|bloque|bloquee|refuse|refused)\b")


#: How to do "it" asked, "it" standing for something said before ("how to make it automatic next time").
_HOW_TO_DO_IT = re.compile(r"^(?:and |so |et |alors )?(?:how|comment)\b.*\b(?:it|that|ca|cela)\b")
#: A date said of "it", the thing the sentence before asked about ("What's the deadline to register? It's 24 August, the
#: day it starts, right?").
_IT_IS_A_DATE = re.compile(r"^(?:so |donc |alors )?(?:it s|it is|is it|it was|was it|c est|c etait|est ce|ce sera|"
                           r"it will be)\s+(?:the |le |on |a |on the )?\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:"
                           + "|".join(vocabulary.MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
#: When "it" ends or ended asked, of what the sentence before names ("… c'était quand, et ça finissait à quelle heure
#: chez moi ?", "and what time does it close for me?").
_IT_ENDS_WHEN = re.compile(r"^(?:et |and |so |alors |donc )?(?:ca|c|it|that|elle|cela|this)\s+(?:finissait|finit|finira|"
                           r"fermait|ferme|fermera|se terminait|se termine|se terminera|prenait fin|prend fin|ends|ended|"
                           r"closes|closed|expires|expired|finishes)\s+(?:a |at )?(?:quelle heure|what time|when|quand)\b|"
                           r"^(?:et |and )?(?:what time|when|a quelle heure|quand) (?:does|did|will) (?:it|that) "
                           r"(?:end|close|expire|finish)\b|^(?:et |and )?(?:a quelle heure|quand) (?:ca|c|cela|elle) "
                           r"(?:finissait|finit|finira|fermait|ferme|se terminait|se termine|prenait fin|prend fin)\b")
#: The agenda's size asked ("how many items does the agenda have?", "combien de points ?"): a question of its own, not
#: "which item?" asked of the sentence before.
_COUNTS_THE_AGENDA = re.compile(r"\b(?:how many|combien)\b(?: \w+){0,2} (?:items?|points?)\b.*\b(?:agenda|ordre du jour)\b")


#: The floor named as such ("how do I get the floor", "comment prendre la parole"): a topic of its own, though the
#: agenda's asking words ("on en parle ?") share its stem.
_THE_FLOOR_NAMED = frozenset({"floor", "parole"})


#: An agenda item's own line ("3 j) Collaboration with ETSI", "7. Future meetings of SG17").
_AN_ITEM_LINE = re.compile(r"^\d+(?:\s?[a-z]\)|\.)\s")
#: Words that link a place to the question before it ("and in", "pis à", "what about", "et pour").
_LEADING_LINKS = frozenset("and et pis puis what about how quid de in a at en au aux for pour".split())


def _without_leading_links(tokens: list[str]) -> list[str]:
    """The tokens less the linking words they open with ("pis a tokyo" → "tokyo")."""
    while tokens and tokens[0] in _LEADING_LINKS:
        tokens = tokens[1:]
    return tokens


def _said_of(sentence: Question, reply: Reply) -> bool:
    """Whether every word a sentence asks about (beside its asking words) is in the reply ("which one planned RG
    e-meetings?" in a reply naming "6 o) Planned Rapporteur group (e-)meetings": RG aside, all there)."""
    asked = set(stems(sentence.corrected, STOPWORDS)) - ASKS_WHEN_OR_WHERE - agenda_intent.ASKING
    said = set(stems(words(fold(_said_in(reply))), STOPWORDS))
    return len(asked) >= 2 and len(asked - said) <= len(asked) // 3


def _each_question(ctx: Context, q: Question, kb: Knowledge, whole: Reply) -> Reply:
    """A message that asks two or three things in as many sentences ("when does it open? and is there
    interpretation?") gets each answered, one after the other, when each sentence is answered on its own and
    the whole message's answer covers only one of them."""
    if OFF_TOPIC.search(q.folded):
        return whole  # "Combien gagne un rapporteur ? c'est payé ?": off topic as a whole, whatever a part reads as
    asked = clauses.questions_in(q.raw)
    announced = _ANNOUNCED.search(q.raw)
    if announced and (len(asked) < 2 or len(asked) < _ANNOUNCED_COUNT.get(announced[0].split()[0].lower(), 0)
                      and len(_NUMBERED.split(q.raw)) < 3):  # not "Three things: (1) … (2) … (3) …", numbered below
        # "deux questions : la date limite d'inscription et l'outil pour participer ?"; "trois questions : A, B, et C ?"
        # read as two questions ("…, à quelle heure commence la réunion, et y a-t-il …"): the three announced
        asked = [part for part in _LISTED.split(q.raw[announced.end():]) if len(part.split()) >= 2]
        count = _ANNOUNCED_COUNT.get(announced[0].split()[0].lower(), 0)
        by_semicolons = [part for part in q.raw[announced.end():].split(";") if len(part.split()) >= 2]
        if count and len(asked) != count and len(by_semicolons) == count:  # "trois questions : l'inscription se
            asked = by_semicolons  # fait-elle en ligne et jusqu'à quand ; … visa ; et …": the semicolons part them
    if len(asked) < 2 and _AND_ASKS_ANEW.search(q.raw):  # "quelles sont les principales échéances, et par quel moyen
        # les contributions doivent être soumises ?": two questions in one sentence
        asked = [part for part in _AND_ASKS_ANEW.split(q.raw) if len(part.split()) >= 2]
    if len(asked) < 2 and _AS_WELL_AS.search(q.raw):  # "me confirmer les dates, l'heure d'ouverture ainsi que
        # l'outil ?": a list of things asked
        listed = next((sentence for sentence in re.split(r"(?<=[.!?])\s+", q.raw) if _AS_WELL_AS.search(sentence)), q.raw)
        wanted = _WANTS_TO_KNOW.search(listed)  # "Madame, Monsieur, …, je souhaiterais connaître A, B ainsi que C.
        listed = listed[wanted.end():] if wanted else listed  # Avec mes remerciements.": the things listed only
        asked = [part for part in re.split(r"\s*[,;]\s*|" + _AS_WELL_AS.pattern, listed) if len(part.split()) >= 2]
    if len(asked) < 2 and _ON_THE_OTHER_HAND.search(q.raw):  # "me préciser, d'une part, la date de clôture et,
        # d'autre part, si des bourses sont prévues": two things asked, each on its part
        asked = [part.strip(" ,;.") + " ?" for part in _ON_THE_OTHER_HAND.split(q.raw) if len(part.split()) >= 2]
    second = _AND_WHETHER.search(q.raw)
    wanted = _WANTS_TO_KNOW.search(q.raw[:second.start()]) if second else None
    if len(asked) < 2 and second and wanted and "," in q.raw[wanted.end():second.start()] \
            and not _WHETHER_FIRST.search(q.raw[:second.start()]):  # "Pourriez-vous m'indiquer l'heure d'ouverture,
        # sa langue de travail et si des bourses sont prévues ?": each thing listed, then the "whether"
        listed = [part.strip(" ,;") for part in re.split(r"\s*[,;]\s*", q.raw[wanted.end():second.start()])]
        asked = [part for part in listed if len(part.split()) >= 2] + [q.raw[second.end():]]
    if len(asked) < 2 and second and wanted and not _WHETHER_FIRST.search(q.raw[:second.start()]) \
            and len(q.raw[wanted.end():second.start()].split()) >= 3:  # "could you kindly confirm the exact dates of
        # the upcoming SG17 meeting and whether it will be held in Geneva or virtually?": the thing, then the whether
        asked = [q.raw[wanted.end():second.start()].strip(" ,") + " ?", "whether " + q.raw[second.end():].strip()
                 if q.lang == "en" else "est-ce que " + q.raw[second.end():].strip()]
    if len(asked) < 2 and second and _WHETHER_FIRST.search(q.raw[:second.start()]):  # "pourriez-vous m'indiquer si des bourses sont prévues et si
        # l'interprétation sera assurée ?": two things asked whether
        asked = [part for part in _AND_WHETHER.split(q.raw) if len(part.split()) >= 2]
    if len(asked) < 2 and _PLUS.search(q.raw) and not TIME_PLUS_DAY.search(fold(q.raw)):  # "quick: start time +
        # platform, I'm between two calls" (not "what time + day is that for me", one moment asked)
        asked = [_SAID_OF_ONESELF.split(part)[0] for part in _PLUS.split(q.raw) if part.split()]  # not "I'm
        # between two calls"
        asked = [part if len(part.split()) >= 2 else f"{part} ?" for part in asked]
        lead = _ASKED_FOR.match(asked[0]) if asked else None
        if lead is not None:  # "reykjavik time for the opening + the sunday mgmt mtg": the time there of each
            asked = asked[:1] + [f"{lead[1]} {part}" if not clauses.opens_with_a_wh_word(fold(part).strip())
                                 and not _ASKED_FOR.match(part) else part for part in asked[1:]]
    by_marks = [piece.strip() for piece in re.split(r"(?<=\?)\s+", q.raw.strip()) if piece.strip()]
    if len(asked) < len(by_marks) and 2 <= len(by_marks) <= 3 + bool(announced or _LABEL_FIRST.match(q.raw)) \
            and all(piece.endswith("?") for piece in by_marks) \
            and any(len(piece.split()) == 1 for piece in by_marks):  # "do i have to register again for this one?
        asked = by_marks  # deadline?": a word alone asked after a question is a question of its own; "3 qs: reg
        # deadline? interp? how to send a TD?": each of the three
        label = _LABEL_FIRST.match(asked[0])
        if label is not None and len(asked[0][label.end():].split()) >= 1:
            asked = [asked[0][label.end():], *asked[1:]]
    things = things_listed(q.raw)
    as_a_list = len(things) > len(asked) and all(
        set(stems(read_question(thing, q.lang, kb.corrector).corrected, STOPWORDS)) - ASKS_WHEN_OR_WHERE
        - agenda_intent.ASKING - _HOUR_STEMS for thing in things)  # each thing names its own topic ("Et la dernière
    # journée, quelle en est la date ?" asks one thing)
    if as_a_list:
        asked = things  # "Summary please: dates, opening hour, all deadlines.", "visa? bourse? langue?": each thing
        # named is asked
        lead = _AGENDA_LEAD.match(asked[0])
        if lead is not None:  # "Which agenda items cover Kaleidoscope, leadership positions, and the SG17 webpages?":
            asked = asked[:1] + [part if _NOT_AN_AGENDA_TOPIC.search(fold(part)) else f"{lead[0]} {part}"
                                 for part in asked[1:]]  # each thing asked of the agenda (not "… and the deadline?")
    numbered = _NUMBERED.split(q.raw)
    if len(asked) < 2 and len(numbered) >= 3:  # "1) is registration needed 2) who approves it 3) until when?": a
        # numbered list of questions
        asked = [part.strip(" ,;") for part in numbered[1:] if len(part.split()) >= 2]
        asked = [part if not i or set(stems(read_question(part, q.lang, kb.corrector).corrected, STOPWORDS))
                 - ASKS_WHEN_OR_WHERE - agenda_intent.ASKING else f"{asked[0].rstrip(' ?')} {part}"
                 for i, part in enumerate(asked)]  # "… 3) until when?": of what the list is about
    named_together = False
    mark = q.raw.find("?")
    question_part = q.raw[:mark + 1] if 0 < mark < len(q.raw.rstrip()) - 1 and "?" not in q.raw[mark + 1:] else q.raw
    # "c koi le titre officiel de la reunion et la ref de la lettre ? mon chef veut la citer": the question, not the
    # reason told after it
    if len(asked) < 2 and _named_together(question_part):  # "date limite des contributions et lien de la page web ?":
        # two things named, each its own topic, when the whole message's answer covers one of them only
        asked, named_together = _PLAIN_AND.split(question_part), True
    asked = _questions_parted_by_commas(asked)  # "Quand commence la réunion chez nous, faut-il un visa, et à quelle
    # adresse écrire … ?": three questions, the first two parted by a comma only
    told = [sentence for sentence in asked if _WHY_TOLD.match(fold(sentence))
            and _told_not_asked(read_question(sentence, q.lang, kb.corrector), q.raw)]
    if told and len(told) < len(asked) and not as_a_list and not named_together:
        asked = [sentence for sentence in asked if sentence not in told]  # "how long till the opening? trying to
        # decide whether to sleep": why the asker asks, no question of its own (never the chairman who "deems")
    if not 2 <= len(asked) <= 3:
        return whole
    if any(clauses.stands_for_one_named(sentence) for sentence in asked):
        return whole  # "… ITU gives fellowships … how do I apply for one?": "one" is named outside that sentence
    if _LABELLED.match(q.raw[:max(q.raw.find(asked[0].rstrip(" ?")), 0)]) and not set(stems(read_question(
            asked[0], q.lang, kb.corrector).corrected, STOPWORDS)) - ASKS_WHEN_OR_WHERE - _HOUR_STEMS:
        return whole  # "mgmt team meeting today – what time and how long from now?": "what time" asks nothing of its
        # own, both ask of what the label names
    where = _WHERE_FROM.search(q.raw)
    if where is not None and any(0 <= where.start() - q.raw.find(sentence.rstrip(" ?")) < len(sentence)
                                 for sentence in asked if q.raw.find(sentence.rstrip(" ?")) >= 0):
        where = None  # "what day is it in Geneva right now and when's the sunday meeting in my time?": a place one
        # question asks of, not where the asker is
    if where is not None:  # "Hi from Belgrade 🇷🇸 two things: start time here and which platform?": "here" is Belgrade
        first_at = q.raw.lower().find(asked[0].lower()[:15])
        in_label = where.end() <= first_at  # "Two things, in Helsinki local
        # time (EEST): when does the opening start, and when is the management meeting?": each is asked there
        asked = [f"{sentence.rstrip(' ?')} ({where[0]}) ?" if (_HERE.search(fold(sentence)) or in_label and
                                                                _ASKS_A_TIME.search(fold(sentence)))
                 and where[0] not in sentence else sentence for sentence in asked]
    sentences = [_the_one_named(q, kb, asked, i) or read_question(sentence, q.lang, kb.corrector)
                 for i, sentence in enumerate(asked)]
    sentences = [read_question(f"{asked[i - 1].rstrip(' ?!.')} {asked[i]}", q.lang, kb.corrector)
                 if i and not _THE_MEETING_ASKED.match(sentence.folded) and not _HELD_THERE.match(sentence.folded)
                 and (not {
                     t for t in stems(sentence.corrected, STOPWORDS) if not re.fullmatch(r"[\d:.h]+", t)}
                           - _HOUR_STEMS - _ZONE_STEMS or _A_WAY_ONLY.match(sentence.folded)
                           or _OF_THE_ONE_BEFORE.match(sentence.folded)
                           or _ONLY_ELLIPSIS.match(sentence.folded)
                           or _ITS_OWN.match(sentence.folded)
                           or _HOW_LONG_IT_LASTS.match(sentence.folded)
                           or _DOES_THE_LETTER_SAY.match(fold(sentence.raw))
                           or _IN_PARTICULAR.match(sentence.folded)
                           or _ATTENDING_IT.search(sentence.folded)
                           or _THE_SAME_FOR.match(sentence.folded)
                           or _FOR_ANOTHER_PLACE.match(sentence.folded)
                           or _THAT_ELSEWHERE.match(sentence.folded)
                           or _UNTIL_WHEN_ALONE.match(sentence.folded)
                           or _IT_IS_A_DATE.match(sentence.folded)
                           or _IT_ENDS_WHEN.match(sentence.folded)) else sentence
                 for i, sentence in enumerate(sentences)]  # "la réu dir c'est ajd ? à quelle heure": the hour of
    # what the sentence before asks about, not of the opening
    sentences = [read_question(_NEXT_ONE.sub(lambda found: say("oos.next_after_this", q.lang), asked[i]), q.lang,
                               kb.corrector)
                 if i and _NEXT_ONE.search(asked[i]) and _FUTURE_MEETINGS.search(fold(asked[i - 1])) else sentence
                 for i, sentence in enumerate(sentences)]  # "which agenda item is for future SG17 meetings, and what
    # dates are planned for the next one?": the next of those, after this one
    sentences = [read_question(f"{between} {asked[i]}", q.lang, kb.corrector)
                 if i and _WHAT_TO_DO_ONLY.match(fold(asked[i]).strip()) and (between := _said_between(q.raw, asked, i))
                 else sentence
                 for i, sentence in enumerate(sentences)]  # "is it started? I am not able to enter MyMeetings, it is
    # saying registration not confirmed. what to do": what to do about the trouble told between the two questions
    sentences = [_that_meeting_named(q, kb, asked, i) or sentence for i, sentence in enumerate(sentences)]
    sentences = [read_question(f"{asked[i].rstrip(' ?!.')} {say('visa.for_it', q.lang)} ?", q.lang, kb.corrector)
                 if i and _A_LETTER_FROM_ITU.search(fold(asked[i])) and _VISA_NAMED.search(fold(asked[i - 1]))
                 and not _VISA_NAMED.search(fold(asked[i])) else sentence
                 for i, sentence in enumerate(sentences)]  # "… besoin d'un visa pour la suisse ? il faut une lettre de
    # l'uit ?": a letter for the visa, not the invitation letter
    sentences = [read_question(f"{asked[i].rstrip(' ?!.')} {say('ag.on_the_agenda', q.lang)} ?", q.lang, kb.corrector)
                 if i and _WHERE_ARE.match(fold(asked[i]).strip()) and not sentence.has(*agenda_intent.EXPLICIT)
                 and read_question(asked[0], q.lang, kb.corrector).has(*agenda_intent.EXPLICIT)
                 and sentence.names and all(agenda_intent.search(kb, stems([name], STOPWORDS)) for name in sentence.names)
                 else sentence
                 for i, sentence in enumerate(sentences)]  # "in which agenda item is Kaleidoscope, and where are ETSI
    # and the SDL Forum?": where on the agenda
    sentences = [_of_the_group_corrected(ctx, q, kb, asked, i) or sentence for i, sentence in enumerate(sentences)]
    sentences = [_last_day_of_the_thing_sent(q, kb, sentence) or sentence for sentence in sentences]
    sentences = [_the_same_as_told(ctx, q, kb, asked, i) or sentence for i, sentence in enumerate(sentences)]
    sentences = [_asked_of_another(q, kb, asked, i) or sentence for i, sentence in enumerate(sentences)]
    plain = fold(q.raw, lower=False)  # as the questions were cut from it
    context_before = plain.find(asked[0].rstrip(" ?")) != 0 and not as_a_list and not (
        announced and announced.end() <= q.raw.find(asked[0].rstrip(" ?")[:12]))  # words before the first question:
    # what it may ask of (not "Trois choses :", "Summary please:", which announce the list)
    if any(not set(stems(sentence.corrected, STOPWORDS)) - ASKS_WHEN_OR_WHERE - agenda_intent.ASKING - _TOO_LATE_STEMS
           and not _THE_FLOOR_NAMED & set(sentence.corrected)
           and not any(_GROUP_TOKEN.fullmatch(t) for t in sentence.corrected) and (i or context_before)
           and not _THE_MEETING_ASKED.match(sentence.folded) and not _COUNTS_THE_AGENDA.search(sentence.folded)
           and not (sentence.has("agenda", "ordre du jour") and sentence.has(*_FIRST_OR_LAST))  # "And what is first
           # on the agenda?": a question of its own
           for i, sentence in enumerate(sentences)):  # "… ? quel point ?": which item, of the sentence before; "is
        # the meeting going on right now? when does it finish?" asks nothing of a sentence before it
        return whole  # "… a management team meeting the day before. When exactly, and is it open?": "when exactly"
        # has its subject in the sentence before
    parts = [_answer(ctx, sentence, kb)[0] for sentence in sentences]
    if len(parts) == 2 and _WHO_IS_IN_IT.match(fold(asked[1])) and parts[0].ok \
            and _LISTED_IN_BRACKETS.search(_said_in(parts[0])):
        return parts[0]  # "Le point 3g concerne quel protocole d'accord, et avec quelles organisations ?": the item's
        # title lists them, "(CEI, ISO, UIT-T, CEE-ONU)", never another item that names "organisations"
    read_with_the_one_before = len(sentences) == 2 and sentences[1].raw != asked[1] \
        and sentences[1].raw.startswith(asked[0].rstrip(' ?!.')) and bool(_ASKING_ALONE.match(read_question(asked[1], q.lang, kb.corrector).folded))
    if read_with_the_one_before and not parts[0].ok and not parts[1].ok and not parts[1].choices and whole.ok \
            and not _is_entry(whole, kb.find("fact", "schedule"), q.lang):  # "is there a lunch break? what time?":
        # the draft time plan, where the hours will be, answers it
        return parts[1]  # "y a une pause déjeuner ? à quelle heure ?": the lunch break's hour, which the letter does
        # not give, never the opening's hour that "à quelle heure" alone would ask
    if _deadlines_listed_cover(whole, parts, q.lang):
        return whole  # "which deadline is for contributions to translate and which one for normal ones?": the whole
        # message's list already gives each deadline its parts ask
    unanswered = [(sentence, part) for sentence, part in zip(sentences, parts) if part.title == say("oos.title", q.lang)
                  and not part.ok]  # not "… the next one?": none is dated after this one, which answers it
    if len(parts) == 2 and len(unanswered) == 1 and whole.ok and not whole.choices \
            and (_DOES_THE_LETTER_SAY.match(fold(unanswered[0][0].raw)) or _ONLY_A_DAY.match(fold(unanswered[0][0].raw))):
        return whole  # "should we add women to our delegation? does the letter say smth": what the letter says of it
    if len(parts) == 2 and len(unanswered) == 1 and whole.ok and whole.title == say("tm.title", q.lang) \
            and find_place(" ".join(_without_leading_links(list(unanswered[0][0].tokens)))):  # the city table only
        # when the answer gives times ("… à Lima ? pis à Tokyo ?": Tokyo, which the whole message's answer gives)
        return whole  # "the opening in apia and nuku'alofa": a place the whole message's answer gives
    if len(parts) == 2 and len(unanswered) == 1 and whole.ok and not whole.choices \
            and (clauses.points_back(unanswered[0][0].raw) or not set(stems(unanswered[0][0].corrected, STOPWORDS))
                 - _HOUR_STEMS - _CLOCK_ONLY_STEMS or _DOES_THE_LETTER_SAY.match(fold(unanswered[0][0].raw))) \
            and len(unanswered[0][0].tokens) <= 6:  # "… c'est à quelle heure ?
        # minuit chez moi ?": a clock where the asker is, which the whole message's answer gives
        return whole  # "… quand le temps alloué à un point est écoulé ? Comment on fixe ça ?": "ça" is what the other
        # sentence asks, which the whole message's answer gives
    if len(parts) == 2 and len(unanswered) == 1:  # "what are the session hours each day, and when are the coffee
        # breaks?": the one answered, and what the other asks that the meeting information does not say
        answered = next(part for part in parts if part is not unanswered[0][1])
        unknown = [t for t in unanswered[0][0].corrected if t.isalpha() and len(t) > 2
                   and (term := stems([t], STOPWORDS)) and term[0] not in kb.ranker.idf
                   and named_as_a_thing(unanswered[0][0], term[0])]
        line = say("oos.part", q.lang, words=" / ".join(f"“{t}”" for t in unknown[:2]), email=ctx.meeting.contacts.email)
        said_whole = {text for section in whole.sections for entry in section.lines for text in entry}
        if answered.ok and not answered.choices and unknown and (line in said_whole or not whole.ok) \
                and whole.title != answered.title:
            return _with_line(answered, line)  # the whole message read as one topic had that word left over too,
            # or could not be answered at all
        if answered.ok and not answered.choices and _CREDENTIALS.search(fold(unanswered[0][0].raw)) \
                and _AN_ACCOUNT.search(_said_in(answered)):
            return answered  # "how do i get the meeting documents? do i need a password or something": the ITU user
            # account with TIES access the answer names is what one logs in with
        if answered.ok and not answered.choices and whole.ok and _told_not_asked(unanswered[0][0], q.raw):
            return whole  # "what time does it kick off here on the chathams?? were like 12h45 ahead of utc i think":
            # what the asker says they believe, no question of its own
        if whole.ok and not whole.choices and deadline_intent.asks_if_missed(unanswered[0][0]) \
                and whole.title.startswith(say("dl.title", q.lang, what="").rstrip()):
            return whole  # "bon jai raté l'heure ? c fini l'inscription ?": the deadline's verdict answers both
        if whole.ok and not whole.choices and _said_of(unanswered[0][0], whole):
            return whole  # "which item covers interregnum rapporteurs and which one planned RG e-meetings?": the whole
            # message's answer names both items
        if answered.ok and not answered.choices and whole.ok and whole.title == answered.title \
                and line not in said_whole:  # "Y aura-t-il une pause déjeuner, et à quelle heure les séances se
            asked = _ASKING_OPENER.sub("", unanswered[0][0].raw.strip(" ?.!,"))  # terminent ?": the hours, and that
            return _with_line(whole, say("oos.part", q.lang, words=f"“{asked}”",  # the lunch break is not in the
                                         email=ctx.meeting.contacts.email))  # letter, as it was asked
    parts = _pointing_at_the_words_before(sentences, parts, whole, context_before)
    if not all(part.ok and not part.choices for part in parts):
        return whole
    said = [{_as_said(line) for section in part.sections for line in section.lines} for part in parts]  # "No: it is
    # a virtual meeting …" and "It is a virtual meeting …" say one thing
    kept = [i for i in range(len(parts)) if not any(j != i and _says_no_more(said[i], said[j])
                                                    and (said[i] != said[j] or j < i) for j in range(len(parts)))]
    if len(kept) < 2:  # "c koi le 3g ? le protocole sur le e-business ?": the second asks the same thing again;
        # "c'était quand la réunion ? c'est fini ?": the dates say it is over too, whatever the whole was read as
        said_whole = {_as_said(line) for section in whole.sections for line in section.lines}
        if said_whole < said[kept[0]] and whole.ok:  # "… interprétée et, dans la négative, quelle langue ? Par
            return parts[kept[0]]  # ailleurs, des bourses … ?": the part that says all the whole says, and more
        verdict = any(line and isinstance(line[0], str) and _VERDICT.match(line[0])
                      for section in whole.sections for line in section.lines)  # "how do I submit? by email?": "No: …"
        return whole if verdict or said[kept[0]] <= said_whole or whole.title in {part.title for part in parts} \
            else parts[kept[0]]
    parts = [parts[i] for i in kept]  # "1) is registration needed 2) who approves it 3) until when?": the
    # registration text once, then its deadline
    titles = [part.title for part in parts]
    said_whole = {_as_said(line) for section in whole.sections for line in section.lines}
    item_titles = {say("ag.title", q.lang)} | {e.title(q.lang) for e in kb.entries if e.kind == "agenda"}
    item_lines = [next((_as_said(line) for section in part.sections for line in section.lines
                        if _AN_ITEM_LINE.match(str(line[0]))), None) for part in parts]
    distinct_items = set(titles) <= item_titles and not all(line in said_whole for line in item_lines) \
        and all(not said[i] <= said[j] for i in kept for j in kept if i != j)  # "is ETSI on the agenda? SDL Forum?
    # and what's 3g?": three items, each its own, where the whole message's answer gives one
    unsaid_other = (bool(announced) or len(numbered) >= 3) and any(titles.count(part.title) == 1 and part.title != whole.title
                                           and not said[i] <= said_whole for i, part in zip(kept, parts))  # "Trois
    # questions : … ouverte aux Associés ? Combien de points … ? Et où trouver les mises à jour … ?": who is invited,
    # which the agenda answers do not say, in a message that announces its questions
    if len(set(titles)) < len(parts) and (named_together or whole.title not in titles or len(parts) > 2) \
            and not distinct_items and not unsaid_other and (not as_a_list or all(said[i] <= said_whole for i in kept)) \
            and (named_together or as_a_list or any(said[i] <= said_whole for i in kept)):  # not when the whole says
        # none of them ("what day is it in Geneva rn and when's the sunday meeting in my time?": two times)
        return whole  # two answers of one kind, unless the things were listed and the whole says less ("mgmt team
        # mtg time, opening time, and what's TD3000 for?")
    if named_together and whole.title not in titles:
        return whole  # "registration and contributions deadline": the whole message's answer already covers both
    sections = tuple(replace(section, heading=section.heading or (
        part.title if i == 0 and part.title not in titles[:n] else None))  # one heading for two answers of one kind
        for n, part in enumerate(parts) for i, section in enumerate(part.sections))
    seen: set[object] = set()
    unique = []
    for section in sections:  # a line two parts both give ("it is a virtual meeting …") is said once
        lines = tuple(line for line in section.lines if not (line in seen or seen.add(line)))
        if lines:
            unique.append(replace(section, lines=lines))
    if len(set(titles)) == 1:
        return replace(parts[0], sections=tuple(replace(s, heading=None) for s in unique))  # one topic, asked twice
    return replace(parts[0], title=say("multi.title", q.lang), sections=tuple(unique))


#: A question that only names another thing after "and" ("… ? et les contrib ?", "and for TDs?").
_AND_THE_OTHER = re.compile(r"^(?:(?:and|et)\s+(?:the|le|la|les|l|for|pour|des|du)|what about|and what about|et pour|"
                            r"and for)\s+[\w -]{2,30}\?*$")
#: Words that ask by when ("date limite", "deadline", "when"), which "et les contrib ?" asks again of its thing.
_BY_WHEN = ("date limite", "dates limites", "deadline", "deadlines", "echeance", "when", "quand", "what time",
            "quelle heure", "a quelle heure", "heure")


#: "The last day" asked alone, in a message that also asks how to send something ("How do I send it and what is the
#: last day?").
_LAST_DAY_ALONE = re.compile(r"^(?:and |et |so |donc |alors )?(?:what s|whats|what is|which is|when is|quel est|"
                             r"c est quoi|c est quand)\s+(?:the |le )?(?:very |tout )?(?:last|final|dernier) (?:day|date|"
                             r"jour)(?P<where>\s+(?:in|en|a|pour|for|chez|here|ici|heure|where)\b[\w\s']*?)?\s*[?!.]*$")
#: (also with where it is asked: "what's the last day in Kathmandu time", "c'est quoi le dernier jour pour moi ?")
#: Sending asked ("how do I send it", "comment je l'envoie").
_SENDING_ASKED = re.compile(r"\b(?:send|submit|upload|post|envoyer|envoie|soumettre|soumets|deposer|register|inscrire)\b")


#: "Until when" asked alone after a question ("inscription c obligatoire ?? et c jusqua kel date"): of the thing
#: the question before names.
_UNTIL_WHEN_ALONE = re.compile(r"^(?:et |and )?(?:c est |c |cest |it s |is it )?(?:jusqu a|jusqu au|until|till|by)\s+"
                               r"(?:quand|quel|quelle|kel|kelle|when|what date|which date)(?:\s+date)?\s*[?!.]*\s*$")


#: "The same" asked of this meeting ("Does SG17 do the same this time?", "est-ce pareil cette fois ?", "la CE 17 fait
#: la même chose ?").
_THE_SAME_THIS_TIME = re.compile(r"\b(?:do|does|will|is|are)\b.{0,25}\b(?:the same|likewise|similar)\b|"
                                 r"\b(?:la meme chose|pareil|de meme|la meme)\b")


def _the_same_as_told(ctx: Context, q: Question, kb: Knowledge, asked: list[str], i: int) -> Question | None:
    """A question asking whether this meeting does "the same", read with what the sentence before it tells of
    another meeting ("At SG13's e-meeting they gave fellowships and had interpretation. Does SG17 do the same this
    time?": whether there are fellowships and interpretation here); None otherwise."""
    if not _THE_SAME_THIS_TIME.search(fold(asked[i])):
        return None
    start = q.raw.find(asked[i].rstrip(" ?")[:15]) if i == 0 else -1
    told = clauses.sentences_of(q.raw[:start]) if start > 0 else []
    if not told:
        return None
    own = ctx.meeting.study_group
    what = re.sub(r"(?i)\b(?:at|in|a|à|pour|for)?\s*(?:the\s+|la\s+|le\s+)?(?:sg|ce)\s?(\d+)\w*(?:'s)?"
                  r"(?:\s+e-?\s?meeting|\s+meeting|\s+reunion)?\s*,?",
                  lambda found: found[0] if found[1] == str(own) else " ", told[-1]).strip(" .,!")
    return read_question(f"{asked[i].rstrip(' ?')}: {what}?", q.lang, kb.corrector)


#: A letter from ITU asked ("il faut une lettre de l'uit ?", "do I need a letter from ITU?", "an invitation letter?").
_A_LETTER_FROM_ITU = re.compile(r"\b(?:lettre|letter)\b.{0,25}\b(?:uit|itu|tsb|invitation|support)\b|\b(?:invitation|"
                                r"support) letter\b")
#: A visa named ("visa", "visas").
_VISA_NAMED = re.compile(r"\bvisas?\b")
#: The next one asked ("when is the next one?", "et la prochaine ?", "the next meeting").
_THE_NEXT_ONE = re.compile(r"\b(?:next one|next meeting|next sg ?17|la prochaine|prochaine reunion|la suivante)\b")
#: A place in a list named ("first", "last", "premier", "dernier").
_FIRST_OR_LAST = ("first", "last", "premier", "premiere", "dernier", "derniere")
#: "Where is/are …" opening a part ("and where are ETSI and the SDL Forum?", "et où sont …").
_WHERE_ARE = re.compile(r"^(?:and |et )?(?:where (?:is|are|s)|ou (?:est|sont|se trouvent?)|c est ou)\b")
#: "That one" said of a meeting the sentence before names ("… the report of the March meeting? and what were the dates
#: of that one").
_THAT_ONE = re.compile(r"\b(?:that one|that meeting|celle la|cette reunion la)\b")  # (not "this one", "celle-ci": this
# meeting)
#: A meeting named by its month or kind ("the March meeting", "la réunion de mars", "the May e-plenary").
_A_MEETING_NAMED = re.compile(r"\b(?:the |la |le )?(?:(?:" + "|".join(vocabulary.MONTHS) + r")\s+(?:\d{4}\s+)?(?:sg ?17\s+)?"
                              r"(?:meeting|e plenary|plenary)|(?:meeting|reunion|e plenary|pleniere) (?:of|in|de|d|en) "
                              r"(?:" + "|".join(vocabulary.MONTHS) + r"))\b")


def _that_meeting_named(q: Question, kb: Knowledge, asked: list[str], i: int) -> Question | None:
    """A sentence that asks of "that one" after one naming another meeting by its month ("… the report of the March
    meeting? and what were the dates of that one"), read with that meeting named; None otherwise."""
    if not i or not _THAT_ONE.search(fold(asked[i])):
        return None
    named = _A_MEETING_NAMED.search(fold(asked[i - 1]))
    if named is None:
        return None
    return read_question(_THAT_ONE.sub(named[0].strip(), fold(asked[i]), count=1), q.lang, kb.corrector)


def _last_day_of_the_thing_sent(q: Question, kb: Knowledge, sentence: Question) -> Question | None:
    """"What is the last day?" read as the deadline of the one thing the message sends ("I wrote a paper … How do I
    send it and what is the last day?": the contributions' deadline, not the meeting's last day); None otherwise."""
    alone = _LAST_DAY_ALONE.match(sentence.folded)
    if not alone or not _SENDING_ASKED.search(q.folded):
        return None
    named = deadline_intent.deadlines_named(q, kb)
    if len(named) != 1:
        return None
    what = (named[0].what_fr or named[0].what) if q.lang == "fr" else named[0].what
    where = (alone["where"] or "").strip()  # "… in Kathmandu time": its end there
    return read_question(f"date limite : {what} {where} ?" if q.lang == "fr" else f"deadline for {what} {where}?",
                         q.lang, kb.corrector)


def _asked_of_another(q: Question, kb: Knowledge, asked: list[str], i: int) -> Question | None:
    """A question that only names another thing after "and", read with what the one before asked of its own ("date
    limite inscription ? et les contrib ?": the contributions' deadline); None otherwise."""
    if not i or not _AND_THE_OTHER.match(fold(asked[i]).strip()) or len(asked[i].split()) > 5:
        return None
    before = read_question(asked[i - 1], q.lang, kb.corrector)
    carried = next((words for words in _BY_WHEN if before.has(words)), None)
    if carried is None or read_question(asked[i], q.lang, kb.corrector).has(*_BY_WHEN):
        return None
    return read_question(f"{carried} {_AND_FIRST_WORD.sub('', asked[i].strip())}", q.lang, kb.corrector)


#: "and"/"et" opening a question of its own.
_AND_FIRST_WORD = re.compile(r"^(?:and|et)\s+", re.IGNORECASE)


def _of_the_group_corrected(ctx: Context, q: Question, kb: Knowledge, asked: list[str], i: int) -> Question | None:
    """A sentence that asks only when or where ("… et c'est quand ?") read as asked of the study group's meeting, when
    the sentence before names the group in a claim that gets corrected ("la CE17 c'est bien le groupe sur la 5G ? et
    c'est quand ?": the correction, then the meeting's dates)."""
    own = set(stems(read_question(asked[i], q.lang, kb.corrector).corrected, STOPWORDS))
    if not i or own - ASKS_WHEN_OR_WHERE or not own & ASKS_WHEN_OR_WHERE:
        return None  # "… sept 2019 yeah? which report are they looking at": no when or where asked of the group
    before = read_question(asked[i - 1], q.lang, kb.corrector)
    group = next((t for t in before.corrected if _GROUP_TOKEN.fullmatch(t)), None)
    if group is None or _answer(ctx, before, kb)[0].title != say("pr.title", q.lang):
        return None
    return read_question(f"{asked[i].rstrip(' ?!.')}, {group} ?", q.lang, kb.corrector)


def _one_question_and_the_rest(raw: str) -> tuple[str, str, str] | None:
    """The one question of a message, and what the message says before and after it (folded, without its
    punctuation at either end); None unless the message asks exactly one question."""
    asked = clauses.questions_in(_TITLES.sub(r"\1", raw))  # "Mr. Youm": no sentence ends after a title
    if len(asked) != 1:
        return None
    because = _BECAUSE_THEN_ASKED.match(fold(asked[0], lower=False))
    if because is not None:  # "As the SG17 chairman Mr Youm is from Japan, will the sessions follow Tokyo time?": the
        asked = [because["question"]]  # question after the reason
    plain, sentence = fold(raw, lower=False), asked[0].rstrip(" ?")
    at = plain.find(sentence)
    if at < 0:
        return asked[0], "", ""
    return asked[0], plain[:at].strip(" ?!.,;"), plain[at + len(sentence):].strip(" ?!.,;")


#: A title whose dot ends no sentence ("Mr. Youm", "Dr. Smith", "M. Youm").
_TITLES = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|M|Mme)\.(?=\s+[A-Z])")
#: A reason given first, then the question ("As …, will …?", "Comme …, est-ce que …?").
_BECAUSE_THEN_ASKED = re.compile(r"(?i)^(?:as|since|because|given that|comme|puisque|vu que|etant donne que)\s+[^,?]{5,120},\s+"
                                 r"(?P<question>(?:will|would|is|are|do|does|can|should|what|when|which|how|est ce|"
                                 r"faut il|peut on|quand|quel|quelle|comment)\b.+)$")
#: Who asks, said before the question ("A colleague from our ministry asks:", "Mon chef demande :").
_WHO_ASKS_LABEL = re.compile(r"(?i)^.{0,60}\b(?:asks|asked|wants to know|would like to know|demande|voudrait savoir|"
                             r"se demande)\s*:$")


def _the_asking_sentence(ctx: Context, q: Question, kb: Knowledge, whole: Reply) -> Reply:
    """A message of one question and a sentence that only tells ("Who chairs Study Group 17? I would like to address
    him properly in my intervention."), whose words as a whole found a topic by retrieval: the question's own
    answer, when it has one."""
    split = _one_question_and_the_rest(q.raw)
    if whole.title == say("multi.title", q.lang):
        return whole  # "c koi le titre officiel … et la ref de la lettre ? mon chef veut …": each part already answered
    if split is None or len(split[0].split()) < 4 or _IN_GENEVA_OR_ONLINE.search(q.folded):
        return whole  # "c'est où la réunion ? je veux dire c'est à Genève ou en ligne": the words after say what is asked
    asked, before, after = split
    if before and not _WHO_ASKS_LABEL.match(before.strip()) or len(after.split()) < 4 or "?" in after:  # said after
        return whole  # the question only (or after "a colleague asks:"): what is asked comes first, and stands on its
        # own ("MoU on e-business: who are the parties?" names its topic before)
    alone = _answer(ctx, read_question(asked, q.lang, kb.corrector), kb)[0]
    return alone if alone.ok and not alone.choices and (alone.title != whole.title or before and alone != whole) \
        else whole  # after "a colleague asks:", the question's own lines of the same topic ("who has to approve his
    # registration? He filled in the online form yesterday.": the approval, not the form)


#: A question asked on a ground it states first ("As TDs are submitted through the direct posting system, what is the
#: TD deadline?", "Puisque la réunion a lieu à Genève, …"): the ground, then the question.
_ON_THE_GROUND = re.compile(r"^(?:(?:as|since|given that|seeing that|comme|puisque|vu que|etant donne que|étant donné que)\s+"
                            r"|puisqu['’]\s*)"
                            r"(?P<ground>[^,?]{8,120}),\s*(?P<asked>[^,]{6,}\?)\s*$", re.IGNORECASE)


def _says_no(reply: Reply, first_only: bool = False) -> bool:
    """Whether a line of the reply (with ``first_only``, its first line) opens with "No"/"Non"."""
    sections = reply.sections[:1] if first_only else reply.sections
    return any(line and isinstance(line[0], str) and re.match(r"(?:No|Non)\s?[:.,]", line[0])
               for section in sections for line in (section.lines[:1] if first_only else section.lines))


def _premise_clause_checked(ctx: Context, q: Question, kb: Knowledge, reply: Reply) -> Reply:
    """The reply, after a correction of the ground the question states first when the meeting information says
    otherwise ("As TDs are submitted through the direct posting system like contributions, what is the TD deadline?":
    No, TDs go by e-mail; then that there is no TD deadline); the reply alone otherwise."""
    stated = _ON_THE_GROUND.match(q.raw.strip())
    correction = say("pr.title", q.lang)
    if stated is None or reply.title == correction or _says_no(reply):
        return reply  # corrected already ("Since the meeting opens at 9:00 Geneva time, when … from Ottawa?")
    claimed = read_question(f"{stated['ground']}, {'non' if q.lang == 'fr' else 'right'} ?", q.lang, kb.corrector)
    checked, _ = _answer(ctx, claimed, kb)
    said_no = _says_no(checked, first_only=True)
    if checked.title != correction and not said_no:
        return reply
    if said_no and checked.title != correction:  # "puisqu'il y a interprétation en français, je peux intervenir en
        return checked  # français ?": the "Non" to the ground answers the question too
    said = {_as_said(line) for section in checked.sections for line in section.lines}
    rest = tuple(replace(section, lines=tuple(line for line in section.lines if _as_said(line) not in said))
                 for section in reply.sections)  # "since decision sessions are only in the room in Geneva, can remote
    # delegates vote?": the rule that corrects the ground is said once
    return replace(reply, title=correction, sections=checked.sections + tuple(s for s in rest if s.lines or s.fields))


def _asked_beside_a_claim(ctx: Context, q: Question, kb: Knowledge, whole: Reply) -> Reply:
    """A message whose one question claims nothing, beside a statement that does ("mgmt team meeting starts in how
    long? I'm chairing the opening tomorrow"): the question answered, with the claim confirmed after it or
    corrected before it, never the claim's verdict alone."""
    verdicts = (say("pr.confirm", q.lang), say("pr.title", q.lang))
    split = _one_question_and_the_rest(q.raw) if whole.title in verdicts else None
    if split is None:
        return whole
    rest = f"{split[1]} {split[2]}".strip()
    question = read_question(split[0], q.lang, kb.corrector)
    if len(rest.split()) < 3 or question.has(*vocabulary.CONFIRMING) or clauses.stands_for_one_named(split[0]) \
            or premises.answer(ctx, question, kb) is not None \
            or premises.answer(ctx, read_question(rest, q.lang, kb.corrector), kb) is None \
            and not _BECAUSE_THEN_ASKED.match(fold(_TITLES.sub(r"\1", q.raw), lower=False)):  # "As … is from Japan,
        # will …?": the reason given first is the claim, as said
        return whole  # the question makes the claim itself or asks to confirm it ("…, M. Youm, n'est-ce pas ?"), asks of
        # what the claim names ("… was 29 June — is its report on the agenda?"), or the statement beside it claims
        # nothing
    part = _answer(ctx, question, kb)[0]
    if not part.ok or part.choices or part.title in verdicts:
        return whole
    claim = tuple(replace(section, heading=section.heading or whole.title) for section in whole.sections)
    answer = tuple(replace(section, heading=section.heading or part.title) for section in part.sections)
    sections = answer + claim if whole.title == verdicts[0] else claim + answer
    return replace(part, title=say("multi.title", q.lang), sections=sections)


#: A verdict opening a line ("No: ", "Oui : "), which says nothing the rest of the line does not.
_VERDICT = re.compile(r"^(?:yes|no|oui|non)\s?:\s*", re.IGNORECASE)


def _says_no_more(one: set[tuple], other: set[tuple]) -> bool:
    """Whether every line of one answer is said by the other, as a line or as a sentence of one of its lines ("the
    focal point must approve …" inside the whole registration paragraph)."""
    texts = [line[0] for line in other if len(line) == 1 and isinstance(line[0], str)]
    return all(line in other or len(line) == 1 and isinstance(line[0], str) and any(line[0] in text for text in texts)
               for line in one)


def _as_said(line: tuple) -> tuple:
    """A line as what it says: its text without an opening verdict, folded, so that a correction and a plain
    answer of the same sentence are one."""
    return tuple(fold(_VERDICT.sub("", part)) if isinstance(part, str) else part for part in line)


def _chosen(ctx: Context, q: Question, kb: Knowledge, previous: conversation.Previous, number: int) -> Reply:
    """The reading the asker chose by its number, answered in the language they asked in."""
    if not 1 <= number <= len(previous.choices):
        return ask_back.expired(ctx.meeting, q.lang)
    lang = read(ctx, previous.text, kb).lang
    kind, _, key = previous.choices[number - 1].partition(":")
    entry = kb.find(kind, key)
    if entry is None:  # the meeting file changed since
        return ask_back.expired(ctx.meeting, lang)
    conversation.remember(ctx, previous.text, previous.ref, previous.choices)
    return _entry_reply(ctx, read_question(previous.text, lang, kb.corrector), entry)


def _country(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The chairman's country claimed ("since Mr Youm is from China, will there be Chinese interpretation?"):
    the correction, then the answer to what else the question asks, if anything."""
    correction = premises.country_claim(ctx, q)
    if correction is None:
        return None
    used = premises.claim_words(q)
    rest = read_question(" ".join(w for w in q.raw.split() if fold(w).strip("?!.,;:") not in used), q.lang,
                         kb.corrector)  # as written: "… so will the hours suit Tokyo?" still names a place
    starts = q.has(*vocabulary.START) or q.has("opening", "ouverture", "hours", "heures", "horaires", "schedule")  # "…
    # from Japan, so will the hours suit Tokyo?": the opening there
    timed = time_intent.answer(ctx, q if clocks_in(q.raw) else rest, kb) if starts else None  # "since the chairman
    # is from China, will the opening be at a Beijing-friendly hour?": the opening there, beside the correction
    more = timed or (retrieve(ctx, rest, kb) if stems(rest.corrected, STOPWORDS) else None)  # "since the chairman is
    # korean the meeting opens at 11:00 seoul time?": the clock claimed is checked too
    if more is None or more.choices or more.title == correction.title or not more.ok:
        return correction
    if timed is not None:  # a confirmed country beside a corrected clock: neither title fits both
        return replace(correction, title=say("multi.title", q.lang), sections=correction.sections + more.sections)
    return replace(correction, sections=correction.sections + more.sections)


#: Topics no meeting information covers, whatever else the question names ("il fait quel temps à Genève fin
#: août ?" asks the weather, not the dates).
OFF_TOPIC = re.compile(r"\b(?:limite|limit|maximum|max|quota|nombre maximum|maximum number)\s+(?:de\s+|d\s+|of\s+|on\s+)?"
                       r"(?:delegues|delegates|participants|personnes|people|membres|members)\b|\b(?:delegates|delegues|"
                       r"participants) par pays\b|\b(?:delegates|participants) per (?:country|delegation)\b|"  # "ya une
                       # limite de delegues par pays ?": the letter sets none, nor says there is none
                       r"\b(?:weather|meteo|forecast|temperature|temperatures|climate|climat|rain|raining|pluie|"
                       r"exchange rate|exchange rates|taux de change|currency|currencies|devise|devises|salary|"
                       r"salaries|salaire|salaires|wage|wages|remuneration|combien gagne|combien gagnent|remunere|"
                       r"remuneree|how much (?:does|do) (?:a |an |the )?\w+ (?:earn|make|get paid))\b|"
                       r"\b(?:wtsa|amnt|wtdc|cmdt)\s?(?:20|21)\b.{0,40}\b(?:postpon\w*|report\w*|delay\w*|cancel\w*|"
                       r"annul\w*|retard\w*)|"
                       r"\bquel temps (?:fera|fait|va)|\bfera quel temps\b|\btemps qu il (?:fera|fait)\b|"
                       r"\b(?:fera|fait|fera t il|va faire|sera) (?:beau|chaud|froid)\b|\b(?:sunny|snow|snowing|neige|"
                       r"hot|cold|chaud|froid|chaleur|canicule|heatwave|heat wave)\b.{0,30}\b(?:in|a|en) (?:geneva|geneve|"
                       r"switzerland|suisse)\b|"
                       r"\b(?:system|minimum|technical|hardware|software) requirements?\b|\bconfiguration (?:requise|"
                       r"minimale|systeme)\b|\bprerequis (?:techniques?|systeme)\b|\boperating system\b|"
                       r"\bsysteme d exploitation\b|\b(?:linux|ubuntu|macos|chromebook)\b|"
                       r"\b(?:how many|combien de)\s+(?:contributions?|documents?|tds?|participants?|delegates?|delegues?|"
                       r"inscrits?|people|personnes)\s+(?:\w+\s+){0,2}(?:were|have been|has been|ont ete|a ete|sont|are|"
                       r"registered|submitted|soumis\w*|inscrit\w*|attend\w*|particip\w*)\b|"
                       r"\b(?:minimum|required|need|needed|requirements?|recommended|which|what|quel|quelle)\s+(?:\w+\s+)"
                       r"{0,3}(?:bandwidth|browser|navigateur|bande passante)\b|\b(?:bandwidth|browser|navigateur|"
                       r"bande passante)\s+(?:\w+\s+){0,2}(?:requirements?|needed|required|minimum|requis|necessaire|"
                       r"recommande)\b|"
                       r"\blist of (?:the )?(?:registered )?(?:participants|delegates|attendees)\b|\b(?:participants?|"
                       r"attendees?|attendance|delegates?) lists?\b|\bliste des (?:participants|inscrits|delegues|"
                       r"presents)\b|\bwho (?:else )?(?:has|have) (?:already )?registered\b|\bqui (?:est|sont|s est|"
                       r"se sont) (?:deja )?inscrits?\b|"
                       r"\b(?:presentations?|slides?|diapositives?|slide decks?)\b.{0,40}\b(?:publi\w*|posted|shared|"
                       r"partagee?s?|disponibles?|available|online|en ligne|uploaded)\b")


#: Asking whom to turn to ("who do I call?", "je contacte qui ?", "à qui écrire ?"): the secretariat, whatever the
#: trouble ("i cant connect to mymeetings, who do i call?").
WHOM_TO_CONTACT = re.compile(r"\b(?:who (?:do|should|can|shall) (?:i|we) (?:call|contact|write to|email|e mail|ask|turn to|"
                             r"reach|phone)|who to (?:call|contact|ask|write to)|whom (?:do|should) (?:i|we) contact|"
                             r"je contacte qui|on contacte qui|qui (?:dois je |faut il |peut on )?(?:contacter|appeler)|"
                             r"a qui (?:dois je |faut il )?(?:ecrire|m adresser|s adresser|demander)|"
                             r"qui je (?:contacte|dois contacter|appelle)|(?:ecrire|ecris|ecrit|ecrit on|ecrire) a qui)\b")


def _whom_to_contact(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The secretariat's contacts when the question asks whom to turn to; None otherwise."""
    asks_approver = _FOCAL_POINT.search(fold(q.raw))  # as written: reading drops "point" as a filler
    who_it_is = _WHO_THE_FOCAL_POINT_IS.search(fold(q.raw))
    if asks_approver and (who_it_is or not _A_GIVEN_ONE.search(fold(q.raw)[asks_approver.end():]) and (
            WHOM_TO_CONTACT.search(q.folded) or q.tokens[:1] in (("who",), ("qui",)))):
        registration = kb.find("practical", "registration")  # "who is the focal point?", "whom do I contact about my
        if registration is not None:  # registration approval?": the focal point approves, as the registration says
            approver = read_question(f"who {asks_approver[0]} ?" if q.lang == "en" else f"qui {asks_approver[0]} ?",
                                     q.lang, kb.corrector)  # of the approval
            reply = _entry_reply(ctx, approver, registration)  # only ("… once I submit the online form?" is no
            # question on the form)
            if who_it_is:  # "c'est qui le coordonnateur ?": a person the letter
                reply = _with_line(reply, say("oos.focal_point_named", q.lang, email=ctx.meeting.contacts.email))
            return reply  # does not name
    entry = kb.find("fact", "contacts")
    if entry is None or not WHOM_TO_CONTACT.search(q.folded) or q.has(*time_intent.SAID_NO_TO):
        return None  # "who should we contact to book French interpretation?": there is none, which its answer says
    return _entry_reply(ctx, q, entry)


#: One organisation's or country's focal point, or their contact, asked ("the focal point for Egypt? his email"): a
#: person the letter does not name.
_A_GIVEN_ONE = re.compile(r"\b(?:for|of|de|du|pour|in|en|au)\s+(?!my\b|our\b|mon\b|ma\b|notre\b)[a-z]+|\b(?:e ?mail|mail|phone|"
                          r"telephone|courriel|name|nom|his|her)\b")


#: Who the focal point is, asked ("who is our focal point?", "c'est qui le coordonnateur ?").
_WHO_THE_FOCAL_POINT_IS = re.compile(r"\b(?:who s|whos|who is|c est qui|cest qui|qui est)\s+(?:the |our |my |le |notre |mon )?"
                                     r"(?:focal point|point focal|coordonnateur)\b|\b(?:focal point|point focal|"
                                     r"coordonnateur)\s+(?:c est qui|cest qui|is who)\b")
#: The focal point, or the approval of a registration, asked about.
_FOCAL_POINT = re.compile(r"\b(?:focal point|point focal|coordonnateur|registration approval|approv\w* (?:my |our |the )?"
                          r"registration|approuv\w* (?:mon |notre |l )?inscription|valid\w* (?:mon |notre |l )?inscription)\b")



#: Asking which Question or working party to join ("which Q should I join", "quelle Question suivre ?").
WHICH_GROUP_TO_JOIN = re.compile(r"\b(?:which|what|quelle|quel|quelles|quels) (?:q|qs|question|questions|working party|"
                                 r"working parties|working|wp|groupe de travail|groupes de travail)\b.{0,20}\b(?:should|"
                                 r"shall|could|can|do|to|dois je|devrais je|faut il|suivre|rejoindre)\b.{0,15}\b(?:join|"
                                 r"attend|follow|participate|suivre|rejoindre|participer)\b")
#: Which working party handles a topic ("Which Working Party will handle the work on quantum-safe cryptography?"): the
#: letter does not map topics to groups (not "which Questions does WP3 handle?", one group named).
_WHICH_GROUP_HANDLES = re.compile(r"\b(?:which|what|quelle|quel|quelles|quels) (?:working party|working parties|working|wp|"
                                  r"groupe de travail|groupes de travail)\b(?! ?\d).{0,25}\b(?:handle|handles|cover|covers|"
                                  r"deal with|deals with|work on|works on|traite|traitera|s occupe|s occupera|couvre|"
                                  r"travaille sur)\b")


def _which_group_to_join(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Which Question or working party suits the asker: the letter does not say; None for other questions."""
    if not WHICH_GROUP_TO_JOIN.search(q.folded):
        return None
    return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),
                       say("oos.which_group", q.lang, email=ctx.meeting.contacts.email), ok=False)


def _which_group_handles(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Which working party handles a topic: the letter does not say (asked before the agenda's words are searched, which
    would find "Working arrangements"); None for other questions."""
    if not _WHICH_GROUP_HANDLES.search(q.folded):
        return None
    return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),
                       say("oos.which_group", q.lang, email=ctx.meeting.contacts.email), ok=False)


#: A working party named by its number ("WP3", "working party 1", "groupe de travail 2", "GT2", "WP 1/17").
#: Not followed by a role, which says who asks ("WP3 chair here. Will remote participation cover the decision sessions?").
_ONE_WORKING_PARTY = re.compile(r"(?i)\b(?:wp|working party|groupe de travail|gt) ?\d(?:/\d{1,2})?\b(?!/| ?(?:co-?|vice[- ]?)?"
                                r"(?:chair|chairman|chairwoman|president|presidente|rapporteur|member|delegate|here))")
#: What a group works on, asked ("which Questions does WP3 handle?", "what does WP2 cover?", "de quoi s'occupe le GT1").
_GROUP_WORK = ("handle", "handles", "handling", "cover", "covers", "covering", "responsible", "in charge", "deal with",
               "deals with", "work on", "works on", "working on", "scope", "mandate", "which questions", "what questions",
               "quelles questions", "s occupe", "s occupent", "traite", "traitent", "couvre", "couvrent", "relevent",
               "responsable", "mandat")


def _one_group_work(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """What one working party handles ("which Questions does Working Party 3 handle?"): the letter lists no
    working party's Questions, so it says so (item 6 has their meetings); None for other questions."""
    group = _ONE_WORKING_PARTY.search(q.raw)
    if group is None or not q.has(*_GROUP_WORK) or q.has(*agenda_intent.EXPLICIT):
        return None
    return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),
                       say("oos.group_work", q.lang, group=group[0], email=ctx.meeting.contacts.email), ok=False)


#: The study group's meeting before this one ("when was the last SG17 meeting?", "la réunion précédente").
_LAST_MEETING = re.compile(r"\b(?:last|previous|prior|preceding|earlier|derniere|precedente)\s+(?:(?:sg|ce)\s?\d+\s+)?"
                           r"(?:(?:physical|in person|face to face|physique|presentielle)\s+)?(?:meetings?|reunions?|e (?:electronic )?plenary|e (?:electronique )?pleniere|pleniere "
                           r"electronique)\b(?! day| days| jour| jours)|\breunions? precedentes?\b|\breunions? "
                           r"anterieures?\b")
#: What came before this meeting asked ("What happened before this one?"): the meetings before it.
_BEFORE_THIS_ONE = re.compile(r"\b(?:what happened|what was there|qu est ce qui s est passe|que s est il passe|"
                              r"qu y a t il eu)\s+(?:before|avant)\s+(?:this one|this meeting|celle ci|cette reunion)\b")


#: The last meeting as what the asker compares with ("je vais demander une bourse comme pour la dernière réunion"):
#: how it went then, not when it was.
_AS_AT_THE_LAST = re.compile(r"\b(?:comme (?:pour |a |lors de |durant )?|like (?:at |for |in |during )?|as (?:at |for |in |"
                             r"during )|same as (?:at |for )?)(?:la |the |l |our )?(?:last|previous|derniere|precedente)\b")


#: The agenda named as the source of a fact asked ("when was the previous SG17 meeting according to the agenda").
_AS_THE_AGENDA_SAYS = re.compile(r"\b(?:(?:mentioned|cited|named|listed|mentionnee?s?|citee?s?) )?(?:according to|as per|per|"
                                 r"from|in|selon|d apres|dans|a) (?:the |l |le )?(?:draft )?(?:agenda|ordre du jour)"
                                 r"\s*\??\s*$"
                                 r"|\b(?:whose|dont le) (?:report|rapport) (?:is|est) (?:on|in|a|dans) (?:the |l )?"
                                 r"(?:agenda|ordre du jour)\s*\??\s*$")  # "… de la CE17 mentionnée à l'ordre du jour ?",
# "the last SG17 meeting whose report is on the agenda?"


def _where_the_news_are(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"Where do I find the latest info about the meeting?": the study group home page, where the time plan is kept
    up to date; None for any other question."""
    if not _WHERE_THE_NEWS_ARE.search(q.folded) or not ctx.meeting.contacts.web:
        return None
    return text_answer(ctx.meeting, q.lang, say("fact.where_info.title", q.lang),
                       say("fact.where_info", q.lang, web=ctx.meeting.contacts.web))


#: Which ones asked ("what were the previous SG17 meetings whose reports …?", "quelles ont été les réunions …",
#: "which previous SG17 meetings will be reported on at this meeting?").
_WHICH_ONES = re.compile(r"^(?:what|which) (?:were|are|was|is) the\b|^(?:quelles|quels) (?:ont ete|sont|etaient)\b"
                         r"|^(?:what|which|quelles?|quels?) (?:previous|last|earlier|prior|precedentes?|dernieres?)\b"
                         r"|^(?:quelles?|quels?) reunions? (?:precedentes?|anterieures?)\b")


def _last_meeting(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The agenda item that reports on the study group's previous meeting, with its sub-items (which date it)."""
    if _BEFORE_THIS_ONE.search(q.folded):
        q = read_question("when was the last meeting?" if q.lang == "en" else "quand a eu lieu la dernière réunion ?",
                          q.lang, kb.corrector)  # "What happened before this one? …": the meetings before it
    if not _LAST_MEETING.search(q.folded) or _AS_AT_THE_LAST.search(q.folded) \
            or q.has(*agenda_intent.EXPLICIT) and not _AS_THE_AGENDA_SAYS.search(
            q.folded) or not (
            q.has(*vocabulary.WHEN_WORDS) or q.has("date", "dates", "held", "tenue", "took place", "a eu lieu")
            or _WHICH_ONES.search(q.folded)):
        return None  # "which item covers the last SG17 meeting?": the agenda's own answer; "le TD3000 c'est le
        # rapport de la dernière réunion ?", "combien de participants à la dernière réunion ?": not when it was
    found = agenda_intent.search(kb, stems(["last"], STOPWORDS))
    if not found or found[0].parsed.letter is not None:
        return None
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), say("ag.last_meeting", q.lang),
                       *agenda_intent.describe(ctx, found[0], q.lang))


def _last_meeting_claimed(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """A month said of the study group's previous meeting ("the last SG17 meeting was 17-26 april 2020 right?"),
    checked against the agenda entries that date the previous meetings (2 a, 2 b): "Yes" with the entry that month
    names, else "No" with each of them; None unless the question names a previous meeting and a month."""
    months = [vocabulary.MONTHS[index % 12] for index, month in enumerate(vocabulary.MONTHS)
              if re.search(rf"\b{month}\b", q.folded)] + [vocabulary.MONTHS[number - 1]
                                                            for number in claims.months_dated(q.folded)]  # "sept 2019"
    if not _LAST_MEETING.search(q.folded) or not months or q.has(*agenda_intent.EXPLICIT) \
            or clauses.opens_with_a_wh_word(q.folded) or q.has("combien", "how many", "how much"):
        return None  # "combien de participants à la dernière réunion de mars ?" claims no month
    dated = [(entry, month) for entry in ctx.agenda.entries for month in vocabulary.MONTHS[:12]
             if entry.parsed.letter and re.search(rf"\b{month}\b", fold(entry.title))]
    if not dated:
        return None
    lines = [say("ag.entry", q.lang, label=agenda_intent.label(entry), title=entry.title_in(q.lang))
             for entry, _ in dated]
    days = set(re.findall(r"\b([0-3]?\d)\b", re.sub(r"\b(?:19|20)\d\d\b", " ", q.folded)))  # "the 17-26 May one":
    # its days too, not the month alone
    years = set(re.findall(r"\b((?:19|20)\d\d)\b", q.folded))  # "c'était en mars 2019 ?": the year too
    named = [line for line, (entry, month) in zip(lines, dated) if month in months
             and days <= set(re.findall(r"\b([0-3]?\d)\b", fold(entry.title)))
             and years <= set(re.findall(r"\b((?:19|20)\d\d)\b", entry.title))]
    if named:
        return text_answer(ctx.meeting, q.lang, say("pr.confirm", q.lang), say("pr.yes", q.lang, text=named[0]))
    return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang), say("ag.last_meeting.no", q.lang), *lines)


#: What the letter is about, asked ("c'est quoi l'objet de la lettre ?", "what is the letter about?", "the subject of
#: the collective letter?").
_LETTER_SUBJECT = re.compile(r"\b(?:objet|sujet|subject|purpose|but)\s+(?:de\s+(?:la|cette)|of\s+(?:the|this)|du)\s+"
                             r"(?:\w+\s+){0,2}?(?:lettre|letter|circulaire|circular)\b|\b(?:letter|lettre)\s+(?:\w+\s+){0,2}?"
                             r"(?:is about|about|porte sur|concerne|parle de)\s*(?:quoi|what)?\s*\??\s*$|\bwhat (?:is|s) "
                             r"(?:the|this) (?:\w+ ){0,2}?letter about\b")


#: What the study group is or works on asked ("whats sg17 even about", "what does SG17 do?", "c'est quoi la CE17 ?",
#: "la CE 17 s'occupe de quoi ?").
_WHAT_THE_GROUP_IS = re.compile(r"^(?:(?:and|so|ok|et|alors|mais)\s+)?(?:(?:what s|whats|what is|what does|wat s|wats)\s+"
                                r"(?:the\s+)?(?:sg ?17|study group 17|itu t sg ?17)\s+(?:even\s+|actually\s+|really\s+)?"
                                r"(?:about|do|doing|work on|deal with|cover|for)?|(?:c est quoi|c quoi|qu est ce que)\s+"
                                r"(?:la\s+)?(?:ce ?17|commission d etudes 17|sg ?17)|que fait la (?:ce ?17|sg ?17)|"
                                r"(?:la\s+)?(?:ce ?17|sg ?17)\s+(?:s occupe|travaille|parle) (?:de quoi|sur quoi)|"
                                r"(?:la\s+)?(?:ce ?17|sg ?17)\s+(?:c est|c|cest)\s+(?:sur|de) quoi|"
                                r"(?:la\s+|the\s+)?(?:ce ?17|sg ?17|study group 17|commission d etudes 17)\s+(?:c est|c|cest|"
                                r"what s|whats|what is)\s+(?:quoi\s+)?(?:le|la|son|sa|its|the)\s+(?:sujet|theme|domaine|"
                                r"topic|subject|field|area)|(?:c est quoi|c quoi|quel est|what s|whats|what is)\s+(?:le|la|"
                                r"the)\s+(?:sujet|theme|domaine|topic|subject|field|area)\s+(?:de la|of|de)\s+(?:the\s+)?"
                                r"(?:ce ?17|sg ?17|study group 17|commission d etudes 17))(?:,?\s+(?:deja|again|exactly|"
                                r"exactement|anyway|anyways|au juste|donc))?(?:\s+(?:lol|haha|btw|pls|please|svp|stp))?\s*[?!.]*$")
#: What a study group is, in general ("wat is a study group actualy", "c'est quoi une commission d'études ?").
_WHAT_A_STUDY_GROUP_IS = re.compile(r"^(?:(?:and|so|ok|et|alors|mais)\s+)?(?:what s|whats|what is|wat s|wats|wat is|c est "
                                    r"quoi|c quoi|qu est ce qu|qu est ce que c est)\s+(?:a|an|une|un)\s+(?:study group|"
                                    r"commission d etudes?)\b(?:\s+(?:actually|actualy|exactly|even|really|deja|"
                                    r"exactement|in itu|a l uit))?\s*[?!.]*$")


def _what_the_group_is(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The meeting and the study group's field, when what the group is or does is asked; None otherwise."""
    general = _WHAT_A_STUDY_GROUP_IS.match(q.folded)
    if not _WHAT_THE_GROUP_IS.match(q.folded) and not general:
        return None
    title = kb.find("fact", "title")
    if title is None:
        return None
    reply = _entry_reply(ctx, q, title)
    return _with_line(reply, say("oos.study_group", q.lang, email=ctx.meeting.contacts.email)) if general else reply
    # "what is a study group actually?": the letter's own group and field, and that it defines no study group


def _letter_subject(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """What the letter is about: the meeting it invites to, with its dates; None unless asked."""
    if not _LETTER_SUBJECT.search(q.folded):
        return None
    m = ctx.meeting
    return text_answer(m, q.lang, say("fact.reference.title", q.lang), facts.dates_line(m, q.lang))


def _off_topic(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"The meeting information does not say" for a topic no meeting information covers; None otherwise."""
    off = OFF_TOPIC.search(q.folded) or premises.names_a_countrys_head(q)  # "who is the president of France?"
    return out_of_scope(ctx.meeting, q.lang) if off else None


def _connection_costs(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"L'UIT rembourse les frais de connexion internet ou de téléphone satellite ?": the letter does not say (not the
    secretariat's phone number), and no fellowships are granted; None unless connection costs are asked to be paid."""
    if not _COSTS_REIMBURSED.search(q.folded) or not _CONNECTION_COSTS.search(q.folded) \
            or q.has("fellowship", "fellowships", "bourse", "bourses", "visa", "visas", "flight", "vol", "travel", "voyage"):
        return None
    said = out_of_scope(ctx.meeting, q.lang)
    fellowships = ctx.meeting.practical_topic("fellowships")
    if fellowships is None:
        return said
    return _with_line(said, fellowships.text_fr if q.lang == "fr" and fellowships.text_fr else fellowships.text)


#: Costs asked to be paid back ("does ITU reimburse …?", "l'UIT rembourse …", "prend en charge les frais").
_COSTS_REIMBURSED = re.compile(r"\b(?:reimburs\w*|rembours\w*|refund\w*|dedommag\w*|pay (?:back|for) (?:my|our|the) "
                               r"|prend(?:s|re)? en charge (?:les|mes|nos) (?:frais|couts)|compensat\w*\s+(?:\w+\s+){0,3}"
                               r"(?:costs?|bills?|fees?|frais|couts))")  # not "compensation for time lost"
#: What connecting costs ("internet", "data", "phone", "satellite", "connexion").
_CONNECTION_COSTS = re.compile(r"\b(?:internet|data|phone|telephone|satellite|bandwidth|connection|connexion|wifi|"
                               r"mobile|electricity|electricite)\b")


def _acronym_of_an_item(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"item 2c says AAP what is that": what the meeting information says the acronym in that item's title means, as if
    asked alone ("what does AAP mean?"); None when the question asks no meaning or nothing is found."""
    acronyms = agenda_intent.acronyms_asked_of(ctx, q, agenda_intent.find_ref(q, len(ctx.agenda.items())))
    if not acronyms:
        return None
    asked = read_question(say("q.what_means", q.lang, word=acronyms[0]), q.lang, kb.corrector)
    found = retrieve(ctx, asked, kb)
    return found if found is not None and found.ok else None


def _acronym_in_agenda(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"What does GSC stand for?": the agenda entry whose title spells the acronym out ("Global Standards
    Collaboration (GSC)"); None when no title does, or the question asks something else."""
    acronym = _acronym_asked(q.raw, alone=True)
    if not acronym.isupper():
        return None
    spelled = [entry for entry in ctx.agenda.entries if f"({acronym})" in entry.title]
    if len(spelled) != 1:
        return None
    return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), *agenda_intent.describe(ctx, spelled[0], q.lang))


#: The structured intents, tried in this order before retrieval.
#: What was missed asked ("what did I miss?", "what have I missed so far", "qu'est-ce que j'ai raté ?").
_MISSED_SO_FAR = re.compile(r"\bwhat (?:did|have|has) (?:i|we) (?:just )?(?:miss|missed)\b|\bwhat (?:i|we) (?:ve |have )?missed\b"
                            r"|\bwhat (?:has )?happened so far\b|\bqu est ce que (?:j ai|on a) (?:rate|manque)\b|"
                            r"\b(?:j ai|on a) (?:rate|manque) quoi\b|\bce que (?:j ai|on a) (?:rate|manque)\b|"
                            r"\bce qui s est passe\b")


def _future_meetings_dated(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"Which dates are foreseen for the next SG17 meeting, under item 7?": the agenda item on future meetings
    named, and their dates asked: the letter gives none (the item is on the agenda); None otherwise."""
    if not q.has(*agenda_intent.EXPLICIT, "point") or not (q.has(*NEXT_MEETING) or _FUTURE_MEETINGS.search(q.folded)) \
            or not (q.has(*vocabulary.WHEN_WORDS) or q.has("dates", "date", "foreseen", "prevues", "planned")):
        return None
    future = agenda_intent.search(kb, stems(["future"]))
    if not future or not re.search(rf"\b{re.escape(future[0].ref.lower())}\b", q.folded):
        return None
    item = say("oos.later_item", q.lang, ref=future[0].ref, title=future[0].title_in(q.lang))
    return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),
                       say("oos.after_this", q.lang, item=item, email=ctx.meeting.contacts.email))


#: Whether it is too late to join the meeting asked ("is it too late to join the meeting now?", "c'est trop tard pour
#: rejoindre la réunion ?").
_TOO_LATE_TO_JOIN = re.compile(r"\b(?:too late to|trop tard pour)\s+(?:join|attend|participate|connect|rejoindre|participer|"
                               r"assister|se connecter)\b")


def _too_late_to_join(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"Is it too late to join the meeting now?" while it runs: where it stands (it goes on until its last day), and
    that only delegates whose registration is confirmed get into the remote tool; None otherwise."""
    m = ctx.meeting
    if not _TOO_LATE_TO_JOIN.search(q.folded) or not m.opens_at <= ctx.now < m.closes_at:
        return None
    status = countdown.answer(ctx, read_question("is the meeting in progress?" if q.lang == "en"
                                                 else "la réunion est-elle en cours ?", q.lang, kb.corrector), kb)
    shown = channel_claims.meeting_sentence(ctx, q.lang, ("confirmed", m.remote_tool), ("confirm", m.remote_tool)) \
        if m.remote_tool else None
    if status is None:
        return None
    return _with_line(status, shown) if shown else status


def _missed_so_far(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"I'm joining late, what did I miss?": where the meeting stands, and where to catch up (the letter cannot say
    what was discussed); None when not asked, or before the meeting opens (nothing was missed yet)."""
    if not _MISSED_SO_FAR.search(q.folded) or ctx.now < ctx.meeting.opens_at:
        return None
    status = countdown.answer(ctx, read_question("is the meeting in progress?" if q.lang == "en"
                                                 else "la réunion est-elle en cours ?", q.lang, kb.corrector), kb)
    line = say("oos.missed", q.lang, email=ctx.meeting.contacts.email)
    if status is None:
        return text_answer(ctx.meeting, q.lang, say("cd.title", q.lang), line)
    return _with_line(status, line)


INTENTS: tuple[Intent, ...] = (_off_topic, _which_group_handles, agenda_where.answer, _connection_costs, not_in_letter.answer, _recap_checked, _who_leads_a_group, _what_the_group_is, _letter_subject, _acronym_of_an_item, _acronym_in_agenda, _last_meeting_claimed, _last_meeting, commands_intent.answer, live_intent.answer, time_intent.convert_clock, time_intent.offset_asked, time_intent.session_length,
                               other_meetings.answer, other_meetings.which_sector, _too_late_to_join, _missed_so_far, eligibility.answer, agenda_intent.dates_of_an_earlier_meeting, agenda_intent.how_many_listed, agenda_intent.report_of_a_month, day_intent.answer, premises.answer, status_claims.answer, channel_claims.answer, channel_claims.unconfirmed_access, channel_claims.ties_for_the_tool, channel_claims.remote_only_watching, _which_group_to_join, _one_group_work, time_intent.who_attends_a_session, _country, _denied, _whom_to_contact,
                               _where_the_news_are, rules_list.answer, overview.answer, first_steps.answer, item_timing.answer, agenda_intent.e_plenary, agenda_intent.agenda_note, _future_meetings_dated, agenda_intent.answer,
                               key_dates.answer, deadline_intent.answer, countdown.answer, time_intent.moving_asked, time_intent.answer)


def _answer(ctx: Context, q: Question, kb: Knowledge, whole: bool = True) -> tuple[Reply, bool]:
    """The reply, and whether a structured intent gave it (rather than retrieval or "does not say"); ``whole``
    when ``q`` is the whole message, not one of its clauses."""
    for intent in INTENTS:
        reply = intent(ctx, q, kb)
        if reply is not None:
            return reply, True
    found = retrieve(ctx, q, kb)
    if found is not None:
        return found, False
    for clause in clauses.asking_clauses(q.raw):  # "fellowship avail? ministry has no budget this yr"
        asked = read_question(clause, q.lang, kb.corrector)
        if clause.strip() != q.raw.strip() and _JUDGEMENT_ONLY.match(asked.folded):
            continue  # "… certaines options du formulaire ne lui sont pas proposées … Est-ce normal ?": of the words
            # before it, not of anything alone
        reply, by_intent = _answer(ctx, asked, kb, whole=False)
        if reply.ok:
            return reply, by_intent
    query = stems(_topic_tokens(q, kb), STOPWORDS) if whole and not q.has(*vocabulary.MANNER) else []  # "how do
    # I recover my password?" asks a way the letter does not give
    named = _known_words_name(kb, query, q.has(*vocabulary.WHEN_WORDS)) if query else None
    if named is not None and named.kind == "deadline" and q.has(*vocabulary.WHETHER_NEEDED) \
            and not q.has(*vocabulary.WHEN_WORDS):  # "l'inscription est obligatoire même pour suivre seulement ?"
        practical = kb.find("practical", named.key)
        if practical is not None:  # whether it is needed at all: the topic's own text says, whatever else is asked
            return _with_unknown_words(ctx, q, kb, query, _entry_reply(ctx, q, practical)), False
    if named is not None:  # last: what the known words clearly name, and that the others are not answered
        plain = _entry_reply(ctx, q, named)
        told = _with_unknown_words(ctx, q, kb, query, plain)
        left = {term for term in query if term not in kb.ranker.idf and term.isalpha() and len(term) > 2}
        if told is not plain or left and (left <= _NO_TOPIC_STEMS or not any(
                named_as_a_thing(q, term) for term in left - _NO_TOPIC_STEMS)):  # never without saying what is left
            return told, False  # unanswered, unless all that is left is words of the asking ("can I skip him in the
            # queue?") or words said of a thing, naming none ("les docs sont en libre accès pour tout le monde ?")
    return out_of_scope(ctx.meeting, q.lang), False


def _deadlines_listed_cover(whole: Reply, parts: list[Reply], lang: str) -> bool:
    """Whether the whole message was answered with a list of deadlines that names each deadline its parts answer."""
    if whole.title != say("dl.list.title", lang) or not whole.ok:
        return False
    prefix = say("dl.title", lang, what="")
    listed = " ".join(text for section in whole.sections for line in section.lines for text in line
                      if isinstance(text, str))
    lines = {line for section in whole.sections for line in section.lines}
    return all(part.title.startswith(prefix) and part.title[len(prefix):] in listed
               or part.title == whole.title and {line for section in part.sections for line in section.lines} <= lines
               for part in parts)


#: A question that only judges what the words before it say ("Est-ce normal ?", "is that a bug?").
_JUDGEMENT_ONLY = re.compile(r"^(?:est ce|is (?:it|this|that)|c est|ce n est pas|isn t (?:it|this|that))\s+(?:normal|"
                             r"grave|un bug|a bug|expected|ok|okay|logique|voulu|a problem|un probleme)\s*[?!.]*$")


#: A follow-up that only names another topic after its opener ("et pour l'ordre du jour ?", "and for the rules?").
_AND_FOR_A_TOPIC = re.compile(r"^(?:and|et)\s+(?:for|pour|about|sur)?\s*(?P<topic>(?:the |l |la |le |les )?[a-z][a-z ]{2,40}?)\s*[?!.]*$")


def _command_for_the_topic(ctx: Context, q: Question, kb: Knowledge,
                           previous: conversation.Previous) -> tuple[Reply, AgendaRef | None, str] | None:
    """"and for the agenda?" after "which command shows the deadlines?": the command for that topic; None unless the
    question before asked for a command and this one only names a topic."""
    topic = _AND_FOR_A_TOPIC.match(q.folded)
    if topic is None or previous.text.lstrip().startswith("/"):
        return None
    before = read_question(previous.text, q.lang, kb.corrector)
    if commands_intent.answer(ctx, before, kb) is None:
        return None
    asked = say("cmd.which_for", q.lang, topic=topic["topic"].strip())
    reply = commands_intent.answer(ctx, read_question(asked, q.lang, kb.corrector), kb)
    return (reply, None, asked) if reply is not None and reply.ok else None


def _follow_up(ctx: Context, q: Question, kb: Knowledge, previous: conversation.Previous, alone: Reply,
               by_intent: bool, ref: AgendaRef | None, within: bool) -> tuple[Reply, AgendaRef | None, str]:
    """The follow-up's reply, the agenda reference it answered and the question as it was read: a
    sub-item letter after an item, else the merged reading when it answers and the question opens as a
    follow-up or could not be answered alone."""
    if ref is not None and by_intent:
        return alone, ref, q.raw  # "and 3i?": a reference of its own is a whole question
    if by_intent and not alone.ok and not alone.choices and alone.title == say("oos.title", q.lang) \
            and not_in_letter.answer(ctx, q, kb) is not None:
        return alone, ref, q.raw  # "what about live captions then" after interpretation: a topic the letter does not
        # cover, asked of its own, never the previous answer again
    if alone.title == say("oos.title", q.lang) and not alone.choices and followup.names_a_topic(q) \
            and _said_in(alone) != say("oos.text", q.lang, email=ctx.meeting.contacts.email):
        return alone, ref, q.raw  # "so when's the next sg17 mtg after this one?" after "item 7?": what the letter
        # does not give, said of the question itself, never the item asked before again
    if by_intent and alone.ok and not alone.choices and _claims_then_asks_to_confirm(q, kb) and _gives_a_verdict(alone):
        return alone, ref, q.raw  # "Contributions are submitted by e-mail. Is that right?": the claim said in this
        # message is what "that" points at, checked alone, never merged with the previous question's topic
    future = agenda_intent.search(kb, stems(["future"]))
    if future and previous.ref is not None and str(previous.ref) == future[0].ref and _THE_NEXT_ONE.search(q.folded):
        item = say("oos.later_item", q.lang, ref=future[0].ref, title=future[0].title_in(q.lang))  # "and when is the
        return text_answer(ctx.meeting, q.lang, say("oos.title", q.lang),  # next one then?" after item 7, on
                           say("oos.after_this", q.lang, item=item, email=ctx.meeting.contacts.email)), \
            previous.ref, q.raw  # future meetings: the next meeting, which the letter does not date
    command_for = _command_for_the_topic(ctx, q, kb, previous)
    if command_for is not None:  # "c quoi la commande pour voir les échéances ?" then "et pour l'ordre du jour ?"
        return command_for
    after_command = previous.text.lstrip().startswith("/")
    if after_command:  # "/agenda 2" then "which correspondence groups?": what the command
        # showed, asked in words (never the command's own help)
        previous = replace(previous, text=_command_as_words(previous.text))
    the_one = _the_one_named(q, kb, [previous.text, q.raw], 1)  # "Et celle des contributions ?" after the
    # registration deadline: the contributions' deadline
    if the_one is not None:
        reply = _answer(ctx, the_one, kb)[0]
        if reply.ok and not reply.choices:
            return reply, agenda_intent.find_ref(the_one, len(ctx.agenda.items())) or ref, the_one.raw
    step = followup.beside(q, previous)
    asked_before = ctx.agenda.get(previous.ref) if step and previous.ref is not None else None
    chosen = agenda_intent.beside(ctx, asked_before, step) if asked_before is not None else None
    if chosen is not None:  # "and the one before?" after 3 g: 3 f; "et le suivant ?" after 6 l: 6 m
        return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang),
                           *agenda_intent.describe(ctx, chosen, q.lang)), chosen.parsed, f"item {chosen.ref}"
    listed = [entry for entry in map(ctx.agenda.get, followup.letters_of(q, previous)) if entry is not None]
    if len(listed) >= 2:  # "and d and e?" after item 6: 6 d and 6 e
        return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang), *[
            line for entry in listed for line in agenda_intent.describe(ctx, entry, q.lang)[:1]]), listed[-1].parsed, \
            " ".join(f"item {entry.ref}" for entry in listed)
    letter = followup.letter_of(q, previous)
    if letter is not None:
        entry = ctx.agenda.get(letter)
        if entry is not None:
            return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang),
                               *agenda_intent.describe(ctx, entry, q.lang)), letter, f"item {letter}"
    child = _the_sub_item_named(ctx, q, kb, previous) if within else None
    if child is not None:  # "and which one is about correspondence groups?" after /agenda 6: 6 p, not 2 f
        return text_answer(ctx.meeting, q.lang, say("ag.title", q.lang),
                           *agenda_intent.describe(ctx, child, q.lang)), child.parsed, f"item {child.ref}"
    if len(q.tokens) >= LONG_ENOUGH and (alone.ok or (followup.names_a_topic(q)
                                                      and not followup.opens_as_follow_up(q))) \
            and not _THAT_DAY.search(q.folded):  # (not "et pour moi, à Podor, ça fait quelle heure la fin de ce
        # jour-là ?" after the registration deadline: that day is the deadline's)
        return alone, ref, q.raw  # "et si mon inscription n'est pas confirmée, …?": a whole question of its own,
        # answered or not; never read as about the previous question's topic
    if alone.ok and not alone.choices and not by_intent and followup.names_a_topic(q) and len(q.tokens) <= 6 \
            and _answer(ctx, read_question(previous.text, q.lang, kb.corrector), kb)[0].title == alone.title:
        return alone, ref, q.raw  # "et je m'inscris où ?" after "l'inscription est obligatoire ? je suis étudiant à
        # l'université", answered with registration: the same topic asked again, read alone (not with the context
        # the first message gave, which the two read together would answer instead)
    if alone.ok and not alone.choices and _an_agenda_title_naming(ctx, alone.title, q) \
            and (previous.ref is not None or read_question(previous.text, q.lang).has(*agenda_intent.EXPLICIT)):
        return alone, ref, q.raw  # "And the e-plenary?" after the March meeting's report: 2 b, whose title says it
    if previous.ref is not None and alone.ok and by_intent and alone.title == say("tm.title", q.lang) \
            and q.has(*vocabulary.START) and not q.has("item", "point", "sub item", "sous point", "discussed", "discute") \
            and followup.changes_place(q, kb.ranker.idf):
        return alone, ref, q.raw  # "kel heure ca commence a lima" after sub-item 4 h: the meeting's start there (an
        # item has no start of its own in the letter)
    if previous.ref is not None and followup.only_a_place(q, kb.ranker.idf) \
            and followup.changes_place(q, kb.ranker.idf) and not _A_NAME_ASKED.search(q.folded) \
            and not q.has("who", "qui", "whom"):  # "and in New York?" after /agenda 3h (not "who's in it"):
        at_a_place = _answer(ctx, read_question(f"when is item {previous.ref} discussed {followup.without_opener(q)}",
                                                "en" if q.lang == "en" else q.lang, kb.corrector), kb)[0]  # when it is
        if at_a_place.ok and not at_a_place.choices:  # taken up there: the letter gives no item's time
            return at_a_place, ref, q.raw
    session_before = followup.only_a_place(q, kb.ranker.idf) and time_intent.named_session(
        ctx.meeting, read_question(previous.text, q.lang, kb.corrector)) is not None  # "when's the mgmt meeting?"
    # then "what time in São Paulo?": that session there, not the opening
    if _ONLY_FOR_ME.match(fold(q.raw)) and ctx.asker.zone is not None:  # "et pour moi ?" after "… à Genève le
        mine = _without_places(previous.text)  # premier jour ?": the previous question, where the asker is
        reply, _ = _answer(ctx, read_question(f"{mine.rstrip(' ?!.')} {say('tm.for_me', q.lang)} ?", q.lang,
                                              kb.corrector), kb)
        if reply.ok and not reply.choices:
            return reply, ref, mine
    asks_only = bool(_ASKING_ALONE.match(q.folded))  # "when?", "what time?" after "contributions?"
    if _WOULD_THAT_BE.match(q.folded) and _WHEN_ASKED.search(q.folded):  # "and when would that be?"
        said_before = _answer(ctx, read_question(previous.text, q.lang, kb.corrector), kb)[0]  # after the induction
        undated = _no_date_given(ctx, q, kb, said_before)  # sessions: the letter gives no date for them, said of
        if undated is not said_before:  # what was answered before, not of whatever the words merged may find
            return undated, ref, previous.text
    if alone.ok and by_intent and clocks_in(q.raw) and alone.title == say("tm.convert.title", q.lang):
        return alone, ref, q.raw  # "16:00 Geneva time, what time is that in Lima?": its own clock and place
    before_read = read_question(previous.text, q.lang, kb.corrector)
    if alone.ok and by_intent and _END_ASKED_ANEW.match(q.folded) and not before_read.has(*vocabulary.END) \
            and not deadline_intent.deadlines_named(before_read, kb):  # (not "et ça finit à quelle heure chez moi ?"
        # after a deadline: the deadline's end)
        return alone, ref, q.raw  # "et elle se termine quand ?" after the days before the start: the end, asked
    if alone.ok and alone.title == say("dl.list.title", q.lang) and not deadline_intent.deadlines_named(q, kb):
        of_it = deadline_intent.answer(ctx, read_question(followup.merged(q, previous), q.lang, kb.corrector), kb)
        if of_it is not None and of_it.ok and of_it.title != alone.title:  # "deadline?", "is there a deadline for
            return of_it, ref, q.raw  # it?" after "how do I submit a TD?": the TD's (none), not every deadline
    if alone.ok and not (followup.opens_as_follow_up(q) or (followup.points_back(q) and (not by_intent or after_command))
                         or q.has(*followup.POINTS_AT_WHAT_WAS_SAID) or within or session_before or asks_only
                         or _OF_THE_ONE_BEFORE.match(q.folded) and not by_intent
                         or followup.claims_a_day_where_one_is(q) and not followup.names_a_topic(q)
                         or len(q.tokens) <= 3 and followup.changes_place(q, kb.ranker.idf)
                         or _STILL_POSSIBLE.match(q.folded) is not None
                         or bool(set(q.tokens) & {"il", "elle", "he", "she", "his", "her", "son", "sa"})
                         and len(q.tokens) <= 6 and _A_NAME_ASKED.search(q.folded) is not None):
        # "et il s'appelle comment ?" after "qui a signé la lettre ?": the signer's name; "in utc?" after the
        # opening asked: the opening there; "cest ouvert a
        # tout le monde ?" after the management meeting: of that meeting; "attends c le dimanche soir pour nous alors ?"
        # after the opening's time: the opening's day there
        return alone, ref, q.raw  # "is it over?" stands on its own; "names of the groups under it?" does not
    if alone.ok and not alone.choices and q.has(*deadline_intent.ASKS_A_DATE) and deadline_intent.deadlines_named(q, kb):
        return alone, ref, q.raw  # "et pour les contributions, c koi la date limite" after a TD question: that
        # deadline, named and asked, whatever the previous question's topic
    lang = q.lang if decisive(q.raw) else read(ctx, previous.text, kb).lang  # "et un projet de TD ?"
    moved = followup.changes_place(q, kb.ranker.idf)  # "what's that in Delhi?": the previous question, in Delhi
    readings = [followup.with_topic_replaced(q, previous, moved), followup.merged(q, previous, moved)]
    before = read_question(previous.text, lang, kb.corrector)
    if not followup.names_a_topic(q) or q.has(*vocabulary.MANNER) or before.has(*vocabulary.MANNER) \
            or followup.points_back(q) or q.has(*followup.ASKS_WHICH_ITEM) or moved or within or session_before:  # "elle est
        # ouverte à tous ?": "elle" is the
        # previous question's topic; "what's that in Delhi?": the previous question, in Delhi
        readings.reverse()  # "how do I do it?": the previous question's topic, asked anew; "how do I submit
        # contributions?" then "and TDs?": the whole previous question, with the new topic beside its own
    own_topic = followup.names_a_topic(q) and not (followup.opens_as_follow_up(q) or followup.points_back(q)
                                                   or q.has(*followup.POINTS_AT_WHAT_WAS_SAID) or moved or within
                                                   or session_before or asks_only)
    said_before = _answer(ctx, before, kb)[0] if own_topic or (alone.ok and not alone.choices
                                                               and followup.names_a_topic(q)) else None
    elsewhere = not own_topic and said_before is not None and alone.title != said_before.title \
        and not followup.points_back(q) and not q.has(*followup.POINTS_AT_WHAT_WAS_SAID) \
        and not _POINTS_AT_THE_LAST.search(q.text)  # "and the ones without translation?"; "et les docs c
    # où ?" after the interpretation: answered alone on another topic, never the interpretation's answer again
    converted_before = asks_only and alone.ok and _ASKS_HOW_LONG.match(q.folded) is not None \
        and time_intent.asks_a_conversion(before)  # "combien de jours reste-t-il ?" after "11h Genève, ça fait
    # quelle heure à Dakar ?": a clock converted has no days left; how long until the meeting, asked alone
    for text in readings:
        merged = read_question(text, lang, kb.corrector)
        reply, _ = _answer(ctx, merged, kb)
        if converted_before and reply.title == say("tm.convert.title", q.lang):
            continue
        if reply.ok and not reply.choices and not (own_topic and reply == said_before
                                                   and not (not alone.ok and _speaks_of(reply, q))) \
                and not (elsewhere and not _speaks_of(reply, q)):  # "Is registration free?" after a question
            # on the chairman: never the chairman again, as if the new question's own topic were not there
            return reply, agenda_intent.find_ref(merged, len(ctx.agenda.items())) or ref, text
    return alone, ref, q.raw


#: A sentence that only asks to confirm what was just said ("Is that right?", "c'est bien ça ?", "correct?").
_CONFIRM_ONLY = re.compile(r"^(?:(?:is|was) (?:that|this|it) (?:right|correct|true|so)|(?:am i )?(?:right|correct)|"
                           r"c est (?:bien )?(?:ca|exact|vrai|juste)|(?:est ce|c est) (?:bien )?correct|n est ce pas|"
                           r"(?:est ce|c est) (?:que c est )?(?:bien )?(?:ca|vrai|exact|juste)|vrai|exact|non|true)"
                           r"(?: (?:then|alors|donc))?$")


def _gives_a_verdict(reply: Reply) -> bool:
    """Whether the reply opens with a verdict ("Yes: …", "Non : …"): the claim it was asked was checked."""
    first = next((part for section in reply.sections for line in section.lines for part in line
                  if isinstance(part, str)), "")
    return bool(_VERDICT.match(first))


def _claims_then_asks_to_confirm(q: Question, kb: Knowledge) -> bool:
    """Whether the message states something of its own, then asks only whether it is right ("Contributions are
    submitted by e-mail. Is that right?"), its statement naming a topic and pointing at nothing said before."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", q.raw.strip()) if s.strip(" .!?")]
    if len(sentences) < 2 or not _CONFIRM_ONLY.match(fold(sentences[-1]).strip(" ?!.")):
        return False
    said = read_question(" ".join(sentences[:-1]), q.lang, kb.corrector)
    own = set(stems(said.corrected, STOPWORDS)) - _CLAIM_ONLY_STEMS - set(calendar_words())
    return len(said.tokens) >= 3 and followup.names_a_topic(said) and not followup.points_back(said) \
        and not _POINTS_AT_THE_LAST.search(said.text) \
        and any(not term.isdigit() for term in own)  # not "The deadline is 24 July. Is that right?" after the
    # contributions deadline: "the deadline" is the one asked before, only its date is said


#: Words a claim says of what was asked before without naming a topic of its own ("the deadline is …", "it starts …").
_CLAIM_ONLY_STEMS = frozenset(stems("deadline deadlines date dates day echeance limite start starts begin opens end ends "
                                    "closes close due time heure".split(), languages=False))


#: Words that stand for what the previous question named ("and the ones without translation?", "et c'est ouvert à
#: tout le monde ?"), not "c'est" before what is asked of a new topic ("et les docs c'est où ?").
_POINTS_AT_THE_LAST = re.compile(r"\b(?:ones|those|them|ceux|celles|it|its|it s|ca|cela|c est)\b"
                                 r"(?! (?:ou|quand|quoi|combien|qui|where|when|what|how)\b)")


def _speaks_of(reply: Reply, q: Question) -> bool:
    """Whether the reply names one of the things the question names ("et les docs c où ?": documents)."""
    named = set(stems(q.corrected, STOPWORDS)) - _names_no_topic()
    return bool(named & set(stems(words(fold(f"{reply.title} {_said_in(reply)}")), STOPWORDS)))


@lru_cache(maxsize=1)
def _names_no_topic() -> frozenset[str]:
    """Stems a follow-up says without naming a topic by them: joining words and the calendar's ("jour": "l'ordre du
    jour" is not "mis à jour")."""
    return frozenset(stems(["and", "et", "also", "aussi", "what", "about", "jour", "day", *calendar_words()],
                           languages=False))


#: An agenda entry as an answer shows it, at the start of a line ("6 k) Liaison statements").
_ENTRY_SHOWN = re.compile(r"(?m)^(\d{1,2}) ([a-z])\) ")


def _one_entry_shown(ctx: Context, reply: Reply) -> AgendaRef | None:
    """The one agenda sub-item an agenda answer shows, or None (none or several)."""
    if reply.title not in (say("ag.title", "en"), say("ag.title", "fr")):
        return None
    shown = {(int(number), letter) for section in reply.sections for line in section.lines for part in line
             if isinstance(part, str) for number, letter in _ENTRY_SHOWN.findall(part)}
    if len(shown) != 1:
        return None
    ref = AgendaRef(*shown.pop())
    return ref if ctx.agenda.get(ref) is not None else None


def _said_in(reply: Reply) -> str:
    """The reply's lines as one text (their words, not their moments)."""
    return " ".join(part for section in reply.sections for line in section.lines for part in line
                    if isinstance(part, str))


#: A command that showed an agenda entry ("agenda 2", "agenda 3h" once its slash is dropped), read as words.
_COMMAND_AS_WORDS = re.compile(r"^(agenda|item)\s+(\d{1,2}\s?[a-z]?)\b")
#: A command that showed the meeting's times in a zone ("time Asia/Tokyo", "time Lima").
_TIME_COMMAND = re.compile(r"^time\s+(?:[A-Za-z]+/)?(\S+)\s*$")


def _command_as_words(text: str) -> str:
    """A command the asker typed before, as the question it answered ("/agenda 4" → "agenda item 4", "/time
    Asia/Tokyo" → "what time in Tokyo"), so that "which JCAs under f?" or "and Sydney?" reads against it."""
    text = text.lstrip().lstrip("/")
    zone = _TIME_COMMAND.match(text)
    if zone is not None:
        return f"what time in {zone[1].replace('_', ' ')}"
    return _COMMAND_AS_WORDS.sub(r"\1 item \2", text)


#: How long is asked ("how many days left?", "combien de jours reste-t-il ?", "how long to go?").
_ASKS_HOW_LONG = re.compile(r"^(?:and |et |so |alors )?(?:how many days?|how long|how much time|combien de jours|"
                            r"dans combien de jours|combien de temps|il (?:me |nous |vous )?reste combien)\b")
#: The meeting's end asked after another question on it ("et elle se termine quand ?", "and when does it end?").
_END_ASKED_ANEW = re.compile(r"^(?:and |et |so |alors )?(?:(?:elle|it|la reunion|the meeting) (?:se termine|finit|"
                             r"ends|finishes|closes)|(?:when|quand) (?:does|will|se termine|finit) (?:it|elle|the meeting|"
                             r"la reunion) ?(?:end|finish|close)?)\b")
#: A bare asking word, with nothing it asks about ("when?", "what time?", "quand ?"): of the previous question.
_ASKING_ALONE = re.compile(r"^(?:(?:ok|okay|ah|oh|hmm|d accord|ok so|ok and)\s+)?(?:and |et |so |alors )?(?:when|what time|at what time|which day|what day|what date|by when|"
                           r"until when|till when|what hour|quand|a quelle heure|quel jour|quelle date|jusqu a quand|"
                           r"jusqu a quel(?:le)? heure|until what time|till what time|by what time|"
                           r"pour quand|avant quand|how many days?(?: from now| left| away| to go| remaining| until then)?|"
                           r"how long(?: from now| until then| to go| left)?|how much time(?: is)?(?: left)?|"
                           r"combien de jours(?: reste t il| il reste| restent| encore)?|dans combien de jours|"
                           r"combien de temps(?: reste t il| il reste| encore)?|"
                           r"il (?:me |nous |vous )?reste combien(?: de jours| de temps)?(?: encore)?|"
                           r"combien de (?:jours|temps) (?:il )?(?:me |nous |vous )?reste(?: t il)?|"
                           r"how many days (?:do |have )?(?:i|we) (?:have|got)(?: left)?|"
                           r"how much time (?:do |have )?(?:i|we) (?:have|got)(?: left)?|"
                           r"(?:ce|ca|cela) (?:serait|sera|tombe|tomberait|tombera|aurait lieu|aura lieu) quand|"
                           r"(?:it |that |this |elle |ca )?(?:ends?|closes?|finishes|finit|se termine|ferme) (?:when|quand|"
                           r"at what time|a quelle heure)|"
                           r"c est (?:pour )?quand(?: ca)?)"
                           r"(?: (?:would|will|is|was|s) (?:that|it|this)(?: be| happen| take place)?)?"
                           r"(?: (?:chez moi|pour moi|chez nous|ici|for me|here|in my time|my time|local time|my clock|"
                           r"on my clock|mon heure))?"
                           r"(?: (?:then|alors|donc|du coup))?\s*[?!.]*$")  # "ok how many days left then?"; "il me reste
# combien de jours ?" after a deadline: that deadline's


#: Words, as written, of a question short enough to be about the previous item's own list ("which CGs are there?").
SHORT_FOLLOW_UP = 8


def _within_previous_item(ctx: Context, q: Question, kb: Knowledge, previous: conversation.Previous) -> bool:
    """Whether a short question only names what the previous question's agenda item lists ("which CGs?" after
    item 2 f, whose title names three correspondence groups): it asks about that item, not another."""
    if previous.ref is None or len(q.raw.split()) > SHORT_FOLLOW_UP:  # as written: "CGs" reads as two words
        return False
    entry = ctx.agenda.get(previous.ref)
    terms = set(stems(_topic_tokens(q, kb), STOPWORDS)) - ASKING_STEMS
    if entry is None or not terms:
        return False
    parent = ctx.agenda.parent(entry) if entry.parsed.letter is not None and all(len(t) >= 3 for t in terms) \
        else entry  # "and which one is about correspondence groups?" after 6 n: among item 6's sub-items (not "and
    # e?", a letter)
    under = ctx.agenda.children(parent) if parent is not None and parent.parsed.letter is None else []  # "which
    # CGs report?" after item 2
    return terms <= set().union(*(agenda_intent.own_stems(e) for e in [entry, *under]))


def _the_sub_item_named(ctx: Context, q: Question, kb: Knowledge, previous: conversation.Previous) -> AgendaEntry | None:
    """The one sub-item, of the item asked about before (or of the parent of the sub-item asked about), whose words
    hold every word the question names; None when none or several do."""
    entry = ctx.agenda.get(previous.ref) if previous.ref is not None else None
    parent = (ctx.agenda.parent(entry) if entry.parsed.letter is not None else entry) if entry is not None else None
    terms = {t for t in stems(_topic_tokens(q, kb), STOPWORDS) if len(t) >= 3} - ASKING_STEMS
    fits = [child for child in ctx.agenda.children(parent) if terms <= agenda_intent.own_stems(child)] \
        if parent is not None and terms else []
    return fits[0] if len(fits) == 1 else None


#: Stems of words that only ask ("which", "what"), left out when comparing a question with an item's words.
ASKING_STEMS = frozenset(stems(["which", "what", "who", "quel", "quels", "quelle", "quelles", "lesquels"], frozenset(),
                                  languages=False))


def choose(ctx: Context, number: int, offered: str) -> Reply:
    """A click on reading ``number`` of the readings marked ``offered`` (see :func:`bot.choice_mark.mark`): answered
    as the number typed by the same person, while those very readings are still on offer to them; else the
    polite "reply with a number only after a question I asked back" (someone else's button, a newer question,
    ten minutes gone), never the answer to a reading nobody chose."""
    previous = conversation.recall(ctx)
    if (previous is None or not MARK.fullmatch(offered) or not 1 <= number <= len(previous.choices)
            or mark(previous.choices) != offered):
        return ask_back.expired(ctx.meeting, ctx.asker.lang)
    return answer_question(ctx, str(number))
