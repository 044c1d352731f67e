"""Rendered replies kept by reply: a reply the core shares among many askers is rendered once per language.

The core hands the same :class:`~bot.reply.Reply` object to everyone who asks the same read-only
question within a second (:mod:`bot.answer_memo`); an adapter that renders it for each of them
would redo identical work hundreds of times. Rendering depends only on the reply, the meeting
and the reader's language, so the rendered form is kept under exactly those.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from bot.models import Meeting
from bot.reply import Reply

Rendered = TypeVar("Rendered")
RENDER_LIMIT = 256  # rendered replies kept; the whole lot is dropped when full (replies live a second)


class RenderMemo(Generic[Rendered]):
    """What ``render()`` made of a reply, for one meeting version and language.

    A kept entry holds its reply, so the reply's ``id`` cannot be reused while the entry exists.
    """

    def __init__(self, limit: int = RENDER_LIMIT) -> None:
        self.limit = limit
        self._kept: dict[tuple[int, str], tuple[Reply, Meeting, Rendered]] = {}
        self.rendered_count = 0  # replies rendered (not found here): for tests and benchmarks

    def rendered(self, reply: Reply, meeting: Meeting, lang: str, render: Callable[[], Rendered]) -> Rendered:
        """The kept rendering of this very reply for this meeting and language, or ``render()`` kept."""
        key = (id(reply), lang)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is reply and kept[1] is meeting:
            return kept[2]
        made = render()
        self.rendered_count += 1
        if len(self._kept) >= self.limit:
            self._kept.clear()
        self._kept[key] = (reply, meeting, made)
        return made
