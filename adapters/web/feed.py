"""Change detection for the live pages: one watcher per process, however many pages are open.

Every ``POLL_SECONDS`` it asks each meeting's store for its stamp (cheap: a counter, or SQLite's data
version); only when that moved does it read the live state of every room of the meeting, and only when
one of them (or the meeting file) really changed does it bump the meeting's version and wake the pages' streams. Each
version's update is rendered once per language and the same bytes go to every open page.

A waiting stream costs one future and one timer (its keep-alive), nothing more: with 1,000 pages
open, waking them all is most of what a chair's change costs the process (see BENCHMARKS.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Callable, Hashable

from adapters.web.source import MeetingSource, Meetings, live_documents
from bot.store import StoreError

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1
KEEPALIVE_SECONDS = 15.0


class _Watched:
    def __init__(self) -> None:
        self.stamp: Hashable = object()
        self.document: object = object()
        self.meeting: object = None
        self.version = 0
        self.waiters: set[asyncio.Future[bool]] = set()
        self.rendered: dict[str, bytes] = {}


class LiveFeed:
    """The version of each meeting's live state, and the update event each version sends to open pages."""

    def __init__(self, meetings: Meetings, render: Callable[[MeetingSource, str, int], bytes]) -> None:
        self.meetings = meetings
        self.render = render
        self._watched: dict[str, _Watched] = {}
        self._closed = False
        self.streams = 0

    def _entry(self, meeting_id: str) -> _Watched:
        watched = self._watched.get(meeting_id)
        if watched is None:
            watched = self._watched[meeting_id] = _Watched()
        return watched

    def check(self) -> None:
        """Look once for a change in every meeting; wake the streams of those that changed."""
        for source in self.meetings.sources:
            watched = self._entry(source.meeting.id)
            try:
                stamp = source.store.stamp()
                if stamp == watched.stamp and source.meeting is watched.meeting:
                    continue
                document = live_documents(source)
            except StoreError as error:
                log.warning("live page: the store cannot be read: %s", error)
                continue
            watched.stamp = stamp
            if document == watched.document and source.meeting is watched.meeting:
                continue
            first = watched.meeting is None
            watched.document, watched.meeting = document, source.meeting
            if not first:
                self._bump(watched)

    def _bump(self, watched: _Watched) -> None:
        watched.version += 1
        watched.rendered = {}
        _wake(watched, True)

    def version(self, meeting_id: str) -> int:
        """The current version of a meeting's live state (it grows by one with each change)."""
        return self._entry(meeting_id).version

    def update(self, source: MeetingSource, lang: str) -> bytes:
        """The server-sent event of the current version in ``lang``, rendered once and shared."""
        watched = self._entry(source.meeting.id)
        cached = watched.rendered.get(lang)
        if cached is None:
            cached = watched.rendered[lang] = self.render(source, lang, watched.version)
        return cached

    async def changed(self, meeting_id: str, version: int, timeout: float) -> bool:
        """Wait until the meeting's version is past ``version`` (True), or ``timeout`` / closing (False)."""
        watched = self._entry(meeting_id)
        if watched.version != version:
            return True
        if self._closed:
            return False
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        watched.waiters.add(waiter)
        timer = loop.call_later(timeout, _settle, waiter, False)
        try:
            return await waiter and not self._closed
        finally:
            timer.cancel()
            watched.waiters.discard(waiter)

    def waiting(self, meeting_id: str) -> int:
        """How many streams wait for the meeting's next change."""
        return len(self._entry(meeting_id).waiters)

    @property
    def closed(self) -> bool:
        """Whether the feed is shutting down (streams end)."""
        return self._closed

    def close(self) -> None:
        """End every open stream (the server is stopping)."""
        self._closed = True
        for watched in self._watched.values():
            _wake(watched, False)

    async def run(self) -> None:
        """Watch until cancelled."""
        while not self._closed:
            self.check()
            await asyncio.sleep(POLL_SECONDS)


def _settle(waiter: asyncio.Future[bool], result: bool) -> None:
    if not waiter.done():
        waiter.set_result(result)


def _wake(watched: _Watched, result: bool) -> None:
    """Answer every stream waiting on ``watched`` (True: a new version; False: closing)."""
    waiters, watched.waiters = watched.waiters, set()
    for waiter in waiters:
        _settle(waiter, result)


def sse_event(name: str, data: dict[str, object], event_id: int) -> bytes:
    """One server-sent event: its data on one line of JSON."""
    return f"id: {event_id}\nevent: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode("utf-8")
