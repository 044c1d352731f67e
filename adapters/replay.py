"""``meetingbot replay``: the whole meeting's reminders on a fast clock, printed as they would be posted."""

from __future__ import annotations

import datetime as dt
import math
import time
from typing import Callable, TextIO

from bot.clock import FakeClock
from bot.reminders.service import ReminderService
from bot.reply import Reply

REPLAY_CHANNEL = "replay"
LONGEST_SLEEP = 86400.0  # seconds per sleep call: a slow speed over a long gap must not overflow time.sleep


def _wait(meeting_seconds: float, speed: float) -> None:
    """Sleep ``meeting_seconds`` scaled by ``speed``, a day of real time at most per call."""
    remaining = meeting_seconds / speed
    while remaining > 0:
        step = min(remaining, LONGEST_SLEEP)
        time.sleep(step)
        remaining -= step


def replay(service: ReminderService, start: dt.datetime, end: dt.datetime, render: Callable[[Reply], str],
           out: TextIO, speed: float | None = None) -> int:
    """Jump (or, with ``speed``, sleep scaled) from one due instant to the next; print each post. Returns the count.

    A dry run: the last line says how many reminders *would be* posted. ``speed`` must be positive.
    """
    if speed is not None and not (math.isfinite(speed) and speed >= 0):
        raise ValueError(f"speed must be a positive number of meeting seconds per real second, not {speed!r}")
    clock = FakeClock(start)
    posted = 0
    while True:
        wake = service.next_wake(clock.now())
        if wake is None or wake > end:
            break
        if speed:
            _wait((wake - clock.now()).total_seconds(), speed)
        clock.set(wake)
        claimed = service.claim(clock.now(), [REPLAY_CHANNEL])
        for job in claimed.jobs:
            local = wake.astimezone(service.meeting.tz)
            print(f"--- {local:%a %d %b %Y %H:%M} {service.meeting.timezone_label} "
                  f"({wake:%H:%M} UTC) → reminder channel", file=out)
            print(render(job.reply()), file=out, end="\n\n")
            service.finish(job, clock.now())
            posted += 1
    count = "1 reminder would be posted" if posted == 1 else f"{posted} reminders would be posted"
    print(f"{count} between {start:%Y-%m-%d} and {end:%Y-%m-%d} (a dry run: nothing was posted or kept).",
          file=out)
    return posted
