"""Naming a session: the name of the day when the chair gives none, and ``… (2)`` for a second one of a name.

The name is stored with the timeline and read in the minutes; a chair who speaks French, opening a
session without naming it, gets a French name ("Séance du mar. 25 août 2020").
"""

from __future__ import annotations

from bot.context import Context
from bot.i18n_session import SESSION
from bot.live_state import LiveState
from bot.timefmt import format_date


def session_of_the_day(ctx: Context) -> str:
    """The name of a session the chair did not name, in the chair's language: "Session of Tue 25 Aug 2020",
    "Séance du mar. 25 août 2020"."""
    day = ctx.now.astimezone(ctx.meeting.tz).date()
    return SESSION(ctx.lang, "chair.session_of", date=format_date(day, ctx.lang))


def unique_session_name(state: LiveState, name: str) -> str:
    """``name``, or ``name (2)``, ``(3)``… when a session of that name was held already: sessions stay apart
    in the adjournment's summary and in the minutes."""
    taken = set(state.sessions_held) | {entry.session for entry in state.timeline}
    if name not in taken:
        return name
    return next(f"{name} ({number})" for number in range(2, len(taken) + 3) if f"{name} ({number})" not in taken)
