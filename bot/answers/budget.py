"""The item's time budget: telling the chair who set it, once, when it has run out.

``/item 3h 15m`` (:mod:`bot.answers.chair`) records the budget in the live state; the
core's tick calls :func:`check_budget`, which alerts that chair alone.
"""

from __future__ import annotations

import datetime as dt

from bot.live_state import load_state, save_state
from bot.models import Meeting
from bot.notifier import Announcement, Audience, Notifier
from bot.reply import Moment, Reply, Section
from bot.store import Store


def check_budget(meeting: Meeting, store: Store, notifier: Notifier, now: dt.datetime,
                 key: str | None = None) -> list[Announcement]:
    """Alert the chair, once, when the current item's time budget has run out (``key``: a room's live state)."""
    key = key or meeting.id
    with store.transaction() as tx:
        state = load_state(tx, key)
        budget = state.budget
        if budget is None or budget.alerted or now < budget.ends_at or state.on_break:
            return []
        budget.alerted = True
        save_state(tx, key, state)
    ref = state.current_ref or "?"
    reply = Reply(title=f"Time is up for item {ref}", sections=(Section(lines=(
        ("The time budget ran out at ", Moment(budget.ends_at, "time"), "."),
        ("/next to move on, or /item " + ref + " 10m to give it more time.",))),))
    announcement = Announcement(Audience.CHAIRS, reply, key=f"budget:{ref}:{budget.ends_at.isoformat()}",
                                user_id=budget.chair_id, platform=budget.platform)
    notifier.announce(announcement)
    return [announcement]
