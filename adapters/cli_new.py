"""``meetingbot new``: the next meeting's file in minutes, from flags or, in a terminal, from questions."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Callable

from adapters.cli_setup import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError
from bot.loader import LoadError, load_meeting
from bot.meeting_file.template import NewMeeting, meeting_text
from bot.timefmt import find_zone

ASKED = (  # flag, question, how to read the answer
    ("body", "Body (e.g. ITU-T)", str),
    ("group", "Study group number (e.g. 13)", int),
    ("title", "Title (e.g. Virtual meeting of ITU-T Study Group 13)", str),
    ("start", "First day (YYYY-MM-DD)", dt.date.fromisoformat),
    ("end", "Last day (YYYY-MM-DD)", dt.date.fromisoformat),
    ("timezone", "Time zone of the meeting (e.g. Europe/Zurich, Asia/Tokyo)", str),
    ("email", "Secretariat contact e-mail (e.g. tsbsg13@itu.int)", str),
)


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``new`` sub-command and its flags."""
    new = commands.add_parser("new", help="write the file of the next meeting, ready to fill",
                              description="Writes a commented meeting file from what you give (flags, or answers "
                                          "to questions in a terminal); the rest is laid out, ready to fill.")
    new.add_argument("--body", help="e.g. ITU-T")
    new.add_argument("--group", help="study group number, e.g. 13")
    new.add_argument("--title", help="e.g. 'Virtual meeting of ITU-T Study Group 13'")
    new.add_argument("--start", metavar="YYYY-MM-DD", help="first day")
    new.add_argument("--end", metavar="YYYY-MM-DD", help="last day")
    new.add_argument("--timezone", metavar="ZONE", help="the meeting's zone, e.g. Europe/Zurich")
    new.add_argument("--label", help="how times name the zone, e.g. Geneva (default: the zone's city)")
    new.add_argument("--email", help="secretariat contact e-mail")
    new.add_argument("--field", help="the group's field, e.g. Security")
    new.add_argument("--id", dest="meeting_id", help="the meeting's id (default: BODY-sgN-YYYY-MM)")
    new.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: meeting_data/ID.yaml)")
    new.add_argument("--force", action="store_true", help="replace the file if it exists")


def _read(flag: str, text: str, parse: Callable[[str], object]) -> object:
    try:
        value = parse(text.strip())
    except ValueError:
        raise CliError(f"--{flag}: {text!r} is not {'a number' if parse is int else 'a date such as 2021-03-15'}",
                       EXIT_USAGE) from None
    if value == "":
        raise CliError(f"--{flag} is empty", EXIT_USAGE)
    return value


def gather(args: argparse.Namespace, ask: Callable[[str], str] | None) -> NewMeeting:
    """The answers from the flags, asking for the missing ones when ``ask`` is given (a terminal)."""
    values: dict[str, object] = {}
    missing = []
    for flag, question, parse in ASKED:
        given = getattr(args, flag, None)
        if given is None and ask is not None:
            given = ask(f"{question}: ")
        if given is None:
            missing.append(f"--{flag}")
            continue
        values[flag] = _read(flag, str(given), parse)
    if missing:
        raise CliError(f"new: give {', '.join(missing)} (or run it in a terminal to be asked)", EXIT_USAGE)
    if find_zone(str(values["timezone"])) is None or "/" not in str(values["timezone"]):
        raise CliError(f"--timezone: {values['timezone']!r} is not an IANA zone such as Europe/Zurich", EXIT_USAGE)
    if values["end"] < values["start"]:  # type: ignore[operator]
        raise CliError("--end: the last day is before the first", EXIT_USAGE)
    return NewMeeting(body=str(values["body"]), group=int(values["group"]),  # type: ignore[call-overload]
                      title=str(values["title"]), start=values["start"], end=values["end"],  # type: ignore[arg-type]
                      timezone=str(values["timezone"]), email=str(values["email"]),
                      field=args.field or "TO FILL", label=args.label or "", meeting_id=args.meeting_id or "")


def cmd_new(args: argparse.Namespace) -> int:
    """``meetingbot new``: write the file, check it loads, say what is left to fill and how to serve it."""
    ask = input if sys.stdin.isatty() else None
    new = gather(args, ask)
    target = Path(args.output or Path("meeting_data") / f"{new.id}.yaml")
    if target.exists() and not args.force:
        raise CliError(f"{target} exists already: give another -o FILE, or --force to replace it", EXIT_USAGE)
    text = meeting_text(new, dt.date.today())
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CliError(f"{target}: cannot write: {error.strerror or error}", EXIT_INVALID) from None
    try:
        load_meeting(target)
    except LoadError as error:  # what was given does not make a meeting (an e-mail without @, ...)
        target.unlink()
        raise CliError(f"the answers do not make a valid meeting file; nothing was written:\n{error}",
                       EXIT_INVALID) from None
    print(f"Wrote {target} ({new.id}).\n"
          f"Next: fill what says TO FILL (meetingbot check {target} lists it), then add it to the config:\n"
          f"  meetings:\n    - meeting: {target}\n"
          f"Ask about it: meetingbot ask --meeting {target} /meeting\n"
          f"(once it is in the config: meetingbot ask --config CONFIG --meeting {new.id} /meeting)")
    return EXIT_OK
