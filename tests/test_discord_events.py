"""Sessions as Discord Scheduled Events: the payload, and create-once / update-in-place against a fake REST."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import discord
import pytest

from adapters.discord.events import EXTERNAL, event_payload, store_key, sync_events
from bot.store import MemoryStore

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
