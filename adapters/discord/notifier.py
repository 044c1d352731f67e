"""Messages the bot sends on its own on Discord: announcements (Notifier) and reminders (ReminderPoster).

SESSION announcements go to the session channels, REMINDERS to the reminder
channels (named ``discord:ID`` for the reminder runner), CHAIRS to the chair by
direct message or else the session channels. Nothing the bot posts can ping anyone.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Coroutine

import discord

from adapters.deployment import Plan
from adapters.discord.render import EmbedRenderer, files
from bot.config import DiscordConfig
from bot.models import Meeting
from bot.notifier import Announcement, Audience
from bot.reply import Reply

log = logging.getLogger(__name__)

PREFIX = "discord:"
MISSING_PERMISSIONS = 50013


class DiscordNotifier:
    """Posts announcements and reminders through a connected client; usable from any thread."""

    def __init__(self, config: DiscordConfig, meeting: Callable[[], Meeting]) -> None:
        self.config = config
        self.meeting = meeting
        self.client: discord.Client | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.routes: Plan | None = None  # several meetings or rooms: whose channels each announcement goes to

    def session_channels(self, route: str | None) -> list[int]:
        """The session channels of the announcing room (all of them when the deployment has one room)."""
        if self.routes is None or route is None:
            return list(self.config.session_channels)
        return list(self.routes.discord_sessions.get(route, []))

    def reminder_channels(self, route: str | None) -> list[int]:
        """The reminder channels of the announcing meeting."""
        if self.routes is None or route is None:
            return list(self.config.reminder_channels)
        return list(self.routes.discord_reminders.get(route.split("/")[0], []))

    def attach(self, client: discord.Client, loop: asyncio.AbstractEventLoop) -> None:
        """Send through this client, on the loop it runs on."""
        self.client, self.loop = client, loop

    def announce(self, announcement: Announcement) -> None:
        """Schedule the announcement on the client's loop and return at once (callable from any thread)."""
        if self.client is None or self.loop is None or self.loop.is_closed():
            log.warning("Discord is not connected; announcement %s not sent", announcement.key)
            return
        future = asyncio.run_coroutine_threadsafe(self.deliver(announcement), self.loop)
        future.add_done_callback(self._report)

    @staticmethod
    def _report(future: Any) -> None:
        if not future.cancelled() and future.exception() is not None:
            log.error("Discord announcement failed: %s", future.exception())

    async def deliver(self, announcement: Announcement) -> None:
        """Post one announcement where its audience is; raise when a channel refuses it."""
        reply = announcement.reply
        if not announcement.for_platform("discord"):
            return  # a chair on another platform: that platform tells them
        if announcement.audience is Audience.REMINDERS:
            targets = self.reminder_channels(announcement.route)
        elif announcement.audience is Audience.CHAIRS and announcement.user_id:
            if not announcement.user_id.isdigit():
                return  # a chair of another platform: that platform tells them
            if await self._direct(int(announcement.user_id), reply):
                return
            targets = self.session_channels(announcement.route)
        else:
            targets = self.session_channels(announcement.route)
        for channel_id in targets:
            await self.send(channel_id, reply)

    async def _direct(self, user_id: int, reply: Reply) -> bool:
        assert self.client is not None
        try:
            channel = await self.client.create_dm(discord.Object(user_id))
            await self._send_to(channel, reply)
        except discord.HTTPException as error:
            log.warning("cannot message Discord user %s directly (%s); posting in the session channel", user_id, error)
            return False
        return True

    async def send(self, channel_id: int, reply: Reply) -> None:
        """Post a reply in a channel by id, on the client's loop whatever loop calls it."""
        await self._on_client_loop(self._send_to(self._channel(channel_id), reply))

    def _channel(self, channel_id: int) -> discord.abc.Messageable:
        if self.client is None:
            raise RuntimeError("Discord is not connected")
        return self.client.get_partial_messageable(channel_id)

    async def _on_client_loop(self, work: Coroutine[Any, Any, None]) -> None:
        running = asyncio.get_running_loop()
        if self.loop is None or self.loop is running:
            await work
        else:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(work, self.loop))

    async def _send_to(self, channel: discord.abc.Messageable, reply: Reply) -> None:
        renderer = EmbedRenderer(self.meeting())
        none = discord.AllowedMentions.none()
        try:
            for number, embeds in enumerate(renderer.messages(reply)):
                await channel.send(embeds=embeds, files=files(reply) if number == 0 else [], allowed_mentions=none)
        except discord.Forbidden as error:
            if error.code != MISSING_PERMISSIONS:
                raise
            log.warning("embeds refused in channel %s (no Embed Links permission?); sending text", channel.id)
            for text in renderer.text(reply):
                await channel.send(text, allowed_mentions=none)

    def channels(self) -> list[str]:
        """Every reminder channel, as ``discord:ID``."""
        return [f"{PREFIX}{channel_id}" for channel_id in self.config.reminder_channels]

    async def post(self, channel: str, reply: Reply) -> None:
        """Post a reminder to ``discord:ID``; raise on failure so the runner retries."""
        if not channel.startswith(PREFIX):
            raise ValueError(f"{channel!r} is not a Discord channel")
        await self.send(int(channel.removeprefix(PREFIX)), reply)

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Tell the chairs (missed reminders) in the session channels (of that meeting's plenary, when several)."""
        for channel_id in self.session_channels(meeting_id):
            await self.send(channel_id, reply)
