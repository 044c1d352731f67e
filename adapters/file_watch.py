"""Reloading the meeting file and the deployment config when they change on disk.

A changed file is loaded and validated first, on a worker thread so that a big file never holds
up the event loop (the chat platforms answer meanwhile); the new version is swapped in on the
loop once it is ready. A broken edit is reported and the bot keeps running on the last good
version; nothing in a file, nor any failure while reloading, stops the watching: a later good
edit is picked up. On success the callback gets the new meeting and reminder policy (the
reminder runner re-plans and wakes up).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Callable

from bot.config import ReminderPolicy
from bot.deployment.entries import DeploymentConfig
from bot.loader import LoadError, load_meeting_and_warnings, load_model
from bot.models import Meeting

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0

Stamp = tuple[int, int] | None


def _stamp(path: Path | None) -> Stamp:
    """When and how big: an edit within the clock's resolution still changes the size, mostly."""
    try:
        info = path.stat() if path else None
    except (OSError, ValueError):
        return None
    return (info.st_mtime_ns, info.st_size) if info else None


class FileWatch:
    """Watches the meeting file and, when given, the config file."""

    def __init__(self, meeting_path: Path, config_path: Path | None, policy: ReminderPolicy,
                 on_change: Callable[[Meeting, ReminderPolicy], None],
                 policy_of: Callable[[DeploymentConfig], ReminderPolicy] | None = None) -> None:
        self.meeting_path = meeting_path
        self.policy_of = policy_of or (lambda config: config.reminders)  # a meeting of meetings: may be its own
        self.config_path = config_path
        self.policy = policy
        self.on_change = on_change
        self._stamps = (_stamp(meeting_path), _stamp(config_path))

    def load_changed(self) -> tuple[Meeting, ReminderPolicy] | None:
        """When a file changed: its new meeting and policy, or None when nothing changed or the edit is broken.

        Blocking (it reads and validates the files): run it off the event loop.
        """
        stamps = (_stamp(self.meeting_path), _stamp(self.config_path))
        if stamps == self._stamps:
            return None
        self._stamps = stamps
        try:
            meeting, warnings = load_meeting_and_warnings(self.meeting_path)
            policy = self.policy
            if self.config_path is not None:
                policy = self.policy_of(load_model(self.config_path, DeploymentConfig))
        except LoadError as error:
            log.error("kept the last good version; the changed file has problems:\n%s", error)
            return None
        if warnings:
            log.warning("loaded the changed meeting file; look again at:\n%s", "\n".join(map(str, warnings)))
        return meeting, policy

    def swap(self, loaded: tuple[Meeting, ReminderPolicy]) -> None:
        """Put a loaded version in place (on the event loop)."""
        meeting, self.policy = loaded
        self.on_change(meeting, self.policy)

    def check(self) -> bool:
        """Reload when a file changed, here and now; True when the callback ran with new contents."""
        loaded = self.load_changed()
        if loaded is None:
            return False
        self.swap(loaded)
        return True

    async def run(self) -> None:
        """Check every few seconds, forever: load off the loop, swap on it; a failure is logged, never fatal."""
        while True:
            await asyncio.sleep(POLL_SECONDS)
            try:
                loaded = await asyncio.to_thread(self.load_changed)
                if loaded is not None:
                    self.swap(loaded)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reloading %s failed; the bot keeps its last good version and keeps watching",
                              self.meeting_path)
