"""Many meetings: 50 meetings of 5 parallel rooms each, against one meeting alone.

Run by hand: ``.venv/bin/python benchmarks/bench_meetings.py [--meetings 50] [--rooms 5] [--calls 5000]``.
Targets (issue 15): the per-command cost through the router within 1.1x of one meeting's core; memory under
1 MB per meeting. Start-up time is printed beside one meeting's.

Each meeting is the bundled SG17 file under another id and group number, with ``--rooms`` rooms (each with
an agenda of its own) and channels on Slack. Start-up and memory are measured in a fresh child process per
case (resident memory after building everything, minus the same process's before). Per-command cost is the
median of ``--calls`` answers worked out (nothing shared within the second), for one meeting's core alone
and for the router sending the same meeting's channel (and one of its rooms') request to its core; the sides
take turns call by call, and the ratio of the medians is what counts on a shared machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer_memo import AnswerMemo  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import BUNDLED_MEETING  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import load_meeting  # noqa: E402
from bot.notifier import CollectingNotifier  # noqa: E402
from bot.request import Asker, Request  # noqa: E402
from bot.store import MemoryStore  # noqa: E402

COMMANDS = ["/deadlines", "/agenda 3h", "/now", "/agenda", "/rules", "/floor list"]
AT = dt.datetime(2020, 8, 24, 9, 30, tzinfo=dt.timezone.utc)
RATIO_TARGET, MB_PER_MEETING_TARGET = 1.1, 1.0


def write_deployment(folder: Path, meetings: int, rooms: int) -> Path:
    """``meetings`` meeting files of ``rooms`` rooms each, and the config that lists them; the config's path."""
    source = BUNDLED_MEETING.read_text(encoding="utf-8")
    entries = []
    for number in range(meetings):
        meeting_id = f"bench-{number:03d}"
        text = source.replace("id: itu-t-sg17-2020-08", f"id: {meeting_id}", 1)
        text = text.replace("study_group: 17", f"study_group: {100 + number}", 1)
        text += "\nrooms:\n" + "".join(
            f"  - id: r{room}\n    title: Room {room}\n    title_fr: Salle {room}\n    agenda:\n"
            f"      title: Agenda of room {room}\n      items:\n"
            + "".join(f"        - {{ref: \"{i}\", title: Item {i} of room {room}}}\n" for i in range(1, 9))
            for room in range(1, rooms + 1))
        path = folder / f"{meeting_id}.yaml"
        path.write_text(text, encoding="utf-8")
        room_lines = "".join(f"      r{room}: {{slack: {{session_channels: [C{number:03d}R{room}]}}}}\n"
                             for room in range(1, rooms + 1))
        entries.append(f"  - meeting: {path.name}\n"
                       f"    slack: {{chairs: [U{number:03d}], session_channels: [C{number:03d}P], "
                       f"reminder_channels: [C{number:03d}G]}}\n"
                       f"    rooms:\n{room_lines}")
    config = folder / "meetings.yaml"
    config.write_text("meetings:\n" + "".join(entries), encoding="utf-8")
    return config


def rss_mb() -> float:
    """This process's resident memory, MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    import resource

    return pages * resource.getpagesize() / 1e6


def child(config: Path | None) -> dict[str, float]:
    """Build one meeting's core (no config) or the whole deployment; time and memory it took."""
    import gc

    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    if config is None:
        MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(AT), MemoryStore(), CollectingNotifier())
        count = 1
    else:
        from adapters.deployment import build_router, load_served
        from bot.deployment.entries import DeploymentConfig
        from bot.loader import load_model

        deployment = load_model(config, DeploymentConfig).resolved(config.parent)
        served = load_served(deployment)
        router = build_router(served, deployment, FakeClock(AT), MemoryStore(), CollectingNotifier())
        count = len(router.venues)
    seconds = time.perf_counter() - start
    gc.collect()
    return {"seconds": seconds, "mb": rss_mb() - before, "meetings": count}


