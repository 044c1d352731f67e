"""The ``meetingbot`` command line: the one composition root.

It alone reads environment variables and files, picks the clock, and wires the
meeting, the core and the faces (console now; Slack and Discord when their tokens are set).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import math
import os
import sys
import threading
from pathlib import Path
from typing import Sequence

from adapters import doctor
from adapters.cli_offline import cmd_check, cmd_eval, cmd_ics, cmd_minutes, cmd_replay
from adapters.cli_setup import (EXIT_OK, EXIT_STORE, EXIT_USAGE, CliError, load_config, load_meeting_for,
                                database_of, make_asker, make_clock, open_store)
from adapters.console.notifier import ConsoleNotifier
from adapters.console.poster import ConsolePoster
from adapters.console.render import TextRenderer
from adapters.console.repl import run_console
from adapters.file_watch import FileWatch
from adapters.platform import Platform, PlatformError
from adapters.serve import serve
from adapters import store_copy
from adapters.reminder_loop import ReminderLoop
from bot.config import Config, ReminderPolicy, is_database_url
from bot.core import MeetingBot
from bot.notifier import FanOutNotifier
from bot.models import Meeting
from bot.reminders.service import ReminderService
from bot.request import Asker, Request
from bot.store import DamagedDocument, StoreError

TICK_SECONDS = 1.0

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


def replay_date(text: str) -> str:
    """``--from``/``--to`` of ``replay``: a date or an ISO-8601 instant (kept as text, read in meeting time later)."""
    cleaned = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        dt.datetime.fromisoformat(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date or ISO-8601 instant such as 2020-08-24 "
                                         f"or 2020-08-24T10:30:00+02:00") from None
    return text


def replay_speed(text: str) -> float:
    """``--speed`` of ``replay``: a positive, finite number of meeting seconds per real second."""
    try:
        speed = float(text)
    except ValueError:
        speed = math.nan
    if not (math.isfinite(speed) and speed > 0):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number (seconds of meeting time per real "
                                         f"second, e.g. 3600 for an hour a second)")
    return speed


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    common = _common_flags()
    parser = argparse.ArgumentParser(prog="meetingbot", parents=[common],
                                     description="A meeting assistant for virtual standards meetings.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, text: str, description: str | None = None) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=text, description=description or text, parents=[common])

    command("run", "start every platform whose token is set; none → the console").add_argument(
        "--port", type=int, default=3000, help="HTTP port: Slack events, the live page, /healthz, /readyz, /metrics (default 3000)")
    command("web", "serve only the live page of the meeting (read only)").add_argument(
        "--port", type=int, default=8080, help="HTTP port (default 8080)")
    command("console", "chat with the bot in the terminal")
    command("ask", "ask one question or command, print the reply").add_argument(
        "text", nargs="+", help="e.g. /agenda 3h")
    commands.add_parser("check", help="validate meeting files or deployment configs").add_argument(
        "files", nargs="+", metavar="FILE")
    command("ics", "write the meeting's sessions and deadlines as an iCalendar file").add_argument(
        "-o", "--output", metavar="FILE", help="file to write (default: MEETING-ID.ics; - for stdout)")
    replay = command("replay", "print the meeting's reminders on a fast clock (a dry run: nothing is kept)",
                     description="A dry run: the reminders between two dates, printed in order on a fast clock, "
                                 "from a fresh in-memory ledger each time. Nothing is read from or written to the "
                                 "database: run again (or after being stopped), it prints every reminder again, "
                                 "and it never marks a reminder as posted for `meetingbot run`.")
    replay.add_argument("--from", dest="start", required=True, metavar="DATE", type=replay_date,
                        help="a date or ISO-8601 instant, e.g. 2020-06-08 (meeting time)")
    replay.add_argument("--to", dest="end", required=True, metavar="DATE", type=replay_date,
                        help="a date or ISO-8601 instant, e.g. 2020-09-04 (meeting time)")
    replay.add_argument("--speed", type=replay_speed, metavar="N",
                        help="seconds of meeting time per real second, a positive number (default: no waiting)")
    command("eval", "score the plain-language answers against a file of question cases").add_argument(
        "--cases", metavar="PATH", help="a case file or a folder of them (default: tests/qa/MEETING-ID/)")
    command("minutes", "print the timeline of the sessions so far").add_argument(
        "--format", choices=("md", "json"), default="md")
    command("doctor", "say what is damaged in the database (exit 3 if anything is)").add_argument(
        "database", nargs="?", metavar="FILE", help="the database file or postgresql:// URL (default: the config's database:)")
    store_copy.add_parser(commands, common)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line and fill in the defaults of the common flags."""
    args = build_parser().parse_args(argv)
    for name, default in COMMON_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


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


def respond(bot: MeetingBot, asker: Asker, text: str) -> str:
    """Answer one line and render it in the asker's language and zone (``--tz``, else ``/timezone``)."""
    request = Request(text, asker)
    try:
        zone = bot.with_preferences(request).asker.zone
    except DamagedDocument:  # the asker's saved preferences: the reply says so
        zone = asker.zone
    reply = bot.handle(request)
    return TextRenderer(bot.meeting, zone, reply.lang or asker.lang).render(reply)


