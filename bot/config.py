"""The deployment config (YAML): which meeting, where state lives, reminders, and per-platform identities.

Secrets never live here: tokens come from the environment only.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.timefmt import parse_day_offset, parse_duration

BUNDLED_MEETING = Path(__file__).resolve().parent.parent / "meeting_data" / "itu-t-sg17-2020-08.yaml"


class Section(BaseModel):
    """Base of every config section: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ReminderPolicy(Section):
    """When reminders go out, as offsets before each subject (``7d``, ``1d``, ``0d 09:00``, ``15m``)."""

    deadlines: list[str] = ["7d", "1d", "0d 09:00"]
    sessions: list[str] = ["1d", "15m"]
    grace: str = "30m"

    @field_validator("sessions")
    @classmethod
    def _durations(cls, values: list[str]) -> list[str]:
        for value in values:
            if parse_duration(value) is None:
                raise ValueError(f"{value!r} is not a duration such as 1d or 15m")
        return values

    @field_validator("deadlines")
    @classmethod
    def _deadline_offsets(cls, values: list[str]) -> list[str]:
        for value in values:
            if parse_day_offset(value) is None:
                raise ValueError(f"{value!r} is not an offset such as 7d or 0d 09:00")
        return values

    @field_validator("grace")
    @classmethod
    def _grace(cls, value: str) -> str:
        if parse_duration(value) is None:
            raise ValueError(f"{value!r} is not a duration such as 30m")
        return value


class ConsoleConfig(Section):
    """Console user names that count as chairs."""

    chairs: list[str] = ["chair"]


class SlackConfig(Section):
    """Slack identities and channels (IDs, not names)."""

    chairs: list[str] = []
    chair_groups: list[str] = []
    session_channels: list[str] = []
    reminder_channels: list[str] = []
    mention_here: bool = False


class DiscordConfig(Section):
    """Discord server, chair roles and channels."""

    guild_id: int | None = None
    chair_roles: list[str | int] = []
    session_channels: list[int] = []
    reminder_channels: list[int] = []


class Config(Section):
    """The whole deployment config; every key optional, with the defaults of DESIGN.md §4."""

    meeting: Path = Field(default=BUNDLED_MEETING)
    database: Path | str = Path("meetingbot.db")  # a SQLite file, or a postgresql:// URL (kept as text)
    reminders: ReminderPolicy = ReminderPolicy()
    console: ConsoleConfig = ConsoleConfig()
    slack: SlackConfig = SlackConfig()
    discord: DiscordConfig = DiscordConfig()

    @field_validator("database", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        if not isinstance(value, (str, Path)):  # "database: 42": one plain sentence, not one error per type tried
            raise ValueError("give a SQLite file name or a postgresql:// URL")
        return value

    @field_validator("meeting", "database")
    @classmethod
    def _usable_path(cls, value: Path) -> Path:
        if "\x00" in str(value):
            raise ValueError("a file name cannot hold a NUL character")
        return value

    @field_validator("database")
    @classmethod
    def _file_or_server(cls, value: Path | str) -> Path | str:
        if not is_database_url(str(value)):
            return Path(value)
        problem = url_problem(str(value))
        if problem:
            raise ValueError(problem)
        password = urlsplit(str(value)).password
        if password is not None:
            raise ValueError("a password does not belong in a file: put the whole URL in the environment "
                             "variable DATABASE_URL (or the password in PGPASSWORD)")
        return str(value)

    def resolved(self, base: Path) -> "Config":
        """The config with relative paths read from ``base`` (the config file's folder)."""
        meeting = self.meeting if self.meeting.is_absolute() else base / self.meeting
        if not _exists(meeting) and not self.meeting.is_absolute() and _exists(self.meeting):
            meeting = self.meeting.resolve()
        return self.model_copy(update={"meeting": meeting})


def is_database_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL server (``postgresql://…`` or ``postgres://…``) rather than a file."""
    return text.strip().lower().startswith(("postgresql://", "postgres://"))


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a usable PostgreSQL URL (a port that is not a number, or out of range), else None."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - reading it is the check
        parts.password  # noqa: B018
    except ValueError as error:
        return f"not a usable PostgreSQL URL: {error} (expected postgresql://USER:PASSWORD@HOST:5432/DB)"
    return None


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; False for a name the system refuses (too long, say)."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False
