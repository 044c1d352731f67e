"""``meetingbot store copy``: move a deployment's state (live sessions, preferences, reminder ledger) between stores.

``--from sqlite:PATH --to postgresql://…`` (or the other way, or between two servers). Every
document is checked before anything is written: one that is damaged stops the copy with the
list (``meetingbot doctor`` tells more), and a destination that already holds state is left
alone. The copy is one transaction: all of it lands, or nothing. Run it with the bot stopped.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from adapters.cli_setup import EXIT_OK, EXIT_STORE, EXIT_USAGE, CliError, open_postgres
from bot.config import is_database_url
from bot.sqlite_store import SqliteStore
from bot.store import DamagedDocument, Store, decode_document

SQLITE_PREFIX = "sqlite:"


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """``store copy --from SOURCE --to DESTINATION`` under the ``meetingbot`` command line."""
    store = commands.add_parser("store", help="move the bot's state between databases",
                                description="Move the bot's state between databases (with the bot stopped).")
    actions = store.add_subparsers(dest="store_command", required=True, metavar="ACTION")
    copy = actions.add_parser("copy", help="copy every document from one database to another, empty one",
                              description="Copy live sessions, preferences and the reminder ledger from one "
                                          "database to another that holds no state yet, in one transaction.")
    copy.add_argument("--from", dest="source", required=True, metavar="SOURCE",
                      help="sqlite:PATH or postgresql://USER@HOST:5432/DB")
    copy.add_argument("--to", dest="destination", metavar="DESTINATION",
                      help="sqlite:PATH or postgresql://… (default: $DATABASE_URL)")


def _open(where: str, source: bool = False) -> Store:
    """The store named ``where``; a source must already exist (a mistyped file is never created empty)."""
    if is_database_url(where):
        return open_postgres(where)
    if where.startswith(SQLITE_PREFIX):
        path = Path(where[len(SQLITE_PREFIX):])
        if not str(path):
            raise CliError("sqlite: needs a file, e.g. sqlite:meetingbot.db", EXIT_USAGE)
        if source and not path.is_file():
            raise CliError(f"--from: {path}: no such database file; nothing was copied or created", EXIT_USAGE)
        try:
            return SqliteStore(path)
        except Exception as error:  # StoreError, or a folder that cannot hold it
            raise CliError(str(error), EXIT_STORE) from None
    raise CliError(f"{where!r} is neither sqlite:PATH nor a postgresql:// URL", EXIT_USAGE)


def raw_documents(store: Store) -> list[tuple[str, str, str]]:
    """Every stored ``(namespace, key, text)`` of a SQLite or PostgreSQL store, sorted."""
    if isinstance(store, SqliteStore):
        connection = sqlite3.connect(store.path)
        try:
            rows = connection.execute("SELECT namespace, key, CAST(value AS BLOB) FROM documents "
                                      "ORDER BY namespace, key").fetchall()
        finally:
            connection.close()
        return [(ns, key, value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
                for ns, key, value in rows]
    return store.raw_documents()  # type: ignore[attr-defined]  (PostgresStore)

def copy(source: Store, destination: Store, out: TextIO) -> int:
    """Copy every document; refuse damaged ones and a destination with state. Returns how many were copied."""
    documents = raw_documents(source)
    damaged: list[str] = []
    values: list[tuple[str, str, Any]] = []
    for namespace, key, text in documents:
        try:
            values.append((namespace, key, decode_document(namespace, key, text)))
        except DamagedDocument:
            damaged.append(f"{namespace}/{key}")
    if damaged:
        raise CliError(f"{len(damaged)} damaged document(s) in the source ({', '.join(damaged[:5])}"
                       f"{', …' if len(damaged) > 5 else ''}); nothing was copied. `meetingbot doctor` tells more.",
                       EXIT_STORE)
    held = raw_documents(destination)
    if held:
        raise CliError(f"the destination already holds {len(held)} document(s); nothing was copied. "
                       "Copy into an empty database.", EXIT_STORE)
    with destination.transaction() as tx:
        for namespace, key, value in values:
            tx.put(namespace, key, value)
    for namespace, key, value in values:  # read back as committed
        if destination.read(namespace, key) != value:
            raise CliError(f"{namespace}/{key} did not read back as copied", EXIT_STORE)
    counts = Counter(namespace for namespace, _, _ in values)
    detail = ", ".join(f"{namespace} {n}" for namespace, n in sorted(counts.items())) or "none"
    print(f"copied {len(values)} document(s): {detail}", file=out)
    return len(values)


def cmd_store(args: argparse.Namespace) -> int:
    """``meetingbot store copy``: see the module's docstring."""
    destination_name = args.destination or os.environ.get("DATABASE_URL", "").strip()
    if not destination_name:
        raise CliError("--to is missing (and DATABASE_URL is not set)", EXIT_USAGE)
    source = _open(args.source, source=True)
    try:
        destination = _open(destination_name)
        try:
            copy(source, destination, sys.stdout)
        finally:
            destination.close()
    finally:
        source.close()
    return EXIT_OK
