"""``/timezone``: remember a person's own time zone (Discord does not tell bots; Slack does)."""

from __future__ import annotations

from bot.context import Context
from bot.i18n_commands import COMMANDS
from bot.preferences import update_preferences
from bot.registry import REGISTRY
from bot.reply import Moment, Reply, Section
from bot.answers.zone_lookup import zone_named
from bot.timefmt import format_time, zone_label


HELP_FR = """Enregistrez votre fuseau horaire, par ex. `/timezone Asia/Seoul`, ou votre ville, `/timezone Lima` ; les heures s'affichent alors aussi dans le vôtre.

`/timezone` montre le fuseau utilisé ; `/timezone clear` l'oublie.
"""


@REGISTRY.command("timezone", "/timezone [ZONE | clear]", aliases=("tz",), help_fr=HELP_FR)
def timezone(ctx: Context, args: str) -> Reply:
    """Set your own time zone, e.g. `/timezone Asia/Seoul` or your city, `/timezone Lima`; times are then also shown in it.

    `/timezone` shows the zone in use; `/timezone clear` forgets it.
    """
    say = COMMANDS.bound(ctx.lang)
    text = args.strip()
    if not text:
        zone = ctx.asker.zone
        if zone is None:
            return Reply(title=say("tz.title"), sections=(Section(lines=((say("tz.none"),),)),))
        return Reply(title=say("tz.title"), sections=(Section(lines=(
            (say("tz.current", zone=zone_label(zone), name=ctx.asker.tz), Moment(ctx.meeting.opens_at), "."),)),))
    if text.lower() in ("clear", "reset", "none", "oublier", "aucun"):
        update_preferences(ctx.store, ctx.asker_key, tz=None)
        return Reply(title=say("tz.forgotten.title"), sections=(Section(lines=((say("tz.forgotten"),),)),))
    named = zone_named(text)
    if named is None:
        return Reply(title=say("time.unknown.title"), ok=False, sections=(Section(lines=(
            (say("time.unknown", name=text),),)),))
    update_preferences(ctx.store, ctx.asker_key, tz=named.stored)
    m = ctx.meeting  # the opening in the zone just saved (the request still carries the asker's former zone)
    same_day = m.opens_at.astimezone(named.zone).date() == m.opens_at.astimezone(m.tz).date()
    opening = say("tz.saved.at", meeting=format_time(m.opens_at, m.tz, m.zone_label(ctx.lang), lang=ctx.lang),
                  yours=format_time(m.opens_at, named.zone, named.label, style="time" if same_day else "datetime",
                                    lang=ctx.lang))  # Tahiti: "= Sun 23 Aug 2020, 23:00 Tahiti", its own day
    return Reply(title=say("tz.saved.title"), sections=(Section(lines=(
        (say("tz.saved", zone=zone_label(named.zone)), opening, say("tz.saved.end")),)),))
