"""The discord.py client: slash commands and autocomplete, mentions and direct messages, clicks on the
readings the bot asked back with, command sync.

It only translates: an interaction or a message becomes a core :class:`Request`, the
core's :class:`Reply` becomes embeds (and buttons for readings offered back). Private replies
are ephemeral, public ones channel messages; a click is answered to the clicker alone, like
the number typed (:mod:`adapters.asked_back`). Slow answers are deferred inside Discord's
3-second window.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from typing import Any, Awaitable

import discord
from discord import app_commands

from adapters.discord import commands
from adapters.discord.render import CHOICE_ID, EmbedRenderer, choice_view, files, lang_for, sealed
from adapters.render_memo import RenderMemo
from bot.clock import SystemClock
from bot.config import DiscordConfig
from bot.core import MeetingBot
from bot.replay_guard import ReplayGuard
from bot.reply import Reply, Visibility, simple
from bot.request import Asker, Request
from bot.store import StoreError

log = logging.getLogger(__name__)

NAMESPACE, SYNC_KEY = "discord", "commands"
DEFER_AFTER = 2.0
INTERACTION_KEPT = dt.timedelta(minutes=20)  # an interaction can be answered for 15 minutes; copies come within it
_MENTION = re.compile(r"<@!?(\d+)>")


def intents() -> discord.Intents:
    """Servers, their messages and direct messages; no privileged intent (no message content)."""
    chosen = discord.Intents.none()
    chosen.guilds = chosen.guild_messages = chosen.dm_messages = True
    return chosen


class MeetingClient(discord.Client):
    """A Discord face of one core, for one server (or every server when no guild is configured)."""

    def __init__(self, core: MeetingBot, config: DiscordConfig, *, defer_after: float = DEFER_AFTER,
                 **options: Any) -> None:
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: no warnings about it
        options.setdefault("guild_ready_timeout", 0.5)
        options.setdefault("max_ratelimit_timeout", 60.0)
        super().__init__(intents=intents(), allowed_mentions=discord.AllowedMentions.none(), **options)
        self.core = core
        self.config = config
        self.defer_after = defer_after
        self.synced: bool | None = None  # whether the last setup sent the command set
        self._rendered: RenderMemo[list[list[discord.Embed]]] = RenderMemo()
        self._chair_roles = frozenset(str(role).strip() for role in config.chair_roles)
        self._wall_clock = SystemClock()  # interaction ids are kept by real time, whatever the meeting's clock
        self.replays = ReplayGuard(core.store, "discord", self._wall_clock)

    async def setup_hook(self) -> None:
        """After login: sync the command set when it changed."""
        try:
            self.synced = await self.sync_commands()
        except discord.HTTPException as error:
            log.error("Discord commands not synced: %s", error)

    async def sync_commands(self) -> bool:
        """Overwrite the commands (guild or global) only when their digest differs from the stored one."""
        payload = commands.command_payload(self.core.registry, self.core.meeting)
        guild = self.config.guild_id
        digest = commands.payload_hash(payload, f"{self.application_id}:{guild or 'global'}")
        with self.core.store.transaction() as tx:
            if tx.get(NAMESPACE, SYNC_KEY) == digest:
                return False
        app = self.application_id
        if guild:
            await self.http.bulk_upsert_guild_commands(app, guild, payload)  # type: ignore[arg-type]
        else:
            await self.http.bulk_upsert_global_commands(app, payload)  # type: ignore[arg-type]
        with self.core.store.transaction() as tx:
            tx.put(NAMESPACE, SYNC_KEY, digest)
        log.info("Discord commands synced (%d, %s)", len(payload), f"guild {guild}" if guild else "global")
        return True

    def use_config(self, config: DiscordConfig) -> None:
        """Chair roles and channels as the config now gives them (the meetings list was reloaded)."""
        self.config = config
        self._chair_roles = frozenset(str(role).strip() for role in config.chair_roles)

    def is_chair(self, user: discord.abc.User) -> bool:
        """Whether the member has a configured chair role, by id or by name."""
        wanted = self._chair_roles
        if not wanted:
            return False
        roles = getattr(user, "roles", [])
        return any(str(role.id) in wanted or role.name in wanted for role in roles)

    def asker(self, user: discord.abc.User, lang: str) -> Asker:
        """The core's view of a Discord user."""
        groups = frozenset(text for role in getattr(user, "roles", []) for text in (str(role.id), role.name))
        return Asker(id=str(user.id), name=user.display_name, is_chair=self.is_chair(user), lang=lang, groups=groups)

    def messages(self, reply: Reply, lang: str) -> list[list[discord.Embed]]:
        """The reply's embeds, message by message; a reply the core shares is rendered once per language.

        The embeds are only read when sent (discord.py turns them into JSON), so sharing them is safe.
        """
        meeting = self.core.meeting
        return self._rendered.rendered(reply, meeting, lang,
                                       lambda: sealed(EmbedRenderer(meeting, lang).messages(reply)))

    def _reply(self, request: Request, number: int | None = None, offered: str = "") -> Reply:
        """The core's reply (to a click on reading ``number`` when given); an unusable store becomes a polite
        reply instead of a failed interaction."""
        try:
            if number is not None:
                return self.core.choose(request, number, offered)
            return self.core.handle(request)
        except StoreError as error:
            log.error("store unusable: %s", error)
            return simple("Sorry", "The bot cannot read its state right now; please try again in a moment.", ok=False)

    async def _handle(self, request: Request) -> Reply:
        if self.core.answers_at_once(request.text):  # reads only, well under a millisecond: no thread hop
            return self._reply(request)
        return await asyncio.to_thread(self._reply, request)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Answer slash commands, their autocomplete, and clicks on the readings offered back."""
        data: dict[str, Any] = dict(interaction.data or {})
        if interaction.type is discord.InteractionType.autocomplete:
            found = commands.autocomplete(data, self.core.registry, self.core.meeting, self.core.agenda,
                                          lang_for(interaction.locale))
            await interaction.response.autocomplete([app_commands.Choice(name=n, value=v) for n, v in found])
        elif interaction.type is discord.InteractionType.application_command:
            await self.answer(interaction, data)
        elif interaction.type is discord.InteractionType.component:
            await self.choose(interaction, data)

    def _first_time(self, interaction_id: int) -> bool:
        """Whether this interaction id is seen for the first time, here or in any process on the same store."""
        expires = self._wall_clock.now() + INTERACTION_KEPT
        try:
            return self.replays.claim(str(interaction_id), expires).first
        except StoreError as error:  # answered as any command is when the store is unusable
            log.error("store unusable: %s", error)
            return True

    async def _once(self, interaction: discord.Interaction) -> bool:
        """Whether to act on this interaction: false for a second delivery of the same one (logged)."""
        if await asyncio.to_thread(self._first_time, interaction.id):
            return True
        log.info("Discord interaction %s delivered again: already handled, nothing done", interaction.id)
        return False

    async def answer(self, interaction: discord.Interaction, data: dict[str, Any]) -> None:
        """Run the command through the core, deferring when it takes longer than ``defer_after``.

        A command that may change something is acted on once per interaction id: a second delivery of
        the same interaction (to this process or another on the same store) is not answered again.
        """
        lang = lang_for(interaction.locale)
        text = commands.request_text(data, self.core.registry, self.core.meeting)
        request = Request(text, self.asker(interaction.user, lang), channel=str(interaction.channel_id),
                          platform="discord")
        if self.core.answers_at_once(request.text):  # reads only: answered at once, no task to watch
            await self._send(interaction, self._reply(request), lang)
        elif await self._once(interaction):
            await self._answer_when_done(interaction, asyncio.to_thread(self._reply, request), lang)

    async def choose(self, interaction: discord.Interaction, data: dict[str, Any]) -> None:
        """A click on a reading offered back: answered to the clicker alone, like the number typed by them, once
        per interaction id. Components that are not the bot's choice buttons are left alone."""
        chosen = CHOICE_ID.fullmatch(str(data.get("custom_id", "")))
        if chosen is None or not await self._once(interaction):
            return
        lang = lang_for(interaction.locale)
        request = Request("", self.asker(interaction.user, lang), channel=str(interaction.channel_id),
                          platform="discord")
        work = asyncio.to_thread(self._reply, request, int(chosen[1]), chosen[2])
        await self._answer_when_done(interaction, work, lang, private=True)

    async def _answer_when_done(self, interaction: discord.Interaction, work: Awaitable[Reply], lang: str,
                                private: bool = False) -> None:
        """Send the reply ``work`` makes, deferring (ephemerally) when it takes longer than ``defer_after``."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            await interaction.response.defer(ephemeral=True, thinking=True)
        await self._send(interaction, await task, lang, deferred=not done, private=private)

    async def _send(self, interaction: discord.Interaction, reply: Reply, lang: str, deferred: bool = False,
                    private: bool = False) -> None:
        """The reply as the interaction's response (or follow-ups when deferred); buttons on its last message.

        Private replies (and every ``private`` one) are ephemeral, public ones go to the channel.
        """
        messages = self.messages(reply, reply.lang or lang)
        private = private or reply.visibility is Visibility.PRIVATE
        view = choice_view(reply)
        last = {"view": view} if view is not None else {}
        attached = files(reply)
        first = last if len(messages) == 1 else {}
        if not deferred:
            await interaction.response.send_message(embeds=messages[0], files=attached, ephemeral=private, **first)
        elif private:
            await interaction.followup.send(embeds=messages[0], files=attached, ephemeral=True, **first)
        else:  # the deferred message is ephemeral: say so there, and post the answer in the channel
            await interaction.followup.send("Posted in the channel.", ephemeral=True)
            await interaction.followup.send(embeds=messages[0], files=attached, ephemeral=False, **first)
        for number, embeds in enumerate(messages[1:], start=2):
            await interaction.followup.send(embeds=embeds, ephemeral=private,
                                            **(last if number == len(messages) else {}))

    async def on_message(self, message: discord.Message) -> None:
        """Answer direct messages and mentions of the bot as plain-language questions."""
        if message.author.bot or self.user is None:
            return
        direct = message.guild is None
        if not direct and not any(user.id == self.user.id for user in message.mentions):
            return
        text = _MENTION.sub(lambda m: "" if int(m[1]) == self.user.id else m[0], message.content).strip()  # type: ignore[union-attr]
        lang = lang_for(message.guild.preferred_locale if message.guild else None)
        request = Request(text, self.asker(message.author, lang), channel=str(message.channel.id), platform="discord")
        reply = await self._handle(request)
        messages = self.messages(reply, reply.lang or lang)
        view = choice_view(reply)
        for number, embeds in enumerate(messages):
            buttons = {"view": view} if view is not None and number == len(messages) - 1 else {}
            await message.channel.send(embeds=embeds, files=files(reply) if number == 0 else [],
                                       reference=message if number == 0 else None, mention_author=False, **buttons)
