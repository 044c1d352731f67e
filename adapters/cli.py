"""The ``meetingbot`` command line: the one composition root.

It alone reads environment variables and files, picks the clock, and wires the
meeting, the core and the faces (console now; Slack and Discord when their tokens are set).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import threading
from pathlib import Path
from typing import Sequence

from adapters.console.notifier import ConsoleNotifier
from adapters.console.poster import ConsolePoster
from adapters.file_watch import FileWatch
from adapters.reminder_loop import ReminderLoop
from adapters.console.render import TextRenderer
from adapters.console.repl import run_console
from bot.clock import Clock, ShiftedClock, SystemClock
from bot.config import Config, ReminderPolicy
from bot.core import MeetingBot
from adapters.replay import replay
from bot.calendar_ics import build_calendar
from bot.questions import evaluation
from bot.live_state import load_state
from bot.reminders.service import ReminderService
from bot.store import MemoryStore
from bot.loader import LoadError, load_meeting, load_model, read_yaml, validate
from bot.minutes import minutes_json, minutes_markdown
from bot.models import Meeting
from bot.request import Asker, Request
from bot.sqlite_store import SqliteStore
from bot.store import StoreError
from bot.timefmt import find_zone

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_STORE = 0, 2, 2, 3
TICK_SECONDS = 1.0

MEETING_KEYS = {"schema_version", "agenda", "study_group", "deadlines", "sessions", "body"}


class CliError(Exception):
    """A problem to report in one or more clear lines, then exit non-zero."""

    def __init__(self, message: str, code: int = EXIT_INVALID, plain: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.plain = plain  # already in the FILE:LINE: field: problem form


COMMON_DEFAULTS = {"meeting": None, "config": None, "at": None, "tz": None, "lang": "en",
                   "user": os.environ.get("USER") or "delegate", "chair": False}


def _common_flags() -> argparse.ArgumentParser:
    """The flags every command takes, before or after the command name (DESIGN.md §4)."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--meeting", metavar="FILE", help="meeting file (default: from the config, else the bundled one)")
    common.add_argument("--config", metavar="FILE", help="deployment config (default: $MEETINGBOT_CONFIG)")
    common.add_argument("--at", metavar="ISO-8601", help="start the clock at this instant, e.g. 2020-08-24T10:30:00+02:00")
    common.add_argument("--tz", metavar="ZONE", help="your time zone, e.g. Asia/Seoul")
    common.add_argument("--lang", choices=("en", "fr"), help="reply language (default: en)")
    common.add_argument("--user", help="your name in the console (default: $USER)")
    common.add_argument("--chair", action="store_true", help="act as a chair")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    common = _common_flags()
    parser = argparse.ArgumentParser(prog="meetingbot", parents=[common],
                                     description="A meeting assistant for virtual standards meetings.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=text, parents=[common])

    command("run", "start every platform whose token is set; none → the console")
    command("console", "chat with the bot in the terminal")
    command("ask", "ask one question or command, print the reply").add_argument(
        "text", nargs="+", help="e.g. /agenda 3h")
    commands.add_parser("check", help="validate meeting files or deployment configs").add_argument(
        "files", nargs="+", metavar="FILE")
    command("ics", "write the meeting's sessions and deadlines as an iCalendar file").add_argument(
        "-o", "--output", metavar="FILE", help="file to write (default: MEETING-ID.ics; - for stdout)")
    replay = command("replay", "run the meeting's reminders on a fast clock and print them")
    replay.add_argument("--from", dest="start", required=True, metavar="DATE", help="e.g. 2020-06-08")
    replay.add_argument("--to", dest="end", required=True, metavar="DATE", help="e.g. 2020-09-04")
    replay.add_argument("--speed", type=float, help="seconds of meeting time per real second (default: no waiting)")
    command("eval", "score the plain-language answers against a file of question cases").add_argument(
        "--cases", metavar="FILE", help="default: tests/qa/MEETING-ID.yaml")
    command("minutes", "print the timeline of the sessions so far").add_argument(
        "--format", choices=("md", "json"), default="md")
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line and fill in the defaults of the common flags."""
    args = build_parser().parse_args(argv)
    for name, default in COMMON_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


def load_config(path: str | None) -> Config:
    """The deployment config from ``path`` or ``$MEETINGBOT_CONFIG``; defaults when neither is set."""
    chosen = path or os.environ.get("MEETINGBOT_CONFIG")
    if not chosen:
        return Config()
    try:
        config = load_model(chosen, Config)
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
    return Asker(id=args.user, name=args.user, is_chair=args.chair or args.user in config.console.chairs,
                 tz=args.tz, lang=args.lang)


def load_meeting_for(args: argparse.Namespace, config: Config) -> Meeting:
    """The meeting of ``--meeting``, else of the config, else the bundled one."""
    try:
        return load_meeting(args.meeting or config.meeting)
    except LoadError as error:
        raise CliError(str(error), plain=True) from None


def open_store(config: Config) -> SqliteStore:
    """The SQLite store of the config (``meetingbot.db`` in the working directory by default)."""
    try:
        config.database.parent.mkdir(parents=True, exist_ok=True)
        return SqliteStore(config.database)
    except OSError as error:
        raise CliError(f"{config.database}: cannot create its folder: {error.strerror or error}", EXIT_STORE) from None
    except StoreError as error:
        raise CliError(str(error), EXIT_STORE) from None


def _setup(args: argparse.Namespace) -> tuple[MeetingBot, Asker, TextRenderer]:
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    asker = make_asker(args, config)
    renderer = TextRenderer(meeting, asker.zone)
    bot = MeetingBot(meeting, make_clock(args, meeting), store=open_store(config),
                     notifier=ConsoleNotifier(renderer.render), policy=config.reminders)
    return bot, asker, renderer


def _start_reminders(bot: MeetingBot, renderer: TextRenderer, meeting_path: str | Path,
                     config_path: str | None) -> ReminderLoop:
    """The reminder runner on its own thread and event loop, posting to the console."""
    service = ReminderService(bot.meeting, bot.policy, bot.store, owner=f"console-{os.getpid()}")
    loop = ReminderLoop(service, ConsolePoster(renderer.render), bot.clock)

    def changed(meeting: Meeting, policy: ReminderPolicy) -> None:
        bot.reload(meeting, policy)
        service.replan(meeting, policy)
        loop.wake()

    watch = FileWatch(Path(meeting_path), Path(config_path) if config_path else None, bot.policy, changed)

    async def both() -> None:
        await asyncio.gather(loop.run(), watch.run())

    threading.Thread(target=asyncio.run, args=(both(),), daemon=True, name="reminders").start()
    return loop


def _keep_ticking(bot: MeetingBot, stop: threading.Event) -> None:
    """Send what falls due (a chair's time budget) while the console waits for input."""
    while not stop.wait(TICK_SECONDS):
        try:
            bot.tick()
        except StoreError:
            return


def cmd_ask(args: argparse.Namespace) -> int:
    """``meetingbot ask TEXT``: one reply on stdout."""
    bot, asker, renderer = _setup(args)
    try:
        print(renderer.render(bot.handle(Request(" ".join(args.text), asker))))
    finally:
        bot.store.close()
    return EXIT_OK


def cmd_console(args: argparse.Namespace) -> int:
    """``meetingbot console``: the interactive prompt."""
    bot, asker, renderer = _setup(args)
    role = "chair" if asker.is_chair else "delegate"
    banner = (f"meetingbot — {bot.meeting.title}\n"
              f"You are {asker.name} ({role}). Type /help for commands, /quit or Ctrl-D to leave.")
    stop = threading.Event()
    threading.Thread(target=_keep_ticking, args=(bot, stop), daemon=True, name="tick").start()
    config_path = args.config or os.environ.get("MEETINGBOT_CONFIG")
    _start_reminders(bot, renderer, args.meeting or load_config(args.config).meeting, config_path)
    try:
        return run_console(lambda text: bot.handle(Request(text, asker)), renderer.render, banner)
    finally:
        stop.set()
        bot.store.close()


def cmd_ics(args: argparse.Namespace) -> int:
    """``meetingbot ics``: the calendar file."""
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    content = build_calendar(meeting, SystemClock().now())
    if args.output == "-":
        sys.stdout.write(content.decode("utf-8"))
        return EXIT_OK
    target = Path(args.output or f"{meeting.id}.ics")
    try:
        target.write_bytes(content)
    except OSError as error:
        raise CliError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"Wrote {target} ({len(meeting.sessions)} sessions, {len(meeting.deadlines)} deadlines).")
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
    """``meetingbot eval``: the score per category and the failures; exit 1 below the target."""
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    cases = Path(args.cases) if args.cases else Path(__file__).resolve().parent.parent / "tests" / "qa" / f"{meeting.id}.yaml"
    if not cases.exists():
        raise CliError(f"{cases}: no such case file (give one with --cases)")
    try:
        text, passed = evaluation.run(meeting, cases,
                                      render=lambda reply, asker: TextRenderer(meeting, asker.zone).render(reply))
    except LoadError as error:
        raise CliError(str(error), plain=True) from None
    print(text)
    return EXIT_OK if passed else 1


def cmd_minutes(args: argparse.Namespace) -> int:
    """``meetingbot minutes``: the timeline so far, Markdown or JSON."""
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    store = open_store(config)
    try:
        with store.transaction() as tx:
            state = load_state(tx, meeting.id)
    except StoreError as error:
        raise CliError(str(error), EXIT_STORE) from None
    finally:
        store.close()
    print(minutes_json(meeting, state) if args.format == "json"
          else minutes_markdown(meeting, state, make_clock(args, meeting).now()))
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """``meetingbot run``: the platforms whose tokens are set, else the console."""
    wanted = [name for name, variable in (("Slack", "SLACK_BOT_TOKEN"), ("Discord", "DISCORD_TOKEN"))
              if os.environ.get(variable)]
    if wanted:
        raise CliError(f"{' and '.join(wanted)} token set, but this version of meetingbot runs the console only; "
                       "unset the token to use the console.")
    return cmd_console(args)


def check_file(path: str) -> list[str]:
    """Validate one file as a meeting file or a deployment config; the problems, or none."""
    try:
        data, node = read_yaml(path)
        keys = set(data) if isinstance(data, dict) else set()
        is_meeting = not keys or bool(MEETING_KEYS & keys) or not keys & set(Config.model_fields)
        validate(path, data, node, Meeting if is_meeting else Config)
    except LoadError as error:
        return [str(problem) for problem in error.problems]
    return []


def cmd_check(args: argparse.Namespace) -> int:
    """``meetingbot check FILE...``: OK and exit 0, or every problem and exit 2."""
    failed = False
    for path in args.files:
        problems = check_file(path)
        for problem in problems:
            print(problem)
        failed = failed or bool(problems)
    if not failed:
        print("OK")
    return EXIT_INVALID if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``meetingbot`` console script."""
    args = parse_args(argv)
    handlers = {"ask": cmd_ask, "console": cmd_console, "run": cmd_run, "check": cmd_check,
                "minutes": cmd_minutes, "ics": cmd_ics, "replay": cmd_replay, "eval": cmd_eval}
    try:
        return handlers[args.command](args)
    except StoreError as error:
        print(f"meetingbot: {error}", file=sys.stderr)
        return EXIT_STORE
    except CliError as error:
        print(str(error) if error.plain else f"meetingbot: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `meetingbot ask /agenda full | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
