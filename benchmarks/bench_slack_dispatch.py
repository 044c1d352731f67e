"""Slack without the network: Bolt's dispatch of one signed slash command, the bot's app versus bare apps.

Run by hand: ``.venv/bin/python benchmarks/bench_slack_dispatch.py [--calls 15000] [--rounds 5]``.

bench_slack.py measures the whole exchange on a 2-core machine where the load generator, the fake
Slack and the server share the CPU, so its ratios move from run to run. This script isolates what
the bot adds to Bolt: in one process, it builds the bot's AsyncApp (adapters/slack/app.py, on the
bundled meeting, SQLite store, askers already known) and two bare AsyncApps (``bare``: listeners that
only ack; ``bare+blocks``: listeners that ack with the bot's own answers as fixed messages), and
times ``AsyncApp.async_dispatch`` of the same signed ``/deadlines``, ``/agenda 3h`` and ``/now``
requests, in CPU microseconds per request, rounds alternating. No socket is opened (the one-time
``auth.test`` is answered in advance, as after the first request).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import AT, machine  # noqa: E402
from adapters.slack.app import SlackFace  # noqa: E402
from adapters.slack.people import People  # noqa: E402
from adapters.slack.render import SlackRenderer  # noqa: E402
from bot.clock import ShiftedClock  # noqa: E402
from bot.config import BUNDLED_MEETING, SlackConfig  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from bot.sqlite_store import SqliteStore  # noqa: E402
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers  # noqa: E402
from slack_bolt.async_app import AsyncApp  # noqa: E402
from slack_bolt.request.async_request import AsyncBoltRequest  # noqa: E402
from slack_sdk.web.async_client import AsyncWebClient  # noqa: E402
from slack_sdk.web.async_slack_response import AsyncSlackResponse  # noqa: E402

COMMANDS = (("/deadlines", ""), ("/agenda", "3h"), ("/now", ""))
USERS = 100
FORM = "application/x-www-form-urlencoded"
UNREACHABLE = "http://127.0.0.1:9/"  # never called: every asker is known and auth.test is answered


def answered_auth_test(app: AsyncApp, client: AsyncWebClient) -> None:
    """Give the app's authorization middleware the auth.test answer it would fetch on its first request."""
    answer = AsyncSlackResponse(client=client, http_verb="POST", api_url="auth.test", req_args={}, headers={},
                                status_code=200, data={"ok": True, "team_id": "T0", "user_id": "UBOT",
                                                       "bot_id": "B0", "url": "https://example.slack.com/"})
    for middleware in app._async_middleware_list:
        if hasattr(middleware, "auth_test_result"):
            middleware.auth_test_result = answer


def bare_app(client: AsyncWebClient, answers: dict[str, dict[str, Any]] | None) -> AsyncApp:
    """Listeners that only ack, or that ack with a fixed message per command."""
    app = AsyncApp(client=client, signing_secret=SIGNING_SECRET, process_before_response=True)

    def listener_for(message: dict[str, Any] | None):
        async def listener(ack) -> None:
            await (ack(**message) if message else ack())
        return listener

    for command, _ in COMMANDS:
        app.command(command)(listener_for(answers[command] if answers else None))
    answered_auth_test(app, client)
    return app


def bot_app(core: MeetingBot, client: AsyncWebClient) -> AsyncApp:
    """The bot's Bolt app, every benchmark user already known (as in bench_slack's steady state)."""
    people = People(client, SlackConfig())
    for number in range(USERS):
        people._users[f"U{number:04d}"] = (time.monotonic(), {"name": "delegate", "tz": "Asia/Seoul",
                                                              "locale": "en-US"})
    app = SlackFace(core, client, people, SIGNING_SECRET).app
    answered_auth_test(app, client)
    return app


def own_answers(core: MeetingBot) -> dict[str, dict[str, Any]]:
    """The bot's answer to each command, as the message a bare app acks with."""
    answers = {}
    for command, text in COMMANDS:
        reply = core.handle(Request(f"{command} {text}".strip(), Asker("U0000", "delegate", tz="Asia/Seoul")))
        rendered = SlackRenderer(core.meeting).render(reply)
        answers[command] = {"text": rendered.text, "blocks": rendered.blocks, "response_type": "ephemeral"}
    return answers


async def per_request_us(app: AsyncApp, requests: list[tuple[str, dict[str, str]]], calls: int) -> float:
    """CPU microseconds per dispatched request; raises if any answer is not a 200."""
    started = time.process_time()
    for number in range(calls):
        body, headers = requests[number % len(requests)]
        response = await app.async_dispatch(AsyncBoltRequest(body=body, headers=headers))
        if response.status != 200:
            raise RuntimeError(f"dispatch answered {response.status}: {response.body[:200]}")
    return (time.process_time() - started) / calls * 1e6


async def run(args: argparse.Namespace, folder: Path) -> None:
    meeting = load_meeting(BUNDLED_MEETING)
    core = MeetingBot(meeting, ShiftedClock(dt.datetime.fromisoformat(AT)), store=SqliteStore(folder / "bench.db"))
    client = AsyncWebClient(token="xoxb-bench", base_url=UNREACHABLE)
    apps = {"bot": bot_app(core, client), "bare": bare_app(client, None),
            "bare+blocks": bare_app(client, own_answers(core))}
    requests = []
    for number in range(3 * USERS):  # signed once: signatures stay valid for five minutes
        command, text = COMMANDS[number % len(COMMANDS)]
        body = command_body(command, text, f"U{number % USERS:04d}", UNREACHABLE + "respond")
        requests.append((body, signed_headers(body, FORM)))
    for app in apps.values():
        await per_request_us(app, requests, 1000)  # warm-up
    results: dict[str, list[float]] = {name: [] for name in apps}
    names = list(apps)
    for number in range(args.rounds):
        for name in names if number % 2 == 0 else names[::-1]:
            results[name].append(await per_request_us(apps[name], requests, args.calls))
    print(f"{'app':12} {'median us/req':>14} {'min':>8} {'max':>8}")
    medians = {name: statistics.median(values) for name, values in results.items()}
    for name, values in results.items():
        print(f"{name:12} {medians[name]:14.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"  bot - bare: +{medians['bot'] - medians['bare']:.1f} us per command (ratio "
          f"{medians['bot'] / medians['bare']:.2f}); bot - bare+blocks: {medians['bot'] - medians['bare+blocks']:+.1f} "
          f"us (ratio {medians['bot'] / medians['bare+blocks']:.2f})")
    core.store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=15_000, help="dispatches per round (default 15,000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per app (default 5)")
    args = parser.parse_args()
    print(f"# Slack dispatch in process (no network), CPU per request; {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
