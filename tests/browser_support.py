"""Headless Chromium for the live page's tests (Debian's /usr/bin/chromium driven by Playwright), the real
``meetingbot run`` process on a fake Slack, and the folder where the tests leave screenshots for a person.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from fakes.ports import free_port
from fakes.slack_api import BOT_TOKEN, FakeSlack
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("MEETINGBOT_SCREENSHOTS") or ROOT / "build" / "screenshots")
FORM = "application/x-www-form-urlencoded"
CONFIG = """\
database: {db}
slack:
  chairs: ["UCHAIR"]
  session_channels: ["C0PLENARY"]
  reminder_channels: ["C0GENERAL"]
"""


def chromium_path() -> str:
    """Debian's Chromium; a test fails with what to install when it is missing (``make test`` installs it)."""
    assert CHROMIUM.exists(), "headless Chromium is missing: apt-get install -y chromium (make test does it as root)"
    return str(CHROMIUM)


def screenshot_path(name: str) -> Path:
    """Where a screenshot for a person to look at goes (the folder ``make test`` names at the end)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}.png"


class SlackBot:
    """The real ``meetingbot run`` on a fake Slack: its HTTP port serves ``/slack/events`` and the live page."""

    def __init__(self, tmp_path: Path, fake: FakeSlack, at: str) -> None:
        config = tmp_path / "meetingbot.yaml"
        config.write_text(CONFIG.format(db=tmp_path / "meetingbot.db"), encoding="utf-8")
        self.fake, self.port = fake, free_port()
        env = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DISCORD_"))}
        env.update({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                    "SLACK_API_URL": fake.api_url, "PYTHONUNBUFFERED": "1"})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "adapters.cli", "run", "--port", str(self.port), "--config", str(config),
             "--at", at], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while True:
            assert self.process.poll() is None, f"meetingbot exited: {self.process.communicate()}"
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            assert time.monotonic() < deadline, "meetingbot did not listen"
            time.sleep(0.05)

    @property
    def url(self) -> str:
        """The base URL of the process's HTTP port."""
        return f"http://127.0.0.1:{self.port}"

    def command(self, text: str, user: str = "UCHAIR") -> int:
        """A signed slash command to ``/slack/events``, as Slack sends it; the status."""
        name, _, args = text.partition(" ")
        body = command_body(name, args, user, self.fake.response_url())
        request = urllib.request.Request(self.url + "/slack/events", data=body.encode(),
                                         headers=signed_headers(body, FORM), method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def stop(self) -> tuple[str, str]:
        """Ctrl-C, then for good; the process's output."""
        self.process.send_signal(2)
        try:
            return self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.communicate()


def serious_violations(results: Any) -> list[str]:
    """axe-core's serious and critical violations, one line each."""
    return [f"{v['id']} ({v['impact']}): {v['help']}" for v in results.response["violations"]
            if v.get("impact") in ("serious", "critical")]
