"""The ``meetings:`` list of the deployment config: each meeting, its channels and chairs, and its rooms.

The single-meeting config of before (``meeting:``, ``slack:``, ``discord:``, ``console:`` at the top)
stays valid: it is read as a list of one.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.config import Config, ConsoleConfig, DiscordConfig, ReminderPolicy, SlackConfig

ROOM_ID = r"^[a-z0-9][a-z0-9-]*$"


class Section(BaseModel):
    """Base of these sections: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class RoomSlack(Section):
    """A room's Slack channels, and chairs who chair this room besides the meeting's."""

    chairs: list[str] = []
    chair_groups: list[str] = []
    session_channels: list[str] = []


class RoomDiscord(Section):
    """A room's Discord channels, and roles that chair this room besides the meeting's."""

    chair_roles: list[str | int] = []
    session_channels: list[int] = []


class RoomChannels(Section):
    """Where a parallel room sits on each platform."""

    slack: RoomSlack = RoomSlack()
    discord: RoomDiscord = RoomDiscord()


class MeetingEntry(Section):
    """One meeting of the deployment: its file, its reminders, its channels and chairs, its rooms' channels."""

    meeting: Path
    reminders: ReminderPolicy | None = None
    console: ConsoleConfig = ConsoleConfig()
    slack: SlackConfig = SlackConfig()
    discord: DiscordConfig = DiscordConfig()
    rooms: dict[str, RoomChannels] = Field(default_factory=dict)

    @field_validator("meeting")
    @classmethod
    def _usable_path(cls, value: Path) -> Path:
        if "\x00" in str(value):
            raise ValueError("a file name cannot hold a NUL character")
        return value

    @field_validator("rooms")
    @classmethod
    def _room_ids(cls, rooms: dict[str, RoomChannels]) -> dict[str, RoomChannels]:
        for room_id in rooms:
            if not re.match(ROOM_ID, str(room_id)):
                raise ValueError(f"room {room_id!r}: a room id is lower-case letters, digits and dashes, "
                                 f"as in the meeting file's rooms:")
        return rooms


PER_MEETING = ("meeting", "console", "slack", "discord")


class DeploymentConfig(Config):
    """The deployment config with its ``meetings:`` list; without one, the top-level meeting is a list of one."""

    meetings: list[MeetingEntry] = []

    @model_validator(mode="after")
    def _one_form(self) -> "DeploymentConfig":
        if not self.meetings:
            return self
        both = [key for key in PER_MEETING if key in self.model_fields_set]
        if both:
            raise ValueError(f"{', '.join(both)}: with meetings:, give these inside each meeting of the list")
        guilds = {entry.discord.guild_id for entry in self.meetings if entry.discord.guild_id}
        if len(guilds) > 1:
            raise ValueError("meetings: the bot joins one Discord server: every guild_id must be the same")
        return self

    def served(self) -> list[MeetingEntry]:
        """Every meeting of the deployment, in the config's order (the default meeting first)."""
        if self.meetings:
            return list(self.meetings)
        return [MeetingEntry(meeting=self.meeting, console=self.console, slack=self.slack, discord=self.discord)]

    def resolved(self, base: Path) -> "DeploymentConfig":
        """The config with every meeting file's path read from ``base`` (the config file's folder)."""
        config = super().resolved(base)
        entries = [entry.model_copy(update={"meeting": Config(meeting=entry.meeting).resolved(base).meeting})
                   for entry in self.meetings]
        first = entries[0].meeting if entries else config.meeting
        return config.model_copy(update={"meetings": entries, "meeting": first})

    def policy_of(self, entry: MeetingEntry) -> ReminderPolicy:
        """The reminder offsets of one meeting: its own ``reminders:``, else the deployment's."""
        return entry.reminders or self.reminders
