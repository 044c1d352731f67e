"""``meetingbot replay``: the whole meeting's reminders on a fast clock, printed as they would be posted."""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable, TextIO

from bot.clock import FakeClock
from bot.reminders.service import ReminderService
from bot.reply import Reply

REPLAY_CHANNEL = "replay"


def replay(service: ReminderService, start: dt.datetime, end: dt.datetime, render: Callable[[Reply], str],
           out: TextIO, speed: float | None = None) -> int:
    """Jump (or, with ``speed``, sleep scaled) from one due instant to the next; print each post. Returns the count."""
    clock = FakeClock(start)
    posted = 0
    while True:
        wake = service.next_wake(clock.now())
        if wake is None or wake > end:
            break
        if speed:
            time.sleep((wake - clock.now()).total_seconds() / speed)
        clock.set(wake)
        claimed = service.claim(clock.now(), [REPLAY_CHANNEL])
        for job in claimed.jobs:
            local = wake.astimezone(service.meeting.tz)
            print(f"--- {local:%a %d %b %Y %H:%M} {service.meeting.timezone_label} "
                  f"({wake:%H:%M} UTC) → reminder channel", file=out)
            print(render(job.reply()), file=out, end="\n\n")
            service.finish(job, clock.now())
            posted += 1
    print(f"{posted} reminders posted between {start:%Y-%m-%d} and {end:%Y-%m-%d}.", file=out)
    return posted
