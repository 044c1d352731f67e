"""Reading py-spy's collapsed stacks (``-f raw``): where the samples go, self and inclusive, by function and by file."""

from __future__ import annotations

import collections
import sys


def top(path: str, limit: int = 25, prefix_filter: str = "") -> str:
    """The ``limit`` functions with the most inclusive samples, and the files with the most self samples."""
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    files: collections.Counter[str] = collections.Counter()
    total = 0
    for line in open(path, encoding="utf-8"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        samples = int(count)
        frames = stack.split(";")
        if prefix_filter and not any(prefix_filter in f for f in frames):
            continue
        total += samples
        for frame in set(frames[1:]):
            inclusive[frame] += samples
        own[frames[-1]] += samples
        where = frames[-1].rpartition("(")[2].split(":")[0]
        files[where] += samples
    out = [f"{total} samples; inclusive top {limit}:"]
    out += [f"  {100 * n / total:5.1f}%  {frame}" for frame, n in inclusive.most_common(limit)]
    out.append("self time by function:")
    out += [f"  {100 * n / total:5.1f}%  {frame}" for frame, n in own.most_common(limit)]
    out.append("self time by file:")
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in files.most_common(15)]
    return "\n".join(out)


if __name__ == "__main__":
    print(top(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25, sys.argv[3] if len(sys.argv) > 3 else ""))
