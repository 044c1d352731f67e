"""The meeting's sessions as the server's Scheduled Events: external, created once, updated in place.

Each session still ahead becomes an external event at the remote tool. Its id and a
digest of what was sent are kept in the store (namespace ``discord``), so a restart
neither duplicates events nor edits them when nothing changed. A kept document of any
other shape is damage (:class:`~bot.store.DamagedDocument`): it is never taken as "no
events yet" (that would create every event again) and never overwritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from typing import Any

import discord
from pydantic import BaseModel, RootModel, StrictStr

from bot.document_shape import as_model
from bot.models import Meeting, Session
from bot.store import DamagedDocument, Store, Transaction
from bot.timefmt import format_time

log = logging.getLogger(__name__)

NAMESPACE = "discord"
EXTERNAL, GUILD_ONLY = 3, 2


def store_key(guild_id: int) -> str:
    """Where the event ids of one server are kept."""
    return f"events:{guild_id}"


class Synced(BaseModel):
    """What is kept of one session's scheduled event: its id on Discord and the digest of what was sent."""

    id: StrictStr
    hash: StrictStr


class SyncedEvents(RootModel[dict[str, Synced]]):
    """The kept document of one server: session id → its synced event."""


def parse_synced(key: str, raw: Any) -> dict[str, dict[str, str]]:
    """A kept document as session id → ``{"id", "hash"}``: empty when there is none, damage when misshapen."""
    if raw is None:
        return {}
    synced = as_model(SyncedEvents, NAMESPACE, key, raw).root
    return {session: event.model_dump() for session, event in synced.items()}


def read_synced(tx: Transaction, guild_id: int) -> dict[str, dict[str, str]]:
    """The events already synced to one server, inside an open transaction (:class:`DamagedDocument` if unreadable)."""
    key = store_key(guild_id)
    return parse_synced(key, tx.get(NAMESPACE, key))


def session_end(meeting: Meeting, session: Session) -> tuple[dt.datetime, bool]:
    """The session's end, and whether the meeting file states it (else the end of its day, meeting time)."""
    if session.end is not None:
        return meeting.local(session.end), True
    midnight = dt.datetime.combine(session.start.date() + dt.timedelta(days=1), dt.time())
    return meeting.local(midnight), False


def event_payload(meeting: Meeting, session: Session) -> dict[str, Any]:
    """The Discord JSON of one session's scheduled event."""
    start = meeting.local(session.start)
    end, stated = session_end(meeting, session)
    lines = [f"{meeting.title}.", f"Starts {format_time(start, meeting.tz, meeting.timezone_label)}."]
    lines += [text for text in (session.note, f"Open to: {session.open_to}" if session.open_to else None) if text]
    if not stated:
        lines.append("The letter does not state an end time; the event is shown until the end of the day.")
    return {
        "name": session.title[:100],
        "description": "\n".join(lines)[:1000],
        "scheduled_start_time": start.astimezone(dt.timezone.utc).isoformat(),
        "scheduled_end_time": end.astimezone(dt.timezone.utc).isoformat(),
        "entity_type": EXTERNAL,
        "privacy_level": GUILD_ONLY,
        "entity_metadata": {"location": meeting.remote_tool[:100]},
    }


def digest(payload: dict[str, Any]) -> str:
    """A stable digest of an event payload."""
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


async def sync_events(http: Any, store: Store, guild_id: int, meeting: Meeting,
                      now: dt.datetime) -> dict[str, int]:
    """Create the events of sessions still ahead and update changed ones; returns counts by outcome.

    When the kept document is damaged, nothing is sent and nothing is written: one line is logged,
    and every session ahead counts as failed (``meetingbot doctor`` names the document).
    """
    ahead = [session for session in meeting.sessions if meeting.local(session.start) > now]
    counts = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
    try:
        with store.transaction() as tx:
            known = read_synced(tx, guild_id)
    except DamagedDocument as error:
        log.error("Discord scheduled events not synced: %s", error)
        counts["failed"] = len(ahead)
        return counts
    for session in ahead:  # Discord refuses events in the past, and a started one is not edited
        payload = event_payload(meeting, session)
        seen = known.get(session.id)
        if seen and seen.get("hash") == digest(payload):
            counts["unchanged"] += 1
            continue
        try:
            if seen:
                try:
                    await http.edit_scheduled_event(guild_id, int(seen["id"]), **payload)
                    outcome, event_id = "updated", seen["id"]
                except discord.NotFound:  # deleted on the server: create it again
                    created = await http.create_guild_scheduled_event(guild_id, **payload)
                    outcome, event_id = "created", str(created["id"])
            else:
                created = await http.create_guild_scheduled_event(guild_id, **payload)
                outcome, event_id = "created", str(created["id"])
        except discord.HTTPException as error:
            log.warning("scheduled event for session %s not synced: %s", session.id, error)
            counts["failed"] += 1
            continue
        counts[outcome] += 1
        known[session.id] = {"id": event_id, "hash": digest(payload)}
        with store.transaction() as tx:
            tx.put(NAMESPACE, store_key(guild_id), known)
    return counts
