"""The SQLite store on real files: restarts, kill -9, concurrent chairs, and files it must refuse."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.sqlite_store import OTHERS_CHECK_SECONDS, SqliteStore
from bot.store import MemoryStore, StoreError
from live_helpers import LiveBot, file_digest, timeline_problems

MEETINGBOT = Path(sys.executable).with_name("meetingbot")
MEETING_ID = "itu-t-sg17-2020-08"
CHAIR_PROCESS = Path(__file__).resolve().parent / "chair_process.py"

KILL_CYCLE = ["/item 3h 10m", "/floor France", "/next", "/break 5m", "/resume", "/floor next", "/prev", "/next"]
TIMELINE_COMMANDS = {"/item", "/next", "/prev", "/break", "/resume"}


def start_chair(db: Path, name: str, cycle: list[str], rounds: int = 0, clock: str = "fake") -> subprocess.Popen:
    """Start a chair process (tests/chair_process.py); it begins when :func:`go` is called."""
    return subprocess.Popen([sys.executable, str(CHAIR_PROCESS), str(db), name, str(rounds), clock, json.dumps(cycle)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def go(*chairs: subprocess.Popen) -> None:
    """Let the chair processes start (all at once, as far as the OS allows)."""
    for chair in chairs:
        chair.stdin.write("go\n")
        chair.stdin.flush()


def stored(db: Path) -> dict:
    store = SqliteStore(db)
    try:
        with store.transaction() as tx:
            return tx.get("live", MEETING_ID)
    finally:
        store.close()


def test_documents_persist_across_close_and_reopen(tmp_path):
    store = SqliteStore(tmp_path / "m.db")
    with store.transaction() as tx:
        tx.put("user", "console:kim", {"entity": "Republic of Korea — 대한민국"})
    store.close()
    store = SqliteStore(tmp_path / "m.db")
    with store.transaction() as tx:
        assert tx.get("user", "console:kim") == {"entity": "Republic of Korea — 대한민국"}
        assert tx.keys("user") == ["console:kim"]
    store.close()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path):
    store = SqliteStore(tmp_path / "m.db")
    with pytest.raises(RuntimeError):
        with store.transaction() as tx:
            tx.put("user", "console:kim", {"entity": "X"})
            raise RuntimeError("boom")
    with store.transaction() as tx:
        assert tx.get("user", "console:kim") is None
    store.close()


def test_restart_in_the_middle_of_a_session_loses_nothing(meeting, tmp_path):
    first = LiveBot(meeting, SqliteStore(tmp_path / "m.db"))
    first.chair("/session start Plenary, day 1")
    first.chair("/item 3h 30m", user="Okafor")
    first.reply("/floor France", user="Dupont")
    first.reply("/floor Kenya", user="Wanjiru")
    first.at("11:10")
    first.chair("/floor next")
    first.at("11:20")
    first.chair("/break 15m")
    first.at("11:25")
    before = (first.say("/now"), first.say("/floor list"), first.minutes_md(), first.minutes_json())
    first.store.close()

    second = LiveBot(meeting, SqliteStore(tmp_path / "m.db"), start=first.clock.now())
    assert (second.say("/now"), second.say("/floor list"), second.minutes_md(), second.minutes_json()) == before
    assert "On a break until 11:35" in before[0] and "Wanjiru (Kenya)" in before[1]
    assert second.say("/floor", user="Dupont").count("as Dupont (France)") == 1  # entity remembered
    second.at("11:35")
    second.chair("/resume")
    assert "Time budget: 10 minutes, until 11:45" in second.render(second.sent()[-1].reply)
    second.at("11:44")
    assert second.bot.tick() == 0
    second.at("11:46")
    assert second.bot.tick() == 1 and second.sent()[-1].user_id == "okafor"
    second.store.close()


def test_kill_9_in_the_middle_of_chair_commands_leaves_a_consistent_state(meeting, tmp_path):
    db = tmp_path / "m.db"
    setup = LiveBot(meeting, SqliteStore(db))
    setup.chair("/session start Plenary")
    setup.store.close()
    chair = start_chair(db, "Rossi", KILL_CYCLE)
    go(chair)
    acknowledged = []
    while len(acknowledged) < 150:
        line = chair.stdout.readline()
        assert line, f"the chair process ended early: {chair.stderr.read()}"
        acknowledged.append(line.split()[1])
    chair.send_signal(signal.SIGKILL)
    chair.wait()
    acknowledged += [line.split()[1] for line in chair.stdout.read().splitlines() if len(line.split()) > 1]  # what it
    # acknowledged before the kill but the reading had not reached: acknowledged all the same

    raw = stored(db)
    json.dumps(raw)  # valid JSON all the way down
    assert timeline_problems(raw) == []
    changes = sum(1 for command in acknowledged if command in TIMELINE_COMMANDS)
    assert changes <= len(raw["timeline"]) <= changes + 1  # nothing acknowledged was lost
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    after = LiveBot(meeting, SqliteStore(db), start=dt.datetime(2020, 8, 24, 12, 0, tzinfo=dt.timezone.utc))
    assert after.say("/now").startswith("Now: Plenary")
    after.store.close()


@pytest.mark.parametrize("shared", [True, False], ids=["one-store-for-both-threads", "a-store-per-thread"])
def test_two_threads_of_floor_requests_lose_none(meeting, tmp_path, shared):
    db = tmp_path / "m.db"
    setup = LiveBot(meeting, SqliteStore(db))
    setup.chair("/session start Plenary")
    errors: list[BaseException] = []

    def requests(thread: int) -> None:
        live = LiveBot(meeting, setup.store if shared else SqliteStore(db))
        try:
            for n in range(50):
                reply = live.reply(f"/floor Entity {thread}-{n}", user=f"user-{thread}-{n}")
                assert reply.ok, live.render(reply)
        except BaseException as error:  # reported below, with the thread's name
            errors.append(error)

    threads = [threading.Thread(target=requests, args=(t,)) for t in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    queue = setup.state().queue
    assert len(queue) == 100
    assert {w.user_id for w in queue} == {f"user-{t}-{n}" for t in range(2) for n in range(50)}
    assert all(w.entity == f"Entity {w.user_id[5:]}" for w in queue)
    setup.store.close()


@pytest.fixture(scope="module")
def two_chair_processes(tmp_path_factory):
    """Two processes, each announcing 25 items on the same database at the same time."""
    tmp_path = tmp_path_factory.mktemp("two-chairs")
    db = tmp_path / "m.db"
    SqliteStore(db).close()
    cycles = {"Rossi": ["/item 3h", "/item 5", "/item 2a"], "Okafor": ["/item 3i", "/item 6", "/item 2b"]}  # each
    # move a change: the item already under discussion, named again, changes nothing
    chairs = [start_chair(db, name, cycle, rounds=25, clock="real") for name, cycle in cycles.items()]
    go(*chairs)
    outcomes = [chair.communicate(timeout=120) for chair in chairs]
    return [chair.returncode for chair in chairs], outcomes, stored(db)


def test_two_processes_of_item_changes_lose_none(two_chair_processes):
    codes, outcomes, raw = two_chair_processes
    assert codes == [0, 0], [err for _, err in outcomes]
    assert [out.count("ok /item") for out, _ in outcomes] == [25, 25]
    assert len(raw["timeline"]) == 50
    assert sorted(e["announced_by"] for e in raw["timeline"]).count("Rossi") == 25


def test_two_processes_of_item_changes_keep_the_timeline_well_ordered(two_chair_processes):
    assert timeline_problems(two_chair_processes[2]) == []


class RivalFirstStore(MemoryStore):
    """A store where another chair's command slips in (and time passes) while a command waits for the lock."""

    def __init__(self) -> None:
        super().__init__()
        self.rival = None

    def transaction(self):
        rival, self.rival = self.rival, None
        if rival is not None:
            rival()
        return super().transaction()


