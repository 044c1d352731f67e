"""What is going on in the meeting right now, asked in plain words: "what is being discussed now?",
"which item are we on?", "when does the break end?", "quel point est en discussion ?".

Answered as ``/now`` answers, from the live session in the store (the item under discussion and
since when, a break and until when, the last item discussed), in the question's language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.context import Context
from bot.live_state import read_state
from bot.questions.knowledge import Knowledge
from bot.questions.normalize import Question
from bot.reply import Reply

ASKS_LIVE = ("examine en ce moment", "examine maintenant", "examine actuellement", "en cours d examen",
             "under consideration now", "being considered", "being examined", "parle t on maintenant", "on parle de quoi", "de quoi on parle", "de quoi parle t on", "being discussed", "under discussion", "discussed now", "discussing now", "discuss now", "item are we on",
             "item are we at", "where are we", "current item", "item now", "which item now", "happening now",
             "going on now", "on now", "se discute", "discussing right now", "discussing now", "are they discussing",
             "are we discussing", "discussing at the moment", "se discute presentement", "break end", "break ends", "break finishes", "break over", "break last", "break lasts", "break finish", "end of the break", "after the break",
             "last item discussed", "item was discussed", "en discussion", "en cours de discussion", "on en est ou",
             "ou en est on", "ou en sommes nous", "point actuel", "point en cours", "la pause", "fin de la pause",
             "dernier point discute", "discute maintenant", "traite maintenant", "se passe maintenant",
             "discute en ce moment", "discutee en ce moment", "traite en ce moment", "se passe en ce moment",
             "discussed at the moment", "discussed currently", "currently discussed", "currently being discussed",
             "on est sur quel point", "on est a quel point", "on en est a quel point", "quel point maintenant",
             "on est ou dans l ordre du jour", "sur quel point on est", "quel point en ce moment", "s on right now",
             "is on right now", "s on at the moment")


#: What goes on now, with the place between ("what is happening in the plenary right now?", "qu'est-ce qui se passe
#: dans la plénière en ce moment ?").
_GOING_ON_THERE_NOW = re.compile(r"^(?:what|what s|whats|qu est ce qui|que|ca|il)\b[^,.;:!?]{0,12}\b(?:happening|going on|"
                                 r"se passe|being discussed|discussed)\s+(?:in|at|dans|a|en)\s+(?:the|la|le|l)?\s*"
                                 r"(?:plenary|session|pleniere|seance|meeting|reunion)\s+(?:right now|now|at the moment|"
                                 r"currently|maintenant|en ce moment|actuellement)\b")


#: What comes next asked during a session ("what comes next?", "next item?", "quel est le prochain point ?", "et
#: ensuite ?"): the item after the one under discussion, as /now says.
_NEXT_IN_SESSION = re.compile(r"^(?:so |and |et |alors |ok )?(?:what comes next|what s next|whats next|what is next|"
                              r"what is the next item|which is the next item|next item|the next item|next on the agenda|"
                              r"what s next on the agenda|what is next on the agenda|et ensuite|ensuite|"
                              r"quel est le prochain point|c est quoi le prochain point|prochain point|le point suivant|"
                              r"point suivant|quel est le point suivant|on passe a quoi ensuite|et apres)\s*[?!.]*$")
#: The time left for the item under discussion or a break asked ("how much time is left on this item?", "is there a
#: break soon?", "combien de temps reste-t-il pour ce point ?").
_ITEM_TIME_LEFT = re.compile(r"\b(?:time|long)\b.{0,30}\b(?:left|remaining)\b.{0,20}\b(?:this|the current) item\b|"
                             r"\b(?:this|the current) item\b.{0,30}\b(?:time|long)\b|\bbreak soon\b|"
                             r"\bpause bientot\b|\bbientot (?:une|la) pause\b|\btemps\b.{0,30}\b(?:ce point|le point "
                             r"en cours)\b|\b(?:ce point|le point en cours)\b.{0,30}\btemps\b")


def _session_open(ctx: Context) -> bool:
    """Whether a session is open in the room asked about, as the live state in the store says."""
    return read_state(ctx.store, ctx.live_key).session is not None


#: A word that opens a condition or a time clause ("if …", "while …", "pendant que …").
_CONDITION = re.compile(r"(?:\b(?:if|while|whilst|during|once|si|pendant)\b|\b(?:when|whenever|quand|lorsque|lorsqu)\s+"
                        r"(?:i|we|my|our|je|j|on|nous|mon|ma|mes|notre)\b)[^,.;:!?]*$")


def _in_a_condition(folded: str, phrase: str) -> bool:
    """Whether every use of ``phrase`` sits in a clause that a condition opens ("… while my contribution is being
    discussed")."""
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", folded)]
    return bool(starts) and all(_CONDITION.search(folded[:start]) for start in starts)


#: Which agenda item asked ("au point combien ?", "under which item?"), never what is going on now.
_WHICH_ITEM = re.compile(r"\b(?:quel|which|what)\s+(?:agenda\s+)?(?:point|item)\s+(?:covers|deals|handles|traite|couvre)\b|"
                         r"\bpoint (?:combien|numero)\b|\bitem (?:number|no)\b")  # not "which item are we on?"


#: What is going on, asked alone ("what's going on?", "what is happening in the meeting?", "qu'est-ce qui se passe
#: dans la réunion ?"): the live state, while the meeting is on.
_GOING_ON = re.compile(r"^(?:so |and |ok |et |alors )?(?:what s|whats|what is|qu est ce qui|que|ca|il)\s+(?:se passe|happening|"
                       r"going on|happens)(?:\s+(?:in|at|dans|a)\s+(?:the|la|le|l)?\s*(?:meeting|reunion|plenary|"
                       r"pleniere|sg ?17|ce ?17|session|seance))?(?:\s+(?:now|right now|today|maintenant|en ce moment|"
                       r"aujourd hui))?\s*[?!.]*$")


#: What is on now, asked alone with a word of now ("c'est quoi en ce moment ?", "what's on now?", "on en est où là ?").
_WHAT_IS_ON_NOW = re.compile(r"^(?:so |and |ok |et |alors |bonjour |hello |hi )?(?:c est quoi|c quoi|qu est ce qu il y a|(?:il )?y a quoi|"
                             r"what s on|whats on|what is on|what s up|on fait quoi)\s+(?:en ce moment|maintenant|right now|"
                             r"now|actuellement|at the moment|la)\s*[?!.]*$")


def _meeting_on(ctx: Context) -> bool:
    """Whether the meeting is on now (from its opening to the end of its last day)."""
    return ctx.meeting.opens_at <= ctx.now < ctx.meeting.closes_at


def answer(ctx: Context, q: Question, kb: Knowledge) -> Reply | None:
    """The live session's state, or None when the question does not ask what is going on now."""
    spread = _GOING_ON_THERE_NOW.search(q.folded) or _GOING_ON.match(q.folded) and _meeting_on(ctx) \
        or _WHAT_IS_ON_NOW.match(q.folded)  # "what is happening in the plenary right now?"; "what's going on?" while the
    # meeting is on; "c'est quoi en ce moment ?" whenever asked (before, during or after the meeting, as /now says)
    in_session = (_NEXT_IN_SESSION.search(q.folded) or _ITEM_TIME_LEFT.search(q.folded)) and _session_open(ctx)
    if not spread and not in_session and (not q.has(*ASKS_LIVE) or not any(
            not _in_a_condition(q.folded, phrase) for phrase in ASKS_LIVE if q.has(phrase))):
        return None  # "if I drop out while my contribution is being discussed, will they wait?": a condition
    if _WHICH_ITEM.search(q.folded):
        return None  # "les prochaines réunions de la CE17, ça se discute au point combien ?": an agenda item asked
    from bot.questions.time_intent import asks_a_conversion  # the time intent imports the intents' shared words

    if asks_a_conversion(q):
        return None  # "la pause finit à 15h30 heure de Genève, ça fait quelle heure chez moi": a clock to convert
    from bot.answers.now import now  # here, not at import: commands register in the order /help lists them

    asker = replace(ctx.request.asker, lang=q.lang)
    return replace(now(replace(ctx, request=replace(ctx.request, asker=asker)), ""), lang=q.lang)
