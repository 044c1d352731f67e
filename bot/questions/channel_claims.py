"""Ways claimed that the meeting's own sentence settles. A way of sending claimed of what is sent: "can I email my contribution?", "TDs go through direct posting, right?",
"l'inscription se fait par email au secrétariat, c'est correct ?".

Answered Yes or No from the meeting's own sentence on how that thing is sent (a deadline's "how", or the sentence
of a practical topic that names it), so a way the letter does not give is never confirmed by a deadline's
"Yes: still open" or left standing beside the documents' paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.context import Context
from bot.questions.knowledge import Knowledge
from bot.questions.messages import say
from bot.questions import clauses
from bot.questions.clauses import opens_with_a_wh_word
from bot.questions.deadline_intent import listed_line
from bot.questions.normalize import Question, fold
from bot.questions.replies import text_answer
from bot.questions.vocabulary import CONFIRMING, WH_WORDS
from bot.reply import Reply


@dataclass(frozen=True)
class Sent:
    """Something sent or done in one way: the words that name it in a question, and in the meeting's English and
    French texts."""

    asked: tuple[str, ...]
    written: re.Pattern[str]
    written_fr: re.Pattern[str] | None = None


#: What is sent, by the words that name it (folded) and how the meeting's English text names it.
SUBJECTS = (
    Sent(("td", "tds", "temporary document", "temporary documents", "document temporaire", "documents temporaires"),
         re.compile(r"\bTDs?\b"), re.compile(r"\bTD\b|documents? temporaires?", re.I)),
    Sent(("contribution", "contributions", "contrib", "contribs"), re.compile(r"\bcontributions?\b", re.I),
         re.compile(r"\bcontributions?\b", re.I)),
    Sent(("register", "registration", "registering", "inscription", "inscrire", "inscrit", "inscrits", "inscris",
          "inscrivons", "inscrivez"),
         re.compile(r"\bregistration\b", re.I), re.compile(r"\binscription\b", re.I)),
)

#: The ways of sending, by the words that claim them (folded) and how the meeting's English text says them.
CHANNELS = (
    Sent(("email", "e mail", "by mail", "par mail", "un mail", "a mail", "courriel", "courrier electronique", "mailing"),
         re.compile(r"\be-?mail\b", re.I)),
    Sent(("direct posting", "direct document posting", "direct doc posting", "posting system", "document posting",
          "doc posting", "posting",
          "publication directe",
          "systeme de publication", "ddp"), re.compile(r"\bposting\b", re.I)),
    Sent(("online form", "registration form", "web form", "the form", "a form", "formulaire"),
         re.compile(r"\bform\b", re.I)),
)

#: Words that make a question a yes/no one about the way claimed ("can I …", "… same as contributions ya?").
_ASKS_YES_OR_NO = ("can", "could", "may", "should", "do", "does", "is", "are", "est ce", "puis je", "peut on",
                   "je peux", "on peut", "peux je", "se fait", "same as", "too", "aussi", "ya", "non", "ok")


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """Yes or No to a way of sending claimed of one thing the meeting says how to send; None otherwise."""
    subject = _first_named(q, _SUBJECTS_NAMED)
    channel = _first_named(q, _CHANNELS_CLAIMED)
    if subject is None or channel is None or (_claiming_sentence(q, channel)[:1] or ["what"])[0] in WH_WORDS \
            or not (q.has(*CONFIRMING) or q.has(*_ASKS_YES_OR_NO) or q.raw.rstrip().endswith("?")):
        return None
    sentences = [fold(part).strip() for part in clauses.sentences_of(q.raw) if part.strip()]
    claiming = [part for part in sentences if any(re.search(rf"\b{re.escape(w)}\b", part) for w in channel.asked)]
    if claiming and not claiming[0].endswith("?") and any(
            part.endswith("?") and opens_with_a_wh_word(part) for part in sentences if part != claiming[0]):
        return None  # "who are the working party chairs? I want to email the right person about my paper": the
        # question is the other sentence; the e-mail is what the asker will do (not "… by e-mail. Is that right?")
    if q.has(*_ASKS_A_DATE):
        return None  # "c'est quoi la date butoir pour soumettre par le système de publication directe ?": the date
    said = _how_it_is_sent(ctx, subject, q.lang)
    if said is None:
        return None
    english, shown = said
    right = channel.written.search(english) is not None
    if right and q.has(*_ASKS_WHEN_OR_WHETHER_OPEN):
        return None  # "can I still submit a contribution through direct posting?": the way is right, the question
        # asks whether it is still open
    if _EITHER_WAY.search(q.folded):  # "can I send a TD by email or do I need the posting system?": a choice
        return text_answer(ctx.meeting, q.lang, say("pr.checked", q.lang), shown)  # between two ways, no Yes or No
    key = "pr.channel.yes" if right else "pr.channel.no"
    return text_answer(ctx.meeting, q.lang, say("pr.confirm" if right else "pr.title", q.lang),
                       say(key, q.lang, how=shown))


#: A choice between two ways asked ("… by email or do I need the posting system?", "… par courriel ou faut-il …").
_EITHER_WAY = re.compile(r"\b(?:or|ou)\b.{0,40}\b(?:posting|publication|system|systeme|e ?mail|mail|courriel|upload|"
                         r"ties|portal|portail|site|website|web|platform|plateforme|online|en ligne)\b")  # the other way named after "or", not "… or do I need to register?"


#: A date asked beside the way named, which the deadline answers.
_ASKS_A_DATE = ("deadline", "date limite", "dates limites", "what date", "which date", "quelle date", "by when",
                "jusqu a quand", "avant quand", "echeance")


def _claiming_sentence(q: Question, channel: Sent) -> list[str]:
    """The words of the sentence that claims the way ("how do i submit a contribution? by email to the
    secretariat?": the second, which claims e-mail, though the first asks how)."""
    for sentence in re.split(r"(?<=[?!.,])\s+", q.folded):  # "how do I submit it, by email to the secretariat?"
        if any(re.search(_CLAIMED_WAY.format(word=re.escape(word)) + (_AS_A_VERB.format(word=re.escape(word))
                                                                       if word in _VERBS else ""), sentence)
               for word in channel.asked):
            return sentence.split()
    return list(q.tokens)


#: Words that ask when, or whether it is still open, beside a way that is right ("can I still submit … through
#: direct posting?"): the deadline's question, not the way's.
_ASKS_WHEN_OR_WHETHER_OPEN = ("still", "encore", "too late", "trop tard", "last day", "dernier jour", "deadline",
                              "deadlines", "date limite", "echeance", "when", "quand", "until", "till", "jusqu",
                              "by what date", "avant quelle date")


def _first_named(q: Question, named: tuple[tuple[re.Pattern[str], Sent], ...]) -> Sent | None:
    """The entry named first in the question ("TD submit via direct posting same as contribution": the TD), by
    the patterns ``_naming_patterns`` made of a table."""
    found = [(match.start(), entry) for pattern, entry in named for match in pattern.finditer(q.folded)]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _naming_patterns(table: tuple[Sent, ...], claimed: bool = False) -> tuple[tuple[re.Pattern[str], Sent], ...]:
    """One pattern for each word of each entry of ``table``, compiled once; ``claimed``: the word only as a way of
    sending ("by e-mail", "via direct posting", "email my contribution", never the "registration form" a question
    is about)."""
    def shape(word: str) -> str:
        if not claimed or word in _ONLY_A_WAY or word.split()[0] in ("by", "par", "via"):  # "par mail": the way itself
            return rf"\b{re.escape(word)}\b"
        return _CLAIMED_WAY.format(word=re.escape(word)) + (_AS_A_VERB.format(word=re.escape(word))
                                                            if word in _VERBS else "")
    return tuple((re.compile(shape(word)), entry) for entry in table for word in entry.asked)


#: Names that only ever name a way of sending, whatever word comes before ("in the direct posting system").
_ONLY_A_WAY = frozenset({"direct posting", "direct document posting", "direct doc posting", "posting system",
                         "document posting", "doc posting",
                         "publication directe", "systeme de publication"})

#: A way of sending said as the way: after "by", "via", "par"…, or as the verb ("email my contribution").
_CLAIMED_WAY = (r"\b(?:by|via|through|thru|using|over|per|par|avec|au moyen d[ue]?|en)\s+(?:the |a |an |un |une |le |la "
                r"|l )?{word}\b")
_AS_A_VERB = r"|\b{word}\s+(?:my|our|the|a|it|them|this|mon|ma|mes|nos|notre|to)\b"
_VERBS = frozenset({"email", "e mail", "mail"})
_SUBJECTS_NAMED = _naming_patterns(SUBJECTS)
_CHANNELS_CLAIMED = _naming_patterns(CHANNELS, claimed=True)


_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def _sentences(text: str | None) -> list[str]:
    """A meeting text's sentences (and ";"-parts), its folded lines joined first."""
    return _SENTENCE_END.split(" ".join((text or "").split()))


def _how_it_is_sent(ctx: Context, subject: Sent, lang: str) -> tuple[str, str] | None:
    """The meeting's English sentence on how ``subject`` is sent, and that sentence in ``lang``; None when none."""
    m = ctx.meeting
    for deadline in sorted(m.deadlines, key=lambda d: d.date, reverse=True):  # the last of them for contributions
        if deadline.how and subject.written.search(deadline.what):
            what = (deadline.what_fr or deadline.what) if lang == "fr" else deadline.what
            how = (deadline.how_fr or deadline.how) if lang == "fr" else deadline.how
            colon = " : " if lang == "fr" else ": "
            return deadline.how, f"{what}{colon}{how[0].lower()}{how[1:].rstrip('.')}."
    for topic in m.practical:
        for sentence in _sentences(topic.text):
            if subject.written.search(sentence):
                french = [s for s in _sentences(topic.text_fr)
                          if subject.written_fr is not None and subject.written_fr.search(s)]
                shown = french[0] if lang == "fr" and french else sentence
                return sentence, shown.rstrip(" ;.") + "."
    return None


#: A registration said not to be confirmed yet ("my reg isnt confirmed", "inscription pas encore confirmée").
NOT_CONFIRMED = re.compile(r"\b(?:not|isn t|isnt|is not|hasn t|hasnt|has not|haven t|havent|didn t|didnt|not yet|pas|pas encore|non|unconfirmed|pending|"
                            r"en attente|sans|without)\b(?:\s+\w+){0,3}?\s*(?:confirm\w*|approv\w*|valid\w*)|\bunconfirmed\b|"
                            r"\b(?:pending|en attente)\b")
#: Not approved or not confirmed said ("if i am not approved", "pas encore validée"), not any waiting.
NOT_APPROVED = re.compile(r"\b(?:not|isn t|isnt|is not|hasn t|hasnt|has not|haven t|havent|not yet|pas|pas encore|non|un)\s*(?:\w+\s+){0,2}?"
                           r"(?:confirm\w*|approv\w*|valid\w*)")
#: Getting into the remote tool ("get into MyMeetings", "me brancher sur MyMeetings", "join", "access").
_GETTING_IN = ("access", "acceder", "acces", "join", "get in", "get into", "log in", "login", "connect", "connecter",
               "brancher", "rejoindre", "entrer", "participate", "participer", "use", "utiliser")


#: Asking who or how rather than whether ("who approves?", "what now?", "comment faire ?").
_ASKS_WHO_OR_HOW = ("who", "qui", "what now", "what should", "what do i do", "how", "comment", "why", "pourquoi",
                    "que faire", "quoi faire")


#: Whether one must register asked ("do I need to be registered", "faut-il s'inscrire", "dois-je m'inscrire").
_WHETHER_TO_REGISTER = re.compile(r"\b(?:need|have|must|required) to (?:be )?regist|\bmust i (?:be )?regist|"
                                  r"\bfaut il (?:s |etre )?inscri|\bdois je (?:m |etre )?inscri|"
                                  r"\bnecessaire (?:de s |d etre )?inscri|\bobligatoire de s inscrire\b")


#: The asker saying they have not registered ("I forgot to register", "we never registered", "je ne suis pas inscrit",
#: "j'ai oublié de m'inscrire").
_NOT_REGISTERED = re.compile(r"\b(?:forgot|forget|forgotten|didn t|did not|didnt|haven t|have not|havent|never|not yet|"
                             r"am not|m not|im not|is not|isn t|are not|aren t|wasn t|was not|if not|without)\s+(?:to\s+)?"
                             r"(?:be\s+|get\s+|being\s+|getting\s+)?"
                             r"regist\w*|\boubli\w* (?:de )?(?:m |s |nous |me )?inscri\w*|"
                             r"\b(?:pas|jamais) (?:encore )?(?:ete )?inscrit\w*")


def _unregistered_access(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"I forgot to register, can I still join MyMeetings?": the meeting's sentence on unconfirmed delegates, then
    where the registration deadline stands (the asker may still be in time)."""
    shown = _meeting_sentence(ctx, q.lang, ("confirmed", ctx.meeting.remote_tool), ("confirm", ctx.meeting.remote_tool))
    if shown is None:
        return None
    registration = [d for d in ctx.meeting.deadlines if "registration" in fold(d.what)]
    topic = kb.find("practical", "registration")
    return text_answer(ctx.meeting, q.lang, topic.title(q.lang) if topic is not None else say("pr.title", q.lang), shown,
                       *[listed_line(ctx, d, q.lang) for d in registration[:1]])


def unconfirmed_access(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"My registration isn't confirmed yet, can I still get into MyMeetings?": No, with the meeting's own sentence
    on unconfirmed delegates; None unless both are asked."""
    tool = ctx.meeting.remote_tool
    if tool and _NOT_REGISTERED.search(q.folded) and (q.has(*_GETTING_IN) or fold(tool) in q.folded) \
            and not q.has(*_ASKS_WHO_OR_HOW) and not NOT_CONFIRMED.search(q.folded):
        return _unregistered_access(ctx, q, kb)
    if not tool or not NOT_CONFIRMED.search(q.folded) or not (q.has("registration", "register", "registered", "reg",
                                                                        "inscription", "inscrit", "inscrite")
                                                                  or q.has("confirmation") and fold(tool) in q.folded) \
            or not (q.has(*_GETTING_IN) or fold(tool) in q.folded) or q.has(*_ASKS_WHO_OR_HOW):
        return None  # not "… my reg isnt confirmed yet i think. what now, who approves?": who approves is asked
    shown = _meeting_sentence(ctx, q.lang, ("confirmed", tool), ("confirm", tool))
    if shown is None:
        return None
    if _WHETHER_TO_REGISTER.search(fold(q.raw)):  # "do I need to be registered to use MyMeetings? and if my
        # registration isn't confirmed yet?": yes, registration is needed, and unconfirmed means no access
        return text_answer(ctx.meeting, q.lang, say("pr.confirm", q.lang), say("pr.register_needed", q.lang, how=shown))
    if _OWN_TROUBLE.search(q.folded):  # "I am not able to enter MyMeetings, it is saying registration not confirmed.
        # what to do": the rule, who approves, and whom to ask; no verdict on a trouble told
        approves = _meeting_sentence(ctx, q.lang, ("focal point", "approve"), ("coordonnateur", "approuver"))
        return text_answer(ctx.meeting, q.lang, say("pr.checked", q.lang), shown, *([approves] if approves else []),
                           say("tr.ask_secretariat", q.lang, email=ctx.meeting.contacts.email))
    if _NO_WAY_IN_SAID.search(q.folded):  # "so if it is not confirmed he can't get in at all?": right
        return text_answer(ctx.meeting, q.lang, say("pr.confirm", q.lang), say("pr.yes", q.lang, text=shown))
    return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang), say("pr.channel.no", q.lang, how=shown))


