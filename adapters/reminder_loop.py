"""The reminder runner: an asyncio task that sleeps until the next due reminder and posts it.

It never scans on a timer: it sleeps until the next due instant, or until
:meth:`ReminderLoop.wake` is called (the meeting file or the policy changed).
Failed posts are retried with backoff until the grace window ends.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Protocol

from bot.clock import Clock
from bot.reminders.service import Job, ReminderService
from bot.reply import Reply

log = logging.getLogger(__name__)

MAX_SLEEP = 3600.0
FIRST_BACKOFF = 2.0


class ReminderPoster(Protocol):
    """Where reminders go: the reminder channels of one or more platforms."""

    def channels(self) -> list[str]:
        """Every reminder channel, each named uniquely (e.g. ``slack:C0123``)."""
        ...

    async def post(self, channel: str, reply: Reply) -> None:
        """Post to one channel; raise on failure (network error, 429, 5xx)."""
        ...

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Tell the chairs (the summary of missed reminders)."""
        ...


class ReminderLoop:
    """Runs a :class:`ReminderService` against a poster on a clock (real or rehearsal)."""

    def __init__(self, service: ReminderService, poster: ReminderPoster, clock: Clock, speed: float = 1.0) -> None:
        self.service = service
        self.poster = poster
        self.clock = clock
        self.speed = speed
        self._wake = asyncio.Event()
        self._stopped = False

    def wake(self) -> None:
        """Look again now (the meeting or the policy changed, or reminders were resumed)."""
        self._wake.set()

    def stop(self) -> None:
        """End :meth:`run` after the current step."""
        self._stopped = True
        self._wake.set()

    async def step(self) -> int:
        """Post everything due now; return how many posts were made."""
        claimed = self.service.claim(self.clock.now(), self.poster.channels())
        if claimed.missed_summary is not None:
            try:
                await self.poster.post_to_chairs(claimed.missed_summary)
            except Exception:
                log.exception("could not tell the chairs about missed reminders")
        results = await asyncio.gather(*(self._post(job) for job in claimed.jobs))
        return sum(results)

    async def _post(self, job: Job) -> int:
        backoff = FIRST_BACKOFF
        while True:
            try:
                await self.poster.post(job.channel, job.reply())
            except Exception as error:  # every platform failure is retried the same way
                now = self.clock.now()
                reason = f"{type(error).__name__}: {error}"[:200]
                if now + dt.timedelta(seconds=backoff * self.speed) >= self.service.retry_until(job):
                    self.service.finish(job, now, reason)
                    log.warning("reminder %s failed for good: %s", job.key, reason)
                    return 0
                self.service.renew(job, now, reason)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            self.service.finish(job, self.clock.now())
            return 1

    async def run(self) -> None:
        """Step, then sleep until the next due reminder or a wake-up, until stopped."""
        while not self._stopped:
            await self.step()
            now = self.clock.now()
            wake_at = self.service.next_wake(now)
            delay = MAX_SLEEP if wake_at is None else max(0.0, (wake_at - now).total_seconds() / self.speed)
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=min(delay, MAX_SLEEP))
            except asyncio.TimeoutError:
                pass
