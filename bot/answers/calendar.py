"""``/calendar``: the meeting's sessions and deadlines as an .ics file."""

from __future__ import annotations

from bot.context import Context
from bot.i18n_commands import COMMANDS
from bot.registry import REGISTRY
from bot.reply import Attachment, Reply, Section


@REGISTRY.command("calendar", "/calendar", help_fr=(
    "Les séances et échéances de la réunion dans un fichier d'agenda (.ics) à importer."))
def calendar(ctx: Context, args: str) -> Reply:
    """The meeting's sessions and deadlines as a calendar file (.ics) to import."""
    from bot.calendar_ics import build_calendar  # icalendar is loaded on first use: it costs start-up memory

    content = build_calendar(ctx.meeting, ctx.now, ctx.lang)
    events = len(ctx.meeting.sessions) + len(ctx.meeting.deadlines) + 1
    say = COMMANDS.bound(ctx.lang)
    file = f"{ctx.meeting.id}.ics"
    return Reply(title=say("calendar.title"), sections=(Section(lines=(
        (say("calendar.events", count=events, file=file),), (say("calendar.again"),))),),
        attachments=(Attachment(file, content, "text/calendar"),))
