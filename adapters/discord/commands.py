"""The Discord application-command tree, derived from the core's command registry (pure: no network).

Every registry command becomes a slash command with typed, described options; the
payload is what ``PUT /applications/{id}/commands`` takes. An interaction's options
are turned back into the text the core reads (``/item 3h 15m``), and agenda
references and time zones are autocompleted as the person types.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import pytz

from bot.agenda import AgendaIndex
from bot.answers.rules import RULE_RELATED_INFO
from bot.models import Meeting
from bot.registry import Command, Registry
from bot.timefmt import find_zone

STRING = 3
MANAGE_EVENTS = 1 << 33
CHOICES_MAX, DESCRIPTION_MAX = 25, 100
NAME = re.compile(r"^[-_a-z0-9]{1,32}$")


@dataclass(frozen=True)
class Option:
    """One string option: its description, whether required, fixed choices, or an autocomplete source."""

    name: str
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    autocomplete: str | None = None  # "agenda" or "zone"
    alone: bool = False  # when given, the other options are ignored (``/floor list`` vs ``/floor France``)


STATIC: dict[str, tuple[Option, ...]] = {
    "agenda": (Option("ref", "An item or sub-item (3, 3h), full, or words to search", autocomplete="agenda"),),
    "deadlines": (Option("which", "Every deadline, including past ones", choices=("all",)),),
    "time": (Option("zone", "A time zone, e.g. Asia/Seoul or UTC+9", autocomplete="zone"),),
    "timezone": (Option("zone", "Your time zone (e.g. Asia/Seoul), or clear to forget it", autocomplete="zone"),),
    "floor": (Option("action", "Leave or list the queue; chairs: next or clear",
                     choices=("cancel", "list", "next", "clear"), alone=True),
              Option("entity", "The entity you speak for, e.g. Republic of Korea")),
    "reminders": (Option("action", "Chairs: status, pause or resume", choices=("status", "pause", "resume")),),
    "item": (Option("ref", "The agenda item now under discussion, e.g. 3h", required=True, autocomplete="agenda"),
             Option("budget", "A time budget for it, e.g. 15m")),
    "break": (Option("duration", "How long, e.g. 15m or 1h30m"),),
    "session": (Option("action", "Open or end a session", required=True, choices=("start", "end")),
                Option("name", "The session's name, e.g. Plenary, day 1")),
}


def plain(text: str, limit: int = DESCRIPTION_MAX) -> str:
    """Text for a Discord description: no Markdown backticks, at most ``limit`` characters."""
    cleaned = " ".join(text.replace("`", "").split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def options_for(command: Command, meeting: Meeting, registry: Registry) -> tuple[Option, ...]:
    """The options of one command: from the table, from the meeting (topics), or one free ``text`` option."""
    if command.name == "rules":
        topics = [rule.topic for rule in meeting.rules]
        topics += [t.id for t in meeting.practical if t.id in RULE_RELATED_INFO]
        return (Option("topic", "One topic in full", choices=tuple(dict.fromkeys(topics))),)
    if command.name == "info":
        return (Option("topic", "One topic in full", choices=tuple(t.id for t in meeting.practical)),)
    if command.name == "help":
        return (Option("command", "One command in full", choices=tuple(registry.names())),)
    if command.name in STATIC:
        return STATIC[command.name]
    arguments = command.usage.partition(" ")[2]
    return (Option("text", plain(arguments or command.usage)),) if arguments else ()


def option_payload(option: Option) -> dict[str, Any]:
    """One option as Discord JSON; more than 25 choices fall back to free text."""
    body: dict[str, Any] = {"type": STRING, "name": option.name, "description": plain(option.description),
                            "required": option.required}
    if option.choices and len(option.choices) <= CHOICES_MAX:
        body["choices"] = [{"name": c, "value": c} for c in option.choices]
    elif option.autocomplete:
        body["autocomplete"] = True
    return body


def command_payload(registry: Registry, meeting: Meeting) -> list[dict[str, Any]]:
    """Every registry command as Discord JSON, chair commands behind Manage Events by default."""
    payload = []
    for command in registry.all():
        if not NAME.match(command.name):
            continue
        options = sorted(options_for(command, meeting, registry), key=lambda o: not o.required)
        body: dict[str, Any] = {"type": 1, "name": command.name, "description": plain(command.summary),
                                "options": [option_payload(o) for o in options],
                                "dm_permission": not command.chair_only}
        french = getattr(command, "help_fr", None)
        if french:
            body["description_localizations"] = {"fr": plain(command.summary_in("fr"))}
        if command.chair_only:
            body["default_member_permissions"] = str(MANAGE_EVENTS)
        payload.append(body)
    return payload


def payload_hash(payload: list[dict[str, Any]], scope: str) -> str:
    """A stable digest of the command set and where it is synced (a guild id or ``global``)."""
    text = json.dumps({"scope": scope, "commands": payload}, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def given(data: dict[str, Any]) -> dict[str, str]:
    """The options of an interaction, by name (values as text)."""
    return {o["name"]: str(o.get("value", "")).strip() for o in data.get("options") or []}


def request_text(data: dict[str, Any], registry: Registry, meeting: Meeting) -> str:
    """The text the core reads for an application-command interaction, e.g. ``/item 3h 15m``."""
    name = str(data.get("name", ""))
    command = registry.find(name)
    values = given(data)
    if command is None:
        return f"/{name} " + " ".join(values.values())
    parts = []
    for option in options_for(command, meeting, registry):
        value = values.get(option.name, "")
        if value and option.alone:
            return f"/{name} {value}"
        if value:
            parts.append(value)
    return " ".join([f"/{name}", *parts]).strip()


def _squash(text: str) -> str:
    return re.sub(r"[\s.()]", "", text.lower()).removeprefix("item")


def agenda_choices(agenda: AgendaIndex, typed: str, lang: str = "en") -> list[tuple[str, str]]:
    """(name, value) choices for an agenda reference: number and title (in ``lang``) as you type."""
    typed = typed.strip()
    key = _squash(typed)
    if not key:
        found = agenda.items()
    else:
        found = [e for e in agenda.entries if _squash(e.ref).startswith(key)]
        found += [e for e in agenda.search(typed) if e not in found]
    whole = "full — tout l'ordre du jour" if lang == "fr" else "full — the whole agenda"
    choices = [(whole, "full")] if typed and "full".startswith(typed.lower()) else []
    choices += [(plain(f"{e.parsed.label} {e.title_in(lang)}"), e.ref) for e in found]
    return choices[:CHOICES_MAX]


def zone_choices(typed: str) -> list[tuple[str, str]]:
    """(name, value) choices for a time zone: IANA names containing the words typed, or a UTC offset."""
    text = typed.strip().replace(" ", "_").lower()
    choices = []
    if text and find_zone(typed) is not None and "/" not in text:
        choices.append((typed.strip().upper(), typed.strip()))
    choices += [(z, z) for z in pytz.common_timezones if text in z.lower()]
    return choices[:CHOICES_MAX]


def autocomplete(data: dict[str, Any], registry: Registry, meeting: Meeting,
                 agenda: AgendaIndex, lang: str = "en") -> list[tuple[str, str]]:
    """Choices for the focused option of an autocomplete interaction; agenda titles in ``lang``."""
    command = registry.find(str(data.get("name", "")))
    focused = next((o for o in data.get("options") or [] if o.get("focused")), None)
    if command is None or focused is None:
        return []
    option = next((o for o in options_for(command, meeting, registry) if o.name == focused["name"]), None)
    typed = str(focused.get("value", ""))
    if option is None or option.autocomplete is None:
        return []
    return agenda_choices(agenda, typed, lang) if option.autocomplete == "agenda" else zone_choices(typed)
