"""Minutes of a meeting with parallel rooms: one timeline per room, the plenary first."""

from __future__ import annotations

import datetime as dt
import json
from typing import Sequence

from bot.live_state import LiveState
from bot.minutes import minutes_json, minutes_markdown
from bot.models import Meeting, Room


def room_markdown(meeting: Meeting, room: Room | None, state: LiveState, now: dt.datetime, lang: str = "en") -> str:
    """One room's timeline as Markdown in ``lang``, titled with the room (the plenary's is the meeting's minutes
    as before)."""
    return minutes_markdown(meeting, state, now, lang, room)


def rooms_markdown(meeting: Meeting, rooms: Sequence[tuple[Room | None, LiveState]], now: dt.datetime,
                   lang: str = "en") -> str:
    """Every room's timeline in ``lang``, one after the other."""
    return "\n".join(room_markdown(meeting, room, state, now, lang) for room, state in rooms)


def room_json(meeting: Meeting, room: Room | None, state: LiveState) -> dict[str, object]:
    """One room's timeline as a JSON object: ``room`` (null for the plenary), its title, its sessions."""
    data = json.loads(minutes_json(meeting, state))
    return {"room": room.id if room else None, "title": room.title if room else meeting.title,
            "sessions": data["sessions"]}


def rooms_json(meeting: Meeting, rooms: Sequence[tuple[Room | None, LiveState]]) -> str:
    """Every room's timeline as JSON: ``{"meeting": ID, "rooms": [...]}``."""
    return json.dumps({"meeting": meeting.id, "rooms": [room_json(meeting, room, state) for room, state in rooms]},
                      indent=2, ensure_ascii=False)
