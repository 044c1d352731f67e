"""/now during a live session: the item and since when, a break and until when, after the session ends."""

from __future__ import annotations

import datetime as dt

import pytest

from live_helpers import LiveBot, discussing_3h


@pytest.fixture
def live(meeting) -> LiveBot:
    """Chair Rossi opens "Plenary, day 1" at 11:00 Geneva and announces 3h."""
    return discussing_3h(meeting)


def test_now_during_a_session_gives_item_since_when_how_long_and_next(live):
    live.at("11:25")
    text = live.say("/now")
    assert text.startswith("Now: Plenary, day 1")
    assert "Under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in text
    assert "Under item 3. Coordination, collaboration and cooperation" in text
    assert "Since 11:00 Geneva (CEST, UTC+2) (25 minutes ago)." in text
    assert "Next: 3 i) Collaboration with IETF" in text


def test_now_follows_the_chair(live):
    live.at("11:40")
    live.chair("/next")
    live.at("12:41")
    text = live.say("/now")
    assert "Under discussion: 3 i) Collaboration with IETF" in text
    assert "Since 11:40 Geneva (CEST, UTC+2) (1 hour 1 minute ago)." in text
    assert "Next: 3 j) Collaboration with ETSI" in text


def test_now_shows_times_in_the_askers_zone_too(live):
    live.at("11:05")
    assert "Since 11:00 Geneva (CEST, UTC+2) = 18:00 Seoul" in live.say("/now", tz="Asia/Seoul")


def test_now_on_the_last_item_has_no_next(live):
    live.chair("/item 10")
    text = live.say("/now")
    assert "Under discussion: 10. Closing" in text
    assert "Next:" not in text


def test_now_mentions_the_speaker_queue(live):
    live.reply("/floor France", user="Dupont")
    live.reply("/floor Kenya", user="Wanjiru")
    assert "Speaker queue: 2 waiting (/floor list)." in live.say("/now")


def test_now_on_a_break_says_until_when(live):
    live.at("11:20")
    live.chair("/break 15m")
    live.at("11:25")
    text = live.say("/now")
    assert "On a break until 11:35 Geneva (CEST, UTC+2) (in 10 minutes)." in text
    assert "Before the break: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in text
    assert "Under discussion:" not in text


def test_now_on_a_break_that_overran(live):
    live.at("11:20")
    live.chair("/break 15m")
    live.at("11:50")
    assert "On a break until 11:35 Geneva (CEST, UTC+2) (the chair has not resumed yet)." in live.say("/now")


def test_now_on_an_open_ended_break(live):
    live.at("11:20")
    live.chair("/break")
    live.at("11:30")
    assert "On a break since 11:20 Geneva (CEST, UTC+2)." in live.say("/now")


def test_now_after_resume_is_back_on_the_item(live):
    live.at("11:20")
    live.chair("/break 15m")
    live.at("11:35")
    live.chair("/resume")
    live.at("11:40")
    text = live.say("/now")
    assert "Under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in text
    assert "On a break" not in text


def test_now_after_adjourn_gives_the_last_item_and_when(live):
    live.at("12:30")
    live.chair("/adjourn")
    live.at("13:00")
    text = live.say("/now")
    assert ("No session is open. Last item discussed: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1, "
            "until Mon 24 Aug 2020, 12:30 Geneva (CEST, UTC+2).") in text
    assert "Under discussion" not in text


def test_now_after_adjourn_on_a_break_gives_the_item_before_the_break(live):
    live.at("12:00")
    live.chair("/break")
    live.at("12:30")
    live.chair("/adjourn")
    live.clock.advance(dt.timedelta(days=1))
    text = live.say("/now")
    assert "Last item discussed: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1, until Mon 24 Aug 2020, 12:00" in text


def test_now_before_any_session_gives_the_opening_time(meeting):
    live = LiveBot(meeting, start=dt.datetime(2020, 8, 23, 9, 0, tzinfo=dt.timezone.utc))
    text = live.say("/now")
    assert "The meeting opens in 1 day: Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)." in text
    assert "Last item discussed" not in text


def test_now_on_a_meeting_day_before_any_session_says_none_is_open(meeting):
    live = LiveBot(meeting, start=dt.datetime(2020, 8, 26, 10, 0, tzinfo=dt.timezone.utc))
    text = live.say("/now")
    assert "No session is open right now: the chair has announced no item yet." in text
    assert "The meeting is on: day 3 of 11" in text
    live.chair("/item 3h")
    assert "No session is open" not in live.say("/now")


def test_now_gives_the_items_time_budget_and_then_the_overrun(live):
    live.at("11:30")
    live.chair("/item 3i 20m")
    live.at("11:40")
    assert "Time budget until 11:50 Geneva (CEST, UTC+2) (10 minutes left)." in live.say("/now")
    live.at("12:05")
    assert "Time budget ran out at 11:50 Geneva (CEST, UTC+2) (15 minutes over)." in live.say("/now")


def test_now_without_a_budget_says_none(live):
    live.at("11:25")
    assert "Time budget" not in live.say("/now")


@pytest.mark.parametrize("question", ["what comes next?", "quel est le prochain point ?", "next item?",
                                      "how much time is left on this item?", "de quoi parle-t-on maintenant ?"])
def test_what_comes_next_asked_in_words_during_a_session_is_now(live, question):
    live.at("11:25")
    text = live.say(question)
    assert "3 i) Collaboration" in text and ("Next: " in text or "Ensuite : " in text), text


def test_next_item_asked_as_a_delegate_is_no_chair_command(live):
    live.at("11:25")
    reply = live.reply("next item?")
    assert reply.ok and "Chairs only" not in live.render(reply)
    assert live.state().current_ref == "3h"
