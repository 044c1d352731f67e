"""The real ``meetingbot run`` process against the fake Discord, started as a user would (tokens from the environment)."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import yaml

from fakes.discord_fake import CHAIR_ID, GUILD_ID, REMINDER_CHANNEL, SESSION_CHANNEL, FakeDiscord

BIN = Path(sys.executable).parent / "meetingbot"
CLEARED = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN", "MEETINGBOT_CONFIG",
           "DISCORD_API_BASE", "DISCORD_GATEWAY_URL", "SLACK_API_URL")
INFO_LOG = re.compile(r"^\d{4}-\d\d-\d\d [\d:,]+ INFO ")
# Two seconds before the registration deadline's "0d 09:00" reminder, 24 July 2020, Geneva.
AT = "2020-07-24T08:59:58+02:00"


def write_config(folder: Path) -> Path:
    """A deployment config for the fake server, with its own database."""
    path = folder / "meetingbot.yaml"
    path.write_text(yaml.safe_dump({
        "database": str(folder / "state.db"),
        "discord": {"guild_id": GUILD_ID, "chair_roles": ["SG17 Chair"], "session_channels": [SESSION_CHANNEL],
                    "reminder_channels": [REMINDER_CHANNEL]},
    }), encoding="utf-8")
    return path


async def start(folder: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    """``meetingbot run --config … --at …`` in ``folder`` with the given tokens."""
    environment = {k: v for k, v in os.environ.items() if k not in CLEARED}
    environment.update(env, HOME=str(folder))
    return await asyncio.create_subprocess_exec(
        str(BIN), "run", "--config", str(write_config(folder)), "--at", AT, cwd=folder, env=environment,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


def test_meetingbot_run_serves_discord(tmp_path):
    async def main() -> None:
        async with FakeDiscord() as fake:
            process = await start(tmp_path, fake.env())
            try:
                await fake.connected(timeout=30)
                await fake.wait_for("PUT", f"/guilds/{GUILD_ID}/commands", timeout=10)
                interaction = await fake.interact("agenda", {"ref": "3h"})
                [answer] = await fake.wait_for("POST", f"/interactions/{interaction}/")
                assert "3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in str(answer.body)
                assert answer.body["data"]["flags"] == 64
                await fake.interact("item", {"ref": "3h"}, chair=True, user_id=CHAIR_ID)
                [announced] = await fake.wait_for("POST", f"/channels/{SESSION_CHANNEL}/messages", timeout=10)
                assert "Now under discussion: 3 h)" in str(announced.body)
                reminders = await fake.wait_for("POST", f"/channels/{REMINDER_CHANNEL}/messages", timeout=20)
                assert "Registration" in str(reminders[0].body)
                assert process.returncode is None
            finally:
                if process.returncode is None:
                    process.terminate()
                _, stderr = await asyncio.wait_for(process.communicate(), 30)
            assert "Traceback" not in stderr.decode()
    asyncio.run(main())


def test_meetingbot_run_with_a_wrong_token_says_so_in_one_line(tmp_path):
    async def main() -> None:
        async with FakeDiscord() as fake:
            process = await start(tmp_path, fake.env("not-the-token"))
            _, stderr = await asyncio.wait_for(process.communicate(), 60)
            lines = stderr.decode().strip().splitlines()
            said = [line for line in lines if not INFO_LOG.match(line)]  # progress logs of `run` aside
            assert process.returncode == 2
            assert len(said) == 1 and said[0].startswith("meetingbot: Discord refused DISCORD_TOKEN")
    asyncio.run(main())
