"""The console's Notifier: announcements are printed, marked with the channel they would go to, and posted nowhere."""

from __future__ import annotations

import sys
import threading
from typing import Callable, TextIO

from bot.notifier import Announcement, Audience
from bot.reply import Reply

MARKS = {Audience.SESSION: "📣 for the session channel; not posted: no platform in this process",
         Audience.REMINDERS: "⏰ for the reminder channel; not posted: no platform in this process",
         Audience.CHAIRS: "🔔 for the chairs; not posted: no platform in this process"}


class ConsoleNotifier:
    """Prints each announcement, thread-safely, with where it would be posted (it reaches no platform)."""

    reaches_platforms = False

    def __init__(self, render: Callable[[Reply], str], out: TextIO = sys.stdout) -> None:
        self.render = render
        self.out = out
        self._lock = threading.Lock()

    def announce(self, announcement: Announcement) -> None:
        """Print the announcement."""
        with self._lock:
            print(f"[{MARKS[announcement.audience]}]\n{self.render(announcement.reply)}\n", file=self.out, flush=True)
