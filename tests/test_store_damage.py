"""A damaged database: every document read is checked against its model, damage is told, nothing overwrites it.

Bad documents are files under ``tests/data/damaged_documents/``, named ``NAMESPACE.CASE.txt``;
each is planted with a plain SQL ``INSERT``/``UPDATE``, as a stray tool or a bad disk would.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ReminderPolicy
from bot.live_state import load_state, read_state
from bot.preferences import get_in, read_preferences
from bot.reminders import ledger
from bot.reminders.ledger import Record
from bot.reminders.service import ReminderService
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore
from bot.store import DamagedDocument, MemoryStore, StoreError
from live_helpers import OPENING, LiveBot, file_digest

DAMAGED = Path(__file__).resolve().parent / "data" / "damaged_documents"
CASES = sorted(path.name for path in DAMAGED.glob("*.txt"))
MEETINGBOT = Path(sys.executable).with_name("meetingbot")
M = "itu-t-sg17-2020-08"
UTC = dt.timezone.utc
MGMT_1D = dt.datetime(2020, 8, 22, 9, 0, tzinfo=UTC)  # the management team's 1-day reminder falls due
DUE_KEY = f"{M}/session:management-team/1d|slack:C01"
KEYS = {"live": M, "user": "console:kim", "reminders": DUE_KEY, "reminders-control": M}


def case_of(name: str) -> tuple[str, str, str]:
    """``(namespace, key, stored text)`` of a damaged-document file."""
    namespace = name.split(".", 1)[0]
    return namespace, KEYS[namespace], (DAMAGED / name).read_text(encoding="utf-8")


def plant(db: Path, namespace: str, key: str, text: str | bytes) -> None:
    """Store ``text`` as it is under the key, the way ``sqlite3 FILE "UPDATE documents …"`` would."""
    connection = sqlite3.connect(db)
    connection.execute("INSERT OR REPLACE INTO documents (namespace, key, value) VALUES (?, ?, ?)",
                       (namespace, key, text))
    connection.commit()
    connection.close()


def raw(db: Path, namespace: str, key: str) -> str | bytes | None:
    """The stored value exactly as it is in the file."""
    connection = sqlite3.connect(db)
    connection.text_factory = bytes
    row = connection.execute("SELECT value FROM documents WHERE namespace = ? AND key = ?",
                             (namespace, key)).fetchone()
    connection.close()
    return row[0] if row else None


def damaged_db(tmp_path: Path, name: str) -> tuple[Path, str, str]:
    """A database whose document of ``name``'s namespace is the damaged text."""
    db = tmp_path / "meetingbot.db"
    SqliteStore(db).close()
    namespace, key, text = case_of(name)
    plant(db, namespace, key, text)
    return db, namespace, key


def read_through_its_model(store, namespace: str, key: str) -> None:
    """Read the document as the bot does: the lock-free read, then inside a transaction."""
    if namespace == "live":
        read_state(store, key)
        with store.transaction() as tx:
            load_state(tx, key)
    elif namespace == "user":
        read_preferences(store, key)
        with store.transaction() as tx:
            get_in(tx, key)
    elif namespace == "reminders":
        with store.transaction() as tx:
            ledger.read(tx, key)
    else:
        ledger.is_paused(store, key)


@pytest.mark.parametrize("name", CASES)
def test_a_damaged_document_is_refused_by_its_model_never_read_as_empty(tmp_path, name):
    db, namespace, key = damaged_db(tmp_path, name)
    store = SqliteStore(db)
    try:
        with pytest.raises(DamagedDocument) as raised:
            read_through_its_model(store, namespace, key)
    finally:
        store.close()
    assert (raised.value.namespace, raised.value.key) == (namespace, key)
    assert "meetingbot doctor" in str(raised.value) and "\n" not in str(raised.value)


# A command that reads (or reads and then writes) each namespace, typed by a chair or by Kim.
COMMANDS = {
    "live": [(True, "/session start Plenary, day 1"), (True, "/item 3h"), (False, "/floor France"), (False, "/now")],
    "user": [(False, "/timezone Asia/Seoul"), (False, "/deadlines")],
    "reminders": [(True, "/reminders status")],
    "reminders-control": [(True, "/reminders pause"), (True, "/reminders resume"), (True, "/reminders status")],
}


