"""The replay guard: a key is claimed once, across threads, store connections and processes; old claims go."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.replay_guard import EXPIRY_NAMESPACE, NAMESPACE, SWEEP_EVERY, ReplayGuard
from bot.sqlite_store import SqliteStore
from store_kinds import store_place  # noqa: F401  (the fixture: memory, SQLite, PostgreSQL)
from bot.store import MemoryStore

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
WINDOW = dt.timedelta(minutes=6)


def guard(store=None, kind: str = "slack", clock: FakeClock | None = None) -> ReplayGuard:
    """A guard on ``store`` (default in memory) whose real time is a fake clock at NOW."""
    return ReplayGuard(store if store is not None else MemoryStore(), kind, clock or FakeClock(NOW))


def test_the_first_claim_acts_and_every_copy_gets_the_first_answer():
    g = guard()
    assert g.claim("v0=abc", NOW + WINDOW).first
    copy = g.claim("v0=abc", NOW + WINDOW)
    assert not copy.first and copy.answer is None  # the first is still being answered
    g.record("v0=abc", {"status": 200, "body": "Item changed"})
    assert g.claim("v0=abc", NOW + WINDOW).answer == {"status": 200, "body": "Item changed"}
    assert g.answer("v0=abc") == {"status": 200, "body": "Item changed"}
    assert g.claim("v0=other", NOW + WINDOW).first


def test_kinds_do_not_mix():
    store = MemoryStore()
    assert guard(store, "slack").claim("123", NOW + WINDOW).first
    assert guard(store, "discord").claim("123", NOW + WINDOW).first
    with pytest.raises(ValueError):
        guard(store, "a:b")


def test_a_claim_is_kept_until_it_expires_then_swept():
    store, clock = MemoryStore(), FakeClock(NOW)
    g = guard(store, clock=clock)
    g.claim("old", NOW + WINDOW)
    g.claim("later", NOW + 3 * WINDOW)
    clock.advance(WINDOW - dt.timedelta(seconds=1))
    assert not g.claim("old", NOW + WINDOW).first  # within its window: still a copy
    clock.advance(SWEEP_EVERY + dt.timedelta(seconds=2))  # past the expiry, and a sweep is due
    assert g.claim("old", NOW + 4 * WINDOW).first  # swept: (Slack would refuse it as stale by now)
    assert not g.claim("later", NOW + 3 * WINDOW).first
    with store.transaction() as tx:
        assert sorted(tx.keys(NAMESPACE)) == ["slack:later", "slack:old"]
        assert len(tx.keys(EXPIRY_NAMESPACE)) == 2


def test_a_sweep_runs_at_most_once_a_minute():
    store, clock = MemoryStore(), FakeClock(NOW)
    g = guard(store, clock=clock)
    g.claim("a", NOW + dt.timedelta(seconds=1))
    clock.advance(dt.timedelta(seconds=30))
    assert not g.claim("a", NOW).first  # expired, but the last sweep was less than a minute ago
    clock.advance(dt.timedelta(seconds=31))
    assert g.claim("a", NOW + WINDOW).first


def test_a_claim_of_an_unexpected_shape_still_counts_as_seen():
    store = MemoryStore()
    with store.transaction() as tx:
        tx.put(NAMESPACE, "slack:v0=odd", ["not", "a", "claim"])
        tx.put(EXPIRY_NAMESPACE, "garbage", "slack:none")
    g = guard(store)
    copy = g.claim("v0=odd", NOW + WINDOW)
    assert not copy.first and copy.answer is None
    with store.transaction() as tx:
        assert "garbage" not in tx.keys(EXPIRY_NAMESPACE)  # the sweep dropped the index entry it did not write


def test_threads_racing_for_one_key_give_one_first(tmp_path):
    store = SqliteStore(tmp_path / "bot.db")
    g = guard(store)
    with ThreadPoolExecutor(8) as pool:
        claims = list(pool.map(lambda _: g.claim("v0=same", NOW + WINDOW).first, range(40)))
    assert claims.count(True) == 1
    store.close()


def test_a_copy_reaching_another_connection_or_a_restart_is_caught(tmp_path):
    path = tmp_path / "bot.db"
    first, second = SqliteStore(path), SqliteStore(path)
    assert guard(first).claim("v0=abc", NOW + WINDOW).first
    guard(first).record("v0=abc", {"status": 200, "body": "first"})
    copy = guard(second).claim("v0=abc", NOW + WINDOW)
    assert not copy.first and copy.answer == {"status": 200, "body": "first"}
    first.close()
    second.close()
    reopened = SqliteStore(path)
    assert guard(reopened).claim("v0=abc", NOW + WINDOW).answer == {"status": 200, "body": "first"}
    reopened.close()


CLAIMER = """
import datetime as dt, sys
from bot.clock import FakeClock
from bot.replay_guard import ReplayGuard
from bot.sqlite_store import SqliteStore
store = SqliteStore(sys.argv[1])
now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
guard = ReplayGuard(store, "slack", FakeClock(now))
print(" ".join(key for key in map(str, range(30)) if guard.claim(key, now + dt.timedelta(minutes=6)).first))
"""


def test_processes_racing_for_the_same_keys_claim_each_once(tmp_path):
    path = tmp_path / "bot.db"
    SqliteStore(path).close()
    processes = [subprocess.Popen([sys.executable, "-c", CLAIMER, str(path)], cwd=ROOT, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    won = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        won += out.split()
    assert sorted(won, key=int) == [str(n) for n in range(30)]  # each key first in exactly one process


def test_threads_racing_for_one_key_on_any_store_give_one_first(store_place):
    stores = [store_place.open() for _ in range(3)]  # three replicas (one shared store for memory)
    with ThreadPoolExecutor(9) as pool:
        claims = list(pool.map(lambda n: guard(stores[n % 3]).claim("v0=same", NOW + WINDOW).first, range(45)))
    assert claims.count(True) == 1
