"""What the composition root expects of a chat platform adapter (Slack, Discord)."""

from __future__ import annotations

from typing import Protocol

from adapters.reminder_loop import ReminderPoster
from bot.notifier import Notifier


class PlatformError(Exception):
    """A platform cannot start (missing or invalid token, wrong signing secret); the message is one clear line."""


class Platform(Protocol):
    """A running face of the bot on one chat platform."""

    name: str
    notifier: Notifier
    poster: ReminderPoster

    async def start(self) -> None:
        """Connect and start serving; raise :class:`PlatformError` with one clear line when it cannot."""
        ...

    async def stop(self) -> None:
        """Disconnect and release everything."""
        ...

    # Optional: ``async def on_meeting_changed(self) -> None`` runs after the meeting file was reloaded.
