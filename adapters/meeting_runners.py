"""Each meeting's reminders and file watch: one reminder runner per meeting, posting to its own channels.

With one meeting, its runner posts to every reminder channel, as before; with several, each
meeting's runner sees only the channels its ``meetings:`` entry names (and the console).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from adapters.deployment import Plan, Served
from adapters.file_watch import FileWatch
from adapters.reminder_loop import ReminderLoop, ReminderPoster
from bot.config import ReminderPolicy
from bot.deployment.entries import DeploymentConfig
from bot.deployment.router import Router
from bot.deployment.venue import Venue
from bot.models import Meeting
from bot.reminders.service import ReminderService
from bot.reply import Reply


class MeetingPoster:
    """A reminder poster narrowed to one meeting's channels (``slack:C…``, ``discord:…``); others pass through."""

    def __init__(self, inner: ReminderPoster, allowed: set[str] | None, venue: Venue | None = None) -> None:
        self.inner = inner
        self.allowed = allowed
        self.venue = venue  # whose chairs hear of missed reminders, whose zone the times show (None: the only one)

    def _about(self, reply: Reply) -> Reply:
        return replace(reply, about=self.venue.meeting) if self.venue is not None else reply

    def channels(self) -> list[str]:
        """The meeting's reminder channels among those the platforms serve (every one when not narrowed)."""
        every = self.inner.channels()
        if self.allowed is None:
            return every
        return [c for c in every if c in self.allowed or not c.startswith(("slack:", "discord:"))]

    async def post(self, channel: str, reply: Reply) -> None:
        """Post through the platform that serves the channel."""
        await self.inner.post(channel, self._about(reply))

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        """Tell the meeting's chairs."""
        meeting_id = meeting_id or (self.venue.id if self.venue else None)
        if meeting_id is None:
            await self.inner.post_to_chairs(reply)  # one meeting alone: every chair, as before
        else:
            await self.inner.post_to_chairs(self._about(reply), meeting_id)  # type: ignore[call-arg]


@dataclass
class MeetingRunner:
    """One meeting's reminder runner and the watch on its file."""

    venue: Venue
    service: ReminderService
    loop: ReminderLoop
    watch: FileWatch


def allowed_channels(meeting_id: str, layout: Plan | None) -> set[str] | None:
    """The reminder channels of one meeting, named as the runner names them; None: not narrowed."""
    if layout is None:
        return None
    return {f"slack:{c}" for c in layout.slack_reminders.get(meeting_id, [])} | \
           {f"discord:{c}" for c in layout.discord_reminders.get(meeting_id, [])}


def meeting_runners(router: Router, served: list[Served], poster: ReminderPoster, config: DeploymentConfig,
                    config_path: Path | None, owner: str, layout: Plan | None = None,
                    after_change: Callable[[], None] | None = None) -> list[MeetingRunner]:
    """A reminder runner and a file watch for each meeting the router serves."""
    runners = []
    narrow = layout if router.several else None
    for item in served:
        venue = router.venue(item.meeting.id)
        assert venue is not None
        service = ReminderService(venue.meeting, venue.main.policy, venue.store, owner=owner)
        loop = ReminderLoop(service, MeetingPoster(poster, allowed_channels(venue.id, narrow),
                                                   venue if narrow is not None else None), venue.clock)
        entry = item.entry
        watch = FileWatch(Path(entry.meeting), config_path, venue.main.policy,
                          _on_change(venue, service, loop, after_change, router),
                          policy_of=lambda c, path=entry.meeting: _policy_for(c, path))
        runners.append(MeetingRunner(venue, service, loop, watch))
    return runners


def _on_change(venue: Venue, service: ReminderService, loop: ReminderLoop,
               after: Callable[[], None] | None, router: Router) -> Callable[[Meeting, ReminderPolicy], None]:
    def changed(meeting: Meeting, policy: ReminderPolicy) -> None:
        venue.reload(meeting, policy)
        router.forget_routes()
        service.replan(meeting, policy)
        loop.wake()
        if after is not None:
            after()
    return changed


def _policy_for(config: DeploymentConfig, meeting_path: Path) -> ReminderPolicy:
    """The reminders of the meeting at ``meeting_path`` in a re-read config (the deployment's when not listed)."""
    for entry in config.meetings:
        if Path(entry.meeting).name == Path(meeting_path).name:
            return config.policy_of(entry)
    return config.reminders
