"""Planning reminders: the bundled meeting's 13 reminders at their exact instants, DST, and ``due``."""

from __future__ import annotations

import datetime as dt

from bot.config import ReminderPolicy
from bot.reminders.plan import Reminder, due, next_due, plan

UTC = dt.timezone.utc
M = "itu-t-sg17-2020-08"


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


EXPECTED = [
    (f"{M}/deadline:contributions-translation/7d", at(2020, 6, 17, 7)),
    (f"{M}/deadline:contributions-translation/1d", at(2020, 6, 23, 7)),
    (f"{M}/deadline:contributions-translation/0d 09:00", at(2020, 6, 24, 7)),
    (f"{M}/deadline:registration/7d", at(2020, 7, 17, 7)),
    (f"{M}/deadline:registration/1d", at(2020, 7, 23, 7)),
    (f"{M}/deadline:registration/0d 09:00", at(2020, 7, 24, 7)),
    (f"{M}/deadline:contributions/7d", at(2020, 8, 4, 7)),
    (f"{M}/deadline:contributions/1d", at(2020, 8, 10, 7)),
    (f"{M}/deadline:contributions/0d 09:00", at(2020, 8, 11, 7)),
    (f"{M}/session:management-team/1d", at(2020, 8, 22, 9)),
    (f"{M}/session:management-team/15m", at(2020, 8, 23, 8, 45)),
    (f"{M}/session:opening/1d", at(2020, 8, 23, 9)),
    (f"{M}/session:opening/15m", at(2020, 8, 24, 8, 45)),
]


def test_bundled_meeting_has_13_reminders_at_exact_instants_sorted(meeting):
    reminders = plan(meeting, ReminderPolicy())
    assert [(r.key, r.due) for r in reminders] == EXPECTED
    assert all(r.due.utcoffset() == dt.timedelta(0) for r in reminders)
    assert [r.due for r in reminders] == sorted(r.due for r in reminders)


def test_keys_are_stable_between_plans(meeting):
    first = [r.key for r in plan(meeting, ReminderPolicy())]
    second = [r.key for r in plan(meeting, ReminderPolicy())]
    assert first == second
    assert len(set(first)) == 13


def test_reminder_texts_say_when_and_how_to_join(meeting):
    by_key = {r.key: r for r in plan(meeting, ReminderPolicy())}
    assert by_key[f"{M}/deadline:registration/7d"].reply.title == "Deadline in 7 days: Registration"
    assert by_key[f"{M}/deadline:registration/0d 09:00"].reply.title == "Deadline today: Registration"
    opening = by_key[f"{M}/session:opening/15m"].reply
    assert opening.title == "Opening of the SG17 meeting in 15 minutes"
    body = " ".join(str(part) for section in opening.sections for line in section.lines for part in line)
    assert "Join through MyMeetings." in body and "Register to take part" in body


def test_reminders_have_french_titles_for_french_readers_and_post_in_english(meeting):
    by_key = {r.key: r for r in plan(meeting, ReminderPolicy())}
    registration = by_key[f"{M}/deadline:registration/7d"]
    assert registration.title_in("fr") == "Échéance dans 7 jours : Inscription"
    assert registration.title_in("en") == registration.reply.title == "Deadline in 7 days: Registration"
    assert by_key[f"{M}/deadline:registration/1d"].title_in("fr") == "Échéance demain : Inscription"
    assert by_key[f"{M}/deadline:registration/0d 09:00"].title_in("fr") == "Échéance aujourd'hui : Inscription"
    opening = by_key[f"{M}/session:opening/15m"]
    assert opening.title_in("fr") == "Ouverture de la réunion de la CE 17 dans 15 minutes"
    assert by_key[f"{M}/session:opening/1d"].title_in("fr") == "Ouverture de la réunion de la CE 17 demain"
    assert opening.reply.title == "Opening of the SG17 meeting in 15 minutes"  # what the channels receive


