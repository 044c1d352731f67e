"""Hot reload of the meetings list: a meeting added to the config is served, one removed dropped, live state kept."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

from adapters.deployment import build_router, load_served, plan
from adapters.deployment_watch import DeploymentRuntime
from adapters.meeting_runners import meeting_runners
from bot.clock import FakeClock
from bot.deployment.entries import DeploymentConfig
from bot.live_state import read_state
from bot.loader import load_model
from bot.notifier import CollectingNotifier
from bot.reply import Reply
from bot.request import Asker, Request
from bot.store import MemoryStore
from deployment_support import BOTH_ON, DATA, SG13, SG17

SG17_FILE = (Path(__file__).parent.parent / "meeting_data" / "itu-t-sg17-2020-08.yaml").resolve()
SG13_FILE = (DATA / "meetings" / "fictional-sg13-2020-08.yaml").resolve()
SG17_ENTRY = f"  - meeting: {SG17_FILE}\n    slack: {{chairs: [U17CHAIR], session_channels: [C17PLEN]}}\n"
SG13_ENTRY = (f"  - meeting: {SG13_FILE}\n    slack: {{chairs: [U13CHAIR], session_channels: [C13PLEN]}}\n"
              f"    rooms: {{wp1: {{slack: {{session_channels: [C13WP1]}}}}}}\n")


class Poster:
    """Reminder posts kept in a list."""

    def __init__(self) -> None:
        self.posted: list[tuple[str, Reply]] = []

    def channels(self) -> list[str]:
        return ["console"]

    async def post(self, channel: str, reply: Reply) -> None:
        self.posted.append((channel, reply))

    async def post_to_chairs(self, reply: Reply, meeting_id: str | None = None) -> None:
        self.posted.append(("chairs", reply))


def write(path: Path, *entries: str) -> None:
    path.write_text("meetings:\n" + "".join(entries), encoding="utf-8")


def running(path: Path):  # type: ignore[no-untyped-def]
    config = load_model(path, DeploymentConfig).resolved(path.parent)
    served = load_served(config)
    notifier = CollectingNotifier()
    router = build_router(served, config, FakeClock(BOTH_ON), MemoryStore(), notifier)
    poster = Poster()
    runtime = DeploymentRuntime(router, served, config, path, lambda items, layout: meeting_runners(
        router, items, poster, config, path, "test", layout=layout))
    return router, runtime, notifier


def ask(router, text: str, channel: str, user: str = "UKIM", chair: bool = False) -> str:  # type: ignore[no-untyped-def]
    reply = router.handle(Request(text, Asker(user, user, is_chair=chair), channel, "slack"))
    return "\n".join(map(str, reply.segments()))


def test_a_meeting_added_is_served_and_one_removed_is_dropped_with_its_state_kept(tmp_path):
    path = tmp_path / "meetings.yaml"
    write(path, SG17_ENTRY)

    async def scenario() -> None:
        router, runtime, notifier = running(path)
        runtime._start(runtime.make_runners(runtime.served, plan(runtime.served)))
        ask(router, "/item 3h", "C17PLEN", "U17CHAIR", chair=True)
        assert notifier.sent[-1].route is None  # one meeting alone: announced as before

        write(path, SG17_ENTRY, SG13_ENTRY)
        runtime.apply(*runtime.load_changed())
        assert sorted(runtime.runners) == sorted([SG17, SG13])
        assert "Fictional test meeting of Study Group 13" in ask(router, "/meeting", "C13PLEN")
        assert "Working Party 1/13" in ask(router, "/now", "C13WP1")
        assert "3 h)" in ask(router, "/now", "C17PLEN")  # SG17 carried on, its item still under discussion
        ask(router, "/next", "C17PLEN", "U17CHAIR", chair=True)
        assert notifier.sent[-1].route == SG17  # two meetings now: each announcement says whose channels

        write(path, SG13_ENTRY)
        runtime.apply(*runtime.load_changed())
        assert sorted(runtime.runners) == [SG13] and list(router.venues) == [SG13]
        assert router.route(Request("/now", Asker("U", "U"), "C17PLEN", "slack")) is None
        assert read_state(router.store, SG17).current_ref == "3i"  # dropped from serving, not from the store
        runtime.stop()
    asyncio.run(scenario())


def test_a_broken_edit_keeps_the_meetings_served(tmp_path, caplog):
    path = tmp_path / "meetings.yaml"
    write(path, SG17_ENTRY)
    router, runtime, _ = running(path)
    path.write_text("meetings:\n  - meeting: nowhere.yaml\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert runtime.load_changed() is None
    assert "kept the meetings being served" in caplog.text and "nowhere.yaml" in caplog.text
    assert list(router.venues) == [SG17]
    assert runtime.load_changed() is None  # nothing changed since: nothing to do


def test_an_unchanged_config_is_not_reloaded(tmp_path):
    path = tmp_path / "meetings.yaml"
    write(path, SG17_ENTRY)
    _, runtime, _ = running(path)
    assert runtime.load_changed() is None
