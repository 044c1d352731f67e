"""Competing readings of one question: a deadline reading must explain the question's topic.

"What's the deadline for fellowship applications?" has deadline words, but its topic is
fellowships, for which the letter sets no deadline (no fellowships are granted at all). "If my
registration isn't confirmed, can I still get into MyMeetings?" names the registration deadline
and says "still", but asks about access to MyMeetings. Answering either with a date would be a
confident wrong answer. Here the words a deadline reading leaves unexplained are weighed; when
they carry a topic of their own that the meeting knows, that topic wins (with a note that no
deadline is set for it when none was named); when the meeting does not know them, the bot says
that the letter sets no deadline for that and gives the secretariat's address.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.context import Context
from bot.models import Deadline
from bot.questions import countdown
from bot.questions.knowledge import Entry, Knowledge
from bot.questions.messages import say
from bot.questions.claims import calendar_words
from bot.questions.clauses import asking_clauses, points_back
from bot.questions.normalize import Question, fold, read_question, stems, words
from bot.questions.replies import answer as make_answer
from bot.questions.retrieval import THRESHOLD, best
from bot.questions.vocabulary import COUNTDOWN, DEADLINE, END, HOUR, START, STILL, STOPWORDS, TIME, WHEN_WORDS
from bot.reply import Reply

#: Words that ask for a deadline as such (not merely "when").
STRONG_DEADLINE = ("deadline", "deadlines", "due", "cutoff", "delai", "delais", "echeance", "echeances", "date limite")

#: Who takes part: words that name no topic of their own.
PARTIES = frozenset("delegate delegates delegation delegations participant participants member members people "
                    "attendee attendees delegue delegues participants membres".split())

#: The meeting's time zone named as such ("midnight Geneva time") asks no topic of its own.
ZONE_NAMES = frozenset({"geneva", "geneve", "cet", "cest", "utc", "gmt"})

#: How much of the leftover words' weight another entry must cover to be the topic asked about.
TOPIC_COVERAGE = 0.6


@lru_cache(maxsize=1)
def _deadline_stems() -> frozenset[str]:
    phrases = [*DEADLINE, *WHEN_WORDS, *STILL, *HOUR, *TIME, *END, *START, *COUNTDOWN, "temps", "avant", "before", "by", "next", "prochain", "prochaine", "upcoming",
               "remaining", "restant", "restante", "restantes", "suivant", "suivante", "first", "premier",
               "premiere", "last", "dernier", "derniere", "current", "actuelle", "open", "opens", "close", "closes", "closed", "submit",
               "submission", "soumettre", "soumission", "application", "applications", "request", "requests",
               "demande", "demandes", "demander", "apply", "ahead", "left", "venir", "prochaines", "passed", "past", "expired", "missed", "including",
               "include", "list", "passees", "depassees", "letter", "lettre", "invitation", "key", "important", "collective",
               "all", "toutes", "tous", "perdu", "lost",
               "mandatory", "rule", "rules", "regle", "regles",
               "concerne", "concernent", "concern", "concerns", "concerning", "laquelle", "lequel", "lesquelles",
               "lesquels"]  # "how far ahead do I need to register, what's the rule?": the need, and the rule, are the
    # deadline's; "laquelle concerne les contributions à traduire ?" asks which deadline
    schedule = frozenset(stems(["timeplan"]))  # "horaire" asks a time but also names the time plan, a topic
    return frozenset(stems(w for p in phrases for w in p.split())) - schedule


def leftover(q: Question, named: list[Deadline]) -> list[str]:
    """The question's topic stems that neither deadline words nor the named deadlines explain."""
    own: set[str] = set(_deadline_stems())
    for deadline in named:
        text = " ".join(t or "" for t in (deadline.what, deadline.what_fr, deadline.id, deadline.how, deadline.how_fr))
        own |= set(stems(words(fold(text)), STOPWORDS))
        if "translation" in fold(text):
            own |= set(stems(list(_NEEDING), languages=False))  # "a contribution that requires translation": the
            # deadline's own kind, no visa "required"
            own |= set(stems(["language"])) | set(stems(["english"], languages=False))  # "translated into French and Arabic": the languages are the translation's
    dated = calendar_words() | PARTIES | {fold(meeting_zone) for meeting_zone in ZONE_NAMES}
    tokens = kept(q.corrected)
    return [s for t, s in zip(tokens, stems(tokens)) if s not in own and t not in dated
            and not any(ch.isdigit() for ch in t)]


