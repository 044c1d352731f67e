"""The serving process's C allocator: a few malloc arenas, not one per thread.

glibc gives each thread that allocates its own arena (up to eight per core), and memory freed in
one arena is not reused by another. Slack's Bolt answers every request on a worker thread, so the
first questions (the question engine, Babel's locale data, the city table) were built across several
arenas: about 6 MB more resident memory than the same work in one (BENCHMARKS.md). Capping the arenas
before any thread starts keeps the serving process within its memory target at no measurable cost in
speed: requests are short, and Python itself allocates small objects from its own pools.

An operator's own ``MALLOC_ARENA_MAX`` wins; on a C library other than glibc nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

#: How many malloc arenas the serving process keeps (one: Python allocates under the GIL anyway).
ARENAS = 1
_M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


def cap_arenas(arenas: int = ARENAS) -> bool:
    """Allow the C allocator at most ``arenas`` arenas (call before threads start); whether it took effect."""
    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to cap
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))
