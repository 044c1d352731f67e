"""What each asker asked last, kept in the store for ten minutes: what a follow-up ("and in New York?",
"what about f?") is read against, across restarts and processes.

Commands that name what a follow-up goes on about ("/agenda 4", "/deadlines") are kept here too, so
that serving commands never loads the question engine (:mod:`bot.questions`): that loads with the
first question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.agenda_ref import AgendaRef, parse_ref
from bot.context import Context
from bot.preferences import user_key
from bot.store import CONVERSATION, StoreUnavailable

NAMESPACE = CONVERSATION
KEPT = dt.timedelta(minutes=10)
#: How far after "now" a kept question may be stamped and still count: two processes or replicas read
#: slightly different clocks, and ``meetingbot ask --at`` starts each run's clock at the same instant.
CLOCK_SKEW = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Previous:
    """The asker's previous question: its text and the agenda reference it named."""

    text: str
    ref: AgendaRef | None
    choices: tuple[str, ...] = ()  # the readings offered back, by number (see bot.questions.ask_back)


def _key(ctx: Context) -> str:
    return user_key(ctx.request.platform, ctx.asker.id)


def recall(ctx: Context) -> Previous | None:
    """The asker's previous question, if asked less than :data:`KEPT` ago."""
    try:
        raw = ctx.store.read(NAMESPACE, _key(ctx))
    except StoreUnavailable:  # the server is away and this asker's last question was never seen here
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not isinstance(raw.get("at"), str):
        return None
    try:
        at = dt.datetime.fromisoformat(raw["at"])
    except ValueError:
        return None
    if not -CLOCK_SKEW <= ctx.now - at <= KEPT:
        return None
    ref = parse_ref(raw["ref"]) if isinstance(raw.get("ref"), str) else None
    choices = raw.get("choices")
    kept = tuple(c for c in choices if isinstance(c, str)) if isinstance(choices, list) else ()
    return Previous(raw["text"], ref, kept)


def remember(ctx: Context, text: str, ref: AgendaRef | None, choices: tuple[str, ...] = ()) -> None:
    """Keep this question as the asker's previous one (with the readings offered back, if any).

    While the store is unreachable the question is still answered; it is only not kept for a follow-up.
    """
    try:
        with ctx.store.transaction() as tx:
            tx.put(NAMESPACE, _key(ctx), {"text": text[:500], "at": ctx.now.isoformat(),
                                          "ref": str(ref) if ref else None, "choices": list(choices)})
    except StoreUnavailable:
        pass


#: Commands whose argument names what a follow-up goes on about ("/agenda 5", then "what about f?").
FOLLOWED_COMMANDS = frozenset({"agenda", "time", "deadlines", "break"})
#: Commands that list what a follow-up may point at with nothing typed after them ("/deadlines", then "which of
#: these can I still make?").
_LISTING_COMMANDS = frozenset({"deadlines"})


def remember_command(ctx: Context, name: str, args: str) -> None:
    """Keep a command that names an agenda item as the asker's previous question, so that "what about f?" or
    "which JCAs are under f?" right after "/agenda 4" reads against item 4 (and "/deadlines", so that "which of these
    can I still make?" reads against the deadlines); other commands leave it as it was.
    The conversation is no shared answer's input, so this moves no store stamp (see :mod:`bot.store`)."""
    if name in FOLLOWED_COMMANDS and (args.strip() or name in _LISTING_COMMANDS):
        remember(ctx, f"/{name} {args.strip()}".strip(), parse_ref(args.strip()) if name == "agenda" else None)
