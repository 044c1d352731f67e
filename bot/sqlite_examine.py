"""Reading a meetingbot SQLite file as it is, changing nothing: its integrity and every stored document.

For ``meetingbot doctor``: the file is opened read-only, and a document is listed as its
raw text even when it is damaged (the models' checks are the doctor's business).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from bot.sqlite_store import LOCK_TIMEOUT_SECONDS, integrity_problems
from bot.store import StoreError


@dataclass(frozen=True)
class StoredText:
    """One stored document as it is in the file: ``text`` is None when its bytes are not UTF-8."""

    namespace: str
    key: str
    text: str | None


@dataclass
class Examination:
    """What :func:`examine` found in a file."""

    path: str
    schema_version: int = 0
    integrity: list[str] = field(default_factory=list)
    documents: list[StoredText] = field(default_factory=list)
    unreadable: str | None = None  # why the documents could not be listed, if they could not


def examine(path: Path | str) -> Examination:
    """Check a database file and list its documents, read-only: nothing in the file is changed.

    Raises :class:`StoreError` when the file cannot be opened as SQLite at all.
    """
    found = Examination(str(path))
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=LOCK_TIMEOUT_SECONDS)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot open the database ({error})") from None
    try:
        try:
            found.schema_version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path}: not a meetingbot database, or damaged ({error})") from None
        found.integrity = integrity_problems(connection)
        try:
            rows = connection.execute("SELECT CAST(namespace AS BLOB), CAST(key AS BLOB), CAST(value AS BLOB) "
                                      "FROM documents ORDER BY namespace, key").fetchall()
        except sqlite3.DatabaseError as error:
            found.unreadable = str(error)
            return found
        for namespace, key, value in rows:
            text: str | None
            try:
                text = (value or b"").decode("utf-8")
            except UnicodeDecodeError:
                text = None
            found.documents.append(StoredText((namespace or b"").decode("utf-8", "backslashreplace"),
                                              (key or b"").decode("utf-8", "backslashreplace"), text))
    finally:
        connection.close()
    return found
