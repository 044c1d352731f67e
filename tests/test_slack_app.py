"""The Slack adapter in process: signed requests to the real Bolt app over aiohttp, the Web API served by a fake."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.config import BUNDLED_MEETING
from bot.core import MeetingBot
from bot.loader import load_meeting
from bot.registry import REGISTRY, Registry
from bot.reply import Reply, Visibility
from bot.request import Asker, Request
from asked_back_support import AMBIGUOUS, BREAK_ANSWER, CORNER_ANSWER, coffee_meeting
from fakes.slack_harness import FORM, MEETING_DAY, Harness, header, run
from fakes.slack_api import APP_TOKEN
from fakes.slack_requests import button_click, click_payload, direct_message, event_payload, home_opened, mention


def core_title(text: str, user: str, chair: bool, tz: str, name: str) -> str:
    """What a fresh core answers, for comparison."""
    core = MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(MEETING_DAY))
    return core.handle(Request(text, Asker(user, name, chair, tz), None, "slack")).title


COMMANDS = [(c.name, c.chair_only) for c in REGISTRY.all()]


@pytest.mark.parametrize("name, chair_only", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_answers_ephemerally_with_the_cores_reply(name, chair_only):
    user, tz, asker_name = ("UCHAIR", "Europe/Zurich", "Arkadiy") if chair_only else ("UDELEGATE", "Asia/Seoul", "Kim")
    text = {"item": "/item 3h", "session": "/session start Plenary", "floor": "/floor Korea"}.get(name, f"/{name}")

    async def scenario(h: Harness) -> None:
        posted = await h.answer(text, user)
        assert posted["response_type"] == "ephemeral"
        assert header(posted) == core_title(text, user, chair_only, tz, asker_name)
        assert header(posted) != "Chairs only"
        assert posted["text"].startswith(posted["blocks"][0]["text"]["text"][:20].replace("&", "&amp;"))
    run(scenario)


def test_ack_comes_at_once_even_when_the_core_is_slow():
    async def scenario(h: Harness) -> None:
        handle = h.core.handle
        h.core.handle = lambda request: (time.sleep(1.5), handle(request))[1]  # type: ignore[method-assign]
        results = await asyncio.gather(*(h.command("/deadlines") for _ in range(20)))
        assert all(status == 200 for status, _ in results)
        assert max(elapsed for _, elapsed in results) < 1.0
        assert h.fake.called("response_url") == []  # the work comes after the ack
        await h.fake.wait_for("response_url", 20)
    run(scenario)


def test_a_known_asker_is_answered_in_the_ack_itself():
    async def scenario(h: Harness) -> None:
        await h.answer("/deadlines", "UDELEGATE")  # first contact: ack, then the response URL
        posts = len(h.fake.called("response_url"))
        status, elapsed = await h.command("/agenda 3h", "UDELEGATE")
        assert status == 200 and elapsed < 1.0
        assert h.acked is not None and h.acked["response_type"] == "ephemeral"
        assert header(h.acked).startswith("Agenda item 3 h)")
        await asyncio.sleep(0.2)
        assert len(h.fake.called("response_url")) == posts  # one HTTP answer, no second post
    run(scenario)


def test_a_chair_listed_by_id_is_answered_in_the_ack_from_the_second_request_on():
    """No delegate has asked anything yet, so the chair groups were never looked up."""
    async def scenario(h: Harness) -> None:
        await h.answer("/deadlines", "UCHAIR")  # first contact: ack, then the response URL
        posts = len(h.fake.called("response_url"))
        status, _ = await h.command("/agenda 3h", "UCHAIR")
        assert status == 200
        assert h.acked is not None and header(h.acked).startswith("Agenda item 3 h)")  # the reply is in the ack
        assert len(h.fake.called("response_url")) == posts
    run(scenario)


def test_a_burst_of_the_same_command_shares_one_answer_yet_each_asker_gets_their_own_language_and_item():
    """Hundreds type /now at once: the answer is rendered once, but never served to the wrong reader."""
    async def scenario(h: Harness) -> None:
        for user in ("UDELEGATE", "UFRENCH", "UCHAIR"):
            await h.answer("/deadlines", user)  # first contact: now every one is known
        await h.answer("/session start Plenary", "UCHAIR")
        await h.answer("/item 3h", "UCHAIR")
        rendered_before = h.service.face._ack_bodies.rendered_count if h.service.face else 0
        english = [await h.answer("/now", "UDELEGATE") for _ in range(20)]
        french = await h.answer("/now", "UFRENCH")
        assert all(ack == english[0] for ack in english)
        assert header(english[0]) != header(french)
        assert "3 h)" in str(english[0]["blocks"]) and "Maintenant" in header(french)
        assert h.service.face is not None and h.service.face._ack_bodies.rendered_count == rendered_before + 2
        await h.answer("/next", "UCHAIR")  # the clock has not moved
        after = await h.answer("/now", "UDELEGATE")
        assert "Under discussion: 3 h)" in str(english[0]["blocks"])
        assert "Under discussion: 3 i)" in str(after["blocks"])
    run(scenario)


def test_a_known_asker_still_gets_the_ack_in_time_when_the_core_is_held_up():
    async def scenario(h: Harness) -> None:
        await h.answer("/deadlines", "UDELEGATE")
        handle = h.core.handle
        h.core.handle = lambda request: (time.sleep(2.5), handle(request))[1]  # type: ignore[method-assign]
        posts = len(h.fake.called("response_url"))
        status, elapsed = await h.command("/timezone", "UDELEGATE")  # it may write: run in a thread
        assert status == 200 and elapsed < 2.0
        assert not (h.acked and h.acked.get("blocks"))
        answer = (await h.fake.wait_for("response_url", posts + 1, timeout=10))[posts]
        assert header(answer) == "Your time zone"
    run(scenario)


def test_users_info_is_cached_and_gives_zone_and_language():
    async def scenario(h: Harness) -> None:
        await h.answer("/deadlines all", "UFRENCH")
        posted = await h.answer("/deadlines all", "UFRENCH")
        assert len([c for c in h.fake.called("users.info") if c["user"] == "UFRENCH"]) == 1
        assert h.fake.called("users.info")[0]["include_locale"] in (True, "true", "1", 1)
        assert "juil." in str(posted["blocks"])  # 24 Jul 2020 written in French
    run(scenario)


def test_a_chair_announces_an_item_post_topic_and_app_home():
    async def scenario(h: Harness) -> None:
        assert await h.event(home_opened("UDELEGATE")) == 200
        await h.fake.wait_for("views.publish")
        posted = await h.answer("/item 3h", "UCHAIR")
        assert header(posted) == "Item changed" and posted["response_type"] == "ephemeral"
        message = (await h.fake.wait_for("chat.postMessage"))[0]
        assert message["channel"] == "C0PLENARY"
        assert header(message).startswith("Now under discussion: 3 h)")
        assert "<!date^" in str(message["blocks"]) and "<!here>" not in str(message)
        topic = (await h.fake.wait_for("conversations.setTopic"))[0]
        assert topic == {"channel": "C0PLENARY", "topic": "Now: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1"}
        views = await h.fake.wait_for("views.publish", 2)
        assert views[1]["user_id"] == "UDELEGATE" and "3 h) Collaboration with IEC" in str(views[1]["view"])
        assert "3 h)" not in str(views[0]["view"])
    run(scenario)


def test_a_member_of_a_chair_group_is_a_chair():
    async def scenario(h: Harness) -> None:
        posted = await h.answer("/next", "UGROUPCHAIR")
        assert header(posted) == "Item changed"
        assert h.fake.called("usergroups.users.list")[0]["usergroup"] == "SCHAIRS"
    run(scenario)


def test_a_non_chair_is_refused_and_nothing_changes():
    async def scenario(h: Harness) -> None:
        posted = await h.answer("/item 3h", "UDELEGATE")
        assert header(posted) == "Chairs only" and posted["response_type"] == "ephemeral"
        await asyncio.sleep(0.3)
        assert h.fake.called("chat.postMessage") == [] and h.fake.called("conversations.setTopic") == []
        now = await h.answer("/now", "UDELEGATE")
        assert "3 h)" not in str(now["blocks"])
    run(scenario)


@pytest.mark.parametrize("signing", [{"secret": "f" * 32}, {"timestamp": int(time.time()) - 600}],
                         ids=["bad signature", "stale timestamp"])
def test_unsigned_or_stale_requests_get_401_and_do_nothing(signing):
    async def scenario(h: Harness) -> None:
        calls_before = len(h.fake.calls)
        status, _ = await h.command("/item 3h", "UCHAIR", **signing)
        assert status == 401
        await asyncio.sleep(0.3)
        assert len(h.fake.calls) == calls_before
        assert "3 h)" not in str((await h.answer("/now"))["blocks"])
    run(scenario)


def test_a_retried_event_is_answered_once():
    async def scenario(h: Harness) -> None:
        event = mention("deadlines", "UDELEGATE")
        assert await h.event(event, "Ev-same") == 200
        assert await h.event(event, "Ev-same", retry=1) == 200
        await h.fake.wait_for("chat.postEphemeral")
        await asyncio.sleep(0.3)
        assert len(h.fake.called("chat.postEphemeral")) == 1
    run(scenario)


def test_a_mention_is_answered_ephemerally_and_a_direct_message_in_the_dm():
    async def scenario(h: Harness) -> None:
        await h.event(mention("/agenda 3h", "UDELEGATE"))
        ephemeral = (await h.fake.wait_for("chat.postEphemeral"))[0]
        assert ephemeral["channel"] == "C0PLENARY" and ephemeral["user"] == "UDELEGATE"
        assert header(ephemeral) == core_title("/agenda 3h", "UDELEGATE", False, "Asia/Seoul", "Kim")
        await h.event(direct_message("agenda 3h", "UDELEGATE"))
        message = (await h.fake.wait_for("chat.postMessage"))[0]
        assert message["channel"] == "D0DM" and header(message) == header(ephemeral)
    run(scenario)


def test_the_bots_own_messages_and_edits_are_ignored():
    async def scenario(h: Harness) -> None:
        await h.event({**direct_message("agenda", "UDELEGATE"), "subtype": "message_changed"})
        await h.event({**direct_message("agenda", "UBOT"), "bot_id": "BBOT"})
        await asyncio.sleep(0.4)
        assert h.fake.called("chat.postMessage") == []
    run(scenario)


def test_giving_the_floor_confirms_to_the_chair_and_announces_in_the_session_channel():
    async def scenario(h: Harness) -> None:
        await h.answer("/session start Plenary", "UCHAIR")
        await h.answer("/floor Korea", "UDELEGATE")
        posted = await h.answer("/floor next", "UCHAIR")
        assert posted["response_type"] == "ephemeral" and header(posted) == "Floor given"
        announced = (await h.fake.wait_for("chat.postMessage", 2))[1]
        assert announced["channel"] == "C0PLENARY" and header(announced) == "The floor goes to Kim (Korea)"
    run(scenario)


HOSTILE = "<!channel> <@U123> & <script>"


def test_hostile_text_is_echoed_harmlessly():
    async def scenario(h: Harness) -> None:
        await h.answer("/session start Plenary", "UCHAIR")
        refused = await h.answer(f"/floor {HOSTILE}", "UDELEGATE")  # a mention is no entity: refused, not echoed
        await h.answer("/floor ACME & <script>", "UDELEGATE")
        confirmed = await h.answer("/floor next", "UCHAIR")
        announced = (await h.fake.wait_for("chat.postMessage", 2))[1]
        await h.event(mention(f"agenda {HOSTILE}", "UDELEGATE"))
        ephemeral = (await h.fake.wait_for("chat.postEphemeral"))[0]
        for sent in (refused, confirmed, announced, ephemeral):
            mrkdwn = str(sent["blocks"][1:]) + sent["text"]
            for bad in ("<!channel>", "<@U123>", "<script>"):
                assert bad not in mrkdwn
            assert not any(marker in header(sent) for marker in ("<!", "<@", "<#"))
        assert "An entity cannot hold a mention" in str(refused["blocks"])
        assert "ACME &amp; &lt;script&gt;" in str(confirmed["blocks"])
        assert "ACME &amp; &lt;script&gt;" in announced["text"]
    run(scenario)


def test_a_429_is_waited_out():
    async def scenario(h: Harness) -> None:
        h.fake.fail("chat.postMessage", 429, retry_after=1)
        await h.answer("/item 3h", "UCHAIR")
        first, second = (await h.fake.wait_for("chat.postMessage", 2, timeout=10))[:2]
        assert first == second
        times = [c.at for c in h.fake.calls if c.method == "chat.postMessage"]
        assert times[1] - times[0] >= 1.0
        await h.fake.wait_for("conversations.setTopic")
    run(scenario)


def test_calendar_uploads_the_ics_to_the_askers_dm():
    async def scenario(h: Harness) -> None:
        posted = await h.answer("/calendar", "UDELEGATE")
        assert h.fake.called("conversations.open")[0]["users"] == "UDELEGATE"
        upload = h.fake.called("upload")[0]
        assert upload["content"].startswith(b"BEGIN:VCALENDAR")
        complete = h.fake.called("files.completeUploadExternal")[0]
        assert complete["channel_id"] == "DDELEGATE"
        assert "direct messages" in str(posted["blocks"][-1])
    run(scenario)


def test_a_registry_command_without_a_listener_cannot_exist():
    registry = Registry()

    @registry.command("ping", "/ping")
    def ping(ctx: Any, args: str) -> Reply:
        """Answer pong."""
        return Reply(title="pong", visibility=Visibility.PUBLIC)

    async def scenario(h: Harness) -> None:
        posted = await h.answer("/ping", "UDELEGATE")
        assert header(posted) == "pong" and posted["response_type"] == "in_channel"
    run(scenario, registry=registry)




COFFEE = coffee_meeting(load_meeting(BUNDLED_MEETING))


async def asked_back(h: Harness, user: str = "UDELEGATE") -> tuple[dict[str, Any], dict[str, Any]]:
    """Mention the bot with the unclear question; the ephemeral reply and its actions block."""
    before = len(h.fake.called("chat.postEphemeral"))
    assert await h.event(mention(AMBIGUOUS, user)) == 200
    asked = (await h.fake.wait_for("chat.postEphemeral", before + 1))[before]
    return asked, next(block for block in asked["blocks"] if block["type"] == "actions")


async def clicked(h: Harness, button: dict[str, Any], block_id: str, user: str = "UDELEGATE") -> dict[str, Any]:
    """Click a button; what the bot posted to the click's response URL."""
    before = len(h.fake.called("response_url"))
    status, elapsed = await h.click(button, block_id, user)
    assert status == 200 and elapsed < 1.0  # acknowledged at once; the answer comes after
    return (await h.fake.wait_for("response_url", before + 1))[before]


