"""Messages the bot sends on its own, on Slack: announcements (the Notifier port) and reminders (ReminderPoster).

Session announcements go to the session channels (and set their topic when the
announcement carries one), reminders to the reminder channels, chair messages to
each chair by direct message. Posts to one channel are paced to about one a second.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable

from slack_sdk.web.async_client import AsyncWebClient

from adapters.deployment import Plan
from adapters.slack.escape import plain
from adapters.slack.people import People
from adapters.slack.render import SlackRenderer
from bot.config import SlackConfig
from bot.notifier import Announcement, Audience
from bot.reply import Reply

log = logging.getLogger(__name__)

PREFIX = "slack:"
PACE_SECONDS = 1.0
HERE = "<!here>"


class SlackNotifier:
    """Posts announcements and reminders with the bot token; implements Notifier and ReminderPoster."""

    def __init__(self, client: AsyncWebClient, config: SlackConfig, renderer: Callable[[], SlackRenderer],
                 people: People, on_item_change: Callable[[], Awaitable[None]] | None = None,
                 pace: float = PACE_SECONDS) -> None:
        self.client = client
        self.config = config
        self.renderer = renderer
        self.people = people
        self.on_item_change = on_item_change
        self.pace = pace
        self.loop: asyncio.AbstractEventLoop | None = None
        self._locks: dict[str, asyncio.Lock] = {}
        self._last: dict[str, float] = {}
        self._tasks: set[asyncio.Future[None]] = set()
        self.routes: Plan | None = None  # several meetings or rooms: whose channels each announcement goes to

    def session_channels(self, route: str | None) -> list[str]:
        """The session channels of the announcing room (all of them when the deployment has one room)."""
        if self.routes is None or route is None:
            return self.config.session_channels
        return self.routes.slack_sessions.get(route, [])

    def reminder_channels(self, route: str | None) -> list[str]:
        """The reminder channels of the announcing meeting."""
        if self.routes is None or route is None:
            return self.config.reminder_channels
        return self.routes.slack_reminders.get(route.split("/")[0], [])

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Use this event loop for announcements made from any thread."""
        self.loop = loop

    def announce(self, announcement: Announcement) -> None:
        """Schedule the announcement on the Slack event loop and return at once (callable from any thread)."""
        loop = self.loop
        if loop is None or loop.is_closed():
            log.error("Slack is not running; announcement %r not sent", announcement.key)
            return
        future = asyncio.run_coroutine_threadsafe(self.deliver(announcement), loop)
        self._tasks.add(future)  # type: ignore[arg-type]
        future.add_done_callback(self._tasks.discard)  # type: ignore[arg-type]

    async def deliver(self, announcement: Announcement) -> None:
        """Post one announcement to every channel (or chair) of its audience; failures are logged."""
        reply = announcement.reply
        if not announcement.for_platform("slack"):
            return  # a chair on another platform: that platform tells them
        try:
            if announcement.audience is Audience.CHAIRS:
                targets = [announcement.user_id] if announcement.user_id else await self.people.chairs()
                for user_id in targets:
                    await self.send(user_id, reply)
                return
            if announcement.audience is Audience.REMINDERS:
                for channel in self.reminder_channels(announcement.route):
                    await self.send(channel, reply, here=self.config.mention_here)
                return
            for channel in self.session_channels(announcement.route):
                await self.send(channel, reply, here=self.config.mention_here)
                if announcement.topic:
                    await self.client.conversations_setTopic(channel=channel, topic=plain(announcement.topic)[:250])
            if announcement.topic and self.on_item_change is not None:
                await self.on_item_change()
        except Exception:  # an announcement failing must not take the bot down
            log.exception("Slack announcement %r failed", announcement.key)

    async def send(self, channel: str, reply: Reply, here: bool = False) -> None:
        """Post a reply to a channel (or a user's DM), at most about one post a second per channel."""
        rendered = self.renderer().render(reply)
        blocks, text = rendered.blocks, rendered.text
        if here:
            blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": HERE}}] + blocks
            text = f"{HERE} {text}"
        lock = self._locks.setdefault(channel, asyncio.Lock())
        async with lock:
            wait = self._last.get(channel, -self.pace) + self.pace - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                await self.client.chat_postMessage(channel=channel, text=text, blocks=blocks)
            finally:
                self._last[channel] = time.monotonic()

    # ReminderPoster -----------------------------------------------------------------------------------

    def channels(self) -> list[str]:
        """The reminder channels, named ``slack:C…``."""
        return [PREFIX + channel for channel in self.config.reminder_channels]

    async def post(self, channel: str, reply: Reply) -> None:
        """Post a reminder to ``slack:C…``; raises on failure so the runner retries."""
        await self.send(channel.removeprefix(PREFIX), reply, here=self.config.mention_here)

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Send a message to every chair (of that meeting, when several are served) by direct message."""
        rule = self.routes.chairs.get(("slack", (meeting_id, None))) if self.routes and meeting_id else None
        if rule is None:
            chairs = await self.people.chairs()
        else:
            chairs = list(dict.fromkeys(sorted(rule.ids)))
            for group in sorted(rule.groups):
                chairs.extend(user for user in sorted(await self.people.group_members(group)) if user not in chairs)
        for user_id in chairs:
            await self.send(user_id, reply)
