"""The bot's one entry point: a :class:`Request` in, a :class:`Reply` out. Synchronous and pure."""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import unicodedata
from dataclasses import replace
from typing import Hashable

from bot.agenda import AgendaIndex
from bot.answer_memo import AnswerMemo
from bot.answers.refusal import chairs_only
from bot.answers.user_text import printable
# Importing the answer modules registers their commands, in the order /help lists them.
from bot.answers import meeting_info, meetings, agenda, deadlines, rules, now, time_zones  # noqa: F401,I001
from bot.answers import floor, reminders, calendar, preferences, chair, help  # noqa: F401,I001
from bot.clock import Clock
from bot.config import ReminderPolicy
from bot.context import Context
from bot.i18n_commands import COMMANDS
from bot.live_state import live_key
from bot.models import Agenda, Meeting, Room
from bot.notifier import CollectingNotifier, Notifier
from bot.store import DamagedDocument, MemoryStore, Store, StoreError, StoreUnavailable
from bot.answers.budget import check_budget
from bot.preferences import read_preferences, user_key
from bot.conversation import remember_command
from bot.registry import REGISTRY, Command, Registry
from bot.reply import Reply, Section
from bot.request import Request

log = logging.getLogger(__name__)

MAX_INPUT = 2000
SAVED_ZONES_KEPT = 10_000  # askers whose saved zone (or its absence) is kept until the store changes


def split_command(text: str) -> tuple[str, str]:
    """``"/agenda 3h"`` → ``("agenda", "3h")``; the leading slash is optional."""
    stripped = text.strip().lstrip("/")
    name, _, args = stripped.partition(" ")
    return name.lower(), args.strip()