def by_label(actions: dict[str, Any], words: str) -> dict[str, Any]:
    """The button whose text holds ``words``."""
    return next(button for button in actions["elements"] if words in button["text"]["text"])


def test_an_unclear_question_gets_buttons_and_a_click_answers_the_reading_chosen_to_the_clicker_alone():
    async def scenario(h: Harness) -> None:
        asked, actions = await asked_back(h)
        assert asked["user"] == "UDELEGATE" and header(asked) == "Which do you mean?"
        assert [b["value"] for b in actions["elements"]] == ["1", "2"]
        assert "1. " in asked["text"] and "2. " in asked["text"]  # the numbers, for notifications and typing
        corner = by_label(actions, "coffee corner")
        answered = await clicked(h, corner, actions["block_id"])
        assert answered["response_type"] == "ephemeral" and answered["replace_original"] is False
        assert CORNER_ANSWER in answered["text"] and BREAK_ANSWER not in str(answered)
        coffee_break = await clicked(h, by_label(actions, "coffee break"), actions["block_id"])
        assert BREAK_ANSWER in coffee_break["text"]  # the readings stay offered: the other one answers too
        assert h.fake.called("chat.postMessage") == []  # nothing in the channel
    run(scenario, meeting=COFFEE)


def test_a_click_is_answered_like_the_number_typed():
    async def scenario(h: Harness) -> None:
        _, actions = await asked_back(h)
        corner = by_label(actions, "coffee corner")
        clicked_answer = await clicked(h, corner, actions["block_id"])
        await h.event(mention(corner["value"], "UDELEGATE"))
        typed = (await h.fake.wait_for("chat.postEphemeral", 2))[1]
        assert clicked_answer["blocks"] == typed["blocks"]
    run(scenario, meeting=COFFEE)


