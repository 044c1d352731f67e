"""Time zones, DST and durations: the arithmetic a delegate in Seoul or New York relies on."""

from __future__ import annotations

import datetime as dt

import pytest
import pytz

from bot.timefmt import find_zone, format_date, format_duration, format_time, parse_duration, utc_offset, zone_label

GENEVA = pytz.timezone("Europe/Zurich")
UTC = dt.timezone.utc
OPENING = GENEVA.localize(dt.datetime(2020, 8, 24, 11, 0))


def test_opening_is_0900_utc():
    assert OPENING.astimezone(UTC) == dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("zone, expected", [
    ("UTC", "Mon 24 Aug 2020, 09:00 UTC"),
    ("Europe/Zurich", "Mon 24 Aug 2020, 11:00 Zurich (CEST, UTC+2)"),
    ("Asia/Seoul", "Mon 24 Aug 2020, 18:00 Seoul (KST, UTC+9)"),
    ("Asia/Shanghai", "Mon 24 Aug 2020, 17:00 Shanghai (CST, UTC+8)"),
    ("America/New_York", "Mon 24 Aug 2020, 05:00 New York (EDT, UTC-4)"),
    ("America/Los_Angeles", "Mon 24 Aug 2020, 02:00 Los Angeles (PDT, UTC-7)"),
    ("Asia/Kolkata", "Mon 24 Aug 2020, 14:30 Kolkata (IST, UTC+5:30)"),
    ("Pacific/Honolulu", "Sun 23 Aug 2020, 23:00 Honolulu (HST, UTC-10)"),
], ids=lambda v: v if "/" in v or v == "UTC" else None)
def test_opening_in_other_zones(zone, expected):
    assert format_time(OPENING, pytz.timezone(zone)) == expected


def test_meeting_label_and_time_style():
    assert format_time(OPENING, GENEVA, "Geneva") == "Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)"
    assert format_time(OPENING, GENEVA, "Geneva", style="time") == "11:00 Geneva (CEST, UTC+2)"
    assert format_time(OPENING, GENEVA, "Geneva", style="date") == "Mon 24 Aug 2020"


def test_format_time_accepts_utc_instant():
    at = dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)
    assert format_time(at, pytz.timezone("Asia/Seoul"), style="time") == "18:00 Seoul (KST, UTC+9)"


# --- DST: Europe/Zurich leaves CEST for CET on Sun 25 Oct 2020 at 03:00 local (01:00 UTC) ----------

def test_last_cest_minute_and_first_cet_minute():
    before = dt.datetime(2020, 10, 25, 0, 59, tzinfo=UTC)
    after = dt.datetime(2020, 10, 25, 1, 0, tzinfo=UTC)
    assert format_time(before, GENEVA, "Geneva") == "Sun 25 Oct 2020, 02:59 Geneva (CEST, UTC+2)"
    assert format_time(after, GENEVA, "Geneva") == "Sun 25 Oct 2020, 02:00 Geneva (CET, UTC+1)"


def test_same_wall_clock_twice_an_hour_apart():
    first = GENEVA.localize(dt.datetime(2020, 10, 25, 2, 30), is_dst=True)
    second = GENEVA.localize(dt.datetime(2020, 10, 25, 2, 30), is_dst=False)
    assert second - first == dt.timedelta(hours=1)
    assert format_time(first, GENEVA, "Geneva", style="time") == "02:30 Geneva (CEST, UTC+2)"
    assert format_time(second, GENEVA, "Geneva", style="time") == "02:30 Geneva (CET, UTC+1)"


def test_one_day_later_across_the_change_is_an_hour_earlier_on_the_wall():
    saturday_noon = GENEVA.localize(dt.datetime(2020, 10, 24, 12, 0))
    assert format_time(saturday_noon + dt.timedelta(hours=24), GENEVA, "Geneva") == \
        "Sun 25 Oct 2020, 11:00 Geneva (CET, UTC+1)"


def test_after_the_change_geneva_is_eight_hours_behind_seoul():
    at = GENEVA.localize(dt.datetime(2020, 10, 26, 11, 0))
    assert format_time(at, pytz.timezone("Asia/Seoul"), style="time") == "19:00 Seoul (KST, UTC+9)"


def test_spring_change_on_29_march_2020():
    before = dt.datetime(2020, 3, 29, 0, 59, tzinfo=UTC)
    assert format_time(before, GENEVA, "Geneva", style="time") == "01:59 Geneva (CET, UTC+1)"
    assert format_time(before + dt.timedelta(minutes=1), GENEVA, "Geneva", style="time") == \
        "03:00 Geneva (CEST, UTC+2)"


# --- the pytz LMT trap ----------------------------------------------------------------------------

def test_tzinfo_argument_gives_lmt_not_cest():
    wrong = dt.datetime(2020, 8, 24, 11, 0, tzinfo=pytz.timezone("Europe/Zurich"))
    assert wrong.utcoffset() == dt.timedelta(minutes=34)  # LMT +00:34, not CEST
    assert wrong.astimezone(UTC) != OPENING.astimezone(UTC)


@pytest.mark.parametrize("naive, offset", [
    (dt.datetime(2020, 8, 24, 11, 0), dt.timedelta(hours=2)),
    (dt.datetime(2020, 8, 23, 11, 0), dt.timedelta(hours=2)),
    (dt.datetime(2020, 12, 1, 11, 0), dt.timedelta(hours=1)),
    (dt.datetime(2020, 10, 25, 11, 0), dt.timedelta(hours=1)),
], ids=["opening", "management team", "winter", "day of the change"])
def test_meeting_local_never_gives_lmt(meeting, naive, offset):
    assert meeting.local(naive).utcoffset() == offset


