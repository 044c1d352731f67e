"""For load balancers, orchestrators and Prometheus: ``/healthz``, ``/readyz`` and ``/metrics`` on the HTTP port.

- ``/healthz``: 200 while the process serves requests at all.
- ``/readyz``: 200 when the store answers and every platform is connected (a Discord standby counts
  as ready: it is waiting on purpose); 503 otherwise, with what is not ready, as JSON.
- ``/metrics``: the Prometheus text format: requests by command and platform, answer latency, the
  reminder ledger by state, whether the store answers, and whether this replica leads on Discord.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Iterable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.core import MeetingBot, split_command
from bot.reminders import ledger
from bot.request import Request
from bot.store import StoreError

PATHS = ("/healthz", "/readyz", "/metrics")
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
LEDGER_STATES = ("posted", "failed", "missed", "claimed")


def store_answers(bot: MeetingBot) -> bool:
    """Whether the bot's store is usable (a store that cannot tell, such as SQLite, is)."""
    available = getattr(bot.store, "available", None)
    return bool(available()) if callable(available) else True


class _LedgerCollector(Collector):
    """The reminder ledger by state, read when Prometheus scrapes (shared by every replica)."""

    def __init__(self, bot: MeetingBot) -> None:
        self.bot = bot

    def collect(self) -> Iterable[GaugeMetricFamily]:
        family = GaugeMetricFamily("meetingbot_reminders", "Reminder posts in the ledger, by state", labels=["state"])
        try:
            records, _ = ledger.scan(self.bot.store) if store_answers(self.bot) else ([], [])
        except StoreError:
            records = []
        for state in LEDGER_STATES:
            family.add_metric([state], sum(1 for record in records if record.state == state))
        yield family


class Health:
    """The state of one replica as the three paths tell it."""

    def __init__(self, bot: MeetingBot, platforms: list[Any], leading: Callable[[], bool | None] = lambda: None) -> None:
        self.bot = bot
        self.platforms = platforms
        self.leading = leading  # True leader, False standby, None when there is no election
        self.registry = CollectorRegistry()
        self.requests = Counter("meetingbot_requests", "Requests answered, by command and platform",
                                ["command", "platform"], registry=self.registry)
        self.latency = Histogram("meetingbot_answer_seconds", "Time to work out an answer, by platform",
                                 ["platform"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.store_up = Gauge("meetingbot_store_available", "1 when the state store answers",
                              registry=self.registry)
        self.leader = Gauge("meetingbot_discord_leader", "1 when this replica holds the Discord gateway, "
                                                         "0 when it stands by", registry=self.registry)
        self.registry.register(_LedgerCollector(bot))

    def instrument(self) -> None:
        """Count every request the core answers, and how long it took (wraps ``bot.handle``)."""
        handle = self.bot.handle

        def observed(request: Request) -> Any:
            started = time.perf_counter()
            try:
                return handle(request)
            finally:
                self.requests.labels(self._command(request.text), request.platform).inc()
                self.latency.labels(request.platform).observe(time.perf_counter() - started)

        self.bot.handle = observed  # type: ignore[method-assign]

    def _command(self, text: str) -> str:
        name, _ = split_command(text)
        command = self.bot.registry.find(name) if text.strip().startswith("/") else None
        if command is not None:
            return command.name
        return "unknown" if text.strip().startswith("/") else "question"

    def not_ready(self) -> dict[str, str]:
        """What keeps this replica from serving (empty when it is ready)."""
        problems: dict[str, str] = {}
        if not store_answers(self.bot):
            problems["store"] = "the state store cannot be reached"
        for platform in self.platforms:
            connected = getattr(platform, "connected", None)
            if callable(connected) and not connected():
                problems[platform.name] = "not connected"
        return problems

    async def healthz(self, request: web.Request) -> web.Response:
        """The process lives and answers."""
        return web.json_response({"status": "ok"})

    async def readyz(self, request: web.Request) -> web.Response:
        """200 when ready, else 503 and what is not."""
        problems = self.not_ready()
        if problems:
            return web.json_response({"status": "not ready", "problems": problems}, status=503)
        return web.json_response({"status": "ready"})

    async def metrics(self, request: web.Request) -> web.Response:
        """The Prometheus text format."""
        self.store_up.set(1 if store_answers(self.bot) else 0)
        leading = self.leading()
        self.leader.set(1 if leading else 0)
        return web.Response(body=generate_latest(self.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    def add_to(self, application: web.Application) -> None:
        """Serve the three paths on another face's application (Slack's, the live page's)."""
        application.add_routes(self.routes())

    def routes(self) -> list[web.RouteDef]:
        """The three GET routes, to add to an aiohttp application."""
        return [web.get("/healthz", self.healthz), web.get("/readyz", self.readyz), web.get("/metrics", self.metrics)]


async def serve_alone(health: Health, port: int, host: str = "0.0.0.0") -> web.AppRunner:
    """The three paths on their own HTTP server (when no platform serves HTTP: Socket Mode, Discord)."""
    application = web.Application()
    application.add_routes(health.routes())
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
