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
