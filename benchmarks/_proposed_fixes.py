"""EXPERIMENT, not product code: ``meetingbot`` with the fixes proposed in BENCHMARKS.md applied as monkeypatches.

It measures what each proposed change would buy before anyone edits adapters/. Choose the fixes with
``MEETINGBOT_BENCH_FIXES`` (comma-separated; ``all`` for every one), then run it like ``meetingbot``:
``MEETINGBOT_BENCH_FIXES=all python benchmarks/_proposed_fixes.py run --config ...``; the benchmarks
do so with ``--fixes all`` (or a list). Delete this file once the fixes are in adapters/.

- ``slack_session``: one aiohttp session for the Web API client and the response URLs
  (slack_sdk opens a new session and a new TCP connection for every call without one; Bolt's
  ``respond`` always does).
- ``slack_tasks``: listeners that ``ack()`` and start the work as an asyncio task, instead of Bolt
  lazy listeners (which deep-copy the whole request and context for every command).
- ``discord_render``: EmbedRenderer.embeds keeps the field count and size of the current embed itself
  instead of asking discord.py (``embed.fields`` and ``len(embed)`` rebuild proxies on every call).
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIXES = {f.strip() for f in os.environ.get("MEETINGBOT_BENCH_FIXES", "").split(",") if f.strip()}
ALL = "all" in FIXES


def wanted(name: str) -> bool:
    return ALL or name in FIXES


def slack_session() -> None:
    import aiohttp
    from slack_sdk.webhook.async_client import AsyncWebhookClient

    from adapters.slack import app as slack_app
    from adapters.slack import service as slack_service
    from bot.reply import Visibility

    original_start = slack_service.SlackService.start

    async def start(self: Any) -> None:  # SlackService.start: a session for the client, made in the running loop
        if self.client.session is None:
            self.client.session = aiohttp.ClientSession()
        await original_start(self)

    slack_service.SlackService.start = start

    async def _on_command(self: Any, body: dict[str, Any], respond: Any) -> None:  # SlackFace._on_command
        name = str(body.get("command", "")).lstrip("/")
        text = f"/{name} {slack_app.unescape(body.get('text') or '')}".strip()
        user_id = body.get("user_id", "")
        reply, lang = await self.ask(text, user_id, body.get("user_name", ""), body.get("channel_id"))
        if reply.attachments:
            reply = await self._upload(reply, user_id)
        rendered = self.renderer(lang).render(reply)
        kind = "in_channel" if reply.visibility is Visibility.PUBLIC else "ephemeral"
        if body.get("response_url"):  # the change: the client's session, not a new one per answer
            await AsyncWebhookClient(body["response_url"], session=self.client.session).send(
                text=rendered.text, blocks=rendered.blocks, response_type=kind)
        elif kind == "in_channel":
            await self.client.chat_postMessage(channel=body["channel_id"], text=rendered.text, blocks=rendered.blocks)
        else:
            await self.client.chat_postEphemeral(channel=body["channel_id"], user=user_id,
                                                 text=rendered.text, blocks=rendered.blocks)

    slack_app.SlackFace._on_command = _on_command


def slack_tasks() -> None:
    from slack_bolt.async_app import AsyncApp

    from adapters.slack import app as slack_app

    original_init = slack_app.SlackFace.__init__

    def __init__(self: Any, core: Any, client: Any, people: Any, signing_secret: str, socket_mode: bool = False) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        real_command = AsyncApp.command
        real_event = AsyncApp.event

        def start(work: Any, **kwargs: Any) -> None:
            task = asyncio.create_task(work(**kwargs))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        def command(app: Any, name: str) -> Any:  # app.command(...)(ack=..., lazy=[work]) → ack, then a task
            def register(ack: Any = None, lazy: Any = ()) -> Any:
                [work] = lazy

                async def listener(ack: Any, body: dict[str, Any], respond: Any) -> None:
                    await ack()
                    start(work, body=body, respond=respond)
                return real_command(app, name)(listener)
            return register

        def event(app: Any, name: str) -> Any:
            def register(ack: Any = None, lazy: Any = ()) -> Any:
                [work] = lazy
                names = work.__code__.co_varnames[1:work.__code__.co_argcount]

                async def listener(ack: Any, event: dict[str, Any], context: Any) -> None:
                    await ack()
                    given = {"event": event, "context": context}
                    start(work, **{n: given[n] for n in names})
                return real_event(app, name)(listener)
            return register

        AsyncApp.command, AsyncApp.event = command, event  # only while SlackFace registers its listeners
        try:
            original_init(self, core, client, people, signing_secret, socket_mode)
        finally:
            AsyncApp.command, AsyncApp.event = real_command, real_event

    slack_app.SlackFace.__init__ = __init__


def discord_render() -> None:
    import discord

    from adapters.discord import render

    def field_size(name: str, value: str) -> int:
        return len(name) + len(value)

    def embeds(self: Any, reply: Any) -> list[discord.Embed]:  # EmbedRenderer.embeds with local bookkeeping
        colour = render.OK_COLOUR if reply.ok else render.PROBLEM_COLOUR
        title = reply.title[:render.TITLE_MAX]
        first = discord.Embed(title=title, colour=colour)
        embeds = [first]
        size, fields = len(title), 0  # of embeds[-1]: what len(embed) and len(embed.fields) would say
        for name, text, inline in self._blocks(reply):
            current = embeds[-1]
            if name is None:
                old = current.description or ""
                description = f"{old}\n\n{text}" if old else text
                fits = len(description) <= render.DESCRIPTION_MAX and not fields
                if fits and size + len(description) - len(old) <= render.EMBED_BUDGET:
                    current.description = description
                    size += len(description) - len(old)
                    continue
                embeds.append(discord.Embed(description=text, colour=colour))
                size, fields = len(text), 0
                continue
            if fields >= render.FIELDS_MAX or size + len(name) + len(text) > render.EMBED_BUDGET:
                current = discord.Embed(colour=colour)
                embeds.append(current)
                size, fields = 0, 0
            current.add_field(name=name, value=text, inline=inline)
            size, fields = size + field_size(name, text), fields + 1
        if reply.footer:
            footer = reply.footer[:2048]
            if size + len(footer) > render.EMBED_BUDGET:
                embeds.append(discord.Embed(colour=colour))
            embeds[-1].set_footer(text=footer)
        return embeds

    render.EmbedRenderer.embeds = embeds


if wanted("slack_session"):
    slack_session()
if wanted("slack_tasks"):
    slack_tasks()
if wanted("discord_render"):
    discord_render()

if __name__ == "__main__":
    from adapters.cli import main
    sys.exit(main())
