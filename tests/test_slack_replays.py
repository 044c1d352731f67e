"""A signed Slack request sent again is answered as the first time and changes nothing: in the same bot, in a
second bot on the same database file, and in the real ``meetingbot run`` after a restart."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, AsyncIterator

import pytest

from bot.sqlite_store import SqliteStore
from fakes.slack_api import FakeSlack, ThreadedFakeSlack
from fakes.slack_harness import FORM, Harness, harness, header, run
from fakes.slack_requests import command_body, event_payload, json_body, mention, signed_headers
from test_slack_e2e import start_bot


class Signed:
    """One request as Slack sent it: the same bytes and headers every time it is sent."""

    def __init__(self, body: str, content_type: str = FORM) -> None:
        self.body = body
        self.headers = signed_headers(body, content_type)

    async def to(self, h: Harness) -> tuple[int, str]:
        """Send it to a running bot: the status and the answer's body."""
        async with h.http.post(h.url, data=self.body.encode(), headers=self.headers) as response:
            return response.status, await response.text()


def command(h: Harness, text: str, user: str = "UCHAIR") -> Signed:
    """A slash command as Slack would sign it now."""
    name, _, args = text.partition(" ")
    return Signed(command_body(name, args, user, h.fake.response_url()))


async def discussing_3h(h: Harness) -> None:
    """Plenary open on item 3 h); the chair is known, so their commands are answered in the ack."""
    await h.answer("/deadlines", "UDELEGATE")  # a delegate's question fetches the chair groups' members
    await h.answer("/session start Plenary", "UCHAIR")
    await h.answer("/item 3h", "UCHAIR")


def announced(h: Harness, ref: str) -> int:
    """How many times the session channel heard that ``ref`` is now under discussion."""
    return sum(1 for call in h.fake.called("chat.postMessage")
               if call["channel"] == "C0PLENARY" and header(call).startswith(f"Now under discussion: {ref}"))


async def under_discussion(h: Harness) -> str:
    """What /now says is under discussion."""
    return str((await h.answer("/now", "UDELEGATE"))["blocks"])


def test_a_chair_command_sent_again_is_answered_as_the_first_time_and_moves_nothing():
    async def scenario(h: Harness) -> None:
        await discussing_3h(h)
        nxt = command(h, "/next")
        first = await nxt.to(h)
        assert first[0] == 200 and header(json.loads(first[1])) == "Item changed"
        copies = [await nxt.to(h) for _ in range(4)]
        assert copies == [first] * 4
        assert "Under discussion: 3 i)" in await under_discussion(h)
        await h.fake.wait_for("chat.postMessage", 3)
        await asyncio.sleep(0.2)
        assert announced(h, "3 i)") == 1 and announced(h, "3 j)") == 0
    run(scenario)


def test_copies_sent_at_once_act_once_and_each_gets_the_first_answer():
    async def scenario(h: Harness) -> None:
        await discussing_3h(h)
        h.service.replays.wait = 30.0  # a copy waits for the first answer; never an empty ack on a slow machine
        nxt = command(h, "/next")
        answers = await asyncio.gather(*(nxt.to(h) for _ in range(10)))
        assert len(set(answers)) == 1 and header(json.loads(answers[0][1])) == "Item changed"
        assert "Under discussion: 3 i)" in await under_discussion(h)
    run(scenario)


def test_two_commands_typed_one_after_the_other_both_act():
    async def scenario(h: Harness) -> None:
        await discussing_3h(h)
        assert (await command(h, "/next").to(h))[0] == 200
        assert (await command(h, "/next").to(h))[0] == 200  # typed again: a new request, not a copy
        assert "Under discussion: 3 j)" in await under_discussion(h)
    run(scenario)


def test_a_copy_of_a_read_only_command_is_answered_again_from_the_current_state():
    """Read-only commands change nothing, so their copies are not looked up (no write on the hot path)."""
    async def scenario(h: Harness) -> None:
        await discussing_3h(h)
        now = command(h, "/now", "UDELEGATE")
        assert "3 h)" in (await now.to(h))[1]
        await command(h, "/next").to(h)
        assert "3 i)" in (await now.to(h))[1]
    run(scenario)


@contextlib.asynccontextmanager
async def two_bots(path: Path) -> AsyncIterator[tuple[Harness, Harness]]:
    """Two bots, each with its own connection to the same SQLite file (as two processes would be)."""
    first_store, second_store = SqliteStore(path), SqliteStore(path)
    try:
        async with harness(store=first_store) as first, harness(store=second_store) as second:
            yield first, second
    finally:
        first_store.close()
        second_store.close()


def slack_calls(fake: FakeSlack) -> list[str]:
    """The Web API methods a bot called, but the token check at start."""
    return [call.method for call in fake.calls if call.method != "auth.test"]


