"""The Store port on SQLite (standard library): WAL mode, immediate transactions, versioned schema.

A file is checked when it is opened (``PRAGMA integrity_check``; ``quick_check`` for a
file over 64 MB) and refused, untouched, when damaged. A document whose text is not
UTF-8 JSON is reported as :class:`~bot.store.DamagedDocument`; ``bot.sqlite_examine``
reads a file without changing it, for ``meetingbot doctor``.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Hashable, Iterator

from bot.store import DOCTOR_HINT, DamagedDocument, StoreError, decode_document, encode_document, moves_stamp

SCHEMA_VERSION = 1
LOCK_TIMEOUT_SECONDS = 10.0
OTHERS_CHECK_SECONDS = 0.02  # another process's commit is seen within this (this process's at once)
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024  # above this, opening runs quick_check (no index-against-table check)
PROBLEMS_LISTED = 20

# Forward migrations: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: dict[int, str] = {
    0: """
        CREATE TABLE documents (
            namespace TEXT NOT NULL,
            key       TEXT NOT NULL,
            value     TEXT NOT NULL,
            PRIMARY KEY (namespace, key)
        );
    """,
}


def _text(namespace: str, key: str, raw: bytes) -> str:
    """A stored value's bytes as text; :class:`DamagedDocument` when they are not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DamagedDocument(namespace, key, f"not UTF-8 text (byte {error.start})") from None


def _key_text(namespace: str, raw: bytes) -> str:
    return _text(namespace, raw.decode("utf-8", "backslashreplace"), raw)


def _document(connection: sqlite3.Connection, namespace: str, key: str) -> Any | None:
    # As bytes: SQLite's own decoding of a damaged value would fail as an unexplained OperationalError.
    row = connection.execute("SELECT CAST(value AS BLOB) FROM documents WHERE namespace = ? AND key = ?",
                             (namespace, key)).fetchone()
    if row is None:
        return None
    return decode_document(namespace, key, _text(namespace, key, row[0] or b""))