def ties_for_the_tool(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"ok so i need a TIES account for mymeetings right?": No, what the remote tool asks is a confirmed registration;
    TIES access is for the meeting documents (both as the meeting's own sentences); None unless both are named and
    claimed or asked."""
    tool = ctx.meeting.remote_tool
    if not tool or "ties" not in q.tokens or fold(tool) not in q.folded or _DOCUMENTS_NAMED.search(q.folded):
        return None  # "do I need TIES for the documents, and MyMeetings for the sessions?": each has its own answer
    joining = _meeting_sentence(ctx, q.lang, ("confirmed", tool), ("confirm", tool))
    documents = _meeting_sentence(ctx, q.lang, ("TIES",), ("TIES",))
    if joining is None or documents is None:
        return None
    claimed = q.has(*CONFIRMING)  # "i need a TIES account for mymeetings right?": No; "… no TIES account: … can she
    # still join the sessions in MyMeetings?": what the tool needs, no verdict on a question it would turn around
    return text_answer(ctx.meeting, q.lang, say("pr.title" if claimed else "pr.checked", q.lang),
                       say("pr.ties_tool" if claimed else "pr.ties_tool.asked", q.lang, tool=tool, joining=joining),
                       say("pr.ties_documents", q.lang, documents=documents[:1].lower() + documents[1:]))


#: Documents named ("documents", "docs", "TDs", "contributions"), which TIES is for.
_DOCUMENTS_NAMED = re.compile(r"\b(?:documents?|docs?|tds?|contributions?)\b")


def meeting_sentence(ctx: Context, lang: str, english: tuple[str, ...], french: tuple[str, ...]) -> str | None:
    """The meeting's own sentence that holds all the words given for the reply's language (see
    :func:`_meeting_sentence`)."""
    return _meeting_sentence(ctx, lang, english, french)


def _meeting_sentence(ctx: Context, lang: str, english: tuple[str, ...], french: tuple[str, ...]) -> str | None:
    """The first sentence of the meeting's rules and practical texts that holds every one of ``english``, in
    ``lang`` (the French text's sentence holding every one of ``french``, when there is one), ending in a full stop;
    None when no sentence does."""
    for topic in (*ctx.meeting.rules, *ctx.meeting.practical):
        found = [s for s in _sentences(topic.text) if all(word in s for word in english)]
        if found:
            found_fr = [s for s in _sentences(topic.text_fr) if all(word in s for word in french)]
            shown = found_fr[0] if lang == "fr" and found_fr else found[0]
            return shown.rstrip(" ;.") + "."
    return None


#: The asker's own trouble getting in, and what to do about it ("I am not able to enter MyMeetings … what to do",
#: "je n'arrive pas à entrer, que faire ?").
_OWN_TROUBLE = re.compile(r"\b(?:i am|i m|im|we are|we re|je ne|j|nous ne|on)\s+(?:not able|unable|can ?t|cannot|"
                          r"n arrive|arrive pas|peux pas|pouvons pas|parviens pas)\b.*\b(?:what to do|what do i do|what "
                          r"should i do|what can i do|what now|que faire|que dois je faire|je fais quoi|on fait quoi)\b")
#: The asker saying themselves that there is no way in ("he can't get into the meeting", "on ne pourra pas accéder").
_NO_WAY_IN_SAID = re.compile(r"\b(?:can ?t|cannot|can not|won ?t be able|will not be able|not able|unable|no access|"
                             r"ne (?:peut|peux|pourra|pourrai|pourrait|pourrons|pourront) pas|pas acces|aucun acces|"
                             r"n a pas acces)\b")


#: Remote participants said to be limited to watching some sessions ("remote participants can only observe the
#: plenaries, correct?", "à distance on peut seulement écouter ?").
_ONLY_WATCHING = re.compile(r"\b(?:can|could|may|will|be able to|able to|allowed to|peut|peuvent|pourra|pourront|pourrons|"
                            r"peux|pourrai)\s+(?:\w+\s+)?(?:only|just|seulement|uniquement)\s+(?:observe|observer|listen|"
                            r"listen in|ecouter|watch|follow|suivre|assister|regarder)\b|\b(?:as observers?|observers? only|"
                            r"en (?:tant qu )?observateurs?|listen only|view only|no right to speak|pas le droit de "
                            r"(?:parler|intervenir))\b")  # not "is registration mandatory if I only follow remotely?"
_REMOTE = re.compile(r"\b(?:remote|remotely|online|virtual|a distance|en ligne|mymeetings)\b")


def remote_only_watching(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """"No:" to remote participants being kept to watching some sessions, with the meeting's own sentence that remote
    participation covers every session (decision-making ones too); None unless that is claimed."""
    tool = ctx.meeting.remote_tool
    if not tool or not _ONLY_WATCHING.search(q.folded) or not _REMOTE.search(q.folded):
        return None
    shown = _meeting_sentence(ctx, q.lang, (tool, "all sessions"), (tool, "toutes les"))
    if shown is None:
        return None
    return text_answer(ctx.meeting, q.lang, say("pr.title", q.lang), say("pr.channel.no", q.lang, how=shown))
