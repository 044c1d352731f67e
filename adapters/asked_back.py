"""Clicks on the readings the bot asked back with (buttons on Slack and Discord), answered like the number typed.

When a question has two or three equally likely readings, the core replies with
:attr:`~bot.reply.Reply.choices` and remembers the readings it offered, per person and platform,
for ten minutes (:mod:`bot.questions.followup`). Each button carries its reading's number and a
:func:`mark` of the readings offered with it. A click is answered by the core as if its
clicker had typed the number, but only while those very readings are still on offer to that
clicker: a click by someone else, on an older message whose readings a newer question replaced,
or after the ten minutes gets the core's polite "reply with a number only after a question I
asked back" instead, never the answer to a reading nobody chose.
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from bot.core import MeetingBot
from bot.questions import followup
from bot.questions.messages import say
from bot.questions.replies import text_answer
from bot.reply import Reply
from bot.request import Request
from bot.store import DamagedDocument

ID_PREFIX = "meetingbot_choice"
MARK_LENGTH = 12
MARK = re.compile(rf"[0-9a-f]{{{MARK_LENGTH}}}")


def mark(keys: Sequence[str]) -> str:
    """A short fingerprint of readings offered together (their keys, in order): what the buttons carry."""
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:MARK_LENGTH]


def mark_of(reply: Reply) -> str:
    """The fingerprint of the readings a reply offers."""
    return mark([choice.key for choice in reply.choices])


def still_offered(core: MeetingBot, request: Request, number: int, offered: str) -> bool:
    """Whether the readings marked ``offered`` are the ones on offer to this asker now, and ``number`` is one."""
    previous = followup.recall(core.context(request))
    return previous is not None and 1 <= number <= len(previous.choices) and mark(previous.choices) == offered


def expired(core: MeetingBot, lang: str) -> Reply:
    """The core's polite answer to a number that chooses nothing (in the asker's language)."""
    return text_answer(core.meeting, lang, say("ab.title", lang), say("ab.expired", lang), ok=False)


def answer_click(core: MeetingBot, request: Request, number: int, offered: str) -> Reply:
    """The reply to a click on reading ``number`` of the readings marked ``offered``: the core's answer to the
    number typed by the same person on the same platform, or :func:`expired`. Synchronous (reads the store)."""
    typed = Request(str(number), request.asker, request.channel, request.platform)
    try:
        offered_now = bool(MARK.fullmatch(offered)) and still_offered(core, typed, number, offered)
    except DamagedDocument:  # the core says so in its own words, and logs it
        offered_now = True
    return core.handle(typed) if offered_now else expired(core, request.asker.lang)
