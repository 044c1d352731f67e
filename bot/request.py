"""What an adapter hands the core: who asks, what they typed, and where."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.timefmt import find_zone


@dataclass(frozen=True)
class Asker:
    """The person asking: a platform identity, whether they chair, and what we know of them."""

    id: str
    name: str
    is_chair: bool = False
    tz: str | None = None
    lang: str = "en"
    groups: frozenset[str] = frozenset()  # the chair groups or roles the platform says they hold (rooms' chairs)

    @property
    def zone(self) -> dt.tzinfo | None:
        """The asker's own time zone, when the platform or the user told us."""
        return find_zone(self.tz) if self.tz else None


@dataclass(frozen=True)
class Request:
    """One message to the bot: a command (``/agenda 3h``) or a plain question."""

    text: str
    asker: Asker
    channel: str | None = None
    platform: str = "console"
