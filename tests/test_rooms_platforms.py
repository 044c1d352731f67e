"""Parallel rooms on the fake Slack and the fake Discord: two rooms' chairs move items at once, delegates in each
room's channel ask /now, and nothing crosses between meetings or rooms (announcements, topics, floor queues,
reminders). The wiring is the one ``meetingbot run`` builds from ``tests/data/deployments/three_meetings.yaml``."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import json
import time
from typing import Any, AsyncIterator

import aiohttp
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.deployment import merged_discord, merged_slack, plan
from adapters.discord.service import DiscordService
from adapters.meeting_runners import meeting_runners
from adapters.slack.service import SlackService
from bot.deployment.router import Router
from bot.notifier import FanOutNotifier
from deployment_support import SG13, three_config, three_router, three_served
from fakes.discord_fake import FakeDiscord
from fakes.slack_api import BOT_TOKEN, FakeSlack
from fakes.slack_harness import FORM, Harness, header
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers

UTC = dt.timezone.utc
WP1_ROLE, WP2_ROLE = 1311000, 1312000
ANSWERS = itertools.count()


@contextlib.asynccontextmanager
async def slack_deployment(at: dt.datetime = dt.datetime(2020, 9, 1, 1, 0, tzinfo=UTC)) -> AsyncIterator[Harness]:
    """The three meetings on one Slack workspace, wired as ``meetingbot run`` wires them."""
    fake = FakeSlack()
    await fake.start()
    for user_id, name in (("U13WP1CHAIR", "Aiko"), ("U13WP2CHAIR", "Bo"), ("UKIM", "Kim"), ("ULEE", "Lee"),
                          ("U17CHAIR", "Arkadiy")):
        fake.add_user(user_id, name, "Asia/Tokyo")
    served = three_served()
    fan_out = FanOutNotifier()
    router = three_router(at, notifier=fan_out)
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": fake.api_url}
    service = SlackService(router, merged_slack(served), env, port=0, host="127.0.0.1")  # type: ignore[arg-type]
    service.notifier.routes = plan(served)
    service.people.track_groups = True
    fan_out.notifiers.append(service.notifier)
    await service.start()
    try:
        async with aiohttp.ClientSession() as http:
            yield Harness(fake, service, router, http)  # type: ignore[arg-type]
    finally:
        await service.stop()
        await fake.stop()


async def typed(h: Harness, text: str, user: str, channel: str) -> dict[str, Any]:
    """A slash command typed in ``channel``; its reply (in the ack, or through the response URL)."""
    name, _, args = text.partition(" ")
    answer_to = h.fake.response_url(f"{user}-{channel}-{next(ANSWERS)}")
    body = command_body(name, args, user, answer_to, channel)
    async with h.http.post(h.url, data=body.encode(), headers=signed_headers(body, FORM)) as response:
        assert response.status == 200
        raw = await response.read()
    acked = json.loads(raw) if raw.strip().startswith(b"{") else None
    if acked and acked.get("blocks"):
        return acked
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the reply comes later through its own response URL
        for call in h.fake.calls:
            if call.method == "response_url" and call.name == answer_to.rsplit("/", 1)[1]:
                return call.args
        await asyncio.sleep(0.01)
    raise AssertionError(f"no answer to {text} in {channel}")


def test_on_slack_two_rooms_move_in_parallel_and_each_channel_sees_only_its_room():
    async def scenario() -> None:
        async with slack_deployment() as h:
            await asyncio.gather(typed(h, "/item 1", "U13WP1CHAIR", "C13WP1"),
                                 typed(h, "/item 2", "U13WP2CHAIR", "C13WP2"))
            await asyncio.gather(typed(h, "/next", "U13WP1CHAIR", "C13WP1"),
                                 typed(h, "/next", "U13WP2CHAIR", "C13WP2"))
            wp1, wp2 = await asyncio.gather(typed(h, "/now", "UKIM", "C13WP1"), typed(h, "/now", "ULEE", "C13WP2"))
            assert "Question 1/13 results" in str(wp1) and "5/13" not in str(wp1) and "Working Party 1/13" in header(wp1)
            assert "Closing of WP2" in str(wp2) and "1/13" not in str(wp2) and "Working Party 2/13" in header(wp2)
            posts = await h.fake.wait_for("chat.postMessage", 4)
            topics = await h.fake.wait_for("conversations.setTopic", 4)
            await asyncio.sleep(0.2)  # anything sent astray would arrive by now
            posts, topics = h.fake.called("chat.postMessage"), h.fake.called("conversations.setTopic")
            assert sorted(p["channel"] for p in posts) == ["C13WP1", "C13WP1", "C13WP2", "C13WP2"]
            for post in posts:
                assert ("WP2" in str(post) or "5/13" in str(post)) == (post["channel"] == "C13WP2")
            assert {t["channel"]: t["topic"] for t in topics if t["channel"] == "C13WP1"} == {
                "C13WP1": "Now: 2. Question 1/13 results"}
            assert {t["channel"] for t in topics} == {"C13WP1", "C13WP2"}
    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_on_slack_a_rooms_chair_is_refused_in_another_room_and_in_another_meeting():
    async def scenario() -> None:
        async with slack_deployment() as h:
            assert header(await typed(h, "/item 2", "U13WP1CHAIR", "C13WP2")) == "Chairs only"
            assert header(await typed(h, "/item 2", "U13WP1CHAIR", "C17PLEN")) == "Chairs only"
            assert header(await typed(h, "/item 2", "U17CHAIR", "C13WP1")) == "Chairs only"
            assert header(await typed(h, "/item 2", "U17CHAIR", "C17PLEN")) == "Item changed"
            posts = await h.fake.wait_for("chat.postMessage", 1)
            assert [p["channel"] for p in posts] == ["C17PLEN"]
    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_on_slack_floor_queues_stay_in_their_room():
    async def scenario() -> None:
        async with slack_deployment() as h:
            await typed(h, "/item 1", "U13WP1CHAIR", "C13WP1")
            await typed(h, "/item 1", "U13WP2CHAIR", "C13WP2")
            await typed(h, "/floor Japan", "UKIM", "C13WP1")
            assert "Japan" in str(await typed(h, "/floor list", "ULEE", "C13WP1"))
            assert "Japan" not in str(await typed(h, "/floor list", "ULEE", "C13WP2"))
    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_on_slack_a_direct_message_asks_which_meeting_then_remembers_the_choice():
    async def scenario() -> None:
        async with slack_deployment(dt.datetime(2020, 8, 20, tzinfo=UTC)) as h:
            assert header(await typed(h, "/deadlines", "UKIM", "D0KIM")) == "Which meeting do you mean?"
            await typed(h, f"/meeting use {SG13}", "UKIM", "D0KIM")
            assert "Fictional test meeting of Study Group 13" in str(await typed(h, "/meeting", "UKIM", "D0KIM"))
            assert "Tokyo" in str(await typed(h, "/meeting", "UKIM", "D0KIM"))  # its own zone beside the times
    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_each_meetings_reminders_go_to_its_own_channels_only():
    async def scenario() -> None:
        at = dt.datetime(2020, 8, 31, 4, 46, tzinfo=UTC)  # 13:46 Tokyo: SG13's opening is 14 minutes away
        async with slack_deployment(at) as h:
            router: Router = h.core  # type: ignore[assignment]
            runners = meeting_runners(router, three_served(), h.service.notifier, three_config(), None, "test",
                                      layout=plan(three_served()))
            assert [r.loop.poster.channels() for r in runners] == [["slack:C17GEN"], ["slack:C13GEN"], ["slack:C5GEN"]]
            for runner in runners:
                await runner.loop.step()
            posts = h.fake.called("chat.postMessage")
            sg13 = [p for p in posts if "Opening plenary" in str(p) and p["channel"].startswith("C")]
            assert sg13 and {p["channel"] for p in sg13} == {"C13GEN"}
            assert {p["channel"] for p in posts if p["channel"].startswith("C")} <= {"C17GEN", "C13GEN"}
            told = {p["channel"] for p in posts if "before the bot served this meeting" in str(p)}
            assert told <= {"U17CHAIR", "U13CHAIR"} and "U13CHAIR" in told  # each meeting's missed: its chairs
            for post in posts:
                if "before the bot served this meeting" in str(post):
                    assert ("Geneva" in str(post)) == (post["channel"] == "U17CHAIR"), post  # each in its own zone
            assert not any("Study Group 17" in str(p) or "Geneva" in str(p) for p in sg13)
    asyncio.run(asyncio.wait_for(scenario(), 60))


@pytest.fixture
def discord_endpoints():
    """The service points discord.py at the fake; put the real endpoints back afterwards."""
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


def test_on_discord_two_rooms_move_in_parallel_and_nothing_crosses(discord_endpoints, tmp_path):
    served = three_served()
    # The Discord chairs of the rooms by role id (the config names them; the fake's members hold ids).
    layout = plan(served)
    from bot.deployment.router import ChairRule

    layout.chairs[("discord", (SG13, "wp1"))] = ChairRule(groups=frozenset({str(WP1_ROLE)}))
    layout.chairs[("discord", (SG13, "wp2"))] = ChairRule(groups=frozenset({str(WP2_ROLE)}))

    async def main() -> None:
        async with FakeDiscord() as fake:
            fake.roles.update({WP1_ROLE: "WP1 Chair", WP2_ROLE: "WP2 Chair"})
            fan_out = FanOutNotifier()
            router = three_router(notifier=fan_out)
            router.chairs.update(layout.chairs)
            config = merged_discord(served).model_copy(update={"chair_roles": [str(WP1_ROLE), str(WP2_ROLE)]})
            service = DiscordService(router, config, fake.env(), guild_ready_timeout=0.05)  # type: ignore[arg-type]
            service.notifier.routes = layout
            fan_out.notifiers.append(service.notifier)
            await service.start()
            try:
                await fake.interact("item", {"ref": "1"}, channel_id=1311, roles=[WP1_ROLE])
                await fake.interact("item", {"ref": "2"}, channel_id=1312, roles=[WP2_ROLE])
                refused = await fake.interact("item", {"ref": "3"}, channel_id=1312, roles=[WP1_ROLE])
                posted = await fake.wait_for("POST", "/channels/", 2)
                asked = [await fake.interact("now", channel_id=channel) for channel in (1311, 1312)]
                answers = [await fake.wait_for("POST", f"/interactions/{i}/") for i in asked]
                wp1, wp2 = (str(a[0].body) for a in answers)
                assert "Opening of WP1" in wp1 and "WP2" not in wp1.replace("Working Party 2", "")
                assert "Question 5/13 results" in wp2 and "Opening of WP1" not in wp2
                refusal = await fake.wait_for("POST", f"/interactions/{refused}/")
                assert "Chairs only" in str(refusal[0].body)
                await asyncio.sleep(0.2)
                channels = sorted(r.path.split("/")[2] for r in fake.sent("POST", "/channels/") if "/messages" in r.path)
                assert channels == ["1311", "1312"]
                assert len(posted) == 2
            finally:
                await service.stop()
    asyncio.run(asyncio.wait_for(main(), 60))
