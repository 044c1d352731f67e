"""Time questions: places in plain words (English and French), IANA zones, UTC, "for me", claims."""

import datetime as dt

import pytest

from tests.qa_support import ask_text


@pytest.mark.parametrize("place, expected", [
    ("Beijing", "17:00"), ("Pékin", "17:00"), ("New York", "05:00"), ("New Delhi", "14:30"), ("Dakar", "09:00"),
    ("Sydney", "19:00"), ("Genève", "11:00"), ("Asia/Seoul", "18:00"), ("UTC", "09:00"), ("UTC+9", "18:00"),
])
def test_the_opening_in_a_place(meeting, place, expected):
    assert f"That is {expected}" in ask_text(meeting, f"What time does it start in {place}?")


def test_french_answer_uses_french_dates(meeting):
    text = ask_text(meeting, "À quelle heure commence la réunion à Pékin ?")
    assert "Soit 17:00 à Pékin (CST, UTC+8), lundi 24 août 2020." in text


def test_for_me_uses_the_asker_zone_or_asks_for_one(meeting):
    assert "18:00 in Seoul" in ask_text(meeting, "what time does it start for me?", tz="Asia/Seoul")
    assert "I do not know your time zone" in ask_text(meeting, "what time does it start for me?")


@pytest.mark.parametrize("question, verdict", [("Is it 2 am in Los Angeles?", "Yes"),
                                               ("Does it start at 3 am in Los Angeles?", "No")])
def test_claimed_times_are_checked(meeting, question, verdict):
    text = ask_text(meeting, question)
    assert text.splitlines()[3].startswith(verdict) and "02:00 in Los Angeles (PDT, UTC-7)" in text


def test_an_unknown_place_is_not_guessed(meeting):
    text = ask_text(meeting, "What time does it start in Narnia?")
    assert "I do not know the place “Narnia”" in text and "That is" not in text


def test_the_end_has_no_hour(meeting):
    text = ask_text(meeting, "What time does the meeting end?")
    assert "Thursday 3 September 2020" in text and "no closing hour" in text


def test_a_named_session_is_picked(meeting):
    text = ask_text(meeting, "What time is the management team meeting in Seoul?")
    assert "Sunday 23 August 2020" in text and "18:00 in Seoul" in text


def test_the_time_now_in_a_place(meeting):
    now = dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc)
    assert "It is now 18:30 in Tokyo" in ask_text(meeting, "what time is it in Tokyo?", now=now)


@pytest.mark.parametrize("question, expected", [
    ("I'm in Sydney, what time does the opening start for me?", "19:00"),
    ("Je suis à São Paulo, la réunion commence à quelle heure chez moi ?", "06:00"),
], ids=["Sydney", "São Paulo"])
def test_a_city_named_with_for_me_is_where_the_asker_is(meeting, question, expected):
    assert expected in ask_text(meeting, question)
