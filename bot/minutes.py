"""Minutes: the timeline of the sessions so far, as Markdown for a meeting report or as JSON."""

from __future__ import annotations

import datetime as dt
import json
from itertools import groupby

from bot.agenda_ref import parse_ref
from bot.live_state import LiveState, TimelineEntry
from bot.models import Meeting
from bot.timefmt import format_date, format_duration, utc_offset


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _speakers(entry: TimelineEntry, meeting: Meeting) -> str:
    return "; ".join(f"{s.name}" + (f" ({s.entity})" if s.entity else "") + f" {s.at.astimezone(meeting.tz):%H:%M}"
                     for s in entry.speakers)


def _label(ref: str | None) -> str:
    parsed = parse_ref(ref) if ref else None
    return parsed.label if parsed else "—"


RUNNING_AT_MOST = dt.timedelta(days=1)
"""An open entry started longer ago than this (or after "now") is no live one: a rehearsal read by the real clock."""


def _end_and_duration(meeting: Meeting, entry: TimelineEntry, now: dt.datetime) -> tuple[str, str]:
    """The End and Duration cells: closed, ``(running)`` with its time so far, or ``(open since …)`` alone.

    A running duration is shown only while ``now`` is within a day after the start; otherwise
    (``meetingbot minutes`` on the real clock over a session rehearsed with ``--at``) "now" says
    nothing about the entry, and a duration of years would be wrong.
    """
    if entry.end is not None:
        return f"{entry.end.astimezone(meeting.tz):%H:%M}", format_duration(entry.end - entry.start)
    if entry.start <= now <= entry.start + RUNNING_AT_MOST:
        return "(running)", format_duration(now - entry.start)
    start = entry.start.astimezone(meeting.tz)
    return f"(open since {format_date(start.date())}, {start:%H:%M})", "—"


def _sessions(state: LiveState) -> list[tuple[str, list[TimelineEntry]]]:
    return [(name, list(group)) for name, group in groupby(state.timeline, key=lambda e: e.session)]


def minutes_markdown(meeting: Meeting, state: LiveState, now: dt.datetime) -> str:
    """The timeline as Markdown: one table per session; times in meeting time."""
    sample = meeting.local(dt.datetime.combine(meeting.start_date, dt.time(12)))
    zone = f"{meeting.timezone_name} ({sample.tzname()}, {utc_offset(sample.utcoffset() or dt.timedelta())})"
    out = [f"# Minutes: {meeting.title}", "", f"{meeting.reference}. Times are {zone}.", ""]
    if not state.timeline:
        out.append("No item has been announced yet.")
        return "\n".join(out) + "\n"
    for name, entries in _sessions(state):
        first = entries[0].start.astimezone(meeting.tz)
        day = format_date(first.date())
        out += [f"## {_cell(name)}" + ("" if day in name else f" ({day})"), "",
                "| Item | Title | Start | End | Duration | Announced by | Speakers |",
                "| --- | --- | --- | --- | --- | --- | --- |"]
        for entry in entries:
            label = _label(entry.ref)
            title = entry.title if entry.kind == "item" else "*Break*"
            out.append("| " + " | ".join([
                label, _cell(title), f"{entry.start.astimezone(meeting.tz):%H:%M}",
                *_end_and_duration(meeting, entry, now), _cell(entry.announced_by), _cell(_speakers(entry, meeting)),
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
