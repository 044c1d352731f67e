"""The console's reminder poster: reminders are printed as if posted to the reminder channel."""

from __future__ import annotations

import sys
from typing import Callable, TextIO

from bot.reply import Reply

CONSOLE_CHANNEL = "console"


class ConsolePoster:
    """Prints reminders; one channel, ``console``."""

    def __init__(self, render: Callable[[Reply], str], out: TextIO = sys.stdout) -> None:
        self.render = render
        self.out = out

    def channels(self) -> list[str]:
        """The console is one channel."""
        return [CONSOLE_CHANNEL]

    async def post(self, channel: str, reply: Reply) -> None:
        """Print the reminder."""
        print(f"[⏰ reminder channel]\n{self.render(reply)}\n", file=self.out, flush=True)

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Print the message for the chairs."""
        print(f"[🔔 to the chairs]\n{self.render(reply)}\n", file=self.out, flush=True)
