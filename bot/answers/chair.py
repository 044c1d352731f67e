"""Chair commands: ``/item``, ``/next``, ``/prev``, ``/break``, ``/resume``, ``/adjourn``, ``/session``.

Each reads and writes the live state inside one store transaction, then posts its
announcement to the session channels through the Notifier port once the change
is committed. Anyone but a chair is refused by the core before a handler runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

from bot.answers.agenda import lookup_problem
from bot.answers.chair_args import LONGEST, break_length, break_too_long, shows_date, split_item_args
from bot.answers.session_names import session_of_the_day, unique_session_name
from bot.answers.user_text import as_shown, mentions
from bot.context import Context
from bot.i18n_session import CHAIR_HELP_FR, SESSION
from bot.live_state import Budget, LiveState, OpenSession, TimelineEntry, load_state, save_state
from bot.models import AgendaEntry
from bot.notifier import Announcement, Audience, reaches_platforms
from bot.registry import REGISTRY
from bot.reply import Day, Line, Moment, Reply, Section, simple, Visibility
from bot.timefmt import format_duration

#: The longest session name kept (longer ones are cut).
MAX_SESSION_NAME = 120


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


def end_session_left_overnight(ctx: Context, state: LiveState) -> str | None:
    """End a session that a chair left open on an earlier day (see :meth:`LiveState.left_overnight`), so that
    today's items go into today's session; return its name when one was ended."""
    if not state.left_overnight(ctx.meeting.tz, ctx.now):
        return None
    return state.end_left_session()


def _open_session_if_needed(ctx: Context, state: LiveState) -> str | None:
    """Open an implicit session named after the day; return its name when one was opened."""
    if state.session is not None:
        return None
    name = unique_session_name(state, session_of_the_day(ctx))
    state.session = OpenSession(name=name, opened_at=ctx.now, opened_by=ctx.asker.name)
    return name


def _start_item(ctx: Context, state: LiveState, entry: AgendaEntry, budget: dt.timedelta | None) -> None:
    state.close_open_entry(ctx.now)
    state.break_since = state.break_until = None
    state.current_ref, state.current_since = entry.ref, ctx.now
    state.budget = Budget(ends_at=ctx.now + budget, chair_id=ctx.asker.id,
                          platform=ctx.request.platform, lang=ctx.lang) if budget else None
    parent = ctx.agenda.parent(entry)
    assert state.session is not None
    state.timeline.append(TimelineEntry(session=state.session.name, ref=entry.ref, title=entry.title,
                                        parent_title=parent.title if parent else None, start=ctx.now,
                                        announced_by=ctx.asker.name))


def _move(ctx: Context, choose: Callable[[LiveState], AgendaEntry | Reply],
          budget: dt.timedelta | None = None) -> Reply:
    """Move to what ``choose`` picks from this transaction's state (a refusal writes nothing); announce after."""
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        entry = choose(state)
        if isinstance(entry, Reply):
            return entry
        ctx = replace(ctx, now=state.ordered(ctx.now))
        ended = end_session_left_overnight(ctx, state)
        on_break = state.on_break and not ended  # "/prev" or "/item" during a break ends it: said, not silent
        opened = _open_session_if_needed(ctx, state)
        _start_item(ctx, state, entry, budget)
        save_state(tx, ctx.live_key, state)
    announcement = item_announcement(ctx, entry, ctx.now, budget, resumed=on_break)
    ctx.announce(Announcement(Audience.SESSION, announcement, key=f"item:{entry.ref}:{ctx.now.isoformat()}",
                              topic=f"Now: {entry.parsed.label} {entry.title}"))
    say = SESSION.bound(ctx.lang)
    notes = [say(_announced(ctx, "chair.announced_item"), label=entry.parsed.label,
                 title=entry.title_in(ctx.lang))]
    if on_break:
        notes.append(say("chair.break_ended"))
    if ended:
        notes.append(say("chair.ended_overnight", name=ended))
    if opened:
        notes.append(say("chair.opened_implicit", name=opened))
    lines: list[Line] = [(note,) for note in notes]
    if budget:  # the chair sees the budget they set, and when it runs out
        lines.insert(1, (say("chair.budget_set", length=format_duration(budget, ctx.lang)),
                         Moment(ctx.now + budget, "time"), say("chair.budget_reminded")))
    return Reply(title=say("chair.item_changed"), sections=(Section(lines=tuple(lines)),))


