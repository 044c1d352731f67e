"""The real discord.py client against the fake Discord: sync, commands, chairs, mentions, defer, 429, resume."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from typing import Any, AsyncIterator

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord.commands import command_payload
from adapters.discord.service import DiscordService
from adapters.platform import PlatformError
from bot.clock import FakeClock
from bot.config import DiscordConfig
from bot.core import MeetingBot
from bot.notifier import Announcement, Audience
from bot.registry import REGISTRY, Registry
from bot.reply import simple
from bot.store import MemoryStore
from asked_back_support import AMBIGUOUS, BREAK_ANSWER, CORNER_ANSWER, HOSTILE, coffee_meeting
from fakes.discord_fake import (APP_ID, BOT_ID, CHAIR_ID, GUILD_ID, REMINDER_CHANNEL, SESSION_CHANNEL, FakeDiscord,
                                Recorded)

CONFIG = DiscordConfig(guild_id=GUILD_ID, chair_roles=["SG17 Chair"], session_channels=[SESSION_CHANNEL],
                       reminder_channels=[REMINDER_CHANNEL])
EPHEMERAL = 64


@pytest.fixture(autouse=True)
def endpoints():
    """The service points discord.py at the fake; put the real endpoints back afterwards."""
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


def make_core(meeting, store=None, registry: Registry = REGISTRY) -> MeetingBot:
    """A core on 20 July 2020 (before the sessions), its notifier to be replaced by Discord's."""
    clock = FakeClock(dt.datetime(2020, 7, 20, 8, 0, tzinfo=dt.timezone.utc))
    return MeetingBot(meeting, clock, store=store or MemoryStore(), registry=registry)


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, core: MeetingBot, **options: Any) -> AsyncIterator[DiscordService]:
    """A started Discord service on the fake, stopped at the end."""
    options.setdefault("guild_ready_timeout", 0.05)
    service = DiscordService(core, CONFIG, fake.env(), **options)
    core.notifier = service.notifier
    await service.start()
    try:
        yield service
    finally:
        await service.stop()


def scenario(meeting, body, **options: Any) -> None:
    """Run ``body(fake, service)`` against a fresh fake and a started service."""
    async def main() -> None:
        async with FakeDiscord() as fake:
            async with running(fake, make_core(meeting), **options) as service:
                await body(fake, service)
    asyncio.run(main())


async def callback(fake: FakeDiscord, interaction_id: str) -> Recorded:
    """The callback the bot sent for one interaction."""
    found = await fake.wait_for("POST", f"/interactions/{interaction_id}/")
    return found[0]


def embed_text(body: dict[str, Any]) -> str:
    """Everything the embeds of a message say."""
    return str((body.get("data") or body).get("embeds"))


