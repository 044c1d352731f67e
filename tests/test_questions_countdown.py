"""Where the meeting stands, relative to now."""

import datetime as dt

from tests.qa_support import ask_text

UTC = dt.timezone.utc


def test_before(meeting):
    text = ask_text(meeting, "How long until the meeting starts?", now=dt.datetime(2020, 8, 22, 9, tzinfo=UTC))
    assert "opens in 2 days" in text


def test_during(meeting):
    text = ask_text(meeting, "Has the meeting started?", now=dt.datetime(2020, 9, 3, 9, tzinfo=UTC))
    assert "day 11 of 11" in text


def test_after_in_french(meeting):
    text = ask_text(meeting, "La réunion est-elle terminée ?", now=dt.datetime(2020, 9, 4, 9, tzinfo=UTC))
    assert "La réunion est terminée" in text and "jeudi 3 septembre 2020" in text
