"""The clause that asks, in a chat message that also tells: "fellowship avail? ministry has no budget
this yr", "mic is crap today, can the chair cut me off?", "our ministry wants to send a bigger delegation.
anything said about women?".

Context around a question (who asks, why) dilutes the words that name its topic. When the whole message
finds no answer, the clause that carries the question is asked alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.questions.normalize import fold, words
from bot.questions.vocabulary import WH_WORDS

#: Words that open a question clause (folded), English and French.
QUESTION_OPENERS = frozenset("""
can could may might is are was will would should do does did has have what whats which who whom whose when where
why how any anything est peut puis pourrai pourrais pourrait peuvent y quand ou quel quelle quels quelles qui
comment combien pourquoi faut doit dois existe ya
""".split())

#: Words that point at something said earlier in the message: "we sent our fellowship request; when will TSB
#: approve it?" cannot be asked without its first part.
POINTING = frozenset("it its them they he she his her ca cela celui celle ceux celles lui leur these those ces".split())  # not "this
# meeting": a determiner points at nothing said before

#: A French object pronoun before an infinitive ("comment le récupérer ?", "où la trouver ?") points back too.
_FRENCH_OBJECT = re.compile(r"\b(?:le|la|les|l|y|en)\s+[a-z]+(?:er|ir|re)\b")

_SENTENCES = re.compile(r"(?:[^.!?;:\n\u2013\u2014-]|-(?! )|:(?! )|(?<= )\.(?=[a-z])|(?<=\w)\.(?=\d))+"  # " .ics": a dot
                        r"(?:[.!?;]+| [-\u2013\u2014](?= )| ?:(?= )|$)")  # between a space and a letter starts a file's
# name; "A.5", "9.30": a dot before a digit ends no sentence


#: A question cut by a dash and said again in detail after it ("How do I register - by e-mail or online?").
_ASKS_BEFORE_A_DASH = re.compile(r"(?i)^(?:how|what|when|where|which|who|can|comment|quand|ou|quel|quelle)\b.*\s[-\u2013\u2014]$")


#: A question asked inside a sentence ("we would like to know whether …", "je voudrais savoir si …"), up to a reason
#: given after it (", since …", ", car …") or the sentence's end.
_EMBEDDED = re.compile(r"(?i)\b(?:know|wondering|wonder|ask|asks|asking|confirm|tell (?:me|us)|savoir|demander|"
                       r"demande|confirmer|dire)\s+(?:whether|if|si|s')\s*(.+?)(?:,?\s+(?:since|as|because|given that|"
                       r"puisque|car|vu que|parce que|etant donne que|étant donné que)\b.*)?[?.!]*\s*$")


def asking_clauses(raw: str, commas: bool = True, pointing: bool = False) -> list[str]:
    """The parts of a message that ask (see ``_asking_clauses``); kept for the last messages, as every intent asks."""
    return list(_asking_clauses(raw, commas, pointing))


#: A sentence that asks without a question mark ("Kindly remind me how …", "please tell me when …", "merci de
#: m'indiquer …").
_A_REQUEST = re.compile(r"^(?:kindly |please |pls |plz |could you |can you |would you |merci de |pouvez vous |"
                        r"pourriez vous |svp )+(?:\w+ ){0,2}?(?:remind|tell|explain|let me know|confirm|indicate|advise|"
                        r"clarify|rappeler|rappelez|dire|dites|indiquer|indiquez|expliquer|expliquez|confirmer|"
                        r"confirmez|preciser|precisez)\b")


@lru_cache(maxsize=512)
def _asking_clauses(raw: str, commas: bool, pointing: bool) -> tuple[str, ...]:
    """The parts of a message that ask, best first, when the message is more than one part: a sentence
    ending in "?", then (with ``commas``) the last comma clause of it that opens as a question; [] when
    nothing is apart. A clause that points back at the rest ("can he still register?") is left out unless
    ``pointing``."""
    sentences = [s.strip() for s in _SENTENCES.findall(raw) if s.strip()]
    last_asks = bool(sentences) and (opens_with_a_wh_word(fold(sentences[-1])) or bool(
        _OPENS_YES_OR_NO.match(fold(sentences[-1]))))
    asked = [s for s in sentences if s.endswith("?") or _ASKS_BEFORE_A_DASH.match(s)] \
        or ([s for s in sentences if _A_REQUEST.match(fold(s))][:1] if not last_asks else []) or sentences[-1:]
    # "Kindly remind me how …; my village connection has not always been reliable.": the request, not the story after
    # it (not "Can you confirm my registration. what time does the meeting start in Nairobi": the question last)
    found: list[str] = []
    embedded = _EMBEDDED.search(raw)
    if embedded:  # "the Irish delegation would like to know whether Associates may register, since …": what is
        found.append(embedded[1].strip(" ,") + " ?")  # asked after "whether", less the reason after it
    for sentence in asked:
        if len(sentences) > 1:
            found.append(sentence)
        parts = [p.strip() for p in sentence.split(",") if p.strip()]
        if commas and len(parts) > 1:
            last = fold(parts[-1]).split()
            if last and last[0] in QUESTION_OPENERS:
                found.append(parts[-1])
    whole = " ".join(raw.split())
    return tuple(clause for clause in dict.fromkeys(found) if " ".join(clause.split()) != whole
                 and (pointing or raw.find(clause) == raw.find(raw.strip()) or not points_back(clause)))


#: A pronoun this far into a clause points at something the clause has named itself ("is registration still
#: possible today or did I miss it?"), not at the message's context.
WITHIN_CLAUSE = 6


def asked_sentence(raw: str, min_words: int = 1) -> str | None:
    """The first sentence apart from the rest of the message that ends in a question mark and has at least
    ``min_words`` words ("… ? on a souvent des coupures ici à Bamako"), or None."""
    return next((clause for clause in asking_clauses(raw, commas=False)
                 if clause.rstrip().endswith("?") and len(clause.split()) >= min_words), None)


def points_back(clause: str) -> bool:
    """Whether the clause points at something said before it ("is it open?", "apply for one")."""
    folded = fold(clause)
    said = words(folded)
    short_and_pointing = len(said) <= 4 and bool({"this", "that", "ca", "cela"} & set(said))  # "is that normal?"
    early = set(said[:WITHIN_CLAUSE])
    return bool(POINTING & early) or short_and_pointing or bool(_FRENCH_OBJECT.search(folded)) \
        or bool(_ONE_OF_THEM.search(folded))


def stands_for_one_named(clause: str) -> bool:
    """Whether "one" in the clause stands for a thing named before it ("how do I apply for one?")."""
    return bool(_ONE_OF_THEM.search(fold(clause)))


#: "one" standing for a thing named before ("how do I apply for one for this meeting?").
_ONE_OF_THEM = re.compile(r"\b(?:for|get|need|want|request|obtain|have) one\b(?! (?:of|more|day|week|hour|person|delegate))"
                          r"|\b(?:what s|whats|what is|which is|and)\s+the (?:last|first|final) one\b|\b(?:quel|quelle) est (?:le|la) (?:premier|premiere|dernier|"
                          r"derniere)\b"  # "how many sub-items does item 6 have and what's the last one?"
                       r"|\b(?:its|son|sa|ses)\s+(?:report|reports|rapport|rapports|minutes|date|dates|agenda|ordre)\b")  # "… —
# is its report on the agenda?": the thing named before


#: "and"/"et" (after a comma or not) before a word that opens a question of its own: "qui préside et c'est quoi le
#: point 1 ?", "the chat is for what, and can the chair cut a participant off?".
_AND_ASKS = re.compile(r"\s\+\s|,\s+pis\s+(?=\w+\s+\w+)|\s+(?:and|et)\s+(?=(?:la|le|the)\s+(?:reunion|meeting)\s+"
                       r"(?:dure|durera|lasts?|finit|se termine|ends?)\b)|,\s+(?:n|nd|an|&)\s+(?=(?:do|does|is|are|can|could|what|when|where|how|will|who|which)\b)|"
                       r",\s+(?:and|et|pis|puis)\s+(?=(?:le|la|les|l|the)\s+[\w']+\s+(?:[\w']+\s+){0,4}"
                       r"(?:a quoi|is for what|for what|c est quoi|c quoi)\b)|,\s+(?:and|et)\s+(?=(?:[\w']+\s+){1,6}(?:a|à|at)\s+(?:quelle|what)\s+(?:heure|time|date)\s*\??\s*$)"
                       r"|,\s+(?:and|et)\s+(?=(?:si|if)\s+[\w\s]{0,40},\s+[\w\s]{0,30}\b(?:est elle|est il|sont ils|peut il|"
                       r"peut elle|peuvent ils|va t il|va t elle|can|will|does|is)\b)"
                       r"|,\s+(?:and|et)\s+(?=[\w\s]{0,40}\b(?:s agit il|s agit elle|est elle|est il|sont ils|sont elles|a t elle|a t il|"
                       r"y a t il|peut on|faut il|[a-z]+ t (?:il|elle|on)|(?:fait|font|fera|sera|seront|doit|doivent|peut|peuvent|existe|"
                       r"reste) (?:il|elle|ils|elles|on))\b)|\s+(?:and|et)\s+(?:through|via|using|au moyen de|au moyen d|by means of)\s+(?=(?:what|which|quel|quelle|quels|quelles)\b)"
                       r"|,\s+(?:and|et)\s+(?:through|via|by|with|on|in|from|for|par|avec|sur|dans|pour|au moyen de|au moyen d|by means of|using)\s+"
                       r"(?=(?:what|which|quel|quelle|quels|quelles)\b)|,?\s+(?:and|et)\s+(?:a|à|to)\s+(?=(?:qui|whom|who)\b)|(?<!quelle heure)(?<!quel jour)(?<!what time)(?<!what day)(?<!which day),?\s+(?:and|et|pis|pi)\s+(?=(?:(?:until|till|jusqu\s?a)\s+)?(?:whats|whens|wheres|hows|whos|what|when|where|who|how|which|is|are|can|could|do|does|did|will|"
                       r"qui|quoi|quand|quel|quelle|quels|quelles|comment|ou|c\s?quoi|c\s?est|c\s|est\s?ce|peut|"
                       r"puis|y\s?a|ca\s|faut|il\s+faut)\b)", re.IGNORECASE)


#: A clause that says when or if, with its own subject ("when I take the floor", "si je rate"): no question alone.
_SUBORDINATE = re.compile(r"^(?:when|whenever|if|since|as|once|while|quand|lorsque|lorsqu|si|s|comme|puisque|puisqu)\s+"
                          r"(?:i|we|you|he|she|they|it|je|j|on|nous|vous|il|ils|elle|elles|my|our|mon|ma|mes|notre)\b")


#: Words that ask, in a last sentence written without its question mark.
_ASKING_WORDS = frozenset("what when which how who where whether quand combien quel quelle quels quelles comment qui "
                          "quoi whens whats wheres hows whos koi kel kelle qd wat wats wen wer".split())


#: Asking words that, inside a sentence, mostly join a clause ("Nepal is 5:45 ahead of GMT which always confuses
#: everybody", "the draft I sent when it opened"): they ask only at the sentence's start.
_RELATIVE_INSIDE = frozenset("which who qui where when".split())


#: A comma before a word that opens a question of its own, inside a list of questions ("…, how do I send a TD, and
#: is there interpretation?").
_COMMA_ASKS = re.compile(r",\s+(?=(?:(?:en|in|avec|with|par|by|sur|on|dans|a|at)\s+(?:quel|quelle|quels|quelles|which|what)\b|"
                         r"c\s?(?:est\s)?(?:quand|quel|quelle|quels|quelles|koi|quoi|ou|qui|combien)\b|(?:et\s+)?(?:il\s+)?faut\b|"
                         r"whats|whens|wheres|hows|whos|what|when|where|who|how|which|whether|is|are|can|do|does|will|qui|quoi|quand|quel|"
                         r"quelle|quels|quelles|comment|ou|est\s?ce|peut|y\s?a)\b)", re.IGNORECASE)


#: A last sentence that opens as a yes/no question, written without its question mark ("is sg17 still running").
_OPENS_YES_OR_NO = re.compile(r"(?:r (?:there|we|you|u)|is|are|was|were|do|does|did|can|could|will|has|have|est ce|y a t il|y a tu|ya tu|"
                              r"y aura t il|y aura tu|y a (?=(?:des|un|une|de|du|d)\b)|ya (?=(?:des|un|une|de|du|d)\b)|(?:et )?(?:il )?faut|c(?: ?est)? (?:ouvert|ouverte|"
                              r"reserve|reservee|ferme|fermee|accessible|obligatoire|gratuit|payant|possible|fini|"
                              r"termine))\b")  # "… ?? cest ouvert a tout le monde ou juste les chefs"
#: Something the asker cannot find, which asks where it is ("cant find the link", "je ne trouve pas le lien").
_CANNOT_FIND = re.compile(r"(?:i |we )?(?:can ?t|cannot|can not|couldn ?t) (?:find|connect|log in|get in)\b|"
                          r"(?:je |j )?(?:ne )?trouve pas\b|(?:je |j )?(?:n )?(?:arrive|parviens) pas a (?:me )?"
                          r"(?:connecter|entrer)\b")  # "has it started? i cant connect": a trouble to answer too
#: A sentence that asks for a yes or a no without a question mark ("c obligatoire ou pas", "is it free or not").
_YES_OR_NO = re.compile(r"\b(?:ou pas|ou non|oui ou non|or not|yes or no|right|correct|n est ce pas|c est ca|c est bien ca|"
                        r"non|yes|oui|true|vrai)\s*[.!]*\s*$")  # "24 aug to 3 sep right": a claim to confirm


def _asked_apart(part: str, first: bool = False) -> list[str]:
    """The part split at each comma that opens a question, when every piece asks ("when is the deadline, how do I
    send a TD"); whole otherwise ("the may e-plenary, which agenda item": a topic, then its question)."""
    pieces = _COMMA_ASKS.split(part)
    return pieces if all(_ASKING_WORDS & set(words(fold(p))) or _OPENS_YES_OR_NO.match(fold(p))
                         or i == 0 and first and len(p.split()) <= 4 for i, p in enumerate(pieces)) \
        else [part]  # "what is the deadline, does our focal point have to approve it": a yes/no question asks too;
    # "registration deadline, where are the documents, and who chairs?": a topic named first in a list of questions


def opens_with_a_wh_word(folded: str) -> bool:
    """Whether a folded question, or one of its comma-parted clauses, opens with an asking word ("I'm in Tokyo, when
    exactly does the 11 August deadline end for me?" asks when, and confirms nothing)."""
    return any(opening[:1] and opening[0] in WH_WORDS
               for opening in (part.split() for part in re.split(r"[,;:]", folded)))


def sentences_of(raw: str) -> list[str]:
    """The message's sentences, split after ".", "!" or "?" ("… into the SG17 meeting. I registered on 20 July.
    What's wrong?": three)."""
    return [part for part in re.split(r"(?<=[.!?])\s+", raw) if part.strip()]


#: "and", "also" opening a sentence that asks again ("… ? and does the meeting stop if …").
_AND_FIRST = re.compile(r"^(?:and|also|et|aussi|plus)\s+")
#: An asking word closing a sentence ("and translation one is when", "et la fin c'est quand").
_ENDS_ASKING = re.compile(r"\b(?:is|are|was|c est|c|cest|c etait) (?:when|where|what time|quand|ou|combien|quel jour|"
                          r"a quelle heure)\s*[?!.]*$")
#: Chat's "n" or "&" for "and", opening a sentence ("n will there be newcomer session").
_CHAT_AND_FIRST = re.compile(r"^(?:n|&)\s+(?=[a-z])")


def questions_in(raw: str) -> list[str]:
    """The questions of a message (see ``_questions_in``); kept for the last messages, as every intent asks."""
    return list(_questions_in(raw))


def _with_labels(raw: str) -> list[str]:
    """The message's sentences, a topic written as a label before a colon joined to the fragment it heads ("chat:
    allowed during sessions?"), not to a question of its own ("Question: when does it open?")."""
    sentences = [s.strip() for s in _SENTENCES.findall(raw) if s.strip()]
    joined: list[str] = []
    for sentence in sentences:
        label = joined[-1] if joined else ""
        if label.endswith(":") and len(label.split()) <= 2 and not opens_with_a_wh_word(fold(sentence)) \
                and not _OPENS_YES_OR_NO.match(fold(sentence)):
            joined[-1] = f"{label} {sentence}"
        else:
            joined.append(sentence)
    return joined


#: A sentence that asks by requesting ("kindly tell …", "please advise …", "merci de m'indiquer …").
_REQUEST = re.compile(r"^(?:kindly|please|pls|plz|pl)\s+(?:tell|advise|share|confirm|let (?:me|us) know|give|inform|"
                      r"provide|send)\b|^merci de (?:m|nous) (?:indiquer|dire|preciser|confirmer)\b")


#: "c'est quoi …", "c koi …", "c quand …" as chat writes it: a sentence that asks, question mark or not.
_C_ASKS = re.compile(r"^c(?: est|est)? (?:koi|quoi|quand|qui|ki|combien|ou)\b")


#: A salutation before a request ("Dear bot, kindly let me know …", "Bonjour, merci de m'indiquer …").
_SALUTATION = re.compile(r"(?i)^(?:dear|hi|hello|hey|bonjour|salut)\b[^,.!?]{0,25},\s*")
#: Things requested one after the other ("start time in nepal and also registration deadline").
_AND_ALSO = re.compile(r",?\s+(?:and also|as well as|and|ainsi que|et aussi|et)\s+", re.IGNORECASE)


@lru_cache(maxsize=512)
def _questions_in(raw: str) -> tuple[str, ...]:
    """The questions of a message, in order: its sentences that end in a question mark ("when does it open?
    is there interpretation?"), each split again where "and"/"et" opens another question ("qui préside et
    c'est quoi le point 1 ?"); each part has at least two words."""
    found = []
    sentences = _with_labels(raw)
    for index, sentence in enumerate(sentences):
        last_asks = index == len(sentences) - 1 and len(sentence.split()) >= 3 and (index > 0 or bool(
            _OPENS_YES_OR_NO.match(fold(sentence))) or fold(sentence).split()[0] in _ASKING_WORDS
                                                                  or bool(_C_ASKS.match(fold(sentence)))) \
            and (bool(_ASKING_WORDS - _RELATIVE_INSIDE & set(words(fold(sentence))[1:]) | _ASKING_WORDS
                      & set(words(fold(sentence))[:1])) or bool(_YES_OR_NO.search(fold(sentence)))
                 or bool(_CANNOT_FIND.match(fold(sentence)))  # "has it started yet? cant find the link"
                 or bool(_OPENS_YES_OR_NO.match(_CHAT_AND_FIRST.sub("", _AND_FIRST.sub("", fold(sentence)))))
                 or index > 0 and bool(_C_ASKS.match(_AND_FIRST.sub("", fold(sentence))))
                 or index > 0 and bool(_ENDS_ASKING.search(fold(sentence))))
        # "did i miss it? is sg17 still running", "opening time for turkey? and does the meeting stop if …", "…
        # guaranteed? n will there be newcomer session" (chat's "n" for "and"), "c'est fini ? c'était du combien au
        # combien", "inscription avant quand? c obligatoire ou pas", "… ? et c ou les documents" (chat's "c'est où"),
        # "… right? and translation one is when" (the asking word last)
        sentence = _SALUTATION.sub("", sentence)  # "Dear bot, kindly let me know …": the request after it
        if not sentence.endswith("?") and not last_asks and not _REQUEST.match(fold(sentence)):
            continue  # "kindly tell start time in nepal and also registration deadline sir.": a request asks too
        parts = [p.strip(" ,") for p in _AND_ASKS.split(fold(sentence, lower=False))]
        request = _REQUEST.match(fold(sentence))
        if request and len(parts) == 1:  # "kindly tell start time in nepal and also registration deadline": each
            parts = [p.strip(" ,.") for p in _AND_ALSO.split(fold(sentence, lower=False)[request.end():])]  # thing
        if len(parts) >= 2:  # "when is the deadline, how do I send a TD, and is there interpretation?": a list
            parts = [piece.strip(" ,") for n, part in enumerate(parts) for piece in _asked_apart(part, n == 0)]
        elif len(parts) == 1 and "," in parts[0]:  # "c quand la date limite d inscription, y a des bourses?": two
            pieces = [piece.strip(" ,") for piece in _asked_apart(parts[0])]  # questions, each asking on its own (a
            each_asks = len(pieces) == 3 and all(len(piece.split()) >= 3 and (
                fold(piece).split()[0] in _ASKING_WORDS or _OPENS_YES_OR_NO.match(fold(piece))) for piece in pieces)
            # "where do I get docs, how do I get the floor, is chat ok to use": three questions listed (two may be one
            # question and what it asks of: "how long before … register, what's the rule?")
            if len(pieces) > 1 and (each_asks or all(_OPENS_YES_OR_NO.match(fold(piece)) for piece in pieces[1:])) \
                    and not _SUBORDINATE.match(fold(pieces[0])) and not any("," in piece for piece in pieces):  # yes-or-no
                # (not "when I take the floor, is …?"; not a longer list, "faut-il un visa, y a-t-il une bourse, et à
                # quelle heure …?", which the message's list reading parts)
                parts = pieces  # one after it; not "…, what's the rule?", which asks of the words before)
        if len(parts) == 1:
            asked_of_two = _WHAT_OF_TWO.match(parts[0])
            if asked_of_two is not None:  # "c koi l'outil pour participer à distance, et le mail du secrétariat ?":
                parts = [asked_of_two["first"], f"{asked_of_two['ask']} {asked_of_two['second']}"]  # each asked
        found += [p if p.endswith("?") else p + " ?" for p in parts if len(p.split()) >= 2]
    return tuple(found)


#: "What is X, and Y?": one asking word for two things ("what's the remote tool, and the secretariat's email?", "c koi
#: l'outil …, et le mail du secrétariat ?").
_WHAT_OF_TWO = re.compile(r"(?i)^(?P<first>(?P<ask>what s|whats|what is|what are|c koi|c quoi|c est quoi|quel est|quelle "
                          r"est|quels sont|quelles sont)\s+.{3,80}?),\s+(?:and|et)\s+(?P<second>(?:the|le|la|les|l|"
                          r"your|votre|son|sa|ses)\b.{3,60}?)\s*\??$")
