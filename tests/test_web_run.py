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


# --- many meetings and parallel rooms: the fictional SG13 (three rooms) and SG5 beside the bundled SG17 -------

DATA = ROOT / "tests" / "data" / "meetings"
SG17, SG13, SG5 = "itu-t-sg17-2020-08", "fictional-sg13-2020-08", "fictional-sg5-2020-11"
BOTH_ON = "2020-09-01T01:00:00+00:00"  # SG17 (Geneva) and SG13 (Tokyo) both on; SG5 coming


def meetings_config(tmp_path: Path, *files: Path) -> Path:
    """A config whose meetings: list holds ``files``, its database in ``tmp_path``."""
    config = tmp_path / "meetings.yaml"
    listed = "".join(f"  - meeting: {path}\n" for path in files)
    config.write_text(f"database: {tmp_path / 'meetingbot.db'}\nmeetings:\n{listed}", encoding="utf-8")
    return config


def get(port: int, path: str, deadline: float = 20.0) -> tuple[int, str, bytes]:
    """Status, content type and body of a GET, once the port answers."""
    ends = time.monotonic() + deadline
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
                return response.status, response.headers["Content-Type"], response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers["Content-Type"], error.read()
        except (urllib.error.URLError, ConnectionError):
            assert time.monotonic() < ends, "the page is not served"
            time.sleep(0.05)


def listed_ids(port: int) -> list[str]:
    return [m["id"] for m in json.loads(get(port, "/api/v1/meetings")[2])["meetings"]]


def rooms_of(port: int, meeting_id: str) -> dict[str, dict]:
    status, _, body = get(port, f"/api/v1/meetings/{meeting_id}/live")
    assert status == 200, body
    return {room["id"]: room for room in json.loads(body)["rooms"]}


def wait_for(condition, what: str, seconds: float = 15.0) -> None:
    ends = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < ends, what
        time.sleep(0.1)


def chair_in_room(tmp_path: Path, room: str | None, command: str) -> None:
    """A chair of SG13's room (None: its plenary) acts, as another process of the bot does, on the same database."""
    from bot.clock import FakeClock
    from bot.core import MeetingBot
    from bot.loader import load_meeting
    from bot.request import Asker, Request
    from bot.sqlite_store import SqliteStore
    import datetime as dt

    from adapters.cli_setup import rehearsal_database

    # `web --at` is a rehearsal: it reads the rehearsal twin of the config's database, where `ask --at` writes
    store = SqliteStore(rehearsal_database(tmp_path / "meetingbot.db"))
    try:
        core = MeetingBot(load_meeting(DATA / f"{SG13}.yaml"), FakeClock(dt.datetime.fromisoformat(BOTH_ON)),
                          store, room=room)
        core.handle(Request(command, Asker(id="U13CHAIR", name="Chair", is_chair=True)))
    finally:
        store.close()


def test_web_serves_every_meeting_of_the_list_and_each_room(tmp_path):
    config = meetings_config(tmp_path, ROOT / "meeting_data" / f"{SG17}.yaml", DATA / f"{SG13}.yaml")
    env = {**environment(tmp_path), "MEETINGBOT_CONFIG": str(config)}
    port = free_port()
    web = meetingbot("web", "--port", str(port), "--at", BOTH_ON, env=env, stdin=subprocess.DEVNULL)
    try:
        assert sorted(listed_ids(port)) == [SG13, SG17]
        for meeting_id in (SG17, SG13):
            status, kind, body = get(port, f"/m/{meeting_id}")
            assert status == 200 and kind.startswith("text/html"), body[:200]
            status, kind, body = get(port, f"/m/{meeting_id}.ics")
            assert status == 200 and kind.startswith("text/calendar") and b"BEGIN:VCALENDAR" in body
            assert get(port, f"/api/v1/meetings/{meeting_id}")[0] == 200
        assert list(rooms_of(port, SG13)) == ["main", "wp1", "wp2", "wp3"]
        assert list(rooms_of(port, SG17)) == ["main"]
        page = get(port, f"/m/{SG13}")[2].decode()
        for title in ("Plenary", "Working Party 1/13", "Working Party 2/13"):
            assert f'<h3 class="room-title">{title}</h3>' in page

        chair_in_room(tmp_path, "wp1", "/item 2")
        chair_in_room(tmp_path, "wp2", "/item 3")
        chair_in_room(tmp_path, "wp2", "/break 15m")
        wait_for(lambda: (rooms_of(port, SG13)["wp1"]["current"] or {}).get("ref") == "2",
                 "WP1's item never showed")
        rooms = rooms_of(port, SG13)
        assert rooms["wp1"]["current"]["title"] == "Question 1/13 results"
        assert rooms["wp2"]["on_break"] is True and rooms["wp2"]["break_until"] == "2020-09-01T01:15:00Z"
        assert rooms["main"]["current"] is None and rooms["wp3"]["current"] is None
        assert all(room["current"] is None for room in rooms_of(port, SG17).values())
        page = get(port, f"/m/{SG13}")[2].decode()
        assert '<article class="room" data-room="wp1" data-current="2">' in page
        assert "Question 1/13 results" in page and "the session resumes at" in page

        with config.open("a", encoding="utf-8") as more:  # a meeting added while the page runs
            more.write(f"  - meeting: {DATA / f'{SG5}.yaml'}\n")
        wait_for(lambda: SG5 in listed_ids(port), "the meeting added to the config never showed")
        assert listed_ids(port) == [SG17, SG13, SG5]  # current ones first, then the coming one
        assert get(port, f"/m/{SG5}")[0] == 200 and get(port, f"/m/{SG5}.ics")[0] == 200
    finally:
        web.send_signal(2)
        out, err = web.communicate(timeout=20)
    assert web.returncode == 0, err
    assert "Traceback" not in err
    assert f"serving the live page (read only) at http://localhost:{port}/." in out


def test_the_console_of_run_serves_every_meeting_of_the_list(tmp_path):
    config = meetings_config(tmp_path, ROOT / "meeting_data" / f"{SG17}.yaml", DATA / f"{SG13}.yaml",
                             DATA / f"{SG5}.yaml")
    port = free_port()
    process = meetingbot("run", "--config", str(config), "--port", str(port), "--at", BOTH_ON,
                         env=environment(tmp_path))
    try:
        assert listed_ids(port) == [SG17, SG13, SG5]
        index = get(port, "/")[2].decode()
        assert all(f'href="/m/{meeting_id}?lang=en"' in index for meeting_id in (SG17, SG13, SG5))
        assert get(port, f"/m/{SG13}")[0] == 200 and get(port, f"/m/{SG5}.ics")[0] == 200
        assert list(rooms_of(port, SG13)) == ["main", "wp1", "wp2", "wp3"]
        out, err = process.communicate("/quit\n", timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert f"The live page: http://localhost:{port}/\n" in out and "Traceback" not in err


def test_the_console_page_listens_on_this_machine_only(tmp_path):
    port = free_port()
    process = meetingbot("run", "--port", str(port), env=environment(tmp_path))
    try:
        assert get(port, "/")[0] == 200
        listening = Path("/proc/net/tcp").read_text().splitlines()[1:]
        local = [line.split()[1] for line in listening if line.split()[3] == "0A"]  # 0A: LISTEN
        assert f"0100007F:{port:04X}" in local and f"00000000:{port:04X}" not in local
        process.communicate("/quit\n", timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