def test_a_command_that_waited_for_the_lock_keeps_the_timeline_well_ordered(meeting):
    store = RivalFirstStore()
    alice, bob = LiveBot(meeting, store), LiveBot(meeting, store)
    alice.chair("/item 2a", user="Alice")

    def bob_announces_item_5() -> None:
        bob.clock.set(alice.clock.now() + dt.timedelta(seconds=1))
        bob.chair("/item 5", user="Bob")

    alice.clock.advance(dt.timedelta(minutes=5))
    store.rival = bob_announces_item_5
    alice.chair("/item 3h", user="Alice")
    state = alice.state()
    assert [e.ref for e in state.timeline] == ["2a", "5", "3h"]
    assert timeline_problems(alice.raw_state()["live"]) == []


def _plain_sqlite_v99(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE documents (namespace TEXT, key TEXT, value TEXT)")
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


def _meetingbot_v99(path: Path) -> None:
    SqliteStore(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"meeting notes, not SQLite\n" * 300)


BAD_FILES = {
    "not-a-database": (_not_a_database, "not a meetingbot database"),
    "newer-schema-from-meetingbot": (_meetingbot_v99, "schema version 99, newer than this meetingbot understands"),
    "newer-schema-plain-sqlite-file": (_plain_sqlite_v99, "schema version 99, newer than this meetingbot understands"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_unusable_file_raises_store_error_and_is_left_unchanged(tmp_path, case):
    make, message = BAD_FILES[case]
    db = tmp_path / "bad.db"
    make(db)
    digest = file_digest(db)
    with pytest.raises(StoreError, match=message) as raised:
        SqliteStore(db)
    assert str(db) in str(raised.value)
    assert file_digest(db) == digest


def test_database_locked_by_another_connection_raises_store_error(tmp_path):
    db = tmp_path / "locked.db"
    SqliteStore(db).close()
    digest = file_digest(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="locked by another program for too long"):
            SqliteStore(db, lock_timeout=0.3)
        assert time.monotonic() - started < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert file_digest(db) == digest


def _run_cli(tmp_path: Path, db: Path, *args: str) -> subprocess.CompletedProcess:
    config = tmp_path / "config.yaml"
    config.write_text(f"database: {json.dumps(str(db))}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MEETINGBOT_CONFIG"}
    return subprocess.run([str(MEETINGBOT), *args, "--config", str(config)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("case", ["not-a-database", "newer-schema-from-meetingbot"])
@pytest.mark.parametrize("command", [["ask", "--chair", "/item 3h"], ["minutes"]], ids=["ask", "minutes"])
def test_cli_on_an_unusable_file_exits_with_one_clear_line(tmp_path, case, command):
    make, message = BAD_FILES[case]
    db = tmp_path / "bad.db"
    make(db)
    digest = file_digest(db)
    result = _run_cli(tmp_path, db, *command)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip().count("\n") == 0 and message in result.stderr
    assert file_digest(db) == digest
    assert not (tmp_path / "meetingbot.db").exists()


def test_cli_on_a_locked_database_exits_with_one_clear_line(tmp_path):
    db = tmp_path / "locked.db"
    SqliteStore(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = _run_cli(tmp_path, db, "ask", "--chair", "/item 3h")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip().count("\n") == 0 and "locked" in result.stderr
    assert stored(db) is None


def test_the_stamp_follows_own_commits_at_once_and_other_processes_within_20_ms(tmp_path):
    here, elsewhere = SqliteStore(tmp_path / "s.db"), SqliteStore(tmp_path / "s.db")
    before = here.stamp()
    with here.transaction() as tx:
        tx.put("live", "m", {"item": "3h"})
    mine = here.stamp()
    assert mine != before
    with elsewhere.transaction() as tx:
        tx.put("live", "m", {"item": "3i"})
    time.sleep(OTHERS_CHECK_SECONDS + 0.01)
    assert here.stamp() != mine
    here.close()
    elsewhere.close()
