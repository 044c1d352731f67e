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
from typing import Callable, Sequence

from adapters import allocator, doctor
from adapters.cli_offline import cmd_check, cmd_eval, cmd_ics, cmd_minutes, cmd_replay
from adapters.cli_meetings import as_deployment, make_router, served_for
from adapters.cli_new import add_parser as add_new_parser, cmd_new
from adapters.cli_setup import (EXIT_OK, EXIT_STORE, EXIT_USAGE, CliError, Rehearsal, database_of, database_path,
                                load_config, make_asker, store_description)
from adapters.deployment import Plan, Served, merged_discord, merged_slack, plan
from adapters.deployment_watch import DeploymentRuntime
from adapters.meeting_runners import MeetingRunner, meeting_runners
from adapters.platform_layout import retune
from adapters.rehearsal_order import touches_live_state
from adapters.reminder_loop import ReminderPoster
from bot.config import Config, is_database_url
from adapters.console.notifier import ConsoleNotifier
from adapters.console.poster import ConsolePoster
from adapters.console.render import TextRenderer
from adapters.console.repl import run_console
from adapters.platform import Platform, PlatformError
from adapters.serve import serve
from adapters import store_copy
from bot.core import MeetingBot
from bot.deployment.router import Router
from bot.notifier import FanOutNotifier
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
    room_help = "act in this parallel room of the meeting (its item, break, queue), as in the room's channel"
    command("console", "chat with the bot in the terminal").add_argument("--room", metavar="ID", help=room_help)
    ask = command("ask", "ask one question or command, print the reply")
    ask.add_argument("--room", metavar="ID", help=room_help)
    ask.add_argument("text", nargs="+", help="e.g. /agenda 3h")
    commands.add_parser("check", help="validate meeting files or deployment configs").add_argument(
        "files", nargs="+", metavar="FILE")
    ics = command("ics", "write the meeting's sessions and deadlines as an iCalendar file")
    ics.add_argument("-o", "--output", metavar="FILE",
                     help="file to write (default: MEETING-ID.ics; - for stdout); with --all, a folder")
    ics.add_argument("--all", action="store_true", help="one MEETING-ID.ics for every meeting of the config")
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
    minutes = command("minutes", "print the timeline of the sessions so far, one per room")
    minutes.add_argument("--format", choices=("md", "json"), default="md")
    minutes.add_argument("--room", metavar="ID", help="only this parallel room's timeline")
    add_new_parser(commands)
    command("doctor", "say what is damaged in the database (exit 3 if anything is)").add_argument(
        "database", nargs="?", metavar="FILE", help="the database file or postgresql:// URL (default: the config's database:)")
    store_copy.add_parser(commands, common)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line and fill in the defaults of the common flags."""
    args = build_parser().parse_args(argv)
    named = hasattr(args, "user")
    for name, default in COMMON_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.chair and not named and not os.environ.get("USER"):  # --chair alone: a chair's name, not "delegate"
        args.user = "chair"
    return args


def _setup(args: argparse.Namespace, live: bool = True) -> tuple[Router, Asker, TextRenderer, list[Served]]:
    """The router, the console user and a renderer; ``live``: what is typed may read or change the live state
    (a rehearsal earlier than the one its database holds is then refused)."""
    config = load_config(args.config)
    served = served_for(args, config)
    asker = make_asker(args, config)
    renderer = TextRenderer(served[0].meeting, asker.zone)
    bot = make_router(args, config, served, ConsoleNotifier(renderer.render), live=live)
    return bot, asker, renderer, served


def _start_reminders(bot: Router, renderer: TextRenderer, served: list[Served], config_path: str | None,
                     follow_list: bool = True, chair: bool = True) -> None:
    """Each meeting's reminder runner and file watch on their own thread and event loop, posting to the console
    (what is for the chairs alone, to a ``chair``'s console only)."""
    watched = runtime(bot, served, load_config(config_path), config_path, ConsolePoster(renderer.render, chair=chair),
                      f"console-{os.getpid()}", follow_list=follow_list)
    threading.Thread(target=asyncio.run, args=(watched.run(),), daemon=True, name="reminders").start()


def _keep_ticking(bot: Router, stop: threading.Event) -> None:
    """Send what falls due (a chair's time budget) while the console waits for input."""
    while not stop.wait(TICK_SECONDS):
        try:
            bot.tick()
        except StoreError:
            return


def enter_room(bot: Router, args: argparse.Namespace) -> str | None:
    """The console channel of ``--room`` (None without it): the room of ``--meeting``, or of the only meeting
    that has such a room."""
    room_id = getattr(args, "room", None)
    if not room_id:
        return None
    meetings = bot.meetings()
    having = [m for m in meetings if m.room(room_id) is not None]
    if len(having) == 1:
        return bot.enter_room(having[0].id, room_id)
    known = "; ".join(f"{m.id}: {', '.join(r.id for r in m.rooms) or 'none'}" for m in meetings)
    if not having:
        raise CliError(f"--room: no meeting here has a room {room_id!r} (rooms: {known})", EXIT_USAGE)
    raise CliError(f"--room: {len(having)} meetings have a room {room_id!r}; choose one with --meeting ID", EXIT_USAGE)


def respond(bot: Router | MeetingBot, asker: Asker, text: str, channel: str | None = None) -> str:
    """Answer one line and render it in the asker's language and zone (``--tz``, else ``/timezone``)."""
    request = Request(text, asker, channel=channel)
    try:
        zone = bot.with_preferences(request).asker.zone
    except DamagedDocument:  # the asker's saved preferences: the reply says so
        zone = asker.zone
    reply = bot.handle(request)
    return TextRenderer(bot.meeting, zone, reply.lang or asker.lang).render(reply)


def cmd_ask(args: argparse.Namespace) -> int:
    """``meetingbot ask TEXT``: one reply on stdout."""
    bot, asker, renderer, _ = _setup(args, live=touches_live_state(" ".join(args.text), chair=bool(args.chair)))
    try:
        print(respond(bot, asker, " ".join(args.text), enter_room(bot, args)))
    finally:
        bot.store.close()
    return EXIT_OK


def cmd_console(args: argparse.Namespace, page_port: int | None = None) -> int:
    """``meetingbot console``: the interactive prompt (and the live page on ``page_port`` when given)."""
    bot, asker, renderer, served = _setup(args)
    try:
        channel = enter_room(bot, args)
    except CliError:
        bot.store.close()
        raise
    pages = _serve_page_beside(bot, page_port) if page_port is not None else None
    role = "chair" if asker.is_chair else "delegate"
    titles = bot.meeting.title if not bot.several else ", ".join(m.title for m in bot.meetings())
    banner = (f"meetingbot — {titles}\n"
              f"You are {asker.name} ({role}). Type /help for commands, /quit or Ctrl-D to leave.")
    if channel is not None:
        banner += f"\nIn the room {args.room}: your commands act there, as in its channel."
    config = load_config(args.config)
    if Rehearsal.on and isinstance(database_of(config), Path):
        banner += (f"\nA rehearsal (--at): what you change is kept in {database_path(config)}, "
                   f"not in {database_of(config)}.")
    stop = threading.Event()
    threading.Thread(target=_keep_ticking, args=(bot, stop), daemon=True, name="tick").start()
    config_path = args.config or os.environ.get("MEETINGBOT_CONFIG")
    _start_reminders(bot, renderer, served, config_path, follow_list=not args.meeting, chair=asker.is_chair)
    try:
        return run_console(lambda text: respond(bot, asker, text, channel), banner)
    finally:
        stop.set()
        if pages is not None:
            pages.stop()
        bot.store.close()


def _serve_page_beside(bot: Router, port: int):  # type: ignore[no-untyped-def]
    """The live page of every meeting next to the console, when the web face's libraries are installed."""
    try:
        from adapters.web.run import serve_beside_console
    except ImportError as error:
        print(f"meetingbot: the live page is not served ({error.name} is missing: pip install 'meetingbot[web]')",
              file=sys.stderr)
        return None
    return serve_beside_console(bot, port)


def _layout(bot: Router, served: list[Served]) -> Plan | None:
    """Channel routes when there is more than one meeting or room; None for one meeting alone (as before)."""
    return plan(served) if bot.several or any(item.entry.rooms for item in served) else None


def build_platforms(bot: Router, served: list[Served], port: int) -> list[Platform]:
    """A platform for each token set in the environment (the adapters are imported only when needed)."""
    platforms: list[Platform] = []
    slack = None
    if os.environ.get("SLACK_BOT_TOKEN"):
        from adapters.slack.service import SlackService
        slack = SlackService(bot, merged_slack(served), os.environ, port=port)  # type: ignore[arg-type]
        platforms.append(slack)
    if os.environ.get("DISCORD_TOKEN"):
        from adapters.discord.service import DiscordService
        from adapters.leader import elected_if_shared
        platforms.append(elected_if_shared(DiscordService(bot, merged_discord(served), os.environ),  # type: ignore[arg-type]
                                           bot.store))
    retune(platforms, served, _layout(bot, served))
    from adapters.web.service import WebService  # the live page, on Slack's HTTP port when Slack listens there
    shares_port = slack is not None and not os.environ.get("SLACK_APP_TOKEN")
    pages = WebService(bot, port=port, listen=not shares_port,
                       carrier=slack if shares_port else None, say_address=True)
    if slack is not None and shares_port:
        slack.extra_routes.append(pages.add_to)
    platforms.append(pages)
    return platforms


def runtime(bot: Router, served: list[Served], config: Config, config_path: str | None, poster: ReminderPoster,
            owner: str, changed: Callable[[], None] | None = None,
            platforms: Sequence[object] = (), follow_list: bool = True) -> DeploymentRuntime:
    """Each meeting's reminders and file watch, and (unless ``--meeting`` chose one) the watch on the config's
    meetings list."""
    deployment, path = as_deployment(config), Path(config_path) if config_path else None

    def make_runners(items: list[Served], layout: Plan) -> list[MeetingRunner]:
        return meeting_runners(bot, items, poster, deployment, path, owner=owner, layout=layout, after_change=changed)

    def relaid(items: list[Served], layout: Plan) -> None:
        retune(platforms, items, _layout(bot, items))
        if changed is not None:
            changed()

    return DeploymentRuntime(bot, served, deployment, path if follow_list else None, make_runners, relaid)


def cmd_run(args: argparse.Namespace) -> int:
    """``meetingbot run``: the platforms whose tokens are set, else the console."""
    store = store_description(load_config(args.config))
    serving = bool(os.environ.get("SLACK_BOT_TOKEN") or os.environ.get("DISCORD_TOKEN"))
    if os.environ.get("DATABASE_URL") or "postgresql" in store:  # a bot on its own SQLite file needs no word of it
        print(f"meetingbot: {store}", file=sys.stderr, flush=True)
    if not serving:
        return cmd_console(args, page_port=args.port)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    allocator.cap_arenas()  # before Bolt's and discord.py's threads start
    config = load_config(args.config)
    served = served_for(args, config)
    bot = make_router(args, config, served, FanOutNotifier())
    config_path = args.config or os.environ.get("MEETINGBOT_CONFIG")
    try:
        platforms = build_platforms(bot, served, args.port)
        asyncio.run(serve(bot, platforms, lambda poster, changed: runtime(
            bot, served, config, config_path, poster, f"run-{os.getpid()}", changed, platforms,
            follow_list=not args.meeting), port=args.port))
    except PlatformError as error:
        raise CliError(str(error), EXIT_USAGE) from None
    finally:
        bot.store.close()
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    """``meetingbot doctor [FILE]``: the file's integrity and each damaged document; exit 3 when anything is."""
    target = args.database or database_of(load_config(args.config))
    if args.database and not is_database_url(args.database) and not Path(args.database).exists():
        raise CliError(f"{args.database}: no such file; name the database file, "
                       "or leave FILE out to check the config's database", EXIT_USAGE)
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
    Rehearsal.on = bool(args.at)
    handlers = {"ask": cmd_ask, "console": cmd_console, "run": cmd_run, "check": cmd_check,
                "minutes": cmd_minutes, "ics": cmd_ics, "new": cmd_new, "replay": cmd_replay, "eval": cmd_eval,
                "doctor": cmd_doctor, "web": cmd_web, "store": store_copy.cmd_store}
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