def cmd_ask(args: argparse.Namespace) -> int:
    """``meetingbot ask TEXT``: one reply on stdout."""
    bot, asker, renderer = _setup(args)
    try:
        print(respond(bot, asker, " ".join(args.text)))
    finally:
        bot.store.close()
    return EXIT_OK


def cmd_console(args: argparse.Namespace, page_port: int | None = None) -> int:
    """``meetingbot console``: the interactive prompt (and the live page on ``page_port`` when given)."""
    bot, asker, renderer = _setup(args)
    pages = _serve_page_beside(bot, page_port) if page_port is not None else None
    role = "chair" if asker.is_chair else "delegate"
    banner = (f"meetingbot — {bot.meeting.title}\n"
              f"You are {asker.name} ({role}). Type /help for commands, /quit or Ctrl-D to leave.")
    stop = threading.Event()
    threading.Thread(target=_keep_ticking, args=(bot, stop), daemon=True, name="tick").start()
    config_path = args.config or os.environ.get("MEETINGBOT_CONFIG")
    _start_reminders(bot, renderer, args.meeting or load_config(args.config).meeting, config_path)
    try:
        return run_console(lambda text: respond(bot, asker, text), banner)
    finally:
        stop.set()
        if pages is not None:
            pages.stop()
        bot.store.close()


def _serve_page_beside(bot: MeetingBot, port: int):  # type: ignore[no-untyped-def]
    """The live page next to the console, when the web face's libraries are installed."""
    try:
        from adapters.web.run import serve_beside_console
    except ImportError as error:
        print(f"meetingbot: the live page is not served ({error.name} is missing: pip install 'meetingbot[web]')",
              file=sys.stderr)
        return None
    return serve_beside_console(bot, port)


def build_platforms(bot: MeetingBot, config: Config, port: int) -> list[Platform]:
    """A platform for each token set in the environment (the adapters are imported only when needed)."""
    platforms: list[Platform] = []
    slack = None
    if os.environ.get("SLACK_BOT_TOKEN"):
        from adapters.slack.service import SlackService
        slack = SlackService(bot, config.slack, os.environ, port=port)
        platforms.append(slack)
    if os.environ.get("DISCORD_TOKEN"):
        from adapters.discord.service import DiscordService
        from adapters.leader import elected_if_shared
        platforms.append(elected_if_shared(DiscordService(bot, config.discord, os.environ), bot.store))
    from adapters.web.service import WebService  # the live page, on Slack's HTTP port when Slack listens there
    shares_port = slack is not None and not os.environ.get("SLACK_APP_TOKEN")
    pages = WebService([bot], port=port, listen=not shares_port,
                        carrier=slack if shares_port else None, say_address=True)
    if slack is not None and shares_port:
        slack.extra_routes.append(pages.add_to)
    platforms.append(pages)
    return platforms


def cmd_run(args: argparse.Namespace) -> int:
    """``meetingbot run``: the platforms whose tokens are set, else the console."""
    if not (os.environ.get("SLACK_BOT_TOKEN") or os.environ.get("DISCORD_TOKEN")):
        return cmd_console(args, page_port=args.port)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(args.config)
    meeting = load_meeting_for(args, config)
    bot = MeetingBot(meeting, make_clock(args, meeting), store=open_store(config), notifier=FanOutNotifier(),
                     policy=config.reminders)
    config_path = args.config or os.environ.get("MEETINGBOT_CONFIG")
    try:
        platforms = build_platforms(bot, config, args.port)
        asyncio.run(serve(bot, platforms, Path(args.meeting or config.meeting),
                          Path(config_path) if config_path else None, owner=f"run-{os.getpid()}",
                          port=args.port))
    except PlatformError as error:
        raise CliError(str(error), EXIT_USAGE) from None
    finally:
        bot.store.close()
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    """``meetingbot doctor [FILE]``: the file's integrity and each damaged document; exit 3 when anything is."""
    target = args.database or database_of(load_config(args.config))
    if is_database_url(str(target)):
        from adapters import doctor_postgres
        return doctor_postgres.report(doctor_postgres.diagnose(str(target)), sys.stdout)
    return doctor.report(doctor.diagnose(Path(target)), sys.stdout)


def cmd_web(args: argparse.Namespace) -> int:
    """``meetingbot web``: only the live page (the web face's libraries are loaded only here)."""
    from adapters.web.run import cmd_web as serve_web

    return serve_web(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``meetingbot`` console script."""
    args = parse_args(argv)
    handlers = {"ask": cmd_ask, "console": cmd_console, "run": cmd_run, "check": cmd_check,
                "minutes": cmd_minutes, "ics": cmd_ics, "replay": cmd_replay, "eval": cmd_eval, "doctor": cmd_doctor,
                "web": cmd_web, "store": store_copy.cmd_store}
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
