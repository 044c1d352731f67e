"""The Bolt app: slash commands, mentions, direct messages, the App Home and clicks on the readings the bot
asked back with, each translated to the core.

A slash command from someone already known (``users.info`` and chair groups
cached) is answered in the acknowledgement itself: the core takes well under a
millisecond, and one HTTP response is cheaper than an ack plus a post. Anything
else (first contact, a file to upload, events, clicks) is acknowledged at once and done
in a task afterwards; the reply is ephemeral unless the core made it public. A click on a
reading is answered like its number typed by the clicker (:mod:`adapters.asked_back`), to them alone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
from collections import OrderedDict
from dataclasses import replace
from typing import Any, Awaitable, Callable

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.render_memo import RenderMemo
from adapters.slack.escape import incoming, unescape
from adapters.slack.people import People
from adapters.slack.render import CHOICE_ACTION, CHOICES_BLOCK, SlackRenderer, home_view
from bot.clock import SystemClock
from bot.core import MeetingBot
from bot.replay_guard import ReplayGuard
from bot.reply import Reply, Visibility
from bot.request import Request
from bot.store import StoreError

log = logging.getLogger(__name__)

SEEN_EVENTS = 10_000
EVENT_KEPT = dt.timedelta(minutes=15)  # Slack retries an event up to three times within about 5 minutes
INLINE_SECONDS = 1.5  # a command answered within this goes back in the ack itself
PLATFORM = "slack"
JSON_HEADERS = {"content-type": "application/json;charset=utf-8"}


class _QuietTokenWarning(logging.Filter):
    """Drop Bolt's warning that ``SLACK_BOT_TOKEN`` (which it reads itself) is unused: we give it the client."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record but that one."""
        return "`token` will be unused" not in record.getMessage()


BOLT_LOG = logging.getLogger("adapters.slack.bolt")
BOLT_LOG.addFilter(_QuietTokenWarning())


def response_type(reply: Reply) -> str:
    """Slack's ``response_type`` for a reply: ``in_channel`` when public, else ``ephemeral`` (the asker only)."""
    return "in_channel" if reply.visibility is Visibility.PUBLIC else "ephemeral"


