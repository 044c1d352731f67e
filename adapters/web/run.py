"""Running the web face: beside the console (its own thread and loop), and alone as ``meetingbot web``.

Both serve every meeting of the config; ``meetingbot web`` follows the config's list of meetings as it
changes (hot reload) and each meeting's file, and posts no reminder.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Callable

from adapters.deployment import Plan, Served
from adapters.deployment_watch import DeploymentRuntime
from adapters.file_watch import FileWatch
from adapters.meeting_runners import MeetingRunner
from adapters.serve import stop_on_signals
from adapters.web.service import Silent, WebService
from adapters.web.source import MeetingSource, RouterLike
from bot.config import ReminderPolicy
from bot.core import MeetingBot
from bot.deployment.router import Router
from bot.deployment.venue import Venue
from bot.models import Meeting

START_SECONDS = 10.0
LOCAL_ONLY = "127.0.0.1"
"""Where the console's page listens: this machine only (a console is one person's)."""


class PagesThread:
    """The pages served on a thread of their own, for a face that owns the main thread (the console)."""

    def __init__(self, served: "list[MeetingSource] | RouterLike", port: int, host: str = LOCAL_ONLY) -> None:
        self.service = WebService(served, port=port, host=host)
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


def _where(address: str, served: "MeetingBot | Router") -> str:
    """The page to open: the meeting's own when there is one meeting, else the list of meetings."""
    venues = getattr(served, "venues", None)
    if venues is None:
        return f"{address}m/{served.meeting.id}"
    return f"{address}m/{next(iter(venues))}" if len(venues) == 1 else address


def serve_beside_console(bot: "MeetingBot | Router", port: int, host: str = LOCAL_ONLY) -> PagesThread | None:
    """Serve the pages of every meeting next to the console (on this machine only, unless ``host`` says
    otherwise) and print the address; one line and no page when that cannot be."""
    try:
        pages = PagesThread(bot if hasattr(bot, "venues") else [bot], port, host)  # type: ignore[list-item]
        pages.start()
    except OSError as error:
        print(f"meetingbot: the live page is not served: port {port}: {_why(error)} "
              f"(choose another with --port)", file=sys.stderr, flush=True)
        return None
    print(f"The live page: {_where(pages.service.address, bot)}", flush=True)
    return pages


class _NoReminders:
    """The reminder runner of a meeting in ``meetingbot web``: the page posts nothing and marks nothing sent."""

    async def run(self) -> None:
        """Nothing to run."""

    def stop(self) -> None:
        """Nothing to stop."""

    def wake(self) -> None:
        """Nothing to wake."""


def follow_files(router: Router, config_path: Path | None) -> Callable[[list[Served], Plan], list[MeetingRunner]]:
    """For each meeting served, a watch on its file (and the config) that reloads it; no reminders."""

    def make(items: list[Served], layout: Plan) -> list[MeetingRunner]:
        runners = []
        for item in items:
            venue = router.venue(item.meeting.id)
            if venue is None:
                continue

            def changed(meeting: Meeting, policy: ReminderPolicy, venue: Venue = venue) -> None:
                venue.reload(meeting, policy)
                router.forget_routes()

            watch = FileWatch(Path(item.entry.meeting), config_path, venue.main.policy, changed)
            runners.append(MeetingRunner(venue, None, _NoReminders(), watch))  # type: ignore[arg-type]
        return runners

    return make


async def serve_pages(router: Router, port: int, runtime: DeploymentRuntime) -> None:
    """``meetingbot web``: only the pages of every meeting, following the files and the config's list of
    meetings, until SIGINT or SIGTERM."""
    service = WebService(router, port=port)
    await service.start()
    watch = asyncio.create_task(runtime.run())
    stop = stop_on_signals()
    print(f"meetingbot is serving the live page (read only) at {_where(service.address, router)}. "
          f"Ctrl-C to stop.", flush=True)
    try:
        await stop.wait()
    finally:
        watch.cancel()
        await asyncio.gather(watch, return_exceptions=True)
        await service.stop()


def cmd_web(args: argparse.Namespace) -> int:
    """``meetingbot web [--port 8080]``: the pages of every meeting of the config alone, reading the store
    the bot writes; it listens on every interface (it is the deployment's page server)."""
    from adapters.cli_meetings import as_deployment, make_router, served_for
    from adapters.cli_setup import EXIT_OK, EXIT_USAGE, CliError, load_config

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(args.config)
    served = served_for(args, config)
    router = make_router(args, config, served, Silent())
    chosen = args.config or os.environ.get("MEETINGBOT_CONFIG")
    config_path = Path(chosen) if chosen else None
    runtime = DeploymentRuntime(router, served, as_deployment(config), None if args.meeting else config_path,
                                follow_files(router, config_path))
    try:
        asyncio.run(serve_pages(router, args.port, runtime))
    except OSError as error:
        raise CliError(f"cannot listen on port {args.port} for the live page: {_why(error)}",
                       EXIT_USAGE) from None
    finally:
        router.store.close()
    return EXIT_OK
