"""A rehearsal goes forward in time: one started before what its database already holds is refused.

The live state keeps its timeline in order (a command never stamps an instant earlier than the last one
stored), so rehearsing Tuesday after Monday's rehearsal ran to Thursday would stamp Tuesday's items on
Thursday, and ``/now`` would say "5 days ago" of an instant still to come. The rehearsal database holds
rehearsals only; the operator is told which instant it reaches and how to start afresh.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.live_state import NAMESPACE, parse_state
from bot.registry import REGISTRY
from bot.models import Meeting
from bot.store import DamagedDocument, Store

SLACK = dt.timedelta(minutes=1)
"""A rehearsal started this little before the last stored instant is let through (a console reopened at once)."""


def latest_rehearsed(store: Store) -> dt.datetime | None:
    """The latest instant any room's live state holds (sessions, items, breaks), or None when nothing is kept."""
    with store.transaction() as tx:
        keys = tx.keys(NAMESPACE)
    latest: dt.datetime | None = None
    for key in keys:
        try:
            state = parse_state(key, store.read(NAMESPACE, key))
        except DamagedDocument:  # the commands that read it say so themselves
            continue
        last = state.latest_instant()
        if last is not None and (latest is None or last > latest):
            latest = last
    return latest


def going_back_problem(store: Store, at: dt.datetime, meeting: Meeting, database: Path) -> str | None:
    """Why a rehearsal at ``at`` cannot run on ``database`` (it already reaches a later instant), or None."""
    latest = latest_rehearsed(store)
    if latest is None or at >= latest - SLACK:
        return None
    here = meeting.tz
    reached = latest.astimezone(here).strftime("%a %d %b %Y %H:%M")
    asked = at.astimezone(here).strftime("%a %d %b %Y %H:%M")
    return (f"--at: the rehearsal database {database} already holds a rehearsal up to {reached} "
            f"({meeting.zone_label()} time), after --at ({asked}): /now would show it as past, and what you change "
            f"would be stamped after {reached}. Delete {database} to rehearse an earlier time (it holds rehearsals only, never the "
            f"real meeting), or give --at {latest.astimezone(here).replace(second=0, microsecond=0).isoformat()} "
            f"or later.")


#: Commands that read or change the live state besides the chairs' own: the item under discussion, the queue.
_LIVE_FOR_EVERYONE = frozenset({"now", "floor"})


def touches_live_state(text: str, chair: bool = True) -> bool:
    """Whether a line typed to ``ask`` reads or changes the live state: a chair's command (typed by a chair),
    ``/now`` or ``/floor``. A question or another command (``/deadlines``, ``/agenda 3h``) reads the meeting alone,
    and a chair's command typed by someone else is refused without reading it ("Chairs only", whatever the
    rehearsal database holds)."""
    import bot.core  # noqa: F401  (registers every command)
    words = text.strip().split()
    if not words or not words[0].startswith("/"):
        return False
    command = REGISTRY.find(words[0][1:])
    return command is not None and (command.chair_only and chair or command.name in _LIVE_FOR_EVERYONE)
