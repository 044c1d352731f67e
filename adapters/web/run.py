"""Running the web face: beside the console (its own thread and loop), and alone as ``meetingbot web``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from adapters.file_watch import FileWatch
from adapters.web.service import WebService
from adapters.web.source import MeetingSource
from bot.config import ReminderPolicy
from bot.core import MeetingBot
from bot.models import Meeting

START_SECONDS = 10.0


class PagesThread:
    """The pages served on a thread of their own, for a face that owns the main thread (the console)."""

    def __init__(self, sources: list[MeetingSource], port: int, host: str = "0.0.0.0") -> None:
        self.service = WebService(sources, port=port, host=host)
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="web page")

    def start(self) -> None:
        """Listen; raises OSError when the port cannot be had."""
        self._thread.start()
        try:
            asyncio.run_coroutine_threadsafe(self.service.start(), self.loop).result(START_SECONDS)
        except BaseException:
            self._end_loop()
            raise

    def stop(self) -> None:
        """End the open pages' streams and stop listening."""
        try:
            asyncio.run_coroutine_threadsafe(self.service.stop(), self.loop).result(START_SECONDS)
        finally:
            self._end_loop()

    def _end_loop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(START_SECONDS)
        if not self._thread.is_alive():
            self.loop.close()


def _why(error: OSError) -> str:
    """``Address already in use``: the system's words for the error, without aiohttp's wrapping."""
    return os.strerror(error.errno) if error.errno else str(error)


def serve_beside_console(bot: MeetingBot, port: int) -> PagesThread | None:
    """Serve the page next to the console and print its address; one line and no page when that cannot be."""
    try:
        pages = PagesThread([bot], port)
        pages.start()
    except OSError as error:
        print(f"meetingbot: the live page is not served: port {port}: {_why(error)} "
              f"(choose another with --port)", file=sys.stderr, flush=True)
        return None
    print(f"The live page: {pages.service.address}m/{bot.meeting.id}", flush=True)
    return pages


async def serve_pages(bot: MeetingBot, port: int, meeting_path: Path, config_path: Path | None) -> None:
    """``meetingbot web``: only the pages, following the meeting file, until SIGINT or SIGTERM."""
    service = WebService([bot], port=port)
    await service.start()

    def changed(meeting: Meeting, policy: ReminderPolicy) -> None:
        bot.reload(meeting, policy)

    watch = asyncio.create_task(FileWatch(meeting_path, config_path, bot.policy, changed).run())
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    print(f"meetingbot is serving the live page (read only) at {service.address}m/{bot.meeting.id}. "
          f"Ctrl-C to stop.", flush=True)
    try:
        await stop.wait()
    finally:
        watch.cancel()
        await asyncio.gather(watch, return_exceptions=True)
        await service.stop()


def cmd_web(args: argparse.Namespace) -> int:
    """``meetingbot web [--port 8080]``: the pages alone, reading the store the bot writes."""
    from adapters.cli_setup import EXIT_OK, EXIT_USAGE, CliError, load_config, load_meeting_for, make_clock, open_store

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    bot = MeetingBot(meeting, make_clock(args, meeting), store=open_store(config), policy=config.reminders)
    config_path = args.config or os.environ.get("MEETINGBOT_CONFIG")
    try:
        asyncio.run(serve_pages(bot, args.port, Path(args.meeting or config.meeting),
                                Path(config_path) if config_path else None))
    except OSError as error:
        raise CliError(f"cannot listen on port {args.port} for the live page: {_why(error)}",
                       EXIT_USAGE) from None
    finally:
        bot.store.close()
    return EXIT_OK
