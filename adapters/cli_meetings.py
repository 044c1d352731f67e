"""The command line for a deployment of many meetings: the router for the console and ``ask``, ``--meeting``
by file or id, ``minutes`` per room, ``ics --all``."""

from __future__ import annotations

import argparse
from pathlib import Path

from adapters.cli_setup import (EXIT_OK, EXIT_STORE, EXIT_USAGE, CliError, Rehearsal, database_of, database_path,
                                make_clock, open_store, parse_instant)
from adapters.deployment import DeploymentError, Served, build_router, load_served
from adapters.rehearsal_order import going_back_problem
from bot.clock import SystemClock
from bot.config import Config
from bot.deployment.entries import DeploymentConfig
from bot.deployment.minutes import room_json, room_markdown, rooms_json, rooms_markdown
from bot.deployment.router import Router
from bot.live_state import live_key, load_state
from bot.loader import LoadError
from bot.minutes import minutes_json, minutes_markdown
from bot.models import Meeting
from bot.notifier import Notifier
from bot.store import StoreError


def as_deployment(config: Config) -> DeploymentConfig:
    """The config as a deployment (a plain :class:`Config` is a deployment of its one meeting)."""
    if isinstance(config, DeploymentConfig):
        return config
    return DeploymentConfig.model_validate(config.model_dump())


def served_for(args: argparse.Namespace, config: Config) -> list[Served]:
    """The meetings to serve: ``--meeting`` (a meeting file, or the id of one of the config's), else the config's."""
    config = as_deployment(config)
    try:
        if args.meeting:
            wanted = str(args.meeting)
            if not Path(wanted).exists():
                every = load_served(config)
                match = [item for item in every if item.meeting.id == wanted]
                if not match:
                    known = ", ".join(item.meeting.id for item in every)
                    raise CliError(f"--meeting: {wanted!r} is neither a meeting file nor the id of a meeting of the "
                                   f"config (its meetings: {known})", EXIT_USAGE)
                return match
            return load_served(config, only=Path(wanted))
        return load_served(config)
    except LoadError as error:
        raise CliError(str(error), plain=True) from None
    except DeploymentError as error:
        raise CliError(str(error)) from None


def console_chairs(config: Config) -> set[str]:
    """Console user names that chair: every meeting's ``console.chairs``."""
    return {name for entry in as_deployment(config).served() for name in entry.console.chairs}


def make_router(args: argparse.Namespace, config: Config, served: list[Served], notifier: Notifier,
                live: bool = True) -> Router:
    """The router over the served meetings, on the config's store and the clock of ``--at`` (first meeting's time).

    ``live``: the live state may be read or changed (a console, a chair's command); a rehearsal earlier than the one
    its database already holds is then refused. A question alone (``ask --at … "when does it open?"``) goes on.
    """
    store = open_store(config)
    if live and args.at and Rehearsal.on and isinstance(database_of(config), Path):
        problem = going_back_problem(store, parse_instant(args.at, served[0].meeting), served[0].meeting,
                                     Path(database_path(config)))
        if problem:
            store.close()
            raise CliError(problem, EXIT_USAGE)
    return build_router(served, as_deployment(config), make_clock(args, served[0].meeting), store, notifier)


def minutes_text(args: argparse.Namespace, config: Config) -> str:
    """``meetingbot minutes``: one timeline per room (``--room ID`` for one); the first meeting served.

    The Markdown is in ``--lang`` (English by default); the JSON is the same in every language.
    """
    every = served_for(args, config)
    if len(every) > 1:
        raise CliError(f"minutes: the config serves {len(every)} meetings; choose one with --meeting ID "
                       f"({', '.join(item.meeting.id for item in every)})", EXIT_USAGE)
    meeting = every[0].meeting
    room_id = getattr(args, "room", None)
    if room_id and meeting.room(room_id) is None:
        known = ", ".join(room.id for room in meeting.rooms) or "none"
        raise CliError(f"--room: the meeting {meeting.id} has no room {room_id!r} (its rooms: {known})", EXIT_USAGE)
    rooms = [meeting.room(room_id)] if room_id else [None, *meeting.rooms]
    store = open_store(config)
    try:
        with store.transaction() as tx:
            states = [(room, load_state(tx, live_key(meeting.id, room.id if room else None))) for room in rooms]
    except StoreError as error:
        raise CliError(str(error), EXIT_STORE) from None
    finally:
        store.close()
    now, lang = make_clock(args, meeting).now(), getattr(args, "lang", None) or "en"  # JSON is data: no language
    if not meeting.rooms:  # as before rooms existed
        state = states[0][1]
        return minutes_json(meeting, state) if args.format == "json" else minutes_markdown(meeting, state, now, lang)
    if room_id:
        import json

        room, state = states[0]
        return (json.dumps({"meeting": meeting.id, **room_json(meeting, room, state)}, indent=2, ensure_ascii=False)
                if args.format == "json" else room_markdown(meeting, room, state, now, lang))
    return rooms_json(meeting, states) if args.format == "json" else rooms_markdown(meeting, states, now, lang)


def write_every_calendar(args: argparse.Namespace, config: Config) -> int:
    """``meetingbot ics --all``: one ``MEETING-ID.ics`` per meeting of the config (in ``-o`` as a folder)."""
    folder = Path(args.output) if args.output and args.output != "-" else Path(".")
    if args.output == "-":
        raise CliError("ics --all writes one file per meeting: give -o FOLDER, not -", EXIT_USAGE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CliError(f"{folder}: cannot create the folder: {error.strerror or error}", EXIT_USAGE) from None
    from bot.calendar_ics import build_calendar  # icalendar only when a calendar is asked for

    now = SystemClock().now()
    for item in served_for(argparse.Namespace(**{**vars(args), "meeting": None}), config):
        meeting = item.meeting
        target = folder / f"{meeting.id}.ics"
        try:
            target.write_bytes(build_calendar(meeting, now))
        except OSError as error:
            raise CliError(f"{target}: cannot write: {error.strerror or error}", EXIT_USAGE) from None
        print(f"Wrote {target} ({counted(meeting)}).")
    return EXIT_OK


def counted(meeting: Meeting) -> str:
    """``1 session, 6 deadlines``: what a calendar file holds, in words."""
    def plural(number: int, word: str) -> str:
        return f"{number} {word}" + ("" if number == 1 else "s")
    return f"{plural(len(meeting.sessions), 'session')}, {plural(len(meeting.deadlines), 'deadline')}"
