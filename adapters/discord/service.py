"""The Discord platform: log in, connect, keep the client running as a task, stop cleanly.

``DISCORD_TOKEN`` is the bot token; ``DISCORD_API_BASE`` (e.g. ``http://proxy:8080/api/v10``)
replaces the REST base and ``DISCORD_GATEWAY_URL`` the first gateway URL: rate-limit
proxies, and the fake Discord of the tests.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Mapping

import aiohttp
import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord.client import MeetingClient
from adapters.discord.events import sync_events
from adapters.discord.notifier import DiscordNotifier
from adapters.platform import PlatformError
from bot.config import DiscordConfig
from bot.core import MeetingBot

log = logging.getLogger(__name__)

READY_TIMEOUT = 60.0


def apply_endpoints(env: Mapping[str, str]) -> None:
    """Point discord.py at ``DISCORD_API_BASE`` and ``DISCORD_GATEWAY_URL`` when they are set."""
    base = env.get("DISCORD_API_BASE", "").strip()
    if base:
        Route.BASE = base.rstrip("/")
    gateway = env.get("DISCORD_GATEWAY_URL", "").strip()
    if gateway:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


class DiscordService:
    """The bot on a Discord server: one client for one core; ``notifier`` and ``poster`` for the wiring."""

    name = "discord"

    def __init__(self, core: MeetingBot, config: DiscordConfig, env: Mapping[str, str], **client_options: object) -> None:
        self.core = core
        self.config = config
        self.env = env
        self.client_options = client_options
        self.notifier = DiscordNotifier(config, lambda: core.meeting)
        self.poster = self.notifier
        self.client: MeetingClient | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Log in, connect, and return once the server is ready; :class:`PlatformError` when it cannot."""
        await self.log_in()
        await self.connect_gateway()

    async def log_in(self) -> None:
        """Check the token and make the REST client: announcements and reminders can be posted from here on.

        A standby replica stops here; :meth:`connect_gateway` makes it answer members.
        """
        token = self.env.get("DISCORD_TOKEN", "").strip()
        if not token:
            raise PlatformError("DISCORD_TOKEN is not set: copy the bot token from the Discord Developer Portal.")
        apply_endpoints(self.env)
        client = self.client = MeetingClient(self.core, self.config, **self.client_options)  # type: ignore[arg-type]
        try:
            await client.login(token)
        except discord.LoginFailure:
            await client.close()
            raise PlatformError("Discord refused DISCORD_TOKEN (401 Unauthorized): reset and copy the bot token "
                                "in the Developer Portal.") from None
        except (discord.HTTPException, aiohttp.ClientError, OSError) as error:
            await client.close()
            raise PlatformError(f"cannot log in to Discord at {Route.BASE}: {error}") from None
        self.notifier.attach(client, asyncio.get_running_loop())

    async def connect_gateway(self) -> None:
        """Open the gateway session (after :meth:`log_in`) and return once the server is ready."""
        client = self.client
        assert client is not None, "log_in() first"
        self._task = asyncio.create_task(client.connect(reconnect=True), name="discord")
        ready = asyncio.ensure_future(client.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._task}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            problem = self._task.exception() if self._task in done else None
            await self.stop()
            if isinstance(problem, discord.PrivilegedIntentsRequired):
                raise PlatformError("Discord refused the intents asked for; meetingbot needs no privileged intent.")
            raise PlatformError(f"Discord gateway did not become ready: {problem or 'timed out'}")
        log.info("Discord ready as %s in %d server(s)", client.user, len(client.guilds))
        await self.sync_events()

    def connected(self) -> bool:
        """Whether the gateway session is up and ready."""
        return self.client is not None and self.client.is_ready() and not self.client.is_closed()

    async def sync_events(self) -> dict[str, int]:
        """Bring the server's Scheduled Events in line with the meeting's sessions (call after a reload too)."""
        if self.client is None or not self.config.guild_id:
            return {}
        counts = await sync_events(self.client.http, self.core.store, self.config.guild_id, self.core.meeting,
                                   self.core.clock.now())
        log.info("Discord scheduled events: %s", counts)
        return counts

    async def on_meeting_changed(self) -> None:
        """After the meeting file was reloaded: scheduled events follow its sessions."""
        try:
            await self.sync_events()
        except Exception:  # a failed sync must not stop the bot; the next reload retries
            log.exception("could not update Discord scheduled events")

    async def stop(self) -> None:
        """Disconnect and wait for the client task to end."""
        if self.client is not None:
            await self.client.close()
        if self._task is not None:
            try:
                await self._task
            except Exception as error:  # the connection ended badly; we are stopping anyway
                log.debug("Discord client ended with %r", error)
            self._task = None
