"""Render a core :class:`Reply` as plain text for a terminal."""

from __future__ import annotations

import datetime as dt

from bot.models import Meeting
from bot.reply import join_segments, Line, Moment, Reply
from bot.timefmt import format_date, format_time


#: French month names, as a French line writes a day ("dimanche 23 août 2020").
_FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre")


class TextRenderer:
    """Plain text, times in meeting time and, when known and different, in the reader's zone."""

    def __init__(self, meeting: Meeting, reader_zone: dt.tzinfo | None = None, lang: str = "en") -> None:
        self.meeting = meeting
        self.reader_zone = reader_zone
        self.lang = lang

    def moment(self, moment: Moment) -> str:
        """``Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2) = 18:00 Seoul (KST, UTC+9)``."""
        shown = format_time(moment.at, self.meeting.tz, self.meeting.zone_label(self.lang), moment.style, self.lang)
        zone = self.reader_zone
        if zone is not None and moment.style != "date":
            here = moment.at.astimezone(zone)
            there = moment.at.astimezone(self.meeting.tz)
            if here.utcoffset() != there.utcoffset():
                style = "time" if here.date() == there.date() else "datetime"
                shown += f" = {format_time(moment.at, zone, style=style, lang=self.lang)}"
        return shown

    def line(self, segments: Line) -> str:
        """One line of text with its moments and days written out."""
        return join_segments(segments, self.moment, lambda day: format_date(day.date, self.lang))

    def _already_said(self, value: Line, said: str) -> bool:
        """Whether a field that is one moment repeats what the lines above say: its day and its meeting-time clock
        ("Opening …: Monday 24 August 2020, 11:00 Geneva", then "When: Mon 24 Aug 2020, 11:00 Geneva")."""
        if len(value) != 1 or not isinstance(value[0], Moment) or value[0].style != "datetime":
            return False
        there = value[0].at.astimezone(self.meeting.tz)
        clock = f"{there:%H:%M} {self.meeting.zone_label(self.lang)}"
        month = _FRENCH_MONTHS[there.month - 1] if self.lang == "fr" else f"{there:%B}"
        zone = self.reader_zone  # the reader's own clock, which the field adds, must be said too
        here = value[0].at.astimezone(zone) if zone is not None else there
        return f" {there.day} {month} {there.year}" in f" {said}" and clock in said and f"{here:%H:%M}" in said

    def render(self, reply: Reply) -> str:
        """The whole reply as text."""
        meeting, lang = reply.about or self.meeting, reply.lang or self.lang  # another meeting of the deployment;
        if meeting is not self.meeting or lang != self.lang:  # a question's own language: its dates in it too
            return TextRenderer(meeting, self.reader_zone, lang).render(reply)
        parts = [f"{reply.title}\n{'=' * min(len(reply.title), 72)}"]
        for section in reply.sections:
            block = []
            if section.heading:
                block.append(f"## {section.heading}")
            block.extend(self.line(text) for text in section.lines)
            colon = " : " if self.lang == "fr" else ": "  # French typography: a space before the colon
            said = " ".join(block)
            block.extend(f"  {item.label}{colon}{self.line(item.value)}" for item in section.fields
                         if not self._already_said(item.value, said))
            if block:
                parts.append("\n".join(block))
        if reply.choices:
            parts.append("\n".join(f"  {choice.number}. {choice.label}" for choice in reply.choices))
        if reply.footer:
            parts.append(f"({reply.footer})")
        for attachment in reply.attachments:
            parts.append(f"[attached: {attachment.filename}, {len(attachment.content)} bytes]")
        return "\n\n".join(parts)
