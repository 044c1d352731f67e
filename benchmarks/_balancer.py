"""A round-robin TCP balancer on 127.0.0.1 for bench_replicas.py: each new connection goes to the next backend.

Usage: ``_balancer.py LISTEN_PORT BACKEND_PORT...``; prints ``LISTENING PORT`` once ready. Stands in for
nginx's ``upstream`` (not installed here): connection-level, as nginx does with keep-alive clients.
"""

from __future__ import annotations

import asyncio
import itertools
import sys


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def main() -> None:
    listen, backends = int(sys.argv[1]), itertools.cycle(int(p) for p in sys.argv[2:])

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", next(backends))
        except OSError:
            writer.close()
            return
        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    server = await asyncio.start_server(serve, "127.0.0.1", listen, backlog=1024)
    print(f"LISTENING {listen}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
