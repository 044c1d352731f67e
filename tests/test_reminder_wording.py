"""What reminders say about time: a late post tells the time really left; a missed one when it was to be posted."""

from __future__ import annotations

import datetime as dt

import pytest

from adapters.console.render import TextRenderer
from bot.config import ReminderPolicy
from bot.reminders.service import ReminderService
from bot.store import MemoryStore

UTC = dt.timezone.utc
M = "itu-t-sg17-2020-08"
OPENING = dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)  # 11:00 Geneva; its 15-minute reminder is due at 10:45


def text(meeting, reply) -> str:
    return TextRenderer(meeting, None).render(reply)


def late_job(meeting, now: dt.datetime, policy: ReminderPolicy | None = None, key_part: str = "session:opening/15m"):
    """The bot was down when the reminder fell due; it claims the reminder at ``now``."""
    service = ReminderService(meeting, policy or ReminderPolicy(), MemoryStore())
    [job] = [j for j in service.claim(now, ["slack:C01"]).jobs if key_part in j.reminder.key]
    assert job.late
    return job


@pytest.mark.parametrize("before_start, title", [
    (dt.timedelta(minutes=5), "(late) Opening of the SG17 meeting in 5 minutes"),
    (dt.timedelta(minutes=5, seconds=20), "(late) Opening of the SG17 meeting in 5 minutes"),
    (dt.timedelta(minutes=1), "(late) Opening of the SG17 meeting in 1 minute"),
    (dt.timedelta(seconds=20), "(late) Opening of the SG17 meeting starting now"),
], ids=["5-minutes", "5-minutes-20-seconds", "1-minute", "20-seconds"])
def test_a_late_session_reminder_says_the_time_really_left(meeting, before_start, title):
    job = late_job(meeting, OPENING - before_start)
    reply = job.reply()
    assert reply.title == title
    rendered = text(meeting, reply)
    assert "in 15 minutes" not in rendered
    assert "Starts Mon 24 Aug 2020, 11:00 Geneva" in rendered
    assert "(Posted late: it was to be posted Mon 24 Aug 2020, 10:45 Geneva" in rendered


def test_a_reminder_on_time_keeps_its_planned_title(meeting):
    service = ReminderService(meeting, ReminderPolicy(), MemoryStore())
    [job] = service.claim(OPENING - dt.timedelta(minutes=15), ["slack:C01"]).jobs
    assert not job.late and job.reply().title == "Opening of the SG17 meeting in 15 minutes"


def test_a_late_deadline_reminder_past_midnight_says_today_not_tomorrow(meeting):
    policy = ReminderPolicy(deadlines=["1d 23:50"])  # 23 July, 23:50 Geneva: "Deadline tomorrow"
    job = late_job(meeting, dt.datetime(2020, 7, 23, 22, 10, tzinfo=UTC), policy, "registration")  # 00:10 on the 24th
    assert job.reminder.reply.title == "Deadline tomorrow: Registration"
    reply = job.reply()
    assert reply.title == "(late) Deadline today: Registration"
    assert "Date: Fri 24 Jul 2020 (today)" in text(meeting, reply)


def test_a_session_already_begun_is_told_as_begun(meeting):
    from bot.reminders.plan import reply_at

    [reminder] = [r for r in ReminderService(meeting, ReminderPolicy(), MemoryStore()).reminders
                  if r.key == f"{M}/session:opening/15m"]
    assert reply_at(meeting, reminder, OPENING + dt.timedelta(minutes=7)).title == \
        "Opening of the SG17 meeting started 7 minutes ago"


def test_the_missed_summary_says_when_each_reminder_was_to_be_posted(meeting):
    service = ReminderService(meeting, ReminderPolicy(), MemoryStore())
    service.claim(dt.datetime(2020, 6, 1, tzinfo=UTC), ["slack:C01"])  # served since June, then down
    summary = service.claim(dt.datetime(2020, 7, 18, 8, 0, tzinfo=UTC), ["slack:C01"]).missed_summary
    lines = text(meeting, summary).splitlines()
    assert ("• Deadline in 7 days: Registration — was to be posted Fri 17 Jul 2020, 09:00 Geneva (CEST, UTC+2)"
            in lines)
    assert not any("(due " in line for line in lines)
