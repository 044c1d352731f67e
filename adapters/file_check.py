"""What ``meetingbot check`` finds in one file: a meeting file, or a deployment config and what it points to.

A config is only as good as the meeting file and the database it names: a missing meeting
file, a folder in its place or a broken one, or a folder where the database should be, is
a problem of the config, reported at its ``meeting:`` or ``database:`` line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from adapters.check_postgres import reach_problem
from bot.deployment.entries import DeploymentConfig
from bot.meeting_file.template import left_to_fill
from bot.loader import LoadError, Problem, line_of, load_meeting_and_warnings, meeting_warnings, read_yaml, validate
from bot.models import Meeting

MEETING_KEYS = {"schema_version", "agenda", "study_group", "deadlines", "sessions", "body"}

_DATABASE_URL = re.compile(r"^postgres(?:ql)?:", re.IGNORECASE)


@dataclass
class Findings:
    """The errors (the file is refused) and the warnings (it loads, but look again) of one file."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _plain(path: Path) -> Path:
    """The path as it will be shown: absolute, without ``..``, when the system can tell."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path


def _meeting_target(shown: str, line: int, meeting_path: Path) -> Findings:
    meeting_path = _plain(meeting_path)
    try:
        _, warnings = load_meeting_and_warnings(meeting_path)
    except LoadError as error:
        first = error.problems[0]
        if len(error.problems) == 1 and first.field == "file":  # missing, a folder, too large, ...
            return Findings([Problem(shown, line, "meeting", f"{meeting_path}: {first.message}")])
        return Findings([Problem(shown, line, "meeting", f"{meeting_path} is not a valid meeting file "
                                                         "(its problems follow)"), *error.problems])
    return Findings(warnings=warnings + _left_to_fill(meeting_path))


def _database_problem(database: Path) -> str | None:
    """Why the database cannot be at ``database``, or None (a file there or none yet, in a folder)."""
    if _DATABASE_URL.match(str(database)):
        return reach_problem(str(database))  # a server: one short connection
    database = _plain(database)
    try:
        if database.is_dir():
            return f"{database} is a folder, not a database file"
        if database.exists() and not database.is_file():
            return f"{database} is not a regular file"
        folder = database.parent
        if folder.exists() and not folder.is_dir():
            return f"{database} cannot be created: {folder} is a file, not a folder"
        if not folder.exists():
            return f"{database} cannot be created: its folder {folder} does not exist (the bot creates no folder)"
        if database.is_file() and database.stat().st_size > 0:
            return _damage_of(database)  # "database: garb.db": a file there that the bot could not open
    except (OSError, ValueError) as error:
        return f"{database} cannot be used: {getattr(error, 'strerror', None) or error}"
    return None


def _damage_of(database: Path) -> str | None:
    """Why an existing database file cannot serve the bot (not SQLite, damaged), read-only; None when it can."""
    from bot.sqlite_examine import examine
    from bot.store import StoreError

    try:
        found = examine(database)
    except StoreError as error:
        return f"{error} (`meetingbot doctor` tells more)"
    if found.integrity:
        return f"{database}: damaged ({found.integrity[0]}) (`meetingbot doctor` tells more)"
    return None


def _config(path: str, data: object, node: yaml.Node | None) -> Findings:
    config = validate(path, data, node, DeploymentConfig)
    resolved = config.resolved(Path(path).resolve().parent)
    if resolved.meetings:
        found = Findings()
        for index, entry in enumerate(resolved.meetings):
            each = _meeting_target(path, line_of(node, ("meetings", index, "meeting")), entry.meeting)
            found.errors.extend(each.errors)
            found.warnings.extend(each.warnings)
        if not found.errors:
            found.errors.extend(_deployment_problems(path, node, resolved))
    else:
        found = _meeting_target(path, line_of(node, ("meeting",)), resolved.meeting)
    if "database" in resolved.model_fields_set or not os.environ.get("DATABASE_URL", "").strip():
        problem = _database_problem(resolved.database)  # as `run` opens it: from the working folder
        if problem is not None:
            found.errors.append(Problem(path, line_of(node, ("database",)), "database", problem))
    else:  # the config names no database: DATABASE_URL is the one `run` would use
        problem = _url_problem(os.environ["DATABASE_URL"].strip())
        if problem is not None:
            found.errors.append(Problem(path, 1, "DATABASE_URL", problem))
    return found


def _url_problem(url: str) -> str | None:
    """Why ``DATABASE_URL`` cannot be used (not a PostgreSQL URL, or the server cannot be reached), or None."""
    from bot.config import is_database_url

    if not is_database_url(url):
        return "not a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:5432/DB)"
    return reach_problem(url)


def _deployment_problems(path: str, node: yaml.Node | None, config: DeploymentConfig) -> list[Problem]:
    """Rooms the meeting files do not declare, one channel for two rooms, one meeting twice."""
    from adapters.deployment import DeploymentError, load_served, plan

    try:
        plan(load_served(config))
    except (DeploymentError, LoadError) as error:
        return [Problem(path, line_of(node, ("meetings",)), "meetings", str(error))]
    return []


TO_FILL_MESSAGE = "still says TO FILL"


def _left_to_fill(path: str | Path) -> list[Problem]:
    """A warning for each place ``meetingbot new`` left marked TO FILL, in a value or in a comment."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [Problem(str(path), place.line, place.field,
                    f"{TO_FILL_MESSAGE}{f' ({place.hint})' if place.hint else ''}: "
                    f"replace it with what the collective letter gives", warning=True)
            for place in left_to_fill(text)]


def to_fill_count(findings: Findings) -> int:
    """How many of the warnings are places still marked TO FILL."""
    return sum(1 for warning in findings.warnings if warning.message.startswith(TO_FILL_MESSAGE))


def _is_meeting(data: object) -> bool:
    keys = set(data) if isinstance(data, dict) else set()
    return not keys or bool(MEETING_KEYS & keys) or not keys & set(DeploymentConfig.model_fields)


def check_file(path: str) -> Findings:
    """Validate one file as a meeting file or a deployment config (with what it points to)."""
    try:
        data, node = read_yaml(path)
        if not _is_meeting(data):
            return _config(path, data, node)
        meeting = validate(path, data, node, Meeting)
        return Findings(warnings=meeting_warnings(path, meeting, node) + _left_to_fill(path))
    except LoadError as error:
        return Findings(errors=error.problems)
