"""A chair's arguments: /item's time budget and /break's length are checked before anything changes."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.console.render import TextRenderer
from bot.answers.chair_args import LONGEST, ItemArgs, split_item_args
from bot.request import Asker, Request
from live_helpers import LiveBot

BAD_BUDGETS = ["0m", "-5m", "99999h", "banana", "0"]
TOO_LONG_BUDGETS = [("13h", "13 hours"), ("1d", "1 day")]


@pytest.fixture
def live(meeting) -> LiveBot:
    """Item 2 a under discussion at 11:00 Geneva on the opening day."""
    bot = LiveBot(meeting)
    bot.chair("/item 2a")
    return bot


@pytest.mark.parametrize("args, expected", [
    ("3h", ItemArgs("3h")),
    ("3 h", ItemArgs("3 h")),
    ("item 3 (h)", ItemArgs("item 3 (h)")),
    ("3h 15m", ItemArgs("3h", dt.timedelta(minutes=15))),
    ("3 h 1h 30m", ItemArgs("3 h", dt.timedelta(minutes=90))),
    ("3h 90", ItemArgs("3h", dt.timedelta(minutes=90))),
    ("3h 12h", ItemArgs("3h", LONGEST)),
    ("3h 0m", ItemArgs("3h", bad_budget="0m")),
    ("3h   -5m", ItemArgs("3h", bad_budget="-5m")),
    ("item 3h banana bread", ItemArgs("item 3h", bad_budget="banana bread")),
    ("liaison statements", ItemArgs("liaison statements")),
    ("", ItemArgs("")),
])
def test_item_args_split_reference_and_budget(args, expected):
    assert split_item_args(args) == expected


@pytest.mark.parametrize("budget", BAD_BUDGETS)
def test_a_bad_budget_after_a_good_reference_is_told_as_a_budget_and_changes_nothing(live, budget):
    before, sent_before = live.raw_state(), len(live.sent())
    live.clock.advance(dt.timedelta(minutes=5))
    reply = live.chair(f"/item 3h {budget}")
    text = live.render(reply)
    assert not reply.ok and reply.title == "Nothing changed"
    assert f"“{budget}” is not a time budget." in text
    assert "from 1 minute to 12 hours: /item 3h 15m" in text
    assert "not an agenda reference" not in text
    assert live.raw_state() == before and len(live.sent()) == sent_before


@pytest.mark.parametrize("budget, length", TOO_LONG_BUDGETS, ids=[b for b, _ in TOO_LONG_BUDGETS])
def test_a_budget_too_long_says_how_long_a_budget_may_be_and_changes_nothing(live, budget, length):
    before, sent_before = live.raw_state(), len(live.sent())
    reply = live.chair(f"/item 3h {budget}")
    text = live.render(reply)
    assert not reply.ok and reply.title == "Nothing changed"
    assert f"A time budget of {length} is too long: a budget is 12 hours at most." in text
    assert live.raw_state() == before and len(live.sent()) == sent_before


def test_a_french_chair_reads_that_the_budget_is_wrong_in_french(live):
    before = live.raw_state()
    asker = Asker(id="rossi", name="Rossi", is_chair=True, lang="fr")
    text = TextRenderer(live.meeting, lang="fr").render(live.bot.handle(Request("/item 3h 0m", asker)))
    assert "« 0m » n'est pas un temps imparti valable." in text
    assert "d'une minute à 12 heures : /item 3h 15m" in text
    assert live.raw_state() == before


@pytest.mark.parametrize("command, label", [("/item 3h 12h", "12 hours"), ("/item 3 h 1h 30m", "1 hour 30 minutes")])
def test_a_budget_up_to_twelve_hours_is_kept(live, command, label):
    assert live.chair(command).ok
    assert f"Time budget: {label}, until" in live.render(live.sent()[-1].reply)


@pytest.mark.parametrize("length, shown", [("1000h", "41 days"), ("13 hours", "13 hours"), ("2d", "2 days"),
                                           ("99h", "4 days"), ("30h", "1 day 6 hours")])
def test_a_break_longer_than_twelve_hours_is_refused_and_changes_nothing(live, length, shown):
    before, sent_before = live.raw_state(), len(live.sent())
    reply = live.chair(f"/break {length}")
    text = live.render(reply)
    assert not reply.ok and reply.title == "Nothing changed"
    assert f"A break of {shown} is too long: a break lasts 12 hours at most." in text
    assert live.raw_state() == before and len(live.sent()) == sent_before


def test_a_french_chair_is_told_the_break_is_too_long_in_french(live):
    asker = Asker(id="rossi", name="Rossi", is_chair=True, lang="fr")
    text = TextRenderer(live.meeting, lang="fr").render(live.bot.handle(Request("/break 1000h", asker)))
    assert "Une pause de 41 jours est trop longue : une pause dure 12 heures au plus." in text


def test_a_twelve_hour_break_is_announced(live):
    assert live.chair("/break 12 hours").ok  # "/break 12h" is until noon: from 3 on, "Hh" is a time of day
    assert live.sent()[-1].reply.title == "Break (12 hours)"


def test_a_break_that_ends_on_another_day_shows_the_date_it_resumes(live):
    live.at("23:00")
    assert live.chair("/break 2h").ok
    text = live.render(live.sent()[-1].reply)
    assert ("The session resumes on Tue 25 Aug 2020, 01:00 Geneva (CEST, UTC+2) (Mon 24 Aug 23:00 UTC)."
            in text)


def test_a_break_that_ends_after_midnight_utc_shows_the_utc_date(live):
    live.at("01:30", day=25)  # 23:30 UTC on the 24th; resumes at 02:30 Geneva = 00:30 UTC on the 25th
    assert live.chair("/break 1h").ok
    assert "resumes on Tue 25 Aug 2020, 02:30 Geneva (CEST, UTC+2) (Tue 25 Aug 00:30 UTC)." in \
        live.render(live.sent()[-1].reply)


def test_a_break_that_ends_the_same_day_shows_the_time_alone(live):
    live.at("11:20")
    live.chair("/break 15m")
    assert "The session resumes at 11:35 Geneva (CEST, UTC+2) (09:35 UTC)." in live.render(live.sent()[-1].reply)
