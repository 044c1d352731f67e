"""Requests acted on once: a request that arrives again is answered as the first time and changes nothing.

A platform request that can arrive twice (a signed Slack request sent again, a Discord
interaction delivered to two processes) is *claimed* under its key before anything acts on
it. The first claim wins; every later claim of the same key learns that it is a repeat and
gets the first one's answer once it is recorded. Claims live in the :class:`~bot.store.Store`,
so a repeat that reaches another process on the same database, or this one after a restart,
is caught too.

A claim is kept until its expiry: the end of the platform's own window, after which the
platform's request is refused anyway (Slack: 5 minutes either side of its timestamp).
Expired claims are swept at most once every :data:`SWEEP_EVERY`, oldest first, through an
index whose keys sort by expiry.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from bot.clock import Clock
from bot.store import Store, Transaction

NAMESPACE = "replay"  # f"{kind}:{key}" → {"expires": unix seconds, "answer": the first answer or None}
EXPIRY_NAMESPACE = "replay_expiry"  # f"{expires:012d}:{kind}:{key}" → the claim's key in NAMESPACE
SWEEP_EVERY = dt.timedelta(minutes=1)
SWEEP_AT_MOST = 5_000  # expired claims removed by one sweep; the next sweep takes the rest
_EXPIRY = re.compile(r"[0-9]{12}")


@dataclass(frozen=True)
class Claim:
    """The outcome of claiming a request: the first (act on it), or a repeat (and the first answer, if known)."""

    first: bool
    answer: Any | None = None


class ReplayGuard:
    """Claims of one kind of request (``slack``, ``discord``) in a store, with ``clock`` as the real time."""

    def __init__(self, store: Store, kind: str, clock: Clock) -> None:
        if not kind or ":" in kind:
            raise ValueError(f"a replay kind is a word without a colon, not {kind!r}")
        self.store = store
        self.kind = kind
        self.clock = clock
        self._next_sweep = 0.0

    def _key(self, key: str) -> str:
        return f"{self.kind}:{key}"

    def claim(self, key: str, expires: dt.datetime) -> Claim:
        """Claim ``key`` until ``expires``: first or repeat, in one transaction (safe across processes)."""
        now = self.clock.now().timestamp()
        with self.store.transaction() as tx:
            if now >= self._next_sweep:
                self._sweep(tx, now)
                self._next_sweep = now + SWEEP_EVERY.total_seconds()
            found = tx.get(NAMESPACE, self._key(key))
            if found is not None:  # a claim of an unexpected shape still counts: never act twice
                return Claim(first=False, answer=found.get("answer") if isinstance(found, dict) else None)
            until = max(int(expires.timestamp()) + 1, 0)
            tx.put(NAMESPACE, self._key(key), {"expires": until, "answer": None})
            tx.put(EXPIRY_NAMESPACE, f"{until:012d}:{self._key(key)}", self._key(key))
        return Claim(first=True)

    def record(self, key: str, answer: Any) -> None:
        """Keep the first answer to ``key`` (JSON), for the repeats to get; nothing when the claim is gone."""
        with self.store.transaction() as tx:
            found = tx.get(NAMESPACE, self._key(key))
            if isinstance(found, dict):
                tx.put(NAMESPACE, self._key(key), {**found, "answer": answer})

    def answer(self, key: str) -> Any | None:
        """The first answer to ``key`` as recorded so far (read without the write lock), or None."""
        found = self.store.read(NAMESPACE, self._key(key))
        return found.get("answer") if isinstance(found, dict) else None

    @staticmethod
    def _sweep(tx: Transaction, now: float) -> int:
        """Remove claims (of every kind) whose expiry has passed; returns how many."""
        removed = 0
        for index_key in tx.keys(EXPIRY_NAMESPACE):
            expires, _, claim_key = index_key.partition(":")
            if removed >= SWEEP_AT_MOST or (_EXPIRY.fullmatch(expires) and int(expires) > now):
                break
            if _EXPIRY.fullmatch(expires):  # a key not written here is only dropped from the index
                tx.delete(NAMESPACE, claim_key)
            tx.delete(EXPIRY_NAMESPACE, index_key)
            removed += 1
        return removed
