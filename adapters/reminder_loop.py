"""The reminder runner: an asyncio task that sleeps until the next due reminder and posts it.

It never scans on a timer: it sleeps until the next due instant, or until
:meth:`ReminderLoop.wake` is called (the meeting file or the policy changed).
Failed posts are retried with backoff until the grace window ends.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Callable, Protocol

from bot.clock import Clock
from bot.reminders.service import Job, ReminderService
from bot.reply import Reply
from bot.store import StoreError

log = logging.getLogger(__name__)

MAX_SLEEP = 3600.0
FIRST_BACKOFF = 2.0
STORE_RETRY = 2.0  # seconds between tries while the store cannot be used


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
                    await self._until_recorded(lambda: self.service.finish(job, now, reason), job.key)
                    log.warning("reminder %s failed for good: %s", job.key, reason)
                    return 0
                try:
                    self.service.renew(job, now, reason)
                except StoreError as problem:
                    log.warning("reminder %s: retry not recorded: %s", job.key, problem)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            await self._until_recorded(lambda: self.service.finish(job, self.clock.now()), job.key)
            return 1

    async def _until_recorded(self, record: Callable[[], None], key: str) -> None:
        """Record a post's result, trying again while the store cannot be used (the post went out: keep it)."""
        told = False
        while True:
            try:
                record()
                return
            except StoreError as error:
                if not told:
                    log.error("reminder %s was posted, its record waits for the store: %s", key, error)
                    told = True
                await asyncio.sleep(STORE_RETRY)

    async def run(self) -> None:
        """Step, then sleep until the next due reminder or a wake-up, until stopped."""
        told = ""
        while not self._stopped:
            try:
                await self.step()
                now = self.clock.now()
                wake_at = self.service.next_wake(now)
                delay = MAX_SLEEP if wake_at is None else max(0.0, (wake_at - now).total_seconds() / self.speed)
                told = ""
            except StoreError as error:  # nothing was claimed: try again shortly, one log line per outage
                if str(error) != told:
                    log.error("reminders wait for the store: %s", error)
                    told = str(error)
                delay = STORE_RETRY
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=min(delay, MAX_SLEEP))
            except asyncio.TimeoutError:
                pass