def test_a_meeting_without_french_titles_lists_the_english_ones_in_french_wording(meeting):
    registration = next(d for d in meeting.deadlines if d.id == "registration")
    bare = meeting.model_copy(update={"deadlines": [registration.model_copy(update={"what_fr": None})]})
    by_key = {r.key: r for r in plan(bare, ReminderPolicy())}
    assert by_key[f"{M}/deadline:registration/1d"].title_in("fr") == "Échéance demain : Registration"


def _shifted(meeting):
    opening = next(s for s in meeting.sessions if s.id == "opening")
    registration = next(d for d in meeting.deadlines if d.id == "registration")
    return meeting.model_copy(update={
        "sessions": [opening.model_copy(update={"start": dt.datetime(2020, 10, 26, 11, 0)})],
        "deadlines": [registration.model_copy(update={"date": dt.date(2020, 10, 26)})],
    })


def test_session_across_dst_change_keeps_wall_time(meeting):
    reminders = {r.key: r.due for r in plan(_shifted(meeting), ReminderPolicy())}
    # 1 day before Monday 26 Oct 11:00 CET is Sunday 25 Oct 11:00 CET (DST ended that night) = 10:00 UTC
    assert reminders[f"{M}/session:opening/1d"] == at(2020, 10, 25, 10, 0)
    assert reminders[f"{M}/session:opening/15m"] == at(2020, 10, 26, 9, 45)


def test_deadline_across_dst_change_keeps_0900_wall_time(meeting):
    reminders = {r.key: r.due for r in plan(_shifted(meeting), ReminderPolicy())}
    assert reminders[f"{M}/deadline:registration/7d"] == at(2020, 10, 19, 7, 0)  # CEST
    assert reminders[f"{M}/deadline:registration/1d"] == at(2020, 10, 25, 8, 0)  # CET
    assert reminders[f"{M}/deadline:registration/0d 09:00"] == at(2020, 10, 26, 8, 0)


def test_due_returns_only_due_and_unsent(meeting):
    reminders = plan(meeting, ReminderPolicy())
    now = at(2020, 7, 20, 8, 0)
    assert [r.key for r in due(reminders, now, sent=set())] == [k for k, _ in EXPECTED[:4]]
    sent = {EXPECTED[0][0], EXPECTED[2][0]}
    assert [r.key for r in due(reminders, now, sent=sent)] == [EXPECTED[1][0], EXPECTED[3][0]]
    # exactly at the due instant it is due; a microsecond before it is not
    assert [r.key for r in due(reminders, at(2020, 6, 17, 7), sent=())] == [EXPECTED[0][0]]
    assert due(reminders, at(2020, 6, 17, 7) - dt.timedelta(microseconds=1), sent=()) == []


def test_next_due(meeting):
    reminders = plan(meeting, ReminderPolicy())
    assert next_due(reminders, at(2020, 7, 20, 8)) == at(2020, 7, 23, 7)
    assert next_due(reminders, at(2020, 8, 24, 8, 45)) is None


class CountingList(list):
    """A list that counts how many single reminders are read from it."""

    reads = 0

    def __getitem__(self, index):
        if isinstance(index, int):
            CountingList.reads += 1
        return super().__getitem__(index)


def test_due_on_100000_reminders_reads_only_what_is_due_and_start_skips_handled(meeting):
    template = plan(meeting, ReminderPolicy())[0].reply
    base = at(2020, 1, 1)
    reminders = CountingList(Reminder(key=f"r{i:06d}", subject=f"s{i}", subject_at=base + dt.timedelta(days=400),
                                      offset="1d", due=base + dt.timedelta(minutes=i), reply=template)
                             for i in range(100_000))
    now = base + dt.timedelta(minutes=9)
    CountingList.reads = 0
    found = due(reminders, now, sent=set())
    assert [r.key for r in found] == [f"r{i:06d}" for i in range(10)]
    # a binary search: about log2(100,000) = 17 reads, not 100,000
    assert CountingList.reads <= 40, CountingList.reads
    assert [r.key for r in due(reminders, now, sent={"r000003"}, start=0)] == \
        [f"r{i:06d}" for i in range(10) if i != 3]
    assert [r.key for r in due(reminders, now, sent=set(), start=7)] == ["r000007", "r000008", "r000009"]
    assert due(reminders, now, sent=set(), start=10) == []
