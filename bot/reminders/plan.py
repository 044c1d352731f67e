"""Planning reminders: ``plan(meeting, policy) -> reminders`` and ``due(reminders, now, sent)``.

Offsets are read in meeting wall-clock time, so a reminder "1 day before" a
session keeps its hour across a daylight-saving change.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

from bot.config import ReminderPolicy
from bot.i18n import WORKING_LANGUAGE, pick
from bot.i18n_session import SESSION
from bot.models import Deadline, Meeting, Session
from bot.reply import Day, Line, Moment, Reply, Section, Visibility
from bot.timefmt import format_duration, parse_day_offset, parse_duration

DEFAULT_HOUR = dt.time(9, 0)


@dataclass(frozen=True)
class Reminder:
    """One reminder: a stable key (meeting/subject/offset), its due instant (UTC) and its text.

    ``reply`` is what the reminder channels receive, in the meeting's working language;
    ``title_fr`` is its title for a French reader of ``/reminders``.
    """

    key: str
    subject: str
    subject_at: dt.datetime
    offset: str
    due: dt.datetime
    reply: Reply
    title_fr: str | None = None

    def title_in(self, lang: str) -> str:
        """The title for a reader of ``lang``: the French one for French, else the posted one."""
        return pick(lang, self.reply.title, self.title_fr)


def _deadline_due(meeting: Meeting, deadline: Deadline, offset: str) -> dt.datetime:
    parsed = parse_day_offset(offset)
    if parsed is None:
        raise ValueError(f"not a deadline offset: {offset!r}")
    days, clock = parsed
    return meeting.local(dt.datetime.combine(deadline.date - dt.timedelta(days=days), clock or DEFAULT_HOUR))


def _session_due(meeting: Meeting, session: Session, offset: str) -> dt.datetime:
    delta = parse_duration(offset) or dt.timedelta()
    whole_days = dt.timedelta(days=delta.days)
    rest = delta - whole_days
    return meeting.local(session.start - whole_days) - rest


def _when(offset_delta: dt.timedelta, lang: str) -> str:
    """How far off a session start is: ``in 15 minutes``, ``tomorrow``; ``starting now``, ``started 5 minutes ago``."""
    say = SESSION.bound(lang)
    if offset_delta >= dt.timedelta(days=2):
        return say("rem.when.days", count=offset_delta.days)
    if offset_delta >= dt.timedelta(days=1):
        return say("rem.when.tomorrow")
    if offset_delta >= dt.timedelta(hours=2):
        return say("rem.when.hours", count=int(offset_delta.total_seconds() // 3600))
    minutes = round(offset_delta.total_seconds() / 60)
    if minutes == 0:
        return say("rem.when.now")
    if minutes < 0:
        return say("rem.when.ago", ago=format_duration(-offset_delta, lang))
    return say("rem.when.minute") if minutes == 1 else say("rem.when.minutes", count=minutes)


def _deadline_when(meeting: Meeting, deadline: Deadline, due: dt.datetime, lang: str) -> str:
    say = SESSION.bound(lang)
    days = (deadline.date - due.astimezone(meeting.tz).date()).days
    return say("rem.when.today") if days == 0 else say("rem.when.tomorrow") if days == 1 \
        else say("rem.when.days", count=days)


def deadline_title(meeting: Meeting, deadline: Deadline, due: dt.datetime, lang: str = WORKING_LANGUAGE) -> str:
    """``Deadline tomorrow: Registration`` (``Échéance demain : Inscription`` in French)."""
    return SESSION(lang, "rem.deadline", when=_deadline_when(meeting, deadline, due, lang),
                   what=pick(lang, deadline.what, deadline.what_fr))


def session_title(meeting: Meeting, session: Session, due: dt.datetime, lang: str = WORKING_LANGUAGE) -> str:
    """``Opening of the SG17 meeting in 15 minutes`` (its French title and wording in French)."""
    return SESSION(lang, "rem.session", title=pick(lang, session.title, session.title_fr),
                   when=_when(meeting.local(session.start) - due, lang))


def deadline_reply(meeting: Meeting, deadline: Deadline, due: dt.datetime) -> Reply:
    """The text of a deadline reminder, as posted to the reminder channels."""
    when = _deadline_when(meeting, deadline, due, WORKING_LANGUAGE)
    lines: list[Line] = [("Date: ", Day(deadline.date), f" ({when})")]
    if deadline.how:
        lines.append((f"How: {deadline.how}",))
    if deadline.who:
        lines.append((f"Who: {deadline.who}",))
    if not deadline.hour_stated:
        lines.append(("The letter gives the date but no hour.",))
    return Reply(title=deadline_title(meeting, deadline, due), sections=(Section(lines=tuple(lines)),),
                 footer=f"Questions: {meeting.contacts.email}", visibility=Visibility.PUBLIC)


def session_reply(meeting: Meeting, session: Session, due: dt.datetime) -> Reply:
    """The text of a session reminder, as posted: how to join and the registration reminder."""
    start = meeting.local(session.start)
    lines: list[Line] = [("Starts ", Moment(start), ".")]
    lines.append((f"Join through {meeting.remote_tool}.",))
    lines.extend((rule.summary,) for rule in meeting.rules if rule.topic == "registration")  # the file's words only
    return Reply(title=session_title(meeting, session, due), sections=(Section(lines=tuple(lines)),),
                 footer=f"Questions: {meeting.contacts.email}", visibility=Visibility.PUBLIC)


def reply_at(meeting: Meeting, reminder: Reminder, now: dt.datetime) -> Reply:
    """The reminder's text as of ``now`` rather than its due instant: a late post says the time really left."""
    kind, _, ident = reminder.subject.partition(":")
    if kind == "session":
        for session in meeting.sessions:
            if session.id == ident:
                return session_reply(meeting, session, now)
    if kind == "deadline":
        for deadline in meeting.deadlines:
            if deadline.id == ident:
                return deadline_reply(meeting, deadline, now)
    return reminder.reply  # its subject left the meeting file since it was planned


