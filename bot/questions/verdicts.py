"""Whether an answer's opening "Yes:"/"No:" answers what was asked.

A "Yes" or a "No" only answers a yes/no question about that very fact. Two kinds of question ask for no
verdict at all, though an answer built for a nearby yes/no question would give one:

- a choice between two values: "item 2b, the e-plenary - was that 29 May or 29 June?", "is the 3rd a meeting
  day or does it wrap up on the 2nd?", "la réunion commence le lundi 24 ou le mardi 25 ?": the answer names
  the right value; "Yes" or "No" in front of it reads as about the first value, right or wrong;
- a question that opens with an asking word: "which deadlines are still open right now?" is answered by the
  deadlines, never "Yes".
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions import clauses
from bot.questions.messages import say
from bot.questions.normalize import fold
from bot.questions.vocabulary import MONTHS, WH_WORDS
from bot.reply import Reply, Section

#: A value one may choose between (folded): a number or date, a day, a month, a part of the week.
_VALUE = re.compile(r"\d|\b(?:" + "|".join(MONTHS) + r"|sept|aug|sep|monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|tonight|tomorrow|"
                    r"yesterday|aujourd hui|ce soir|demain|hier|veille|lendemain|day after|day before|weekday|"
                    r"weekend|week end|semaine)\b")
#: How or where the meeting is held, one of two ways offered ("in Geneva or virtually?", "en présentiel ou en ligne ?").
_FORMAT = re.compile(r"\b(?:in person|en personne|presentiel|on site|onsite|sur place|physical(?:ly)?|physique|geneva|"
                     r"geneve|virtual(?:ly)?|virtuel(?:le)?(?:ment)?|online|on line|en ligne|remote(?:ly)?|a distance|"
                     r"hybrid|hybride)\b")
#: "or"/"ou" between two things offered ("29 May or 29 June", "le 3 ou le 4") — "ou" as a word, "où" folds to it
#: too but never sits between two values.
_OR = re.compile(r"\s(?:or|ou|ou bien|or rather)\s")
#: A second choice that only turns the first into a yes/no question ("… or not?", "… ou pas ?").
_ONLY_NEGATES = re.compile(r"^\s*(?:not|no|pas|non|is it not|isn t it)\b")
#: An opening verdict, English or French.
_VERDICT = re.compile(r"^(?:Yes|No|Oui|Non)\s?[.:,]\s+")
_YES = re.compile(r"^(?:Yes|Oui)\s?[.:,]\s+")


def _asking_sentence(raw: str) -> str | None:
    """The one sentence of the message that asks (the one with the question mark, else the last), folded;
    None when the message asks more than one thing."""
    asked = clauses.questions_in(raw)
    if len(asked) > 1:
        return None
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", raw.strip()) if s.strip()]
    marked = [s for s in sentences if "?" in s]
    if len(marked) > 1:
        return None
    return fold((marked or sentences or [raw])[-1])


def offers_a_choice(raw: str) -> bool:
    """Whether the message asks which of two values holds ("was that 29 May or 29 June?", "in Geneva or
    virtually?"): "or"/"ou" between two sides that each name a value (a date, a day, a number) or a way the meeting is
    held, the second not a mere "or not"."""
    sentence = _asking_sentence(raw)
    if sentence is None:
        return False
    parts = _OR.split(sentence.rstrip(" ?!."))
    if len(parts) != 2:
        return False
    first, second = parts
    return not _ONLY_NEGATES.match(second) and any(bool(kind.search(first)) and bool(kind.search(second))
                                                   for kind in (_VALUE, _FORMAT))


#: Where a sentence's asking part may start after what it says first ("letter says … - so whats the date?").
_LAST_PART = re.compile(r"[,;:]|\s[-\u2013\u2014]\s|\b(?:so|donc|then|alors)\b")


def asks_with_a_wh_word(raw: str) -> bool:
    """Whether the one sentence that asks opens with an asking word ("which deadlines are still open?"), or its last
    part does ("letter says register 'at least one month before' - so whats the actual date for that?")."""
    sentence = _asking_sentence(raw)
    if sentence is None:
        return False
    last = _LAST_PART.split(sentence)[-1].split()
    return sentence.split()[:1] != [] and sentence.split()[0] in WH_WORDS or bool(last) and last[0] in WH_WORDS


def _strip(line: tuple, verdict: re.Pattern[str]) -> tuple:
    if line and isinstance(line[0], str) and verdict.match(line[0]):
        text = verdict.sub("", line[0])
        return (text[:1].upper() + text[1:], *line[1:])
    return line


def without_unasked_verdict(raw: str, reply: Reply, lang: str) -> Reply:
    """``reply`` with no opening "Yes:"/"No:" where the question asks for none: a choice between two values loses
    either; a question opening with an asking word loses a "Yes" (a "No" there corrects what it took for granted:
    "when on 25 August does it open?"). A title or heading that named a verdict ("Correction") becomes "What the
    letter says", in ``lang``."""
    verdict = _VERDICT if offers_a_choice(raw) else _YES if asks_with_a_wh_word(raw) else None
    if verdict is None:
        return reply
    verdict_titles = {say(key, lang) for key in ("pr.confirm", "pr.title")}
    checked = say("pr.checked", lang)

    def unverdicted(section: Section) -> Section:
        lines = tuple(_strip(line, verdict) for line in section.lines)
        if lines == section.lines:
            return section
        return replace(section, lines=lines, heading=checked if section.heading in verdict_titles else section.heading)

    sections = tuple(map(unverdicted, reply.sections))
    if sections == reply.sections:
        return reply
    title = checked if reply.title in verdict_titles else reply.title
    return replace(reply, title=title, sections=sections)  # "Confirmed" heads no verdict: the letter's value


#: A message that states something to be checked ("… right?", "I heard …", "je crois que …", "donc …"): a "No"
#: answering it is a correction.
_STATES_SOMETHING = re.compile(r"\b(?:right|correct|isn t it|aren t they|n est ce pas|c est ca|c est bien|non|nn|yes|oui|"
                               r"true|vrai|can you confirm|please confirm|confirmez|pouvez vous confirmer|i think|i thought|i heard|i was told|i believe|i assume|"
                               r"apparently|so|donc|je crois|je pense|j ai entendu|on m a dit|il parait|si je comprends)\b")
#: A plain yes/no question, opening with its verb ("can I still connect?", "si …, je peux quand même … ?").
_PLAIN_YES_OR_NO = re.compile(r"^(?:(?:si|if)\b[^,]*,\s*)?(?:can|could|may|do|does|is|are|will|puis je|je peux|peut on|"
                              r"on peut|est ce que|est ce qu)\b")


def titled_as_asked(raw: str, reply: Reply, lang: str) -> Reply:
    """``reply`` titled "What the letter says" instead of "Correction" when the message states nothing and only asks
    a plain yes/no question ("Si mon inscription n'est pas confirmée, je peux quand même me connecter ?": No, with
    nothing of the asker's to correct)."""
    if reply.title != say("pr.title", lang):
        return reply
    folded = fold(raw).strip()
    if _STATES_SOMETHING.search(folded) or not _PLAIN_YES_OR_NO.match(folded) or len(clauses.questions_in(raw)) > 1:
        return reply
    return replace(reply, title=say("pr.checked", lang))
