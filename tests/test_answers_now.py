"""/now without live sessions: before the meeting, which day of it, or that it is over."""

from __future__ import annotations

import datetime as dt

import pytest
import pytz

GENEVA = pytz.timezone("Europe/Zurich")


def geneva(*args) -> dt.datetime:
    return GENEVA.localize(dt.datetime(*args))


def test_before_the_meeting_time_until_opening(ask):
    text = ask("/now")
    assert "The meeting opens in 35 days: Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)." in text


def test_before_the_meeting_names_the_management_team_meeting(ask):
    text = ask("/now")
    assert "Open extended SG17 management team meeting, Sun 23 Aug 2020, 11:00 Geneva (CEST, UTC+2)" in text
    assert "(in 34 days)" in text


def test_before_the_meeting_in_the_askers_zone(ask):
    assert "Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2) = 18:00 Seoul (KST, UTC+9)" in ask("/now", tz="Asia/Seoul")


@pytest.mark.parametrize("at, expected", [
    (geneva(2020, 8, 23, 11, 0), "The meeting opens in 1 day:"),
    (geneva(2020, 8, 24, 0, 30), "The meeting opens in 10 hours 30 minutes:"),
    (geneva(2020, 8, 24, 10, 0), "The meeting opens in 1 hour:"),
    (geneva(2020, 8, 24, 10, 59), "The meeting opens in 1 minute:"),
], ids=["a day before", "first day, early morning", "an hour before", "a minute before"])
def test_countdown_to_opening(ask, clock, at, expected):
    clock.set(at)
    assert expected in ask("/now")


@pytest.mark.parametrize("at, day", [
    (geneva(2020, 8, 24, 11, 0), 1),
    (geneva(2020, 8, 24, 18, 0), 1),
    (geneva(2020, 8, 25, 9, 0), 2),
    (geneva(2020, 8, 27, 1, 30), 4),
    (geneva(2020, 8, 29, 12, 0), 6),
    (geneva(2020, 8, 31, 11, 0), 8),
    (geneva(2020, 9, 3, 23, 59), 11),
], ids=["opening", "first evening", "day 2", "after midnight Geneva (still 26 Aug in UTC)", "Saturday",
        "second Monday", "last minute"])
def test_during_the_meeting_which_day(ask, clock, at, day):
    clock.set(at)
    text = ask("/now")
    assert f"day {day} of 11" in text
    assert "opens in" not in text
    assert "over" not in text


def test_during_the_meeting_names_today_and_the_last_day(ask, clock):
    clock.set(geneva(2020, 8, 27, 1, 30))
    text = ask("/now")
    assert "Thu 27 Aug 2020" in text
    assert "Thu 3 Sep 2020" in text


@pytest.mark.parametrize("at", [geneva(2020, 9, 4, 0, 0), geneva(2020, 9, 10, 12, 0), geneva(2021, 1, 1, 0, 0)],
                         ids=["midnight after the last day", "a week later", "next year"])
def test_after_the_meeting_it_is_over(ask, clock, at):
    clock.set(at)
    text = ask("/now")
    assert "The meeting is over: it ran from Mon 24 Aug 2020 to Thu 3 Sep 2020." in text
    assert "day 12" not in text


def test_now_follows_the_clock(ask, clock):
    first = ask("/now")
    clock.advance(dt.timedelta(days=10))
    assert "The meeting opens in 25 days" in ask("/now")
    assert ask("/now") != first


def test_now_shows_current_meeting_time(ask):
    assert "Mon 20 Jul 2020, 10:00 Geneva" in ask("/now")


def test_current_time_uses_the_house_date_style(ask, clock):
    clock.set(geneva(2020, 9, 3, 12, 0))
    text = ask("/now")
    assert "Thu 3 Sep 2020" in text.split("Current time:")[1], "the footer should read like every other date"


def test_a_session_never_adjourned_is_not_under_discussion_after_the_meeting(meeting):
    from live_helpers import LiveBot

    live = LiveBot(meeting)
    live.at("09:06", day=24)
    live.chair("/item 3h")
    live.clock.set(geneva(2026, 12, 1, 10, 0))
    text = live.say("/now")
    assert "Under discussion" not in text
    assert "ago" not in text
    assert "The meeting is over" in text
    assert "was never adjourned; it ended with the meeting. Last item discussed: 3 h) Collaboration with IEC, " \
           "ISO and ISO/IEC JTC 1, from Mon 24 Aug 2020, 09:06 Geneva" in text


def test_a_session_still_open_later_the_same_day_is_under_discussion(meeting):
    from live_helpers import LiveBot

    live = LiveBot(meeting)
    live.chair("/item 3h")
    live.at("16:00", day=24)
    text = live.say("/now")
    assert "Under discussion: 3 h)" in text
    assert "never adjourned" not in text


def test_a_session_left_open_overnight_is_not_under_discussion_the_next_day(meeting):
    from live_helpers import LiveBot

    live = LiveBot(meeting)
    live.chair("/item 3h")
    live.at("09:00", day=25)
    text = live.say("/now")
    assert "Under discussion" not in text
    assert "was never adjourned, and no session has been opened today yet. Last item discussed: 3 h) " \
           "Collaboration with IEC, ISO and ISO/IEC JTC 1, from Mon 24 Aug 2020, 11:00 Geneva" in text


def test_a_session_on_a_break_until_the_next_day_is_still_open_then(meeting):
    from live_helpers import LiveBot

    live = LiveBot(meeting)
    live.chair("/item 3h")
    live.at("17:00", day=24)
    assert live.chair("/break").ok
    live.at("09:00", day=25)
    text = live.say("/now")
    assert "never adjourned" not in text
    assert "On a break" in text
