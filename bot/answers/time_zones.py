"""``/time ZONE``: the meeting's key times in another time zone."""

from __future__ import annotations

import difflib

import pytz

from bot.context import Context
from bot.i18n import pick
from bot.i18n_commands import COMMANDS
from bot.registry import REGISTRY
from bot.reply import Field, Reply, Section
from bot.answers.zone_lookup import zone_named
from bot.timefmt import format_time, zone_label


HELP_FR = """Les heures clés de la réunion dans un fuseau horaire ou une ville, par ex. `/time Asia/Seoul`, `/time UTC+9` ou `/time Lima`.

Sans fuseau, le vôtre quand il est connu.
"""


@REGISTRY.command("time", "/time [ZONE]", help_fr=HELP_FR, reads_only=True)
def time(ctx: Context, args: str) -> Reply:
    """The meeting's key times in a time zone or a city, e.g. `/time Asia/Seoul`, `/time UTC+9` or `/time Lima`.

    Without a zone, your own zone when it is known.
    """
    m, lang = ctx.meeting, ctx.lang
    say = COMMANDS.bound(lang)
    name = args.strip()
    named = zone_named(name) if name else None
    zone = named.zone if named else None if name else ctx.asker.zone
    if zone is None:
        if not name:
            return Reply(title=say("time.which"), ok=False, sections=(Section(lines=((say("time.give"),),)),))
        close = difflib.get_close_matches(name.replace(" ", "_"), pytz.common_timezones, n=3, cutoff=0.5)
        lines = [(say("time.unknown", name=name),)]
        if close:
            lines.append((say("time.did_you_mean", names=", ".join(close)),))
        return Reply(title=say("time.unknown.title"), ok=False, sections=(Section(lines=tuple(lines)),))
    label = named.label if named else zone_label(zone)
    fields = []
    for session in sorted(m.sessions, key=lambda s: s.start):
        at = m.local(session.start)
        fields.append(Field(pick(lang, session.title, session.title_fr),
                            (f"{format_time(at, zone, label, lang=lang)}  =  "
                             f"{format_time(at, m.tz, m.zone_label(lang), style='time', lang=lang)}",)))
    return Reply(title=say("time.title", zone=label), sections=(Section(fields=tuple(fields)),),
                 footer=say("time.footer", web=m.contacts.web or say("time.group_page")))
