"""The meeting as an iCalendar file: sessions at their instants, deadlines as all-day events.

Built with the ``icalendar`` library (correct escaping, folding and time zones)
rather than by hand. UIDs are stable, so importing the file again updates the
events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from bot.models import Meeting

PRODID = "-//meetingbot//meeting calendar//EN"


def _uid(meeting: Meeting, subject: str) -> str:
    return f"{meeting.id}-{subject}@meetingbot"


def _about(meeting: Meeting) -> str:
    return (f"{meeting.title}. Remote participation: {meeting.remote_tool} (registration is mandatory). "
            f"Language: {meeting.working_language}"
            f"{'' if meeting.interpretation else ', no interpretation'}. "
            f"Secretariat: {meeting.contacts.email}"
            + (f", {meeting.contacts.phone}" if meeting.contacts.phone else "")
            + (f". {meeting.contacts.web}" if meeting.contacts.web else "") + f". Reference: {meeting.reference}.")


def build_calendar(meeting: Meeting, stamp: dt.datetime) -> bytes:
    """The .ics bytes: every session (timed, with the meeting's VTIMEZONE) and deadline (all-day)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", meeting.title)
    about = _about(meeting)
    whole = icalendar.Event()
    whole.add("uid", _uid(meeting, "meeting"))
    whole.add("summary", meeting.title)
    whole.add("dtstart", meeting.start_date)
    whole.add("dtend", meeting.end_date + dt.timedelta(days=1))
    whole.add("description", about)
    whole.add("location", meeting.remote_tool)
    events = [whole]
    for session in meeting.sessions:
        event = icalendar.Event()
        event.add("uid", _uid(meeting, f"session-{session.id}"))
        event.add("summary", session.title)
        event.add("dtstart", meeting.local(session.start))
        if session.end:  # the letter gives start times only: no end is invented
            event.add("dtend", meeting.local(session.end))
        event.add("location", meeting.remote_tool)
        event.add("description", f"{session.note + ' ' if session.note else ''}{about}")
        events.append(event)
    for deadline in meeting.deadlines:
        event = icalendar.Event()
        event.add("uid", _uid(meeting, f"deadline-{deadline.id}"))
        event.add("summary", f"Deadline: {deadline.what}")
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + dt.timedelta(days=1))
        hour = "" if deadline.hour_stated else " The letter gives the date but no hour."
        event.add("description", " ".join(filter(None, [deadline.how, deadline.who])) + hour + " " + about)
        event.add("transp", "TRANSPARENT")
        events.append(event)
    for event in events:
        event.add("dtstamp", stamp.astimezone(dt.timezone.utc))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
