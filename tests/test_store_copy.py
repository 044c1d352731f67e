"""``meetingbot store copy``: a deployment's state moves from SQLite to PostgreSQL without loss, or not at all."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.postgres_store import PostgresStore
from bot.reminders import ledger
from bot.sqlite_store import SqliteStore
from bot.store import decode_document
from live_helpers import LiveBot

MEETINGBOT = Path(sys.executable).with_name("meetingbot")
MEETING_ID = "itu-t-sg17-2020-08"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEETINGBOT_CONFIG")}
    environment.update(env or {})
    return subprocess.run([str(MEETINGBOT), *args], capture_output=True, text=True, timeout=60, env=environment)


def a_deployment(meeting, db: Path) -> None:
    """A SQLite file with a live session, a speaker queue, a saved zone and reminder ledger records."""
    live = LiveBot(meeting, SqliteStore(db))
    live.chair("/session start Plenary, day 1")
    live.chair("/item 3h 30m")
    live.reply("/floor France", user="Dupont")
    live.reply("/timezone Asia/Seoul", user="Kim")
    with live.store.transaction() as tx:
        for n, state in enumerate(["posted", "failed", "missed"]):
            ledger.write(tx, ledger.Record(key=f"deadline:{n}|slack:C1", state=state,
                                           at=dt.datetime(2020, 7, 24, 7, 0, tzinfo=dt.timezone.utc), owner="run-1"))
    live.store.close()


def documents_of_sqlite(db: Path) -> dict:
    connection = sqlite3.connect(db)
    rows = connection.execute("SELECT namespace, key, value FROM documents").fetchall()
    connection.close()
    return {(ns, key): decode_document(ns, key, value) for ns, key, value in rows}


def test_a_deployment_moves_to_postgresql_whole_and_answers_the_same(meeting, tmp_path, postgres_url):
    db = tmp_path / "meetingbot.db"
    a_deployment(meeting, db)
    at = ["--at", "2020-08-24T11:20:00+02:00"]
    result = run("store", "copy", "--from", f"sqlite:{db}", "--to", postgres_url)
    assert result.returncode == 0, result.stderr
    assert "copied" in result.stdout and "reminders 3" in result.stdout
    store = PostgresStore(postgres_url)
    copied = {(ns, key): decode_document(ns, key, text) for ns, key, text in store.raw_documents()}
    store.close()
    assert copied == documents_of_sqlite(db)
    assert ("live", MEETING_ID) in copied and ("reminders", "deadline:1|slack:C1") in copied
    on_postgres = run("ask", *at, "/floor list", env={"DATABASE_URL": postgres_url})
    assert "Dupont (France)" in on_postgres.stdout
    now = run("ask", *at, "/now", env={"DATABASE_URL": postgres_url})
    assert "Under discussion: 3 h)" in now.stdout


def test_the_url_may_come_from_database_url(meeting, tmp_path, postgres_url):
    db = tmp_path / "meetingbot.db"
    a_deployment(meeting, db)
    result = run("store", "copy", "--from", f"sqlite:{db}", env={"DATABASE_URL": postgres_url})
    assert result.returncode == 0, result.stderr


def test_a_damaged_document_stops_the_copy_and_nothing_is_written(meeting, tmp_path, postgres_url):
    db = tmp_path / "meetingbot.db"
    a_deployment(meeting, db)
    connection = sqlite3.connect(db)
    connection.execute("UPDATE documents SET value = '{not json' WHERE namespace = 'live'")
    connection.commit()
    connection.close()
    result = run("store", "copy", "--from", f"sqlite:{db}", "--to", postgres_url)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert f"live/{MEETING_ID}" in result.stderr and "nothing was copied" in result.stderr
    store = PostgresStore(postgres_url)
    assert store.raw_documents() == []
    store.close()


def test_a_destination_that_holds_state_is_left_alone(meeting, tmp_path, postgres_url):
    db = tmp_path / "meetingbot.db"
    a_deployment(meeting, db)
    store = PostgresStore(postgres_url)
    with store.transaction() as tx:
        tx.put("live", MEETING_ID, {"mine": True})
    result = run("store", "copy", "--from", f"sqlite:{db}", "--to", postgres_url)
    assert result.returncode == 3 and "already holds 1 document" in result.stderr
    assert store.raw_documents() == [("live", MEETING_ID, '{"mine": true}')]
    store.close()


def test_a_source_that_is_neither_sqlite_nor_a_url_is_one_line(tmp_path):
    result = run("store", "copy", "--from", str(tmp_path / "x.db"), "--to", "sqlite:y.db")
    assert result.returncode == 2 and "neither sqlite:PATH nor a postgresql:// URL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_mistyped_sqlite_source_is_one_line_and_creates_nothing(tmp_path):
    result = run("store", "copy", "--from", f"sqlite:{tmp_path / 'typo2.db'}", "--to", f"sqlite:{tmp_path / 'y.db'}")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "no such database file" in result.stderr and "copied" not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
