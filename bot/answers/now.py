"""``/now``: the item under discussion, a break, or where the meeting stands at this instant."""

from __future__ import annotations

from dataclasses import replace

from bot.agenda_ref import parse_ref
from bot.context import Context
from bot.i18n_commands import COMMANDS
from bot.i18n_session import SESSION
from bot.live_state import LiveState, TimelineEntry, read_state
from bot.registry import REGISTRY
from bot.i18n import pick
from bot.reply import Day, Line, Moment, Reply, Section
from bot.timefmt import format_duration


def meeting_status(ctx: Context) -> tuple[Line, ...]:
    """Before, during or after the meeting, relative to now, in words."""
    m, lang = ctx.meeting, ctx.lang
    say = SESSION.bound(lang)
    now = ctx.now
    if now < m.opens_at:
        ordered = sorted(m.sessions, key=lambda s: s.start)
        lines: list[Line] = [(say("now.began", title=pick(lang, session.title, session.title_fr)),
                              Moment(m.local(session.start), "time"),
                              say("now.began_no_end", ago=format_duration(now - m.local(session.start), lang)))
                             for session in ordered
                             if m.local(session.start) <= now and m.local(session.start).date() == now.astimezone(
                                 m.tz).date()]  # the management team meeting on the Sunday before: under way
        lines.append((say("now.opens_in", left=format_duration(m.opens_at - now, lang)), Moment(m.opens_at), "."))
        upcoming = [s for s in ordered if now < m.local(s.start) < m.opens_at]
        for session in upcoming:
            lines.append((say("now.before", title=pick(lang, session.title, session.title_fr)),
                          Moment(m.local(session.start)),
                          say("now.in", left=format_duration(m.local(session.start) - now, lang)),))
        return tuple(lines)
    if now < m.closes_at:
        today = now.astimezone(m.tz).date()
        day = (today - m.start_date).days + 1
        total = (m.end_date - m.start_date).days + 1
        return ((say("now.on", day=day, total=total), Day(today), say("now.ends"), Day(m.end_date), "."),)
    return ((say("now.over"), Day(m.start_date), say("now.to"), Day(m.end_date), "."),)


def live_status(ctx: Context, state: LiveState) -> Reply | None:
    """The open session: item under discussion since when, break, next item, queue; None when closed."""
    if state.session is None:
        return None
    lang = ctx.lang
    say = SESSION.bound(lang)
    lines: list[Line] = []
    entry = ctx.agenda.get(state.current_ref) if state.current_ref else None
    if state.on_break and state.break_since is not None:
        if state.break_until is not None:
            lines.append((say("now.break_until"), Moment(state.break_until, "time"),
                          say("now.in", left=format_duration(state.break_until - ctx.now, lang))
                          if state.break_until > ctx.now else say("now.not_resumed")))
        else:
            lines.append((say("now.break_since"), Moment(state.break_since, "time"), "."))
    if entry is not None and state.current_since is not None:
        parent = ctx.agenda.parent(entry)
        title = f"{entry.parsed.label} {entry.title_in(lang)}"
        verb = say("now.before_break") if state.on_break else say("now.discussing")
        lines.append((verb + title,))
        if parent is not None:
            lines.append((COMMANDS(lang, "agenda.under", label=parent.parsed.label, title=parent.title_in(lang)),))
        lines.append((say("now.since"), Moment(state.current_since, "time"),
                      say("now.ago", ago=format_duration(ctx.now - state.current_since, lang))))
        if state.budget is not None and not state.on_break:  # the chair's budget, and how it stands
            ends = state.budget.ends_at
            lines.append((say("now.budget_until"), Moment(ends, "time"),
                          say("now.budget_left", left=format_duration(ends - ctx.now, lang))) if ends > ctx.now else
                         (say("now.budget_over"), Moment(ends, "time"),
                          say("now.budget_over_by", over=format_duration(ctx.now - ends, lang))))
        following = ctx.agenda.neighbour(entry, 1)
        if following is not None:
            lines.append((say("now.next", label=following.parsed.label, title=following.title_in(lang)),))
    elif not state.on_break:
        lines.append((say("now.no_item"),))
    if state.queue:
        lines.append((say("now.queue", count=len(state.queue)),))
    return Reply(title=say("now.session", session=state.session.name), sections=(Section(lines=tuple(lines)),))


def _timeline_title(ctx: Context, entry: TimelineEntry) -> str:
    """An item's title as the timeline recorded it, in the asker's language while the agenda still has it."""
    current = ctx.agenda.get(entry.ref) if entry.ref else None
    return current.title_in(ctx.lang) if current is not None and current.title == entry.title else entry.title


@REGISTRY.command("now", "/now", help_fr=(
    "Le point en discussion et depuis quand, une pause, ou le temps qui reste avant l'ouverture de la réunion."), reads_only=True)
def now(ctx: Context, args: str) -> Reply:
    """The item under discussion and since when, a break, or how long until the meeting opens."""
    state = read_state(ctx.store, ctx.live_key)
    left_open = state.left_open(ctx.meeting.closes_at, ctx.now)
    overnight = not left_open and state.left_overnight(ctx.meeting.tz, ctx.now)
    live = None if left_open or overnight else live_status(ctx, state)
    if live is not None:
        return in_room(ctx, live)
    say = SESSION.bound(ctx.lang)
    lines = list(meeting_status(ctx))
    last = next((e for e in reversed(state.timeline) if e.kind == "item"), None)
    if (left_open or overnight) and state.session is not None:
        line: Line = (say("now.left_overnight" if overnight else "now.left_open", session=state.session.name),)
        if last is not None:
            label = parse_ref(last.ref).label if last.ref and parse_ref(last.ref) else ""
            line += (say("now.left_open_since", label=label, title=_timeline_title(ctx, last)),
                     Moment(last.start), ".")
        lines.insert(0, line)
    elif last is not None:
        ended = last.end or last.start
        label = parse_ref(last.ref).label if last.ref and parse_ref(last.ref) else ""
        lines.insert(0, (say("now.closed"), say("now.until", label=label, title=_timeline_title(ctx, last)),
                         Moment(ended), "."))
    elif ctx.meeting.opens_at <= ctx.now < ctx.meeting.closes_at:
        lines.insert(0, (say("now.none_open"),))  # a meeting day with nothing announced yet
    lines.append((say("now.clock"), Moment(ctx.now), "."))
    return in_room(ctx, Reply(title=say("now.title"), sections=(Section(lines=tuple(lines)),)))


def in_room(ctx: Context, reply: Reply) -> Reply:
    """The reply titled with the room it is about (``WP1 — …``); the plenary's replies are left as they are."""
    if ctx.room is None:
        return reply
    return replace(reply, title=f"{ctx.room.title_in(ctx.lang)} — {reply.title}")
