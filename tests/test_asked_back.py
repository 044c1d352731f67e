"""A click on a reading the bot asked back with is answered like the number typed, only while those very
readings are on offer to the person clicking: never the answer to a reading nobody chose."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.asked_back import mark, mark_of
from asked_back_support import AMBIGUOUS, BREAK_ANSWER, CORNER_ANSWER, coffee_meeting
from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.reply import Reply
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore

POLITE = "Reply with a number only after a question I asked back"


@pytest.fixture
def coffee(meeting):
    return coffee_meeting(meeting)


@pytest.fixture
def core(coffee, clock):
    return MeetingBot(coffee, clock)


def asked(core: MeetingBot, text: str = AMBIGUOUS, user: str = "kim", platform: str = "slack") -> Reply:
    return core.handle(Request(text, Asker(user, user), "C1", platform))


def click(core: MeetingBot, number: int, offered: str, user: str = "kim", platform: str = "slack",
          lang: str = "en") -> str:
    reply = core.choose(Request("", Asker(user, user, lang=lang), "C1", platform), number, offered)
    return " ".join(str(s) for s in reply.segments())


def corner_number(reply: Reply) -> int:
    return next(choice.number for choice in reply.choices if "corner" in choice.label)


def test_a_click_answers_the_reading_chosen_like_the_number_typed(core):
    offer = asked(core)
    corner = corner_number(offer)
    assert CORNER_ANSWER in click(core, corner, mark_of(offer))
    assert BREAK_ANSWER in click(core, 3 - corner, mark_of(offer))  # still on offer after the first click
    typed = " ".join(str(s) for s in asked(core, str(corner)).segments())
    assert typed == click(core, corner, mark_of(offer))


@pytest.mark.parametrize("who", [{"user": "alice"}, {"platform": "discord"}],
                         ids=["another person", "another platform"])
def test_a_click_by_someone_the_readings_were_not_offered_to_chooses_nothing(core, who):
    offer = asked(core)
    answer = click(core, corner_number(offer), mark_of(offer), **who)
    assert POLITE in answer and CORNER_ANSWER not in answer and BREAK_ANSWER not in answer
    assert CORNER_ANSWER in click(core, corner_number(offer), mark_of(offer))  # the asker's readings are intact


def test_a_click_after_ten_minutes_chooses_nothing(core, clock):
    offer = asked(core)
    clock.advance(dt.timedelta(minutes=10, seconds=1))
    assert POLITE in click(core, corner_number(offer), mark_of(offer))


def test_a_click_on_readings_a_newer_question_replaced_chooses_nothing(core):
    offer = asked(core)
    asked(core, "when does the registration close?")
    assert POLITE in click(core, corner_number(offer), mark_of(offer))


@pytest.mark.parametrize("number, offered", [(3, None), (0, None), (1, "0123456789ab"), (1, ""), (1, "not hex!"),
                                             (1, "A" * 12)],
                         ids=["number past the readings", "number 0", "another mark", "no mark", "not a mark",
                              "upper-case mark"])
def test_a_click_that_does_not_name_a_reading_on_offer_chooses_nothing(core, number, offered):
    offer = asked(core)
    assert POLITE in click(core, number, mark_of(offer) if offered is None else offered)


def test_the_polite_message_is_in_the_clickers_language(core):
    offer = asked(core)
    assert "Répondez par un numéro seulement après" in click(core, 1, mark_of(offer), user="claire", lang="fr")


def test_a_click_reaching_another_process_on_the_same_store_is_answered(coffee, tmp_path):
    clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, tzinfo=dt.timezone.utc))
    offer = asked(MeetingBot(coffee, clock, SqliteStore(tmp_path / "state.db")))
    other = MeetingBot(coffee, clock, SqliteStore(tmp_path / "state.db"))
    assert CORNER_ANSWER in click(other, corner_number(offer), mark_of(offer))


def test_the_mark_names_the_readings_and_their_order():
    assert mark(["faq:2", "faq:3"]) == mark(["faq:2", "faq:3"])
    assert len({mark(["faq:2", "faq:3"]), mark(["faq:3", "faq:2"]), mark(["faq:2", "faq:4"]), mark([])}) == 4
