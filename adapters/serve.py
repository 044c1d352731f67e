"""Serving the chat platforms: one router over every meeting's cores, one store, Slack and/or Discord.

A chair's announcement goes through one fan-out notifier to every platform (into its room's
channels); each meeting's reminder runner posts once to every reminder channel of that meeting.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import signal

from typing import Callable

from adapters import heap
from adapters.deployment_watch import DeploymentRuntime
from adapters.health import Health, serve_alone
from adapters.platform import Platform
from bot.deployment.router import Router
from bot.notifier import FanOutNotifier
from bot.reply import Reply
from bot.store import StoreError

log = logging.getLogger(__name__)

TICK_SECONDS = 1.0


class MultiPoster:
    """Reminder posts for several platforms: channels are named ``platform:ID``."""

    def __init__(self, platforms: list[Platform]) -> None:
        self.platforms = platforms

    def channels(self) -> list[str]:
        """Every reminder channel of every platform."""
        return [channel for platform in self.platforms for channel in platform.poster.channels()]

    async def post(self, channel: str, reply: Reply) -> None:
        """Post through the platform that owns the channel."""
        for platform in self.platforms:
            if channel in platform.poster.channels():
                await platform.poster.post(channel, reply)
                return
        raise LookupError(f"no platform serves the channel {channel}")

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Tell the chairs (of that meeting, when several are served) on every platform."""
        for platform in self.platforms:
            tell = platform.poster.post_to_chairs
            if meeting_id is not None and "meeting_id" in inspect.signature(tell).parameters:
                await tell(reply, meeting_id=meeting_id)  # type: ignore[call-arg]
            else:
                await tell(reply)


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM (where the loop can take signal handlers): a serving process's end."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    return stop


async def _tick_forever(bot: Router) -> None:
    told = ""
    while True:
        await asyncio.sleep(TICK_SECONDS)
        try:
            bot.tick()
            told = ""
        except StoreError as error:  # one line per outage, no traceback; the next tick tries again
            if str(error) != told:
                log.error("time budgets wait for the store: %s", error)
                told = str(error)
        except Exception:
            log.exception("tick failed")


async def serve(bot: Router, platforms: list[Platform],
                runtime_for: Callable[[MultiPoster, Callable[[], None]], DeploymentRuntime],
                port: int | None = None) -> None:
    """Start every platform, then run each meeting's reminders and file reloads, and every room's time budgets,
    until SIGINT or SIGTERM.

    ``/healthz``, ``/readyz`` and ``/metrics`` are served on the HTTP port: on whichever platform listens there
    (Slack in HTTP mode, or the live page), else on a server of their own on ``port`` (when given).
    """
    fan_out = bot.notifier
    if isinstance(fan_out, FanOutNotifier):
        fan_out.notifiers.extend(platform.notifier for platform in platforms)
    started: list[Platform] = []
    elected = [platform for platform in platforms if hasattr(platform, "leading")]
    health = Health(bot, platforms, leading=lambda: elected[0].leading if elected else None)
    health.instrument()
    http = [platform for platform in platforms if getattr(platform, "serves_http", False)]
    for platform in http:  # Slack in HTTP mode, or the live page on a server of its own
        platform.extra_routes.append(health.add_to)  # type: ignore[attr-defined]
    health_runner = None
    try:
        if not http and port is not None:
            try:
                health_runner = await serve_alone(health, port)
            except OSError as error:  # the bot still serves its platforms; only the probes are missing
                log.warning("/healthz, /readyz and /metrics not served: cannot listen on port %s: %s", port,
                            error.strerror or error)
        for platform in platforms:
            await platform.start()
            started.append(platform)
            log.info("%s is connected", platform.name)
        background: set[asyncio.Future[object]] = set()

        def changed() -> None:
            heap.resettle()
            for platform in platforms:  # e.g. Discord's scheduled events follow the sessions of the file
                follow = getattr(platform, "on_meeting_changed", None)
                if follow is not None:
                    background.add(asyncio.ensure_future(follow()))

        runtime = runtime_for(MultiPoster(platforms), changed)
        stop = stop_on_signals()
        tasks = [asyncio.create_task(runtime.run()), asyncio.create_task(_tick_forever(bot))]
        heap.settle()  # every platform is up: set the start-up heap aside from the garbage collector
        print(f"meetingbot is serving {', '.join(p.name for p in platforms)}. Ctrl-C to stop.", flush=True)
        await stop.wait()
        runtime.stop()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        if health_runner is not None:
            await health_runner.cleanup()
        for platform in reversed(started):
            try:
                await platform.stop()
            except Exception:
                log.exception("stopping %s failed", platform.name)