def test_login_syncs_the_command_tree_once(meeting):
    async def main() -> None:
        store = MemoryStore()
        async with FakeDiscord() as fake:
            async with running(fake, make_core(meeting, store)) as service:
                assert service.client.synced is True
            [put] = fake.sent("PUT", f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
            assert put.body == command_payload(REGISTRY, meeting)
            async with running(fake, make_core(meeting, store)) as service:
                assert service.client.synced is False
            assert len(fake.sent("PUT", "/commands")) == 1
            assert len(fake.sent("POST", "/scheduled-events")) == 2  # the second start found them in the store
    asyncio.run(main())


SAMPLES = {"agenda": {"ref": "3h"}, "rules": {"topic": "floor"}, "time": {"zone": "Asia/Seoul"},
           "timezone": {"zone": "Asia/Seoul"}, "floor": {"action": "list"}, "item": {"ref": "3h"},
           "session": {"action": "start", "name": "Plenary"}, "break": {"duration": "15m"}}


@pytest.mark.parametrize("command", REGISTRY.all(), ids=lambda c: c.name)
def test_each_command_answers_the_interaction(meeting, command):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        interaction = await fake.interact(command.name, SAMPLES.get(command.name), chair=True, user_id=CHAIR_ID)
        sent = await callback(fake, interaction)
        assert sent.body["type"] == 4 and sent.body["data"]["flags"] == EPHEMERAL
        [embed] = sent.body["data"]["embeds"]
        assert embed["title"] and "There is no command" not in str(embed)
        assert sent.body["data"]["allowed_mentions"] == {"parse": []}
        if command.name == "calendar":
            assert sent.files == [f"{meeting.id}.ics"]
    scenario(meeting, body)


def test_autocomplete_offers_agenda_entries(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        interaction = await fake.interact("item", {"ref": "3"}, chair=True, user_id=CHAIR_ID, focused="ref")
        sent = await callback(fake, interaction)
        assert sent.body["type"] == 8
        choices = sent.body["data"]["choices"]
        assert choices[0] == {"name": "3. Coordination, collaboration and cooperation", "value": "3"}
        assert {"name": "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1", "value": "3h"} in choices
    scenario(meeting, body)


def test_a_chair_announces_an_item_in_the_session_channel(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        interaction = await fake.interact("item", {"ref": "3h", "budget": "15m"}, chair=True, user_id=CHAIR_ID)
        sent = await callback(fake, interaction)
        assert sent.body["data"]["flags"] == EPHEMERAL and "Item changed" in embed_text(sent.body)
        [posted] = await fake.wait_for("POST", f"/channels/{SESSION_CHANNEL}/messages")
        assert "Now under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in embed_text(posted.body)
        assert "<t:" in embed_text(posted.body) and posted.body["allowed_mentions"] == {"parse": []}
    scenario(meeting, body)


def test_a_delegate_is_refused_and_nothing_changes(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        sent = await callback(fake, await fake.interact("item", {"ref": "3h"}))
        assert sent.body["data"]["flags"] == EPHEMERAL and "Chairs only" in embed_text(sent.body)
        now = await callback(fake, await fake.interact("now"))
        assert "3 h)" not in embed_text(now.body)
        await asyncio.sleep(0.2)
        assert fake.sent("POST", "/channels/") == []
    scenario(meeting, body)


def test_everyone_and_role_mentions_in_user_text_ping_nobody(meeting):
    injected = f"@everyone @here <@&{700000000000000010}> <@{CHAIR_ID}>"

    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        refused = await callback(fake, await fake.interact("session", {"action": "start", "name": injected}, chair=True,
                                                           user_id=CHAIR_ID))
        assert "cannot hold a mention" in embed_text(refused.body)  # a session named with a mention never opens
        await fake.say(f"<@{BOT_ID}> {injected} is there interpretation?")
        [reply] = await fake.wait_for("POST", f"/channels/{SESSION_CHANNEL}/messages")  # no announcement before it
        assert reply.body["allowed_mentions"] == {"parse": [], "replied_user": False}
        assert int(reply.body["message_reference"]["channel_id"]) == SESSION_CHANNEL
    scenario(meeting, body)


def test_a_direct_message_is_answered_as_a_question(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        await fake.say("when does the registration close?", direct=True, mention_bot=False)
        [reply] = await fake.wait_for("POST", "/channels/900000000000000021/messages")
        assert "Registration: Friday 24 July 2020" in embed_text(reply.body)
    scenario(meeting, body)


def test_a_slow_handler_defers_within_three_seconds(meeting):
    registry = Registry()

    @registry.command("slow")
    def slow(ctx, args):
        """Take a while."""
        time.sleep(0.8)
        return simple("Done slowly", "finally")

    async def main() -> None:
        async with FakeDiscord() as fake:
            async with running(fake, make_core(meeting, registry=registry), defer_after=0.2):
                started = time.monotonic()
                sent = await callback(fake, await fake.interact("slow"))
                assert sent.body == {"type": 5, "data": {"flags": EPHEMERAL}}
                assert sent.at - started < 3.0
                [followup] = await fake.wait_for("POST", "/webhooks/")
                assert "Done slowly" in embed_text(followup.body) and followup.body["flags"] == EPHEMERAL
    asyncio.run(main())


def test_a_429_is_waited_out(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        fake.limits[f"/channels/{REMINDER_CHANNEL}/messages"] = 0.3
        started = time.monotonic()
        await service.poster.post(f"discord:{REMINDER_CHANNEL}", simple("Reminder", "Registration closes"))
        first, second = fake.sent("POST", f"/channels/{REMINDER_CHANNEL}/messages")
        assert second.at - first.at >= 0.3 and time.monotonic() - started < 5
        assert "Registration closes" in embed_text(second.body)
    scenario(meeting, body)


def test_the_client_resumes_after_the_gateway_drops(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        await fake.drop()
        interaction = await fake.interact("agenda", {"ref": "3h"})  # sent while disconnected: replayed
        await fake.connected()
        assert (fake.identifies, fake.resumes) == (1, 1)
        assert "3 h)" in embed_text((await callback(fake, interaction)).body)
    scenario(meeting, body)


def test_reminders_go_to_the_reminder_channels_and_chair_alerts_to_the_chair(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        assert service.poster.channels() == [f"discord:{REMINDER_CHANNEL}"]
        with pytest.raises(ValueError):
            await service.poster.post("slack:C1", simple("x"))
        service.notifier.announce(Announcement(Audience.CHAIRS, simple("Time is up"), user_id=str(CHAIR_ID)))
        [dm] = await fake.wait_for("POST", "/users/@me/channels")
        assert dm.body == {"recipient_id": CHAIR_ID}
        await fake.wait_for("POST", "/channels/900000000000000020/messages")
        service.notifier.announce(Announcement(Audience.CHAIRS, simple("Slack chair"), user_id="U0123"))
        service.notifier.announce(Announcement(Audience.REMINDERS, simple("Registration closes")))
        [posted] = await fake.wait_for("POST", f"/channels/{REMINDER_CHANNEL}/messages")
        assert "Registration closes" in embed_text(posted.body)
        assert "Slack chair" not in str([r.body for r in fake.requests])
    scenario(meeting, body)


def test_scheduled_events_are_created_once_and_updated_in_place(meeting):
    async def main() -> None:
        store = MemoryStore()
        async with FakeDiscord() as fake:
            async with running(fake, make_core(meeting, store)):
                pass
            assert sorted(e["name"] for e in fake.events.values()) == sorted(s.title for s in meeting.sessions)
            assert {e["entity_type"] for e in fake.events.values()} == {3}
            sessions = [meeting.sessions[0].model_copy(update={"title": "Management team (moved)"}),
                        *meeting.sessions[1:]]
            changed = meeting.model_copy(update={"sessions": sessions})
            async with running(fake, make_core(changed, store)):
                pass
            assert len(fake.sent("POST", "/scheduled-events")) == 2
            [patch] = fake.sent("PATCH", "/scheduled-events/")
            assert patch.body["name"] == "Management team (moved)"
    asyncio.run(main())


@pytest.mark.parametrize("token, words", [("", "DISCORD_TOKEN is not set"), ("wrong", "refused DISCORD_TOKEN")],
                         ids=["missing", "invalid"])
def test_a_bad_token_is_one_clear_platform_error(meeting, token, words):
    async def main() -> None:
        async with FakeDiscord() as fake:
            service = DiscordService(make_core(meeting), CONFIG, fake.env(token))
            with pytest.raises(PlatformError, match=words) as raised:
                await service.start()
            assert "\n" not in str(raised.value)
    asyncio.run(main())


def test_a_french_locale_gets_french_dates(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        sent = await callback(fake, await fake.interact("deadlines", {"which": "all"}, locale="fr"))
        assert "ven. 24 juil. 2020" in embed_text(sent.body)
    scenario(meeting, body)


def test_a_burst_of_the_same_command_is_rendered_once_yet_each_reader_gets_their_language_and_the_latest_item(meeting):
    """Many members type /now at once: one rendering is shared, never across languages or past a change."""
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        await callback(fake, await fake.interact("session", {"action": "start", "name": "Plenary"}, chair=True,
                                                 user_id=CHAIR_ID))
        await callback(fake, await fake.interact("item", {"ref": "3h"}, chair=True, user_id=CHAIR_ID))
        rendered_before = service.client._rendered.rendered_count
        english = [await callback(fake, await fake.interact("now", user_id=CHAIR_ID + 100 + n)) for n in range(20)]
        french = await callback(fake, await fake.interact("now", locale="fr"))
        assert all(sent.body["data"]["embeds"] == english[0].body["data"]["embeds"] for sent in english)
        assert "Under discussion: 3 h)" in embed_text(english[0].body)
        assert english[0].body["data"]["embeds"][0]["title"] != french.body["data"]["embeds"][0]["title"]
        assert service.client._rendered.rendered_count == rendered_before + 2
        await callback(fake, await fake.interact("next", chair=True, user_id=CHAIR_ID))  # the clock has not moved
        after = await callback(fake, await fake.interact("now"))
        assert "Under discussion: 3 i)" in embed_text(after.body)
    scenario(meeting, body)


def buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The buttons of a message the bot sent (a channel message, or an interaction's answer)."""
    return [item for row in (body.get("data") or body).get("components") or [] for item in row["components"]]


def by_label(body: dict[str, Any], words: str) -> dict[str, Any]:
    """The button whose label holds ``words``."""
    return next(button for button in buttons(body) if words in button["label"])


async def asked_back(fake: FakeDiscord) -> Recorded:
    """Mention the bot with the unclear question in the session channel; the message it answered with."""
    await fake.say(f"<@{BOT_ID}> {AMBIGUOUS}")
    return (await fake.wait_for("POST", f"/channels/{SESSION_CHANNEL}/messages"))[0]


def test_an_unclear_question_gets_buttons_and_a_click_answers_the_reading_chosen_to_the_clicker_alone(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        asked = await asked_back(fake)
        assert "Which do you mean?" in embed_text(asked.body) and "1. " in embed_text(asked.body)
        assert [b["label"][:3] for b in buttons(asked.body)] == ["1. ", "2. "]
        assert all(b["custom_id"].startswith("meetingbot_choice:") for b in buttons(asked.body))
        assert asked.body["allowed_mentions"] == {"parse": [], "replied_user": False}
        sent = await callback(fake, await fake.click(asked.body, by_label(asked.body, "coffee corner")["custom_id"]))
        assert sent.body["type"] == 4 and sent.body["data"]["flags"] == EPHEMERAL
        assert CORNER_ANSWER in embed_text(sent.body) and BREAK_ANSWER not in embed_text(sent.body)
        assert sent.body["data"]["allowed_mentions"] == {"parse": []}
        other = await callback(fake, await fake.click(asked.body, by_label(asked.body, "coffee break")["custom_id"]))
        assert BREAK_ANSWER in embed_text(other.body)  # the readings stay offered: the other one answers too
        assert len(fake.sent("POST", "/channels/")) == 1  # nothing more in the channel
        assert not service.client._connection._view_store._views  # the buttons need no view kept in memory
    scenario(coffee_meeting(meeting), body)


def test_a_click_by_another_member_or_after_ten_minutes_gets_the_polite_message_and_chooses_nothing(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        asked = await asked_back(fake)
        corner = by_label(asked.body, "coffee corner")["custom_id"]
        stranger = await callback(fake, await fake.click(asked.body, corner, user_id=CHAIR_ID))
        assert stranger.body["data"]["flags"] == EPHEMERAL
        assert "Reply with a number only after a question I asked back" in embed_text(stranger.body)
        assert CORNER_ANSWER not in embed_text(stranger.body)
        assert CORNER_ANSWER in embed_text((await callback(fake, await fake.click(asked.body, corner))).body)
        service.core.clock.advance(dt.timedelta(minutes=11))
        late = await callback(fake, await fake.click(asked.body, corner))
        assert "Reply with a number only after" in embed_text(late.body) and CORNER_ANSWER not in embed_text(late.body)
    scenario(coffee_meeting(meeting), body)


def test_a_click_delivered_again_is_answered_once(meeting, caplog):
    caplog.set_level(logging.INFO, logger="adapters.discord.client")

    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        asked = await asked_back(fake)
        corner = by_label(asked.body, "coffee corner")["custom_id"]
        click = await fake.click(asked.body, corner)
        await callback(fake, click)
        await fake.click(asked.body, corner, interaction_id=click)
        while "delivered again" not in caplog.text:
            await asyncio.sleep(0.01)
        assert len(fake.sent("POST", f"/interactions/{click}/")) == 1
    scenario(coffee_meeting(meeting), body)


def test_a_hostile_reading_is_shown_as_text_and_pings_nobody(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        asked = await asked_back(fake)
        button = by_label(asked.body, "coffee corner")
        number = button["custom_id"].split(":")[1]
        assert button["label"] == f"{number}. Where is the coffee corner? {HOSTILE}"[:79] + "…"  # plain text, cut
        listed = embed_text(asked.body)
        assert "@here" not in listed and f"<@{CHAIR_ID}>" not in listed and "\\\\*bold\\\\*" in listed
        assert asked.body["allowed_mentions"] == {"parse": [], "replied_user": False}
        sent = await callback(fake, await fake.click(asked.body, by_label(asked.body, "coffee corner")["custom_id"]))
        assert CORNER_ANSWER in embed_text(sent.body)
    scenario(coffee_meeting(meeting, hostile=True), body)


def test_a_click_on_another_apps_button_is_left_alone(meeting):
    async def body(fake: FakeDiscord, service: DiscordService) -> None:
        asked = await asked_back(fake)
        await fake.click(asked.body, "approve:1")
        await fake.click(asked.body, "meetingbot_choice:0:0123456789ab")
        await asyncio.sleep(0.3)
        assert fake.sent("POST", "/interactions/") == []
    scenario(coffee_meeting(meeting), body)
