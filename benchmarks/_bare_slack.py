"""The bare framework for bench_slack: a Bolt AsyncApp whose slash-command listeners only ack.

Same slack-bolt, same aiohttp server setup as ``adapters/slack/service.py`` (an AppRunner
without access log, ``to_bolt_request`` → ``async_dispatch`` → ``to_aiohttp_response``), same
App options (``process_before_response=True``, a client on the fake Web API).
Usage: ``python _bare_slack.py PORT [ANSWERS.json]`` with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET,
SLACK_API_URL set. With a file (command → ``text``, ``blocks``, ``response_type``), each command is
acked with that fixed message instead: the bot's own answers, written once by bench_slack, so that
sending an answer of the same size costs both sides the same.
Prints ``ready`` once listening on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

COMMANDS = ("/deadlines", "/agenda", "/now")


async def main(port: int, answers: dict[str, dict] | None) -> None:
    logging.basicConfig(level=logging.WARNING)
    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"], process_before_response=True)

    async def only_ack(ack) -> None:
        await ack()

    def ack_with(message: dict):
        async def listener(ack) -> None:
            await ack(**message)
        return listener

    for command in COMMANDS:
        app.command(command)(ack_with(answers[command]) if answers else only_ack)

    async def handle(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    application = web.Application()
    application.router.add_post("/slack/events", handle)
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("ready", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()
    await client.session.close() if client.session else None


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]),
                     json.loads(open(sys.argv[2], encoding="utf-8").read()) if len(sys.argv) > 2 else None))