def test_every_session_of_the_meeting_is_cest(meeting):
    for session in meeting.sessions:
        assert meeting.local(session.start).utcoffset() == dt.timedelta(hours=2), session.id
    assert meeting.opens_at.astimezone(UTC) == dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)


# --- durations -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("15m", dt.timedelta(minutes=15)),
    ("1h30m", dt.timedelta(minutes=90)),
    ("1h 30m", dt.timedelta(minutes=90)),
    ("2h", dt.timedelta(hours=2)),
    ("7d", dt.timedelta(days=7)),
    ("30s", dt.timedelta(seconds=30)),
    ("90", dt.timedelta(minutes=90)),
    ("2H", dt.timedelta(hours=2)),
    ("1d2h", dt.timedelta(hours=26)),
    ("1h30", dt.timedelta(minutes=90)),
    ("5 minutes", dt.timedelta(minutes=5)),
    ("15 min", dt.timedelta(minutes=15)),
    ("2 hours", dt.timedelta(hours=2)),
    ("1 heure 30", dt.timedelta(minutes=90)),
    ("20 mn", dt.timedelta(minutes=20)),
    ("1:30", dt.timedelta(minutes=90)),
    ("1.5h", dt.timedelta(minutes=90)),
    ("1,5 h", dt.timedelta(minutes=90)),
    ("20'", dt.timedelta(minutes=20)),
    ("45’", dt.timedelta(minutes=45)),
    ("1h30'", dt.timedelta(minutes=90)),
    ("for 15 min", dt.timedelta(minutes=15)),
    ("pendant 20 min", dt.timedelta(minutes=20)),
], ids=lambda v: v if isinstance(v, str) else None)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "0", "0m", "abc", "1x", "m", "-5m", "401d", "5 parsecs", "1m30h2",
                                  "0:00", "1:75", "1.5", "20''", "for", "for ever"],
                         ids=lambda v: repr(v))
def test_parse_duration_rejects(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize("delta, expected", [
    (dt.timedelta(days=23, hours=5), "23 days"),
    (dt.timedelta(days=2), "2 days"),
    (dt.timedelta(days=1, hours=4), "1 day 4 hours"),
    (dt.timedelta(days=1), "1 day"),
    (dt.timedelta(days=1, hours=1), "1 day 1 hour"),
    (dt.timedelta(hours=5, minutes=3), "5 hours 3 minutes"),
    (dt.timedelta(hours=1), "1 hour"),
    (dt.timedelta(minutes=12), "12 minutes"),
    (dt.timedelta(minutes=1, seconds=10), "1 minute"),
    (dt.timedelta(seconds=20), "less than a minute"),
    (dt.timedelta(days=-3), "3 days"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_format_duration(delta, expected):
    assert format_duration(delta) == expected


# --- zones ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Asia/Seoul", "Asia/Seoul"),
    ("asia/seoul", "Asia/Seoul"),
    ("ASIA/SEOUL", "Asia/Seoul"),
    ("  Europe/Zurich ", "Europe/Zurich"),
    ("america/new york", "America/New_York"),
    ("America/Los_Angeles", "America/Los_Angeles"),
    ("UTC", "UTC"),
], ids=lambda v: repr(v))
def test_find_zone_by_iana_name(text, name):
    zone = find_zone(text)
    assert zone is not None and zone.zone == name


@pytest.mark.parametrize("text, minutes", [
    ("UTC+9", 9 * 60), ("utc+9", 9 * 60), ("UTC+5:30", 5 * 60 + 30), ("UTC-3", -3 * 60), ("GMT+2", 120),
    ("UTC+0530", 330),
], ids=lambda v: v if isinstance(v, str) else None)
def test_find_zone_by_offset(text, minutes):
    zone = find_zone(text)
    assert zone is not None
    assert dt.datetime(2020, 8, 24, tzinfo=UTC).astimezone(zone).utcoffset() == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("text, name", [
    ("EST", "America/New_York"), ("edt", "America/New_York"), ("PST", "America/Los_Angeles"),
    ("CEST", "Europe/Paris"), ("AEST", "Australia/Sydney"),
], ids=lambda v: repr(v))
def test_find_zone_by_abbreviation_is_the_place_in_every_season(text, name):
    zone = find_zone(text)
    assert zone is not None and zone.zone == name


@pytest.mark.parametrize("text", ["", "   ", "junk", "Mars/Olympus", "UTC+15", "UTC+5:75", "Seoul", "CST", "IST"],
                         ids=lambda v: repr(v))
def test_find_zone_junk_is_none(text):
    assert find_zone(text) is None


@pytest.mark.parametrize("zone, label", [
    ("Asia/Seoul", "Seoul"), ("America/New_York", "New York"), ("UTC", "UTC"), ("Europe/Zurich", "Zurich"),
])
def test_zone_label(zone, label):
    assert zone_label(pytz.timezone(zone)) == label


def test_offset_zone_label():
    assert zone_label(find_zone("UTC+5:30")) == "UTC+5:30"


@pytest.mark.parametrize("minutes, text", [(120, "UTC+2"), (-420, "UTC-7"), (330, "UTC+5:30"), (0, "UTC")])
def test_utc_offset(minutes, text):
    assert utc_offset(dt.timedelta(minutes=minutes)) == text


def test_format_date_has_no_leading_zero():
    assert format_date(dt.date(2020, 9, 3)) == "Thu 3 Sep 2020"
    assert format_date(dt.date(2020, 7, 24)) == "Fri 24 Jul 2020"
