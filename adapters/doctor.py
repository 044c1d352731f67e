"""``meetingbot doctor``: what is damaged in a database file, read without changing anything.

Two kinds of findings: the file's own integrity (``PRAGMA integrity_check``), and each
stored document that is not what its namespace holds: text that is not UTF-8 JSON, and
a document not of its model's shape (the live state, preferences, the reminder ledger,
Discord's sync records). Documents of a namespace with no model here are checked as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TextIO

from bot.live_state import NAMESPACE as LIVE
from bot.live_state import parse_state
from bot.preferences import NAMESPACE as USER
from bot.preferences import parse_preferences
from bot.reminders.ledger import CONTROL, RECORDS, Record, parse_control
from bot.sqlite_examine import StoredText, examine
from bot.sqlite_store import SCHEMA_VERSION
from bot.store import DamagedDocument, StoreError, decode_document
from bot.document_shape import json_kind

EXIT_SOUND, EXIT_DAMAGED = 0, 3
DISCORD = "discord"  # adapters/discord: "commands" → the synced commands' digest; "events:GUILD" → event ids


def _discord(key: str, raw: Any) -> None:
    if key == "commands":
        if not isinstance(raw, str):
            raise DamagedDocument(DISCORD, key, f"a JSON {json_kind(raw)} where a digest string belongs")
        return
    if not isinstance(raw, dict):
        raise DamagedDocument(DISCORD, key, f"a JSON {json_kind(raw)} where an object belongs")
    for session, seen in raw.items():
        if not (isinstance(seen, dict) and isinstance(seen.get("id"), str) and isinstance(seen.get("hash"), str)):
            raise DamagedDocument(DISCORD, key, f"{session}: expected an object with an id and a hash")


# What each namespace holds: a reader that raises DamagedDocument when a document is not of its shape.
SHAPES: dict[str, Callable[[str, Any], object]] = {
    LIVE: parse_state,
    USER: parse_preferences,
    RECORDS: Record.from_doc,
    CONTROL: parse_control,
    DISCORD: _discord,
}


@dataclass(frozen=True)
class Finding:
    """One damaged thing: ``kind`` is ``file`` (``where`` says what of it) or ``document`` (``namespace/key``)."""

    kind: str
    where: str
    problem: str


@dataclass
class Diagnosis:
    """Everything the doctor found in one file."""

    path: str
    exists: bool = True
    schema_version: int = 0
    documents: int = 0
    unchecked: set[str] = field(default_factory=set)  # namespaces with no model here (checked as JSON only)
    findings: list[Finding] = field(default_factory=list)

    @property
    def damaged(self) -> bool:
        """Whether anything is damaged."""
        return bool(self.findings)


def document_problem(stored: StoredText) -> str | None:
    """Why a stored document is damaged, or None when it reads as its namespace's model."""
    if stored.text is None:
        return "not UTF-8 text"
    try:
        raw = decode_document(stored.namespace, stored.key, stored.text)
        shape = SHAPES.get(stored.namespace)
        if shape is not None:
            shape(stored.key, raw)
    except DamagedDocument as error:
        return error.problem
    return None


def diagnose(path: Path | str) -> Diagnosis:
    """Check the file's integrity and every document in it; nothing is changed."""
    found = Diagnosis(str(path))
    if not Path(path).exists():
        found.exists = False
        return found
    try:
        examined = examine(path)
    except StoreError as error:
        found.findings.append(Finding("file", "file", str(error)))
        return found
    found.schema_version = examined.schema_version
    found.findings += [Finding("file", "integrity", problem) for problem in examined.integrity]
    if examined.schema_version > SCHEMA_VERSION:
        newer = (f"schema version {examined.schema_version}, newer than this meetingbot understands "
                 f"({SCHEMA_VERSION}); upgrade meetingbot to check it")
        found.findings.append(Finding("file", "schema", newer))
        return found
    if examined.unreadable is not None:
        found.findings.append(Finding("file", "documents", f"cannot be listed: {examined.unreadable}"))
        return found
    check_documents(found, examined.documents)
    return found


def check_documents(found: Diagnosis, documents: list[StoredText]) -> None:
    """Count the documents and note each one that is damaged, and the namespaces checked as JSON only."""
    found.documents = len(documents)
    for stored in documents:
        if stored.namespace not in SHAPES:
            found.unchecked.add(stored.namespace)
        problem = document_problem(stored)
        if problem is not None:
            found.findings.append(Finding("document", f"{stored.namespace}/{stored.key}", problem))


def report(diagnosis: Diagnosis, out: TextIO) -> int:
    """Print what was found, one line each, and return the exit code (non-zero when anything is damaged)."""
    if not diagnosis.exists:
        print(f"{diagnosis.path}: no database yet; nothing to check.", file=out)
        return EXIT_SOUND
    of_file = [f for f in diagnosis.findings if f.kind == "file"]
    documents = [f for f in diagnosis.findings if f.kind == "document"]
    print(f"{diagnosis.path}: schema version {diagnosis.schema_version}, {diagnosis.documents} documents", file=out)
    print("file (PRAGMA integrity_check): " + ("ok" if not of_file else f"DAMAGED ({len(of_file)} problem(s))"),
          file=out)
    for finding in of_file + documents:
        print(f"  {_printable(finding.where)}: {_printable(finding.problem)}", file=out)
    if diagnosis.unchecked:
        print(f"checked as JSON only (no model known here): {', '.join(sorted(diagnosis.unchecked))}", file=out)
    if not diagnosis.damaged:
        print("Nothing is damaged.", file=out)
        return EXIT_SOUND
    print(f"Damaged: {'the file' if of_file else 'not the file'}, {len(documents)} of {diagnosis.documents} "
          "documents. Nothing was changed. Restore the file from a backup; or, with the bot stopped, delete a "
          "damaged document (sqlite3 FILE \"DELETE FROM documents WHERE namespace = '…' AND key = '…'\") and "
          "the bot starts that part afresh.", file=out)
    return EXIT_DAMAGED


def _printable(text: str) -> str:
    """One line, control characters escaped (a damaged key may hold anything)."""
    return "".join(ch if ch.isprintable() else json.dumps(ch)[1:-1] for ch in text)
