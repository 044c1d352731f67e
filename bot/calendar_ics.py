"""The meeting as an iCalendar file: sessions at their instants, deadlines as all-day events.

Built with the ``icalendar`` library (correct escaping, folding and time zones)
rather than by hand. UIDs are stable, so importing the file again updates the
events instead of duplicating them. The words are the asker's language (English or
French, the meeting file's French fields where it has them); UIDs and times are not.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from bot.i18n import Catalogue, pick
from bot.models import Meeting
from bot.locale_names import language_name

PRODID = "-//meetingbot//meeting calendar//EN"


UNSTATED_LENGTH = dt.timedelta(hours=1)
"""How long a session whose file gives no ``end`` lasts in the calendar (its description says so)."""


def _uid(meeting: Meeting, subject: str) -> str:
    return f"{meeting.id}-{subject}@meetingbot"


ICS = Catalogue({
    "about": ("{title}. Remote participation: {tool} (registration is mandatory). Language: {language}{interpretation}. "
              "Secretariat: {contact}. Reference: {reference}.",
              "{title}. Participation à distance : {tool} (inscription obligatoire). Langue : {language}"
              "{interpretation}. Secrétariat : {contact}. Référence : {reference}."),
    "no_interpretation": (", no interpretation", ", sans interprétation"),
    "deadline": ("Deadline: {what}", "Échéance : {what}"),
    "no_hour": (" The letter gives the date but no hour.", " La lettre donne la date mais aucune heure."),
    "no_end": ("The letter gives the start time only; the calendar shows one hour.",
               "La lettre ne donne que l'heure de début ; le calendrier indique une heure."),
})
"""The calendar's own words, in English and French."""


def _about(meeting: Meeting, lang: str) -> str:
    contact = meeting.contacts.email + (f", {meeting.contacts.phone}" if meeting.contacts.phone else "") \
        + (f". {meeting.contacts.web}" if meeting.contacts.web else "")
    return ICS(lang, "about", title=pick(lang, meeting.title, meeting.title_fr), tool=meeting.remote_tool,
               language=language_name(meeting.working_language, lang),
               interpretation="" if meeting.interpretation else ICS(lang, "no_interpretation"),
               contact=contact, reference=pick(lang, meeting.reference, meeting.reference_fr))


def build_calendar(meeting: Meeting, stamp: dt.datetime, lang: str = "en") -> bytes:
    """The .ics bytes: every session (timed, with the meeting's VTIMEZONE) and deadline (all-day), in ``lang``."""
    title = pick(lang, meeting.title, meeting.title_fr)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", title)
    about = _about(meeting, lang)
    whole = icalendar.Event()
    whole.add("uid", _uid(meeting, "meeting"))
    whole.add("summary", title)
    whole.add("dtstart", meeting.start_date)
    whole.add("dtend", meeting.end_date + dt.timedelta(days=1))
    whole.add("description", about)
    whole.add("location", meeting.remote_tool)
    events = [whole]
    for session in meeting.sessions:
        event = icalendar.Event()
        event.add("uid", _uid(meeting, f"session-{session.id}"))
        event.add("summary", pick(lang, session.title, session.title_fr))
        event.add("dtstart", meeting.local(session.start))
        if session.end:
            event.add("dtend", meeting.local(session.end))
        else:  # a calendar shows an event with no end as a zero-length line: one hour, said in its text
            event.add("duration", UNSTATED_LENGTH)
        event.add("location", meeting.remote_tool)
        note = pick(lang, session.note, session.note_fr) if session.note else ""
        if not session.end:
            note = f"{note + ' ' if note else ''}{ICS(lang, 'no_end')}"
        event.add("description", f"{note + ' ' if note else ''}{about}")
        events.append(event)
    for deadline in meeting.deadlines:
        event = icalendar.Event()
        event.add("uid", _uid(meeting, f"deadline-{deadline.id}"))
        event.add("summary", ICS(lang, "deadline", what=pick(lang, deadline.what, deadline.what_fr)))
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + dt.timedelta(days=1))
        hour = "" if deadline.hour_stated else ICS(lang, "no_hour")
        how = pick(lang, deadline.how, deadline.how_fr) if deadline.how else None
        who = pick(lang, deadline.who, deadline.who_fr) if deadline.who else None
        event.add("description", " ".join(filter(None, [how, who])) + hour + " " + about)
        event.add("transp", "TRANSPARENT")
        events.append(event)
    for event in events:
        event.add("dtstamp", stamp.astimezone(dt.timezone.utc))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