def plan(meeting: Meeting, policy: ReminderPolicy) -> list[Reminder]:
    """Every reminder of the meeting under the policy, sorted by due instant (then key)."""
    planned: list[Reminder] = []
    for deadline in meeting.deadlines:
        for offset in policy.deadlines:
            due = _deadline_due(meeting, deadline, offset).astimezone(dt.timezone.utc)
            planned.append(Reminder(key=f"{meeting.id}/deadline:{deadline.id}/{offset}", subject=f"deadline:{deadline.id}",
                                    subject_at=meeting.deadline_instant(deadline), offset=offset, due=due,
                                    reply=deadline_reply(meeting, deadline, due),
                                    title_fr=deadline_title(meeting, deadline, due, "fr")))
    for session in meeting.sessions:
        for offset in policy.sessions:
            due = _session_due(meeting, session, offset).astimezone(dt.timezone.utc)
            planned.append(Reminder(key=f"{meeting.id}/session:{session.id}/{offset}", subject=f"session:{session.id}",
                                    subject_at=meeting.local(session.start), offset=offset, due=due,
                                    reply=session_reply(meeting, session, due),
                                    title_fr=session_title(meeting, session, due, "fr")))
    planned.sort(key=lambda r: (r.due, r.key))
    return planned


_PLANS: dict[tuple[int, int], tuple[Meeting, ReminderPolicy, list[Reminder]]] = {}


def plan_cached(meeting: Meeting, policy: ReminderPolicy) -> list[Reminder]:
    """:func:`plan`, computed once per (meeting, policy) object pair: both are immutable."""
    key = (id(meeting), id(policy))
    cached = _PLANS.get(key)
    if cached is None or cached[0] is not meeting or cached[1] is not policy:
        if len(_PLANS) > 16:
            _PLANS.clear()
        cached = (meeting, policy, plan(meeting, policy))
        _PLANS[key] = cached
    return cached[2]


def due_until(reminders: Sequence[Reminder], now: dt.datetime, start: int = 0) -> int:
    """The index after the last reminder due at ``now`` (a binary search from ``start``)."""
    return bisect.bisect_right(reminders, now, lo=start, key=lambda r: r.due)


def due(reminders: Sequence[Reminder], now: dt.datetime, sent: Iterable[str] | set[str], start: int = 0) -> list[Reminder]:
    """Reminders from index ``start`` that are due at ``now`` and not in ``sent`` (keys).

    ``reminders`` must be sorted by due instant (as :func:`plan` returns them): the
    search stops at the first reminder not yet due, so the cost follows what is due.
    """
    sent_keys = sent if isinstance(sent, (set, frozenset)) else set(sent)
    end = due_until(reminders, now, start)
    return [r for r in reminders[start:end] if r.key not in sent_keys]


def next_due(reminders: Sequence[Reminder], now: dt.datetime) -> dt.datetime | None:
    """The first due instant after ``now``, or None when nothing is left."""
    index = bisect.bisect_right(reminders, now, key=lambda r: r.due)
    return reminders[index].due if index < len(reminders) else None
