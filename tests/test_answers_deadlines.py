"""/deadlines on the bundled letter: dates, what, how, countdowns, passed ones, and no invented hour."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import pytz

from bot.reply import Day

GENEVA = pytz.timezone("Europe/Zurich")
TRANSLATION = "Submission of ITU-T Member contributions for which translation is requested"
REGISTRATION = "Registration"
CONTRIBUTIONS = "Submission of ITU-T Member contributions"


def geneva(*args) -> dt.datetime:
    return GENEVA.localize(dt.datetime(*args))


def headings(reply) -> list[str]:
    return [section.heading for section in reply.sections if section.heading]


def block(text: str, heading: str) -> str:
    """The paragraph of a rendered reply that starts with ``## heading``."""
    for paragraph in text.split("\n\n"):
        if paragraph.startswith(f"## {heading}\n"):
            return paragraph
    raise AssertionError(f"no section {heading!r} in:\n{text}")


def test_on_20_july_registration_closes_in_4_days(ask):
    section = block(ask("/deadlines"), REGISTRATION)
    assert "Date: Fri 24 Jul 2020" in section
    assert "in 4 days" in section
    assert "hour" not in section.split("When:")[1]


def test_on_20_july_two_deadlines_are_ahead(reply_of):
    assert headings(reply_of("/deadlines")) == [REGISTRATION, CONTRIBUTIONS]


def test_upcoming_deadlines_with_what_and_how(ask):
    text = ask("/deadlines")
    assert "How: Through the online registration form on the study group home page" in block(text, REGISTRATION)
    section = block(text, CONTRIBUTIONS)
    assert "Date: Tue 11 Aug 2020" in section
    assert "How: Through the direct document posting system" in section
    assert "in 22 days" in section


def test_upcoming_reply_points_to_the_passed_one(ask):
    assert "1 deadline has already passed: /deadlines all" in ask("/deadlines")


def test_the_letter_gives_no_hour(ask):
    text = ask("/deadlines")
    assert text.count("The letter gives the date but no hour.") == 2
    assert not re.search(r"\b\d{1,2}:\d{2}\b", text), "no cut-off hour may be invented"


def test_dates_stay_dates_in_the_reply(reply_of):
    segments = reply_of("/deadlines").segments()
    assert Day(dt.date(2020, 7, 24)) in segments
    assert Day(dt.date(2020, 8, 11)) in segments


def test_dates_do_not_shift_for_a_reader_far_away(ask):
    text = ask("/deadlines", tz="Pacific/Honolulu")
    assert "Date: Fri 24 Jul 2020" in text
    assert "Date: Tue 11 Aug 2020" in text


@pytest.mark.parametrize("at, expected", [
    (geneva(2020, 7, 23, 12, 0), re.compile(r"in (36 hours|1 day 12 hours)")),
    (geneva(2020, 7, 24, 12, 0), re.compile(r"in 12 hours\b")),
    (geneva(2020, 7, 24, 21, 30), re.compile(r"in 2 hours 30 minutes\b")),
    (geneva(2020, 7, 24, 23, 50), re.compile(r"in 10 minutes\b")),
], ids=["36 hours left", "12 hours left", "2.5 hours left", "10 minutes left"])
def test_under_two_days_time_left_is_in_hours(ask, clock, at, expected):
    clock.set(at)
    assert expected.search(block(ask("/deadlines"), REGISTRATION))


def test_registration_counts_until_the_end_of_its_day_geneva_time(ask, reply_of, clock):
    clock.set(geneva(2020, 7, 24, 23, 59))
    assert REGISTRATION in headings(reply_of("/deadlines"))
    assert "until the end of that day, Geneva time" in block(ask("/deadlines"), REGISTRATION)
    clock.set(geneva(2020, 7, 25, 0, 0))
    assert REGISTRATION not in headings(reply_of("/deadlines"))


def test_on_30_july_registration_is_not_upcoming(ask, reply_of, clock):
    clock.set(geneva(2020, 7, 30, 10, 0))
    assert headings(reply_of("/deadlines")) == [CONTRIBUTIONS]
    text = ask("/deadlines")
    assert "24 Jul" not in text
    assert "2 deadlines have already passed" in text


def test_after_11_august_all_have_passed_and_are_listed(ask, reply_of, clock):
    clock.set(geneva(2020, 8, 12, 10, 0))
    reply = reply_of("/deadlines")
    text = ask("/deadlines")
    assert "All deadlines of this meeting have passed." in text
    assert headings(reply) == [TRANSLATION, REGISTRATION, CONTRIBUTIONS]
    assert "Date: Wed 24 Jun 2020" in block(text, TRANSLATION)
    assert "passed 18 days ago" in block(text, REGISTRATION)
    assert "passed 10 hours ago" in block(text, CONTRIBUTIONS)
    assert "When: in " not in text


def test_during_the_meeting_all_have_passed(ask, clock):
    clock.set(geneva(2020, 8, 25, 11, 0))
    assert "All deadlines of this meeting have passed." in ask("/deadlines")


@pytest.mark.parametrize("word", ["all", "ALL", "toutes"])
def test_deadlines_all_lists_every_deadline(ask, reply_of, word):
    reply = reply_of(f"/deadlines {word}")
    assert reply.title == "All deadlines (2 ahead, 1 passed)"
    assert headings(reply) == [TRANSLATION, REGISTRATION, CONTRIBUTIONS]
    text = ask(f"/deadlines {word}")
    section = block(text, TRANSLATION)
    assert "Date: Wed 24 Jun 2020" in section
    assert "passed 25 days ago" in section
    assert "in 4 days" in block(text, REGISTRATION)
    assert text.count("The letter gives the date but no hour.") == 3


def test_deadlines_all_before_any_deadline(reply_of, clock):
    clock.set(geneva(2020, 6, 9, 9, 0))
    assert reply_of("/deadlines all").title == "All deadlines (3 ahead, 0 passed)"
    assert reply_of("/deadlines").title == "Upcoming deadlines (3)"


def test_who_each_deadline_concerns(ask):
    text = ask("/deadlines all")
    assert "Who: Every delegate (registration is mandatory)" in block(text, REGISTRATION)


def test_footer_names_meeting_time_and_contact(ask):
    assert "Dates are in Geneva time. Questions: tsbsg17@itu.int" in ask("/deadlines")


def test_unknown_argument_is_a_hint_not_a_crash(reply_of, ask):
    assert reply_of("/deadlines tomorrow").ok is False
    assert "/deadlines takes no argument except “all”." in ask("/deadlines tomorrow")


def test_each_deadline_ahead_says_when_it_ends_on_the_asker_s_clock(ask, bot, meeting):
    section = block(ask("/deadlines", tz="Asia/Kathmandu"), REGISTRATION)
    assert "Where you are: ends Sat 25 Jul 2020, 03:45 Kathmandu (UTC+5:45)" in section, section
    assert "Where you are" not in ask("/deadlines", tz="Europe/Paris")  # on the meeting's clock: nothing to add
    assert "Where you are" not in ask("/deadlines")  # zone unknown


def test_the_asker_s_end_of_a_deadline_in_french(bot, meeting):
    from adapters.console.render import TextRenderer
    from bot.request import Asker, Request

    asker = Asker(id="d", name="d", tz="America/Lima", lang="fr")
    text = TextRenderer(meeting, asker.zone, "fr").render(bot.handle(Request("/deadlines", asker)))
    assert "Chez vous : prend fin ven. 24 juil. 2020, 17:00 Lima (UTC-5)" in text, text
