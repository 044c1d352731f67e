"""The item's time budget: ``check_budget`` tells the chair who set it, once, when it runs out."""

from __future__ import annotations

import datetime as dt

from adapters.console.render import TextRenderer
from bot.answers.budget import check_budget
from bot.live_state import Budget, LiveState, load_state, save_state
from bot.notifier import Audience, CollectingNotifier
from bot.store import MemoryStore

UTC = dt.timezone.utc
ENDS = dt.datetime(2020, 8, 24, 9, 15, tzinfo=UTC)  # 11:15 Geneva


def _store(meeting, **state) -> MemoryStore:
    store = MemoryStore()
    with store.transaction() as tx:
        save_state(tx, meeting.id, LiveState(current_ref="3h", **state))
    return store


def _budget() -> Budget:
    return Budget(ends_at=ENDS, chair_id="okafor", platform="slack")


def test_nothing_before_the_budget_runs_out(meeting):
    notifier = CollectingNotifier()
    store = _store(meeting, budget=_budget())
    assert check_budget(meeting, store, notifier, ENDS - dt.timedelta(seconds=1)) == []
    assert notifier.sent == []


def test_the_chair_who_set_it_is_told_once(meeting):
    notifier = CollectingNotifier()
    store = _store(meeting, budget=_budget())
    [alert] = check_budget(meeting, store, notifier, ENDS)
    assert notifier.sent == [alert]
    assert (alert.audience, alert.user_id, alert.platform) == (Audience.CHAIRS, "okafor", "slack")
    text = TextRenderer(meeting).render(alert.reply)
    assert "Time is up for item 3h" in text and "ran out at 11:15 Geneva" in text
    assert "/item 3h 10m" in text
    assert check_budget(meeting, store, notifier, ENDS + dt.timedelta(minutes=10)) == []
    with store.transaction() as tx:
        assert load_state(tx, meeting.id).budget.alerted


def test_nothing_during_a_break_or_without_a_budget(meeting):
    notifier = CollectingNotifier()
    on_break = _store(meeting, budget=_budget(), break_since=ENDS - dt.timedelta(minutes=5))
    assert check_budget(meeting, on_break, notifier, ENDS + dt.timedelta(minutes=1)) == []
    assert check_budget(meeting, _store(meeting), notifier, ENDS) == []
    assert notifier.sent == []
