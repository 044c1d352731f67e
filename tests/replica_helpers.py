"""Driving real ``meetingbot run`` processes (replicas) from a test: start, ask over signed Slack requests,
read /healthz, /readyz and /metrics, stop or kill -9. The fake Slack runs on its own thread.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Callable

from fakes.ports import free_port
from fakes.slack_api import BOT_TOKEN, FakeSlack
from fakes.slack_requests import SIGNING_SECRET, command_body, signed_headers

BIN = Path(sys.executable).parent / "meetingbot"


def wait_for(check: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
    """Poll ``check()`` until it returns something truthy; AssertionError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Replica:
    """One ``meetingbot run`` process on a port of its own, with Slack over HTTP against ``slack``."""

    def __init__(self, folder: Path, config: Path, slack: FakeSlack, env: dict[str, str] | None = None,
                 at: str | None = None, name: str = "a") -> None:
        self.port = free_port()
        self.slack = slack
        self.name = name
        environment = {k: v for k, v in os.environ.items()
                       if not k.startswith(("SLACK_", "DISCORD_", "MEETINGBOT_", "DATABASE_URL"))}
        environment.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                           SLACK_API_URL=slack.api_url, HOME=str(folder))
        environment.update(env or {})
        self.log = folder / f"replica-{name}.log"
        command = [str(BIN), "run", "--port", str(self.port), "--config", str(config)] + (["--at", at] if at else [])
        self.process = subprocess.Popen(command, cwd=folder, env=environment, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=open(self.log, "wb"))

    def started(self, timeout: float = 30.0) -> "Replica":
        """Wait until /healthz answers."""
        wait_for(lambda: self.get("/healthz")[0] == 200 or self._died(), timeout, f"replica {self.name} to start")
        assert self.process.poll() is None, f"replica {self.name} ended: {self.stderr()}"
        return self

    def _died(self) -> bool:
        return self.process.poll() is not None

    def get(self, path: str) -> tuple[int, str]:
        """GET a path of the replica's HTTP port: status and body (0 when nothing answers)."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return 0, ""

    def command(self, text: str, user: str) -> str:
        """A signed slash command; the reply's JSON as text (from the ack, or posted to the response URL)."""
        name, _, args = text.partition(" ")
        before = len(self.slack.called("response_url"))
        body = command_body(name, args, user, self.slack.response_url())
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/slack/events", data=body.encode(),
                                         method="POST",
                                         headers=signed_headers(body, "application/x-www-form-urlencoded"))
        with urllib.request.urlopen(request, timeout=10) as response:
            answer = response.read().decode()
        if answer.strip():
            return answer
        posted = wait_for(lambda: self.slack.called("response_url")[before:], 10, f"the answer to {text}")
        return json.dumps(posted[0], ensure_ascii=False)

    def post(self, body: str, headers: dict[str, str]) -> int:
        """POST a request as Slack sends it to ``/slack/events``; the HTTP status."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/slack/events", data=body.encode(),
                                         method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def stderr(self) -> str:
        """What the process wrote to its standard error so far."""
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """``kill -9``."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        """SIGTERM, then wait (kill -9 after 20 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
