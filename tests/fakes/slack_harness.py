"""The Slack service in process, for tests: a fake Slack, the real service on a free port, signed requests."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import time
from typing import Any, AsyncIterator, Awaitable, Callable

import aiohttp

from adapters.slack.service import SlackService
from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING, SlackConfig
from bot.core import MeetingBot
from bot.loader import load_meeting
from bot.models import Meeting
from bot.registry import REGISTRY, Registry
from bot.store import Store
from fakes.slack_api import BOT_TOKEN, FakeSlack
from fakes.slack_requests import SIGNING_SECRET, button_click, command_body, event_payload, json_body, signed_headers

UTC = dt.timezone.utc
MEETING_DAY = dt.datetime(2020, 8, 24, 9, 5, tzinfo=UTC)
"""24 Aug 2020, 11:05 Geneva: the first morning of the meeting."""
FORM = "application/x-www-form-urlencoded"
CONFIG = SlackConfig(chairs=["UCHAIR"], chair_groups=["SCHAIRS"], session_channels=["C0PLENARY"],
                     reminder_channels=["C0GENERAL"])


class Harness:
    """The service on a free port, the fake Slack, and helpers that send what Slack would send."""

    def __init__(self, fake: FakeSlack, service: SlackService, core: MeetingBot, http: aiohttp.ClientSession) -> None:
        self.fake, self.service, self.core, self.http = fake, service, core, http
        self.url = f"http://127.0.0.1:{service.port}/slack/events"
        self.acked: dict[str, Any] | None = None  # the body of the last acknowledgement, when it carried a reply

    async def post(self, body: str, content_type: str, **signing: Any) -> tuple[int, float]:
        """POST a signed body; return the status and how long the answer took."""
        headers = signed_headers(body, content_type, **signing)
        started = time.monotonic()
        async with self.http.post(self.url, data=body.encode(), headers=headers) as response:
            raw = await response.read()
            elapsed = time.monotonic() - started
            self.acked = json.loads(raw) if raw.strip().startswith(b"{") else None
            return response.status, elapsed

    async def command(self, text: str, user: str = "UDELEGATE", **signing: Any) -> tuple[int, float]:
        """Type a slash command (``/agenda 3h``)."""
        name, _, args = text.partition(" ")
        return await self.post(command_body(name, args, user, self.fake.response_url()), FORM, **signing)

    async def event(self, event: dict, event_id: str | None = None, retry: int | None = None) -> int:
        """Deliver an Events API event (with ``X-Slack-Retry-Num`` when it is a retry)."""
        body = json_body(event_payload(event, event_id))
        headers = signed_headers(body, "application/json")
        if retry is not None:
            headers["X-Slack-Retry-Num"] = str(retry)
        async with self.http.post(self.url, data=body.encode(), headers=headers) as response:
            return response.status

    async def click(self, button: dict[str, Any], block_id: str, user: str = "UDELEGATE",
                    channel: str = "C0PLENARY") -> tuple[int, float]:
        """Click a button the bot sent (in the actions block ``block_id``); the status and how long the ack took."""
        return await self.post(button_click(button, block_id, user, self.fake.response_url("click"), channel), FORM)

    async def answer(self, text: str, user: str = "UDELEGATE") -> dict[str, Any]:
        """Type a command and return its reply: in the acknowledgement itself, or posted to the response URL."""
        before = len(self.fake.called("response_url"))
        status, _ = await self.command(text, user)
        assert status == 200
        if self.acked and self.acked.get("blocks"):
            return self.acked
        return (await self.fake.wait_for("response_url", before + 1))[before]


@contextlib.asynccontextmanager
async def harness(config: SlackConfig = CONFIG, registry: Registry = REGISTRY,
                  env: dict[str, str] | None = None, store: Store | None = None,
                  meeting: Meeting | None = None) -> AsyncIterator[Harness]:
    """A running Slack service against a fake Slack, on the bundled meeting (or ``meeting``) at 24 Aug 2020,
    11:05 Geneva.

    The core keeps its state in ``store`` (default: a fresh in-memory one).
    """
    fake = FakeSlack()
    await fake.start()
    fake.add_user("UDELEGATE", "Kim", "Asia/Seoul")
    fake.add_user("UCHAIR", "Arkadiy", "Europe/Zurich")
    fake.add_user("UGROUPCHAIR", "Heung", "Asia/Seoul")
    fake.add_user("UFRENCH", "Claire", "Europe/Paris", "fr-FR")
    fake.groups["SCHAIRS"] = ["UGROUPCHAIR"]
    core = MeetingBot(meeting or load_meeting(BUNDLED_MEETING), FakeClock(MEETING_DAY), store=store,
                      registry=registry)
    variables = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": fake.api_url}
    service = SlackService(core, config, {**variables, **(env or {})}, port=0, host="127.0.0.1")
    core.notifier = service.notifier
    await service.start()
    try:
        async with aiohttp.ClientSession() as http:
            yield Harness(fake, service, core, http)
    finally:
        await service.stop()
        await fake.stop()


def run(scenario: Callable[[Harness], Awaitable[None]], **options: Any) -> None:
    """Run one scenario against a fresh harness."""
    async def go() -> None:
        async with harness(**options) as h:
            await asyncio.wait_for(scenario(h), timeout=30)
    asyncio.run(go())


def header(posted: dict[str, Any]) -> str:
    """The header text of posted blocks."""
    return posted["blocks"][0]["text"]["text"]