def test_a_click_by_another_member_or_after_ten_minutes_gets_the_polite_message_and_chooses_nothing():
    async def scenario(h: Harness) -> None:
        _, actions = await asked_back(h)
        corner = by_label(actions, "coffee corner")
        stranger = await clicked(h, corner, actions["block_id"], user="UCHAIR")
        assert "Reply with a number only after a question I asked back" in stranger["text"]
        assert CORNER_ANSWER not in str(stranger) and stranger["response_type"] == "ephemeral"
        assert CORNER_ANSWER in (await clicked(h, corner, actions["block_id"]))["text"]  # still the asker's
        h.core.clock.advance(dt.timedelta(minutes=11))  # type: ignore[attr-defined]
        late = await clicked(h, corner, actions["block_id"])
        assert "Reply with a number only after" in late["text"] and CORNER_ANSWER not in str(late)
    run(scenario, meeting=COFFEE)


def test_a_click_on_readings_a_newer_question_replaced_answers_nothing_it_did_not_offer():
    async def scenario(h: Harness) -> None:
        _, actions = await asked_back(h)
        await h.event(mention("when does the registration close?", "UDELEGATE"))
        await h.fake.wait_for("chat.postEphemeral", 2)
        late = await clicked(h, by_label(actions, "coffee corner"), actions["block_id"])
        assert "Reply with a number only after" in late["text"] and CORNER_ANSWER not in str(late)
    run(scenario, meeting=COFFEE)


