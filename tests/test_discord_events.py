"""Sessions as Discord Scheduled Events: the payload, and create-once / update-in-place against a fake REST."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord.events import EXTERNAL, event_payload, store_key, sync_events
from adapters.discord.service import DiscordService
from bot.clock import FakeClock
from bot.config import DiscordConfig
from bot.core import MeetingBot
from bot.sqlite_store import SqliteStore
from bot.store import MemoryStore
from fakes.discord_fake import GUILD_ID, SESSION_CHANNEL, FakeDiscord

UTC = dt.timezone.utc
BEFORE = dt.datetime(2020, 8, 1, tzinfo=UTC)


class FakeHttp:
    """The two discord.py HTTP calls sync_events uses, in memory; ``missing`` ids answer 404 on edit."""

    def __init__(self) -> None:
        self.events: dict[int, dict[str, Any]] = {}
        self.calls: list[str] = []
        self.missing: set[int] = set()

    async def create_guild_scheduled_event(self, guild_id: int, **payload: Any) -> dict[str, Any]:
        self.calls.append("create")
        event_id = 1000 + len(self.events)
        self.events[event_id] = payload
        return {"id": str(event_id), **payload}

    async def edit_scheduled_event(self, guild_id: int, event_id: int, **payload: Any) -> dict[str, Any]:
        self.calls.append("edit")
        if event_id in self.missing:
            raise discord.NotFound(type("R", (), {"status": 404, "reason": "Not Found"})(), {"code": 10070})
        self.events[event_id].update(payload)
        return {"id": str(event_id), **self.events[event_id]}


def test_the_payload_is_an_external_event_in_utc(meeting):
    opening = next(s for s in meeting.sessions if s.id == "opening")
    payload = event_payload(meeting, opening)
    assert payload["entity_type"] == EXTERNAL and payload["entity_metadata"] == {"location": meeting.remote_tool}
    assert payload["scheduled_start_time"] == "2020-08-24T09:00:00+00:00"
    assert payload["scheduled_end_time"] == "2020-08-24T22:00:00+00:00"  # midnight Geneva: the letter states no end
    assert "does not state an end time" in payload["description"]
    assert "11:00 Geneva (CEST, UTC+2)" in payload["description"]


def test_events_are_created_once_then_left_alone_then_updated_in_place(meeting):
    http, store = FakeHttp(), MemoryStore()
    first = asyncio.run(sync_events(http, store, 42, meeting, BEFORE))
    again = asyncio.run(sync_events(http, store, 42, meeting, BEFORE))
    assert first["created"] == len(meeting.sessions) and again["unchanged"] == len(meeting.sessions)
    moved = meeting.model_copy(update={"sessions": [meeting.sessions[0].model_copy(update={"title": "Moved"}),
                                                    *meeting.sessions[1:]]})
    counts = asyncio.run(sync_events(http, store, 42, moved, BEFORE))
    assert counts["updated"] == 1 and http.calls.count("create") == len(meeting.sessions)
    assert "Moved" in [e["name"] for e in http.events.values()]


def test_an_event_deleted_on_the_server_is_created_again(meeting):
    http, store = FakeHttp(), MemoryStore()
    asyncio.run(sync_events(http, store, 42, meeting, BEFORE))
    with store.transaction() as tx:
        known = tx.get("discord", store_key(42))
    http.missing.add(int(known[meeting.sessions[0].id]["id"]))
    moved = meeting.model_copy(update={"sessions": [meeting.sessions[0].model_copy(update={"title": "Moved"}),
                                                    *meeting.sessions[1:]]})
    assert asyncio.run(sync_events(http, store, 42, moved, BEFORE))["created"] == 1


@pytest.mark.parametrize("now, expected", [(dt.datetime(2020, 8, 23, 12, tzinfo=UTC), 1),
                                           (dt.datetime(2020, 9, 1, tzinfo=UTC), 0)], ids=["one ahead", "all past"])
def test_sessions_already_started_are_not_scheduled(meeting, now, expected):
    http = FakeHttp()
    assert asyncio.run(sync_events(http, MemoryStore(), 42, meeting, now))["created"] == expected


# ---- a damaged record of the synced events ---------------------------------------------------
DAMAGED = Path(__file__).resolve().parent / "data" / "damaged_discord_events"
DAMAGED_CASES = sorted(path.name for path in DAMAGED.glob("*.txt"))


def plant(db: Path, key: str, text: str) -> None:
    """Store ``text`` as it is under ``discord/key``, the way a stray ``sqlite3`` command would."""
    connection = sqlite3.connect(db)
    connection.execute("INSERT OR REPLACE INTO documents (namespace, key, value) VALUES ('discord', ?, ?)",
                       (key, text))
    connection.commit()
    connection.close()


def stored(db: Path, key: str) -> str:
    """The stored text of ``discord/key`` exactly as it is in the file."""
    connection = sqlite3.connect(db)
    [(text,)] = connection.execute("SELECT value FROM documents WHERE namespace = 'discord' AND key = ?", (key,))
    connection.close()
    return text


def damaged_store(tmp_path: Path, name: str, guild_id: int) -> tuple[Path, str]:
    """A database whose synced-events record of ``guild_id`` is the damaged text of the file ``name``."""
    db = tmp_path / "meetingbot.db"
    SqliteStore(db).close()
    text = (DAMAGED / name).read_text(encoding="utf-8")
    plant(db, store_key(guild_id), text)
    return db, text


def damage_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What the events module logged at ERROR or above."""
    return [record.getMessage() for record in caplog.records
            if record.name == "adapters.discord.events" and record.levelno >= logging.ERROR]


