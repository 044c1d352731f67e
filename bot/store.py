"""The Store port: state that must survive a restart, read and written in atomic transactions.

State is kept as JSON documents addressed by ``(namespace, key)``, e.g. the live
session of a meeting under ``("live", meeting_id)``. Everything read and written
inside one ``transaction()`` is atomic and isolated from other threads and
processes sharing the store.
"""

from __future__ import annotations

import copy
import json
import threading
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Hashable, Iterator, Protocol


class StoreError(Exception):
    """The store cannot be used (unreadable, locked too long, from a newer version); the message says why."""


class Transaction(Protocol):
    """Reads and writes inside one atomic transaction."""

    def get(self, namespace: str, key: str) -> Any | None:
        """The document stored under the key, or None."""
        ...

    def put(self, namespace: str, key: str, value: Any) -> None:
        """Store a JSON-serialisable document under the key."""
        ...

    def delete(self, namespace: str, key: str) -> None:
        """Remove the document under the key, if any."""
        ...

    def keys(self, namespace: str) -> list[str]:
        """Every key of a namespace, sorted."""
        ...


class Store(Protocol):
    """Durable state behind atomic transactions."""

    def transaction(self) -> AbstractContextManager[Transaction]:
        """Open a transaction: committed when the block ends, rolled back on an exception."""
        ...

    def read(self, namespace: str, key: str) -> Any | None:
        """One document, read without taking the write lock: it never waits for a writer."""
        ...

    def stamp(self) -> Hashable:
        """A value that changes whenever committed data may have changed, in this process or another."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...


class _MemoryTransaction:
    def __init__(self, data: dict[tuple[str, str], str]) -> None:
        self.data = data

    def get(self, namespace: str, key: str) -> Any | None:
        raw = self.data.get((namespace, key))
        return json.loads(raw) if raw is not None else None

    def put(self, namespace: str, key: str, value: Any) -> None:
        self.data[(namespace, key)] = json.dumps(value, sort_keys=True)

    def delete(self, namespace: str, key: str) -> None:
        self.data.pop((namespace, key), None)

    def keys(self, namespace: str) -> list[str]:
        return sorted(k for ns, k in self.data if ns == namespace)


class MemoryStore:
    """An in-memory store with the same transaction semantics (tests, one-shot questions)."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.RLock()
        self._commits = 0

    @contextmanager
    def transaction(self) -> Iterator[_MemoryTransaction]:
        """Serialised by a lock; changes apply only when the block ends without an exception."""
        with self._lock:
            working = copy.copy(self._data)
            yield _MemoryTransaction(working)
            self._data = working
            self._commits += 1

    def stamp(self) -> Hashable:
        """How many transactions have committed."""
        return self._commits

    def read(self, namespace: str, key: str) -> Any | None:
        """One document as last committed."""
        with self._lock:
            raw = self._data.get((namespace, key))
        return json.loads(raw) if raw is not None else None

    def close(self) -> None:
        """Nothing to release."""
