"""The web face as a platform of ``meetingbot run`` (and the whole of ``meetingbot web``).

It serves its routes on the HTTP port: on Slack's own application when Slack listens there (one
port for ``/slack/events`` and the pages), else on a server of its own. It posts nothing: its
notifier and reminder poster do nothing; what the pages show comes from the store.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

from aiohttp import web

from adapters.web.routes import WebRoutes
from adapters.web.source import MeetingSource, Meetings, RouterLike
from bot.notifier import Announcement
from bot.reply import Reply

log = logging.getLogger(__name__)

SHUTDOWN_SECONDS = 2.0


class Silent:
    """The web face's notifier and reminder poster: a page posts nothing."""

    def announce(self, announcement: Announcement) -> None:
        """Nothing: the page reads the new item from the store."""

    def channels(self) -> list[str]:
        """No reminder channel."""
        return []

    async def post(self, channel: str, reply: Reply) -> None:
        """Never called: there is no channel."""
        raise LookupError(channel)

    async def post_to_chairs(self, reply: Reply) -> None:
        """Nothing: chairs are told on the chat platforms."""


class WebService:
    """The live pages of the meetings served; ``listen=False`` when another platform's app carries the routes.

    ``served`` is a deployment's router (the pages follow its meetings as the config changes) or a list of cores.
    """

    name = "web page"

    def __init__(self, served: "list[MeetingSource] | RouterLike", port: int = 3000, host: str = "0.0.0.0",
                 listen: bool = True, carrier: object | None = None, say_address: bool = False) -> None:
        self.routes = WebRoutes(Meetings.of(served))
        self.port, self.host, self.listen = port, host, listen
        self.carrier = carrier  # the face whose server carries the routes (its ``port`` is the real one)
        self.say_address = say_address
        self.notifier = self.poster = Silent()
        self._runner: web.AppRunner | None = None
        self._watch: asyncio.Task[None] | None = None
        self.extra_routes: list[Callable[[web.Application], None]] = []  # e.g. /healthz, when it listens itself

    @property
    def serves_http(self) -> bool:
        """Whether it listens on the port itself (not carried by Slack's server)."""
        return self.listen

    def app(self) -> web.Application:
        """An application serving only the pages."""
        application = web.Application()
        self.routes.add_to(application)
        for add_routes in self.extra_routes:
            add_routes(application)
        return application

    def add_to(self, application: web.Application) -> None:
        """Serve the pages on another face's application (Slack's ``/slack/events``)."""
        self.routes.add_to(application)

    @property
    def address(self) -> str:
        """Where a browser finds the list of meetings."""
        host = "localhost" if self.host in ("0.0.0.0", "::", "", "127.0.0.1", "::1") else self.host
        return f"http://{host}:{self.port}/"

    async def start(self) -> None:
        """Watch for changes and, unless another face carries the routes, listen. Raises OSError when the port is taken."""
        self._watch = asyncio.create_task(self.routes.feed.run())
        if not self.listen:
            self.port = getattr(self.carrier, "port", self.port)
            self._say_address()
            return
        self._runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError:
            await self.stop()
            raise
        self.port = self._runner.addresses[0][1]
        log.info("web page: listening on %s", self.address)
        self._say_address()

    def _say_address(self) -> None:
        if self.say_address:
            print(f"The live page: {self.address}", flush=True)

    async def stop(self) -> None:
        """End the open streams, stop watching and listening."""
        self.routes.feed.close()
        if self._watch is not None:
            self._watch.cancel()
            await asyncio.gather(self._watch, return_exceptions=True)
            self._watch = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
