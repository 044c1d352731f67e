"""Replies of read-only commands, reused while nothing they depend on has changed.

A read-only command (``reads_only`` in the registry) answers from the meeting, the instant, its
arguments, the asker's language, zone and chair status, and the stored state; nothing else (not
who the asker is, not the channel). So when the chair says "check the deadlines" and hundreds of
delegates type ``/deadlines`` within seconds, the core works each distinct answer out once per
second of the clock and hands the same :class:`~bot.reply.Reply` to everyone who asked the same
thing. The core computes read-only answers as of the whole second, cached or not, so an answer
never depends on whether it came from here.

Everything is dropped at once when the meeting file is reloaded, the store changes (in this
process or another: :meth:`bot.store.Store.stamp`) or the second turns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Hashable

from bot.models import Meeting
from bot.reply import Reply

MEMO_LIMIT = 1024  # distinct answers kept per second: commands × arguments × languages × zones


@dataclass
class _Epoch:
    """What every kept reply was computed from; any change empties the memo."""

    meeting: Meeting | None
    stamp: Hashable
    second: dt.datetime | None
    replies: dict[Hashable, Reply] = field(default_factory=dict)


class AnswerMemo:
    """Read-only replies by question, for one meeting version, store state and second.

    Safe to share between threads: an epoch is replaced, never changed back, and a reply computed
    twice by two threads at once is the same reply.
    """

    def __init__(self, limit: int = MEMO_LIMIT) -> None:
        self.limit = limit
        self._epoch = _Epoch(None, None, None)
        self.computed = 0  # replies worked out (not found here): for tests and benchmarks

    def reply(self, meeting: Meeting, stamp: Hashable, second: dt.datetime, question: Hashable,
              compute: Callable[[], Reply]) -> Reply:
        """The kept reply to ``question`` in this epoch, or ``compute()`` kept for the rest of it."""
        epoch = self._epoch
        if epoch.meeting is not meeting or epoch.stamp != stamp or epoch.second != second:
            epoch = _Epoch(meeting, stamp, second)
            self._epoch = epoch
        found = epoch.replies.get(question)
        if found is None:
            found = compute()
            self.computed += 1
            if len(epoch.replies) < self.limit:
                epoch.replies[question] = found
        return found
