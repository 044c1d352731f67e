"""Chair commands: ``/item``, ``/next``, ``/prev``, ``/break``, ``/resume``, ``/adjourn``, ``/session``.

Each reads and writes the live state inside one store transaction, then posts its
announcement to the session channels through the Notifier port once the change
is committed. Anyone but a chair is refused by the core before a handler runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.agenda import AgendaIndex
from bot.context import Context
from bot.live_state import Budget, LiveState, OpenSession, TimelineEntry, load_state, save_state
from bot.models import AgendaEntry, Meeting
from bot.notifier import Announcement, Audience, Notifier
from bot.registry import REGISTRY
from bot.reply import Day, Line, Moment, Reply, Section, Visibility
from bot.store import Store
from bot.timefmt import format_date, format_duration, parse_duration


def _done(title: str, *lines: str, ok: bool = True) -> Reply:
    return Reply(title=title, ok=ok, sections=(Section(lines=tuple((text,) for text in lines)),))


def item_announcement(ctx: Context, entry: AgendaEntry, since: dt.datetime, budget: dt.timedelta | None,
                      resumed: bool = False) -> Reply:
    """"Now under discussion: 3 h) …", with the parent item, the start time, the budget and what is next."""
    lines: list[Line] = []
    parent = ctx.agenda.parent(entry)
    if parent is not None:
        lines.append((f"Under item {parent.parsed.label} {parent.title}",))
    lines.extend((f"• {name}",) for name in entry.entries)
    lines.append(("Resumed at " if resumed else "Since ", Moment(since, "time")))
    if budget is not None:
        lines.append((f"Time budget: {format_duration(budget)}, until ", Moment(since + budget, "time")))
    following = ctx.agenda.neighbour(entry, 1)
    if following is not None:
        lines.append((f"Next: {following.parsed.label} {following.title}",))
    return Reply(title=f"Now under discussion: {entry.parsed.label} {entry.title}",
                 sections=(Section(lines=tuple(lines)),), visibility=Visibility.PUBLIC)


def _open_session_if_needed(ctx: Context, state: LiveState) -> str | None:
    """Open an implicit session named after the day; return its name when one was opened."""
    if state.session is not None:
        return None
    name = f"Session of {format_date(ctx.now.astimezone(ctx.meeting.tz).date())}"
    state.session = OpenSession(name=name, opened_at=ctx.now, opened_by=ctx.asker.name)
    return name


def _start_item(ctx: Context, state: LiveState, entry: AgendaEntry, budget: dt.timedelta | None) -> None:
    state.close_open_entry(ctx.now)
    state.break_since = state.break_until = None
    state.current_ref, state.current_since = entry.ref, ctx.now
    state.budget = Budget(ends_at=ctx.now + budget, chair_id=ctx.asker.id) if budget else None
    parent = ctx.agenda.parent(entry)
    assert state.session is not None
    state.timeline.append(TimelineEntry(session=state.session.name, ref=entry.ref, title=entry.title,
                                        parent_title=parent.title if parent else None, start=ctx.now,
                                        announced_by=ctx.asker.name))


def move_to(ctx: Context, entry: AgendaEntry, budget: dt.timedelta | None = None) -> Reply:
    """Make ``entry`` the item under discussion, announce it, and confirm to the chair."""
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        opened = _open_session_if_needed(ctx, state)
        _start_item(ctx, state, entry, budget)
        save_state(tx, ctx.meeting.id, state)
    announcement = item_announcement(ctx, entry, ctx.now, budget)
    ctx.announce(Announcement(Audience.SESSION, announcement, key=f"item:{entry.ref}:{ctx.now.isoformat()}",
                              topic=f"Now: {entry.parsed.label} {entry.title}"))
    notes = [f"Announced in the session channel(s): {entry.parsed.label} {entry.title}."]
    if opened:
        notes.append(f"Opened “{opened}” (name sessions with /session start NAME).")
    return _done("Item changed", *notes)


def split_budget(args: str) -> tuple[str, dt.timedelta | None]:
    """``"3h 15m"`` → ``("3h", 15 minutes)``; a trailing duration is the item's time budget."""
    head, _, last = args.strip().rpartition(" ")
    if head and any(ch.isdigit() for ch in last) and parse_duration(last) is not None \
            and AgendaIndex.is_reference(head):
        return head.strip(), parse_duration(last)
    return args.strip(), None


