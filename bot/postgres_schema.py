"""The PostgreSQL store's schema: a version number, forward migrations, and the refusal of a newer schema.

The version lives in its own table, ``meetingbot_schema``. A database whose version is
newer than this code knows is refused before anything is written to it. Migrations run in
one transaction under an advisory lock, so replicas starting together migrate once.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import psycopg

from bot.store import StoreError

SCHEMA_VERSION = 1
LOCK_CLASS = 0x6D62  # "mb": the first key of every advisory lock meetingbot takes
LOCK_WRITES, LOCK_MIGRATION, LOCK_LEADER = 1, 2, 3
DOCUMENTS = "meetingbot_documents"
CHANNEL = "meetingbot_changes"  # NOTIFY'd by every transaction that wrote

# Forward migrations: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: dict[int, list[str]] = {
    0: [f"""CREATE TABLE {DOCUMENTS} (
            namespace TEXT COLLATE "C" NOT NULL,
            key       TEXT COLLATE "C" NOT NULL,
            value     TEXT NOT NULL,
            PRIMARY KEY (namespace, key))"""],
}


def shown(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        port = parts.port
    except ValueError:
        return "the PostgreSQL URL"
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{host}" + (f":{port}" if port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def stored_version(connection: psycopg.Connection) -> int:
    """The schema version of the database (0 when meetingbot never set it up)."""
    # pg_tables through a plain snapshot: to_regclass() may answer from a catalog cache that an advisory
    # lock does not refresh, and miss a table another replica has just created.
    if connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                          "AND tablename = 'meetingbot_schema'").fetchone()[0] == 0:
        return 0
    row = connection.execute("SELECT max(version) FROM meetingbot_schema").fetchone()
    return int(row[0] or 0)


def _newer(url: str, version: int) -> StoreError:
    return StoreError(f"{shown(url)}: the database has schema version {version}, newer than this meetingbot "
                      f"understands ({SCHEMA_VERSION}); upgrade meetingbot. Nothing was changed.")


def migrate(connection: psycopg.Connection, url: str) -> None:
    """Refuse a newer schema untouched, else bring the database to :data:`SCHEMA_VERSION` (autocommit connection)."""
    version = stored_version(connection)
    if version > SCHEMA_VERSION:
        raise _newer(url, version)
    if version == SCHEMA_VERSION:
        return
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_CLASS, LOCK_MIGRATION))
        version = stored_version(connection)  # another replica may have migrated while this one waited
        if version > SCHEMA_VERSION:
            raise _newer(url, version)
        connection.execute("CREATE TABLE IF NOT EXISTS meetingbot_schema (version INTEGER NOT NULL)")
        while version < SCHEMA_VERSION:
            for statement in MIGRATIONS[version]:
                connection.execute(statement)  # type: ignore[arg-type]  (fixed text, no parameters)
            version += 1
        connection.execute("DELETE FROM meetingbot_schema")
        connection.execute("INSERT INTO meetingbot_schema (version) VALUES (%s)", (version,))