def test_a_copy_reaching_a_second_bot_on_the_same_database_gets_the_first_answer_and_changes_nothing(tmp_path):
    async def scenario() -> None:
        async with two_bots(tmp_path / "meetingbot.db") as (first, second):
            await discussing_3h(first)
            nxt = command(first, "/next")
            answer = await nxt.to(first)
            assert header(json.loads(answer[1])) == "Item changed"
            assert await nxt.to(second) == answer
            await first.fake.wait_for("chat.postMessage", 3)
            await asyncio.sleep(0.2)
            assert slack_calls(second.fake) == []  # the second bot did nothing: no users.info, no announcement
            assert announced(first, "3 i)") == 1
            assert "Under discussion: 3 i)" in await under_discussion(second)
    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_a_copy_of_a_mention_reaching_a_second_bot_is_not_answered_again(tmp_path):
    async def scenario() -> None:
        async with two_bots(tmp_path / "meetingbot.db") as (first, second):
            asked = Signed(json_body(event_payload(mention("deadlines", "UDELEGATE"))), "application/json")
            assert (await asked.to(first))[0] == 200
            await first.fake.wait_for("chat.postEphemeral")
            assert (await asked.to(second))[0] == 200
            await asyncio.sleep(0.3)
            assert slack_calls(second.fake) == []
    asyncio.run(asyncio.wait_for(scenario(), 60))


def test_slacks_retry_of_an_event_reaching_a_second_bot_is_not_answered_again(tmp_path, caplog):
    """Slack signs a retry anew (X-Slack-Retry-Num): it is the same event_id that says it was answered."""
    caplog.set_level(logging.INFO, logger="adapters.slack.app")

    async def scenario() -> None:
        async with two_bots(tmp_path / "meetingbot.db") as (first, second):
            body = json_body(event_payload(mention("deadlines", "UDELEGATE"), "Ev-retried"))
            assert (await Signed(body, "application/json").to(first))[0] == 200
            await first.fake.wait_for("chat.postEphemeral")
            retry = Signed(body, "application/json")
            retry.headers = {**signed_headers(body, "application/json", timestamp=int(time.time()) - 1),
                             "X-Slack-Retry-Num": "1"}  # signed anew: not a copy of the first request
            assert (await retry.to(second))[0] == 200
            while "event Ev-retried was already answered" not in caplog.text and not slack_calls(second.fake):
                await asyncio.sleep(0.01)
            assert slack_calls(second.fake) == []  # not even users.info
            assert await second.event(mention("agenda 3h", "UDELEGATE"), "Ev-new") == 200  # a new event is answered
            assert header((await second.fake.wait_for("chat.postEphemeral"))[0]).startswith("Agenda item 3 h)")
    asyncio.run(asyncio.wait_for(scenario(), 60))


@pytest.fixture
def fake() -> Any:
    threaded = ThreadedFakeSlack()
    with threaded as slack:
        slack.add_user("UDELEGATE", "Kim", "Asia/Seoul")
        slack.add_user("UCHAIR", "Arkadiy", "Europe/Zurich")
        yield threaded, slack


def post(port: int, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    """A POST to a running ``meetingbot run``: status and body."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, headers=headers,
                                     method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def stop_and_read(bot: Any) -> str:
    """Stop the process as Ctrl-C would; what it wrote to stderr."""
    bot.process.send_signal(signal.SIGINT)
    try:
        return bot.process.communicate(timeout=10)[1]
    except subprocess.TimeoutExpired:
        bot.process.kill()
        return bot.process.communicate()[1]


def plenary_posts(slack: FakeSlack) -> list[dict[str, Any]]:
    return [call for call in slack.called("chat.postMessage") if call["channel"] == "C0PLENARY"]


def test_the_real_bot_after_a_restart_answers_a_copy_as_the_first_time_and_logs_no_traceback(tmp_path, fake):
    threaded, slack = fake
    bot = start_bot(tmp_path, {}, threaded, slack)
    try:
        for text in ("/session start Plenary", "/item 3h"):
            assert bot.command(text, "UCHAIR")[0] == 200
        bot.posts_to("C0PLENARY", 2)  # both done: the chair is known, /next is answered in the ack
        body = command_body("/next", "", "UCHAIR", slack.response_url()).encode()
        headers = signed_headers(body.decode(), FORM)
        status, first = post(bot.port, body, headers)
        assert status == 200 and header(json.loads(first)) == "Item changed"
        bot.posts_to("C0PLENARY", 3)
    finally:
        assert "Traceback" not in stop_and_read(bot)
    restarted = start_bot(tmp_path, {}, threaded, slack)
    try:
        assert post(restarted.port, body, headers) == (200, first)
        assert post(restarted.port, b"{", {"Content-Type": "application/json"})[0] == 401
        assert post(restarted.port, b"a=b", {"Content-Type": FORM, "X-Slack-Request-Timestamp": "1e9",
                                             "X-Slack-Signature": "v0=" + "0" * 64})[0] == 401
        asked = len(slack.called("response_url"))
        assert restarted.command("/now", "UDELEGATE")[0] == 200  # first contact: answered at the response URL
        now = restarted.wait_for("response_url", asked + 1)[asked]
        assert "Under discussion: 3 i)" in str(now["blocks"])
        assert len(plenary_posts(slack)) == 3  # the copy announced nothing
    finally:
        err = stop_and_read(restarted)
    assert "Traceback" not in err
    assert err.count("Slack request refused (401)") == 2, err
