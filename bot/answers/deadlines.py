"""``/deadlines``: what is due, by when, how, and how far away from now."""

from __future__ import annotations

import datetime as dt

from bot.context import Context
from bot.models import Deadline
from bot.registry import REGISTRY
from bot.reply import Day, Field, Line, Reply, Section
from bot.timefmt import format_duration


def time_left(ctx: Context, deadline: Deadline) -> str:
    """``in 23 days``, ``in 5 hours 10 minutes``, ``passed 3 days ago``, counting to the end of the day."""
    delta = ctx.meeting.deadline_instant(deadline) - ctx.now
    if delta <= dt.timedelta(0):
        return f"passed {format_duration(delta)} ago"
    left = format_duration(delta)
    if dt.timedelta(hours=6) <= delta < dt.timedelta(days=2):  # under two days: in hours
        left = f"{int(delta.total_seconds() // 3600)} hours"
    if deadline.hour_stated:
        return f"in {left}"
    return f"in {left} (until the end of that day, {ctx.meeting.timezone_name})"


def deadline_section(ctx: Context, deadline: Deadline) -> Section:
    """One deadline: date, what, how, who, time left, and what the letter says of the hour."""
    fields: list[Field] = [Field("Date", (Day(deadline.date),))]
    if deadline.how:
        fields.append(Field("How", (deadline.how,)))
    if deadline.who:
        fields.append(Field("Who", (deadline.who,)))
    fields.append(Field("When", (time_left(ctx, deadline),)))
    hour: Line = ("The letter gives the date but no hour.",) if not deadline.hour_stated else ()
    return Section(heading=deadline.what, lines=(hour,) if hour else (), fields=tuple(fields))


def is_passed(ctx: Context, deadline: Deadline) -> bool:
    """Whether the deadline's day (or stated hour) is over at "now"."""
    return ctx.meeting.deadline_instant(deadline) <= ctx.now


@REGISTRY.command("deadlines", "/deadlines [all]")
def deadlines(ctx: Context, args: str) -> Reply:
    """The key deadlines still ahead, with what, how and how long is left.

    `/deadlines all` shows every deadline, passed ones included. The letter gives
    dates, not hours: a deadline counts until the end of its day, meeting time.
    """
    every = sorted(ctx.meeting.deadlines, key=lambda d: d.date)
    if not every:
        return Reply(title="Deadlines", sections=(Section(lines=(("The meeting file lists no deadlines.",),)),))
    word = args.strip().lower()
    if word and word not in ("all", "tout", "toutes"):
        return Reply(title="Deadlines", ok=False, sections=(Section(lines=(
            ("/deadlines takes no argument except “all”.",),)),))
    upcoming = [d for d in every if not is_passed(ctx, d)]
    passed = [d for d in every if is_passed(ctx, d)]
    footer = f"Dates are in {ctx.meeting.timezone_name}. Questions: {ctx.meeting.contacts.email}"
    if word:
        sections = [deadline_section(ctx, d) for d in every]
        return Reply(title=f"All deadlines ({len(upcoming)} ahead, {len(passed)} passed)",
                     sections=tuple(sections), footer=footer)
    if not upcoming:
        sections = [Section(lines=(("All deadlines of this meeting have passed.",),))]
        sections += [deadline_section(ctx, d) for d in passed]
        return Reply(title="Deadlines: all passed", sections=tuple(sections), footer=footer)
    sections = [deadline_section(ctx, d) for d in upcoming]
    if passed:
        already = "1 deadline has" if len(passed) == 1 else f"{len(passed)} deadlines have"
        footer = f"{already} already passed: /deadlines all. " + footer
    return Reply(title=f"Upcoming deadlines ({len(upcoming)})", sections=tuple(sections), footer=footer)