class _SqliteTransaction:
    def __init__(self, connection: sqlite3.Connection, written: set[str]) -> None:
        self.connection = connection
        self.written = written  # the namespaces written, which the commit reads to know whether the stamp moves

    def get(self, namespace: str, key: str) -> Any | None:
        return _document(self.connection, namespace, key)

    def put(self, namespace: str, key: str, value: Any) -> None:
        self.connection.execute(
            "INSERT INTO documents (namespace, key, value) VALUES (?, ?, ?) "
            "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value",
            (namespace, key, encode_document(value)))
        self.written.add(namespace)

    def delete(self, namespace: str, key: str) -> None:
        self.connection.execute("DELETE FROM documents WHERE namespace = ? AND key = ?", (namespace, key))
        self.written.add(namespace)

    def keys(self, namespace: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT CAST(key AS BLOB) FROM documents WHERE namespace = ? ORDER BY key", (namespace,)).fetchall()
        return [_key_text(namespace, row[0]) for row in rows]


class SqliteStore:
    """A store in one SQLite file, safe for several threads and several processes."""

    def __init__(self, path: Path | str, lock_timeout: float = LOCK_TIMEOUT_SECONDS, verify: bool = True) -> None:
        """Open (or create) the file; ``verify`` runs the integrity check first (:class:`StoreError` when damaged)."""
        self.path = str(path)
        self._verify = verify
        self._lock = threading.RLock()
        self._commits = 0  # through this connection; PRAGMA data_version counts everyone else's
        self._others, self._others_checked_at = 0, float("-inf")
        try:
            self._connection = sqlite3.connect(self.path, timeout=lock_timeout, isolation_level=None,
                                               check_same_thread=False)
            self._set_up(time.monotonic() + lock_timeout)
        except sqlite3.DatabaseError as error:
            raise StoreError(self._explain(error)) from None

    def _set_up(self, deadline: float) -> None:
        """Check the version, switch to WAL and migrate; retried while another process does the same.

        Switching the journal mode does not wait on SQLite's busy handler: two processes opening a
        new file at once would otherwise see "database is locked" at once.
        """
        while True:
            try:
                self._refuse_newer_schema()  # before anything writes to the file
                if self._verify:
                    self._refuse_damaged_file()
                self._connection.execute("PRAGMA journal_mode=WAL")
                self._connection.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _explain(self, error: sqlite3.Error) -> str:
        text = str(error)
        if "locked" in text or "busy" in text:
            return f"{self.path}: the database is locked by another program for too long ({text})"
        if "not a database" in text or "malformed" in text:
            return (f"{self.path}: not a meetingbot database, or damaged ({text}); nothing was changed, "
                    f"and {DOCTOR_HINT}")
        if "unable to open" in text or "readonly" in text:
            return f"{self.path}: cannot open the database ({text}); check the path and its permissions"
        return f"{self.path}: database error: {text}"

    def _refuse_newer_schema(self) -> None:
        version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self._connection.close()
            raise StoreError(f"{self.path}: the database has schema version {version}, newer than this "
                             f"meetingbot understands ({SCHEMA_VERSION}); upgrade meetingbot. Nothing was changed.")

    def _refuse_damaged_file(self) -> None:
        size = os.path.getsize(self.path) if os.path.exists(self.path) else 0
        problems = integrity_problems(self._connection, full=size <= FULL_CHECK_MAX_BYTES)
        if problems:
            self._connection.close()
            more = f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
            raise StoreError(f"{self.path}: the database file is damaged ({problems[0]}{more}); nothing was changed, "
                             f"and {DOCTOR_HINT}")

    def _migrate(self) -> None:
        with self._immediate() as connection:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: the database has schema version {version}, newer than this "
                                 f"meetingbot understands ({SCHEMA_VERSION}); upgrade meetingbot. Nothing was changed.")
            while version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        connection.execute(statement)
                version += 1
                connection.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def _immediate(self, moves: Callable[[], bool] = lambda: True) -> Iterator[sqlite3.Connection]:
        """A write-locked transaction; once committed, the stamp moves unless ``moves`` says otherwise."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            else:
                self._connection.execute("COMMIT")
                if moves():
                    self._commits += 1

    @contextmanager
    def transaction(self) -> Iterator[_SqliteTransaction]:
        """An immediate (write-locking) transaction: serialised across threads and processes."""
        try:
            written: set[str] = set()
            with self._immediate(lambda: moves_stamp(written)) as connection:
                yield _SqliteTransaction(connection, written)
        except sqlite3.DatabaseError as error:
            raise StoreError(self._explain(error)) from None

    def read(self, namespace: str, key: str) -> Any | None:
        """One document as last committed; in WAL mode a reader never waits for a writer."""
        try:
            with self._lock:
                return _document(self._connection, namespace, key)
        except sqlite3.DatabaseError as error:
            raise StoreError(self._explain(error)) from None

    def stamp(self) -> Hashable:
        """Commits through this store, and by other processes as ``PRAGMA data_version`` last said.

        This store's own commits count at once. Other processes' are asked of SQLite at most every
        ``OTHERS_CHECK_SECONDS``: the pragma takes file locks, and under a burst asking it for every
        message cost more than the rest of a shared answer.
        """
        now = time.monotonic()
        if now - self._others_checked_at >= OTHERS_CHECK_SECONDS:
            try:
                with self._lock:
                    self._others = self._connection.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.DatabaseError as error:
                raise StoreError(self._explain(error)) from None
            self._others_checked_at = now
        return self._commits, self._others

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._connection.close()


def integrity_problems(connection: sqlite3.Connection, full: bool = True) -> list[str]:
    """What ``PRAGMA integrity_check`` (or, not ``full``, ``quick_check``) finds wrong: empty when the file is sound.

    A file too damaged for the check to run is one problem; a lock held too long is not (it is raised).
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({PROBLEMS_LISTED})").fetchall()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise
        return [str(error)]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    problems = [" ".join(str(row[0]).split()) for row in rows]  # a finding may span lines ("*** in database main ***")
    return [] if problems == ["ok"] else problems

