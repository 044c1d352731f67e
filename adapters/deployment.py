"""The deployment's meetings wired together: one core per meeting and room, the channel routes, the chairs.

Reads the ``meetings:`` list (or the single meeting of an older config), loads every meeting file,
checks that each room the config places in channels is declared by its meeting file and that no
channel serves two rooms, and builds the :class:`~bot.deployment.router.Router` the faces talk to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from bot.clock import Clock
from bot.config import DiscordConfig, SlackConfig
from bot.deployment.entries import DeploymentConfig, MeetingEntry
from bot.deployment.router import ChairRule, Route, Router
from bot.deployment.venue import Venue
from bot.live_state import live_key
from bot.loader import LoadError, load_meeting
from bot.models import Meeting
from bot.notifier import Notifier
from bot.store import Store


class DeploymentError(Exception):
    """The config places meetings or rooms in a way that cannot be served; the message says what to fix."""


@dataclass
class Served:
    """A meeting of the deployment: its entry in the config, and the meeting as loaded."""

    entry: MeetingEntry
    meeting: Meeting


@dataclass
class Plan:
    """What the faces need of the config: channel routes, chair rules, each room's and meeting's channels."""

    channels: dict[tuple[str, str], Route] = field(default_factory=dict)
    chairs: dict[tuple[str, Route], ChairRule] = field(default_factory=dict)
    slack_sessions: dict[str, list[str]] = field(default_factory=dict)     # live key → session channels
    discord_sessions: dict[str, list[int]] = field(default_factory=dict)
    slack_reminders: dict[str, list[str]] = field(default_factory=dict)    # meeting id → reminder channels
    discord_reminders: dict[str, list[int]] = field(default_factory=dict)


def load_served(config: DeploymentConfig, only: Path | None = None) -> list[Served]:
    """Every meeting of the config, loaded (or only the file ``only``, from ``--meeting``)."""
    entries = config.served()
    if only is not None:
        entries = [next((e for e in entries if _same(e.meeting, only)), None)
                   or MeetingEntry(meeting=only, console=entries[0].console)]
    served = []
    for entry in entries:
        served.append(Served(entry, load_meeting(entry.meeting)))
    check(served)
    return served


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def check(served: list[Served]) -> None:
    """Raise :class:`DeploymentError` when two meetings share an id or the config names a room the file lacks."""
    seen: dict[str, Path] = {}
    for item in served:
        meeting = item.meeting
        if meeting.id in seen and _same(item.entry.meeting, seen[meeting.id]):
            raise DeploymentError(f"{item.entry.meeting}: the same meeting file is listed twice under meetings:; "
                                  f"list it once")
        if meeting.id in seen:
            raise DeploymentError(f"{item.entry.meeting}: meeting id {meeting.id} is also the id of "
                                  f"{seen[meeting.id]}: each meeting of meetings: needs its own id")
        seen[meeting.id] = item.entry.meeting
        declared = [room.id for room in meeting.rooms]
        for room_id in item.entry.rooms:
            if room_id not in declared:
                known = ", ".join(declared) if declared else "none"
                raise DeploymentError(f"{item.entry.meeting}: rooms: {room_id}: the meeting file declares no room "
                                      f"{room_id} (its rooms: {known})")


def plan(served: list[Served]) -> Plan:
    """Channel routes and chair rules; :class:`DeploymentError` when one channel would serve two rooms."""
    result = Plan()
    several = len(served) > 1 or any(item.entry.rooms for item in served)

    def place(platform: str, channels: Iterable[object], route: Route, shared: bool = False) -> None:
        """``shared``: reminder channels, which several meetings may share (the first one answers there)."""
        for channel in channels:
            key = (platform, str(channel))
            if shared and key in result.channels:
                continue
            if key in result.channels and result.channels[key] != route:
                raise DeploymentError(f"{platform} channel {channel} is given to both {_name(result.channels[key])} "
                                      f"and {_name(route)}: a channel serves one meeting and one room")
            result.channels[key] = route

    for item in served:
        entry, mid = item.entry, item.meeting.id
        plenary: Route = (mid, None)
        place("slack", entry.slack.session_channels, plenary)
        place("discord", entry.discord.session_channels, plenary)
        place("slack", entry.slack.reminder_channels, plenary, shared=True)
        place("discord", entry.discord.reminder_channels, plenary, shared=True)
        result.slack_sessions[live_key(mid)] = list(entry.slack.session_channels)
        result.discord_sessions[live_key(mid)] = list(entry.discord.session_channels)
        result.slack_reminders[mid] = list(entry.slack.reminder_channels)
        result.discord_reminders[mid] = list(entry.discord.reminder_channels)
        if several:
            result.chairs[("slack", plenary)] = ChairRule(frozenset(entry.slack.chairs),
                                                          frozenset(entry.slack.chair_groups))
            result.chairs[("discord", plenary)] = ChairRule(groups=frozenset(map(str, entry.discord.chair_roles)))
            result.chairs[("console", plenary)] = ChairRule(frozenset(entry.console.chairs))
        for room_id, room in entry.rooms.items():
            route: Route = (mid, room_id)
            place("slack", room.slack.session_channels, route)
            place("discord", room.discord.session_channels, route)
            result.slack_sessions[live_key(mid, room_id)] = list(room.slack.session_channels)
            result.discord_sessions[live_key(mid, room_id)] = list(room.discord.session_channels)
            result.chairs[("slack", route)] = ChairRule(
                frozenset(entry.slack.chairs) | frozenset(room.slack.chairs),
                frozenset(entry.slack.chair_groups) | frozenset(room.slack.chair_groups))
            result.chairs[("discord", route)] = ChairRule(
                groups=frozenset(map(str, [*entry.discord.chair_roles, *room.discord.chair_roles])))
    return result


def _name(route: Route) -> str:
    return f"{route[0]} room {route[1]}" if route[1] else f"{route[0]}"


def build_router(served: list[Served], config: DeploymentConfig, clock: Clock, store: Store,
                 notifier: Notifier, layout: Plan | None = None) -> Router:
    """The router over one venue per meeting, every core on the same clock, store and notifier."""
    layout = layout or plan(served)
    routed = len(served) > 1 or any(item.meeting.rooms for item in served)
    venues = [Venue(item.meeting, clock, store, notifier, config.policy_of(item.entry), routed=routed)
              for item in served]
    return Router(venues, layout.channels, layout.chairs)


def merged_slack(served: list[Served]) -> SlackConfig:
    """One Slack config for the workspace: every meeting's and room's chairs, groups and channels."""
    if len(served) == 1 and not served[0].entry.rooms:
        return served[0].entry.slack
    entries = [item.entry for item in served]
    rooms = [room.slack for entry in entries for room in entry.rooms.values()]
    return SlackConfig(
        chairs=_unique([*(c for e in entries for c in e.slack.chairs), *(c for r in rooms for c in r.chairs)]),
        chair_groups=_unique([*(g for e in entries for g in e.slack.chair_groups),
                              *(g for r in rooms for g in r.chair_groups)]),
        session_channels=_unique([*(c for e in entries for c in e.slack.session_channels),
                                  *(c for r in rooms for c in r.session_channels)]),
        reminder_channels=_unique([c for e in entries for c in e.slack.reminder_channels]),
        mention_here=any(e.slack.mention_here for e in entries))


def merged_discord(served: list[Served]) -> DiscordConfig:
    """One Discord config for the server: every meeting's and room's chair roles and channels."""
    if len(served) == 1 and not served[0].entry.rooms:
        return served[0].entry.discord
    entries = [item.entry for item in served]
    rooms = [room.discord for entry in entries for room in entry.rooms.values()]
    return DiscordConfig(
        guild_id=next((e.discord.guild_id for e in entries if e.discord.guild_id), None),
        chair_roles=_unique([*(r for e in entries for r in e.discord.chair_roles),
                             *(r for room in rooms for r in room.chair_roles)]),
        session_channels=_unique([*(c for e in entries for c in e.discord.session_channels),
                                  *(c for r in rooms for c in r.session_channels)]),
        reminder_channels=_unique([c for e in entries for c in e.discord.reminder_channels]))


def _unique(values: list) -> list:  # type: ignore[type-arg]
    return list(dict.fromkeys(values))


__all__ = ["DeploymentError", "LoadError", "Plan", "Served", "build_router", "check", "load_served",
           "merged_discord", "merged_slack", "plan"]
