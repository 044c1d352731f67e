"""``/time ZONE``: the meeting's key times in another time zone."""

from __future__ import annotations

import difflib

import pytz

from bot.context import Context
from bot.registry import REGISTRY
from bot.reply import Field, Reply, Section
from bot.timefmt import find_zone, format_time, zone_label


@REGISTRY.command("time", "/time [ZONE]")
def time(ctx: Context, args: str) -> Reply:
    """The meeting's key times in a time zone, e.g. `/time Asia/Seoul` or `/time UTC+9`.

    Without a zone, your own zone when it is known.
    """
    m = ctx.meeting
    name = args.strip()
    zone = find_zone(name) if name else ctx.asker.zone
    if zone is None:
        if not name:
            return Reply(title="Which time zone?", ok=False, sections=(Section(lines=(
                ("Give a zone: /time Asia/Seoul, /time America/New_York, /time UTC+9.",),)),))
        close = difflib.get_close_matches(name.replace(" ", "_"), pytz.common_timezones, n=3, cutoff=0.5)
        lines = [(f"I do not know the time zone “{name}”. Use an IANA name such as Asia/Seoul, or UTC+9.",)]
        if close:
            lines.append(("Did you mean: " + ", ".join(close) + "?",))
        return Reply(title="Unknown time zone", ok=False, sections=(Section(lines=tuple(lines)),))
    label = zone_label(zone)
    fields = []
    for session in sorted(m.sessions, key=lambda s: s.start):
        at = m.local(session.start)
        fields.append(Field(session.title, (f"{format_time(at, zone, label)}  =  "
                                            f"{format_time(at, m.tz, m.timezone_label, style='time')}",)))
    return Reply(title=f"Meeting times in {label}", sections=(Section(fields=tuple(fields)),),
                 footer=f"The letter gives the start time of the first day only; "
                        f"later sessions follow the draft time plan on {m.contacts.web or 'the study group page'}.")
