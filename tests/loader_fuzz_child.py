"""The loader in a process of its own, for the fuzz test: one JSON request a line on stdin, one answer a line on stdout.

A request ``{"path": FILE}`` loads FILE as ``meetingbot check`` does, then as a meeting and as a
config; a meeting that loads is also asked ``/deadlines``, ``/agenda`` and ``/meeting`` on a fake
clock and planned for reminders. The answer says ``outcome`` (``ok`` or ``crash`` with the
traceback), the lines ``check`` would print, the seconds it took and the process's peak memory
so far (``maxrss_mb``): the parent kills a child that does not answer in time.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.console.render import TextRenderer  # noqa: E402
from adapters.file_check import check_file  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import Config, ReminderPolicy  # noqa: E402
from bot.core import MeetingBot  # noqa: E402
from bot.loader import LoadError, load_meeting, load_model  # noqa: E402
from bot.models import Meeting  # noqa: E402
from bot.reminders.plan import plan  # noqa: E402
from bot.request import Asker, Request  # noqa: E402

COMMANDS = ("/deadlines", "/agenda", "/meeting")
BUNDLED = load_meeting(Config().meeting)


def _use(meeting: Meeting) -> list[str]:
    """What delegates would ask first of a meeting that loaded; replies that say the bot failed."""
    failures = []
    plan(meeting, ReminderPolicy())
    bot = MeetingBot(meeting, FakeClock(meeting.opens_at.astimezone(dt.timezone.utc)))
    asker = Asker(id="fuzz", name="fuzz")
    for command in COMMANDS:
        text = TextRenderer(meeting, None).render(bot.handle(Request(command, asker)))
        if "failed on my side" in text:
            failures.append(f"{command}: {text}")
    return failures


def handle(path: str) -> dict[str, object]:
    """Load one file every way the bot does; what came out."""
    found = check_file(path)
    lines = [str(problem) for problem in found.errors + found.warnings]
    failures: list[str] = []
    try:
        failures += _use(load_meeting(path))
    except LoadError:
        pass
    try:
        plan(BUNDLED, load_model(path, Config).reminders)
    except LoadError:
        pass
    return {"outcome": "failed" if failures else "ok", "lines": lines, "failures": failures}


def main() -> None:
    """Answer requests until stdin closes."""
    for line in sys.stdin:
        started = time.monotonic()
        try:
            answer = handle(json.loads(line)["path"])
        except BaseException:  # noqa: B902 - the point is to report anything at all
            answer = {"outcome": "crash", "traceback": traceback.format_exc()}
        answer["seconds"] = time.monotonic() - started
        answer["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
