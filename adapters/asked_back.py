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

from bot.core import MeetingBot
from bot.questions.ask_back import MARK, expired, mark, mark_of  # noqa: F401  (what the renderers put on buttons)
from bot.reply import Reply
from bot.request import Request

ID_PREFIX = "meetingbot_choice"


def answer_click(core: MeetingBot, request: Request, number: int, offered: str) -> Reply:
    """The core's reply to a click on reading ``number`` of the readings marked ``offered``. Synchronous (reads the store)."""
    return core.choose(request, number, offered)
