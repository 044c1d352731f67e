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


class StoreUnavailable(StoreError):
    """The store cannot be reached for now (its database server is down or out of reach); it comes back by itself.

    Nothing was changed. Read-only answers go on from the last state seen; changes are refused
    with "state store unavailable, try again in a moment" until the store is back.
    """


DOCTOR_HINT = "`meetingbot doctor` tells what is damaged"


class DamagedDocument(StoreError):
    """A stored document that cannot be read as what it should be: not JSON, or not of its model's shape.

    It is never taken as empty and never overwritten: whatever was reading it stops, its
    transaction is rolled back, and the message names the document and ``meetingbot doctor``.
    """

    def __init__(self, namespace: str, key: str, problem: str) -> None:
        self.namespace, self.key, self.problem = namespace, key, problem
        super().__init__(f"the saved state is damaged: {namespace}/{key} ({problem}); it was left as it is, "
                         f"and {DOCTOR_HINT}")


#: The namespace of each asker's previous question (kept for follow-ups), which no shared read-only answer reads.
CONVERSATION = "conversation"
#: Namespaces that no shared answer reads: a transaction that writes only these does not move this process's
#: stamp, so "/agenda 4" remembered for a follow-up does not make everyone's next "/agenda" be worked out again.
UNSHARED_NAMESPACES = frozenset({CONVERSATION})


def moves_stamp(namespaces: set[str]) -> bool:
    """Whether a committed transaction that wrote these namespaces (none: it only read) changes shared answers."""
    return not namespaces or bool(namespaces - UNSHARED_NAMESPACES)


def decode_document(namespace: str, key: str, text: str) -> Any:
    """A stored document's JSON text as a value; :class:`DamagedDocument` when it is not JSON or is ``null``."""
    try:
        value = json.loads(text)
    except ValueError as error:
        raise DamagedDocument(namespace, key, f"not valid JSON: {error}") from None
    except RecursionError:
        raise DamagedDocument(namespace, key, "not valid JSON: nested too deeply") from None
    if value is None:
        raise DamagedDocument(namespace, key, "null in place of a document")
    return value


def encode_document(value: Any) -> str:
    """A document as the JSON text to store; ``None`` is refused (reading it back could not tell it from absent)."""
    if value is None:
        raise ValueError("None cannot be stored as a document; delete the key instead")
    return json.dumps(value, sort_keys=True)


class Transaction(Protocol):
    """Reads and writes inside one atomic transaction."""

    def get(self, namespace: str, key: str) -> Any | None:
        """The document stored under the key, or None; :class:`DamagedDocument` when it is not JSON."""
        ...

    def put(self, namespace: str, key: str, value: Any) -> None:
        """Store a JSON-serialisable document (not None) under the key."""
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
        """One document, read without taking the write lock: it never waits for a writer (damage as in ``get``)."""
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
        self.written: set[str] = set()  # the namespaces written

    def get(self, namespace: str, key: str) -> Any | None:
        raw = self.data.get((namespace, key))
        return decode_document(namespace, key, raw) if raw is not None else None

    def put(self, namespace: str, key: str, value: Any) -> None:
        self.data[(namespace, key)] = encode_document(value)
        self.written.add(namespace)

    def delete(self, namespace: str, key: str) -> None:
        self.data.pop((namespace, key), None)
        self.written.add(namespace)

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
            tx = _MemoryTransaction(working)
            yield tx
            self._data = working
            if moves_stamp(tx.written):
                self._commits += 1

    def stamp(self) -> Hashable:
        """How many transactions have committed (those that wrote only unshared namespaces aside)."""
        return self._commits

    def read(self, namespace: str, key: str) -> Any | None:
        """One document as last committed; never waits for a writer (a commit swaps the whole mapping at once)."""
        raw = self._data.get((namespace, key))
        return decode_document(namespace, key, raw) if raw is not None else None

    def close(self) -> None:
        """Nothing to release."""
