"""The serving process's garbage collector: the start-up heap set aside, young objects collected in batches.

Once the bot serves, its heap is mostly what start-up built and keeps for good: the meeting model,
the message catalogues, city names for questions, Babel's locale data, Bolt's and discord.py's
machinery (about 80,000 tracked objects). Python's full collections walk all of it again and
again although none of it ever becomes garbage; under a burst of delegates that was a fifth of the
bot's CPU (BENCHMARKS.md). So, once every platform is up:

- :func:`settle` freezes what is alive (``gc.freeze``: the collector no longer walks it) and lets
  the youngest generation grow to ``YOUNG_THRESHOLD`` objects before it is collected, so that the
  short-lived objects of requests in flight die before they are looked at;
- :func:`resettle`, after the meeting file is reloaded, thaws everything, collects (the replaced
  meeting may hold reference cycles) and freezes again.

Reference counting still frees almost everything at once; only reference cycles wait for a collection.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000  # Python's default is 700


def settle() -> None:
    """Set aside everything alive now and collect young objects in larger batches (call once serving)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def resettle() -> None:
    """After a reload: collect what the old version left behind, then set the heap aside again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