#: Verbs that say a contribution needs translation, part of naming that deadline.
_NEEDING = ("require", "requires", "required", "requiring", "need", "needs", "needing", "necessite", "necessitent",
            "necessitant", "exige", "exigent", "exigeant", "requiert", "requierent")


def kept(tokens: tuple[str, ...]) -> list[str]:
    """The tokens retrieval keeps (not stopwords, not a group's name)."""
    return [t for t in tokens if stems([t], STOPWORDS)]


def other_topic(kb: Knowledge, rest: list[str], coverage: float = TOPIC_COVERAGE) -> Entry | None:
    """The non-deadline entry that the leftover words are about, if one clearly is."""
    known = [term for term in rest if term in kb.ranker.idf]  # "visa suisse": the visa is the topic
    if not known:
        return None
    allowed = {i for i, e in enumerate(kb.entries) if e.kind in ("fact", "practical", "rule", "faq")}
    found = best(kb.ranker.rank(known, limit=4, allowed=allowed), max(coverage, THRESHOLD))
    return kb.entries[found.index] if found else None


def unknown_topic(kb: Knowledge, rest: list[str]) -> bool:
    """Whether the leftover words hold a word the meeting never uses (a topic it knows nothing of)."""
    return any(term not in kb.ranker.idf for term in rest)


def _all_deadline_words(kb: Knowledge) -> set[str]:
    """Every stem of the deadlines' names, worked out once per meeting (not on every deadline question)."""
    found = kb.memo.get("all_deadline_words")
    if found is None:
        found = kb.memo["all_deadline_words"] = {
            s for d in kb.meeting.deadlines for s in stems(words(fold(f"{d.what} {d.what_fr or ''} {d.id}")), STOPWORDS)}
    return found  # type: ignore[return-value]


def _asking_part(q: Question, kb: Knowledge, named: list[Deadline]) -> Question:
    from bot.questions.deadline_intent import ACTIONS, deadlines_named  # the intent imports this module

    for clause in [*asking_clauses(q.raw, commas=False, pointing=True), *asking_clauses(q.raw, pointing=True)]:
        # "if not confirmed, can I …?" is one question; "… a new staff member who wants to join. Can he still
        # register?": the clause names the deadline itself, whoever "he" is; "my boss just told me to join sg17, can
        # I still register?": the comma clause that asks
        part = read_question(clause, q.lang, kb.corrector)
        if deadlines_named(part, kb) == named:  # "list the main deadlines, please? I must plan our meetings."
            return part
        if named and points_back(clause) and not deadlines_named(part, kb) \
                and set(stems(part.corrected, STOPWORDS)) & ACTIONS:  # "Notre contribution sera finalisée ce soir,
            return part  # après validation par notre hiérarchie. Est-il encore temps de la soumettre ?": "la" is the
            # deadline named before, to be done; the rest only tells why (not "what's holding it up?")
    return q


#: Sending something to the secretariat: a way of doing what is due, which the deadline's own topic answers.
SENT_TO_SECRETARIAT = ("send", "sending", "envoyer", "envoyant", "envoie", "by mail", "by email", "by e mail",
                       "par mail", "par courriel", "par e mail", "un mail", "an email", "an e mail", "email", "mail")


#: A capitalised name after "in", "à"…: perhaps a place ("in New Delhi", "à Lomé").
_NAME_AFTER_IN = re.compile(r"\b(?:in|at|for|a|à|au|en|pour)\s+[A-Z]")
#: A time asked in a place written in lower case ("what time is that in vancouver?").
_TIME_IN_A_PLACE = re.compile(r"\b(?:what time|which time|quelle heure)\b.*\b(?:in|a|au|en)\s+[a-z]{3,}")


