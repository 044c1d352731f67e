"""/healthz, /readyz and /metrics as a load balancer and Prometheus see them (adapters/health.py)."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient, TestServer
from aiohttp import web

from adapters.health import Health
from bot.request import Asker, Request


class Platform:
    """A platform that is connected or not."""

    def __init__(self, name: str, up: bool) -> None:
        self.name, self.up = name, up

    def connected(self) -> bool:
        return self.up


class Store:
    """A store whose server answers or not (only ``available`` and ``transaction`` are read here)."""

    def __init__(self, inner, up: bool = True) -> None:
        self.inner, self.up = inner, up

    def available(self) -> bool:
        return self.up

    def __getattr__(self, name):
        return getattr(self.inner, name)


def fetch(health: Health, path: str) -> tuple[int, str, str]:
    async def go():
        application = web.Application()
        application.add_routes(health.routes())
        async with TestClient(TestServer(application)) as client:
            response = await client.get(path)
            return response.status, await response.text(), response.headers.get("Content-Type", "")
    return asyncio.run(go())


def test_ready_when_the_store_answers_and_every_platform_is_connected(bot):
    health = Health(bot, [Platform("Slack", True), Platform("discord", True)])
    assert fetch(health, "/readyz")[:1] == (200,)
    assert fetch(health, "/healthz")[0] == 200


def test_not_ready_says_what_is_not(bot):
    bot.store = Store(bot.store, up=False)
    health = Health(bot, [Platform("Slack", True), Platform("discord", False)])
    status, body, _ = fetch(health, "/readyz")
    assert status == 503 and "store" in body and "discord" in body and "Slack" not in body
    assert fetch(health, "/healthz")[0] == 200  # alive all the same


def test_metrics_count_requests_by_command_and_platform_in_the_prometheus_format(bot):
    health = Health(bot, [], leading=lambda: True)
    health.instrument()
    for text in ["/now", "/now", "/agenda 3h", "is there interpretation?", "/nonsense"]:
        bot.handle(Request(text, Asker(id="kim", name="Kim"), platform="slack"))
    status, body, content_type = fetch(health, "/metrics")
    assert status == 200 and content_type.startswith("text/plain")
    assert 'meetingbot_requests_total{command="now",platform="slack"} 2.0' in body
    assert 'meetingbot_requests_total{command="agenda",platform="slack"} 1.0' in body
    assert 'meetingbot_requests_total{command="question",platform="slack"} 1.0' in body
    assert 'meetingbot_requests_total{command="unknown",platform="slack"} 1.0' in body
    assert 'meetingbot_answer_seconds_count{platform="slack"} 5.0' in body
    assert 'meetingbot_reminders{state="posted"} 0.0' in body
    assert "meetingbot_discord_leader 1.0" in body and "meetingbot_store_available 1.0" in body


def test_without_slack_over_http_the_live_pages_own_server_carries_the_three_paths(bot):
    from adapters.web.service import WebService

    carried, alone = WebService([bot], listen=False), WebService([bot], listen=True)
    assert not carried.serves_http and alone.serves_http  # serve() adds the paths to the one that listens
    alone.extra_routes.append(Health(bot, [alone]).add_to)
    paths = {route.resource.canonical for route in alone.app().router.routes() if route.resource is not None}
    assert {"/healthz", "/readyz", "/metrics"} <= paths
