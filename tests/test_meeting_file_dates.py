"""bot.meeting_file.dates: errors where no meeting could be right, warnings where a real one might."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.loader import LoadError, load_meeting
from bot.meeting_file.dates import date_findings, plausible_year
from bot.models import Meeting

VALID = Path(__file__).resolve().parent / "data" / "minimal_valid.yaml"


def with_changes(**changes) -> Meeting:
    data = yaml.safe_load(VALID.read_text())
    data.update(changes)
    return Meeting.model_validate(data)


def findings(**changes) -> list[tuple[tuple, bool]]:
    return [(f.path, f.error) for f in date_findings(with_changes(**changes))]


@pytest.mark.parametrize("year", [1900, 2020, 2199])
def test_years_a_meeting_could_have(year):
    assert plausible_year(dt.date(year, 1, 1)) == dt.date(year, 1, 1)


@pytest.mark.parametrize("year", [1, 1899, 2200, 9999])
def test_years_no_meeting_could_have(year):
    with pytest.raises(ValueError, match=f"year {year:04d} is out of range"):
        plausible_year(dt.date(year, 1, 1))


def test_the_bundled_meeting_fits_together(meeting):
    assert date_findings(meeting) == []


def test_a_session_in_the_week_before_is_usual_the_week_before_that_is_not():
    assert findings(sessions=[{"id": "mt", "title": "Management team", "start": dt.datetime(2020, 8, 17, 11)}]) == []
    assert findings(sessions=[{"id": "mt", "title": "Management team", "start": dt.datetime(2020, 8, 16, 11)}]) == [
        (("sessions", 0, "start"), False)]


def test_a_month_long_meeting_is_fine_a_day_more_is_a_warning():
    assert findings(end_date=dt.date(2020, 9, 23)) == []  # 24 August to 23 September: 31 days
    assert findings(end_date=dt.date(2020, 9, 24)) == [(("end_date",), False)]


def test_a_deadline_on_the_last_day_is_fine_the_day_after_is_a_warning():
    deadline = {"id": "d", "what": "Comments", "hour_stated": False}
    assert findings(deadlines=[{**deadline, "date": dt.date(2020, 9, 3)}]) == []
    assert findings(deadlines=[{**deadline, "date": dt.date(2020, 9, 4)}]) == [(("deadlines", 0, "date"), False)]


def test_every_date_error_of_a_file_is_reported_at_once(tmp_path):
    file = tmp_path / "two.yaml"
    file.write_text(VALID.read_text().replace("letter_date: 2020-06-08", "letter_date: 2021-06-08")
                    .replace("date: 2020-07-24", "date: 2023-07-24"))
    with pytest.raises(LoadError) as caught:
        load_meeting(file)
    assert [(p.line, p.field) for p in caught.value.problems] == [(9, "letter_date"), (30, "deadlines[0].date")]