@pytest.mark.parametrize("name", CASES)
def test_a_command_on_a_damaged_document_says_so_and_overwrites_nothing(tmp_path, name, meeting, caplog):
    db, namespace, key = damaged_db(tmp_path, name)
    before = raw(db, namespace, key)
    live = LiveBot(meeting, SqliteStore(db))
    try:
        for chair, text in COMMANDS[namespace]:
            reply = live.reply(text, user="Kim", chair=chair)
            said = live.render(reply)
            assert not reply.ok, (text, said)
            assert "damaged" in said and "meetingbot doctor" in said and f"{namespace}/{key}" in said, (text, said)
            assert raw(db, namespace, key) == before, text
    finally:
        live.store.close()
    assert live.sent() == []
    assert not [r for r in caplog.records if r.exc_info], "no traceback in the log"
    assert any(f"{namespace}/{key}" in r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)


def test_a_damaged_reply_is_in_french_for_a_french_asker(tmp_path, meeting):
    db, _, _ = damaged_db(tmp_path, "live.not-json.txt")
    live = LiveBot(meeting, SqliteStore(db))
    try:
        reply = live.bot.handle(Request("/now", Asker(id="kim", name="Kim", lang="fr")))
    finally:
        live.store.close()
    assert "endommagé" in live.render(reply) and "meetingbot doctor" in live.render(reply)


def test_the_minute_tick_on_a_damaged_live_state_sends_nothing_and_logs_one_line(tmp_path, meeting, caplog):
    db, _, _ = damaged_db(tmp_path, "live.empty-list.txt")
    live = LiveBot(meeting, SqliteStore(db))
    try:
        assert [live.bot.tick() for _ in range(3)] == [0, 0, 0]
    finally:
        live.store.close()
    lines = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(lines) == 1 and "live/" in lines[0].getMessage() and not lines[0].exc_info
    assert raw(db, "live", M) == b"[]"


@pytest.mark.parametrize("name", [n for n in CASES if n.startswith("reminders.")])
def test_a_damaged_ledger_record_is_neither_posted_again_nor_overwritten(tmp_path, name, meeting, caplog):
    db, namespace, key = damaged_db(tmp_path, name)
    before = raw(db, namespace, key)
    store = SqliteStore(db)
    try:
        service = ReminderService(meeting, ReminderPolicy(), store, owner="bot-a")
        posted = []
        for _ in range(3):
            for job in service.claim(MGMT_1D, ["slack:C01", "discord:42"]).jobs:
                service.finish(job, MGMT_1D)
                posted.append(job.channel)
    finally:
        store.close()
    assert posted == ["discord:42"]
    assert raw(db, namespace, key) == before
    lines = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(lines) == 1 and DUE_KEY in lines[0].getMessage() and not lines[0].exc_info


@pytest.mark.parametrize("name", [n for n in CASES if n.startswith("reminders-control.")])
def test_a_damaged_pause_switch_posts_nothing_and_is_left_as_it_is(tmp_path, name, meeting):
    db, namespace, key = damaged_db(tmp_path, name)
    before = raw(db, namespace, key)
    store = SqliteStore(db)
    try:
        service = ReminderService(meeting, ReminderPolicy(), store, owner="bot-a")
        assert service.claim(MGMT_1D, ["slack:C01"]).jobs == []
    finally:
        store.close()
    assert raw(db, namespace, key) == before


def test_a_good_ledger_still_posts_around_a_damaged_record(tmp_path, meeting):
    db, _, _ = damaged_db(tmp_path, "reminders.unknown-state.txt")
    store = SqliteStore(db)
    try:
        service = ReminderService(meeting, ReminderPolicy(), store, owner="bot-a")
        jobs = service.claim(MGMT_1D, ["slack:C01", "discord:42"]).jobs
        assert [job.channel for job in jobs] == ["discord:42"]
        service.finish(jobs[0], MGMT_1D)
        with store.transaction() as tx:
            assert ledger.read(tx, f"{M}/session:management-team/1d|discord:42").state == "posted"
    finally:
        store.close()


