"""Reloading the meeting file and the deployment config when they change on disk.

A changed file is loaded and validated first; a broken edit is reported and the
bot keeps running on the last good version. On success the callback gets the new
meeting and reminder policy (the reminder runner re-plans and wakes up).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Callable

from bot.config import Config, ReminderPolicy
from bot.loader import LoadError, load_meeting, load_model
from bot.models import Meeting

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0


def _stamp(path: Path | None) -> float | None:
    try:
        return path.stat().st_mtime if path else None
    except OSError:
        return None


class FileWatch:
    """Watches the meeting file and, when given, the config file."""

    def __init__(self, meeting_path: Path, config_path: Path | None, policy: ReminderPolicy,
                 on_change: Callable[[Meeting, ReminderPolicy], None]) -> None:
        self.meeting_path = meeting_path
        self.config_path = config_path
        self.policy = policy
        self.on_change = on_change
        self._stamps = (_stamp(meeting_path), _stamp(config_path))

    def check(self) -> bool:
        """Reload when a file changed; True when the callback ran with new contents."""
        stamps = (_stamp(self.meeting_path), _stamp(self.config_path))
        if stamps == self._stamps:
            return False
        self._stamps = stamps
        try:
            meeting = load_meeting(self.meeting_path)
            if self.config_path is not None:
                self.policy = load_model(self.config_path, Config).reminders
        except LoadError as error:
            log.error("kept the last good version; the changed file has problems:\n%s", error)
            return False
        self.on_change(meeting, self.policy)
        return True

    async def run(self) -> None:
        """Check every few seconds, forever."""
        while True:
            await asyncio.sleep(POLL_SECONDS)
            self.check()
