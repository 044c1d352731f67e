"""Shared pieces of the command line: errors, config and meeting loading, clock, asker, store."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from urllib.parse import urlsplit

from bot.clock import Clock, ShiftedClock, SystemClock
from bot.config import Config, is_database_url, url_problem
from bot.deployment.entries import DeploymentConfig
from bot.loader import LoadError, load_meeting, load_model
from bot.models import Meeting
from bot.request import Asker
from bot.sqlite_store import SqliteStore
from bot.store import Store, StoreError
from bot.timefmt import find_zone

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_STORE = 0, 2, 2, 3


class CliError(Exception):
    """A problem to report in one or more clear lines, then exit non-zero."""

    def __init__(self, message: str, code: int = EXIT_INVALID, plain: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.plain = plain  # already in the FILE:LINE: field: problem form


def load_config(path: str | None) -> Config:
    """The deployment config from ``path`` or ``$MEETINGBOT_CONFIG``; defaults when neither is set."""
    chosen = path or os.environ.get("MEETINGBOT_CONFIG")
    if not chosen:
        return DeploymentConfig()
    try:
        config = load_model(chosen, DeploymentConfig)
    except LoadError as error:
        raise CliError(str(error), plain=True) from None
    return config.resolved(Path(chosen).resolve().parent)


def parse_instant(text: str, meeting: Meeting) -> dt.datetime:
    """An ISO-8601 instant; without an offset it is read as meeting time."""
    cleaned = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        value = dt.datetime.fromisoformat(cleaned)
    except ValueError:
        raise CliError(f"--at: {text!r} is not an ISO-8601 instant such as 2020-08-24T10:30:00+02:00",
                       EXIT_USAGE) from None
    return value if value.tzinfo else meeting.local(value)


def make_clock(args: argparse.Namespace, meeting: Meeting) -> Clock:
    """The system clock, or a clock started at ``--at``."""
    return ShiftedClock(parse_instant(args.at, meeting)) if args.at else SystemClock()


def make_asker(args: argparse.Namespace, config: Config) -> Asker:
    """The console user, a chair by ``--chair`` or by the config's console chairs."""
    if args.tz and find_zone(args.tz) is None:
        raise CliError(f"--tz: unknown time zone {args.tz!r}; use an IANA name such as Asia/Seoul", EXIT_USAGE)
    chairs = {name for entry in config.served() for name in entry.console.chairs} \
        if isinstance(config, DeploymentConfig) else set(config.console.chairs)
    return Asker(id=args.user, name=args.user, is_chair=args.chair or args.user in chairs,
                 tz=args.tz, lang=args.lang)


def load_meeting_for(args: argparse.Namespace, config: Config) -> Meeting:
    """The meeting of ``--meeting`` (a file, or the id of a meeting of the config), else the config's first."""
    if args.meeting and not Path(args.meeting).exists():
        from adapters.cli_meetings import served_for  # a meeting id: look through the config's meetings

        return served_for(args, config)[0].meeting
    try:
        return load_meeting(args.meeting or config.meeting)
    except LoadError as error:
        raise CliError(str(error), plain=True) from None


class Rehearsal:
    """Whether this command runs on a clock of ``--at`` (set once by ``main``): then it keeps its state apart.

    A rehearsal (``console --chair --at 2020-08-24T10:55``) must not leave the real meeting's item under
    discussion, timeline or reminder ledger changed for whoever uses the bot in real time.
    """

    on: bool = False


def rehearsal_database(database: Path) -> Path:
    """Where a rehearsal keeps its state: ``NAME.rehearsal.db`` beside the real database ``NAME.db``."""
    return database.with_name(f"{database.stem}.rehearsal{database.suffix or '.db'}")


def database_of(config: Config) -> Path | str:
    """Where state lives: the config's ``database:``; when the config names none, ``$DATABASE_URL`` if set."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url and "database" not in config.model_fields_set:
        if not is_database_url(url):
            raise CliError("DATABASE_URL is not a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:5432/DB)", EXIT_STORE)
        return url
    return config.database


def without_password(url: str) -> str:
    """The PostgreSQL URL as ``postgresql://USER@HOST:PORT/DB``: never its password, whatever its shape."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return "a PostgreSQL URL that cannot be read"
    user = f"{parts.username}@" if parts.username else ""
    hidden = " (password hidden)" if parts.password is not None else ""
    return f"{parts.scheme}://{user}{parts.hostname or ''}{f':{port}' if port else ''}{parts.path}{hidden}"


def store_description(config: Config) -> str:
    """One line saying which state store a process of this config uses, and why an unused DATABASE_URL is not."""
    database = database_path(config)
    if isinstance(database, str):
        return f"state store: {without_password(database)}"
    line = f"state store: sqlite file {Path(database).resolve()}"
    if os.environ.get("DATABASE_URL", "").strip():
        line += (" (DATABASE_URL is set but not used: the config names database:; remove that line "
                 "from the config to use DATABASE_URL)")
    return line


def database_path(config: Config) -> Path | str:
    """The database this command uses: the config's, or under ``--at`` the rehearsal twin of a SQLite file.

    A PostgreSQL server is used as it is (replicas on a server are run and tested on a clock of ``--at``).
    """
    database = database_of(config)
    return rehearsal_database(database) if Rehearsal.on and isinstance(database, Path) else database


def open_store(config: Config) -> Store:
    """The store of the config: PostgreSQL for a URL, else the SQLite file (``meetingbot.db`` by default);
    under ``--at`` the rehearsal's own SQLite file."""
    database = database_path(config)
    if isinstance(database, str):
        return open_postgres(database)
    folder = database.parent
    if not _is_folder(folder):  # a typo in database: must not create folders and carry on with an empty database
        what = "is not a folder" if os.path.lexists(folder) else "does not exist"
        raise CliError(f"{config.database}: the database's folder {folder.resolve()} {what}; create it or "
                       f"correct database: in the config", EXIT_STORE)
    try:
        return SqliteStore(database)
    except StoreError as error:
        raise CliError(str(error), EXIT_STORE) from None


def open_postgres(url: str) -> Store:
    """The PostgreSQL store at ``url`` (its schema created or migrated); one clear line and exit 3 when it cannot."""
    problem = url_problem(url)
    if problem:
        raise CliError(problem, EXIT_STORE)
    try:
        from bot.postgres_store import PostgresStore
    except ImportError:
        raise CliError("PostgreSQL needs psycopg: pip install 'meetingbot[postgres]'", EXIT_STORE) from None
    try:
        return PostgresStore(url)
    except StoreError as error:
        raise CliError(str(error), EXIT_STORE) from None


def _is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder; False for a name the system refuses."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False
