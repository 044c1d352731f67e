"""Deciding, once per reminder and channel, what to post now, what is late, and what was missed.

The asyncio runner (``adapters/reminder_loop.py``) asks :meth:`ReminderService.claim`
what to post, posts it, then calls :meth:`finish`. Claims and results are recorded
in the store in their own transactions, so a restart neither repeats a posted
reminder nor forgets an unposted one, and two processes never claim the same one.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from bot.config import ReminderPolicy
from bot.i18n import WORKING_LANGUAGE
from bot.i18n_session import SESSION
from bot.models import Meeting
from bot.reminders import ledger
from bot.reminders.ledger import FINAL_STATES, Record, record_key
from bot.reminders.plan import Reminder, due_until, next_due, plan_cached, reply_at
from bot.reply import Day, Moment, Reply, Section, Visibility
from bot.store import DamagedDocument, Store
from bot.timefmt import parse_duration

log = logging.getLogger(__name__)

LATE_AFTER = dt.timedelta(minutes=1)
LEASE = dt.timedelta(minutes=2)


@dataclass(frozen=True)
class Job:
    """One post to make: a reminder, the channel it goes to, and whether it is late."""

    reminder: Reminder
    channel: str
    late: bool
    current: Reply | None = None  # a late reminder's text as of its claim (the time really left)

    @property
    def key(self) -> str:
        """The ledger key of this post."""
        return record_key(self.reminder.key, self.channel)

    def reply(self) -> Reply:
        """The reminder's text, marked as late when it is (and then saying the time left at the claim)."""
        reply = self.current or self.reminder.reply
        if not self.late:
            return reply
        note = Section(lines=(("(Posted late: it was to be posted ", Moment(self.reminder.due), ".)"),))
        return Reply(title=f"(late) {reply.title}", sections=reply.sections + (note,), footer=reply.footer,
                     visibility=reply.visibility)


@dataclass(frozen=True)
class Claimed:
    """The outcome of one :meth:`ReminderService.claim`: posts to make and a summary of what was missed."""

    jobs: list[Job]
    missed_summary: Reply | None


@dataclass(frozen=True)
class Status:
    """What ``/reminders status`` shows: its lines, and the damaged records among them (by store name)."""

    lines: tuple[tuple, ...]
    damaged: tuple[str, ...]


