"""The live page's update stream: a chair's change reaches an open stream; other writes send nothing."""

from __future__ import annotations

import asyncio
import http.client
import json
import queue
import socket
import threading
import time
from urllib.parse import urlsplit

from adapters.web.feed import LiveFeed
from adapters.web.source import Meetings
from web_fixtures import bundled_bot, chair_says, delegate_says
from web_support import page_server

EVENTS = "/m/itu-t-sg17-2020-08/events"


class Stream:
    """An open event stream read on a thread: each ``live`` event's data, in order."""

    def __init__(self, url: str) -> None:
        self.events: queue.Queue[dict] = queue.Queue()
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        self.socket = connection.sock
        self.response = connection.getresponse()
        self.headers = dict(self.response.headers)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        name = None
        try:
            for raw in self.response:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: ") and name == "live":
                    self.events.put(json.loads(line[6:]))
        except (OSError, ValueError, AttributeError):  # hung up
            return

    def next(self, timeout: float = 5.0) -> dict:
        """The next update (fails after ``timeout``)."""
        return self.events.get(timeout=timeout)

    def close(self) -> None:
        """Hang up (at once, though the reading thread waits for data)."""
        try:
            self.socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.response.close()


def test_a_chair_s_item_reaches_an_open_stream_within_a_second():
    bot = bundled_bot()
    with page_server(bot) as server:
        stream = Stream(server.url + EVENTS)
        try:
            assert stream.headers["Content-Type"] == "text/event-stream"
            assert stream.headers["Cache-Control"].startswith("no-cache")
            first = stream.next()
            assert first["current"] == [] and "No session is open." in first["html"]
            started = time.monotonic()
            chair_says(bot, "/item 3h")
            update = stream.next(timeout=1.0)
            assert time.monotonic() - started < 1.0
            assert update["current"] == ["3h"] and "Collaboration with IEC" in update["html"]
            assert update["version"] > first["version"]
            chair_says(bot, "/break 10m")
            assert "resumes at" in stream.next(timeout=1.0)["html"]
            chair_says(bot, "/adjourn")
            assert stream.next(timeout=1.0)["current"] == []
        finally:
            stream.close()


def test_writes_that_leave_the_live_state_alone_send_nothing():
    bot = bundled_bot()
    chair_says(bot, "/item 3h")
    with page_server(bot) as server:
        stream = Stream(server.url + EVENTS + "?lang=fr")
        try:
            assert "En discussion" in stream.next()["html"]
            before = bot.store.stamp()
            delegate_says(bot, "/timezone Asia/Seoul", "Kim", "UKIM")
            assert bot.store.stamp() != before
            delegate_says(bot, "/floor France", "Kim", "UKIM")  # this one changes the queue: one update
            update = stream.next(timeout=1.0)
            assert "France" in update["html"]
            assert stream.events.empty()
        finally:
            stream.close()


def test_streams_end_when_the_server_stops():
    bot = bundled_bot()
    with page_server(bot) as server:
        stream = Stream(server.url + EVENTS)
        stream.next()
        service = server.service
    assert service.routes.feed.closed
    stream.close()


def test_waiting_pages_are_all_woken_by_a_change_and_none_is_kept_after_its_keep_alive():
    bot = bundled_bot()
    feed = LiveFeed(Meetings([bot]), lambda source, lang, version: b"")
    meeting_id = bot.meeting.id

    async def scenario() -> tuple[list[bool], list[bool], int, int, list[bool]]:
        feed.check()
        timed_out = await asyncio.gather(*(feed.changed(meeting_id, 0, 0.01) for _ in range(50)))
        left_after_keep_alive = feed.waiting(meeting_id)
        pages = [asyncio.create_task(feed.changed(meeting_id, 0, 30)) for _ in range(50)]
        await asyncio.sleep(0)
        chair_says(bot, "/item 3h")
        feed.check()
        woken = await asyncio.wait_for(asyncio.gather(*pages), 5)
        left_after_change = feed.waiting(meeting_id)
        closing = [asyncio.create_task(feed.changed(meeting_id, 1, 30)) for _ in range(5)]
        await asyncio.sleep(0)
        feed.close()
        return timed_out, woken, left_after_keep_alive, left_after_change, await asyncio.wait_for(
            asyncio.gather(*closing), 5)

    timed_out, woken, left_after_keep_alive, left_after_change, ended = asyncio.run(scenario())
    assert timed_out == [False] * 50 and left_after_keep_alive == 0
    assert woken == [True] * 50 and left_after_change == 0 and feed.version(meeting_id) == 1
    assert ended == [False] * 5


def test_a_room_s_item_reaches_the_open_stream_of_its_meeting():
    from bot.request import Asker, Request
    from deployment_support import SG13, three_router

    router = three_router()
    with page_server(router) as server:
        stream = Stream(server.url + f"/m/{SG13}/events")
        try:
            first = stream.next()
            assert first["current"] == []
            router.venue(SG13).rooms["wp2"].handle(Request("/item 3", Asker(id="U13WP2CHAIR", name="C", is_chair=True)))
            update = stream.next()
            assert 'data-room="wp2" data-current="3"' in update["html"] and update["version"] == first["version"] + 1
            assert update["current"] == []  # WP2's own agenda: its item 3 is not the plenary agenda's item 3
        finally:
            stream.close()
