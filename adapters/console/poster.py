"""The console's reminder poster: reminders are printed as if posted to the reminder channel."""

from __future__ import annotations

import sys
from typing import Callable, TextIO

from bot.reply import Reply

CONSOLE_CHANNEL = "console"


class ConsolePoster:
    """Prints reminders; one channel, ``console``. Messages for the chairs alone are printed only to a chair's
    console (``chair``): a delegate's console, like a delegate on Slack or Discord, never sees them."""

    def __init__(self, render: Callable[[Reply], str], out: TextIO = sys.stdout, chair: bool = True) -> None:
        self.render = render
        self.out = out
        self.chair = chair

    def channels(self) -> list[str]:
        """The console is one channel."""
        return [CONSOLE_CHANNEL]

    async def post(self, channel: str, reply: Reply) -> None:
        """Print the reminder."""
        print(f"[⏰ reminder channel]\n{self.render(reply)}\n", file=self.out, flush=True)

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Print the message for the chairs, to a chair's console only."""
        if not self.chair:
            return
        print(f"[🔔 to the chairs]\n{self.render(reply)}\n", file=self.out, flush=True)
