"""Render a core :class:`Reply` as plain text for a terminal."""

from __future__ import annotations

import datetime as dt

from bot.models import Meeting
from bot.reply import join_segments, Line, Moment, Reply
from bot.timefmt import format_date, format_time


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
            block.extend(f"  {item.label}{colon}{self.line(item.value)}" for item in section.fields)
            if block:
                parts.append("\n".join(block))
        if reply.choices:
            parts.append("\n".join(f"  {choice.number}. {choice.label}" for choice in reply.choices))
        if reply.footer:
            parts.append(f"({reply.footer})")
        for attachment in reply.attachments:
            parts.append(f"[attached: {attachment.filename}, {len(attachment.content)} bytes]")
        return "\n\n".join(parts)
