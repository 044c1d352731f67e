"""Dates and durations per language, with Babel."""

import datetime as dt

from babel.dates import format_date

from bot.questions.formatting import day, duration


def test_days():
    assert day(dt.date(2020, 7, 24), "en") == "Friday 24 July 2020"
    assert day(dt.date(2020, 7, 24), "fr") == "vendredi 24 juillet 2020"


def test_durations_read_as_in_the_commands():
    assert duration(dt.timedelta(days=4, hours=14), "en") == "4 days"
    assert duration(dt.timedelta(days=1, hours=4, minutes=5), "fr") == "1 jour 4 heures"
    assert duration(dt.timedelta(hours=3, minutes=10), "en") == "3 hours 10 minutes"
    assert duration(dt.timedelta(seconds=20), "en") == "less than a minute"
    assert duration(dt.timedelta(seconds=20), "fr") == "moins d'une minute"


def test_english_days_are_written_as_babel_writes_them_every_day_of_the_year():
    first = dt.date(2020, 1, 1)
    for offset in range(366):
        date = first + dt.timedelta(days=offset)
        assert day(date, "en") == format_date(date, format="EEEE d MMMM y", locale="en")
