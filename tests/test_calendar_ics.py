"""The meeting as an iCalendar file, checked with the icalendar library's own parser."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import icalendar

from bot.calendar_ics import build_calendar

UTC = dt.timezone.utc
ROOT = Path(__file__).resolve().parent.parent
STAMP = dt.datetime(2020, 7, 20, 8, 0, tzinfo=UTC)


def events(content: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(content)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def by_summary(content: bytes, summary: str) -> icalendar.Event:
    return next(e for e in events(content).values() if str(e["summary"]) == summary)


def test_sessions_at_correct_instants(meeting):
    content = build_calendar(meeting, STAMP)
    opening = by_summary(content, "Opening of the SG17 meeting")
    start = opening.decoded("dtstart")
    assert isinstance(start, dt.datetime) and start.tzinfo is not None
    assert start == dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)
    assert opening["dtstart"].params.get("TZID") == "Europe/Zurich"
    management = by_summary(content, "Open extended SG17 management team meeting")
    assert management.decoded("dtstart") == dt.datetime(2020, 8, 23, 9, 0, tzinfo=UTC)


def test_vtimezone_europe_zurich_present(meeting):
    calendar = icalendar.Calendar.from_ical(build_calendar(meeting, STAMP))
    zones = [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Zurich"]


def test_deadlines_are_all_day_events(meeting):
    content = build_calendar(meeting, STAMP)
    deadlines = [e for e in events(content).values() if str(e["summary"]).startswith("Deadline: ")]
    assert len(deadlines) == len(meeting.deadlines) == 3
    for event in deadlines:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is dt.date and type(end) is dt.date
        assert end - start == dt.timedelta(days=1)
    registration = by_summary(content, "Deadline: Registration")
    assert registration.decoded("dtstart") == dt.date(2020, 7, 24)


def test_uids_stable_across_builds(meeting):
    first = events(build_calendar(meeting, STAMP))
    second = events(build_calendar(meeting, STAMP + dt.timedelta(days=10)))
    assert set(first) == set(second)
    assert len(first) == 1 + len(meeting.sessions) + len(meeting.deadlines)
    for uid in first:
        assert str(first[uid]["summary"]) == str(second[uid]["summary"])


def test_description_has_remote_tool_and_contacts(meeting):
    for event in events(build_calendar(meeting, STAMP)).values():
        description = str(event["description"])
        assert "MyMeetings" in description
        assert "tsbsg17@itu.int" in description


def test_calendar_command_attaches_an_ics_file(reply_of, meeting):
    reply = reply_of("/calendar")
    assert reply.ok
    assert len(reply.attachments) == 1
    attachment = reply.attachments[0]
    assert attachment.filename.endswith(".ics")
    assert attachment.mime_type == "text/calendar"
    parsed = events(attachment.content)
    assert len(parsed) == 1 + len(meeting.sessions) + len(meeting.deadlines)
    said = " ".join(str(part) for section in reply.sections for line in section.lines for part in line)
    assert f"The attached file {attachment.filename} holds" in said, said  # the text names the file it comes with


def test_meetingbot_ics_writes_a_parsable_file(tmp_path):
    target = tmp_path / "sg17.ics"
    env = {k: v for k, v in os.environ.items() if k != "MEETINGBOT_CONFIG"}
    env["HOME"] = str(tmp_path)
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-m", "adapters.cli", "ics", "-o", str(target)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    parsed = events(target.read_bytes())
    opening = next(e for e in parsed.values() if str(e["summary"]) == "Opening of the SG17 meeting")
    assert opening.decoded("dtstart") == dt.datetime(2020, 8, 24, 9, 0, tzinfo=UTC)


def test_calendar_in_french_for_a_french_asker(bot, meeting):
    from bot.request import Asker, Request

    reply = bot.handle(Request("/calendar", Asker(id="d", name="d", lang="fr")))
    parsed = events(reply.attachments[0].content)
    summaries = {str(e["summary"]) for e in parsed.values()}
    assert {"Réunion virtuelle de la Commission d'études 17 de l'UIT-T (Sécurité)",
            "Ouverture de la réunion de la CE 17", "Échéance : Inscription"} <= summaries
    registration = by_summary(reply.attachments[0].content, "Échéance : Inscription")
    description = str(registration["description"])
    assert "La lettre donne la date mais aucune heure." in description
    assert "Langue : anglais, sans interprétation" in description and "Registration" not in description
    management = by_summary(reply.attachments[0].content,
                            "Réunion ouverte et prolongée de l'équipe de direction de la CE 17")
    assert str(management["description"]).startswith("Le dimanche 23 août, la veille de l'ouverture")
    english = events(build_calendar(meeting, STAMP))
    assert set(parsed) == set(english)  # the same events (UIDs) in either language


def test_a_session_with_no_end_lasts_one_hour_and_says_so(meeting):
    import datetime as dt

    import icalendar

    from bot.calendar_ics import build_calendar

    calendar = icalendar.Calendar.from_ical(build_calendar(meeting, dt.datetime(2020, 7, 1, tzinfo=dt.timezone.utc)))
    [opening] = [e for e in calendar.walk("VEVENT") if str(e.get("uid", "")).startswith("itu-t-sg17-2020-08-session-opening")
                 or "session-opening" in str(e.get("uid", ""))]
    assert opening.decoded("duration") == dt.timedelta(hours=1)
    assert "the calendar shows one hour" in str(opening.get("description"))
