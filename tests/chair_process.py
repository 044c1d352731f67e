"""A chair in another process, for the SQLite tests: ``python chair_process.py DB NAME ROUNDS CLOCK CYCLE``.

Opens the store at DB and, once a line arrives on stdin, runs the commands of CYCLE (a JSON list)
in turn, ROUNDS times (0: until killed), printing ``ok COMMAND`` after each
reply. CLOCK ``fake`` starts at 24 Aug 2020, 11:00 Geneva and moves two seconds per command;
``real`` is the system time. ``/floor ENTITY`` requests come from a delegate, the rest from NAME.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock, ShiftedClock  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from bot.sqlite_store import SqliteStore  # noqa: E402


def main() -> None:
    """Run the commands; any refusal stops the process with an error."""
    path, name, rounds, real = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "real"
    clock = ShiftedClock(dt.datetime.now(dt.timezone.utc)) if real \
        else FakeClock(dt.datetime(2020, 8, 24, 9, tzinfo=dt.timezone.utc))
    bot = MeetingBot(load_meeting(BUNDLED_MEETING), clock, store=SqliteStore(path))
    chair = Asker(id=name, name=name, is_chair=True)
    delegate = Asker(id="d-" + name, name="D" + name, is_chair=False)
    cycle = json.loads(sys.argv[5])
    sys.stdin.readline()
    step = 0
    while rounds == 0 or step < rounds:
        if not real:
            clock.advance(dt.timedelta(seconds=2))
        text = cycle[step % len(cycle)]
        asker = delegate if text.startswith("/floor") and text.split()[1:2] not in (["next"], ["clear"]) else chair
        reply = bot.handle(Request(text, asker))
        if not reply.ok:
            sys.exit(f"refused: {text}: {reply}")
        print("ok", text.split()[0], flush=True)
        step += 1


if __name__ == "__main__":
    main()