def test_a_hostile_reading_is_shown_as_text_and_still_chosen():
    async def scenario(h: Harness) -> None:
        asked, actions = await asked_back(h)
        texts = [button["text"] for button in actions["elements"]]
        assert all(text["type"] == "plain_text" for text in texts)
        for bad in ("<!channel>", "<@U0BOSS>", "<https://evil"):
            assert bad not in str(texts) and bad not in asked["text"]
        assert "@here" not in str(texts) + asked["text"]  # disarmed by an invisible joiner
        assert "&lt;!channel&gt;" in asked["text"]
        answered = await clicked(h, by_label(actions, "coffee corner"), actions["block_id"])
        assert CORNER_ANSWER in answered["text"]
    run(scenario, meeting=coffee_meeting(load_meeting(BUNDLED_MEETING), hostile=True))


def test_a_forged_click_gets_401_and_answers_nothing():
    async def scenario(h: Harness) -> None:
        _, actions = await asked_back(h)
        body = button_click(by_label(actions, "coffee corner"), actions["block_id"], "UDELEGATE",
                            h.fake.response_url("click"))
        status, _ = await h.post(body, FORM, secret="f" * 32)
        assert status == 401
        await asyncio.sleep(0.3)
        assert h.fake.called("response_url") == []
    run(scenario, meeting=COFFEE)


def test_in_socket_mode_a_click_is_acknowledged_and_answered_too():
    async def scenario(h: Harness) -> None:
        while not h.fake.socket_connected:
            await asyncio.sleep(0.01)
        await h.fake.socket_send("events_api", event_payload(mention(AMBIGUOUS, "UDELEGATE")))
        [asked] = await h.fake.wait_for("chat.postEphemeral")
        actions = next(block for block in asked["blocks"] if block["type"] == "actions")
        corner = by_label(actions, "coffee corner")
        payload = click_payload(corner, actions["block_id"], "UDELEGATE", h.fake.response_url("click"))
        envelope = await h.fake.socket_send("interactive", payload)
        [answered] = await h.fake.wait_for("response_url")
        assert CORNER_ANSWER in answered["text"] and answered["response_type"] == "ephemeral"
        assert envelope in [ack.get("envelope_id") for ack in h.fake.socket_acks]
    run(scenario, meeting=COFFEE, env={"SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": ""})
