"""``meetingbot doctor``: what is damaged, by the file's integrity and by each document (namespace and key)."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.doctor import EXIT_DAMAGED, EXIT_SOUND, diagnose, report
from bot.sqlite_store import SqliteStore
from live_helpers import LiveBot, file_digest
from test_store_damage import CASES, M, case_of, damage_only_the_full_check_sees, plant, sample_database

MEETINGBOT = Path(sys.executable).with_name("meetingbot")


def doctor(path: Path) -> tuple[int, str]:
    """The exit code and the printed report."""
    out = io.StringIO()
    code = report(diagnose(path), out)
    return code, out.getvalue()


@pytest.fixture
def sound_db(tmp_path, meeting) -> Path:
    """A database after a short session, a saved zone and a posted reminder."""
    db = tmp_path / "meetingbot.db"
    live = LiveBot(meeting, SqliteStore(db))
    live.chair("/session start Plenary, day 1")
    live.chair("/item 3h")
    live.reply("/floor France", user="Kim")
    live.reply("/timezone Asia/Seoul", user="Kim")
    live.chair("/reminders pause")
    live.store.close()
    return db


def test_a_sound_database_is_reported_sound_with_exit_0(sound_db):
    code, text = doctor(sound_db)
    assert code == EXIT_SOUND == 0
    assert "integrity_check): ok" in text and "Nothing is damaged." in text


@pytest.mark.parametrize("name", CASES)
def test_each_damaged_document_is_named_by_namespace_and_key_with_exit_3(sound_db, name):
    namespace, key, text = case_of(name)
    plant(sound_db, namespace, key, text)
    digest = file_digest(sound_db)
    code, out = doctor(sound_db)
    assert code == EXIT_DAMAGED == 3
    damaged = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(damaged) == 1 and damaged[0].startswith(f"  {namespace}/{key}: "), out
    assert "integrity_check): ok" in out and "1 of " in out
    assert file_digest(sound_db) == digest, "the doctor changes nothing"


def test_several_damaged_documents_are_all_listed(sound_db):
    plant(sound_db, "live", M, "{not json")
    plant(sound_db, "user", "console:kim", "[]")
    plant(sound_db, "reminders", "x|slack:C01", '{"state": "sent"}')
    code, out = doctor(sound_db)
    assert code == 3
    assert [line.split(":")[0].strip() for line in out.splitlines() if line.startswith("  ")] == \
        ["live/" + M, "reminders/x|slack", "user/console"]
    assert "3 of " in out


def test_a_namespace_without_a_model_here_is_checked_as_json(sound_db):
    plant(sound_db, "replay", "slack:abc", '{"expires": 1, "answer": null}')
    code, out = doctor(sound_db)
    assert code == 0 and "checked as JSON only" in out and "replay" in out
    plant(sound_db, "replay", "slack:abc", '{"expires": 1, "answ')
    code, out = doctor(sound_db)
    assert code == 3 and "  replay/slack:abc: not valid JSON" in out


@pytest.mark.parametrize("value", ['"digest"', '{"plenary": {"id": "1", "hash": "h"}}'])
def test_discord_sync_records_of_their_shape_are_sound(sound_db, value):
    plant(sound_db, "discord", "commands" if value.startswith('"') else "events:42", value)
    assert doctor(sound_db)[0] == 0


@pytest.mark.parametrize("key,value", [("commands", "[]"), ("events:42", '{"plenary": "1"}'), ("events:42", "7")])
def test_discord_sync_records_of_another_shape_are_damaged(sound_db, key, value):
    plant(sound_db, "discord", key, value)
    code, out = doctor(sound_db)
    assert code == 3 and f"  discord/{key}: " in out


def test_a_value_that_is_not_utf8_and_a_key_with_a_control_character_are_shown_on_one_line(sound_db):
    connection = sqlite3.connect(sound_db)
    connection.execute("INSERT INTO documents VALUES ('user', 'slack:U1\nX', CAST(X'7BFF7D' AS TEXT))")
    connection.commit()
    connection.close()
    code, out = doctor(sound_db)
    assert code == 3
    assert "  user/slack:U1\\nX: not UTF-8 text" in out


def test_a_file_failing_the_integrity_check_is_reported_damaged_without_being_changed(tmp_path, meeting):
    pristine = tmp_path / "pristine.db"
    sample_database(pristine, meeting)
    db = tmp_path / "meetingbot.db"
    damage_only_the_full_check_sees(pristine, db)
    digest = file_digest(db)
    code, out = doctor(db)
    assert code == 3
    assert "integrity_check): DAMAGED" in out and "Damaged: the file" in out
    assert file_digest(db) == digest


def test_not_a_database_is_one_finding_with_exit_3(tmp_path):
    db = tmp_path / "notes.db"
    db.write_bytes(b"meeting notes, not SQLite\n" * 300)
    code, out = doctor(db)
    assert code == 3 and "not a meetingbot database" in out


def test_a_missing_file_is_not_created(tmp_path):
    code, out = doctor(tmp_path / "absent.db")
    assert code == 0 and "no database yet" in out
    assert list(tmp_path.iterdir()) == []


def test_meetingbot_doctor_reads_the_configs_database_and_exits_3_when_damaged(sound_db, tmp_path):
    plant(sound_db, "live", M, "[]")
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {json.dumps(str(sound_db))}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MEETINGBOT_CONFIG"}
    result = subprocess.run([str(MEETINGBOT), "doctor", "--config", str(config)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert f"  live/{M}: a JSON list where an object belongs" in result.stdout
    assert "Traceback" not in result.stderr
    by_path = subprocess.run([str(MEETINGBOT), "doctor", str(sound_db)], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=60)
    assert by_path.returncode == 3 and by_path.stdout == result.stdout


def test_a_mistyped_file_named_on_the_command_line_is_a_usage_error_and_creates_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "MEETINGBOT_CONFIG"}
    result = subprocess.run([str(MEETINGBOT), "doctor", str(tmp_path / "meetingbot.dbb")], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "meetingbot.dbb: no such file" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
