"""Hot reload of the meetings list: a meeting added to the config is served, one removed is dropped, no restart.

The config file is polled; a changed one is loaded and checked off the event loop (every meeting file,
rooms, channels). A broken edit is logged and the running deployment kept. Otherwise the router gets the
new venues and routes (the meetings kept keep their cores; a removed meeting's live state stays in the
store, so it is all there again if the meeting comes back), each added meeting gets its reminder runner and
file watch, each removed one's stop, and the platforms learn the new channels and chairs.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Callable

from adapters.deployment import DeploymentError, Plan, Served, load_served, plan
from adapters.file_watch import POLL_SECONDS, _stamp
from adapters.meeting_runners import MeetingRunner
from bot.deployment.entries import DeploymentConfig
from bot.deployment.router import Router
from bot.deployment.venue import Venue
from bot.loader import LoadError, load_model

log = logging.getLogger(__name__)

Runners = Callable[[list[Served], Plan], list[MeetingRunner]]


class DeploymentRuntime:
    """Each meeting's runner and file watch as tasks, and the watch on the meetings list of the config."""

    def __init__(self, router: Router, served: list[Served], config: DeploymentConfig, config_path: Path | None,
                 make_runners: Runners, on_layout: Callable[[list[Served], Plan], None] | None = None) -> None:
        self.router = router
        self.served = served
        self.config = config
        self.config_path = config_path
        self.make_runners = make_runners
        self.on_layout = on_layout
        self.runners: dict[str, MeetingRunner] = {}
        self._tasks: dict[str, list[asyncio.Task[None]]] = {}
        self._stamp = _stamp(config_path)

    def _start(self, runners: list[MeetingRunner]) -> None:
        for runner in runners:
            self.runners[runner.venue.id] = runner
            self._tasks[runner.venue.id] = [asyncio.create_task(runner.loop.run()),
                                            asyncio.create_task(runner.watch.run())]

    def _drop(self, meeting_id: str) -> None:
        runner = self.runners.pop(meeting_id, None)
        if runner is not None:
            runner.loop.stop()
        for task in self._tasks.pop(meeting_id, []):
            task.cancel()

    def stop(self) -> None:
        """Stop every meeting's runner."""
        for meeting_id in list(self.runners):
            self._drop(meeting_id)

    async def run(self) -> None:
        """Run every meeting's reminders and file watch; follow the meetings list of the config until cancelled."""
        self._start(self.make_runners(self.served, plan(self.served)))
        try:
            while True:
                await asyncio.sleep(POLL_SECONDS)
                try:
                    loaded = await asyncio.to_thread(self.load_changed)
                    if loaded is not None:
                        self.apply(*loaded)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("reloading the meetings list failed; the bot keeps serving the last good one")
        finally:
            self.stop()

    def load_changed(self) -> tuple[DeploymentConfig, list[Served], Plan] | None:
        """A changed config's meetings, loaded and checked; None when unchanged or broken (logged). Blocking."""
        if self.config_path is None:
            return None
        stamp = _stamp(self.config_path)
        if stamp == self._stamp:
            return None
        self._stamp = stamp
        try:
            config = load_model(self.config_path, DeploymentConfig).resolved(self.config_path.parent)
            served = load_served(config)
            layout = plan(served)
        except (LoadError, DeploymentError) as error:
            log.error("kept the meetings being served; the changed config has problems:\n%s", error)
            return None
        return config, served, layout

    def apply(self, config: DeploymentConfig, served: list[Served], layout: Plan) -> None:
        """Serve the new list: keep the meetings still listed, add the new ones, drop the others (on the loop)."""
        before = {item.meeting.id for item in self.served}
        after = {item.meeting.id for item in served}
        first = next(iter(self.router.venues.values()))
        venues = []
        for item in served:
            venue = self.router.venues.get(item.meeting.id)
            if venue is None:
                venue = Venue(item.meeting, first.clock, first.store, first.notifier, config.policy_of(item.entry),
                              first.registry, routed=True)
            venues.append(venue)
        self.router.replace(venues, layout.channels, layout.chairs)
        for meeting_id in before - after:
            self._drop(meeting_id)
        added = [item for item in served if item.meeting.id not in before]
        self.served, self.config = served, config
        if self.on_layout is not None:
            self.on_layout(served, layout)
        self._start(self.make_runners(added, layout))
        if added or before - after:
            log.warning("meetings served now: %s (added: %s; dropped: %s)", ", ".join(i.meeting.id for i in served),
                        ", ".join(i.meeting.id for i in added) or "none", ", ".join(sorted(before - after)) or "none")
