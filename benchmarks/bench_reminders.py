"""Reminders at scale: planning and due-checking 100,000 reminders, and the whole meeting replayed.

Run by hand: ``.venv/bin/python benchmarks/bench_reminders.py``. The cost of a
due-check must follow what is due, not what is planned: the table shows the time of
``due()`` with 100,000 planned and 0, 10, 1,000 or 10,000 due.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.replay import replay  # noqa: E402
from bot.config import BUNDLED_MEETING, ReminderPolicy  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.models import Deadline  # noqa: E402
from bot.reminders.plan import due, plan  # noqa: E402
from bot.reminders.service import ReminderService  # noqa: E402
from bot.store import MemoryStore  # noqa: E402

PLANNED = 100_000


def timed(function, repeat: int = 5) -> float:
    """Best of ``repeat`` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    """Print the planning cost, the due-check cost by number due, and the replay time."""
    meeting = load_meeting(BUNDLED_MEETING)
    policy = ReminderPolicy()
    first = dt.date(2021, 1, 1)
    deadlines = [Deadline(id=f"d{i}", date=first + dt.timedelta(days=i // 50), what=f"Deadline {i}")
                 for i in range(PLANNED // len(policy.deadlines) + 1)]
    big = meeting.model_copy(update={"deadlines": deadlines, "sessions": []})
    start = time.perf_counter()
    reminders = plan(big, policy)[:PLANNED]
    planning_ms = (time.perf_counter() - start) * 1000
    print(f"# reminders: {len(reminders):,} planned in {planning_ms:.0f} ms (once, at start or after a file change)")
    print(f"{'due now':>10} {'due() ms':>10}   (100,000 planned; `start` skips what is already handled)")
    for count in (0, 10, 1_000, 10_000):
        cursor = 50_000
        now = reminders[cursor + count - 1].due if count else reminders[cursor].due - dt.timedelta(seconds=1)
        found = due(reminders, now, sent=set(), start=cursor)
        cost = timed(lambda: due(reminders, now, sent=set(), start=cursor))
        print(f"{len(found):>10,} {cost:10.3f}")
    service = ReminderService(meeting, policy, MemoryStore(), owner="bench")
    start = time.perf_counter()
    posted = replay(service, dt.datetime(2020, 6, 8, tzinfo=dt.timezone.utc),
                    dt.datetime(2020, 9, 4, tzinfo=dt.timezone.utc), lambda reply: reply.title, io.StringIO())
    print(f"# whole meeting replayed (8 Jun – 4 Sep 2020): {posted} reminders in "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
