"""Slack and Discord from one ``meetingbot run`` process: one core, one store, one reminder runner.

A chair's /item on either platform is announced on both, and each reminder is posted
once in every reminder channel of both. Both platforms are local fakes on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from fakes.discord_fake import CHAIR_ID, GUILD_ID, REMINDER_CHANNEL, SESSION_CHANNEL, FakeDiscord
from fakes.ports import free_port
from fakes.slack_api import BOT_TOKEN, ThreadedFakeSlack
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers

BIN = Path(sys.executable).parent / "meetingbot"
AT = "2020-07-24T08:59:57+02:00"  # three seconds before the "registration closes today" reminder



def slack_command(port: int, text: str, user: str, response_url: str) -> int:
    """A signed slash command to the bot's Slack endpoint; the HTTP status."""
    name, _, args = text.partition(" ")
    body = command_body(name, args, user, response_url)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(), method="POST",
                                     headers=signed_headers(body, "application/x-www-form-urlencoded"))
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status


async def wait_until(check, timeout: float = 20.0):
    """Poll ``check()`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


def test_one_process_serves_both_and_announces_on_both(tmp_path):
    async def main() -> None:
        with ThreadedFakeSlack() as slack:
            slack.add_user("UCHAIR", "Arkadiy", "Europe/Zurich")
            async with FakeDiscord() as discord:
                config = tmp_path / "meetingbot.yaml"
                config.write_text(yaml.safe_dump({
                    "database": str(tmp_path / "state.db"),
                    "slack": {"chairs": ["UCHAIR"], "session_channels": ["C0PLENARY"],
                              "reminder_channels": ["C0GENERAL"]},
                    "discord": {"guild_id": GUILD_ID, "chair_roles": ["SG17 Chair"],
                                "session_channels": [SESSION_CHANNEL], "reminder_channels": [REMINDER_CHANNEL]},
                }), encoding="utf-8")
                port = free_port()
                env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "MEETINGBOT_"))}
                env.update(discord.env(), SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                           SLACK_API_URL=slack.api_url, HOME=str(tmp_path))
                process = await asyncio.create_subprocess_exec(
                    str(BIN), "run", "--port", str(port), "--config", str(config), "--at", AT, cwd=tmp_path,
                    env=env, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
                    stderr=asyncio.subprocess.PIPE)
                try:
                    await discord.connected(timeout=30)
                    # Each reminder once per reminder channel, on both platforms.
                    slack_reminders = await wait_until(lambda: [c for c in slack.called("chat.postMessage")
                                                                if c["channel"] == "C0GENERAL"])
                    discord_reminders = await discord.wait_for("POST", f"/channels/{REMINDER_CHANNEL}/messages",
                                                               timeout=20)
                    assert "Registration" in str(slack_reminders[0]) and "Registration" in str(discord_reminders[0].body)
                    # A chair's /item on Slack is announced on Discord too.
                    status = await asyncio.to_thread(slack_command, port, "/item 3h", "UCHAIR", slack.response_url())
                    assert status == 200
                    on_discord = await wait_until(lambda: [m for m in discord.sent("POST", f"/channels/{SESSION_CHANNEL}/messages")
                                                           if "Now under discussion: 3 h)" in str(m.body)])
                    assert len(on_discord) == 1
                    # And a chair's /item on Discord is announced on Slack.
                    await discord.interact("item", {"ref": "4a"}, chair=True, user_id=CHAIR_ID)
                    on_slack = await wait_until(lambda: [c for c in slack.called("chat.postMessage")
                                                         if c["channel"] == "C0PLENARY" and "4 a)" in str(c)])
                    assert "Now under discussion: 4 a)" in str(on_slack[0])
                    await asyncio.sleep(1.5)
                    assert len([c for c in slack.called("chat.postMessage") if c["channel"] == "C0GENERAL"]) == 1
                    assert len(discord.sent("POST", f"/channels/{REMINDER_CHANNEL}/messages")) == 1
                finally:
                    if process.returncode is None:
                        process.terminate()
                    _, stderr = await asyncio.wait_for(process.communicate(), 30)
                assert "Traceback" not in stderr.decode()
    asyncio.run(main())
