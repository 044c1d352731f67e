"""``/now``: the item under discussion, a break, or where the meeting stands at this instant."""

from __future__ import annotations

from bot.agenda_ref import parse_ref
from bot.context import Context
from bot.live_state import LiveState, load_state
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
        return ((f"The meeting is on: day {day} of {total} (", Day(today), "). It ends on ", Day(m.end_date), "."),)
    return (("The meeting is over: it ran from ", Day(m.start_date), " to ", Day(m.end_date), "."),)


def live_status(ctx: Context, state: LiveState) -> Reply | None:
    """The open session: item under discussion since when, break, next item, queue; None when closed."""
    if state.session is None:
        return None
    lines: list[Line] = []
    entry = ctx.agenda.get(state.current_ref) if state.current_ref else None
    if state.on_break and state.break_since is not None:
        if state.break_until is not None:
            lines.append(("On a break until ", Moment(state.break_until, "time"),
                          f" (in {format_duration(state.break_until - ctx.now)})." if state.break_until > ctx.now
                          else " (the chair has not resumed yet)."))
        else:
            lines.append(("On a break since ", Moment(state.break_since, "time"), "."))
    if entry is not None and state.current_since is not None:
        parent = ctx.agenda.parent(entry)
        title = f"{entry.parsed.label} {entry.title}"
        verb = "Before the break: " if state.on_break else "Under discussion: "
        lines.append((verb + title,))
        if parent is not None:
            lines.append((f"Under item {parent.parsed.label} {parent.title}",))
        lines.append(("Since ", Moment(state.current_since, "time"), f" ({format_duration(ctx.now - state.current_since)} ago)."))
        following = ctx.agenda.neighbour(entry, 1)
        if following is not None:
            lines.append((f"Next: {following.parsed.label} {following.title}",))
    elif not state.on_break:
        lines.append(("No item has been announced yet in this session.",))
    if state.queue:
        lines.append((f"Speaker queue: {len(state.queue)} waiting (/floor list).",))
    return Reply(title=f"Now: {state.session.name}", sections=(Section(lines=tuple(lines)),))


@REGISTRY.command("now", "/now")
def now(ctx: Context, args: str) -> Reply:
    """The item under discussion and since when, a break, or how long until the meeting opens."""
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
    live = live_status(ctx, state)
    if live is not None:
        return live
    lines = list(meeting_status(ctx))
    last = next((e for e in reversed(state.timeline) if e.kind == "item"), None)
    if last is not None:
        ended = last.end or last.start
        label = parse_ref(last.ref).label if last.ref and parse_ref(last.ref) else ""
        lines.insert(0, ("No session is open. Last item discussed: ", f"{label} {last.title}, until ",
                         Moment(ended), "."))
    lines.append(("Current time: ", Moment(ctx.now), "."))
    return Reply(title="Now", sections=(Section(lines=tuple(lines)),))
