"""The real console, as a user starts it: a whole session as chair, then a delegate on the same database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MEETINGBOT = Path(sys.executable).with_name("meetingbot")
CHAIR_COMMANDS = ["/item 5", "/next", "/prev", "/break 10m", "/resume", "/adjourn", "/session start Rogue",
                  "/floor next", "/floor clear"]


def run(cwd: Path, *args: str, lines: list[str] | None = None) -> str:
    """Run ``meetingbot ARGS`` in ``cwd`` (so ./meetingbot.db is that folder's), feeding ``lines``; stdout."""
    env = {k: v for k, v in os.environ.items() if k not in ("MEETINGBOT_CONFIG", "USER")}
    stdin = "".join(line + "\n" for line in lines) if lines is not None else None
    result = subprocess.run([str(MEETINGBOT), *args], input=stdin, cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return result.stdout


def console(cwd: Path, at: str, user: str, lines: list[str], chair: bool = False) -> str:
    return run(cwd, "console", "--at", at, "--user", user, *(["--chair"] if chair else []), lines=lines)


def timeline(cwd: Path) -> list[dict]:
    return json.loads(run(cwd, "minutes", "--at", "2020-08-24T12:00", "--format", "json"))["sessions"]


@pytest.fixture(scope="module")
def meeting_room(tmp_path_factory) -> Path:
    """A fresh working folder: its ./meetingbot.db is the one every console below shares."""
    return tmp_path_factory.mktemp("room")


@pytest.fixture(scope="module")
def chair_out(meeting_room) -> str:
    return console(meeting_room, "2020-08-24T11:00", "Rossi", chair=True, lines=[
        "/session start Plenary, day 1", "/item 3 h", "/next", "/prev", "/break 10m", "/now", "/resume", "/now"])


def test_chair_console_opens_the_session(chair_out):
    assert "You are Rossi (chair)." in chair_out
    assert "[📣 for the session channel; not posted: no platform in this process]\nSession opened: Plenary, day 1" in chair_out


def test_chair_console_announces_items_in_order(chair_out):
    announced = [line for line in chair_out.splitlines() if line.startswith("Now under discussion: ")]
    assert announced == [
        "Now under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1",
        "Now under discussion: 3 i) Collaboration with IETF",
        "Now under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1",
        "Now under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1",  # the resume
    ]


def test_chair_console_break_and_resume(chair_out):
    assert "The session resumes at 11:10 Geneva (CEST, UTC+2) (09:10 UTC)." in chair_out
    assert "On a break until 11:10 Geneva (CEST, UTC+2)" in chair_out
    assert "Resumed at 11:00 Geneva (CEST, UTC+2)" in chair_out
    last_now = chair_out.rsplit("Now: Plenary, day 1", 1)[1]
    assert "Under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in last_now
    assert "On a break" not in last_now


@pytest.fixture(scope="module")
def delegate_run(meeting_room, chair_out) -> tuple[list[dict], str, list[dict]]:
    """Minutes before, Kim's console output, minutes after: Kim tries every chair command."""
    before = timeline(meeting_room)
    out = console(meeting_room, "2020-08-24T11:30", "Kim",
                  ["/floor Republic of Korea", *CHAIR_COMMANDS, "/now", "/floor list"])
    return before, out, timeline(meeting_room)


def test_delegate_console_is_not_a_chair(delegate_run):
    assert "You are Kim (delegate)." in delegate_run[1]


@pytest.mark.parametrize("command", CHAIR_COMMANDS)
def test_delegate_console_is_refused_every_chair_command(delegate_run, command):
    name = command.split()[0] if not command.startswith("/floor") else command
    assert f"Only a chair can use {name}. Nothing was changed." in delegate_run[1]


def test_delegate_console_changes_no_item_and_announces_nothing(delegate_run):
    before, out, after = delegate_run
    assert after == before
    assert "Now under discussion" not in out and "The floor goes to" not in out
    assert "The session is adjourned" not in out


def test_delegate_console_now_shows_the_chairs_item(delegate_run):
    now = delegate_run[1].split("Now: Plenary, day 1", 1)[1]
    assert "Under discussion: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1" in now
    assert "Since 11:00 Geneva (CEST, UTC+2) (30 minutes ago)." in now
    assert "1. Kim (Republic of Korea), waiting" in delegate_run[1]


@pytest.fixture(scope="module")
def closing(meeting_room, delegate_run) -> tuple[str, str, str]:
    """Rossi gives Kim the floor and adjourns; then Kim asks /now; then the minutes."""
    chair = console(meeting_room, "2020-08-24T11:40", "Rossi", chair=True, lines=["/floor next", "/adjourn"])
    late = console(meeting_room, "2020-08-24T12:00", "Kim", ["/now"])
    return chair, late, run(meeting_room, "minutes", "--at", "2020-08-24T13:00")


def test_chair_gives_the_floor_to_the_delegate_who_asked(closing):
    assert "[📣 for the session channel; not posted: no platform in this process]\nThe floor goes to Kim (Republic of Korea)" in closing[0]
    assert "“Plenary, day 1” is adjourned at 11:40 Geneva (CEST, UTC+2)." in closing[0]


def test_after_adjourn_now_gives_the_last_item(closing):
    assert ("No session is open. Last item discussed: 3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1, "
            "until Mon 24 Aug 2020, 11:40 Geneva (CEST, UTC+2).") in closing[1]


def test_minutes_of_the_console_session(closing):
    rows = [line for line in closing[2].splitlines() if line.startswith("| ") and "---" not in line][1:]
    cells = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]
    assert [(c[0], c[5]) for c in cells] == [("3 h)", "Rossi"), ("3 i)", "Rossi"), ("3 h)", "Rossi"),
                                             ("—", "Rossi"), ("3 h)", "Rossi")]
    assert cells[-1][2:4] == ["11:00", "11:40"]
    assert cells[-1][6].startswith("Kim (Republic of Korea) 11:40")
    assert "## Plenary, day 1 (Mon 24 Aug 2020)" in closing[2]
