"""What is going on now, asked in plain words, is answered from the live session like /now."""

import datetime as dt

import pytest

from adapters.console.render import TextRenderer
from bot.request import Asker, Request


def ask(bot, meeting, text: str, chair: bool = False) -> str:
    asker = Asker(id="chair" if chair else "delegate", name="x", is_chair=chair)
    return TextRenderer(meeting, None).render(bot.handle(Request(text, asker)))


@pytest.mark.parametrize("question", ["What is being discussed now?", "which item are we on?",
                                      "quel point est en discussion ?"])
def test_the_item_under_discussion(bot, meeting, clock, question):
    clock.set(dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc))
    ask(bot, meeting, "/item 5b", chair=True)
    text = ask(bot, meeting, question)
    assert "5 b)" in text and ("IPR" in text or "propriété" in text.lower() or "DPI" in text)


def test_when_the_break_ends(bot, meeting, clock):
    clock.set(dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc))
    ask(bot, meeting, "/item 3h", chair=True)
    ask(bot, meeting, "/break 15m", chair=True)
    assert "11:45" in ask(bot, meeting, "when does the break end?")
