"""End to end: the real ``meetingbot run`` process on Slack, driven by signed HTTP requests or Socket Mode.

The process talks only to a fake Slack on 127.0.0.1 (``SLACK_API_URL``); tokens are fake.
The clock starts at ``--at 2020-07-24T08:59:50+02:00``, ten seconds before the 09:00
reminder that registration closes today.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

from fakes.ports import free_port
from fakes.slack_api import APP_TOKEN, BOT_TOKEN, FakeSlack, ThreadedFakeSlack
from fakes.slack_requests import SIGNING_SECRET, command_body, event_payload, home_opened, json_body, signed_headers

ROOT = Path(__file__).resolve().parent.parent
FORM = "application/x-www-form-urlencoded"
BEFORE_REMINDER = "2020-07-24T08:59:50+02:00"
CONFIG = """\
database: {db}
slack:
  chairs: ["UCHAIR"]
  session_channels: ["C0PLENARY"]
  reminder_channels: ["C0GENERAL"]
"""



class Bot:
    """A running ``meetingbot run`` process and the fake Slack it talks to."""

    def __init__(self, process: subprocess.Popen[str], fake: FakeSlack, threaded: ThreadedFakeSlack, port: int):
        self.process, self.fake, self.threaded, self.port = process, fake, threaded, port
        self.acked: dict[str, Any] | None = None  # the last acknowledgement's body, when it carried the reply

    def post(self, body: str, content_type: str, **signing: Any) -> tuple[int, float]:
        """A signed POST to ``/slack/events``: the status and how long the answer took."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/slack/events", data=body.encode(),
                                         headers=signed_headers(body, content_type, **signing), method="POST")
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                raw = response.read()
                self.acked = json.loads(raw) if raw.strip().startswith(b"{") else None
                return response.status, time.monotonic() - started
        except urllib.error.HTTPError as error:
            return error.code, time.monotonic() - started

    def command(self, text: str, user: str = "UDELEGATE", **signing: Any) -> tuple[int, float]:
        """Type a slash command."""
        name, _, args = text.partition(" ")
        return self.post(command_body(name, args, user, self.fake.response_url()), FORM, **signing)

    def wait_for(self, method: str, count: int = 1, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait for the fake to have received ``count`` calls of ``method``."""
        return self.threaded.run(self.fake.wait_for(method, count, timeout), timeout + 5)

    def posts_to(self, channel: str, count: int = 1, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait for ``count`` messages posted to ``channel``; return them."""
        deadline = time.monotonic() + timeout
        while True:
            posts = [call for call in self.fake.called("chat.postMessage") if call["channel"] == channel]
            if len(posts) >= count:
                return posts
            assert time.monotonic() < deadline, f"{len(posts)} posts to {channel}: {self.fake.calls}"
            time.sleep(0.05)


def start_bot(tmp_path: Path, env_extra: dict[str, str], threaded: ThreadedFakeSlack, fake: FakeSlack,
              wait_for_port: bool = True) -> Bot:
    """Start ``meetingbot run`` as a user would, with a temp config and database."""
    config = tmp_path / "meetingbot.yaml"
    config.write_text(CONFIG.format(db=tmp_path / "meetingbot.db"), encoding="utf-8")
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DISCORD_"))}
    env.update({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": fake.api_url, "PYTHONUNBUFFERED": "1", **env_extra})
    process = subprocess.Popen([sys.executable, "-m", "adapters.cli", "run", "--port", str(port), "--config",
                                str(config), "--at", BEFORE_REMINDER], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    bot = Bot(process, fake, threaded, port)
    deadline = time.monotonic() + 20
    while wait_for_port and time.monotonic() < deadline:
        assert process.poll() is None, f"meetingbot exited: {process.communicate()}"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return bot
        time.sleep(0.05)
    return bot


@pytest.fixture
def fake() -> Iterator[tuple[ThreadedFakeSlack, FakeSlack]]:
    threaded = ThreadedFakeSlack()
    with threaded as fake:
        fake.add_user("UDELEGATE", "Kim", "Asia/Seoul")
        fake.add_user("UCHAIR", "Arkadiy", "Europe/Zurich")
        yield threaded, fake


def stop(bot: Bot) -> None:
    """End the process the way a terminal would (Ctrl-C), then for good."""
    bot.process.send_signal(2)
    try:
        bot.process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        bot.process.kill()
        bot.process.communicate()


def test_http_mode_end_to_end(tmp_path, fake):
    threaded, slack = fake
    bot = start_bot(tmp_path, {}, threaded, slack)
    try:
        status, elapsed = bot.command("/deadlines")
        assert status == 200 and elapsed < 1.0
        answer = bot.wait_for("response_url")[0]
        assert answer["response_type"] == "ephemeral"
        assert "deadlines" in answer["blocks"][0]["text"]["text"].lower()
        assert "Registration" in str(answer["blocks"])

        reminder = bot.posts_to("C0GENERAL", timeout=30)[0]
        assert reminder["blocks"][0]["text"]["text"] == "Deadline today: Registration"

        assert bot.command("/item 3h", "UDELEGATE")[0] == 200
        # Kim is known by now, so the refusal comes in the acknowledgement itself.
        assert bot.acked is not None and bot.acked["blocks"][0]["text"]["text"] == "Chairs only"
        assert bot.acked["response_type"] == "ephemeral"
        assert bot.command("/item 3h", "UCHAIR", secret="f" * 32)[0] == 401
        assert bot.command("/item 3h", "UCHAIR", timestamp=int(time.time()) - 600)[0] == 401

        body = json_body(event_payload(home_opened("UDELEGATE")))
        assert bot.post(body, "application/json")[0] == 200
        bot.wait_for("views.publish")
        assert bot.command("/item 3h", "UCHAIR")[0] == 200
        announced = bot.posts_to("C0PLENARY")[0]
        assert announced["blocks"][0]["text"]["text"].startswith("Now under discussion: 3 h)")
        assert bot.wait_for("conversations.setTopic")[0]["topic"].startswith("Now: 3 h)")
        assert "3 h)" in str(bot.wait_for("views.publish", 2)[1]["view"])
        assert len(slack.called("conversations.setTopic")) == 1  # the refused and unsigned ones changed nothing
    finally:
        stop(bot)


def test_socket_mode_end_to_end(tmp_path, fake):
    threaded, slack = fake
    bot = start_bot(tmp_path, {"SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": ""}, threaded, slack,
                    wait_for_port=False)
    try:
        deadline = time.monotonic() + 20
        while not slack.socket_connected:
            assert bot.process.poll() is None, f"meetingbot exited: {bot.process.communicate()}"
            assert time.monotonic() < deadline, "no Socket Mode connection"
            time.sleep(0.05)
        assert slack.called("apps.connections.open")
        payload = {"command": "/agenda", "text": "3h", "user_id": "UDELEGATE", "user_name": "kim",
                   "channel_id": "C0PLENARY", "team_id": "T1", "api_app_id": "A1",
                   "response_url": slack.response_url(), "trigger_id": "t1"}
        envelope = threaded.run(slack.socket_send("slash_commands", payload))
        answer = bot.wait_for("response_url")[0]
        assert answer["blocks"][0]["text"]["text"].startswith("Agenda item 3 h)")
        assert envelope in [ack.get("envelope_id") for ack in slack.socket_acks]
        event = threaded.run(slack.socket_send("events_api", event_payload(home_opened("UDELEGATE"))))
        assert bot.wait_for("views.publish")[0]["user_id"] == "UDELEGATE"
        assert event in [ack.get("envelope_id") for ack in slack.socket_acks]
    finally:
        stop(bot)


@pytest.mark.parametrize("env, expected", [
    ({"SLACK_BOT_TOKEN": "xoxb-revoked"}, "SLACK_BOT_TOKEN was refused by Slack (invalid_auth)"),
    ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET is not set"),
    ({"SLACK_SIGNING_SECRET": "not-a-secret"}, "SLACK_SIGNING_SECRET is wrong"),
], ids=["invalid token", "no signing secret", "malformed signing secret"])
def test_a_bad_setting_is_one_clear_line_and_exit_2(tmp_path, fake, env, expected):
    threaded, slack = fake
    bot = start_bot(tmp_path, env, threaded, slack, wait_for_port=False)
    out, err = bot.process.communicate(timeout=30)
    assert bot.process.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], err
    assert "Traceback" not in err
