"""``meetingbot replay`` is a dry run on a fresh in-memory ledger: it keeps nothing, and says so.

Stopped and run again, it prints every reminder again; it never reads or writes the database,
so it can neither mark a reminder as posted for ``meetingbot run`` nor be confused by its ledger.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.config import ReminderPolicy
from bot.reminders.service import ReminderService
from bot.sqlite_store import SqliteStore
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