# --- the store itself: text that is not JSON, not UTF-8, or null ------------------------------------------------


@pytest.mark.parametrize("value", [b"{not json", b"\xff\xfe{}", b"null", b"", "[" * 100_000],
                         ids=["not-json", "not-utf8", "null", "empty", "nested-too-deep"])
def test_the_sqlite_store_tells_a_document_it_cannot_decode(tmp_path, value):
    db = tmp_path / "meetingbot.db"
    SqliteStore(db).close()
    plant(db, "notes", "a", value)
    store = SqliteStore(db)
    try:
        with pytest.raises(DamagedDocument, match="notes/a"):
            store.read("notes", "a")
        with pytest.raises(DamagedDocument, match="notes/a"), store.transaction() as tx:
            tx.get("notes", "a")
    finally:
        store.close()


def test_a_key_that_is_not_utf8_is_told_as_damage_not_a_driver_error(tmp_path):
    db = tmp_path / "meetingbot.db"
    SqliteStore(db).close()
    connection = sqlite3.connect(db)
    connection.execute("INSERT INTO documents VALUES ('reminders', CAST(X'61FF62' AS TEXT), '{}')")
    connection.commit()
    connection.close()
    store = SqliteStore(db)
    try:
        with pytest.raises(DamagedDocument, match="not UTF-8"):
            ledger.all_records(store)
    finally:
        store.close()


@pytest.mark.parametrize("make", [MemoryStore, "sqlite"], ids=["memory", "sqlite"])
def test_none_cannot_be_stored_because_it_would_read_back_as_absent(tmp_path, make):
    store = SqliteStore(tmp_path / "m.db") if make == "sqlite" else make()
    try:
        with pytest.raises(ValueError, match="delete the key"), store.transaction() as tx:
            tx.put("notes", "a", None)
        assert store.read("notes", "a") is None
    finally:
        store.close()


def test_ledger_records_still_read_back_as_written(tmp_path):
    store = SqliteStore(tmp_path / "m.db")
    try:
        record = Record(DUE_KEY, "failed", MGMT_1D, "bot-a", 3, True, "HTTP 503")
        with store.transaction() as tx:
            ledger.write(tx, record)
        assert ledger.all_records(store) == [record]
    finally:
        store.close()


# --- the command line --------------------------------------------------------------------------------------------


