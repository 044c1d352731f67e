"""The serving process caps glibc's malloc arenas (adapters/allocator.py), unless the operator set their own."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "from adapters.allocator import cap_arenas; print(cap_arenas())"


def _probe(**env: str) -> str:
    environment = {key: value for key, value in os.environ.items() if key != "MALLOC_ARENA_MAX"} | env
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=environment, check=True)
    return done.stdout.strip()


def test_the_arenas_are_capped_on_this_c_library() -> None:
    assert _probe() == "True"


def test_an_operators_own_setting_is_left_alone() -> None:
    assert _probe(MALLOC_ARENA_MAX="4") == "False"