class SlackFace:
    """The meeting bot as a Bolt :class:`AsyncApp`; it holds no meeting logic of its own."""

    def __init__(self, core: MeetingBot, client: AsyncWebClient, people: People, signing_secret: str,
                 socket_mode: bool = False) -> None:
        self.core = core
        self.client = client
        self.people = people
        self.home_users: set[str] = set()
        self._seen: OrderedDict[str, None] = OrderedDict()  # this process's deliveries; the store has everyone's
        self._wall_clock = SystemClock()
        self.events = ReplayGuard(core.store, "slack-event", self._wall_clock)
        self.app = AsyncApp(client=client, signing_secret=signing_secret, process_before_response=True,
                            request_verification_enabled=not socket_mode, name="meetingbot", logger=BOLT_LOG)
        self._tasks: set[asyncio.Task[None]] = set()
        self._ack_bodies: RenderMemo[str] = RenderMemo()
        # One listener for every command: Bolt tries its listeners in turn for each request.
        names = "|".join(re.escape(command.name) for command in core.registry.all())
        self.app.command(re.compile(f"^/({names})$"))(self._command)
        self.app.event("app_mention")(self._later(self._on_mention))
        self.app.event("message")(self._later(self._on_direct_message))
        self.app.event("app_home_opened")(self._later(self._on_home_opened))
        self.app.action(CHOICE_ACTION)(self._on_choice)

    def _spawn(self, work: Awaitable[None]) -> None:
        """Run work after the ack; keep a reference until it ends and log its failure."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)

        def done(finished: asyncio.Task[None]) -> None:
            self._tasks.discard(finished)
            if not finished.cancelled() and finished.exception() is not None:
                log.error("Slack listener failed", exc_info=finished.exception())

        task.add_done_callback(done)

    def _later(self, handler: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        """An event listener that acks at once and runs ``handler(event, context)`` afterwards."""

        async def listener(ack: Callable[[], Awaitable[None]], body: dict[str, Any], event: dict[str, Any],
                           context: dict[str, Any]) -> None:
            await ack()
            if self._first_delivery(body):
                self._spawn(self._unless_taken(body.get("event_id"), lambda: handler(event, context)))

        return listener

    async def _unless_taken(self, event_id: Any, work: Callable[[], Awaitable[None]]) -> None:
        """Run ``work`` unless another bot on the same store, or this one before a restart, took the event.

        Slack retries an event it thinks was lost with a new signature: the copy may reach another
        process than the first delivery did. Each ``event_id`` is claimed in the store, after the ack.
        """
        if isinstance(event_id, str) and event_id:
            try:
                claim = await asyncio.to_thread(self.events.claim, event_id, self._wall_clock.now() + EVENT_KEPT)
            except StoreError as error:  # answer anyway: the core reports an unusable store on its own
                log.error("event %s not checked for an earlier delivery: %s", event_id, error)
            else:
                if not claim.first:
                    log.info("event %s was already answered (another delivery, maybe to another process)", event_id)
                    return
        await work()

    async def _command(self, ack: Callable[..., Awaitable[None]], body: dict[str, Any]) -> BoltResponse | None:
        """Answer in the ack when the asker is known and nothing needs uploading; else ack, then work."""
        asker = self.people.cached_asker(body.get("user_id", ""), body.get("user_name", ""))
        if asker is None:
            await ack()
            self._spawn(self._on_command(body))
            return
        request = Request(self._command_text(body), asker, body.get("channel_id"), PLATFORM)
        if self.core.answers_at_once(request.text):  # reads only, well under a millisecond: no thread hop
            reply = self.core.handle(request)
        else:
            work = asyncio.ensure_future(asyncio.to_thread(self.core.handle, request))
            done, _ = await asyncio.wait({work}, timeout=INLINE_SECONDS)
            if not done:  # the core is held up (a locked database?): ack now, answer through the response URL
                await ack()
                self._spawn(self._deliver_when_done(body, work, asker.lang))
                return
            reply = work.result()
        if reply.attachments:
            await ack()
            self._spawn(self._deliver(body, reply, asker.lang))
            return
        lang = reply.lang or asker.lang
        ack_body = self._ack_bodies.rendered(reply, self.core.meeting, lang, lambda: self._ack_body(reply, lang))
        return BoltResponse(status=200, body=ack_body, headers=JSON_HEADERS)  # Bolt sends a returned response as is

    def _ack_body(self, reply: Reply, lang: str) -> str:
        """The JSON of an acknowledgement that carries the reply (a shared reply is written once)."""
        rendered = self.renderer(lang).render(reply)
        return json.dumps({"text": rendered.text, "blocks": rendered.blocks, "response_type": response_type(reply)},
                          separators=(",", ":"), ensure_ascii=False)  # 5–15 % fewer bytes on every ack

    def changes_nothing(self, body: dict[str, Any]) -> bool:
        """Whether the request is a slash command that only reads (its copies need no replay check)."""
        command, text = body.get("command"), body.get("text") or ""
        return isinstance(command, str) and isinstance(text, str) \
            and self.core.answers_at_once(f"/{command.lstrip('/')} {text}")

    @staticmethod
    def _command_text(body: dict[str, Any]) -> str:
        name = str(body.get("command", "")).lstrip("/")
        return f"/{name} {unescape(body.get('text') or '')}".strip()

    def renderer(self, lang: str) -> SlackRenderer:
        """A renderer for the current meeting (it may have been reloaded) in the reader's language."""
        return SlackRenderer(self.core.meeting, lang)

    def _first_delivery(self, body: dict[str, Any]) -> bool:
        """Slack retries events it thinks were lost: only the first delivery of an ``event_id`` is answered."""
        event_id = body.get("event_id")
        if not event_id:
            return True
        if event_id in self._seen:
            log.info("duplicate event %s ignored", event_id)
            return False
        self._seen[event_id] = None
        while len(self._seen) > SEEN_EVENTS:
            self._seen.popitem(last=False)
        return True

    async def ask(self, text: str, user_id: str, user_name: str, channel: str | None) -> tuple[Reply, str]:
        """The core's reply to what this user typed, and the user's language."""
        asker = await self.people.asker(user_id, user_name)
        reply = await asyncio.to_thread(self.core.handle, Request(text, asker, channel, PLATFORM))
        return reply, reply.lang or asker.lang

    async def _on_command(self, body: dict[str, Any]) -> None:
        reply, lang = await self.ask(self._command_text(body), body.get("user_id", ""), body.get("user_name", ""),
                                     body.get("channel_id"))
        await self._deliver(body, reply, lang)

    async def _deliver_when_done(self, body: dict[str, Any], work: Awaitable[Reply], lang: str) -> None:
        await self._deliver(body, await work, lang)

    async def _deliver(self, body: dict[str, Any], reply: Reply, lang: str) -> None:
        """Send a command's reply after the ack: files by DM, then the reply to the response URL."""
        user_id = body.get("user_id", "")
        lang = reply.lang or lang
        if reply.attachments:
            reply = await self._upload(reply, user_id)
        rendered = self.renderer(lang).render(reply)
        kind = response_type(reply)
        if body.get("response_url"):  # through the client's own connection pool, not a new session per answer
            await AsyncWebhookClient(body["response_url"], session=self.client.session).send(
                text=rendered.text, blocks=rendered.blocks, response_type=kind)
        elif kind == "in_channel":
            await self.client.chat_postMessage(channel=body["channel_id"], text=rendered.text, blocks=rendered.blocks)
        else:
            await self.client.chat_postEphemeral(channel=body["channel_id"], user=user_id,
                                                 text=rendered.text, blocks=rendered.blocks)

    async def _upload(self, reply: Reply, user_id: str) -> Reply:
        """Send the reply's files to the asker by direct message (``files_upload_v2``); say so in the reply."""
        try:
            opened = await self.client.conversations_open(users=user_id)
            channel = opened["channel"]["id"]
            for attachment in reply.attachments:
                await self.client.files_upload_v2(channel=channel, content=attachment.content,
                                                  filename=attachment.filename, title=attachment.filename)
        except Exception:
            log.exception("file upload to %s failed", user_id)
            return replace(reply, footer="The file could not be sent; try again, or use `meetingbot ics`.")
        return replace(reply, footer=f"{', '.join(a.filename for a in reply.attachments)} is in your direct "
                                     "messages with the bot.")

    async def _on_choice(self, ack: Callable[[], Awaitable[None]], body: dict[str, Any],
                         action: dict[str, Any]) -> None:
        """A click on a reading offered back: acknowledged at once, then answered to the clicker alone."""
        await ack()
        self._spawn(self._answer_choice(body, action))

    async def _answer_choice(self, body: dict[str, Any], action: dict[str, Any]) -> None:
        user, place = body.get("user"), body.get("channel")
        user = user if isinstance(user, dict) else {}  # a malformed click names no one: answered, never a traceback
        channel = place.get("id") if isinstance(place, dict) else None
        asker = await self.people.asker(str(user.get("id", "")), str(user.get("username") or user.get("name") or ""))
        number = int(CHOICE_ACTION.search(str(action.get("action_id")))[1])  # type: ignore[index]  # matched
        offered = str(action.get("block_id") or "").removeprefix(CHOICES_BLOCK)
        reply = await asyncio.to_thread(self.core.choose, Request("", asker, channel, PLATFORM), number, offered)
        rendered = self.renderer(reply.lang or asker.lang).render(reply)
        if body.get("response_url"):
            await AsyncWebhookClient(body["response_url"], session=self.client.session).send(
                text=rendered.text, blocks=rendered.blocks, response_type="ephemeral", replace_original=False)
        elif channel:
            await self.client.chat_postEphemeral(channel=channel, user=asker.id, text=rendered.text,
                                                 blocks=rendered.blocks)

    async def _answer_event(self, event: dict[str, Any], text: str, private: bool) -> None:
        channel, user_id = event.get("channel", ""), event.get("user", "")
        reply, lang = await self.ask(text, user_id, "", channel)
        rendered = self.renderer(lang).render(reply)
        if private and reply.visibility is not Visibility.PUBLIC:
            await self.client.chat_postEphemeral(channel=channel, user=user_id, text=rendered.text,
                                                 blocks=rendered.blocks)
        else:
            await self.client.chat_postMessage(channel=channel, text=rendered.text, blocks=rendered.blocks)

    async def _on_mention(self, event: dict[str, Any], context: dict[str, Any]) -> None:
        text = incoming(event.get("text", ""), context.get("bot_user_id"))
        await self._answer_event(event, text, private=True)

    async def _on_direct_message(self, event: dict[str, Any], context: dict[str, Any]) -> None:
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        await self._answer_event(event, incoming(event.get("text", ""), context.get("bot_user_id")), private=False)

    async def _on_home_opened(self, event: dict[str, Any], context: dict[str, Any] | None = None) -> None:
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        self.home_users.add(event["user"])
        await self.publish_home(event["user"])

    async def publish_home(self, user_id: str) -> None:
        """Show the meeting, the item under discussion and the next deadlines in the user's App Home."""
        asker = await self.people.asker(user_id)
        replies = [await asyncio.to_thread(self.core.handle, Request(text, asker, None, PLATFORM))
                   for text in ("/now", "/deadlines")]
        view = home_view(self.renderer(asker.lang), self.core.meeting.title, replies)
        await self.client.views_publish(user_id=user_id, view=view)

    async def refresh_home(self) -> None:
        """Publish the App Home again for everyone who opened it (the item under discussion changed)."""
        for user_id in sorted(self.home_users):
            try:
                await self.publish_home(user_id)
            except Exception:
                log.exception("views.publish failed for %s", user_id)