def _announced(ctx: Context, key: str) -> str:
    """The confirmation's key: "announced in the session channel(s)" only where a platform will post it."""
    return key if reaches_platforms(ctx.notifier) else f"{key}.local"


def move_to(ctx: Context, entry: AgendaEntry, budget: dt.timedelta | None = None) -> Reply:
    """Make ``entry`` the item under discussion, announce it, and confirm to the chair."""
    return _move(ctx, lambda state: entry, budget)


@REGISTRY.command("item", "/item REF [BUDGET]", chair_only=True, help_fr=CHAIR_HELP_FR["item"])
def item(ctx: Context, args: str) -> Reply:
    """Announce the agenda item under discussion, e.g. `/item 3h`, or `/item 3h 15m` with a time budget.

    Any reference form works (`3 h`, `3.h`, `3(h)`). With a budget (1 minute to 12 hours),
    you alone are reminded when it runs out; changing the item cancels it.
    """
    say = SESSION.bound(ctx.lang)
    parsed = split_item_args(args)
    text, budget = parsed.ref, parsed.budget
    if not text:
        return simple(say("chair.which_item"), say("chair.give_ref"), ok=False)
    if parsed.too_long is not None:  # "/item 6b 13h": read, but longer than a budget can be
        return simple(say("chair.unchanged"), say("chair.budget_too_long", length=format_duration(parsed.too_long, ctx.lang),
                                                  longest=format_duration(LONGEST, ctx.lang)),
                      say("chair.budget_how", ref=text, longest=format_duration(LONGEST, ctx.lang)), ok=False)
    if parsed.bad_budget is not None:
        return simple(say("chair.unchanged"), say("chair.bad_budget", text=parsed.bad_budget),
                      say("chair.budget_how", ref=text, longest=format_duration(LONGEST, ctx.lang)), ok=False)
    found = ctx.agenda.lookup(text)
    if found.entry is None:
        matches = ctx.agenda.search(text) if found.ref is None else []
        if len(matches) == 1:
            return _announce_item(ctx, matches[0], budget)
        problem = lookup_problem(ctx.agenda, found, ctx.lang) if found.ref is not None \
            else say("chair.not_ref", text=text)
        close = [f"{e.parsed.label} {e.title_in(ctx.lang)}" for e in (matches or ctx.agenda.closest(text))][:3]
        hint = say("chair.closest", names="; ".join(close)) if close else say("chair.see_agenda")
        return simple(say("chair.unchanged"), problem or "", hint, ok=False)
    return _announce_item(ctx, found.entry, budget)


def _announce_item(ctx: Context, entry: AgendaEntry, budget: dt.timedelta | None) -> Reply:
    """``/item`` to ``entry``; the item already under discussion named again without a budget changes nothing (a
    chair who retypes `/item 3 h` keeps its start time and its budget, and is told so)."""
    return _move(ctx, lambda state: _already_under_discussion(ctx, state, entry) if budget is None else entry, budget)


def _already_under_discussion(ctx: Context, state: LiveState, entry: AgendaEntry) -> AgendaEntry | Reply:
    """A refusal saying ``entry`` is already under discussion, with since when and its budget; else ``entry``."""
    if state.current_ref != entry.ref or state.on_break or state.current_since is None \
            or state.left_overnight(ctx.meeting.tz, ctx.now):
        return entry
    say = SESSION.bound(ctx.lang)
    lines: list[Line] = [(say("chair.already_current", label=entry.parsed.label, title=entry.title_in(ctx.lang)),
                          Moment(state.current_since, "time"), ")."),]
    if state.budget is not None and state.budget.ends_at > ctx.now:
        lines.append((say("chair.budget_kept"), Moment(state.budget.ends_at, "time"), "."))
    return Reply(title=say("chair.unchanged"), sections=(Section(lines=tuple(lines)),), ok=False)


def _last_discussed(ctx: Context, state: LiveState) -> AgendaEntry | None:
    """The agenda entry of the latest item in the timeline (None when none, or when the agenda lost it)."""
    last = next((e for e in reversed(state.timeline) if e.kind == "item" and e.ref), None)
    return ctx.agenda.get(last.ref) if last is not None and last.ref else None


