"""Discord across replicas: one gateway session, held by the replica that holds a PostgreSQL advisory lock.

Every replica logs in to Discord's REST API (so any of them can post announcements and reminders),
but only the leader opens the gateway and so answers members. The lock is session-level: it goes
with the leader's connection, so when the leader dies (``kill -9`` included) the server releases it
at once and a standby, trying every :data:`TRY_EVERY` seconds, takes over and connects.

A leader that cannot reach the database keeps the gateway for :data:`STEP_DOWN_AFTER` seconds (a
blip does not make Discord flap), then steps down: the server drops a silent session after its TCP
keepalives (:data:`KEEPALIVE_OPTIONS`, about 11 s), and only then can another replica be elected, so
two replicas never hold the gateway at once. A leader that finds the lock taken by another steps down
at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import psycopg

from adapters.platform import PlatformError
from bot.postgres_schema import LOCK_CLASS, LOCK_LEADER, shown

log = logging.getLogger(__name__)

TRY_EVERY = 1.0
STEP_DOWN_AFTER = 8.0
CONNECT_TIMEOUT = 3
KEEPALIVE_OPTIONS = ("-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3 "
                     "-c statement_timeout=3000")


class AdvisoryLock:
    """A session-level advisory lock on a connection of its own (blocking calls: run them in a thread)."""

    def __init__(self, url: str, key: tuple[int, int] = (LOCK_CLASS, LOCK_LEADER)) -> None:
        self.url, self.key = url, key
        self._connection: psycopg.Connection | None = None

    def try_acquire(self) -> bool:
        """Take the lock on a fresh connection if nobody holds it; False when taken or unreachable."""
        self.release()
        try:
            self._connection = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT,
                                               options=KEEPALIVE_OPTIONS, keepalives=1, keepalives_idle=5,
                                               keepalives_interval=2, keepalives_count=3)
            got = self._connection.execute("SELECT pg_try_advisory_lock(%s, %s)", self.key).fetchone()[0]
        except psycopg.Error:
            self.release()
            return False
        if not got:
            self.release()
        return bool(got)

    def still_held(self) -> bool:
        """Whether the connection that took the lock still answers (so the lock is still ours)."""
        if self._connection is None:
            return False
        try:
            self._connection.execute("SELECT 1")
            return True
        except psycopg.Error:
            self.release()
            return False

    def release(self) -> None:
        """Close the connection: the server releases the lock with it."""
        if self._connection is not None:
            try:
                self._connection.close()
            except psycopg.Error:
                pass
            self._connection = None


class ElectedDiscord:
    """A Discord platform whose gateway is opened only while this replica is elected leader."""

    name = "discord"

    def __init__(self, service: Any, lock: AdvisoryLock) -> None:
        self.service = service
        self.lock = lock
        self.notifier = service.notifier
        self.poster = service.poster
        self.leading = False
        self._task: asyncio.Task[None] | None = None

    @property
    def config(self) -> Any:
        """The Discord section served (the service's; a reloaded config replaces it there)."""
        return self.service.config

    @config.setter
    def config(self, value: Any) -> None:
        self.service.config = value

    @property
    def client(self) -> Any:
        """The service's discord.py client (REST only on a standby)."""
        return self.service.client

    async def start(self) -> None:
        """Log in (REST: posts work from here on), then stand by or lead; returns at once."""
        await self.service.log_in()
        self._task = asyncio.create_task(self._elect(), name="discord-election")

    def connected(self) -> bool:
        """Ready: a standby is ready on purpose; a leader when its gateway session is up."""
        return not self.leading or self.service.connected()

    async def _elect(self) -> None:
        unreachable_since: float | None = None
        while True:
            try:
                if not self.leading:
                    if await asyncio.to_thread(self.lock.try_acquire):
                        await self._lead()
                elif await asyncio.to_thread(self.lock.still_held):
                    unreachable_since = None
                elif await asyncio.to_thread(self.lock.try_acquire):  # the connection went; the lock is ours again
                    unreachable_since = None
                else:
                    unreachable_since = unreachable_since or time.monotonic()
                    if await self._taken_by_another() or time.monotonic() - unreachable_since >= STEP_DOWN_AFTER:
                        await self._step_down()
                        unreachable_since = None
            except asyncio.CancelledError:
                raise
            except Exception:  # the election must go on whatever happens
                log.exception("Discord leader election failed; trying again")
            await asyncio.sleep(TRY_EVERY)

    async def _taken_by_another(self) -> bool:
        """Whether the server answers and another session holds the lock (not merely: unreachable)."""
        def check() -> bool:
            try:
                with psycopg.connect(self.lock.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT) as connection:
                    row = connection.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                             "AND classid::int8 = %s AND objid::int8 = %s AND granted",
                                             (self.lock.key[0], self.lock.key[1])).fetchone()
                    return bool(row and row[0])
            except psycopg.Error:
                return False
        return await asyncio.to_thread(check)

    async def _lead(self) -> None:
        log.warning("this replica leads on Discord: opening the gateway")
        self.leading = True
        try:
            await self.service.connect_gateway()
        except PlatformError as error:
            log.error("Discord gateway not opened (%s); letting another replica try", error)
            await self._step_down()

    async def _step_down(self) -> None:
        log.warning("this replica no longer leads on Discord (%s): closing the gateway", shown(self.lock.url))
        self.leading = False
        self.lock.release()
        await self.service.stop()
        try:
            await self.service.log_in()  # REST only again: posts still work
        except PlatformError as error:
            log.error("Discord REST client not reopened: %s", error)

    async def on_meeting_changed(self) -> None:
        """Scheduled events follow the meeting file: the leader's job."""
        if self.leading:
            await self.service.on_meeting_changed()

    async def stop(self) -> None:
        """Stop the election, close the gateway and release the lock."""
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        await self.service.stop()
        await asyncio.to_thread(self.lock.release)


def elected_if_shared(service: Any, store: Any) -> Any:
    """The Discord platform as it should run: elected when the store is a PostgreSQL shared by replicas."""
    url = getattr(store, "url", None)
    if isinstance(url, str) and url.lower().startswith(("postgresql://", "postgres://")):
        return ElectedDiscord(service, AdvisoryLock(url))
    return service
