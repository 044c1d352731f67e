"""The pages as a user starts them: beside the console of ``meetingbot run``, and alone as ``meetingbot web``."""

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

from fakes.ports import free_port

ROOT = Path(__file__).resolve().parent.parent
AT = "2020-08-24T11:30:00+02:00"


def environment(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "meetingbot.yaml"
    config.write_text(f"database: {tmp_path / 'meetingbot.db'}\nconsole:\n  chairs: [chair]\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DISCORD_"))}
    env.update({"MEETINGBOT_CONFIG": str(config), "PYTHONUNBUFFERED": "1"})
    return env


def meetingbot(*args: str, env: dict[str, str], stdin: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "adapters.cli", *args], cwd=ROOT, env=env, text=True,
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def live_json(port: int, deadline: float = 20.0) -> dict:
    """The live state through the API, once the port answers."""
    ends = time.monotonic() + deadline
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/meetings/itu-t-sg17-2020-08/live",
                                        timeout=5) as response:
                return json.loads(response.read())
        except (urllib.error.URLError, ConnectionError):
            assert time.monotonic() < ends, "the page is not served"
            time.sleep(0.05)


def test_the_console_of_run_serves_the_page_and_prints_its_address(tmp_path):
    port = free_port()
    process = meetingbot("run", "--port", str(port), "--at", AT, "--user", "chair", env=environment(tmp_path))
    try:
        assert live_json(port)["rooms"][0]["current"] is None
        process.stdin.write("/item 3h\n")
        process.stdin.flush()
        ends = time.monotonic() + 10
        while (live_json(port)["rooms"][0]["current"] or {}).get("ref") != "3h":
            assert time.monotonic() < ends, "the chair's item never showed"
            time.sleep(0.05)
        out, err = process.communicate("/quit\n", timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert f"The live page: http://localhost:{port}/m/itu-t-sg17-2020-08" in out
    assert "Bye." in out and "Traceback" not in err


def test_a_taken_port_leaves_the_console_working_and_says_so(tmp_path):
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = meetingbot("run", "--port", str(port), env=environment(tmp_path))
        out, err = process.communicate("/agenda 4f\n/quit\n", timeout=60)
    assert process.returncode == 0 and "JCA-IdM" in out
    assert f"the live page is not served: port {port}" in err and "--port" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_web_alone_shows_what_another_process_changes(tmp_path):
    env = environment(tmp_path)
    port = free_port()
    web = meetingbot("web", "--port", str(port), "--at", AT, env=env, stdin=subprocess.DEVNULL)
    try:
        assert live_json(port)["rooms"][0]["current"] is None
        asked = subprocess.run([sys.executable, "-m", "adapters.cli", "ask", "--chair", "--at", AT, "/item 3h"],
                               cwd=ROOT, env=env, text=True, capture_output=True, timeout=60)
        assert asked.returncode == 0, asked.stderr
        ends = time.monotonic() + 10
        while (live_json(port)["rooms"][0]["current"] or {}).get("ref") != "3h":
            assert time.monotonic() < ends, "the other process's change never showed"
            time.sleep(0.05)
    finally:
        web.send_signal(2)
        out, err = web.communicate(timeout=20)
    assert web.returncode == 0, err
    assert f"serving the live page (read only) at http://localhost:{port}/m/itu-t-sg17-2020-08" in out


def test_web_on_a_taken_port_is_one_clear_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        web = meetingbot("web", "--port", str(port), env=environment(tmp_path), stdin=subprocess.DEVNULL)
        out, err = web.communicate(timeout=60)
    assert web.returncode == 2
    assert err.strip() == f"meetingbot: cannot listen on port {port} for the live page: Address already in use"