@REGISTRY.command("item", "/item REF [BUDGET]", chair_only=True)
def item(ctx: Context, args: str) -> Reply:
    """Announce the agenda item under discussion, e.g. `/item 3h`, or `/item 3h 15m` with a time budget.

    Any reference form works (`3 h`, `3.h`, `3(h)`). With a budget, you alone are
    reminded when it runs out; changing the item cancels it.
    """
    text, budget = split_budget(args)
    if not text:
        return _done("Which item?", "Give a reference: /item 3h (optionally /item 3h 15m).", ok=False)
    found = ctx.agenda.lookup(text)
    if found.entry is None:
        matches = ctx.agenda.search(text) if found.ref is None else []
        if len(matches) == 1:
            return move_to(ctx, matches[0], budget)
        problem = found.problem if found.ref is not None else f"“{text}” is not an agenda reference."
        close = [f"{e.parsed.label} {e.title}" for e in (matches or ctx.agenda.closest(text))][:3]
        hint = ("Closest: " + "; ".join(close) + ".") if close else "Type /agenda to see the items."
        return _done("Nothing changed", problem or "", hint, ok=False)
    return move_to(ctx, found.entry, budget)


def _step(ctx: Context, step: int) -> Reply:
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
    if state.current_ref is None:
        if step > 0:
            return move_to(ctx, ctx.agenda.entries[0])
        return _done("Nothing changed", "No item is under discussion yet; /item REF or /next to start.", ok=False)
    current = ctx.agenda.get(state.current_ref)
    following = ctx.agenda.neighbour(current, step) if current else None
    if current is None:
        return _done("Nothing changed", f"Item {state.current_ref} is no longer in the agenda; use /item REF.", ok=False)
    if following is None:
        end = "last" if step > 0 else "first"
        return _done("Nothing changed", f"{current.parsed.label} {current.title} is the {end} entry of the agenda.",
                     ok=False)
    return move_to(ctx, following)


@REGISTRY.command("next", "/next", chair_only=True)
def next_(ctx: Context, args: str) -> Reply:
    """Move to the next agenda entry (items and sub-items in agenda order) and announce it."""
    return _step(ctx, 1)


@REGISTRY.command("prev", "/prev", chair_only=True, aliases=("previous",))
def prev(ctx: Context, args: str) -> Reply:
    """Move back to the previous agenda entry and announce it."""
    return _step(ctx, -1)


@REGISTRY.command("break", "/break [DURATION]", chair_only=True)
def break_(ctx: Context, args: str) -> Reply:
    """Call a break, e.g. `/break 15m`; the announcement says when the session resumes."""
    duration = parse_duration(args) if args.strip() else None
    if args.strip() and duration is None:
        return _done("Nothing changed", f"“{args.strip()}” is not a duration such as 15m or 1h30m.", ok=False)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if state.session is None:
            return _done("Nothing changed", "No session is open.", ok=False)
        if not state.on_break:
            state.close_open_entry(ctx.now)
            state.timeline.append(TimelineEntry(kind="break", session=state.session.name, title="Break",
                                                start=ctx.now, announced_by=ctx.asker.name))
            state.break_since = ctx.now
        state.break_until = ctx.now + duration if duration else None
        save_state(tx, ctx.meeting.id, state)
    lines: list[Line] = [("Break from ", Moment(ctx.now, "time"), ".")]
    if duration:
        until = ctx.now + duration
        lines.append(("The session resumes at ", Moment(until, "time"), f" ({until:%H:%M} UTC)."))
    else:
        lines.append(("The chair will announce when the session resumes.",))
    reply = Reply(title=f"Break ({format_duration(duration)})" if duration else "Break",
                  sections=(Section(lines=tuple(lines)),), visibility=Visibility.PUBLIC)
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"break:{ctx.now.isoformat()}"))
    return _done("Break announced", "Announced in the session channel(s). /resume to go back to the item.")