class ReminderService:
    """Plans the meeting's reminders once and hands out due ones exactly once per channel."""

    def __init__(self, meeting: Meeting, policy: ReminderPolicy, store: Store, owner: str = "meetingbot") -> None:
        self.meeting = meeting
        self.store = store
        self.owner = owner
        self._damage_logged: set[str] = set()
        self.replan(meeting, policy)

    def replan(self, meeting: Meeting, policy: ReminderPolicy) -> None:
        """Plan again after the meeting file or the policy changed; the ledger keeps what was posted."""
        self.meeting = meeting
        self.grace = parse_duration(policy.grace) or dt.timedelta(minutes=30)
        self.reminders = plan_cached(meeting, policy)
        self._due_by_key = {reminder.key: reminder.due for reminder in self.reminders}
        self._cursor = 0

    def upcoming(self, now: dt.datetime, limit: int = 5) -> list[Reminder]:
        """The next reminders after ``now``."""
        return [r for r in self.reminders if r.due > now][:limit]

    def next_wake(self, now: dt.datetime) -> dt.datetime | None:
        """When the runner should look again: the next due instant after ``now``."""
        return next_due(self.reminders, now)

    def claim(self, now: dt.datetime, channels: list[str]) -> Claimed:
        """Claim what is due now in each channel; record what is too old as missed.

        A damaged record is left alone (neither posted again nor overwritten) and logged once; a
        damaged pause switch stops every post of the meeting until it is mended.
        """
        try:
            if ledger.is_paused(self.store, self.meeting.id) or not channels:
                return Claimed([], None)
        except DamagedDocument as error:
            self._log_damage(error)
            return Claimed([], None)
        end = due_until(self.reminders, now, self._cursor)
        candidates = self.reminders[self._cursor:end]
        jobs: list[Job] = []
        missed: list[Reminder] = []
        all_final = True
        with self.store.transaction() as tx:
            try:
                since = ledger.served_since(tx, self.meeting.id, now)
            except DamagedDocument as error:
                self._log_damage(error)
                since = now
            for reminder in candidates:
                for channel in channels:
                    key = record_key(reminder.key, channel)
                    try:
                        record = ledger.read(tx, key)
                    except DamagedDocument as error:
                        self._log_damage(error)
                        all_final = False
                        continue
                    if record is not None and record.state in FINAL_STATES:
                        continue
                    if record is not None and record.state == "claimed" and now - record.at < LEASE:
                        all_final = False
                        continue  # another runner is posting it right now
                    if now - reminder.due > self.grace or reminder.subject_at <= now:
                        ledger.write(tx, Record(key, "missed", now, self.owner))
                        if reminder not in missed:
                            missed.append(reminder)
                        continue
                    attempts = record.attempts if record else 0
                    late = now - reminder.due > LATE_AFTER
                    ledger.write(tx, Record(key, "claimed", now, self.owner, attempts, late))
                    jobs.append(Job(reminder, channel, late, reply_at(self.meeting, reminder, now) if late else None))
                    all_final = False
        if all_final:
            self._cursor = end  # everything before is posted, failed or missed in every channel
        return Claimed(jobs, self._missed_summary(missed, since) if missed else None)

    def retry_until(self, job: Job) -> dt.datetime:
        """The last instant a failed post of this job may be retried."""
        return min(job.reminder.due + self.grace, job.reminder.subject_at)

    def renew(self, job: Job, now: dt.datetime, error: str) -> None:
        """Keep the claim of a job being retried, with the last error."""
        self._record(job, now, "claimed", error)

    def finish(self, job: Job, now: dt.datetime, error: str | None = None) -> None:
        """Record the result of a post: posted, or failed for good with the error."""
        self._record(job, now, "posted" if error is None else "failed", error)

    def _record(self, job: Job, now: dt.datetime, state: str, error: str | None) -> None:
        """Replace a job's record, counting the attempt; a damaged record is logged and left alone."""
        with self.store.transaction() as tx:
            try:
                record = ledger.read(tx, job.key)
            except DamagedDocument as damage:
                self._log_damage(damage)
                return
            attempts = (record.attempts if record else 0) + 1
            ledger.write(tx, Record(job.key, state, now, self.owner, attempts, job.late, error))

    def _log_damage(self, error: DamagedDocument) -> None:
        if str(error) not in self._damage_logged:
            self._damage_logged.add(str(error))
            log.error("reminders: %s", error)

    def _missed_summary(self, missed: list[Reminder], served_since: dt.datetime) -> Reply | None:
        """One note for the chairs: reminders missed while the bot was down, each with when it was due; those
        that fell due before the bot first served the meeting are only counted (the bot was never down)."""
        down = [r for r in missed if r.due >= served_since]
        before = len(missed) - len(down)
        sections: list[Section] = []
        if down:
            lines = tuple((f"• {r.reply.title} — was to be posted ", Moment(r.due)) for r in down)
            sections.append(Section(lines=lines + (
                ("They are recorded as missed; /reminders status shows them.",),)))
        if before:
            sections.append(Section(lines=((
                f"{_count(before)} fell due before the bot served this meeting (from ", Moment(served_since),
                f"); {'it was' if before == 1 else 'they were'} not posted."),)))
        title = (f"{_count(len(down))} {'was' if len(down) == 1 else 'were'} not posted while the bot was down"
                 if down else f"{_count(before)} fell due before the bot served this meeting")
        return Reply(title=title, sections=tuple(sections), visibility=Visibility.PRIVATE)

    def status(self, lang: str = WORKING_LANGUAGE) -> Status:
        """Counts per state, each failure or miss with its reason, and each damaged record (for chairs).

        A damaged record is named (and logged) and left as it is; the others are still counted and listed.
        """
        mine, damaged = ledger.scan(self.store, self.meeting.id + "/")
        try:
            since = ledger.recorded_served_since(self.store, self.meeting.id)
        except DamagedDocument as error:
            self._log_damage(error)
            since = None
        unserved: list[Record] = []
        served: list[Record] = []
        for record in mine:
            (unserved if self._fell_due_before_serving(record, since) else served).append(record)
        counts = {state: sum(1 for r in served if r.state == state) for state in ("posted", "claimed", "failed", "missed")}
        lines: list[tuple] = [(SESSION(lang, "rem.counts", **counts),)]
        if unserved and since is not None:
            lines.append((SESSION(lang, "rem.before_serving", count=len(unserved)), Moment(since), ")."))
        for record in served:
            if record.state in ("failed", "missed"):
                what, _, channel = record.key.partition("|")
                lines.append((f"• {record.state}: {what.split('/', 1)[1]} in {channel}"
                              + (f" — {record.error}" if record.error else "") + " (", Day(record.at.date()), ")"))
        for damage in damaged:
            self._log_damage(damage)
            lines.append((SESSION(lang, "rem.damaged", what=f"{damage.namespace}/{damage.key}",
                                  problem=damage.problem),))
        return Status(tuple(lines), tuple(f"{d.namespace}/{d.key}" for d in damaged))

    def _fell_due_before_serving(self, record: Record, since: dt.datetime | None) -> bool:
        """Whether a missed record is of a reminder that fell due before the bot first served the meeting
        (never the bot's to post, so not "missed" in the status)."""
        if record.state != "missed" or since is None:
            return False
        due = self._due_by_key.get(record.key.partition("|")[0])
        return due is not None and due < since

    def status_lines(self, lang: str = WORKING_LANGUAGE) -> tuple[tuple, ...]:
        """The lines of :meth:`status`."""
        return self.status(lang).lines


def _count(number: int) -> str:
    """``1 reminder`` / ``13 reminders``."""
    return f"{number} reminder" if number == 1 else f"{number} reminders"
