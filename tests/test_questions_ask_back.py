"""Asking back: two readings about as likely are offered by number, and the number answers."""

import datetime as dt

import pytest

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.questions.ask_back import chosen_number
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore

AMBIGUOUS = "coffee?"  # the coffee corner, or the coffee break?


@pytest.fixture
def coffee_meeting(meeting):
    """The SG17 meeting with two FAQ entries that the word "coffee" alone fits equally well."""
    faq = [{"question": "Where is the coffee corner?", "question_fr": "Où est le coin café ?",
            "answer": "The coffee corner is the chat room #coffee.", "answer_fr": "Le coin café est le salon #café.",
            "keywords": ["coffee", "corner"]},
           {"question": "When is the coffee break?", "question_fr": "Quand est la pause café ?",
            "answer": "The chair calls coffee breaks.", "answer_fr": "Le président annonce les pauses café.",
            "keywords": ["coffee", "break"]}]
    return meeting.model_copy(update={"id": "coffee-meeting", "faq": [*meeting.faq, *faq]})


@pytest.fixture
def bot(coffee_meeting, clock):
    return MeetingBot(coffee_meeting, clock)


def say(bot: MeetingBot, meeting, text: str, user: str = "delegate") -> tuple[str, object]:
    asker = Asker(id=user, name=user)
    reply = bot.handle(Request(text, asker))
    return TextRenderer(meeting, asker.zone).render(reply), reply


def test_an_unclear_question_is_asked_back_with_numbered_readings(bot, meeting):
    text, reply = say(bot, meeting, AMBIGUOUS)
    assert sorted(c.label for c in reply.choices) == ["When is the coffee break?", "Where is the coffee corner?"]
    assert "Which do you mean?" in text and "1. " in text and "2. " in text
    assert "#coffee" not in text and "calls coffee breaks" not in text  # no answer given with confidence


def test_the_number_answers_the_reading_chosen(bot, meeting):
    _, reply = say(bot, meeting, AMBIGUOUS)
    corner = next(c.number for c in reply.choices if "corner" in c.label)
    other = 3 - corner
    assert "#coffee" in say(bot, meeting, str(corner))[0]
    assert "calls coffee breaks" in say(bot, meeting, str(other))[0]  # the readings stay offered until another question


def test_a_question_asked_back_in_french_is_answered_in_french(bot, meeting):
    _, reply = say(bot, meeting, "café ?")
    assert reply.choices and all(c.label.startswith(("Où", "Quand")) for c in reply.choices)
    assert "Le " in say(bot, meeting, "1")[0]


def test_a_number_without_a_question_asked_back_is_read_as_any_question(bot, meeting):
    assert "Reply with a number only after" not in say(bot, meeting, "2")[0]


def test_a_number_out_of_range_changes_nothing(bot, meeting):
    say(bot, meeting, AMBIGUOUS)
    text, reply = say(bot, meeting, "5")
    assert not reply.ok and "Reply with a number" in text
    assert not say(bot, meeting, "3")[1].ok
    assert "coffee" in say(bot, meeting, "1")[0]  # the readings are still offered


def test_another_askers_number_does_not_choose(bot, meeting):
    say(bot, meeting, AMBIGUOUS, user="alice")
    text = say(bot, meeting, "1", user="bob")[0]
    assert "#coffee" not in text and "calls coffee breaks" not in text


def test_the_choice_is_understood_by_another_process_on_the_same_store(coffee_meeting, meeting, tmp_path):
    clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, tzinfo=dt.timezone.utc))
    first = MeetingBot(coffee_meeting, clock, SqliteStore(tmp_path / "state.db"))
    say(first, meeting, AMBIGUOUS)
    second = MeetingBot(coffee_meeting, clock, SqliteStore(tmp_path / "state.db"))
    text = say(second, meeting, "1")[0]
    assert "#coffee" in text or "calls coffee breaks" in text


def test_what_counts_as_choosing():
    assert [chosen_number(t) for t in ("2", " #2 ", "option 2", "le 2", "2.", "no 3")] == [2, 2, 2, 2, 2, 3]
    assert [chosen_number(t) for t in ("22", "2 people", "item 2", "0")] == [None, None, None, None]


def test_a_click_chooses_only_the_readings_still_on_offer(bot, meeting):
    from bot.choice_mark import mark_of
    _, reply = say(bot, meeting, AMBIGUOUS)
    asker = Asker(id="delegate", name="delegate")
    chosen = bot.choose(Request("", asker), 1, mark_of(reply))
    assert chosen.ok and "coffee" in TextRenderer(meeting, None).render(chosen)
    assert not bot.choose(Request("", asker), 1, "0" * 12).ok  # another set of readings: nothing is chosen
    assert not bot.choose(Request("", Asker(id="other", name="other")), 1, mark_of(reply)).ok
