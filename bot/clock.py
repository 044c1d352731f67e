"""The Clock port: every "now" in the core comes from here, never from the system directly."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """Gives the current instant, aware and in UTC."""

    def now(self) -> dt.datetime:
        """The current instant (UTC)."""
        ...


class SystemClock:
    """The real time."""

    def now(self) -> dt.datetime:
        """The current instant (UTC)."""
        return dt.datetime.now(dt.timezone.utc)


class ShiftedClock:
    """A clock that starts at a chosen instant and runs on at ``speed`` (rehearsals, ``--at``)."""

    def __init__(self, start: dt.datetime, speed: float = 1.0) -> None:
        if start.tzinfo is None:
            raise ValueError("the start instant needs an offset or a zone")
        self._start = start.astimezone(dt.timezone.utc)
        self._speed = speed
        self._origin = time.monotonic()

    def now(self) -> dt.datetime:
        """The start instant plus the (scaled) time elapsed since."""
        elapsed = (time.monotonic() - self._origin) * self._speed
        return self._start + dt.timedelta(seconds=elapsed)


class FakeClock:
    """A clock that moves only when told to (tests, replays)."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the start instant needs an offset or a zone")
        self._now = start.astimezone(dt.timezone.utc)

    def now(self) -> dt.datetime:
        """The instant the clock was last set to."""
        return self._now

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock forward."""
        self._now += delta

    def set(self, instant: dt.datetime) -> None:
        """Jump to an instant."""
        self._now = instant.astimezone(dt.timezone.utc)
