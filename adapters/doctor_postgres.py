"""``meetingbot doctor`` on a PostgreSQL database: each stored document that is not of its namespace's shape.

It reads without changing anything (not even creating the schema). The server keeps its own
files sound; what can be damaged here is a document's text, as in a SQLite file.
"""

from __future__ import annotations

from typing import TextIO

import psycopg

from adapters.doctor import EXIT_DAMAGED, EXIT_SOUND, Diagnosis, Finding, check_documents
from bot.postgres_schema import DOCUMENTS, SCHEMA_VERSION, shown, stored_version
from bot.sqlite_examine import StoredText
from bot.store import StoreError


def diagnose(url: str) -> Diagnosis:
    """Every document of the database, checked against its model; :class:`StoreError` when it cannot be read."""
    found = Diagnosis(shown(url))
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as connection:
            found.schema_version = stored_version(connection)
            if found.schema_version == 0:
                found.exists = False
                return found
            if found.schema_version > SCHEMA_VERSION:
                found.findings.append(Finding("file", "schema", f"schema version {found.schema_version}, newer than "
                                                                f"this meetingbot understands ({SCHEMA_VERSION})"))
                return found
            rows = connection.execute(f"SELECT namespace, key, value FROM {DOCUMENTS} ORDER BY namespace, key")
            documents = [StoredText(namespace, key, value) for namespace, key, value in rows]
    except psycopg.Error as error:
        raise StoreError(f"{shown(url)}: cannot read the database ({' '.join(str(error).split())})") from None
    check_documents(found, documents)
    return found


def report(diagnosis: Diagnosis, out: TextIO) -> int:
    """Print what was found, one line each; exit code 3 when anything is damaged."""
    if not diagnosis.exists:
        print(f"{diagnosis.path}: no meetingbot state yet; nothing to check.", file=out)
        return EXIT_SOUND
    print(f"{diagnosis.path}: schema version {diagnosis.schema_version}, {diagnosis.documents} documents", file=out)
    for finding in diagnosis.findings:
        print(f"  {finding.where}: {finding.problem}", file=out)
    if diagnosis.unchecked:
        print(f"checked as JSON only (no model known here): {', '.join(sorted(diagnosis.unchecked))}", file=out)
    if not diagnosis.damaged:
        print("Nothing is damaged.", file=out)
        return EXIT_SOUND
    print(f"Damaged: {len(diagnosis.findings)} of {diagnosis.documents} documents. Nothing was changed. Restore "
          f"from a backup; or, with the bot stopped, delete a damaged document (DELETE FROM {DOCUMENTS} WHERE "
          "namespace = '…' AND key = '…') and the bot starts that part afresh.", file=out)
    return EXIT_DAMAGED
