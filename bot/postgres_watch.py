"""Watching a PostgreSQL server for the store: other replicas' commits (LISTEN/NOTIFY) and whether it answers.

One thread holds one connection that LISTENs on the store's channel. Each notification counts
as a change; so does each reconnection (anything may have changed while the server was away).
A lost connection marks the server down; once a new connection answers, the pool's idle
connections are checked (``on_back``) and the server is up again.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable

import psycopg

from bot.postgres_schema import CHANNEL, shown

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # how long one wait for notifications lasts before the connection is checked
HEARTBEAT_SECONDS = 2.0
RETRY_SECONDS = 0.5


class ChangeWatch:
    """A daemon thread that counts announced changes and tells whether the server answers."""

    def __init__(self, url: str, connect_kwargs: dict[str, Any], on_back: Callable[[], None] = lambda: None) -> None:
        self.url = url
        self.connect_kwargs = connect_kwargs
        self.on_back = on_back
        self.changes = 0
        self.up = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="postgres-watch")
        self._connected = threading.Event()

    def start(self, timeout: float = 5.0) -> None:
        """Start the thread; returns once it listens (or after ``timeout``)."""
        self._thread.start()
        self._connected.wait(timeout)

    def stop(self) -> None:
        """End the thread (within :data:`POLL_SECONDS`)."""
        self._stop.set()
        self._thread.join(POLL_SECONDS * 4)

    def lost(self) -> None:
        """Someone saw the server go away: down until the watcher reconnects."""
        if self.up:
            log.error("the database %s cannot be reached: answering from the last state seen, "
                      "refusing changes until it is back", shown(self.url))
        self.up = False

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, **self.connect_kwargs) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._back()
                    self._listen(connection)
            except psycopg.Error:
                self.lost()
            except Exception:  # the watcher must go on whatever happens
                log.exception("database watcher failed")
                self.lost()
            self._stop.wait(RETRY_SECONDS)

    def _back(self) -> None:
        """A new connection answers: check the pool, count a change, and be up."""
        was_down = not self.up
        self.on_back()
        self.changes += 1
        self.up = True
        self._connected.set()
        if was_down:
            log.warning("the database %s is back", shown(self.url))

    def _listen(self, connection: psycopg.Connection) -> None:
        last_beat = time.monotonic()
        while not self._stop.is_set():
            for _ in connection.notifies(timeout=POLL_SECONDS):
                self.changes += 1
            if not self.up:  # an operation lost its connection, this one still answers: check the pool again
                connection.execute("SELECT 1")
                self._back()
            elif time.monotonic() - last_beat >= HEARTBEAT_SECONDS:
                connection.execute("SELECT 1")
                last_beat = time.monotonic()
