"""Render a core :class:`Reply` as Slack Block Kit blocks plus a plain-text fallback. Pure: no network.

Every instant becomes a Slack date token (``<!date^UNIX^{date_short_pretty} {time}|fallback>``),
which each reader sees in their own zone, with meeting time written beside it. A
:class:`Day` (a date-only deadline) is written as a plain date and never shifted.
All text is escaped (:mod:`adapters.slack.escape`): nothing in a reply can mention anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.slack.escape import escape, plain
from bot.models import Meeting
from bot.reply import join_segments, Line, Moment, Reply, Section
from bot.timefmt import format_date, format_time

Block = dict[str, Any]

MAX_HEADER = 150
MAX_TEXT = 3000
MAX_FIELDS = 10
MAX_BLOCKS = 50
MAX_FALLBACK = 3000
TOKEN_FORMAT = {"datetime": "{date_short_pretty} {time}", "time": "{time}"}


@dataclass(frozen=True)
class Rendered:
    """A reply as Slack wants it: blocks, and the ``text`` used in notifications and by old clients."""

    blocks: list[Block]
    text: str


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text[:MAX_TEXT], "verbatim": True}


class SlackRenderer:
    """Turns replies into Block Kit for one meeting, in one language (``en`` or ``fr``)."""

    def __init__(self, meeting: Meeting, lang: str = "en") -> None:
        self.meeting = meeting
        self.lang = lang

    def meeting_time(self, moment: Moment) -> str:
        """The moment in meeting time, in full: ``Mon 24 Aug 2020, 11:00 Geneva (CEST, UTC+2)``."""
        return format_time(moment.at, self.meeting.tz, self.meeting.zone_label(self.lang), moment.style, self.lang)

    def moment(self, moment: Moment) -> str:
        """A date token (the reader's zone) followed by meeting time: ``<!date^…|…> (11:00 Geneva)``."""
        if moment.style not in TOKEN_FORMAT:
            return escape(self.meeting_time(moment))
        local = moment.at.astimezone(self.meeting.tz)
        beside = f"{local:%H:%M} {self.meeting.zone_label(self.lang)}"
        if moment.style == "datetime":
            beside = f"{format_date(local.date(), self.lang)}, {beside}"
        token = f"<!date^{int(moment.at.timestamp())}^{TOKEN_FORMAT[moment.style]}|{escape(self.meeting_time(moment))}>"
        return f"{token} ({escape(beside)})"

    def line(self, segments: Line) -> str:
        """One line as mrkdwn: text escaped, moments as tokens, days as plain dates."""
        return join_segments(segments, self.moment, lambda day: escape(format_date(day.date, self.lang)), escape)

    def plain_line(self, segments: Line) -> str:
        """One line as escaped text with moments in meeting time (the notification fallback)."""
        return escape(join_segments(segments, self.meeting_time, lambda day: format_date(day.date, self.lang)))

    def section(self, section: Section) -> list[Block]:
        """A core section: bold heading and lines in text blocks, fields ten at a time."""
        blocks: list[Block] = []
        texts = ([f"*{escape(section.heading)}*"] if section.heading else []) + [self.line(t) for t in section.lines]
        chunk: list[str] = []
        for text in texts:
            if chunk and len("\n".join(chunk + [text])) > MAX_TEXT:
                blocks.append({"type": "section", "text": _mrkdwn("\n".join(chunk))})
                chunk = []
            chunk.append(text)
        if chunk:
            blocks.append({"type": "section", "text": _mrkdwn("\n".join(chunk))})
        fields = [_mrkdwn(f"*{escape(item.label)}*\n{self.line(item.value)}") for item in section.fields]
        for start in range(0, len(fields), MAX_FIELDS):
            blocks.append({"type": "section", "fields": fields[start:start + MAX_FIELDS]})
        return blocks

    def blocks(self, reply: Reply) -> list[Block]:
        """The reply as Block Kit: a header, the sections, the footer as context (at most 50 blocks)."""
        blocks: list[Block] = [{"type": "header", "text": {
            "type": "plain_text", "text": plain(reply.title)[:MAX_HEADER] or " ", "emoji": True}}]
        for section in reply.sections:
            blocks.extend(self.section(section))
        if reply.footer:
            blocks.append({"type": "context", "elements": [_mrkdwn(escape(reply.footer))]})
        if len(blocks) > MAX_BLOCKS:
            blocks = blocks[:MAX_BLOCKS - 1] + [{"type": "context", "elements": [_mrkdwn("(shortened)")]}]
        return blocks

    def text(self, reply: Reply) -> str:
        """The plain-text fallback: title and lines, times in meeting time, escaped."""
        parts = [escape(reply.title)]
        for section in reply.sections:
            if section.heading:
                parts.append(escape(section.heading))
            parts.extend(self.plain_line(t) for t in section.lines)
            parts.extend(f"{escape(f.label)}: {self.plain_line(f.value)}" for f in section.fields)
        text = "\n".join(parts)
        return text if len(text) <= MAX_FALLBACK else text[:MAX_FALLBACK - 1] + "…"

    def render(self, reply: Reply) -> Rendered:
        """Blocks and fallback text of one reply."""
        return Rendered(self.blocks(reply), self.text(reply))


def home_view(renderer: SlackRenderer, title: str, replies: list[Reply]) -> dict[str, Any]:
    """The App Home tab: the meeting's title, then each reply (item under discussion, deadlines)."""
    blocks: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": plain(title)[:MAX_HEADER]}}]
    for reply in replies:
        blocks.append({"type": "divider"})
        blocks.append({"type": "section", "text": _mrkdwn(f"*{escape(reply.title)}*")})
        for section in reply.sections:
            blocks.extend(renderer.section(section))
    return {"type": "home", "blocks": blocks[:100]}
