"""The console's reminder poster: what is for the chairs alone reaches a chair's console only."""

from __future__ import annotations

import asyncio
import io

from adapters.console.poster import ConsolePoster
from bot.reply import Reply, Section


def _reply(text: str) -> Reply:
    return Reply(title=text, sections=(Section(lines=((text,),)),))


def _printed(chair: bool) -> str:
    out = io.StringIO()
    poster = ConsolePoster(lambda reply: reply.title, out, chair=chair)
    asyncio.run(poster.post("console", _reply("Registration closes in 7 days")))
    asyncio.run(poster.post_to_chairs(_reply("12 reminders fell due before the bot served this meeting")))
    return out.getvalue()


def test_a_chair_s_console_shows_the_reminders_and_the_chairs_alerts():
    printed = _printed(chair=True)
    assert "[⏰ reminder channel]\nRegistration closes in 7 days" in printed
    assert "[🔔 to the chairs]\n12 reminders fell due" in printed


def test_a_delegate_s_console_shows_the_reminders_and_never_the_chairs_alerts():
    printed = _printed(chair=False)
    assert "Registration closes in 7 days" in printed
    assert "to the chairs" not in printed and "fell due" not in printed
