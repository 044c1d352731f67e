"""``/calendar``: the meeting's sessions and deadlines as an .ics file."""

from __future__ import annotations

from bot.calendar_ics import build_calendar
from bot.context import Context
from bot.registry import REGISTRY
from bot.reply import Attachment, Reply, Section


@REGISTRY.command("calendar", "/calendar")
def calendar(ctx: Context, args: str) -> Reply:
    """The meeting's sessions and deadlines as a calendar file (.ics) to import."""
    content = build_calendar(ctx.meeting, ctx.now)
    events = len(ctx.meeting.sessions) + len(ctx.meeting.deadlines) + 1
    return Reply(title="Meeting calendar", sections=(Section(lines=(
        (f"{events} events: the meeting days, each session with a start time, and each deadline (all-day).",),
        ("Importing it again updates the events instead of duplicating them.",))),),
        attachments=(Attachment(f"{ctx.meeting.id}.ics", content, "text/calendar"),))