def in_child(config: Path | None) -> dict[str, float]:
    """:func:`child` in a fresh interpreter (modules imported before the measure, as at start-up)."""
    code = ("import json,sys; sys.path.insert(0, %r); sys.argv=['x']; import benchmarks.bench_meetings as b; "
            "print(json.dumps(b.child(%s)))" % (str(ROOT), f"b.Path({str(config)!r})" if config else "None"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def interleaved_ms(sides: list[tuple[object, Request]], calls: int) -> list[float]:
    """The median time of ``calls`` answers on each side, ms, the sides taking turns call by call (so a busy
    moment of a shared machine falls on every side alike)."""
    samples: list[list[float]] = [[] for _ in sides]
    for handle, request in sides:
        handle(request)  # type: ignore[operator]
    for _ in range(calls):
        for index, (handle, request) in enumerate(sides):
            start = time.perf_counter_ns()
            handle(request)  # type: ignore[operator]
            samples[index].append((time.perf_counter_ns() - start) / 1e6)
    return [statistics.median(side) for side in samples]


def main() -> int:
    """Print start-up, memory and per-command cost for one meeting and for the whole deployment."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--rooms", type=int, default=5)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        config = write_deployment(Path(name), args.meetings, args.rooms)
        one, many = in_child(None), in_child(config)
        print(f"# {args.meetings} meetings x {args.rooms} rooms, against one meeting alone")
        print(f"start-up: one meeting {one['seconds'] * 1000:.0f} ms; {args.meetings} meetings "
              f"{many['seconds'] * 1000:.0f} ms ({many['seconds'] / args.meetings * 1000:.1f} ms a meeting)")
        per_meeting = many["mb"] / args.meetings
        print(f"memory: one meeting {one['mb']:.1f} MB; {args.meetings} meetings {many['mb']:.1f} MB "
              f"({per_meeting:.2f} MB a meeting, target < {MB_PER_MEETING_TARGET}: "
              f"{'ok' if per_meeting < MB_PER_MEETING_TARGET else 'MISSED'})")

        from adapters.deployment import build_router, load_served
        from bot.deployment.entries import DeploymentConfig
        from bot.loader import load_model

        deployment = load_model(config, DeploymentConfig).resolved(config.parent)
        router = build_router(load_served(deployment), deployment, FakeClock(AT), MemoryStore(), CollectingNotifier())
        alone = MeetingBot(load_meeting(BUNDLED_MEETING), FakeClock(AT), MemoryStore(), CollectingNotifier())
        middle = f"bench-{args.meetings // 2:03d}"
        room_core = router.venues[middle].rooms["r3"]
        for core in (alone, room_core):
            core.memo = AnswerMemo(limit=0)  # every answer worked out
        chair = Asker("U000", "chair", is_chair=True)
        alone.handle(Request("/item 3h", chair))
        router.handle(Request("/item 3", Asker(f"U{args.meetings // 2:03d}", "chair", is_chair=True),
                              f"C{args.meetings // 2:03d}R3", "slack"))
        delegate = Asker("u1", "delegate", tz="Asia/Seoul")
        plenary = router.venues[middle].main
        plenary.memo = AnswerMemo(limit=0)
        router.handle(Request("/item 3h", Asker(f"U{args.meetings // 2:03d}", "chair", is_chair=True),
                              f"C{args.meetings // 2:03d}P", "slack"))
        print(f"{'command':14} {'one meeting ms':>15} {'router ms':>10} {'ratio':>6}   {'its room r3 ms':>15}")
        worst = 0.0
        for text in COMMANDS:
            ones, routed, rooms = [], [], []
            sides = [(alone.handle, Request(text, delegate, "C0", "slack")),  # the same meeting file: alone,
                     (router.handle, Request(text, delegate, f"C{args.meetings // 2:03d}P", "slack")),  # the 25th
                     (router.handle, Request(text, delegate, f"C{args.meetings // 2:03d}R3", "slack"))]  # its room
            for _ in range(args.rounds):
                one, through, room = interleaved_ms(sides, args.calls)
                ones.append(one)
                routed.append(through)
                rooms.append(room)
            a, b, c = statistics.median(ones), statistics.median(routed), statistics.median(rooms)
            worst = max(worst, b / a)
            print(f"{text:14} {a:15.4f} {b:10.4f} {b / a:6.2f}   {c:15.4f}")
        print(f"worst ratio {worst:.2f} (target <= {RATIO_TARGET}: {'ok' if worst <= RATIO_TARGET else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
