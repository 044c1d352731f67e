"""The bundled meeting holds the facts of TSB Collective letter 9/17, and the schema's time arithmetic is right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from bot.models import AgendaEntry, Deadline, Meeting

UTC = dt.timezone.utc
VALID = Path(__file__).resolve().parent / "data" / "minimal_valid.yaml"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def minimal(**changes) -> dict:
    data = yaml.safe_load(VALID.read_text())
    data.update(changes)
    return data


def test_identity(meeting):
    assert meeting.body == "ITU-T"
    assert meeting.study_group == 17
    assert meeting.field == "Security"
    assert meeting.format == "virtual"
    assert "9/17" in meeting.reference
    assert meeting.letter_date == dt.date(2020, 6, 8)
    assert meeting.chairman.name == "Mr Heung-Youl Youm"
    assert len(meeting.addressed_to) == 4
    assert "ITU-T Sector Members" in meeting.addressed_to


def test_dates_and_zone(meeting):
    assert meeting.start_date == dt.date(2020, 8, 24)
    assert meeting.end_date == dt.date(2020, 9, 3)
    assert meeting.timezone == "Europe/Zurich"
    assert meeting.timezone_label == "Geneva"
    assert meeting.timezone_name == "Geneva time"


def test_language_and_tool(meeting):
    assert meeting.working_language == "English"
    assert meeting.interpretation is False
    assert meeting.remote_tool == "MyMeetings"


def test_opens_at_11_geneva_is_9_utc(meeting):
    assert meeting.opens_at == utc(2020, 8, 24, 9, 0)
    assert meeting.opens_at.utcoffset() == dt.timedelta(hours=2)


def test_closes_at_end_of_3_september_geneva(meeting):
    assert meeting.closes_at == utc(2020, 9, 3, 22, 0)


def test_management_team_meeting_sunday_before(meeting):
    session = next(s for s in meeting.sessions if s.id == "management-team")
    start = meeting.local(session.start)
    assert start == utc(2020, 8, 23, 9, 0)
    assert start.strftime("%A") == "Sunday"


@pytest.mark.parametrize(("deadline_id", "day"), [
    ("contributions-translation", dt.date(2020, 6, 24)),
    ("registration", dt.date(2020, 7, 24)),
    ("contributions", dt.date(2020, 8, 11)),
], ids=["translation-24-jun", "registration-24-jul", "contributions-11-aug"])
def test_deadline_dates_without_hour(meeting, deadline_id, day):
    deadline = next(d for d in meeting.deadlines if d.id == deadline_id)
    assert deadline.date == day
    assert deadline.hour_stated is False
    assert deadline.time is None
    assert deadline.how


def test_registration_deadline_passes_at_end_of_24_july_geneva(meeting):
    registration = next(d for d in meeting.deadlines if d.id == "registration")
    assert meeting.deadline_instant(registration) == utc(2020, 7, 24, 22, 0)
    assert "registration form" in registration.how


def test_deadlines_in_date_order(meeting):
    dates = [d.date for d in meeting.deadlines]
    assert dates == sorted(dates) and len(dates) == 3


def test_ten_top_level_agenda_items(meeting):
    top = [e for e in meeting.agenda.items if e.parsed.letter is None]
    assert [e.ref for e in top] == [str(n) for n in range(1, 11)]
    assert top[0].title == "Opening of the meeting and welcome"
    assert top[-1].title == "Closing"


@pytest.mark.parametrize(("item", "count", "last"), [
    (1, 0, None), (2, 7, "g"), (3, 14, "n"), (4, 9, "i"), (5, 7, "g"),
    (6, 18, "r"), (7, 0, None), (8, 0, None), (9, 0, None), (10, 0, None),
], ids=[f"item-{n}" for n in range(1, 11)])
def test_sub_item_counts(meeting, item, count, last):
    subs = [e for e in meeting.agenda.items if e.parsed.number == item and e.parsed.letter]
    assert len(subs) == count
    assert [e.parsed.letter for e in subs] == [chr(ord("a") + i) for i in range(count)]
    if last:
        assert subs[-1].parsed.letter == last


@pytest.mark.parametrize(("ref", "entries"), [
    ("2f", ["CG-xss", "CG-wtsa20-prep", "CG-SECAD"]),
    ("4f", ["JCA-IdM", "JCA-CoP"]),
    ("4g", ["SG17RG-AFR", "SG17RG-ARB"]),
], ids=["2f-correspondence-groups", "4f-jcas", "4g-regional-groups"])
def test_bulleted_entries(meeting, ref, entries):
    entry = next(e for e in meeting.agenda.items if e.ref == ref)
    assert entry.entries == entries


def test_only_three_sub_items_have_entries(meeting):
    assert [e.ref for e in meeting.agenda.items if e.entries] == ["2f", "4f", "4g"]


def test_verbatim_titles_and_td3000_note(meeting):
    titles = {e.ref: e.title for e in meeting.agenda.items}
    assert titles["3h"] == "Collaboration with IEC, ISO and ISO/IEC JTC 1"
    assert titles["4f"] == "SG17 JCAs"
    assert titles["6r"] == "Highlights of achievements"
    assert "TD3000" in meeting.agenda.note


def test_six_rules_each_with_distinct_id(meeting):
    ids = [r.id for r in meeting.rules]
    assert len(ids) == 6
    assert len(set(ids)) == 6
    assert {"floor", "sound", "chat", "registration"} <= {r.topic for r in meeting.rules}


def test_rule_texts(meeting):
    by_topic = {r.topic: r for r in meeting.rules}
    assert "entity" in by_topic["floor"].text
    assert "interrupt" in by_topic["sound"].text
    assert "integral part of the meeting" in by_topic["chat"].text


def test_contacts(meeting):
    assert meeting.contacts.email == "tsbsg17@itu.int"
    assert meeting.contacts.phone == "+41 22 730 6206"
    assert meeting.contacts.fax == "+41 22 730 5853"
    assert meeting.contacts.web == "http://itu.int/go/tsg17"


def test_practical_information(meeting):
    topics = {t.id: t for t in meeting.practical}
    assert {"documents", "registration", "language", "fellowships", "visas", "newcomers"} <= set(topics)
    assert "TSB 68" in topics["registration"].text and "TSB 118" in topics["registration"].text
    assert "TIES" in topics["documents"].text


def test_local_uses_cest_not_lmt(meeting):
    # pytz's trap: tzinfo=pytz.timezone(...) gives LMT (+0:34); local() must give CEST.
    assert meeting.local(dt.datetime(2020, 8, 24, 11, 0)).utcoffset() == dt.timedelta(hours=2)


def test_local_after_dst_ends_is_cet(meeting):
    assert meeting.local(dt.datetime(2020, 10, 25, 12, 0)) == utc(2020, 10, 25, 11, 0)


def test_deadline_with_stated_hour_passes_at_that_hour(meeting):
    deadline = Deadline(id="late", date=dt.date(2020, 8, 11), what="x", hour_stated=True, time=dt.time(12, 0))
    assert meeting.deadline_instant(deadline) == utc(2020, 8, 11, 10, 0)


def test_opens_at_without_first_day_session_is_midnight():
    meeting = Meeting.model_validate(minimal(sessions=[]))
    assert meeting.opens_at == utc(2020, 8, 23, 22, 0)


@pytest.mark.parametrize("text", ["3 h", "3.h", "3(h)", "item 3h", "3H"], ids=["space", "dot", "parens", "item", "upper"])
def test_agenda_ref_is_stored_canonical(text):
    assert AgendaEntry(ref=text, title="x").ref == "3h"


def test_meeting_is_immutable(meeting):
    with pytest.raises(ValidationError):
        meeting.title = "Something else"


def test_minimal_dict_is_valid_and_unknown_key_is_not():
    assert Meeting.model_validate(minimal()).study_group == 17
    with pytest.raises(ValidationError):
        Meeting.model_validate(minimal(venue="Geneva"))
