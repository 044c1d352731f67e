"""A short message that only lists what it asks ("Summary please: dates, opening hour, all deadlines.", "visa?
bourse? langue?", "contrib deadline + how to send TD + interp?"): the things it names, each a question of its own.

The message reading (see :func:`bot.questions._each_question`) answers each thing and puts the answers together.
"""
from __future__ import annotations

import re

#: A label before a colon that announces a list ("Summary please:", "morning all — quick ones:"), a greeting or a
#: thanks around it ("slt, …", "… merci"), and what opens a list of things asked ("pourriez-vous me préciser").
_LIST_LABEL = re.compile(r"^[^:?!.\d]{0,40}:\s+")
_GREETING_AROUND = re.compile(r"^\s*(?:hi|hello|hey|morning|good morning|slt|salut|bonjour|bjr|coucou)\b[\s,!.:-]*|"
                              r"[\s,.!]*\b(?:merci|thanks|thank you|thx|ty|pls|please|svp|stp|merci d'avance)\b[\s!.]*$",
                              re.IGNORECASE)
_LIST_OPENER = re.compile(r"^(?:(?:pourriez|pouvez|could|can|would)[\w\s'’-]{0,20}?\s)?(?:me |nous |us )?(?:conna[iî]tre|"
                          r"savoir|confirmer|indiquer|pr[ée]ciser|rappeler|communiquer|know|confirm|tell me|tell us|"
                          r"give me|give us|send me)\s+", re.IGNORECASE)
#: Where a list of short things asked parts: a comma, a semicolon, a "+", a question mark, a last "and"/"et".
_LIST_PARTS = re.compile(r"\s*(?:[,;?+]|\s(?:and|et|&)\s)\s*(?:(?:and|et)\s+)?", re.IGNORECASE)
#: A thing said of oneself, not asked ("I'm between two calls", "je suis à Dakar", "my boss needs it").
_OF_ONESELF = re.compile(r"(?i)(?:i|i['’]m|i am|we|we['’]re|my|our|je|j['’]|jsuis|chui|on est|nous|mon|ma|mes|notre)\b")
#: A thing that goes on with the one before ("… à Paris et à Londres", "…, from Japan, …", "…, or only the chairs?").
_GOES_ON = re.compile(r"(?i)(?:and|or|et|ou|a|à|in|of|from|to|for|with|de|du|des|pour|avec|en|dans|sur|uniquement|only|"
                      r"just|seulement|aussi|also|then|puis|if|since|as|si|comme|lorsque|lorsqu|(?:when|quand) "
                      r"(?:i|we|you|a|the|my|je|j|on|nous|ma|mon|la|le|un|une))\b")
#: A word that stands for something named before it ("qui peut y participer ?", "what's that in Lagos?").
_POINTS_BACK = re.compile(r"(?i)\b(?:y|en|it|its|that|this|them|there|ça|ca|cela|celle|celui|le|la|les)\b(?=\s*\??$)|"
                          r"\b(?:y|that|them|there)\b")  # not "it", "ça": "ça commence quand ?" asks of the meeting
#: How many things such a list names, and the words at most in each thing and in the whole message.
LISTED_THINGS, LISTED_THING_WORDS, LISTED_MESSAGE_WORDS = 3, 5, 28


def things_listed(raw: str) -> list[str]:
    """The things of a short message that only lists what it asks ("Summary please: dates, opening hour, all
    deadlines.", "slt, visa? bourse? langue? merci", "contrib deadline + how to send TD + interp?"), each as a
    question; [] unless there are three, each of a few words, none said of oneself nor going on with the one before."""
    if len(raw.split()) > LISTED_MESSAGE_WORDS:
        return []
    text = _GREETING_AROUND.sub("", _GREETING_AROUND.sub("", raw.strip()))
    labelled = _LIST_LABEL.search(text)
    text = _LIST_OPENER.sub("", text[labelled.end():] if labelled else text)
    text = _GREETING_AROUND.sub("", text).strip()
    if not (text.endswith("?") or labelled):
        return []  # "is it too late to register? tomorrow is a holiday here": a question, then what is said of it
    things = [thing.strip(" .!-") for thing in _LIST_PARTS.split(text)]
    things = [thing for thing in things if thing]
    if any(_OF_ONESELF.match(thing) or _GOES_ON.match(thing) or _POINTS_BACK.search(thing)
           or re.search(r"\.|\b\d", thing) for thing in things):
        return []  # "quick: start time + platform, I'm between two calls": what the asker says of themselves; "…,
        # cela fait quelle heure à Paris et à Londres ?": "à Londres" goes on with the one before
    if len(things) != LISTED_THINGS or any(len(thing.split()) > LISTED_THING_WORDS for thing in things):
        return []
    return [f"{thing} ?" for thing in things]