def _step(ctx: Context, step: int) -> Reply:
    """Move ``step`` entries from the item the moving transaction sees (two ``/next`` at once: two moves)."""
    say = SESSION.bound(ctx.lang)

    def choose(state: LiveState) -> AgendaEntry | Reply:
        if state.current_ref is None:
            last = _last_discussed(ctx, state) if step > 0 else None
            if last is None:
                if step > 0:
                    return ctx.agenda.entries[0]
                return simple(say("chair.unchanged"), say("chair.no_current"), ok=False)
            current = last  # after an adjournment: go on after the last item discussed
        else:
            current = ctx.agenda.get(state.current_ref)
        if current is None:
            return simple(say("chair.unchanged"), say("chair.gone", ref=state.current_ref), ok=False)
        following = ctx.agenda.neighbour(current, step)
        if following is None:
            end = "chair.last" if step > 0 else "chair.first"
            title = current.title_in(ctx.lang)
            return simple(say("chair.unchanged"), say(end, label=current.parsed.label, title=title), ok=False)
        return following

    return _move(ctx, choose)


@REGISTRY.command("next", "/next", chair_only=True, help_fr=CHAIR_HELP_FR["next"])
def next_(ctx: Context, args: str) -> Reply:
    """Move to the next agenda entry (items and sub-items in agenda order) and announce it."""
    return _step(ctx, 1)


@REGISTRY.command("prev", "/prev", chair_only=True, aliases=("previous",), help_fr=CHAIR_HELP_FR["prev"])
def prev(ctx: Context, args: str) -> Reply:
    """Move back to the previous agenda entry and announce it."""
    return _step(ctx, -1)


@REGISTRY.command("break", "/break [DURATION]", chair_only=True, help_fr=CHAIR_HELP_FR["break"])
def break_(ctx: Context, args: str) -> Reply:
    """Call a break, e.g. `/break 15m`; the announcement says when the session resumes.

    A length (`15m`, `1h30`, `20'`) or a time today (`/break 14:00`, `/break 11h30`: until that time of the
    meeting). A break lasts 12 hours at most; `/break` alone lasts until you `/resume`.
    """
    say = SESSION.bound(ctx.lang)
    duration = break_length(args, ctx.now, ctx.meeting.tz) if args.strip() else None
    if args.strip() and duration is None:
        return simple(say("chair.unchanged"), say("chair.bad_duration", text=args.strip()), ok=False)
    if break_too_long(duration):
        return simple(say("chair.unchanged"), say("chair.break_too_long", length=format_duration(duration, ctx.lang),
                                                  longest=format_duration(LONGEST, ctx.lang)), ok=False)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        ended = end_session_left_overnight(ctx, state)
        opened = _open_session_if_needed(ctx, state)  # "/break 15m" before any /item: today's session, as /item
        assert state.session is not None
        if not state.on_break:
            state.close_open_entry(ctx.now)
            state.timeline.append(TimelineEntry(kind="break", session=state.session.name, title="Break",
                                                start=ctx.now, announced_by=ctx.asker.name))
            state.break_since = ctx.now
        state.break_until = ctx.now + duration if duration else None
        save_state(tx, ctx.live_key, state)
        since, until = state.break_since or ctx.now, state.break_until  # a break already on keeps its start
    lines: list[Line] = [("Break from ", Moment(since, "time"), ".")]
    if until:
        other_day, u = shows_date(ctx.now, until, ctx.meeting.tz), until.astimezone(dt.timezone.utc)
        utc = f"{u:%a} {u.day} {u:%b %H:%M} UTC" if other_day else f"{u:%H:%M} UTC"
        lines.append(("The session resumes at " if not other_day else "The session resumes on ",
                      Moment(until, "datetime" if other_day else "time"), f" ({utc})."))
    else:
        lines.append(("The chair will announce when the session resumes.",))
    reply = Reply(title=f"Break ({format_duration(duration)})" if duration else "Break",
                  sections=(Section(lines=tuple(lines)),), visibility=Visibility.PUBLIC)
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"break:{ctx.now.isoformat()}"))
    told: list[Line] = [(say(_announced(ctx, "chair.break" if state.current_ref else "chair.break_no_item")),)]
    if until:  # the chair sees when the break ends, as the channel does
        told.insert(0, (say("chair.resumes_at"), Moment(until, "datetime" if other_day else "time"), "."))
    if ended:
        told.append((say("chair.ended_overnight", name=ended),))
    if opened:
        told.append((say("chair.opened_implicit", name=opened),))
    return Reply(title=say("chair.break.title"), sections=(Section(lines=tuple(told)),))


