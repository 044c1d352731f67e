"""The Store port on PostgreSQL (psycopg 3 and its pool): one database for several replicas of the bot.

The same promises as :class:`~bot.sqlite_store.SqliteStore`:

- ``transaction()`` takes a transaction-level advisory lock first, so write transactions run one
  after the other across every replica (as SQLite's ``BEGIN IMMEDIATE``): what one reads inside
  it is what the last commit left, and no update is lost.
- ``read()`` is a plain snapshot read: PostgreSQL's MVCC never makes it wait for a writer.
- ``stamp()`` counts this store's commits at once, and everyone else's as their NOTIFY arrives
  (every transaction that wrote notifies on commit), in practice within milliseconds.
- A stored text that is not JSON is :class:`~bot.store.DamagedDocument`, never taken as empty.

When the server goes away, nothing hangs: ``transaction()`` raises
:class:`~bot.store.StoreUnavailable` at once, ``read()`` answers the last value this store saw
under the key, ``stamp()`` stays as it was, and :meth:`PostgresStore.available` is False. A
watcher thread (:mod:`bot.postgres_watch`) reconnects and makes the store usable again by itself.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Hashable, Iterator

import psycopg
from psycopg import errors
from psycopg_pool import ConnectionPool, PoolTimeout

from bot.postgres_schema import CHANNEL, DOCUMENTS, LOCK_CLASS, LOCK_WRITES, migrate, shown
from bot.postgres_watch import ChangeWatch
from bot.store import StoreError, StoreUnavailable, decode_document, encode_document, moves_stamp

CONNECT_TIMEOUT_SECONDS = 3
POOL_WAIT_SECONDS = 5.0
POOL_SIZE = 8
LOCK_TIMEOUT = "10s"  # as SQLite's: a write lock held longer than this by someone else is an error
LAST_SEEN_KEPT = 20_000  # documents remembered for answers while the server is away
SESSION_OPTIONS = f"-c lock_timeout={LOCK_TIMEOUT} -c idle_in_transaction_session_timeout=60s"
_BEGIN = f"BEGIN; SELECT pg_advisory_xact_lock({LOCK_CLASS}, {LOCK_WRITES})"
_COMMIT = f"SELECT pg_notify('{CHANNEL}', ''); COMMIT"
_GONE = (psycopg.OperationalError, psycopg.InterfaceError)


class _PostgresTransaction:
    def __init__(self, store: "PostgresStore", connection: psycopg.Connection) -> None:
        self.store, self.connection = store, connection
        self.seen: dict[tuple[str, str], str | None] = {}

    def _execute(self, query: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        try:
            cursor = self.connection.execute(query, params)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []
        except psycopg.Error as error:
            raise self.store.problem(error) from None

    def get(self, namespace: str, key: str) -> Any | None:
        rows = self._execute(f"SELECT value FROM {DOCUMENTS} WHERE namespace = %s AND key = %s", (namespace, key))
        raw = rows[0][0] if rows else None
        self.store.saw(namespace, key, raw)
        return decode_document(namespace, key, raw) if raw is not None else None

    def put(self, namespace: str, key: str, value: Any) -> None:
        text = encode_document(value)
        self._execute(f"INSERT INTO {DOCUMENTS} (namespace, key, value) VALUES (%s, %s, %s) "
                      "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value", (namespace, key, text))
        self.seen[(namespace, key)] = text

    def delete(self, namespace: str, key: str) -> None:
        self._execute(f"DELETE FROM {DOCUMENTS} WHERE namespace = %s AND key = %s", (namespace, key))
        self.seen[(namespace, key)] = None

    def keys(self, namespace: str) -> list[str]:
        rows = self._execute(f"SELECT key FROM {DOCUMENTS} WHERE namespace = %s ORDER BY key", (namespace,))
        return [row[0] for row in rows]


class PostgresStore:
    """A store in a PostgreSQL database, shared by every thread and every replica that opens the same URL."""

    def __init__(self, url: str, pool_size: int = POOL_SIZE) -> None:
        """Connect, refuse a newer schema untouched, migrate, start watching; :class:`StoreError` when it cannot."""
        self.url = url
        self._commits = 0
        self._last_seen: OrderedDict[tuple[str, str], str | None] = OrderedDict()
        self._seen_lock = threading.Lock()
        kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                                  "options": SESSION_OPTIONS}
        try:
            with psycopg.connect(url, **kwargs) as connection:
                migrate(connection, url)
        except psycopg.Error as error:
            raise StoreError(f"{shown(url)}: cannot use the database ({_reason(error)})") from None
        except ValueError as error:  # a malformed URL
            raise StoreError(f"{shown(url)}: not a usable PostgreSQL URL ({error})") from None
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, kwargs=kwargs, timeout=POOL_WAIT_SECONDS,
                                    open=False, name="meetingbot", reconnect_timeout=24 * 3600.0)
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_SECONDS * 2)
        except PoolTimeout:
            self._pool.close()
            raise StoreError(f"{shown(url)}: cannot connect to the database within "
                             f"{CONNECT_TIMEOUT_SECONDS * 2} s") from None
        self.watch = ChangeWatch(url, kwargs, on_back=self._pool.check)
        self.watch.start()

    # --- the Store port -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[_PostgresTransaction]:
        """A write-locked transaction: serialised across threads and replicas; committed when the block ends."""
        connection = self._begin()
        tx = _PostgresTransaction(self, connection)
        try:
            yield tx
        except BaseException:
            self._end(connection, "ROLLBACK")
            raise
        if tx.seen:
            self._end(connection, _COMMIT)
            if moves_stamp({namespace for namespace, _ in tx.seen}):  # a follow-up remembered moves no shared answer
                with self._seen_lock:  # two threads committing at once must both move the stamp
                    self._commits += 1
            for (namespace, key), raw in tx.seen.items():
                self.saw(namespace, key, raw)
        else:
            self._end(connection, "COMMIT")

    def read(self, namespace: str, key: str) -> Any | None:
        """One document as last committed (never waits for a writer); while the server is away, as last seen."""
        raw = self._read_raw(namespace, key)
        return decode_document(namespace, key, raw) if raw is not None else None

    def stamp(self) -> Hashable:
        """This store's commits, and the changes other replicas announced (and each reconnection)."""
        return self._commits, self.watch.changes

    def close(self) -> None:
        """Stop watching and close every connection."""
        self.watch.stop()
        self._pool.close()

    def raw_documents(self) -> list[tuple[str, str, str]]:
        """Every stored ``(namespace, key, text)``, sorted, the text as stored (for copies and checks)."""
        try:
            with self._pool.connection() as connection:
                rows = connection.execute(f"SELECT namespace, key, value FROM {DOCUMENTS} "
                                          "ORDER BY namespace, key").fetchall()
        except (psycopg.Error, PoolTimeout) as error:
            raise self.problem(error) from None
        return [(namespace, key, value) for namespace, key, value in rows]

    # --- health, for /readyz and the replicas ---------------------------------------------------------

    def available(self) -> bool:
        """Whether the server answers (as far as the watcher last saw)."""
        return self.watch.up

    # --- inner workings -----------------------------------------------------------------------------

    def problem(self, error: BaseException) -> StoreError:
        """The store's error for a driver's error; a lost connection marks the store unavailable."""
        if isinstance(error, errors.LockNotAvailable):
            return StoreError(f"{shown(self.url)}: the database is locked by another replica for too long "
                              f"({LOCK_TIMEOUT})")
        if isinstance(error, PoolTimeout):
            return StoreUnavailable(f"{shown(self.url)}: no database connection within {POOL_WAIT_SECONDS:g} s")
        if isinstance(error, _GONE):
            self.watch.lost()
            return StoreUnavailable(f"{shown(self.url)}: the database cannot be reached ({_reason(error)})")
        return StoreError(f"{shown(self.url)}: database error: {_reason(error)}")

    def saw(self, namespace: str, key: str, raw: str | None) -> None:
        """Remember a document's text as committed (None: absent), for answers while the server is away."""
        with self._seen_lock:
            self._last_seen[(namespace, key)] = raw
            self._last_seen.move_to_end((namespace, key))
            if len(self._last_seen) > LAST_SEEN_KEPT:
                self._last_seen.popitem(last=False)

    def _unavailable(self) -> StoreUnavailable:
        return StoreUnavailable(f"{shown(self.url)}: the database cannot be reached for now")

    def _read_raw(self, namespace: str, key: str) -> str | None:
        for attempt in range(2):  # a connection gone stale is replaced once
            if not self.watch.up:
                break
            try:
                with self._pool.connection() as connection:
                    row = connection.execute(f"SELECT value FROM {DOCUMENTS} WHERE namespace = %s AND key = %s",
                                             (namespace, key)).fetchone()
                raw = row[0] if row else None
                self.saw(namespace, key, raw)
                return raw
            except _GONE:
                if attempt:
                    self.watch.lost()
            except (psycopg.Error, PoolTimeout) as error:
                problem = self.problem(error)
                if not isinstance(problem, StoreUnavailable):
                    raise problem from None
                break
        with self._seen_lock:
            if (namespace, key) in self._last_seen:
                return self._last_seen[(namespace, key)]
        raise self._unavailable()

    def _begin(self) -> psycopg.Connection:
        """A pool connection inside a transaction that holds the write lock; a stale connection is replaced once."""
        for attempt in range(2):
            if not self.watch.up:
                raise self._unavailable()
            try:
                connection = self._pool.getconn()
            except PoolTimeout as error:
                raise self.problem(error) from None
            try:
                connection.execute(_BEGIN)
                return connection
            except psycopg.Error as error:
                self._pool.putconn(connection)  # the pool drops a broken connection
                if attempt or not isinstance(error, _GONE):
                    raise self.problem(error) from None
        raise self._unavailable()

    def _end(self, connection: psycopg.Connection, statement: str) -> None:
        try:
            connection.execute(statement)  # type: ignore[arg-type]  (fixed text, no parameters)
        except psycopg.Error as error:
            if statement != "ROLLBACK":
                raise self.problem(error) from None
        finally:
            self._pool.putconn(connection)


def _reason(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
