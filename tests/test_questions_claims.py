"""What a question claims: dates, clock times and UTC offsets, in English and French."""

import datetime as dt

import pytest

from bot.questions.claims import clocks_in, dates_in, offsets_in, weekdays_in


@pytest.mark.parametrize("text, date, weekday", [
    ("it ends on Friday 4 September?", dt.date(2020, 9, 4), 4),
    ("finit-elle le vendredi 4 septembre ?", dt.date(2020, 9, 4), 4),
    ("on the 3rd of September", dt.date(2020, 9, 3), None),
    ("Sept 4th", dt.date(2020, 9, 4), None),
    ("le 1er septembre 2021", dt.date(2021, 9, 1), None),
])
def test_dates(text, date, weekday):
    claim = dates_in(text, 2020)[0]
    assert (claim.date, claim.weekday) == (date, weekday)


def test_impossible_dates_are_ignored():
    assert dates_in("31 September", 2020) == []


@pytest.mark.parametrize("text, time", [
    ("is it 2 am in Los Angeles?", dt.time(2)), ("at 2pm", dt.time(14)), ("closes at 17:00?", dt.time(17)),
    ("à 11 h 00", dt.time(11)), ("vers 17h30", dt.time(17, 30)), ("at 10 o'clock", dt.time(10)),
])
def test_clock_times(text, time):
    assert clocks_in(text) == [time]


def test_offsets_and_weekdays():
    assert offsets_in("Geneva is UTC+1, and Delhi GMT+5:30") == [dt.timedelta(hours=1), dt.timedelta(hours=5, minutes=30)]
    assert weekdays_in("does it end on a Friday?") == [4]
