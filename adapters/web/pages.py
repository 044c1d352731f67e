"""The HTML of the pages, from Jinja2 templates with autoescaping on: text from the meeting file or from
chat (an agenda title with ``<script>``, a speaker's entity) can only ever show as text.

Every instant is a ``<time datetime=…>`` in meeting time; the page's script adds the reader's own time
next to it and keeps countdowns going. Without the script the page is whole, as of when it was served.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import jinja2
from markupsafe import Markup

from adapters.web.snapshot import MeetingSummary, MeetingView, as_json
from adapters.web.words import SCRIPT_WORDS, WORDS
from bot.timefmt import format_date, format_duration, format_time

LANGUAGES = (("en", "English"), ("fr", "Français"))

_ENVIRONMENT = jinja2.Environment(loader=jinja2.PackageLoader("adapters.web", "templates"),
                                  autoescape=True, undefined=jinja2.StrictUndefined,
                                  trim_blocks=True, lstrip_blocks=True)
_ENVIRONMENT.filters["iso"] = lambda instant: as_json(instant)


class Formats:
    """How a page in one language and one meeting zone shows instants, days and spans of time."""

    def __init__(self, zone: dt.tzinfo, zone_label: str, lang: str, now: dt.datetime) -> None:
        self.zone, self.label, self.lang, self.now = zone, zone_label, lang, now

    def at(self, instant: dt.datetime, style: str = "datetime") -> Markup:
        """An instant in meeting time, in a ``<time>`` the script completes with the reader's time."""
        text = format_time(instant, self.zone, self.label, style, self.lang)
        return Markup('<time datetime="{}" data-style="{}">{}</time>').format(as_json(instant), style, text)

    def day(self, day: dt.date) -> str:
        """A day, e.g. ``Mon 24 Aug 2020`` or ``lun. 24 août 2020``."""
        return format_date(day, self.lang)

    def countdown(self, instant: dt.datetime) -> Markup:
        """``in 3 days`` / ``dans 3 jours``, or ``passed``; kept current by the script."""
        if instant <= self.now:
            text = WORDS(self.lang, "passed")
        else:
            text = f"{WORDS(self.lang, 'in')} {format_duration(instant - self.now, self.lang)}"
        return Markup('<span class="countdown" data-until="{}">{}</span>').format(as_json(instant), text)

    def ago(self, instant: dt.datetime) -> Markup:
        """``12 minutes ago`` / ``il y a 12 minutes``; kept current by the script."""
        span = format_duration(self.now - instant, self.lang)
        text = f"{WORDS(self.lang, 'ago')} {span}" if self.lang == "fr" else f"{span} {WORDS(self.lang, 'ago')}"
        return Markup('<span class="ago" data-since="{}">{}</span>').format(as_json(instant), text)


def _common(lang: str, now: dt.datetime, zone: dt.tzinfo, zone_name: str, zone_label: str) -> dict[str, Any]:
    formats = Formats(zone, zone_label, lang, now)
    return {"lang": lang, "now": now, "zone": zone_name, "languages": LANGUAGES,
            "say": WORDS.bound(lang), "at": formats.at, "day": formats.day, "countdown": formats.countdown,
            "ago": formats.ago, "script_words": {key: WORDS(lang, key) for key in SCRIPT_WORDS}}


def _meeting_values(view: MeetingView, zone: dt.tzinfo, host: str) -> dict[str, Any]:
    summary = view.meeting
    today = view.now.astimezone(zone).date()
    values = _common(view.lang, view.now, zone, summary.timezone, summary.timezone_label)
    values.update(view=view, host=host, day_number=(today - summary.start_date).days + 1,
                  day_total=(summary.end_date - summary.start_date).days + 1)
    return values


def meeting_page(view: MeetingView, zone: dt.tzinfo, host: str) -> str:
    """The live page of one meeting, whole."""
    return _ENVIRONMENT.get_template("meeting.html").render(_meeting_values(view, zone, host))


def rooms_fragment(view: MeetingView, zone: dt.tzinfo) -> str:
    """Only the rooms' live part of the page, as the update stream sends it."""
    return _ENVIRONMENT.get_template("rooms.html").render(_meeting_values(view, zone, ""))


def index_page(meetings: list[MeetingSummary], lang: str, now: dt.datetime) -> str:
    """The list of meetings, each in its own meeting time."""
    values = _common(lang, now, dt.timezone.utc, "UTC", "UTC")
    values.update(meetings=meetings, formats={m.id: Formats(m.opens_at.tzinfo or dt.timezone.utc, m.timezone_label,
                                                           lang, now) for m in meetings})
    return _ENVIRONMENT.get_template("index.html").render(values)


def not_found_page(meeting_id: str, lang: str, now: dt.datetime) -> str:
    """The page for a meeting this bot does not serve."""
    values = _common(lang, now, dt.timezone.utc, "UTC", "UTC")
    values.update(heading=WORDS(lang, "not_found", id=meeting_id), detail=None)
    return _ENVIRONMENT.get_template("not_found.html").render(values)


def error_page(status: int, path: str, method: str, lang: str, now: dt.datetime) -> str:
    """The page for an address that is no page (404), or a method the read-only site does not answer (405)."""
    values = _common(lang, now, dt.timezone.utc, "UTC", "UTC")
    detail = (WORDS(lang, "read_only", method=method, path=path) if status == 405
              else WORDS(lang, "no_page_detail", path=path))
    values.update(heading=WORDS(lang, "no_page"), detail=detail)
    return _ENVIRONMENT.get_template("not_found.html").render(values)
