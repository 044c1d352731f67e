"""The reminder service: exactly once per channel, across restarts, processes, downtime and pauses."""

from __future__ import annotations

import datetime as dt
import threading

from adapters.console.render import TextRenderer
from bot.config import ReminderPolicy
from bot.reminders import ledger
from bot.reminders.plan import plan
from bot.reminders.service import ReminderService
from bot.sqlite_store import SqliteStore
from bot.store import MemoryStore

UTC = dt.timezone.utc
M = "itu-t-sg17-2020-08"
CHANNELS = ["slack:C01", "discord:42"]
MGMT_1D = at_mgmt_1d = dt.datetime(2020, 8, 22, 9, 0, tzinfo=UTC)
MGMT_15M = dt.datetime(2020, 8, 23, 8, 45, tzinfo=UTC)
OPENING_1D = dt.datetime(2020, 8, 23, 9, 0, tzinfo=UTC)
MIN = dt.timedelta(minutes=1)


def service_on(meeting, store, owner="bot-a"):
    return ReminderService(meeting, ReminderPolicy(), store, owner=owner)


def post_everything_until(service, end, channels=CHANNELS):
    """Run the bot without interruption: claim and finish at every due instant up to ``end``."""
    posted = []
    now = service.reminders[0].due
    while now is not None and now <= end:
        for job in service.claim(now, channels).jobs:
            service.finish(job, now)
            posted.append((job.reminder.key, job.channel))
        now = service.next_wake(now)
    return posted


def states(store):
    return {r.key: r.state for r in ledger.all_records(store)}


def text(meeting, reply):
    return TextRenderer(meeting, None).render(reply)


def test_claim_twice_at_same_instant_gives_each_channel_once(meeting):
    service = service_on(meeting, MemoryStore())
    first = service.claim(MGMT_1D, CHANNELS)
    assert sorted((j.reminder.key, j.channel) for j in first.jobs) == \
        sorted((f"{M}/session:management-team/1d", c) for c in CHANNELS)
    assert not any(j.late for j in first.jobs)
    assert service.claim(MGMT_1D, CHANNELS).jobs == []


def test_whole_meeting_posts_each_reminder_once_per_channel(meeting):
    service = service_on(meeting, MemoryStore())
    posted = post_everything_until(service, dt.datetime(2020, 9, 4, tzinfo=UTC))
    assert len(posted) == 13 * len(CHANNELS)
    assert len(set(posted)) == len(posted)


