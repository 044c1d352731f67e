"""``/floor``: the speaker queue. Delegates ask for the floor; the chair gives it in order."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.refusal import chairs_only
from bot.answers.user_text import as_shown, mentions
from bot.context import Context
from bot.i18n_session import SESSION
from bot.live_state import Speaker, Waiting, load_state, read_state, save_state
from bot.notifier import Announcement, Audience, reaches_platforms
from bot.preferences import NAMESPACE, get_in
from bot.registry import REGISTRY
from bot.reply import Line, Reply, Section, simple, Visibility
from bot.timefmt import format_duration

MAX_ENTITY = 80
CHAIR_VERBS = ("next", "clear")


def _who(name: str, entity: str | None) -> str:
    return f"{name} ({entity})" if entity else name


def _request(ctx: Context, entity_text: str) -> Reply:
    say = SESSION.bound(ctx.lang)
    entity = as_shown(entity_text, MAX_ENTITY) or None  # "＠everyone" is "@everyone"; terminal escapes are no entity
    if entity is not None and mentions(entity):  # "/floor @everyone ARCEP Togo": a mention is no entity, and
        # the chair's "/floor next" would post it to the session channel
        return simple(say("floor.entity.title"), say("floor.mention"), say("floor.entity"), ok=False)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        if state.session is None and not _a_meeting_day(ctx):
            return simple(say("floor.no_session.title"), say("floor.no_session"), ok=False)
        prefs = get_in(tx, ctx.asker_key)
        entity = entity or prefs.get("entity")
        if entity is None:
            return simple(say("floor.entity.title"), say("floor.entity"), ok=False)
        for position, waiting in enumerate(state.queue, 1):
            if waiting.user_id == ctx.asker.id:
                return simple(say("floor.already.title"), say("floor.already", position=position,
                                                              count=len(state.queue)), ok=False)
        state.queue.append(Waiting(user_id=ctx.asker.id, name=ctx.asker.name, entity=entity, since=ctx.now))
        if prefs.get("entity") != entity:
            tx.put(NAMESPACE, ctx.asker_key, {**prefs, "entity": entity})
        save_state(tx, ctx.live_key, state)
        position, waiting = len(state.queue), state.session is None
    return simple(say("floor.asked.title"), say("floor.asked", position=position, who=_who(ctx.asker.name, entity)),
                  *([say("floor.asked.before_session")] if waiting else []), say("floor.asked.rule"))


def _a_meeting_day(ctx: Context) -> bool:
    """Whether today, in meeting time, is one of the meeting's days: a delegate may then line up for the floor before
    the chair opens the day's session (an adjournment empties the queue)."""
    m = ctx.meeting
    return m.start_date <= ctx.now.astimezone(m.tz).date() <= m.end_date


def _cancel(ctx: Context) -> Reply:
    say = SESSION.bound(ctx.lang)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        kept = [w for w in state.queue if w.user_id != ctx.asker.id]
        if len(kept) == len(state.queue):
            return simple(say("floor.not_queued.title"), say("floor.not_queued"), ok=False)
        state.queue = kept
        save_state(tx, ctx.live_key, state)
    return simple(say("floor.withdrawn.title"), say("floor.withdrawn"))


def _list(ctx: Context) -> Reply:
    say = SESSION.bound(ctx.lang)
    state = read_state(ctx.store, ctx.live_key)
    if not state.queue:
        return simple(say("floor.queue.title"), say("floor.queue.empty"))
    lines: tuple[Line, ...] = tuple(
        (say("floor.queue.line", n=n, who=_who(w.name, w.entity), waited=format_duration(ctx.now - w.since, ctx.lang)),)
        for n, w in enumerate(state.queue, 1))
    return Reply(title=say("floor.queue.count", count=len(state.queue)), sections=(Section(lines=lines),))


def _next(ctx: Context) -> Reply:
    say = SESSION.bound(ctx.lang)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        ctx = replace(ctx, now=state.ordered(ctx.now))
        if not state.queue:
            return simple(say("floor.nobody.title"), say("floor.nobody"), ok=False)
        first = state.queue.pop(0)
        running = state.last_entry
        if running is not None and running.end is None and running.kind == "item":
            running.speakers.append(Speaker(user_id=first.user_id, name=first.name, entity=first.entity, at=ctx.now))
        save_state(tx, ctx.live_key, state)
        left = len(state.queue)
    reply = Reply(title=f"The floor goes to {_who(first.name, first.entity)}", visibility=Visibility.PUBLIC,
                  sections=(Section(lines=((f"{left} more waiting." if left else "Nobody else is waiting.",),)),))
    ctx.announce(Announcement(Audience.SESSION, reply, key=f"floor:{first.user_id}:{ctx.now.isoformat()}"))
    given = "floor.given" if reaches_platforms(ctx.notifier) else "floor.given.local"  # said only where it is posted
    return simple(say("floor.given.title"), say(given, who=_who(first.name, first.entity)))


def _clear(ctx: Context) -> Reply:
    say = SESSION.bound(ctx.lang)
    with ctx.store.transaction() as tx:
        state = load_state(tx, ctx.live_key)
        count = len(state.queue)
        state.queue = []
        save_state(tx, ctx.live_key, state)
    return simple(say("floor.cleared.title"),
                say("floor.cleared.many", count=count) if count != 1 else say("floor.cleared.one"))


HELP_FR = """Demandez la parole, par ex. `/floor France` ; votre entité est retenue pour la prochaine fois.

`/floor cancel` quitte la file ; `/floor list` la montre avec les temps d'attente.
Présidence : `/floor next` donne la parole au premier de la file ; `/floor clear` la vide.
"""


@REGISTRY.command("floor", "/floor [ENTITY] | cancel | list | next | clear", help_fr=HELP_FR)
def floor(ctx: Context, args: str) -> Reply:
    """Ask for the floor, e.g. `/floor France`; your entity is remembered for next time.

    `/floor cancel` leaves the queue; `/floor list` shows it with waiting times.
    Chairs: `/floor next` gives the floor to the first in the queue; `/floor clear` empties it.
    """
    verb = args.strip().lower()
    if verb in CHAIR_VERBS and not ctx.asker.is_chair:
        return chairs_only(ctx.lang, f"floor {verb}")
    if verb == "next":
        return _next(ctx)
    if verb == "clear":
        return _clear(ctx)
    if verb in ("cancel", "withdraw"):
        return _cancel(ctx)
    if verb in ("list", "queue"):
        return _list(ctx)
    return _request(ctx, args)
