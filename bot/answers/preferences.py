"""``/timezone``: remember a person's own time zone (Discord does not tell bots; Slack does)."""

from __future__ import annotations

from bot.context import Context
from bot.preferences import update_preferences
from bot.registry import REGISTRY
from bot.reply import Moment, Reply, Section
from bot.timefmt import find_zone, zone_label


@REGISTRY.command("timezone", "/timezone [ZONE | clear]", aliases=("tz",))
def timezone(ctx: Context, args: str) -> Reply:
    """Set your own time zone, e.g. `/timezone Asia/Seoul`; times are then also shown in it.

    `/timezone` shows the zone in use; `/timezone clear` forgets it.
    """
    text = args.strip()
    if not text:
        zone = ctx.asker.zone
        if zone is None:
            return Reply(title="Your time zone", sections=(Section(lines=(
                ("No zone is set for you. Set one: /timezone Asia/Seoul (or UTC+9).",),)),))
        return Reply(title="Your time zone", sections=(Section(lines=(
            (f"{zone_label(zone)} ({ctx.asker.tz}). The meeting opens ", Moment(ctx.meeting.opens_at), "."),)),))
    if text.lower() in ("clear", "reset", "none"):
        update_preferences(ctx.store, ctx.asker_key, tz=None)
        return Reply(title="Time zone forgotten", sections=(Section(lines=(("Times are shown in meeting time only.",),)),))
    zone = find_zone(text)
    if zone is None:
        return Reply(title="Unknown time zone", ok=False, sections=(Section(lines=(
            (f"I do not know the time zone “{text}”. Use an IANA name such as Asia/Seoul, or UTC+9.",),)),))
    name = getattr(zone, "zone", None) or text.upper().replace(" ", "")
    update_preferences(ctx.store, ctx.asker_key, tz=name)
    return Reply(title="Time zone saved", sections=(Section(lines=(
        (f"Your zone is now {zone_label(zone)}. The meeting opens ", Moment(ctx.meeting.opens_at), " — "
         "shown in meeting time and in yours.",),)),))
