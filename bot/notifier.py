"""The Notifier port: messages the bot sends on its own (announcements, reminders).

The core says *what* to send and to *which audience*; each adapter knows which
channels that audience means on its platform (from the deployment config).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from bot.reply import Reply


class Audience(Enum):
    """Where a message goes: the session channels, the reminder channels, or the chairs only."""

    SESSION = "session"
    REMINDERS = "reminders"
    CHAIRS = "chairs"


@dataclass(frozen=True)
class Announcement:
    """A message for an audience, with a stable key for deduplication.

    ``user_id`` narrows a ``CHAIRS`` message to one chair (e.g. the one who set a time budget), on
    ``platform`` (``slack``, ``discord``, ``console``): other platforms leave it alone.
    ``topic`` is a one-line summary a platform may show as the channel topic (the item under discussion).
    """

    audience: Audience
    reply: Reply
    key: str = ""
    user_id: str | None = None
    topic: str | None = None
    platform: str | None = None
    route: str | None = None  # whose channels: ``MEETING`` (its plenary), ``MEETING/ROOM``; None: the only meeting

    def for_platform(self, name: str) -> bool:
        """Whether a platform adapter should deliver this announcement."""
        return self.user_id is None or self.platform in (None, name)


class Notifier(Protocol):
    """Delivers announcements; must not block the caller for long."""

    def announce(self, announcement: Announcement) -> None:
        """Send (or queue) one announcement."""
        ...


def reaches_platforms(notifier: Notifier) -> bool:
    """Whether ``notifier`` posts to chat platforms; False for the console and ``ask``, which only print."""
    return bool(getattr(notifier, "reaches_platforms", True))


class CollectingNotifier:
    """Keeps announcements in a list (tests, one-shot commands)."""

    def __init__(self) -> None:
        self.sent: list[Announcement] = []

    def announce(self, announcement: Announcement) -> None:
        """Remember the announcement."""
        self.sent.append(announcement)


class FanOutNotifier:
    """Sends each announcement to every notifier it holds (Slack and Discord at once)."""

    def __init__(self, *notifiers: Notifier) -> None:
        self.notifiers = list(notifiers)

    def announce(self, announcement: Announcement) -> None:
        """Pass the announcement to each notifier; one failing does not stop the others."""
        for notifier in self.notifiers:
            try:
                notifier.announce(announcement)
            except Exception:  # a platform failure must not hide the announcement elsewhere
                import logging

                logging.getLogger(__name__).exception("announcement failed on %r", notifier)
