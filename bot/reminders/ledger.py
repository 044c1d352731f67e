"""The reminder ledger in the store: one record per reminder and channel, and the pause switch.

States: ``claimed`` (a process is posting it; the claim has a lease), ``posted``,
``failed`` (retries ran out), ``missed`` (fell due while the bot was down, beyond
the grace window). A record is written *before* the post (the claim) and *after*
it (the result), each in its own transaction. A stored record or switch that is not
of its shape is damage (:class:`~bot.store.DamagedDocument`): it is never taken as
"not posted yet" (that would post again) and never overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, NonNegativeInt, StrictBool, StrictStr

from bot.document_shape import as_model
from bot.store import DamagedDocument, Store, Transaction

RECORDS = "reminders"
CONTROL = "reminders-control"
FINAL_STATES = frozenset({"posted", "failed", "missed"})


def record_key(reminder_key: str, channel: str) -> str:
    """The ledger key of one reminder in one channel."""
    return f"{reminder_key}|{channel}"


class RecordShape(BaseModel):
    """The shape of a stored record."""

    model_config = ConfigDict(extra="ignore")

    state: Literal["claimed", "posted", "failed", "missed"]
    at: AwareDatetime
    owner: StrictStr = ""
    attempts: NonNegativeInt = 0
    late: StrictBool = False
    error: StrictStr | None = None


class ControlShape(BaseModel):
    """The shape of a meeting's stored reminder switch."""

    model_config = ConfigDict(extra="allow")

    paused: StrictBool = False
    served_since: AwareDatetime | None = None


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
    def from_doc(cls, key: str, doc: Any) -> "Record":
        """Read a stored document; :class:`DamagedDocument` when it is not a record."""
        shape = as_model(RecordShape, RECORDS, key, doc)
        return cls(key=key, state=shape.state, at=shape.at, owner=shape.owner, attempts=shape.attempts,
                   late=shape.late, error=shape.error)

    def to_doc(self) -> dict[str, Any]:
        """The document to store."""
        return {"state": self.state, "at": self.at.isoformat(), "owner": self.owner, "attempts": self.attempts,
                "late": self.late, "error": self.error}


def read(tx: Transaction, key: str) -> Record | None:
    """The record under a ledger key, if any."""
    doc = tx.get(RECORDS, key)
    return Record.from_doc(key, doc) if doc is not None else None


def write(tx: Transaction, record: Record) -> None:
    """Store a record."""
    tx.put(RECORDS, record.key, record.to_doc())


def all_records(store: Store) -> list[Record]:
    """Every record (for tests); :class:`DamagedDocument` at the first that cannot be read."""
    with store.transaction() as tx:
        return [Record.from_doc(key, tx.get(RECORDS, key)) for key in tx.keys(RECORDS)]


def scan(store: Store, prefix: str = "") -> tuple[list[Record], list[DamagedDocument]]:
    """Every record whose key starts with ``prefix``, and the damage of each one that cannot be read.

    One damaged record does not hide the others (``/reminders status`` lists them and names it);
    it is only read, never overwritten.
    """
    records: list[Record] = []
    damaged: list[DamagedDocument] = []
    with store.transaction() as tx:
        for key in tx.keys(RECORDS):
            if not key.startswith(prefix):
                continue
            try:
                records.append(Record.from_doc(key, tx.get(RECORDS, key)))
            except DamagedDocument as damage:
                damaged.append(damage)
    return records, damaged


def parse_control(meeting_id: str, raw: Any) -> dict[str, Any]:
    """A meeting's stored reminder switch (empty when there is none; damage when misshapen)."""
    if raw is None:
        return {}
    as_model(ControlShape, CONTROL, meeting_id, raw)
    return dict(raw)


def is_paused(store: Store, meeting_id: str) -> bool:
    """Whether a chair paused the reminders of this meeting."""
    return bool(parse_control(meeting_id, store.read(CONTROL, meeting_id)).get("paused"))


def set_paused(store: Store, meeting_id: str, paused: bool) -> None:
    """Pause or resume the reminders of this meeting."""
    with store.transaction() as tx:
        control = parse_control(meeting_id, tx.get(CONTROL, meeting_id))
        tx.put(CONTROL, meeting_id, {**control, "paused": paused})


def recorded_served_since(store: Store, meeting_id: str) -> dt.datetime | None:
    """When the bot first served this meeting's reminders, as recorded; None before its first look."""
    control = parse_control(meeting_id, store.read(CONTROL, meeting_id))
    return ControlShape.model_validate(control).served_since if control.get("served_since") else None


def served_since(tx: Transaction, meeting_id: str, now: dt.datetime) -> dt.datetime:
    """When the bot first served this meeting's reminders, recorded at its first look (``now`` then).

    A reminder that fell due before then was never the bot's to post: it was not "missed while the bot
    was down". A database from before this was recorded dates it from the meeting's earliest record.
    """
    control = parse_control(meeting_id, tx.get(CONTROL, meeting_id))
    if control.get("served_since"):
        return ControlShape.model_validate(control).served_since or now
    prefix = meeting_id + "/"
    earlier = [Record.from_doc(key, tx.get(RECORDS, key)).at for key in tx.keys(RECORDS) if key.startswith(prefix)]
    since = min([now, *earlier])
    tx.put(CONTROL, meeting_id, {**control, "served_since": since.isoformat()})
    return since
