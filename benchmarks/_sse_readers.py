"""Many readers of a live page's update stream (server-sent events) in one process, for bench_web.

Usage: ``python _sse_readers.py URL`` (the stream, ``…/m/ID/events``). Commands on stdin, one a line:

- ``open N``: open N streams (at most ``CONNECTING`` at a time, so the server's listen backlog holds;
  one reader in ``FRENCH_EVERY`` asks in French, the others in English); prints ``OPEN n seconds``
  once every stream has had its first update.
- ``close``: hang up every stream; prints ``CLOSED``.

While open, each time every open stream has received the update of one version, it prints
``ALL version first last refs``: the monotonic clock (``time.monotonic()``, one clock for every
process of the machine) when the first and the last stream read that update, and the items under
discussion it names. A stream that ends while it should be open is printed as ``DROPPED reason``.
Only the update's version and items are read from each event (no JSON parsing of the whole page
fragment), so that the readers cost the machine as little as they can.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time

import aiohttp

CONNECTING = 100
FRENCH_EVERY = 5
VERSION = re.compile(rb'"version": (\d+)')
CURRENT = re.compile(rb'"current": \[([^\]]*)\]')


class Readers:
    """The open streams and, per version of the live state, how many of them have read it and when."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.tasks: list[asyncio.Task[None]] = []
        self.seen: dict[int, list] = {}  # version -> [count, first, last, refs]
        self.closing = False
        self.session: aiohttp.ClientSession | None = None

    def _record(self, line: bytes, at: float) -> None:
        found = VERSION.search(line)
        if found is None:
            return
        version = int(found.group(1))
        entry = self.seen.get(version)
        if entry is None:
            refs = CURRENT.search(line)
            entry = self.seen[version] = [0, at, at, refs.group(1).decode() if refs else "?"]
        entry[0] += 1
        entry[2] = at
        if entry[0] == len(self.tasks) and not self.closing:
            print(f"ALL {version} {entry[1]:.6f} {entry[2]:.6f} {entry[3].replace(' ', '')}", flush=True)

    async def _read(self, index: int, connected: asyncio.Semaphore, first: asyncio.Event) -> None:
        assert self.session is not None
        language = "fr-FR,fr;q=0.9" if index % FRENCH_EVERY == 0 else "en-GB,en;q=0.8"
        reason = "ended"
        try:
            async with connected:
                response = await self.session.get(self.url, headers={"Accept-Language": language})
            async with response:
                async for line in response.content:
                    if line.startswith(b"data: "):
                        self._record(line, time.monotonic())
                        first.set()
        except asyncio.CancelledError:
            return
        except (aiohttp.ClientError, OSError, ValueError) as error:
            reason = type(error).__name__
        if not self.closing:
            first.set()
            print(f"DROPPED {reason}", flush=True)

    async def open(self, count: int) -> None:
        connector = aiohttp.TCPConnector(limit=0, force_close=True)
        self.session = aiohttp.ClientSession(connector=connector, read_bufsize=2 ** 20,
                                             timeout=aiohttp.ClientTimeout(total=None, sock_connect=30))
        self.closing = False
        self.seen.clear()
        started = time.monotonic()
        connecting = asyncio.Semaphore(CONNECTING)
        firsts = [asyncio.Event() for _ in range(count)]
        self.tasks = [asyncio.create_task(self._read(i, connecting, firsts[i])) for i in range(count)]
        await asyncio.gather(*(event.wait() for event in firsts))
        print(f"OPEN {count} {time.monotonic() - started:.3f}", flush=True)

    async def close(self) -> None:
        self.closing = True
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks = []
        if self.session is not None:
            await self.session.close()
            self.session = None
        print("CLOSED", flush=True)


async def main(url: str) -> None:
    readers = Readers(url)
    loop = asyncio.get_running_loop()
    print("READY", flush=True)
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        words = line.split()
        if not line or words[:1] == ["quit"]:
            break
        if words[:1] == ["open"]:
            await readers.open(int(words[1]))
        elif words[:1] == ["close"]:
            await readers.close()
    await readers.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