class MeetingBot:
    """Answers requests about one meeting (or one of its parallel rooms), with time from an injected clock."""

    def __init__(self, meeting: Meeting, clock: Clock, store: Store | None = None,
                 notifier: Notifier | None = None, registry: Registry = REGISTRY,
                 policy: ReminderPolicy | None = None, room: str | None = None) -> None:
        self.meeting = meeting
        self.room_id = room
        self.room: Room | None = meeting.room(room)
        if room and self.room is None:
            raise ValueError(f"the meeting {meeting.id} declares no room {room!r}")
        self.policy = policy or ReminderPolicy()
        self.clock = clock
        self.store: Store = store if store is not None else MemoryStore()
        self.notifier: Notifier = notifier if notifier is not None else CollectingNotifier()
        self.registry = registry
        self.agenda = AgendaIndex(self._agenda_of(meeting))
        self.memo = AnswerMemo()
        self._saved_zones: tuple[Hashable, dict[str, str | None]] = (None, {})
        self._damage_logged = ""

    def reload(self, meeting: Meeting, policy: ReminderPolicy) -> None:
        """Answer from a new version of the meeting file and policy from now on.

        A room the new version no longer declares keeps its last known title and agenda.
        """
        self.room = meeting.room(self.room_id) or self.room
        self.agenda = AgendaIndex(self._agenda_of(meeting))
        self.meeting = meeting
        self.policy = policy

    def _agenda_of(self, meeting: Meeting) -> Agenda:
        """The agenda this room follows: its own when it has one, else the meeting's."""
        return self.room.agenda if self.room is not None and self.room.agenda is not None else meeting.agenda

    @property
    def live_key(self) -> str:
        """Where this room's live state is kept in the store."""
        return live_key(self.meeting.id, self.room_id)

    def with_preferences(self, request: Request, stamp: Hashable | None = None) -> Request:
        """The request with the asker's remembered zone, when the platform gave none.

        Zones read are kept until the store changes (``stamp``, read here when not given).
        """
        if request.asker.tz:
            return request
        stamp = self.store.stamp() if stamp is None else stamp
        seen_at, zones = self._saved_zones
        if seen_at != stamp:
            zones = {}
            self._saved_zones = (stamp, zones)
        key = user_key(request.platform, request.asker.id)
        if key in zones:
            zone = zones[key]
        else:
            try:
                zone = read_preferences(self.store, key).get("tz")
            except StoreUnavailable:  # the server is away and this asker's zone was never seen: none
                return request
            if len(zones) < SAVED_ZONES_KEPT:
                zones[key] = zone
        return replace(request, asker=replace(request.asker, tz=zone)) if zone else request

    def context(self, request: Request, instant: dt.datetime | None = None) -> Context:
        """The context a handler gets for this request, with "now" read once (or given)."""
        return Context(meeting=self.meeting, agenda=self.agenda, now=instant or self.clock.now(), request=request,
                       store=self.store, notifier=self.notifier, policy=self.policy, room=self.room)

    def tick(self) -> int:
        """Send what has fallen due by now (a chair's item budget running out); returns how many.

        A damaged live state is logged once (one line, until the damage changes) and nothing is sent.
        """
        try:
            return len(check_budget(self.meeting, self.store, self.notifier, self.clock.now(),
                                     self.live_key))
        except DamagedDocument as error:
            if str(error) != self._damage_logged:
                self._damage_logged = str(error)
                log.error("%s", error)
            return 0

    def answers_at_once(self, text: str) -> bool:
        """Whether ``text`` is a command that only reads (no write lock, well under a millisecond).

        Adapters may answer those on their event loop instead of handing them to a thread.
        """
        stripped = text.strip()
        if not stripped.startswith("/") or len(stripped) > MAX_INPUT:
            return False
        command = self.registry.find(split_command(stripped)[0])
        return command is not None and command.reads_only

    def handle(self, request: Request) -> Reply:
        """Answer one message: a command, with or without its slash, or plain text.

        A damaged stored document gets one line in the log and a reply saying so; nothing is changed.
        """
        try:
            return self._handle(request)
        except StoreUnavailable as error:  # read-only answers go on from the last state seen; changes wait
            log.warning("%s: %r not answered", error, request.text[:80])
            return self._hint(COMMANDS.translate(request.asker.lang, "core.unavailable"))
        except DamagedDocument as error:
            log.error("%s", error)
            return self._hint(COMMANDS.translate(request.asker.lang, "core.damaged",
                                                 what=f"{error.namespace}/{error.key}",
                                                 email=self.meeting.contacts.email))

    def _handle(self, request: Request) -> Reply:
        if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in request.text):
            request = replace(request, text=printable(request.text, keep="\n\t"))  # "/agenda \x00": no NUL or
            # terminal escape is ever echoed back
        text = request.text.strip()
        if not text or not text.startswith("/") and not any(ch.isalnum() for ch in text):  # "", "?????", "...": nothing
            # asked, no follow-up of the last question ("/?" is help)
            return self._hint(COMMANDS.translate(request.asker.lang, "core.empty"))
        if len(text) > MAX_INPUT:
            return self._hint(COMMANDS.translate(request.asker.lang, "core.too_long", count=len(text),
                                                 limit=MAX_INPUT))
        stamp = self.store.stamp()  # read once: for the saved zone and for shared read-only answers
        request = self.with_preferences(request, stamp)
        name, args = split_command(text)
        command = self.registry.find(name)
        if command is None:
            if text.startswith("/"):
                return self._unknown(name, request.asker.lang)
            return self._plain_text(request)
        if command.chair_only and not text.startswith("/") and (
                not request.asker.is_chair or args.strip() and command.name in _TAKE_NO_WORDS):
            plain = self._plain_text(request)  # "resume de la lettre", "next item?" from a delegate: a question
            if plain.ok:  # that begins like a chair's command, not the command
                return plain
        reply = self._run(command, request, args, stamp)
        if reply.ok or command.chair_only:  # a chair's command names what comes next even when refused ("/break 15m"
            remember_command(self.context(request), command.name, args)  # with no session, then "how do i end it
            # early?"); "/agenda 4", then "which JCAs under f?"
        if reply.ok or text.startswith("/") or not command.reads_only:
            return reply
        plain = self._plain_text(request)  # "agenda item about IETF?", "rules for remote participation pls": words
        return plain if plain.ok else reply  # that only begin like a command, read as the question they are

    def _run(self, command: Command, request: Request, args: str, stamp: Hashable) -> Reply:
        if command.chair_only and not request.asker.is_chair:
            return chairs_only(request.asker.lang, command.name)
        try:
            if command.reads_only:
                return self._read_only(command, request, args, stamp)
            return command.handler(self.context(request), args)
        except StoreError:
            raise  # the composition root reports an unusable store and stops
        except Exception:  # a bug must not reach the user as a traceback
            log.exception("command /%s failed on %r", command.name, request.text)
            return self._hint(COMMANDS.translate(request.asker.lang, "core.failed", command=command.name,
                                                 email=self.meeting.contacts.email))

    def _read_only(self, command: Command, request: Request, args: str, stamp: Hashable) -> Reply:
        """A read-only command, answered as of the whole second and shared with everyone asking the same.

        What it depends on is the memo's key (see :mod:`bot.answer_memo`); who asks is not part of it.
        """
        second = self.clock.now().replace(microsecond=0)
        asker = request.asker
        question = (command.name, args, asker.lang, asker.tz, asker.is_chair)
        return self.memo.reply(self.meeting, stamp, second, question,
                               lambda: command.handler(self.context(request, second), args))

    def choose(self, request: Request, number: int, offered: str) -> Reply:
        """A click on one of the readings the bot asked back with (a button on Slack or Discord)."""
        try:
            request = self.with_preferences(request)
            from bot.questions import choose as choose_reading  # the question engine: loaded by the first question

            return choose_reading(self.context(request), number, offered)
        except StoreUnavailable:
            return self._hint(COMMANDS.translate(request.asker.lang, "core.unavailable"))
        except DamagedDocument as error:
            log.error("%s", error)
            return self._hint(COMMANDS.translate(request.asker.lang, "core.damaged",
                                                 what=f"{error.namespace}/{error.key}",
                                                 email=self.meeting.contacts.email))
        except StoreError:
            raise
        except Exception:  # a bug must not reach the user as a traceback
            log.exception("choice %s failed", number)
            return self._hint(COMMANDS.translate(request.asker.lang, "core.plain_failed",
                                                 email=self.meeting.contacts.email))

    def _unknown(self, name: str, lang: str) -> Reply:
        say = COMMANDS.bound(lang)
        close = difflib.get_close_matches(name, self.registry.names(), n=2, cutoff=0.6)
        guess = say("core.guess", names=say("core.or").join('/' + c for c in close)) if close else ""
        return self._hint(say("core.unknown", command=name, guess=guess))

    def _plain_text(self, request: Request) -> Reply:
        try:
            from bot.questions import answer_question  # the engine loads with the first question: commands never need it

            return answer_question(self.context(request), request.text)
        except StoreError:
            raise
        except Exception:  # a bug must not reach the user as a traceback
            log.exception("question failed: %r", request.text)
            return self._hint(COMMANDS.translate(request.asker.lang, "core.plain_failed",
                                                 email=self.meeting.contacts.email))

    @staticmethod
    def _hint(text: str) -> Reply:
        return Reply(title="meetingbot", ok=False, sections=(Section(lines=((text,),)),))


#: Chair commands that take no words after them: "resume de la lettre" from a chair is no /resume.
_TAKE_NO_WORDS = frozenset({"resume", "adjourn", "prev"})