def _place_stems(q: Question, kb: Knowledge) -> set[str]:
    """The stems of the places the question names ("in New Delhi": new, delhi); none without a capitalised name
    after "in" (the city table is loaded only then)."""
    if not _NAME_AFTER_IN.search(q.raw) and not _TIME_IN_A_PLACE.search(q.folded):
        return set()
    from bot.questions.zones import targets_in  # the city table is loaded only when a place may be named
    targets, _ = targets_in(q, None, kb.vocabulary)
    named = []
    for target in targets:
        if target.mine or not target.label:
            continue
        written = re.search(rf"(?:[A-Z][\w'-]*\s+){{0,2}}{re.escape(target.label)}", q.raw)  # "New Delhi" for Delhi
        named.append(written[0] if written else target.label)
    return set(stems(words(fold(" ".join(named)))))


#: "Still" said of doing what a deadline is for ("can I still register and join?"), not of something else ("can I
#: still get into MyMeetings?").
_STILL_DOING = re.compile(r"\b(?:still|encore)\s+(?:be able to\s+|pouvoir\s+)?(?:register|sign up|submit|send|post|"
                          r"m inscrire|s inscrire|nous inscrire|inscrire|soumettre|envoyer)\b")


#: Words that name no topic beside a deadline: a tag asking to confirm ("…, right?", "c'est vrai ?"), "rien".
_TAGS = ("right", "correct", "vrai", "rien", "nothing")  # not "confirm": "if my registration isn't confirmed" names
# what is asked; "je peux plus rien soumettre ?": "rien" names no topic (the poor-sound rule's "rien n'indique")


def instead_of_deadline(ctx: Context, q: Question, kb: Knowledge, named: list[Deadline]) -> Reply | None:
    """The reply to give instead of a deadline answer, or None when the deadline reading stands. Words in
    another sentence than the one that asks ("is it too late to register? tomorrow is a holiday in my country")
    tell why the asker asks, not what: only the asking sentence is weighed when it names the deadline too."""
    from bot.questions.deadline_intent import negated_stems  # the intent imports this module

    told_apart = negated_stems(q) & _all_deadline_words(kb)  # "that does not need to be translated": which deadline
    told_apart |= _place_stems(q, kb)  # "till what time in New Delhi …": a place, never the new delegates
    from bot.questions.time_intent import named_session  # the time intent imports this module's users

    session = named_session(ctx.meeting, q)
    if session is not None:  # "can I register for the 23 August management meeting?": the words of the session's
        told_apart |= set(stems(words(fold(f"{session.title} {session.title_fr or ''}")), STOPWORDS))  # title name it,
        # never the chat rule's "time management"
    tags = set(stems(list(_TAGS), STOPWORDS))
    rest = [s for s in leftover(_asking_part(q, kb, named), named) if s not in told_apart and s not in tags]
    # "…, right?": a tag that asks to confirm, no topic of its own
    entry = other_topic(kb, rest)
    if entry is None and not named and rest:  # a topic and no deadline of its own: a looser match will do
        entry = other_topic(kb, rest, THRESHOLD)
    m, lang = ctx.meeting, q.lang
    if entry is not None and (entry.kind, entry.key) == ("fact", "contacts") and named and q.has(*SENT_TO_SECRETARIAT):
        entry = kb.find("practical", named[0].id) or entry  # "m'inscrire en envoyant un mail au secrétariat ?": how
        # registration is done, not the secretariat's address
    if entry is not None and entry.answer is not None:
        lines = list(entry.answer(m, lang))
        if not named:  # "too late to join?" once the meeting is over: it ended; otherwise no deadline is set
            ended = countdown.over(ctx, lang) if (entry.kind, entry.key) in countdown.SAYS_IT_ENDED else None
            lines.insert(0, (ended or say("dl.none_for", lang, email=m.contacts.email),))
        elif len(named) == 1 and entry.kind != "deadline":  # "i never registered, can i still get into mymeetings
            # tomorrow?": what is asked, and where the deadline named stands
            from bot.questions.deadline_intent import listed_line, still_verdict  # the intent imports this module
            if _STILL_DOING.search(q.folded):  # "can I still register and join this afternoon?": whether one still
                lines.insert(0, (still_verdict(ctx, named[0], lang),))  # can, first; then the other topic
            else:
                lines.append((listed_line(ctx, named[0], lang),))
        return make_answer(m, lang, entry.title(lang), lines)
    if not named and rest and (unknown_topic(kb, rest) or q.has(*STRONG_DEADLINE)):
        return make_answer(m, lang, say("dl.list.title", lang), [(say("dl.none_for", lang, email=m.contacts.email),)])
    return None
