"""The three stores behind one fixture, for the Store contract tests: memory, SQLite and PostgreSQL.

``store_place`` is a place where state lives (nothing, a file, a database); ``place.open()``
opens a store on it (each call another connection: another thread's or another replica's
view; for memory, the same store), and ``place.plant()`` writes a raw text under a key, as
damage would leave it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from bot.postgres_schema import DOCUMENTS
from bot.postgres_store import PostgresStore
from bot.sqlite_store import SqliteStore
from bot.store import MemoryStore, Store

KINDS = ["memory", "sqlite", "postgres"]


class StorePlace:
    """Where one test's state lives, and every store opened on it (closed at the end of the test)."""

    def __init__(self, kind: str, where: str) -> None:
        self.kind, self.where = kind, where
        self.opened: list[Store] = []
        self._memory = MemoryStore() if kind == "memory" else None

    @property
    def durable(self) -> bool:
        """Whether the state outlives the store that wrote it."""
        return self.kind != "memory"

    def open(self) -> Store:
        """A store on this place (for memory, always the same one)."""
        if self._memory is not None:
            return self._memory
        store = SqliteStore(self.where) if self.kind == "sqlite" else PostgresStore(self.where)
        self.opened.append(store)
        return store

    def plant(self, namespace: str, key: str, text: str) -> None:
        """Write ``text`` as the stored value of a key, bypassing every check."""
        if self._memory is not None:
            self._memory._data[(namespace, key)] = text
        elif self.kind == "sqlite":
            self.open().close()  # the schema exists
            with sqlite3.connect(self.where) as connection:
                connection.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)", (namespace, key, text))
            connection.close()
        else:
            self.open()
            with psycopg.connect(self.where, autocommit=True) as connection:
                connection.execute(f"INSERT INTO {DOCUMENTS} VALUES (%s, %s, %s) ON CONFLICT (namespace, key) "
                                   "DO UPDATE SET value = excluded.value", (namespace, key, text))

    def close(self) -> None:
        """Close every store opened here."""
        for store in self.opened:
            try:
                store.close()
            except Exception:
                pass


@pytest.fixture(params=KINDS)
def store_place(request, tmp_path: Path):
    """A fresh place for state, once per kind of store."""
    kind = request.param
    where = ""
    if kind == "sqlite":
        where = str(tmp_path / "meetingbot.db")
    elif kind == "postgres":
        where = request.getfixturevalue("postgres_url")
    place = StorePlace(kind, where)
    yield place
    place.close()
