"""The reminder ledger in the store: one record per reminder and channel, and the pause switch.

States: ``claimed`` (a process is posting it; the claim has a lease), ``posted``,
``failed`` (retries ran out), ``missed`` (fell due while the bot was down, beyond
the grace window). A record is written *before* the post (the claim) and *after*
it (the result), each in its own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.store import Store, Transaction

RECORDS = "reminders"
CONTROL = "reminders-control"
FINAL_STATES = frozenset({"posted", "failed", "missed"})


def record_key(reminder_key: str, channel: str) -> str:
    """The ledger key of one reminder in one channel."""
    return f"{reminder_key}|{channel}"


@dataclass(frozen=True)
class Record:
    """What the ledger knows about one reminder in one channel."""

    key: str
    state: str
    at: dt.datetime
    owner: str = ""
    attempts: int = 0
    late: bool = False
    error: str | None = None

    @classmethod
    def from_doc(cls, key: str, doc: dict[str, Any]) -> "Record":
        """Read a stored document."""
        return cls(key=key, state=doc["state"], at=dt.datetime.fromisoformat(doc["at"]), owner=doc.get("owner", ""),
                   attempts=doc.get("attempts", 0), late=doc.get("late", False), error=doc.get("error"))

    def to_doc(self) -> dict[str, Any]:
        """The document to store."""
        return {"state": self.state, "at": self.at.isoformat(), "owner": self.owner, "attempts": self.attempts,
                "late": self.late, "error": self.error}


def read(tx: Transaction, key: str) -> Record | None:
    """The record under a ledger key, if any."""
    doc = tx.get(RECORDS, key)
    return Record.from_doc(key, doc) if doc else None


def write(tx: Transaction, record: Record) -> None:
    """Store a record."""
    tx.put(RECORDS, record.key, record.to_doc())


def all_records(store: Store) -> list[Record]:
    """Every record (for status and tests)."""
    with store.transaction() as tx:
        return [Record.from_doc(key, tx.get(RECORDS, key)) for key in tx.keys(RECORDS)]


def is_paused(store: Store, meeting_id: str) -> bool:
    """Whether a chair paused the reminders of this meeting."""
    return bool((store.read(CONTROL, meeting_id) or {}).get("paused"))


def set_paused(store: Store, meeting_id: str, paused: bool) -> None:
    """Pause or resume the reminders of this meeting."""
    with store.transaction() as tx:
        control = tx.get(CONTROL, meeting_id) or {}
        tx.put(CONTROL, meeting_id, {**control, "paused": paused})
