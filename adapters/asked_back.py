"""Clicks on the readings the bot asked back with (buttons on Slack and Discord), answered like the number typed.

When a question has two or three equally likely readings, the core replies with
:attr:`~bot.reply.Reply.choices` and remembers the readings it offered, per person and platform,
for ten minutes (:mod:`bot.questions.followup`). Each button carries its reading's number and a
:func:`mark` of the readings offered with it. A click goes to :meth:`bot.core.MeetingBot.choose`,
which answers it as if its clicker had typed the number, but only while those very readings are
still on offer to that clicker: a click by someone else, on an older message whose readings a newer question replaced,
or after the ten minutes gets the core's polite "reply with a number only after a question I
asked back" instead, never the answer to a reading nobody chose.
"""

from __future__ import annotations

from bot.choice_mark import mark, mark_of  # noqa: F401  (what the renderers put on buttons)

ID_PREFIX = "meetingbot_choice"
