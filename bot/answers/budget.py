"""The item's time budget: telling the chair who set it, once, when it has run out.

``/item 3h 15m`` (:mod:`bot.answers.chair`) records the budget in the live state, with the
language of the chair who set it; the core's tick calls :func:`check_budget`, which alerts that
chair alone, in that language (a message to one chair, not an announcement to a channel).
"""

from __future__ import annotations

import datetime as dt

from bot.i18n import language
from bot.i18n_session import SESSION
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
    ref, lang = state.current_ref or "?", language(budget.lang)
    say = SESSION.bound(lang)
    reply = Reply(title=say("budget.title", ref=ref), lang=lang, sections=(Section(lines=(
        (say("budget.ran_out"), Moment(budget.ends_at, "time"), "."),
        (say("budget.how", ref=ref),))),))
    announcement = Announcement(Audience.CHAIRS, reply, key=f"budget:{ref}:{budget.ends_at.isoformat()}",
                                user_id=budget.chair_id, platform=budget.platform)
    notifier.announce(announcement)
    return [announcement]
