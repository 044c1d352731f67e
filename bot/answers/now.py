"""``/now``: where the meeting stands at this instant."""

from __future__ import annotations

from bot.context import Context
from bot.registry import REGISTRY
from bot.reply import Day, Line, Moment, Reply, Section
from bot.timefmt import format_duration


def meeting_status(ctx: Context) -> tuple[Line, ...]:
    """Before, during or after the meeting, relative to now, in words."""
    m = ctx.meeting
    now = ctx.now
    if now < m.opens_at:
        lines: list[Line] = [(f"The meeting opens in {format_duration(m.opens_at - now)}: ", Moment(m.opens_at), ".")]
        upcoming = [s for s in sorted(m.sessions, key=lambda s: s.start) if now < m.local(s.start) < m.opens_at]
        for session in upcoming:
            lines.append((f"Before that: {session.title}, ", Moment(m.local(session.start)),
                          f" (in {format_duration(m.local(session.start) - now)}).",))
        return tuple(lines)
    if now < m.closes_at:
        today = now.astimezone(m.tz).date()
        day = (today - m.start_date).days + 1
        total = (m.end_date - m.start_date).days + 1
        return ((f"The meeting is on: day {day} of {total} (", Day(today), f"). It ends on ", Day(m.end_date), "."),)
    return (("The meeting is over: it ran from ", Day(m.start_date), " to ", Day(m.end_date), "."),)


@REGISTRY.command("now", "/now")
def now(ctx: Context, args: str) -> Reply:
    """What is happening now: how long until the meeting opens, which day it is, or that it is over."""
    return Reply(title="Now", sections=(Section(lines=meeting_status(ctx)),),
                 footer=f"Current time: {ctx.now.astimezone(ctx.meeting.tz):%a %d %b %Y, %H:%M} {ctx.meeting.timezone_label}")
