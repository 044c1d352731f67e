"""``/deadlines``: what is due, by when, how, and how far away from now."""

from __future__ import annotations

import datetime as dt

from bot.context import Context
from bot.i18n import hours, pick
from bot.i18n_commands import COMMANDS
from bot.models import Deadline
from bot.locale_names import zone_words
from bot.registry import REGISTRY
from bot.reply import Day, Field, Line, Reply, Section
from bot.timefmt import format_duration, format_time


def time_left(ctx: Context, deadline: Deadline) -> str:
    """``in 23 days``, ``in 5 hours 10 minutes``, ``passed 3 days ago``, counting to the end of the day."""
    say = COMMANDS.bound(ctx.lang)
    delta = ctx.meeting.deadline_instant(deadline) - ctx.now
    if delta <= dt.timedelta(0):
        return say("dl.passed", ago=format_duration(delta, ctx.lang))
    left = format_duration(delta, ctx.lang)
    if dt.timedelta(hours=6) <= delta < dt.timedelta(days=2):  # under two days: in hours
        left = hours(int(delta.total_seconds() // 3600), ctx.lang)
    if deadline.hour_stated:
        return say("dl.in", left=left)
    return say("dl.in_day", left=left, zone=zone_words(ctx.meeting, deadline.date, ctx.lang))


def end_where_the_asker_is(ctx: Context, deadline: Deadline) -> str | None:
    """When a deadline still ahead ends on the asker's clock (``Sat 25 Jul 2020, 03:45 Kathmandu (UTC+5:45)``), or
    None when their zone is unknown or keeps the meeting's time then."""
    zone, end = ctx.asker.zone, ctx.meeting.deadline_instant(deadline)
    if zone is None or end <= ctx.now or end.astimezone(zone).utcoffset() == end.astimezone(ctx.meeting.tz).utcoffset():
        return None
    return format_time(end, zone, lang=ctx.lang)


def deadline_section(ctx: Context, deadline: Deadline) -> Section:
    """One deadline: date, what, how, who, time left, and what the letter says of the hour."""
    say = COMMANDS.bound(ctx.lang)
    fields: list[Field] = [Field(say("dl.date"), (Day(deadline.date),))]
    if deadline.how:
        fields.append(Field(say("dl.how"), (pick(ctx.lang, deadline.how, deadline.how_fr),)))
    if deadline.who:
        fields.append(Field(say("dl.who"), (pick(ctx.lang, deadline.who, deadline.who_fr),)))
    fields.append(Field(say("dl.when"), (time_left(ctx, deadline),)))
    ends_here = end_where_the_asker_is(ctx, deadline)
    if ends_here:
        fields.append(Field(say("dl.ends_here"), (say("dl.ends_at", at=ends_here),)))
    hour: Line = (say("dl.no_hour"),) if not deadline.hour_stated else ()
    return Section(heading=pick(ctx.lang, deadline.what, deadline.what_fr), lines=(hour,) if hour else (),
                   fields=tuple(fields))


def is_passed(ctx: Context, deadline: Deadline) -> bool:
    """Whether the deadline's day (or stated hour) is over at "now"."""
    return ctx.meeting.deadline_instant(deadline) <= ctx.now


HELP_FR = """Les principales échéances à venir : quoi, comment, et le temps qu'il reste.

`/deadlines all` montre toutes les échéances, y compris les passées. La lettre donne
des dates, pas d'heures : une échéance compte jusqu'à la fin de son jour, heure de la réunion.
"""


@REGISTRY.command("deadlines", "/deadlines [all]", help_fr=HELP_FR, reads_only=True)
def deadlines(ctx: Context, args: str) -> Reply:
    """The key deadlines still ahead, with what, how and how long is left.

    `/deadlines all` shows every deadline, passed ones included. The letter gives
    dates, not hours: a deadline counts until the end of its day, meeting time.
    """
    say = COMMANDS.bound(ctx.lang)
    every = sorted(ctx.meeting.deadlines, key=lambda d: d.date)
    if not every:
        return Reply(title=say("dl.title"), sections=(Section(lines=((say("dl.none"),),)),))
    word = args.strip().lower()
    if word and word not in ("all", "tout", "toutes"):
        return Reply(title=say("dl.title"), ok=False, sections=(Section(lines=((say("dl.bad_arg"),),)),))
    upcoming = [d for d in every if not is_passed(ctx, d)]
    passed = [d for d in every if is_passed(ctx, d)]
    zone = zone_words(ctx.meeting, ctx.now.astimezone(ctx.meeting.tz).date(), ctx.lang)
    footer = say("dl.footer", zone=zone, email=ctx.meeting.contacts.email)
    if word:
        sections = [deadline_section(ctx, d) for d in every]
        return Reply(title=say("dl.all", ahead=len(upcoming), passed=len(passed)),
                     sections=tuple(sections), footer=footer)
    if not upcoming:
        sections = [Section(lines=((say("dl.all_passed"),),))]
        sections += [deadline_section(ctx, d) for d in passed]
        return Reply(title=say("dl.all_passed.title"), sections=tuple(sections), footer=footer)
    sections = [deadline_section(ctx, d) for d in upcoming]
    if passed:
        already = say("dl.already.one") if len(passed) == 1 else say("dl.already.many", count=len(passed))
        footer = already + footer
    return Reply(title=say("dl.upcoming", count=len(upcoming)), sections=tuple(sections), footer=footer)
