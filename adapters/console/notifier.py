"""The console's Notifier: announcements are printed, marked with the channel they would go to."""

from __future__ import annotations

import sys
import threading
from typing import Callable, TextIO

from bot.notifier import Announcement, Audience
from bot.reply import Reply

MARKS = {Audience.SESSION: "📣 session channel", Audience.REMINDERS: "⏰ reminder channel",
         Audience.CHAIRS: "🔔 to the chairs"}


class ConsoleNotifier:
    """Prints each announcement, thread-safely, with where it would be posted."""

    def __init__(self, render: Callable[[Reply], str], out: TextIO = sys.stdout) -> None:
        self.render = render
        self.out = out
        self._lock = threading.Lock()

    def announce(self, announcement: Announcement) -> None:
        """Print the announcement."""
        with self._lock:
            print(f"[{MARKS[announcement.audience]}]\n{self.render(announcement.reply)}\n", file=self.out, flush=True)