@REGISTRY.command("resume", "/resume", chair_only=True, help_fr=CHAIR_HELP_FR["resume"])
def resume(ctx: Context, args: str) -> Reply:
    """End the break and go back to the item that was under discussion."""
    say = SESSION.bound(ctx.lang)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if not state.on_break or state.session is None:
            return simple(say("chair.unchanged"), say("chair.not_on_break"), ok=False)
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
        save_state(tx, ctx.live_key, state)
    if entry is None:
        reply = Reply(title="The session resumes", visibility=Visibility.PUBLIC,
                      sections=(Section(lines=(("Resumed at ", Moment(ctx.now, "time"), "."),)),))
    else:
        reply = item_announcement(ctx, entry, ctx.now, budget_left, resumed=True)
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"resume:{ctx.now.isoformat()}"))
    return simple(say("chair.resumed.title"), say(_announced(ctx, "chair.announced")))


def _adjourn(ctx: Context) -> Reply:
    say = SESSION.bound(ctx.lang)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if state.session is None:
            return simple(say("chair.unchanged"), say("chair.no_session"), ok=False)
        name = state.session.name
        state.close_open_entry(ctx.now)
        discussed = list(dict.fromkeys(e.ref for e in state.timeline if e.session == name and e.ref))
        state.sessions_held.append(name)
        state.session = None
        state.current_ref = state.current_since = state.break_since = state.break_until = None
        state.budget = None
        state.queue = []
        save_state(tx, ctx.live_key, state)
    lines: list[Line] = [(f"“{name}” is adjourned at ", Moment(ctx.now, "time"), ".")]
    if discussed:
        lines.append(("Items discussed: " + ", ".join(discussed) + ".",))
    reply = Reply(title="The session is adjourned", sections=(Section(lines=tuple(lines)),),
                  visibility=Visibility.PUBLIC)
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"adjourn:{ctx.now.isoformat()}",
                              topic=f"Adjourned: {name}"))
    return simple(say("chair.adjourned.title"), say(_announced(ctx, "chair.adjourned")))


@REGISTRY.command("adjourn", "/adjourn", chair_only=True, help_fr=CHAIR_HELP_FR["adjourn"])
def adjourn(ctx: Context, args: str) -> Reply:
    """End the session; the announcement says so and the speaker queue is cleared."""
    return _adjourn(ctx)


@REGISTRY.command("session", "/session start [NAME] | /session end", chair_only=True,
                  help_fr=CHAIR_HELP_FR["session"])
def session(ctx: Context, args: str) -> Reply:
    """Open a named session, e.g. `/session start Plenary, day 1`; `/session end` adjourns it."""
    say = SESSION.bound(ctx.lang)
    verb, _, name = args.strip().partition(" ")
    verb = verb.lower()
    if verb in ("end", "stop", "close"):
        return _adjourn(ctx)
    if verb not in ("start", "open"):
        return simple(say("chair.which"), say("chair.session_usage"), ok=False)
    name = as_shown(name, MAX_SESSION_NAME)
    if mentions(name):  # "/session start Plenary @everyone": the announcement would notify the whole channel
        return simple(say("chair.unchanged"), say("chair.session_mention"), ok=False)
    name = name or session_of_the_day(ctx)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        ended = end_session_left_overnight(ctx, state)
        if state.session is not None:
            return simple(say("chair.unchanged"), say("chair.still_open", name=state.session.name), ok=False)
        name = unique_session_name(state, name)
        state.session = OpenSession(name=name, opened_at=ctx.now, opened_by=ctx.asker.name)
        save_state(tx, ctx.live_key, state)
    reply = Reply(title=f"Session opened: {name}", visibility=Visibility.PUBLIC,
                  sections=(Section(lines=(("Opened at ", Moment(ctx.now, "time"), f" by {ctx.asker.name}."),
                                           ("Day: ", Day(ctx.now.astimezone(ctx.meeting.tz).date())))),))
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"session:{ctx.now.isoformat()}"))
    notes = [say("chair.ended_overnight", name=ended)] if ended else []
    return simple(say("chair.session_opened.title"), *notes, say("chair.session_opened", name=name))