@pytest.mark.parametrize("name", DAMAGED_CASES)
def test_a_damaged_record_of_the_synced_events_creates_nothing_and_is_left_as_it_is(tmp_path, meeting, name, caplog):
    db, text = damaged_store(tmp_path, name, 42)
    http, store = FakeHttp(), SqliteStore(db)
    try:
        counts = asyncio.run(sync_events(http, store, 42, meeting, BEFORE))
    finally:
        store.close()
    assert http.calls == []  # taken as "no events yet", every event would be created a second time
    assert counts == {"created": 0, "updated": 0, "unchanged": 0, "failed": len(meeting.sessions)}
    assert stored(db, store_key(42)) == text
    [line] = damage_lines(caplog)
    assert "discord/events:42" in line and "meetingbot doctor" in line and "\n" not in line
    assert not any(record.exc_info for record in caplog.records)  # one line, no traceback


@pytest.fixture
def endpoints():
    """The service points discord.py at the fake; put the real endpoints back afterwards."""
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


def test_the_discord_client_starts_and_answers_on_a_damaged_record_and_never_overwrites_it(
        tmp_path, meeting, endpoints, caplog):
    db, text = damaged_store(tmp_path, "empty-list.txt", GUILD_ID)
    store = SqliteStore(db)
    core = MeetingBot(meeting, FakeClock(BEFORE), store=store)
    config = DiscordConfig(guild_id=GUILD_ID, session_channels=[SESSION_CHANNEL])

    async def main() -> None:
        async with FakeDiscord() as fake:
            service = DiscordService(core, config, fake.env(), guild_ready_timeout=0.05)
            core.notifier = service.notifier
            await service.start()  # the damage does not keep the bot off Discord
            try:
                interaction = await fake.interact("deadlines")
                [answer] = await fake.wait_for("POST", f"/interactions/{interaction}/")
                assert answer.body["type"] == 4  # answered at once, as on a sound store
                assert answer.body["data"]["embeds"][0]["title"].startswith("Upcoming deadlines")
                await service.on_meeting_changed()  # a reload syncs again: still nothing sent, nothing written
            finally:
                await service.stop()
            assert fake.sent("POST", "/scheduled-events") == [] and fake.sent("PATCH", "/scheduled-events") == []

    try:
        asyncio.run(main())
    finally:
        store.close()
    assert stored(db, store_key(GUILD_ID)) == text
    assert len(damage_lines(caplog)) == 2  # one line per sync: at the start, and after the reload
