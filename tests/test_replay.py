"""``meetingbot replay`` is a dry run on a fresh in-memory ledger: it keeps nothing, and says so.

Stopped and run again, it prints every reminder again; it never reads or writes the database,
so it can neither mark a reminder as posted for ``meetingbot run`` nor be confused by its ledger.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters import replay as replay_module
from adapters.cli import main
from bot.config import ReminderPolicy
from bot.reminders.service import ReminderService
from bot.sqlite_store import SqliteStore
from bot.store import MemoryStore
from live_helpers import file_digest

MEETINGBOT = Path(sys.executable).with_name("meetingbot")
WINDOW = ["--from", "2020-06-08", "--to", "2020-09-04"]


def replay_command(tmp_path: Path, *extra: str) -> tuple[list[str], dict[str, str]]:
    db = tmp_path / "meetingbot.db"
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {json.dumps(str(db))}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MEETINGBOT_CONFIG"}
    env["PYTHONUNBUFFERED"] = "1"
    return [str(MEETINGBOT), "replay", *WINDOW, "--config", str(config), *extra], env


def reminders_in(output: str) -> list[str]:
    """The header line of each printed reminder."""
    return [line for line in output.splitlines() if line.startswith("--- ")]


def test_help_says_it_is_a_dry_run_that_keeps_nothing():
    result = subprocess.run([str(MEETINGBOT), "replay", "--help"], capture_output=True, text=True, timeout=60)
    text = " ".join(result.stdout.split())
    assert result.returncode == 0
    assert "dry run" in text and "fresh in-memory ledger" in text
    assert "prints every reminder again" in text and "Nothing is read from or written to the database" in text


def test_stopped_and_run_again_it_prints_every_reminder_again_and_never_touches_the_database(tmp_path):
    command, env = replay_command(tmp_path)
    whole = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert whole.returncode == 0, whole.stderr
    every = reminders_in(whole.stdout)
    assert len(every) > 10

    slow, _ = replay_command(tmp_path, "--speed", str(10 * 86400))  # ten days of meeting time per second
    stopped = subprocess.Popen(slow, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = stopped.stdout.readline()
    finally:
        stopped.kill()
        stopped.communicate(timeout=30)
    assert first == every[0] + "\n"
    assert not (tmp_path / "meetingbot.db").exists()

    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert again.stdout == whole.stdout, "the first reminder, printed before the stop, is printed again"
    assert not (tmp_path / "meetingbot.db").exists()


def test_a_database_full_of_posted_reminders_does_not_change_what_replay_prints(tmp_path, meeting):
    command, env = replay_command(tmp_path)
    before = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120).stdout
    store = SqliteStore(tmp_path / "meetingbot.db")
    service = ReminderService(meeting, ReminderPolicy(), store, owner="run-1")
    for reminder in service.reminders:  # as if `meetingbot run` had posted every one to the replay channel
        for job in service.claim(reminder.due, ["replay"]).jobs:
            service.finish(job, reminder.due)
    store.close()
    digest = file_digest(tmp_path / "meetingbot.db")
    after = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120).stdout
    assert after == before
    assert file_digest(tmp_path / "meetingbot.db") == digest


# --- what the replay is told, and what it says --------------------------------------------------------------

def run_in_process(monkeypatch, capsys, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    """``meetingbot replay ARGS`` in this process: exit status, stdout, stderr."""
    monkeypatch.delenv("MEETINGBOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    try:
        code = main(["replay", *args])
    except SystemExit as stop:  # argparse refuses a bad argument this way
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("speed", ["-5", "0", "-0.5", "nan", "inf", "fast"])
def test_a_speed_that_is_not_a_positive_number_is_refused_before_anything_is_printed(monkeypatch, capsys,
                                                                                     tmp_path, speed):
    code, out, err = run_in_process(monkeypatch, capsys, tmp_path, "--from", "2020-08-22", "--to", "2020-08-24",
                                    "--speed", speed)
    assert code == 2
    assert out == "" and "Traceback" not in err
    assert f"argument --speed: '{speed}' is not a positive number" in err
    assert not (tmp_path / "meetingbot.db").exists()


@pytest.mark.parametrize("flag", ["--from", "--to"])
def test_a_date_that_is_not_a_date_names_its_own_flag(monkeypatch, capsys, tmp_path, flag):
    dates = {"--from": "2020-08-22", "--to": "2020-08-24", flag: "banana"}
    code, out, err = run_in_process(monkeypatch, capsys, tmp_path, "--from", dates["--from"], "--to", dates["--to"])
    assert code == 2 and out == ""
    assert f"argument {flag}: 'banana' is not a date or ISO-8601 instant such as 2020-08-24" in err
    assert "--at:" not in err.splitlines()[-1]


def test_the_count_at_the_end_says_the_reminders_would_be_posted(monkeypatch, capsys, tmp_path):
    code, out, err = run_in_process(monkeypatch, capsys, tmp_path, "--from", "2020-08-22", "--to", "2020-08-24")
    assert code == 0, err
    last = out.rstrip().splitlines()[-1]
    assert last == ("3 reminders would be posted between 2020-08-22 and 2020-08-24 "
                    "(a dry run: nothing was posted or kept).")
    assert len(reminders_in(out)) == 3


def test_a_slow_speed_over_a_long_gap_waits_in_bounded_sleeps(monkeypatch, meeting):
    slept: list[float] = []
    monkeypatch.setattr(replay_module.time, "sleep", slept.append)
    service = ReminderService(meeting, ReminderPolicy(), MemoryStore(), owner="replay")
    start = dt.datetime(2020, 8, 21, 9, 0, tzinfo=dt.timezone.utc)  # a day before the management team's reminder
    end = dt.datetime(2020, 8, 22, 9, 0, tzinfo=dt.timezone.utc)
    out = io.StringIO()
    assert replay_module.replay(service, start, end, str, out, speed=1e-6) == 1
    assert slept and max(slept) <= replay_module.LONGEST_SLEEP
    assert sum(slept) == pytest.approx(86400 / 1e-6)
    assert out.getvalue().rstrip().endswith("1 reminder would be posted between 2020-08-21 and 2020-08-22 "
                                            "(a dry run: nothing was posted or kept).")
