"""The tests' fake Slack (tests/fakes/slack_api.py) as its own process, for the benchmarks.

Prints ``URL <base>`` once serving on 127.0.0.1; then answers ``count METHOD`` lines on
stdin with ``COUNT <n>`` (e.g. ``count response_url``: answers the bot delivered).
Knows ``USERS`` users ``U0000``… and the chair ``UCHAIR`` so that ``users.info`` answers (and the bot
caches) them.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fakes.slack_api import FakeSlack  # noqa: E402

USERS = 1000


async def main() -> None:
    fake = FakeSlack()
    for number in range(USERS):
        fake.add_user(f"U{number:04d}", f"Delegate {number}", "Asia/Seoul")
    fake.add_user("UCHAIR", "Chair", "Europe/Zurich")
    url = await fake.start()
    print(f"URL {url}", flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        words = line.split()
        if words and words[0] == "count":
            print(f"COUNT {len(fake.called(words[1]))}", flush=True)
        elif words and words[0] == "forget":  # drop the recorded calls (memory), keep the counts per method
            fake.calls.clear()
            print("COUNT 0", flush=True)
    await fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
