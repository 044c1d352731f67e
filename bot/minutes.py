"""Minutes: the timeline of the sessions so far, as Markdown for a meeting report or as JSON.

The Markdown is written in English or French (``meetingbot minutes --lang fr``): its words from
:data:`bot.i18n_session.SESSION`, the meeting's and the items' titles from their French twins,
dates and durations by Babel. Session names and speakers stay as they were recorded. The JSON
is data: its keys and values are the same in every language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import groupby

from bot.agenda import AgendaIndex
from bot.agenda_ref import parse_ref
from bot.i18n import Say, language, pick
from bot.i18n_session import SESSION
from bot.live_state import LiveState, TimelineEntry
from bot.models import Meeting, Room
from bot.timefmt import format_date, format_duration, utc_offset


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


#: Markdown's own characters, as a chair or a delegate may type them in a name, an entity or a session's name.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>#~!])")


def _typed(text: str) -> str:
    """Text a person typed, as a table cell or heading that shows it as typed: no emphasis, link, HTML or heading
    made out of it ("*France*", "[x](http://…)", "<script>")."""
    return _cell(_MARKDOWN.sub(r"\\\1", text))


def _speakers(entry: TimelineEntry, meeting: Meeting) -> str:
    return "; ".join(f"{s.name}" + (f" ({s.entity})" if s.entity else "") + f" {s.at.astimezone(meeting.tz):%H:%M}"
                     for s in entry.speakers)


def _label(ref: str | None) -> str:
    parsed = parse_ref(ref) if ref else None
    return parsed.label if parsed else "—"


RUNNING_AT_MOST = dt.timedelta(days=1)
"""An open entry started longer ago than this (or after "now") is no live one: a rehearsal read by the real clock."""


def _end_and_duration(meeting: Meeting, entry: TimelineEntry, now: dt.datetime, lang: str) -> tuple[str, str]:
    """The End and Duration cells: closed, ``(running)`` with its time so far, or ``(open since …)`` alone.

    A running duration is shown only while ``now`` is within a day after the start; otherwise
    (``meetingbot minutes`` on the real clock over a session rehearsed with ``--at``) "now" says
    nothing about the entry, and a duration of years would be wrong.
    """
    say = SESSION.bound(lang)
    if entry.end is not None:
        return f"{entry.end.astimezone(meeting.tz):%H:%M}", format_duration(entry.end - entry.start, lang)
    if entry.unadjourned:
        return say("min.unadjourned"), "—"
    if entry.start <= now <= entry.start + RUNNING_AT_MOST:
        return say("min.running"), format_duration(now - entry.start, lang)
    start = entry.start.astimezone(meeting.tz)
    return say("min.open_since", date=format_date(start.date(), lang), time=f"{start:%H:%M}"), "—"


def _title(entry: TimelineEntry, agenda: AgendaIndex, say: Say, lang: str) -> str:
    """The Title cell: the item's title in ``lang`` (its French twin only while the agenda still gives the
    item the title it was announced with), or *Break*."""
    if entry.kind != "item":
        return say("min.break")
    now_in_agenda = agenda.get(entry.ref) if entry.ref else None
    if now_in_agenda is not None and now_in_agenda.title == entry.title:
        return _cell(now_in_agenda.title_in(lang))
    return _cell(entry.title)


def _sessions(state: LiveState) -> list[tuple[str, list[TimelineEntry]]]:
    return [(name, list(group)) for name, group in groupby(state.timeline, key=lambda e: e.session)]


def _heading(meeting: Meeting, room: Room | None, lang: str) -> list[str]:
    """The title (with the room's, for a parallel room), the letter's reference and the meeting's zone."""
    say = SESSION.bound(lang)
    title = pick(lang, meeting.title, meeting.title_fr) + (f" — {room.title_in(lang)}" if room else "")
    sample = meeting.local(dt.datetime.combine(meeting.start_date, dt.time(12)))
    zone = f"{sample.tzname()}, {utc_offset(sample.utcoffset() or dt.timedelta())}"
    name = meeting.zone_label(lang) if lang == "fr" else meeting.timezone_name
    return [say("min.title", title=title), "",
            say("min.zone", reference=pick(lang, meeting.reference, meeting.reference_fr), name=name, zone=zone), ""]


def minutes_markdown(meeting: Meeting, state: LiveState, now: dt.datetime, lang: str = "en",
                     room: Room | None = None) -> str:
    """The timeline as Markdown in ``lang`` (``en`` or ``fr``): one table per session; times in meeting time.

    ``room``: a parallel room's timeline, titled with the room and its items' titles from its agenda.
    """
    lang = language(lang)
    say = SESSION.bound(lang)
    out = _heading(meeting, room, lang)
    if not state.timeline:
        out.append(say("min.none"))
        return "\n".join(out) + "\n"
    agenda = AgendaIndex(room.agenda if room is not None and room.agenda is not None else meeting.agenda)
    for name, entries in _sessions(state):
        first = entries[0].start.astimezone(meeting.tz)
        day = format_date(first.date(), lang)
        out += [f"## {_typed(name)}" + ("" if day in name else f" ({day})"), "",
                say("min.head"), "| --- | --- | --- | --- | --- | --- | --- |"]
        for entry in entries:
            out.append("| " + " | ".join([
                _label(entry.ref), _title(entry, agenda, say, lang), f"{entry.start.astimezone(meeting.tz):%H:%M}",
                *_end_and_duration(meeting, entry, now, lang), _typed(entry.announced_by),
                _typed(_speakers(entry, meeting)),
            ]) + " |")
        out.append("")
    return "\n".join(out)


def minutes_json(meeting: Meeting, state: LiveState) -> str:
    """The timeline as JSON: sessions, each with its entries; instants in UTC, ISO 8601."""
    sessions = []
    for name, entries in _sessions(state):
        sessions.append({"session": name, "entries": [
            {"kind": e.kind, "ref": e.ref, "title": e.title, "parent_title": e.parent_title,
             "start": e.start.astimezone(dt.timezone.utc).isoformat(),
             "end": e.end.astimezone(dt.timezone.utc).isoformat() if e.end else None,
             "duration_seconds": int((e.end - e.start).total_seconds()) if e.end else None,
             "announced_by": e.announced_by,
             "speakers": [{"name": s.name, "entity": s.entity,
                           "at": s.at.astimezone(dt.timezone.utc).isoformat()} for s in e.speakers]}
            for e in entries]})
    return json.dumps({"meeting": meeting.id, "sessions": sessions}, indent=2, ensure_ascii=False)
