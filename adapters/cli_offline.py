"""Commands that need no chat platform: check, ics, replay, eval, minutes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from adapters import file_check
from adapters.cli_meetings import counted, minutes_text, write_every_calendar
from adapters.cli_setup import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError, load_config, load_meeting_for, parse_instant
from adapters.console.render import TextRenderer
from adapters.replay import replay
from bot.clock import SystemClock
from bot.loader import LoadError
from bot.reminders.service import ReminderService
from bot.store import MemoryStore
from bot.timefmt import find_zone


def cmd_ics(args: argparse.Namespace) -> int:
    """``meetingbot ics``: the calendar file (``--all``: one per meeting of the config)."""
    config = load_config(args.config)
    if getattr(args, "all", False):
        return write_every_calendar(args, config)
    meeting = load_meeting_for(args, config)
    from bot.calendar_ics import build_calendar  # icalendar only when a calendar is asked for

    content = build_calendar(meeting, SystemClock().now())
    if args.output == "-":
        sys.stdout.write(content.decode("utf-8"))
        return EXIT_OK
    target = Path(args.output or f"{meeting.id}.ics")
    try:
        target.write_bytes(content)
    except OSError as error:
        raise CliError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"Wrote {target} ({counted(meeting)}).")
    return EXIT_OK


def cmd_replay(args: argparse.Namespace) -> int:
    """``meetingbot replay``: every reminder between two dates, in order, on a fast clock."""
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    start, end = parse_instant(args.start, meeting), parse_instant(args.end, meeting)
    if end <= start:
        raise CliError("--to must be after --from", EXIT_USAGE)
    if args.tz and find_zone(args.tz) is None:
        raise CliError(f"--tz: unknown time zone {args.tz!r}", EXIT_USAGE)
    renderer = TextRenderer(meeting, find_zone(args.tz) if args.tz else None)
    service = ReminderService(meeting, config.reminders, MemoryStore(), owner="replay")
    replay(service, start, end, renderer.render, sys.stdout, args.speed)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """``meetingbot eval``: tuning and held-out scores apart, per category, and the failures; exit 1 below the target."""
    from bot.questions import eval_suite  # the question engine, only for the commands that ask questions

    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    cases = Path(args.cases) if args.cases else Path(__file__).resolve().parent.parent / "tests" / "qa" / meeting.id
    if not cases.exists():
        raise CliError(f"{cases}: no such case file or folder (give one with --cases)")
    try:
        text, passed = eval_suite.run_path(meeting, cases,
                                           render=lambda reply, asker: TextRenderer(meeting, asker.zone, reply.lang or asker.lang).render(reply))
    except LoadError as error:
        raise CliError(str(error), plain=True) from None
    print(text)
    return EXIT_OK if passed else 1


def cmd_minutes(args: argparse.Namespace) -> int:
    """``meetingbot minutes``: the timeline so far, Markdown or JSON; one per room (``--room ID`` for one)."""
    print(minutes_text(args, load_config(args.config)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """``meetingbot check FILE...``: every problem and exit 2, else the warnings, OK and exit 0; with several
    files, a verdict line for each, then the verdict of them all."""
    failed, warned, unfilled = False, 0, 0
    several = len(args.files) > 1
    for path in args.files:
        found = file_check.check_file(path)
        for problem in found.errors + found.warnings:
            print(problem)
        to_fill = file_check.to_fill_count(found)
        if several:
            print(f"{path}: {_verdict(len(found.errors), len(found.warnings), to_fill)}")
        failed = failed or bool(found.errors)
        warned += len(found.warnings)
        unfilled += to_fill
    if not failed:
        print(_verdict(0, warned, unfilled) if not several else f"All {len(args.files)} files: "
              f"{_verdict(0, warned, unfilled)}")
    return EXIT_INVALID if failed else EXIT_OK


def _verdict(errors: int, warnings: int, unfilled: int) -> str:
    """One file's (or all files') verdict: its problems, TO FILL left, or OK with its warnings."""
    if errors:
        return f"{errors} problem{'s' if errors > 1 else ''}: not loaded"
    others = warnings - unfilled
    more = f" ({others} other warning{'s' if others > 1 else ''})" if others else ""
    if unfilled:
        return f"Not ready: {unfilled} TO FILL left{more}; the file loads, but fill them before serving it."
    return f"OK ({warnings} warning{'s' if warnings > 1 else ''})" if warnings else "OK"