@REGISTRY.command("resume", "/resume", chair_only=True)
def resume(ctx: Context, args: str) -> Reply:
    """End the break and go back to the item that was under discussion."""
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if not state.on_break or state.session is None:
            return _done("Nothing changed", "The session is not on a break.", ok=False)
        paused = ctx.now - (state.break_since or ctx.now)
        state.close_open_entry(ctx.now)
        state.break_since = state.break_until = None
        entry = ctx.agenda.get(state.current_ref) if state.current_ref else None
        if entry is not None:
            parent = ctx.agenda.parent(entry)
            state.timeline.append(TimelineEntry(session=state.session.name, ref=entry.ref, title=entry.title,
                                                parent_title=parent.title if parent else None, start=ctx.now,
                                                announced_by=ctx.asker.name))
        if state.budget is not None:
            state.budget.ends_at += paused
        budget_left = state.budget.ends_at - ctx.now if state.budget else None
        if budget_left is not None and budget_left <= dt.timedelta(0):
            budget_left = None  # already ran out: the chair was told
        save_state(tx, ctx.meeting.id, state)
    if entry is None:
        reply = Reply(title="The session resumes", visibility=Visibility.PUBLIC,
                      sections=(Section(lines=(("Resumed at ", Moment(ctx.now, "time"), "."),)),))
    else:
        reply = item_announcement(ctx, entry, ctx.now, budget_left, resumed=True)
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"resume:{ctx.now.isoformat()}"))
    return _done("Resumed", "Announced in the session channel(s).")


def _adjourn(ctx: Context) -> Reply:
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if state.session is None:
            return _done("Nothing changed", "No session is open.", ok=False)
        name = state.session.name
        state.close_open_entry(ctx.now)
        discussed = list(dict.fromkeys(e.ref for e in state.timeline if e.session == name and e.ref))
        state.sessions_held.append(name)
        state.session = None
        state.current_ref = state.current_since = state.break_since = state.break_until = None
        state.budget = None
        state.queue = []
        save_state(tx, ctx.meeting.id, state)
    lines: list[Line] = [(f"“{name}” is adjourned at ", Moment(ctx.now, "time"), ".")]
    if discussed:
        lines.append(("Items discussed: " + ", ".join(discussed) + ".",))
    reply = Reply(title="The session is adjourned", sections=(Section(lines=tuple(lines)),),
                  visibility=Visibility.PUBLIC)
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"adjourn:{ctx.now.isoformat()}",
                              topic=f"Adjourned: {name}"))
    return _done("Session adjourned", "Announced in the session channel(s). `meetingbot minutes` has the timeline.")


@REGISTRY.command("adjourn", "/adjourn", chair_only=True)
def adjourn(ctx: Context, args: str) -> Reply:
    """End the session; the announcement says so and the speaker queue is cleared."""
    return _adjourn(ctx)


@REGISTRY.command("session", "/session start [NAME] | /session end", chair_only=True)
def session(ctx: Context, args: str) -> Reply:
    """Open a named session, e.g. `/session start Plenary, day 1`; `/session end` adjourns it."""
    verb, _, name = args.strip().partition(" ")
    verb = verb.lower()
    if verb in ("end", "stop", "close"):
        return _adjourn(ctx)
    if verb not in ("start", "open"):
        return _done("Which?", "Use /session start [NAME] or /session end.", ok=False)
    name = " ".join(name.split())[:120] or f"Session of {format_date(ctx.now.astimezone(ctx.meeting.tz).date())}"
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.meeting.id)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if state.session is not None:
            return _done("Nothing changed", f"“{state.session.name}” is still open; /adjourn it first.", ok=False)
        state.session = OpenSession(name=name, opened_at=ctx.now, opened_by=ctx.asker.name)
        save_state(tx, ctx.meeting.id, state)
    reply = Reply(title=f"Session opened: {name}", visibility=Visibility.PUBLIC,
                  sections=(Section(lines=(("Opened at ", Moment(ctx.now, "time"), f" by {ctx.asker.name}."),
                                           ("Day: ", Day(ctx.now.astimezone(ctx.meeting.tz).date())))),))
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"session:{ctx.now.isoformat()}"))
    return _done("Session opened", f"“{name}” is open. /item REF to announce the first item.")


def check_budget(meeting: Meeting, store: Store, notifier: Notifier, now: dt.datetime) -> list[Announcement]:
    """Alert the chair, once, when the current item's time budget has run out."""
    with store.transaction() as tx:
        state = load_state(tx, meeting.id)
        budget = state.budget
        if budget is None or budget.alerted or now < budget.ends_at or state.on_break:
            return []
        budget.alerted = True
        save_state(tx, meeting.id, state)
    ref = state.current_ref or "?"
    reply = Reply(title=f"Time is up for item {ref}", sections=(Section(lines=(
        ("The time budget ran out at ", Moment(budget.ends_at, "time"), "."),
        ("/next to move on, or /item " + ref + " 10m to give it more time.",))),))
    announcement = Announcement(Audience.CHAIRS, reply, key=f"budget:{ref}:{budget.ends_at.isoformat()}",
                                user_id=budget.chair_id)
    notifier.announce(announcement)
    return [announcement]
