"""The bare framework for bench_discord: a discord.py client that answers every interaction with a fixed text.

Same discord.py, same intents, allowed mentions and ``guild_ready_timeout`` as the bot's client
(adapters/discord/client.py), the same endpoint overrides (DISCORD_API_BASE, DISCORD_GATEWAY_URL).
Usage: ``python _bare_discord.py [ANSWERS.json]``. With a file (command name → list of embed dicts),
each command is answered with those fixed embeds instead: the bot's own answers, written once by
bench_discord, so that sending an answer of the same size costs both sides the same.
Prints ``ready`` once the gateway is ready.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


async def main(answers: dict[str, list[dict]] | None) -> None:
    logging.basicConfig(level=logging.WARNING)
    Route.BASE = os.environ["DISCORD_API_BASE"].rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    intents = discord.Intents.none()
    intents.guilds = intents.guild_messages = intents.dm_messages = True
    client = discord.Client(intents=intents, allowed_mentions=discord.AllowedMentions.none(), guild_ready_timeout=0.5)

    @client.event
    async def on_ready() -> None:
        print("ready", flush=True)

    fixed = {name: [discord.Embed.from_dict(e) for e in embeds] for name, embeds in (answers or {}).items()}

    @client.event
    async def on_interaction(interaction: discord.Interaction) -> None:
        embeds = fixed.get(str((interaction.data or {}).get("name")))
        if embeds:
            await interaction.response.send_message(embeds=embeds, ephemeral=True)
        else:
            await interaction.response.send_message("The deadlines are in the meeting letter.", ephemeral=True)

    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    async with client:
        task = asyncio.create_task(client.start(os.environ["DISCORD_TOKEN"]))
        await stop.wait()
        await client.close()
        await asyncio.gather(task, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main(json.loads(open(sys.argv[1], encoding="utf-8").read()) if len(sys.argv) > 1 else None))
