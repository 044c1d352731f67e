"""Core latency: median and p99 of every command and of plain-language questions, 10,000 calls each.

Run by hand: ``.venv/bin/python benchmarks/bench_core.py [--calls N] [--store memory|sqlite]``.
Targets (issue 8): every command under 1 ms at p99; plain-language questions under 5 ms at p99.

Read-only commands are shared: within one second of the clock, everyone asking the same gets the
reply worked out for the first (bot/answer_memo.py). The clock stands still here, so each command is
timed twice: ``worked out`` with nothing kept (every call computes its reply: the first asker of each
second), which the targets are checked against, and ``shared`` (every later asker in that second).
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answer_memo import AnswerMemo  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from bot.sqlite_store import SqliteStore  # noqa: E402
from bot.store import MemoryStore  # noqa: E402

COMMANDS = ["/deadlines", "/deadlines all", "/agenda", "/agenda full", "/agenda 3h", "/agenda jtc", "/agenda 11",
            "/rules", "/rules sound", "/info visas", "/meeting", "/now", "/time Asia/Seoul", "/help",
            "/floor list", "/reminders", "/timezone", "/nonsense"]
QUESTIONS = ["is there interpretation?", "can I still register?", "what time does it start in Beijing?",
             "c'est quoi le point 3h ?", "puis-je obtenir une bourse ?", "what is the wifi password",
             "Geneva is UTC+1, so it's 10:00 UTC?", "which item covers the IETF"]
COMMAND_TARGET_MS, QUESTION_TARGET_MS = 1.0, 5.0


def measure(bot: MeetingBot, text: str, calls: int, asker: Asker) -> tuple[float, float, float]:
    """Median, p99 and max latency in milliseconds of ``calls`` answers to ``text``."""
    request = Request(text, asker)
    bot.handle(request)  # warm caches (knowledge index, city names) outside the timing
    samples = []
    for _ in range(calls):
        start = time.perf_counter_ns()
        bot.handle(request)
        samples.append((time.perf_counter_ns() - start) / 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1], samples[-1]


def main() -> int:
    """Print one table row per command and question, and whether the targets are met."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--store", choices=("memory", "sqlite"), default="sqlite")
    args = parser.parse_args()
    meeting = load_meeting(BUNDLED_MEETING)
    clock = FakeClock(dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc))
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(Path(folder) / "bench.db") if args.store == "sqlite" else MemoryStore()
        bot = MeetingBot(meeting, clock, store=store)
        chair = Asker("chair", "chair", is_chair=True)
        bot.handle(Request("/item 3h", chair))  # a live session, so /now reads real state
        delegate = Asker("u1", "delegate", tz="Asia/Seoul")
        print(f"# core latency, {args.calls} calls each, store={args.store}, "
              f"Python {platform.python_version()} on {platform.machine()} ({platform.processor() or platform.system()})")
        print(f"{'':42} {'worked out':^28} {'shared':^19}")
        print(f"{'input':42} {'median ms':>10} {'p99 ms':>8} {'max ms':>8} {'median ms':>10} {'p99 ms':>8}  target")
        worst = {"command": 0.0, "question": 0.0}
        for kind, texts, target in (("command", COMMANDS, COMMAND_TARGET_MS), ("question", QUESTIONS, QUESTION_TARGET_MS)):
            for text in texts:
                bot.memo = AnswerMemo(limit=0)
                median, p99, most = measure(bot, text, args.calls, delegate)
                bot.memo = AnswerMemo()
                shared_median, shared_p99, _ = measure(bot, text, args.calls, delegate)
                worst[kind] = max(worst[kind], p99)
                verdict = "ok" if p99 < target else "MISSED"
                print(f"{text[:42]:42} {median:10.3f} {p99:8.3f} {most:8.2f} {shared_median:10.3f} {shared_p99:8.3f}"
                      f"  <{target} ms {verdict}")
        store.close()
    print(f"worst p99, worked out: commands {worst['command']:.3f} ms (target {COMMAND_TARGET_MS}), "
          f"questions {worst['question']:.3f} ms (target {QUESTION_TARGET_MS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
