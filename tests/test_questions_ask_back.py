"""Asking back: two readings about as likely are offered by number, and the number answers."""

import datetime as dt

from adapters.console.render import TextRenderer
from bot.clock import FakeClock
from bot.core import MeetingBot
from bot.questions.ask_back import chosen_number
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore

AMBIGUOUS = "la lettre date de quand ?"  # the letter's date, or the meeting's dates?


def say(bot: MeetingBot, meeting, text: str, user: str = "delegate") -> tuple[str, object]:
    asker = Asker(id=user, name=user)
    reply = bot.handle(Request(text, asker))
    return TextRenderer(meeting, asker.zone).render(reply), reply


def test_an_unclear_question_is_asked_back_with_numbered_readings(bot, meeting):
    text, reply = say(bot, meeting, AMBIGUOUS)
    assert [c.number for c in reply.choices] == [1, 2]
    assert "Que voulez-vous dire ?" in text and "1. La lettre d'invitation" in text and "2. Dates de la réunion" in text
    assert "8 juin" not in text and "24 août" not in text  # no answer given with confidence


def test_the_number_answers_the_reading_chosen_in_the_language_asked(bot, meeting):
    say(bot, meeting, AMBIGUOUS)
    assert "lundi 8 juin 2020" in say(bot, meeting, "1")[0]
    assert "24 août 2020" in say(bot, meeting, "2")[0]  # the readings stay offered until another question


def test_a_number_without_a_question_asked_back_is_read_as_any_question(bot, meeting):
    assert "Reply with a number only after" not in say(bot, meeting, "2")[0]


def test_a_number_out_of_range_changes_nothing(bot, meeting):
    say(bot, meeting, AMBIGUOUS)
    text, reply = say(bot, meeting, "5")
    assert not reply.ok and "Répondez par un numéro" in text or "Reply with a number" in text
    assert not say(bot, meeting, "3")[1].ok
    assert "8 juin" in say(bot, meeting, "1")[0]


def test_another_askers_number_does_not_choose(bot, meeting):
    say(bot, meeting, AMBIGUOUS, user="alice")
    assert "8 juin" not in say(bot, meeting, "1", user="bob")[0]


def test_the_choice_is_understood_by_another_process_on_the_same_store(meeting, tmp_path):
    clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, tzinfo=dt.timezone.utc))
    first = MeetingBot(meeting, clock, SqliteStore(tmp_path / "state.db"))
    say(first, meeting, AMBIGUOUS)
    second = MeetingBot(meeting, clock, SqliteStore(tmp_path / "state.db"))
    assert "8 juin" in say(second, meeting, "1")[0]


def test_what_counts_as_choosing():
    assert [chosen_number(t) for t in ("2", " #2 ", "option 2", "le 2", "2.", "no 3")] == [2, 2, 2, 2, 2, 3]
    assert [chosen_number(t) for t in ("22", "2 people", "item 2", "0")] == [None, None, None, None]