def run_cli(tmp_path: Path, db: Path, *args: str) -> subprocess.CompletedProcess:
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {json.dumps(str(db))}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MEETINGBOT_CONFIG"}
    return subprocess.run([str(MEETINGBOT), *args, "--config", str(config)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)


def with_a_session(tmp_path: Path, meeting) -> Path:
    db = tmp_path / "meetingbot.db"
    live = LiveBot(meeting, SqliteStore(db))
    live.chair("/session start Plenary, day 1")
    live.chair("/item 3h")
    live.store.close()
    return db


def test_minutes_on_a_live_state_that_is_not_json_exits_3_with_one_line(tmp_path, meeting):
    db = with_a_session(tmp_path, meeting)
    plant(db, "live", M, "{not json")
    result = run_cli(tmp_path, db, "minutes")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip().count("\n") == 0
    assert f"live/{M}" in result.stderr and "damaged" in result.stderr and "meetingbot doctor" in result.stderr


@pytest.mark.parametrize("text", ["[]", "null"])
def test_a_chair_command_on_an_empty_list_or_null_live_state_leaves_it_as_it_is(tmp_path, meeting, text):
    db = with_a_session(tmp_path, meeting)
    plant(db, "live", M, text)
    for command in (["ask", "/now"], ["ask", "--chair", "/session start Plenary, day 2"]):
        result = run_cli(tmp_path, db, *command)
        assert "Traceback" not in result.stderr + result.stdout
        assert "damaged" in result.stdout and "meetingbot doctor" in result.stdout
        assert "Plenary, day 2" not in result.stdout
    assert raw(db, "live", M) == text.encode()


def test_ask_with_damaged_preferences_answers_that_they_are_damaged(tmp_path, meeting):
    db = with_a_session(tmp_path, meeting)
    plant(db, "user", "console:kim", '{"tz": 9}')
    result = run_cli(tmp_path, db, "ask", "--user", "kim", "/deadlines")
    assert result.returncode == 0 and "Traceback" not in result.stderr + result.stdout
    assert "damaged (user/console:kim)" in result.stdout and "meetingbot doctor" in result.stdout
    assert raw(db, "user", "console:kim") == b'{"tz": 9}'


# --- random overwrites of the file: noticed at open --------------------------------------------------------------


def sample_database(path: Path, meeting) -> None:
    """A database as a meeting leaves it: a session, preferences, a few hundred ledger records."""
    live = LiveBot(meeting, SqliteStore(path), start=OPENING)
    live.chair("/session start Plenary, day 1")
    for ref in ("1", "2", "3h", "5"):
        live.chair(f"/item {ref}")
        live.reply("/floor France", user="Kim")
        live.chair("/floor next")
    for n in range(30):
        live.reply("/timezone Asia/Seoul", user=f"delegate{n}")
    with live.store.transaction() as tx:
        for n in range(300):
            ledger.write(tx, Record(f"{M}/deadline:d{n}/1d|slack:C{n:04d}", "posted", OPENING, "run-1", 1))
    live.store.close()


def integrity_fails(path: Path, pragma: str = "integrity_check") -> bool:
    try:
        connection = sqlite3.connect(path)
        try:
            return connection.execute(f"PRAGMA {pragma}").fetchall() != [("ok",)]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return True


def overwrite(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    size = rng.randint(1, 64)
    at = rng.randrange(0, len(data) - size)
    data[at:at + size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))


def test_random_overwrites_of_the_file_are_noticed_at_open_and_the_file_left_untouched(tmp_path, meeting):
    pristine = tmp_path / "pristine.db"
    sample_database(pristine, meeting)
    refused = quick_check_alone_missed = 0
    for seed in range(80):
        db = tmp_path / f"trial-{seed}.db"
        shutil.copy(pristine, db)
        overwrite(db, random.Random(seed))
        damaged_file = integrity_fails(db)
        digest = file_digest(db)
        try:
            store = SqliteStore(db)
        except StoreError as error:
            assert damaged_file, f"seed {seed}: refused a sound file: {error}"
            assert "damaged" in str(error) or "not a meetingbot database" in str(error)
            assert file_digest(db) == digest, f"seed {seed}: the refused file was changed"
            refused += 1
            quick_check_alone_missed += not integrity_fails(db, "quick_check")
            continue
        assert not damaged_file, f"seed {seed}: PRAGMA integrity_check fails, yet the file was opened"
        try:  # what the integrity check cannot see (a changed byte inside a value) is damage of a document
            for namespace in ("live", "user", "reminders"):
                with store.transaction() as tx:
                    keys = tx.keys(namespace)
                for key in keys:
                    try:
                        read_through_its_model(store, namespace, key)
                    except DamagedDocument:
                        pass
        finally:
            store.close()
    assert refused >= 20, "the trials should damage the file's structure often"
    assert quick_check_alone_missed >= 1, "some damage only the full integrity check finds"


def damage_only_the_full_check_sees(pristine: Path, db: Path) -> None:
    """Copy ``pristine`` to ``db`` with the first random overwrite that ``quick_check`` misses."""
    for seed in range(200):
        shutil.copy(pristine, db)
        overwrite(db, random.Random(seed))
        if integrity_fails(db) and not integrity_fails(db, "quick_check"):
            return
    pytest.fail("no trial damaged only what the full integrity check sees")


def test_cli_on_a_file_failing_the_integrity_check_exits_3_with_one_line(tmp_path, meeting):
    pristine = tmp_path / "pristine.db"
    sample_database(pristine, meeting)
    db = tmp_path / "meetingbot.db"
    damage_only_the_full_check_sees(pristine, db)
    digest = file_digest(db)
    for command in (["ask", "/now"], ["ask", "--chair", "/item 3h"], ["minutes"]):
        result = run_cli(tmp_path, db, *command)
        assert result.returncode == 3, command
        assert "Traceback" not in result.stderr + result.stdout
        assert result.stderr.strip().count("\n") == 0 and "damaged" in result.stderr
        assert "meetingbot doctor" in result.stderr
    assert file_digest(db) == digest