def test_two_processes_on_one_sqlite_file_post_each_reminder_once(meeting, tmp_path):
    path = tmp_path / "bot.db"
    instants = sorted({r.due for r in plan(meeting, ReminderPolicy())})
    barrier = threading.Barrier(2)
    posts: list[tuple[str, str, str]] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def process(name: str) -> None:
        try:
            store = SqliteStore(path)
            service = service_on(meeting, store, owner=name)
            for now in instants:
                barrier.wait(timeout=20)
                for job in service.claim(now, CHANNELS).jobs:
                    with lock:
                        posts.append((job.reminder.key, job.channel, name))
                    service.finish(job, now)
            store.close()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=process, args=(n,)) for n in ("proc-1", "proc-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    keys = [(k, c) for k, c, _ in posts]
    assert len(keys) == 13 * len(CHANNELS)
    assert len(set(keys)) == len(keys)
    check = SqliteStore(path)
    assert set(states(check).values()) == {"posted"}
    check.close()


def test_restart_after_posting_reposts_nothing(meeting, tmp_path):
    path = tmp_path / "bot.db"
    store = SqliteStore(path)
    posted = post_everything_until(service_on(meeting, store), MGMT_1D)
    assert (f"{M}/session:management-team/1d", "slack:C01") in posted
    store.close()
    restarted = SqliteStore(path)
    service = service_on(meeting, restarted)
    for now in (MGMT_1D, MGMT_1D + MIN, MGMT_1D + 20 * MIN):
        claimed = service.claim(now, CHANNELS)
        assert claimed.jobs == [] and claimed.missed_summary is None
    restarted.close()


def test_claimed_but_unfinished_is_not_reclaimed_within_lease_and_not_forgotten_after(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_1D - MIN)
    crashed = service_on(meeting, store, owner="crashed")
    assert len(crashed.claim(MGMT_1D, CHANNELS).jobs) == 2  # then the process dies before posting
    restarted = service_on(meeting, store, owner="restarted")
    assert restarted.claim(MGMT_1D + MIN, CHANNELS).jobs == []
    later = restarted.claim(MGMT_1D + 5 * MIN, CHANNELS)
    assert sorted(j.channel for j in later.jobs) == sorted(CHANNELS)
    assert all(j.reminder.key == f"{M}/session:management-team/1d" for j in later.jobs)
    for job in later.jobs:
        restarted.finish(job, MGMT_1D + 5 * MIN)
    assert restarted.claim(MGMT_1D + 10 * MIN, CHANNELS).jobs == []


def test_60_minutes_down_due_20_minutes_before_restart_is_posted_late(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_1D - 40 * MIN)  # goes down at 08:20 UTC
    service = service_on(meeting, store)
    claimed = service.claim(MGMT_1D + 20 * MIN, CHANNELS)  # back at 09:20 UTC
    assert len(claimed.jobs) == 2 and all(j.late for j in claimed.jobs)
    assert claimed.missed_summary is None
    reply = claimed.jobs[0].reply()
    assert reply.title.startswith("(late) ")
    rendered = text(meeting, reply)
    assert "(late)" in rendered and "Open extended SG17 management team meeting" in rendered
    assert "Sat 22 Aug 2020, 11:00" in rendered  # when it was due, meeting time


def test_60_minutes_down_due_50_minutes_before_restart_is_missed_with_one_summary(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_1D - 10 * MIN)  # down at 08:50 UTC
    service = service_on(meeting, store)
    claimed = service.claim(MGMT_1D + 50 * MIN, CHANNELS)  # back at 09:50 UTC
    assert claimed.jobs == []
    assert claimed.missed_summary is not None
    assert states(store)[f"{M}/session:management-team/1d|slack:C01"] == "missed"
    assert states(store)[f"{M}/session:management-team/1d|discord:42"] == "missed"
    summary = text(meeting, claimed.missed_summary)
    assert "1 reminder was not posted while the bot was down" in summary
    assert summary.count("management team meeting tomorrow") == 1
    again = service.claim(MGMT_1D + 51 * MIN, CHANNELS)
    assert again.jobs == [] and again.missed_summary is None


def test_several_missed_reminders_give_one_summary_not_a_flood(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_15M - 5 * MIN)  # down at 08:40 UTC 23 Aug
    service = service_on(meeting, store)
    claimed = service.claim(OPENING_1D + 40 * MIN, CHANNELS)  # back at 09:40 UTC
    assert claimed.jobs == []
    summary = text(meeting, claimed.missed_summary)
    assert "2 reminders were not posted while the bot was down" in summary
    assert summary.count("management team meeting in 15 minutes") == 1
    assert summary.count("Opening of the SG17 meeting tomorrow") == 1


def test_reminder_whose_subject_already_happened_is_missed_even_within_grace(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_15M - MIN)
    service = service_on(meeting, store)
    # back at 09:05 UTC: the 15-minute reminder is 20 minutes late (within grace) but the meeting began at 09:00
    claimed = service.claim(MGMT_15M + 20 * MIN, CHANNELS)
    assert f"{M}/session:management-team/15m" not in {j.reminder.key for j in claimed.jobs}
    assert states(store)[f"{M}/session:management-team/15m|slack:C01"] == "missed"
    assert claimed.missed_summary is not None


def test_pause_claims_nothing_and_resume_posts_late_within_grace(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_1D - MIN)
    service = service_on(meeting, store)
    ledger.set_paused(store, meeting.id, True)
    assert service.claim(MGMT_1D, CHANNELS).jobs == []
    assert service.claim(MGMT_1D + 5 * MIN, CHANNELS).jobs == []
    assert f"{M}/session:management-team/1d|slack:C01" not in states(store)
    ledger.set_paused(store, meeting.id, False)
    claimed = service.claim(MGMT_1D + 10 * MIN, CHANNELS)
    assert len(claimed.jobs) == 2 and all(j.late for j in claimed.jobs)


def test_status_lines_show_failures_with_reason(meeting):
    store = MemoryStore()
    service = service_on(meeting, store)
    post_everything_until(service, MGMT_1D - MIN)
    jobs = service.claim(MGMT_1D, CHANNELS).jobs
    failing = next(j for j in jobs if j.channel == "discord:42")
    service.finish(failing, MGMT_1D + 30 * MIN, error="HTTPError: 503 Service Unavailable")
    for job in jobs:
        if job is not failing:
            service.finish(job, MGMT_1D)
    lines = service.status_lines()
    flat = " ".join(str(part) for line in lines for part in line)
    assert "1 failed" in flat
    assert "discord:42" in flat and "503 Service Unavailable" in flat
    assert "session:management-team/1d" in flat
    assert f"{10 * 2 - 1} posted" in flat  # 9 deadline reminders + this one on slack, in 2 channels


def test_a_first_start_after_reminders_fell_due_does_not_say_the_bot_was_down(meeting):
    store = MemoryStore()
    claimed = service_on(meeting, store).claim(OPENING_1D + 40 * MIN, CHANNELS)  # first ever look, 23 Aug
    summary = text(meeting, claimed.missed_summary)
    assert "was down" not in summary
    assert summary.startswith("12 reminders fell due before the bot served this meeting")
    assert "• " not in summary  # counted once, not listed one by one
    assert service_on(meeting, store).claim(OPENING_1D + 41 * MIN, CHANNELS).missed_summary is None


def test_an_outage_after_the_first_start_is_still_reported_as_one(meeting):
    store = MemoryStore()
    service_on(meeting, store).claim(dt.datetime(2020, 6, 1, tzinfo=UTC), CHANNELS)  # first served, nothing due
    claimed = service_on(meeting, store).claim(dt.datetime(2020, 7, 18, 8, 0, tzinfo=UTC), CHANNELS)
    summary = text(meeting, claimed.missed_summary)
    assert "not posted while the bot was down" in summary
    assert "before the bot served" not in summary


def test_a_database_from_before_the_first_start_was_kept_dates_it_from_its_records(meeting):
    store = MemoryStore()
    post_everything_until(service_on(meeting, store), MGMT_15M - 5 * MIN)
    with store.transaction() as tx:  # as a database written before served_since was recorded
        tx.put(ledger.CONTROL, meeting.id, {})
    claimed = service_on(meeting, store).claim(OPENING_1D + 40 * MIN, CHANNELS)
    assert "2 reminders were not posted while the bot was down" in text(meeting, claimed.missed_summary)
