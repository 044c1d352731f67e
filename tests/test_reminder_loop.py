"""The asyncio reminder runner, retries, the whole-meeting replay, and restarts at random instants."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import adapters.reminder_loop as reminder_loop
from adapters.console.render import TextRenderer
from adapters.reminder_loop import ReminderLoop
from adapters.replay import replay
from bot.clock import FakeClock
from bot.config import ReminderPolicy
from bot.reminders import ledger
from bot.reminders.plan import plan
from bot.reminders.service import ReminderService
from bot.store import MemoryStore

UTC = dt.timezone.utc
M = "itu-t-sg17-2020-08"
MGMT_1D = dt.datetime(2020, 8, 22, 9, 0, tzinfo=UTC)
START = dt.datetime(2020, 6, 8, tzinfo=UTC)
END = dt.datetime(2020, 9, 4, tzinfo=UTC)


class FakePoster:
    """Records posts; the first ``failures`` posts raise; each attempt may move the clock on."""

    def __init__(self, clock: FakeClock, channels=("slack:C01",), failures: int = 0,
                 advance: dt.timedelta = dt.timedelta()) -> None:
        self.clock = clock
        self._channels = list(channels)
        self.failures = failures
        self.advance = advance
        self.attempts = 0
        self.posts: list[tuple[dt.datetime, str, str]] = []
        self.chairs: list[str] = []

    def channels(self) -> list[str]:
        return self._channels

    async def post(self, channel, reply) -> None:
        self.attempts += 1
        self.clock.advance(self.advance)
        if self.failures:
            self.failures -= 1
            raise ConnectionError("503 Service Unavailable")
        self.posts.append((self.clock.now(), channel, reply.title))

    async def post_to_chairs(self, reply) -> None:
        self.chairs.append(reply.title)


def _step(service, poster, clock) -> int:
    async def go():
        return await ReminderLoop(service, poster, clock).step()
    return asyncio.run(go())


def _ready_service(meeting, store, until):
    """A service whose earlier reminders were all posted already."""
    service = ReminderService(meeting, ReminderPolicy(), store)
    for job in service.claim(until, ["slack:C01"]).jobs:
        service.finish(job, until)
    return service


def test_step_posts_due_reminders_once(meeting):
    store = MemoryStore()
    service = _ready_service(meeting, store, MGMT_1D - dt.timedelta(minutes=1))
    clock = FakeClock(MGMT_1D)
    poster = FakePoster(clock, channels=("slack:C01", "discord:42"))
    assert _step(service, poster, clock) == 2
    assert sorted(c for _, c, _ in poster.posts) == ["discord:42", "slack:C01"]
    assert {t for _, _, t in poster.posts} == {"Open extended SG17 management team meeting tomorrow"}
    assert _step(service, poster, clock) == 0
    assert len(poster.posts) == 2


def test_post_failing_twice_then_succeeding_is_posted_once(meeting, monkeypatch):
    monkeypatch.setattr(reminder_loop, "FIRST_BACKOFF", 0.001)
    store = MemoryStore()
    service = _ready_service(meeting, store, MGMT_1D - dt.timedelta(minutes=1))
    clock = FakeClock(MGMT_1D)
    poster = FakePoster(clock, failures=2)
    assert _step(service, poster, clock) == 1
    assert poster.attempts == 3
    assert [t for _, _, t in poster.posts] == ["Open extended SG17 management team meeting tomorrow"]
    record = {r.key: r for r in ledger.all_records(store)}[f"{M}/session:management-team/1d|slack:C01"]
    assert record.state == "posted"
    assert _step(service, poster, clock) == 0 and len(poster.posts) == 1


def test_post_that_always_fails_is_recorded_failed_once_grace_ends(meeting, monkeypatch):
    monkeypatch.setattr(reminder_loop, "FIRST_BACKOFF", 0.001)
    store = MemoryStore()
    service = _ready_service(meeting, store, MGMT_1D - dt.timedelta(minutes=1))
    clock = FakeClock(MGMT_1D)
    poster = FakePoster(clock, failures=10_000, advance=dt.timedelta(minutes=7))

    async def go():
        return await asyncio.wait_for(ReminderLoop(service, poster, clock).step(), timeout=10)

    assert asyncio.run(go()) == 0
    assert poster.posts == []
    assert clock.now() >= MGMT_1D + dt.timedelta(minutes=28)  # retried until the grace window ends
    assert poster.attempts <= 6
    records = {r.key: r for r in ledger.all_records(store)}
    record = records[f"{M}/session:management-team/1d|slack:C01"]
    assert record.state == "failed"
    assert "503" in (record.error or "")
    attempts = poster.attempts
    assert _step(service, poster, clock) == 0 and poster.attempts == attempts  # not retried again
    flat = " ".join(str(p) for line in service.status_lines() for p in line)
    assert "1 failed" in flat and "503" in flat


def _header_instants(output: str) -> list[str]:
    return re.findall(r"^--- (.*) → reminder channel$", output, flags=re.M)


def test_replay_whole_meeting_prints_13_reminders_in_order(meeting):
    service = ReminderService(meeting, ReminderPolicy(), MemoryStore(), owner="replay")
    out = io.StringIO()
    count = replay(service, START, END, TextRenderer(meeting, None).render, out)
    output = out.getvalue()
    assert count == 13
    headers = _header_instants(output)
    assert len(headers) == 13
    assert headers[3] == "Fri 17 Jul 2020 09:00 Geneva (07:00 UTC)"
    assert headers[9] == "Sat 22 Aug 2020 11:00 Geneva (09:00 UTC)"
    assert headers[12] == "Mon 24 Aug 2020 10:45 Geneva (08:45 UTC)"
    titles = [r.reply.title for r in plan(meeting, ReminderPolicy())]
    blocks = re.split(r"^--- .* → reminder channel$", output, flags=re.M)[1:]
    assert [block.strip().splitlines()[0] for block in blocks] == titles
    assert "(late)" not in output
    assert "13 reminders would be posted between 2020-06-08 and 2020-09-04" in output


def _run_with_restarts(meeting, restarts: list[dt.datetime]):
    """Drive the runner like ``run`` does (sleep to the next due instant), restarting at the given instants."""
    store = MemoryStore()
    clock = FakeClock(START)
    poster = FakePoster(clock)
    pending = sorted(restarts)
    service = ReminderService(meeting, ReminderPolicy(), store)
    _step(service, poster, clock)
    while True:
        wake = service.next_wake(clock.now())
        if pending and (wake is None or pending[0] <= wake):
            clock.set(pending.pop(0))
            service = ReminderService(meeting, ReminderPolicy(), store)  # a fresh process
            _step(service, poster, clock)
            continue
        if wake is None or wake > END:
            break
        clock.set(wake)
        _step(service, poster, clock)
    return poster.posts


EXPECTED_POSTS = [(r.due, "slack:C01", r.reply.title) for r in plan(
    __import__("bot.loader", fromlist=["load_meeting"]).load_meeting(
        __import__("bot.config", fromlist=["BUNDLED_MEETING"]).BUNDLED_MEETING), ReminderPolicy())]


def test_replay_without_restarts_posts_each_at_its_instant(meeting):
    assert _run_with_restarts(meeting, []) == EXPECTED_POSTS


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 6, 8), max_value=dt.datetime(2020, 9, 3, 23, 59),
                             timezones=st.just(UTC)), max_size=8)
       | st.lists(st.sampled_from([p[0] for p in EXPECTED_POSTS]), max_size=5))
def test_restarts_at_random_instants_give_exactly_the_same_posts(meeting, restarts):
    posts = _run_with_restarts(meeting, restarts)
    assert posts == EXPECTED_POSTS
